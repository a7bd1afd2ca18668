// The packaged serverless entry: dist/lambda/ copied alone into an empty folder (what AWS SAM
// zips from deploy/aws/template.yaml, with no node_modules anywhere above it), configured with
// the template's environment, invoked with API Gateway v1/v2 and function URL events in the
// shapes AWS documents (lambda-events.ts), carrying signed GitHub webhooks, against the emulator.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFile } from 'node:child_process'
import { createHmac, generateKeyPairSync, randomUUID } from 'node:crypto'
import { cpSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { parse as parseYaml } from 'yaml'
import { startEmulator, type Emulator } from '../github-emulator/index.js'
import { demoRepo, gitIn } from '../helpers/demo-repo.js'
import { pullRequestPayload, settledCheck } from './harness.js'
import { httpApiBase, restApiBase } from './lambda-events.js'

const SECRET = 'lambda-secret'
const REF = { owner: 'acme', repo: 'prompts' }
const TEMPLATE = 'deploy/aws/template.yaml'
const sam = parseYaml(readFileSync(TEMPLATE, 'utf8'))
const fn = sam.Resources.PromptOpsFunction.Properties

/** The function's environment as the template sets it, with the given parameter values. */
function templateEnv(parameters: Record<string, string>): Record<string, string> {
  const env: Record<string, string> = {}
  for (const [name, value] of Object.entries<unknown>(fn.Environment.Variables)) {
    if (typeof value === 'string') env[name] = value
    else if (typeof value === 'object' && value !== null && 'Ref' in value) env[name] = parameters[String(value.Ref)] ?? ''
  }
  return env
}

let emulator: Emulator
let packaged: string
let repo: string
beforeAll(async () => {
  repo = demoRepo()
  emulator = await startEmulator({ repoDir: repo, ...REF, pathPrefix: '/api/v3' })
  packaged = mkdtempSync(join(tmpdir(), 'promptops-lambda-'))
  cpSync('dist/lambda', packaged, { recursive: true })
})
afterAll(async () => emulator?.close())

/** GitHub's delivery headers for a body, signed with `secret`. */
function githubHeaders(event: string, body: string, secret = SECRET): Record<string, string> {
  return {
    'Content-Type': 'application/json',
    'User-Agent': 'GitHub-Hookshot/044aadd',
    'X-GitHub-Event': event,
    'X-GitHub-Delivery': randomUUID(),
    'X-GitHub-Hook-ID': '1',
    'X-Hub-Signature-256': `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`,
  }
}

/** Payload format 1.0 (REST API): original header case, repeated in multiValueHeaders. */
function restApiEvent(headers: Record<string, string>, body: string): Record<string, unknown> {
  const base = restApiBase()
  const all = { ...(base.headers as Record<string, string>), ...headers }
  return {
    ...base,
    path: '/api/github/webhooks',
    headers: all,
    multiValueHeaders: Object.fromEntries(Object.entries(all).map(([k, v]) => [k, [v]])),
    body,
    isBase64Encoded: false,
  }
}

/** Payload format 2.0 (HTTP API, function URL): lower-case header names; function URLs base64 the body. */
function httpApiEvent(
  kind: 'http-api' | 'function-url',
  headers: Record<string, string>,
  body: string,
  base64: boolean,
): Record<string, unknown> {
  const base = httpApiBase(kind)
  const lower = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]))
  return {
    ...base,
    rawPath: '/api/github/webhooks',
    headers: { ...(base.headers as Record<string, string>), ...lower },
    body: base64 ? Buffer.from(body).toString('base64') : body,
    isBase64Encoded: base64,
  }
}

/** Imports the packaged handler in a fresh Node process and invokes it once per event. */
function invoke(events: unknown[]): Promise<Array<{ statusCode: number; body: string }>> {
  const key = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs1', format: 'pem' }).toString()
  // As deploy/aws/template.yaml passes them: PrivateKey is the base64 of the PEM file.
  const configured = templateEnv({
    AppId: '1',
    PrivateKey: Buffer.from(key).toString('base64'),
    WebhookSecret: SECRET,
    SigningKey: '',
  })
  const script = `
    const { handler } = await import(${JSON.stringify(join(packaged, 'index.mjs'))})
    const results = []
    for (const event of JSON.parse(process.env.EVENTS)) results.push(await handler(event))
    console.log(JSON.stringify(results))`
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    ...configured,
    LOG_LEVEL: 'fatal',
    GHE_HOST: new URL(emulator.url).host,
    GHE_PROTOCOL: 'http',
    EVENTS: JSON.stringify(events),
  }
  return new Promise((done, fail) =>
    execFile(
      process.execPath,
      ['--input-type=module', '-e', script],
      { cwd: packaged, env, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => (error ? fail(new Error(stderr)) : done(JSON.parse(stdout.trim().split('\n').pop() ?? '[]'))),
    ),
  )
}

describe('the SAM template', () => {
  it('deploys the self-contained package: the bundle and its licences, nothing to install', () => {
    expect(resolve(dirname(TEMPLATE), fn.CodeUri)).toBe(resolve('dist/lambda'))
    expect(readdirSync(packaged).sort()).toEqual(['THIRD_PARTY_LICENSES', 'index.mjs'])
    expect(fn.Handler).toBe('index.handler')
    expect(Number(/^nodejs(\d+)\.x$/.exec(fn.Runtime)?.[1])).toBeGreaterThanOrEqual(20)
  })
  it('routes POST /api/github/webhooks (payload format 2.0) and sets only documented variables', () => {
    expect(fn.Events.Webhook).toEqual({ Type: 'HttpApi', Properties: { Path: '/api/github/webhooks', Method: 'POST' } })
    const documented =
      readFileSync('.env.example', 'utf8')
        .match(/^#? ?([A-Z_]+)=/gm)
        ?.map((l) => l.replace(/^#? ?|=$/g, '')) ?? []
    expect(Object.keys(fn.Environment.Variables).filter((v) => v !== 'NODE_ENV' && !documented.includes(v))).toEqual([])
  })
})

describe('the packaged Lambda handler', () => {
  it('runs the App on REST API, HTTP API and function URL events, and rejects forged signatures', async () => {
    // Three low-risk typo fixes on their own heads: each event must produce its own passing check.
    const sales = 'prompts/sales/summarize.prompt'
    const text = `${gitIn(repo, 'show', `main:${sales}`)}\n`
    const pulls = []
    for (const t of ['v1', 'v2', 'url'])
      pulls.push(
        await emulator.state.createPull({
          head: `lambda-${t}`,
          base: 'main',
          author: 'alice',
          title: `lambda ${t}`,
          files: { [sales]: text.replace('You summarize sales', `You summarise sales (${t})`) },
        }),
      )
    const bodies = await Promise.all(
      pulls.map(async (pr) => JSON.stringify(await pullRequestPayload(emulator, REF, pr.number, 'opened'))),
    )
    const [v1, v2, url] = bodies as [string, string, string]
    const results = await invoke([
      restApiEvent(githubHeaders('pull_request', v1), v1),
      httpApiEvent('http-api', githubHeaders('pull_request', v2), v2, false),
      httpApiEvent('function-url', githubHeaders('pull_request', url), url, true),
      restApiEvent(githubHeaders('pull_request', v1, 'not-the-secret'), v1),
      httpApiEvent('http-api', { 'X-GitHub-Event': 'pull_request' }, v2, false),
    ])
    expect(results.map((r) => r.statusCode)).toEqual([200, 200, 200, 401, 401])
    for (const pr of pulls)
      expect(await settledCheck(emulator, pr.headSha)).toMatchObject({ name: 'promptops/approval', conclusion: 'success' })
    expect(emulator.violations).toEqual([])
  })
})
