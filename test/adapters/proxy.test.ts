// HTTPS_PROXY/HTTP_PROXY/NO_PROXY: the CLI, the bundled Action and the bundled App reach
// GitHub through a forward proxy when one is configured, and directly when NO_PROXY says so.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { proxyConfigured } from '../../src/adapters/github/proxy.js'
import { startEmulator, type Emulator } from '../github-emulator/index.js'
import { runAction } from '../helpers/action-runner.js'
import { cli } from '../helpers/cli-io.js'
import { demoRepo } from '../helpers/demo-repo.js'
import { startHttpProxy, type HttpProxy } from '../helpers/http-proxy.js'
import { deliver, pullRequestPayload, settledCheck, startApp } from '../app/harness.js'

const TOKEN = 'ghs_proxytesttoken00000000000000000000'
let emulator: Emulator
let proxy: HttpProxy
let host: string

beforeAll(async () => {
  // GitHub Enterprise Server's layout (/api/v3), which the App's GHE_HOST implies.
  emulator = await startEmulator({ repoDir: demoRepo(), owner: 'acme', repo: 'prompts', pathPrefix: '/api/v3' })
  proxy = await startHttpProxy()
  host = new URL(emulator.url).host
})
afterAll(async () => {
  await proxy?.close()
  await emulator?.close()
})

/** Runs `work` and returns how many proxy hops to the emulator it caused. */
async function hops(work: () => Promise<unknown>): Promise<number> {
  const before = proxy.targets.length
  await work()
  return proxy.targets.slice(before).filter((t) => t === host).length
}

describe('proxy configuration', () => {
  it.each([
    [{}, false],
    [{ NO_PROXY: '*' }, false],
    [{ https_proxy: 'http://proxy:3128' }, true],
    [{ HTTP_PROXY: 'http://proxy:3128' }, true],
  ])('%j → proxied: %s', (env, want) => {
    expect(proxyConfigured(env)).toBe(want)
  })
})

describe('through a forward proxy', () => {
  it('the CLI (sla remind)', async () => {
    const env = { GITHUB_TOKEN: TOKEN, GITHUB_API_URL: emulator.url }
    const via = await hops(async () =>
      expect(
        (await cli(['sla', 'remind', '--github-repo', 'acme/prompts', '--dry-run'], { env: { ...env, HTTP_PROXY: proxy.url } }))
          .code,
      ).toBe(0),
    )
    expect(via).toBeGreaterThan(0)
    const bypassed = await hops(async () =>
      expect(
        (
          await cli(['sla', 'remind', '--github-repo', 'acme/prompts', '--dry-run'], {
            env: { ...env, HTTP_PROXY: proxy.url, NO_PROXY: '127.0.0.1' },
          })
        ).code,
      ).toBe(0),
    )
    expect(bypassed).toBe(0)
  })

  it('the bundled Action', async () => {
    const pr = await emulator.state.createPull({ head: 'risky-change', base: 'main', author: 'alice', title: 'proxied' })
    const payload = {
      action: 'opened',
      number: pr.number,
      pull_request: await (
        await fetch(`${emulator.url}/repos/acme/prompts/pulls/${pr.number}`, { headers: { authorization: `token ${TOKEN}` } })
      ).json(),
      repository: { full_name: 'acme/prompts' },
    }
    const options = {
      workspace: mkdtempSync(join(tmpdir(), 'empty-')),
      apiUrl: emulator.url,
      repository: 'acme/prompts',
      eventName: 'pull_request',
      payload,
      inputs: { 'github-token': TOKEN },
    }
    let outputs: Record<string, string> = {}
    const via = await hops(async () => {
      const run = await runAction({ ...options, env: { HTTP_PROXY: proxy.url } })
      expect(run.stderr).toBe('')
      outputs = run.outputs
    })
    expect(outputs['risk-level']).toBe('critical')
    expect(via).toBeGreaterThan(0)
  })

  it('the bundled App', async () => {
    const app = await startApp(emulator, 'proxy-secret', { HTTP_PROXY: proxy.url })
    try {
      const pr = await emulator.state.createPull({ head: 'risky-change', base: 'main', author: 'alice', title: 'proxied app' })
      const via = await hops(async () =>
        expect(
          (
            await deliver(
              app,
              emulator,
              'pull_request',
              await pullRequestPayload(emulator, { owner: 'acme', repo: 'prompts' }, pr.number, 'opened'),
            )
          ).status,
        ).toBe(200),
      )
      expect((await settledCheck(emulator, pr.headSha)).name).toBe('promptops/approval')
      expect(via).toBeGreaterThan(0)
    } finally {
      await app.stop()
    }
  })
})
