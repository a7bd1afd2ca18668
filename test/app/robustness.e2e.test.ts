// Merge queue, faults, hostile deliveries and author-controlled input against the real App.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { startEmulator, type Emulator } from '../github-emulator/index.js'
import { demoRepo, gitIn } from '../helpers/demo-repo.js'
import { deliver, isWrite, pullRequestPayload, settledCheck, startApp, type AppProcess } from './harness.js'

const REF = { owner: 'acme', repo: 'prompts' }
let emulator: Emulator
let app: AppProcess
let dir: string

beforeAll(async () => {
  dir = demoRepo()
  emulator = await startEmulator({ repoDir: dir, ...REF, pathPrefix: '/api/v3' })
  for (const [slug, members] of Object.entries({
    'support-ai': ['sam'],
    legal: ['lee'],
    'ai-governance': ['gina'],
    platform: ['pat'],
  }))
    emulator.state.setTeam(REF.owner, slug, members)
  app = await startApp(emulator)
}, 60_000)
afterAll(async () => {
  await app?.stop()
  await emulator?.close()
})

describe('merge queue', () => {
  it('writes promptops/approval on the merge group commit from the queued PR’s own decision', async () => {
    const pr = await emulator.state.createPull({ head: 'risky-change', base: 'main', author: 'alice', title: 'queued' })
    const opened = await pullRequestPayload(emulator, REF, pr.number, 'opened')
    const main = gitIn(dir, 'rev-parse', 'main')
    // The group's head is the queued PR's head here (a queue of one, already up to date).
    emulator.state.mergeQueues.set('main', [{ pull: pr.number, headSha: pr.headSha, baseSha: main }])
    const payload = {
      action: 'checks_requested',
      merge_group: {
        head_sha: pr.headSha,
        head_ref: `refs/heads/gh-readonly-queue/main/pr-${pr.number}-${pr.headSha}`,
        base_sha: main,
        base_ref: 'refs/heads/main',
        head_commit: {
          id: pr.headSha,
          message: 'queued',
          timestamp: '2026-01-01T00:00:00Z',
          tree_id: pr.headSha,
          author: { name: 'a', email: 'a@example.com' },
          committer: { name: 'a', email: 'a@example.com' },
        },
      },
      repository: opened.repository,
      installation: opened.installation,
      sender: opened.sender,
    }
    const d = await deliver(app, emulator, 'merge_group', payload)
    expect(d.status).toBe(200)
    expect(await settledCheck(emulator, pr.headSha)).toMatchObject({ status: 'completed', conclusion: 'action_required' })
    expect(emulator.violations).toEqual([])
  })
})

describe('what the author controls is never trusted', () => {
  it('ignores a risk label the author added', async () => {
    const pr = await emulator.state.createPull({
      head: 'risky-change',
      base: 'main',
      author: 'alice',
      title: 'labelled low',
      labels: ['prompt-risk:low'],
    })
    const d = await deliver(app, emulator, 'pull_request', await pullRequestPayload(emulator, REF, pr.number, 'labeled'))
    expect(d.status).toBe(200)
    const again = await deliver(app, emulator, 'pull_request', await pullRequestPayload(emulator, REF, pr.number, 'opened'))
    expect(again.status).toBe(200)
    const check = await settledCheck(emulator, pr.headSha)
    expect(check.conclusion).toBe('action_required')
    expect(check.output.title).toMatch(/critical/)
  })
})

describe('faults', () => {
  it('fails closed when the API keeps failing during evaluation', async () => {
    const pr = await emulator.state.createPull({
      head: 'typo-faults',
      base: 'main',
      author: 'alice',
      title: 'typo',
      files: { 'prompts/legal/disclaimer.txt': 'You are drafting the closing paragraph of a customer email.\n' },
    })
    // The GraphQL read (policy, contents, reviews): REST writes still work, so the check can fail.
    emulator.setFault({ route: 'POST /graphql', status: 502, times: 1000 })
    // Probot answers 202 once a handler runs past 9 s (the client retries with backoff).
    const d = await deliver(app, emulator, 'pull_request', await pullRequestPayload(emulator, REF, pr.number, 'opened'))
    expect([202, 500]).toContain(d.status)
    const check = await settledCheck(emulator, pr.headSha, 45_000)
    emulator.clearFaults()
    expect(check.conclusion).toBe('failure')
    expect(check.output.title).toContain('could not evaluate')
  }, 60_000)
})

describe('hostile deliveries', () => {
  it('ignores an unknown event without writing', async () => {
    const d = await deliver(app, emulator, 'star', {
      action: 'created',
      repository: { full_name: 'acme/prompts' },
      installation: { id: 31337 },
    })
    expect(d.status).toBeLessThan(300)
    expect(d.requests.filter(isWrite)).toEqual([])
  })
  it('answers a malformed pull_request payload with an error and writes no success', async () => {
    const d = await deliver(app, emulator, 'pull_request', {
      action: 'opened',
      pull_request: { number: 'x' },
      repository: { full_name: 'acme/prompts', name: 'prompts', owner: { login: 'acme' } },
      installation: { id: 31337 },
    })
    expect(d.status).toBeGreaterThanOrEqual(400)
    const checks = d.requests.filter((r) => isWrite(r) && r.url.includes('check-runs'))
    expect(checks.every((r) => !r.body.includes('"conclusion":"success"'))).toBe(true)
  })
})
