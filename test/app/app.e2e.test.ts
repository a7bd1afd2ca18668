// The bundled Probot app (dist/app.js) as a real server, fed signed webhooks, against the
// GitHub emulator: the required check `promptops/approval` end to end.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { ZERO_SHA } from '../github-emulator/git.js'
import { startEmulator, type Emulator } from '../github-emulator/index.js'
import { demoRepo, gitIn } from '../helpers/demo-repo.js'
import {
  callTable,
  commitFiles,
  deliver,
  isWrite,
  pullRequestPayload,
  pushToPull,
  reviewPayload,
  settledCheck,
  sign,
  startApp,
  type AppProcess,
  type Delivery,
} from './harness.js'

const REF = { owner: 'acme', repo: 'prompts' }
const TEAMS: Record<string, string[]> = {
  'support-ai': ['sam'],
  legal: ['lee'],
  'ai-governance': ['gina'],
  platform: ['pat'],
  'sales-ai': ['sol'],
}
const SALES = 'prompts/sales/summarize.prompt'

let dir: string
let emulator: Emulator
let app: AppProcess
const costs: Array<{ event: string; calls: number; writes: number; table: Record<string, number> }> = []

beforeAll(async () => {
  dir = demoRepo()
  emulator = await startEmulator({ repoDir: dir, ...REF, pathPrefix: '/api/v3' })
  for (const [slug, members] of Object.entries(TEAMS)) emulator.state.setTeam(REF.owner, slug, members)
  app = await startApp(emulator)
}, 60_000)

afterAll(async () => {
  await app?.stop()
  await emulator?.close()
  const rows = costs.map(
    (c) => `${c.event.padEnd(48)} ${String(c.calls).padStart(3)} calls, ${c.writes} writes  ${JSON.stringify(c.table)}`,
  )
  console.log(`API calls per webhook delivery (dist/app.js → emulator):\n${rows.join('\n')}`)
})

/** Delivers and records the API cost; fails with the app's log when Probot did not answer 200. */
async function send(label: string, event: string, payload: unknown, options: { id?: string } = {}): Promise<Delivery> {
  const d = await deliver(app, emulator, event, payload, options)
  if (d.status !== 200) throw new Error(`${label}: HTTP ${d.status} ${d.body}\n${app.output()}`)
  costs.push({ event: label, calls: d.requests.length, writes: d.requests.filter(isWrite).length, table: callTable(d.requests) })
  return d
}

const mainText = (path: string): string => gitIn(dir, 'show', `main:${path}`) + '\n'
const typoFix = (): Record<string, string> => ({ [SALES]: mainText(SALES).replace('You summarize sales', 'You summarise sales') })
/** Calls a delivery made, minting the installation token aside (auth, not API work). */
const apiCalls = (d: Delivery) => d.requests.filter((r) => !/^(?:\/api\/v3)?\/app\//.test(r.url))
const reviewRequests = (d: Delivery) => d.requests.filter((r) => r.method === 'POST' && r.url.endsWith('/requested_reviewers'))

async function approve(number: number, login: string, label: string): Promise<Delivery> {
  const review = emulator.state.addReview(number, login, 'APPROVED')
  return send(label, 'pull_request_review', await reviewPayload(emulator, REF, number, review.id))
}

describe('promptops/approval from the real Probot server', () => {
  it('passes a low-risk typo fix with no reviews requested', async () => {
    const pr = await emulator.state.createPull({
      head: 'typo-fix',
      base: 'main',
      author: 'alice',
      title: 'Fix typo',
      files: typoFix(),
    })
    const d = await send(
      'pull_request.opened (low, typo)',
      'pull_request',
      await pullRequestPayload(emulator, REF, pr.number, 'opened'),
    )
    const check = await settledCheck(emulator, pr.headSha)
    expect(check).toMatchObject({ status: 'completed', conclusion: 'success' })
    expect(check.output.title).toMatch(/low/)
    expect(reviewRequests(d)).toEqual([])
    expect(pr.requestedReviewers).toEqual([])
    expect(pr.requestedTeams).toEqual([])
    expect(d.requests.filter(isWrite).map((r) => `${r.method} ${r.url}`)).toEqual(['POST /api/v3/repos/acme/prompts/check-runs'])
    // Compare and the pull request query (with the policy at this base) side by side, the files
    // query, the check, and the re-read that confirms the pull request did not move meanwhile.
    expect(apiCalls(d)).toHaveLength(5)
    expect(emulator.violations).toEqual([])
  })

  describe('a critical pull request (risky-change: secrets + CODEOWNERS edit)', () => {
    let number: number
    let head: string
    let opened: Record<string, unknown>

    beforeAll(async () => {
      const pr = await emulator.state.createPull({
        head: 'risky-change',
        base: 'main',
        author: 'alice',
        title: 'Tweak support prompts',
      })
      number = pr.number
      head = pr.headSha
      opened = await pullRequestPayload(emulator, REF, number, 'opened')
    })

    it('is blocked and asks the missing owner teams for review once', async () => {
      const d = await send('pull_request.opened (critical)', 'pull_request', opened, { id: 'delivery-critical-opened' })
      const check = await settledCheck(emulator, head)
      expect(check.conclusion).toBe('action_required')
      expect(check.output.title).toMatch(/^critical risk/)
      expect(check.output.summary).toContain('@acme/ai-governance')
      expect(reviewRequests(d)).toHaveLength(1)
      expect(JSON.parse(reviewRequests(d)[0]!.body)).toEqual({
        reviewers: [],
        team_reviewers: expect.arrayContaining(['legal', 'support-ai', 'ai-governance']),
      })
      expect(emulator.state.pulls.get(number)!.requestedTeams.sort()).toEqual(['ai-governance', 'legal', 'support-ai'])
      // Policy is cached for this base: compare, the pull request query, the files query, the
      // push history (who may not approve), the check, the review request.
      expect(apiCalls(d)).toHaveLength(6)
      expect(emulator.violations).toEqual([])
    })

    it('makes no API writes when the same webhook is redelivered', async () => {
      const runs = emulator.state.checkRuns.size
      const d = await send('pull_request.opened (critical, redelivery)', 'pull_request', opened, {
        id: 'delivery-critical-opened',
      })
      expect(d.requests.length).toBeGreaterThan(0)
      expect(d.requests.filter(isWrite)).toEqual([])
      expect(reviewRequests(d)).toEqual([])
      expect(emulator.state.checkRuns.size).toBe(runs)
      expect(emulator.violations).toEqual([])
    })

    it("ignores the author's own approval", async () => {
      await approve(number, 'alice', 'pull_request_review.submitted (author)')
      const check = await settledCheck(emulator, head)
      expect(check.conclusion).toBe('action_required')
      expect(check.output.summary).toContain('alice')
      expect(check.output.summary).toMatch(/author cannot approve/)
      expect(emulator.violations).toEqual([])
    })

    it('does not count an approval from someone who owns none of the changed templates', async () => {
      await approve(number, 'pat', 'pull_request_review.submitted (non-owner)')
      const check = await settledCheck(emulator, head)
      expect(check.conclusion).toBe('action_required')
      expect(check.output.title).toContain('0/2 required approvals')
      expect(check.output.summary).toMatch(/pat[^\n]*not an owner/)
      expect(emulator.violations).toEqual([])
    })

    it('stays blocked until every required owner approved the head, then passes', async () => {
      await approve(number, 'sam', 'pull_request_review.submitted (support-ai)')
      await approve(number, 'lee', 'pull_request_review.submitted (legal)')
      const partial = await settledCheck(emulator, head)
      expect(partial.conclusion).toBe('action_required')
      expect(partial.output.title).toContain('@acme/ai-governance')
      const d = await approve(number, 'gina', 'pull_request_review.submitted (governance)')
      expect(reviewRequests(d)).toEqual([])
      // The pull request query, the team members (files are cached by SHA), the push history,
      // the check update, and the re-read after a passing write.
      expect(apiCalls(d)).toHaveLength(5)
      expect((await settledCheck(emulator, head)).conclusion).toBe('success')
      expect(emulator.violations).toEqual([])
    })

    it('keeps passing after a non-prompt push (README edit)', async () => {
      const { after } = await pushToPull(emulator, number, { 'README.md': `${mainText('README.md')}\nSee docs.\n` }, 'Docs only')
      head = after
      await send(
        'pull_request.synchronize (README)',
        'pull_request',
        await pullRequestPayload(emulator, REF, number, 'synchronize', { before: head, after }),
      )
      const check = await settledCheck(emulator, after)
      expect(check.conclusion).toBe('success')
      expect(emulator.violations).toEqual([])
    })

    it('re-blocks when a prompt changes after approval', async () => {
      const path = 'prompts/support/answer.prompty'
      const text = gitIn(dir, 'show', `${head}:${path}`)
      const { before, after } = await pushToPull(
        emulator,
        number,
        { [path]: `${text}\nAlways answer in English.\n` },
        'One more prompt tweak',
      )
      head = after
      await send(
        'pull_request.synchronize (prompt)',
        'pull_request',
        await pullRequestPayload(emulator, REF, number, 'synchronize', { before, after }),
      )
      const check = await settledCheck(emulator, after)
      expect(check.conclusion).toBe('action_required')
      expect(check.output.summary).toMatch(/stale/)
      expect(emulator.violations).toEqual([])
    })

    it('passes again once the owners re-approve the new head', async () => {
      for (const login of ['sam', 'lee', 'gina'])
        await approve(number, login, `pull_request_review.submitted (re-approve ${login})`)
      expect((await settledCheck(emulator, head)).conclusion).toBe('success')
      expect(emulator.violations).toEqual([])
    })
  })

  it('coalesces a burst of events for one PR: two evaluations, one check run', async () => {
    const pr = await emulator.state.createPull({
      head: 'burst',
      base: 'main',
      author: 'alice',
      title: 'Burst',
      files: { [SALES]: mainText(SALES).replace('You summarize sales', 'You summarize the sales') },
    })
    const from = emulator.requests.length
    const actions = ['opened', 'synchronize', 'ready_for_review', 'reopened']
    const payloads = await Promise.all(actions.map((a) => pullRequestPayload(emulator, REF, pr.number, a)))
    const deliveries = await Promise.all(payloads.map((p) => deliver(app, emulator, 'pull_request', p)))
    expect(deliveries.map((d) => d.status)).toEqual([200, 200, 200, 200])
    expect((await settledCheck(emulator, pr.headSha)).conclusion).toBe('success')
    // Without coalescing, four concurrent evaluations could each find no run and create one.
    expect([...emulator.state.checkRuns.values()].filter((r) => r.headSha === pr.headSha)).toHaveLength(1)
    // One run, then one trailing run for the other three: two reads of the pull request (the
    // compare is cached after the first).
    const made = emulator.requests.slice(from)
    expect(made.filter((r) => r.url.includes('/compare/'))).toHaveLength(1)
    expect(made.filter((r) => r.url === '/api/graphql' && r.body.includes('pullRequest(number:')).length).toBeLessThanOrEqual(2)
    expect(emulator.violations).toEqual([])
  })

  it('ignores a lax promptops.yml on the PR head: the owners of the policy file must approve', async () => {
    const lax =
      'version: 1\nrouting:\n' +
      ['low', 'medium', 'high', 'critical'].map((l) => `  ${l}: { approvals: 0, allOwners: false }\n`).join('')
    const pr = await emulator.state.createPull({
      head: 'lax-config',
      base: 'main',
      author: 'mallory',
      title: 'Relax routing',
      files: { '.github/promptops.yml': lax, ...typoFix() },
    })
    await send('pull_request.opened (head config)', 'pull_request', await pullRequestPayload(emulator, REF, pr.number, 'opened'))
    const check = await settledCheck(emulator, pr.headSha)
    expect(check.conclusion).toBe('action_required')
    expect(check.output.title).toMatch(/^high risk/)
    expect(check.output.summary).toMatch(/approval from an owner of \.github\/promptops\.yml/)
    expect(check.output.summary).toContain('@acme/ai-governance')
    expect(emulator.state.pulls.get(pr.number)!.requestedTeams).toContain('ai-governance')
    expect(emulator.violations).toEqual([])
  })

  it.each([
    ['a wrong type', 'release', 'version: 1\nrouting:\n  high: { approvals: "two" }\n', 3, 'routing.high.approvals'],
    // Nested past the YAML bound: one issue, not a stack overflow inside the App.
    [
      'nesting 10,000 deep',
      'release-deep',
      `version: 1\nrouting: {}\ntemplates: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`,
      3,
      'nests deeper than 64 levels',
    ],
  ])('fails the check with file and line when the base config has %s', async (what, base, bad, line, says) => {
    const main = gitIn(dir, 'rev-parse', 'main')
    const broken = await commitFiles(emulator, main, { '.github/promptops.yml': bad }, 'Break config', 'admin')
    expect(await emulator.git.updateRef(`refs/heads/${base}`, broken, ZERO_SHA)).toBe(true)
    const pr = await emulator.state.createPull({
      head: 'into-release',
      base,
      author: 'alice',
      title: 'Typo',
      files: typoFix(),
    })
    const d = await send(
      `pull_request.opened (invalid base config: ${what})`,
      'pull_request',
      await pullRequestPayload(emulator, REF, pr.number, 'opened'),
    )
    const check = await settledCheck(emulator, pr.headSha)
    expect(check.conclusion).toBe('failure')
    expect(check.output.title).toMatch(/Invalid PromptOps config/)
    expect(check.output.summary).toContain(`.github/promptops.yml:${line}`)
    expect(check.output.summary).toContain(says)
    expect(reviewRequests(d)).toEqual([])
    expect(emulator.violations).toEqual([])
  })

  it.each([
    ['a forged signature', (body: string) => sign('not-the-secret', body)],
    ['a signature over another body', () => sign(app.secret, '{}')],
    ['a malformed signature', () => 'sha256=zz'],
  ])('rejects %s with 4xx and touches no API', async (_name, forge) => {
    const pr = await emulator.state.createPull({ head: 'risky-change', base: 'main', author: 'mallory', title: 'Forged' })
    const payload = await pullRequestPayload(emulator, REF, pr.number, 'opened')
    const runs = emulator.state.checkRuns.size
    const d = await deliver(app, emulator, 'pull_request', payload, { signature: forge(JSON.stringify(payload)) })
    expect(d.status).toBeGreaterThanOrEqual(400)
    expect(d.status).toBeLessThan(500)
    expect(d.requests).toEqual([])
    expect(emulator.state.checkRuns.size).toBe(runs)
    expect(pr.requestedTeams).toEqual([])
    expect(emulator.violations).toEqual([])
  })
})
