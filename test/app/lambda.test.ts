// The serverless entry (dist/lambda.js) verifies signatures exactly like the server.
import { describe, expect, it } from '@jest/globals'
import { execFile } from 'node:child_process'
import { createHmac, generateKeyPairSync } from 'node:crypto'
import { resolve } from 'node:path'

const SECRET = 'lambda-secret'
const run = (script: string) =>
  new Promise<string>((done, fail) => {
    const key = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs1', format: 'pem' }).toString()
    execFile(process.execPath, ['--input-type=module', '-e', script], { env: { PATH: process.env.PATH ?? '', APP_ID: '1', PRIVATE_KEY: key, WEBHOOK_SECRET: SECRET, LOG_LEVEL: 'fatal', GHE_HOST: '127.0.0.1:9', GHE_PROTOCOL: 'http' } }, (error, stdout, stderr) => (error ? fail(new Error(stderr)) : done(stdout)))
  })

describe('serverless handler', () => {
  it('rejects a forged signature and accepts a signed delivery', async () => {
    const body = JSON.stringify({ action: 'created', repository: { full_name: 'acme/prompts' } })
    const good = `sha256=${createHmac('sha256', SECRET).update(body).digest('hex')}`
    const entry = JSON.stringify(resolve('dist/lambda.js'))
    const out = await run(`
      const { handler } = await import(${entry})
      const event = (sig) => ({ headers: { 'X-GitHub-Event': 'star', 'X-GitHub-Delivery': 'd1', 'X-Hub-Signature-256': sig }, body: ${JSON.stringify(body)} })
      const forged = await handler(event('sha256=' + '0'.repeat(64)))
      const ok = await handler(event(${JSON.stringify(good)}))
      console.log(JSON.stringify([forged.statusCode, ok.statusCode]))`)
    const [forged, ok] = JSON.parse(out.trim().split('\n').pop()!)
    expect(forged).toBeGreaterThanOrEqual(400)
    expect(forged).toBeLessThan(500)
    expect(ok).toBe(200)
  })
})
