import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { Octokit } from '@octokit/core'
import { throttling } from '@octokit/plugin-throttling'
import { startEmulator, type Emulator } from './index.js'
import { octokitFor, TestOctokit } from './octokit.js'
import { createTempRepo, type TempRepo } from './temp-repo.js'

const owner = 'acme'
const repo = 'prompts'
let tmp: TempRepo
let emu: Emulator
let gh: TestOctokit

beforeAll(async () => {
  tmp = createTempRepo()
  tmp.commit('initial', { 'a.md': 'a\n' })
  emu = await startEmulator({ repoDir: tmp.dir, owner, repo, pathPrefix: '/api/v3', readOnlyTokens: ['ghs_readonly'] })
  gh = octokitFor(emu.url)
  await emu.state.createPull({ number: 1, head: 'feat', base: 'main', author: 'alice', title: 't', files: { 'a.md': 'b\n' } })
})

afterAll(async () => {
  await emu.close()
  tmp.remove()
})

/** Bypasses Octokit's typings to send requests GitHub would reject. */
function raw(route: string, params: Record<string, unknown>) {
  return gh.request(route, params)
}

beforeEach(() => {
  emu.clearFaults()
  emu.violations.length = 0
})

describe('fault injection', () => {
  it.each([500, 502, 503] as const)('fails the next N matching calls with %i, then recovers', async (status) => {
    emu.setFault({ method: 'GET', route: '/repos/{owner}/{repo}/pulls/{pull_number}/files', status, times: 2 })
    await expect(gh.rest.pulls.listFiles({ owner, repo, pull_number: 1 })).rejects.toMatchObject({ status })
    await gh.rest.repos.get({ owner, repo }) // other routes are unaffected
    await expect(gh.rest.pulls.listFiles({ owner, repo, pull_number: 1 })).rejects.toMatchObject({ status })
    expect((await gh.rest.pulls.listFiles({ owner, repo, pull_number: 1 })).data).toHaveLength(1)
    expect(emu.violations).toEqual([])
  })

  it('matches by RegExp and by "METHOD template" key', async () => {
    emu.setFault({ route: /\/labels$/, status: 422, times: 1 })
    emu.setFault({ route: 'GET /repos/{owner}/{repo}', status: 500 })
    await expect(gh.rest.issues.listLabelsForRepo({ owner, repo })).rejects.toMatchObject({ status: 422 })
    await expect(gh.rest.repos.get({ owner, repo })).rejects.toMatchObject({ status: 500 })
    await gh.rest.repos.get({ owner, repo })
  })

  it('sends secondary and primary rate limits the way plugin-throttling detects them', async () => {
    const secondary: number[] = []
    const primary: number[] = []
    const Throttled = Octokit.plugin(throttling)
    const client = new Throttled({
      auth: 'ghs_x',
      baseUrl: emu.url,
      throttle: {
        onSecondaryRateLimit: (after: number) => void secondary.push(after),
        onRateLimit: (after: number) => void primary.push(after),
      },
    })
    emu.setFault({ route: '/repos/{owner}/{repo}/check-runs', status: 403, secondary: true, retryAfter: 7 })
    const create = client.request('POST /repos/{owner}/{repo}/check-runs', {
      owner,
      repo,
      name: 'n',
      head_sha: tmp.git('rev-parse', 'main'),
    })
    await expect(create).rejects.toMatchObject({ status: 403, message: expect.stringContaining('secondary rate limit') })
    expect(secondary).toEqual([7])
    emu.setFault({ route: '/repos/{owner}/{repo}', status: 429, retryAfter: 30 })
    await expect(client.request('GET /repos/{owner}/{repo}', { owner, repo })).rejects.toMatchObject({ status: 429 })
    expect(primary).toHaveLength(1)
    expect(primary[0]).toBeGreaterThanOrEqual(28)
  })

  it('holds a response past the client timeout', async () => {
    emu.setFault({ route: '/repos/{owner}/{repo}', delayMs: 2000 })
    const started = Date.now()
    const slow = gh.request('GET /repos/{owner}/{repo}', { owner, repo, request: { signal: AbortSignal.timeout(150) } })
    await expect(slow).rejects.toThrow()
    expect(Date.now() - started).toBeLessThan(1500)
    expect((await gh.rest.repos.get({ owner, repo })).status).toBe(200)
  })
})

describe('auth and recording', () => {
  it('gives a read-only token reads but 403 on writes', async () => {
    const ro = octokitFor(emu.url, 'ghs_readonly')
    expect((await ro.rest.issues.listLabelsOnIssue({ owner, repo, issue_number: 1 })).status).toBe(200)
    const write = ro.rest.issues.addLabels({ owner, repo, issue_number: 1, labels: ['x'] })
    await expect(write).rejects.toMatchObject({
      status: 403,
      message: expect.stringContaining('Resource not accessible by integration'),
    })
    expect(emu.state.pulls.get(1)?.labels).toEqual([])
    expect(emu.violations).toEqual([])
  })

  it('records every request with headers and body', async () => {
    const before = emu.requests.length
    await gh.rest.issues.createComment({ owner, repo, issue_number: 1, body: 'score: high' })
    const recorded = emu.requests.slice(before)
    expect(recorded).toHaveLength(1)
    expect(recorded[0]).toMatchObject({ method: 'POST', url: '/api/v3/repos/acme/prompts/issues/1/comments' })
    expect(recorded[0]?.headers.authorization).toBe('token ghs_testtoken')
    expect(JSON.parse(recorded[0]?.body ?? '{}')).toEqual({ body: 'score: high' })
  })

  it.each([
    ['unauthenticated call', () => new TestOctokit({ baseUrl: emu.url }).rest.repos.get({ owner, repo }), 401, 'auth'],
    ['installation token on a JWT-only route', () => gh.rest.apps.getAuthenticated(), 401, 'auth'],
    ['unknown route', () => gh.request('GET /repos/{owner}/{repo}/frobnicate', { owner, repo }), 404, 'route'],
    ['path outside the prefix', () => octokitFor(emu.url.replace('/api/v3', '')).rest.repos.get({ owner, repo }), 404, 'route'],
    [
      'body missing a required field',
      () => raw('POST /repos/{owner}/{repo}/labels', { owner, repo, color: 'ffffff' }),
      422,
      'request',
    ],
    [
      'wrong body type',
      () => raw('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { owner, repo, issue_number: 1, body: 42 }),
      422,
      'request',
    ],
    [
      'non-integer path param',
      () => raw('GET /repos/{owner}/{repo}/pulls/{pull_number}', { owner, repo, pull_number: 'abc' }),
      422,
      'request',
    ],
    ['bad enum in query', () => raw('GET /repos/{owner}/{repo}/pulls', { owner, repo, state: 'merged' }), 422, 'request'],
  ])('records a violation for %s', async (_name, call, status, kind) => {
    await expect(call()).rejects.toMatchObject({ status })
    expect(emu.violations.map((v) => v.kind)).toEqual([kind])
  })
})

describe('response validation', () => {
  it('records an emulator response that breaks the schema', async () => {
    // A label whose color is null cannot come from GitHub; the emulator must notice it served one.
    emu.state.labels.set('broken', { id: 1, name: 'broken', color: null as unknown as string, description: null })
    await gh.rest.issues.listLabelsForRepo({ owner, repo })
    emu.state.labels.delete('broken')
    expect(emu.violations).toMatchObject([{ kind: 'response', status: 200, problems: [expect.stringContaining('/0/color')] }])
  })
})

describe('app endpoints', () => {
  it('serves the app, the installation and installation tokens to a JWT', async () => {
    const jwt = octokitFor(emu.url, 'eyJhbGciOiJSUzI1NiJ9.eyJpc3MiOjF9.c2ln')
    jwt.hook.before('request', (options) => {
      options.headers.authorization = 'Bearer eyJhbGciOiJSUzI1NiJ9.eyJpc3MiOjF9.c2ln'
    })
    expect((await jwt.rest.apps.getAuthenticated()).data?.slug).toBe('promptops')
    const installation = await jwt.rest.apps.getRepoInstallation({ owner, repo })
    const token = await jwt.rest.apps.createInstallationAccessToken({ installation_id: installation.data.id })
    expect(token.data.token).toMatch(/^ghs_/)
    expect((await octokitFor(emu.url, token.data.token).rest.repos.get({ owner, repo })).status).toBe(200)
    expect(emu.violations).toEqual([])
  })
})
