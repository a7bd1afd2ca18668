// decidePull against the emulator in github.com's layout (GraphQL at /graphql): what it
// reads, in how many calls, and that GraphQL's answers decide exactly as git's bytes do.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createHash } from 'node:crypto'
import { decidePull } from '../../src/flows/decide-pull.js'
import { createGitHubCache, type GitHubCache } from '../../src/adapters/github/cache.js'
import { createClient, type GitHubClient } from '../../src/adapters/github/octokit.js'
import { startEmulator, type Emulator } from '../github-emulator/index.js'
import { demoRepo, gitIn } from '../helpers/demo-repo.js'

const REF = { owner: 'acme', repo: 'prompts' }
const TEAMS: Record<string, string[]> = {
  'support-ai': ['sam'],
  legal: ['lee'],
  'ai-governance': ['gina'],
  platform: ['pat'],
  'sales-ai': ['sol'],
}
const SALES = 'prompts/sales/summarize.prompt'
const NOW = new Date('2026-06-01T00:00:00Z')

let dir: string
const emulators: Emulator[] = []

/** A fresh emulator, and a client with its own cache (cold: nothing read yet). */
async function emulatorWith(
  options: { graphqlBlobTextLimit?: number } = {},
): Promise<{ emulator: Emulator; client: GitHubClient; cache: GitHubCache }> {
  const emulator = await startEmulator({ repoDir: dir, ...REF, ...options })
  emulators.push(emulator)
  for (const [slug, members] of Object.entries(TEAMS)) emulator.state.setTeam(REF.owner, slug, members)
  return {
    emulator,
    client: createClient({ token: 'ghs_test', baseUrl: emulator.url, userAgent: 'promptops-test', writeIntervalMs: 0 }),
    cache: createGitHubCache(),
  }
}

const calls = (emulator: Emulator, from: number): string[] =>
  emulator.requests.slice(from).map((r) => `${r.method} ${r.url.split('?')[0]!.replace(/[0-9a-f]{40}/g, '{sha}')}`)
const main = (): string => gitIn(dir, 'rev-parse', 'main')
const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex')

beforeAll(() => {
  dir = demoRepo()
}, 60_000)
afterAll(async () => {
  for (const e of emulators) await e.close()
})

describe('decidePull through compare + GraphQL', () => {
  it('reads a critical PR in four calls cold and three warm, and matches git byte for byte', async () => {
    const { emulator, client, cache } = await emulatorWith()
    const pr = await emulator.state.createPull({ head: 'risky-change', base: 'main', author: 'alice', title: 'risky' })
    const from = emulator.requests.length
    const decided = await decidePull(
      client,
      REF,
      cache,
      { number: pr.number, author: 'alice', headSha: pr.headSha, baseSha: main() },
      main(),
      NOW,
    )
    // Compare beside the pull request + policy query, one query for contents and teams, the push history.
    expect(calls(emulator, from).sort()).toEqual([
      'GET /repos/acme/prompts/activity',
      'GET /repos/acme/prompts/compare/{sha}...{sha}',
      'POST /graphql',
      'POST /graphql',
    ])
    if (decided.kind !== 'decided') throw new Error(decided.kind)
    expect(decided.report.level).toBe('critical')
    for (const f of decided.files.filter((f) => f.headText !== null)) {
      expect(f.headText).toBe(`${gitIn(dir, 'show', `${pr.headSha}:${f.path}`)}\n`.replace(/\n\n$/, '\n'))
      expect(f.headMode).toBe('100644')
      expect(f.headDigest).toBe(sha256(f.headText!))
    }
    expect(Object.keys(decided.facts.teams).sort()).toEqual(['acme/ai-governance', 'acme/legal', 'acme/support-ai'])
    expect(decided.decision.satisfied).toBe(false)

    // A review arrives: compare, policy and files are cached by SHA; the pull request (reviews)
    // and the team members are read again, and so is the push history.
    emulator.state.addReview(pr.number, 'sam', 'APPROVED', 'lgtm', pr.headSha)
    const again = emulator.requests.length
    const second = await decidePull(
      client,
      REF,
      cache,
      { number: pr.number, author: 'alice', headSha: pr.headSha, baseSha: main() },
      main(),
      NOW,
    )
    expect(calls(emulator, again).sort()).toEqual(['GET /repos/acme/prompts/activity', 'POST /graphql', 'POST /graphql'])
    if (second.kind !== 'decided') throw new Error(second.kind)
    expect(second.facts.reviews.map((r) => [r.user?.login, r.state, r.commit_id])).toEqual([['sam', 'APPROVED', pr.headSha]])

    // The cache is the caller's: a fresh one (another replica, a restart) reads cold again.
    const cold = emulator.requests.length
    await decidePull(
      client,
      REF,
      createGitHubCache(),
      { number: pr.number, author: 'alice', headSha: pr.headSha, baseSha: main() },
      main(),
      NOW,
    )
    expect(calls(emulator, cold).sort()).toEqual([
      'GET /repos/acme/prompts/activity',
      'GET /repos/acme/prompts/compare/{sha}...{sha}',
      'POST /graphql',
      'POST /graphql',
    ])
    expect(emulator.violations).toEqual([])
  })

  it('observes what the caller asks for (our check run, required checks) in the pull request query', async () => {
    const { emulator, client, cache } = await emulatorWith()
    emulator.state.protection.set('main', { requiredStatusChecks: ['ci/test'] })
    const pr = await emulator.state.createPull({ head: 'risky-change', base: 'main', author: 'alice', title: 'observed' })
    pr.requestedTeams.push('legal')
    const observe = {
      checkRuns: { shas: [pr.headSha], name: 'promptops/approval', appId: 424242 },
      branches: ['main', 'promptops-audit'],
    }
    const decided = await decidePull(
      client,
      REF,
      cache,
      { number: pr.number, author: 'alice', headSha: pr.headSha, baseSha: main() },
      main(),
      NOW,
      { observe },
    )
    expect(decided.observed.checkRuns.get(pr.headSha)).toBeNull()
    expect(decided.observed.requested).toEqual({ users: [], teams: ['legal'] })
    expect(decided.observed.branches.get('main')).toMatchObject({
      branch: 'main',
      exists: true,
      unreadable: [],
      sources: [
        {
          kind: 'branch protection',
          requiredChecks: [{ context: 'ci/test', appId: null }],
          blocksForcePushes: true,
          blocksDeletion: true,
        },
      ],
    })
    expect(decided.observed.branches.get('promptops-audit')).toEqual({
      branch: 'promptops-audit',
      exists: false,
      sources: [],
      unreadable: [],
    })
    expect(decided.observed.pull).toMatchObject({
      number: pr.number,
      state: 'OPEN',
      headSha: pr.headSha,
      baseRef: 'main',
      headRef: 'risky-change',
    })
    expect(emulator.violations).toEqual([])
  })

  it("reads reviewers' write access and who pushed, and resolves co-authors GitHub links", async () => {
    const { emulator, client, cache } = await emulatorWith()
    emulator.state.permissions.set('reader', 'read')
    const pr = await emulator.state.createPull({
      head: 'access-check',
      base: 'main',
      author: 'alice',
      pusher: 'carol',
      title: 'access',
      files: { [SALES]: `${gitIn(dir, 'show', `main:${SALES}`)}\n`.replace('gemini-1.5-flash', 'gemini-1.5-pro') },
    })
    emulator.state.addReview(pr.number, 'reader', 'APPROVED', '', pr.headSha)
    emulator.state.addReview(pr.number, 'sol', 'APPROVED', '', pr.headSha)
    const decided = await decidePull(
      client,
      REF,
      cache,
      { number: pr.number, author: 'alice', headSha: pr.headSha, baseSha: main() },
      main(),
      NOW,
    )
    if (decided.kind !== 'decided') throw new Error(decided.kind)
    expect(decided.facts.reviews.map((r) => [r.user?.login, r.author_can_push])).toEqual([
      ['reader', false],
      ['sol', true],
    ])
    expect(decided.facts.pushers).toEqual({ known: ['carol'] })
    expect(decided.facts.coAuthors).toEqual([])
    expect(decided.decision.discounted).toEqual(
      expect.arrayContaining([{ login: 'reader', reason: 'has no write access to the repository' }]),
    )
    expect(emulator.violations).toEqual([])
  })

  it('reads truncated blobs through REST so the text is exact', async () => {
    const { emulator, client, cache } = await emulatorWith({ graphqlBlobTextLimit: 64 })
    const pr = await emulator.state.createPull({
      head: 'typo-truncated',
      base: 'main',
      author: 'alice',
      title: 'typo',
      files: { [SALES]: `${gitIn(dir, 'show', `main:${SALES}`)}\n`.replace('You summarize sales', 'You summarise sales') },
    })
    const from = emulator.requests.length
    const decided = await decidePull(
      client,
      REF,
      cache,
      { number: pr.number, author: 'alice', headSha: pr.headSha, baseSha: main() },
      main(),
      NOW,
    )
    if (decided.kind !== 'decided') throw new Error(decided.kind)
    const sales = decided.files.find((f) => f.path === SALES)!
    expect(sha256(sales.headText!)).toBe(sha256(`${gitIn(dir, 'show', `${pr.headSha}:${SALES}`)}\n`))
    expect(calls(emulator, from).filter((c) => c.startsWith('GET /repos/acme/prompts/contents/')).length).toBeGreaterThan(0)
    expect(decided.report.level).toBe('low')
    expect(emulator.violations).toEqual([])
  })

  it('pages reviews through REST when there are more than GraphQL returns at once', async () => {
    const { emulator, client, cache } = await emulatorWith()
    const pr = await emulator.state.createPull({ head: 'risky-change', base: 'main', author: 'alice', title: 'many reviews' })
    for (let i = 0; i < 101; i++) emulator.state.addReview(pr.number, `reviewer${i}`, 'COMMENTED', 'hm', pr.headSha)
    const from = emulator.requests.length
    const decided = await decidePull(
      client,
      REF,
      cache,
      { number: pr.number, author: 'alice', headSha: pr.headSha, baseSha: main() },
      main(),
      NOW,
    )
    if (decided.kind !== 'decided') throw new Error(decided.kind)
    expect(decided.facts.reviews).toHaveLength(101)
    expect(calls(emulator, from)).toContain(`GET /repos/acme/prompts/pulls/${pr.number}/reviews`)
    expect(emulator.violations).toEqual([])
  })

  it('leaves a team that does not exist absent, so approvals through it fail closed', async () => {
    const { emulator, client, cache } = await emulatorWith()
    emulator.state.teams.delete('acme/legal')
    const pr = await emulator.state.createPull({ head: 'risky-change', base: 'main', author: 'alice', title: 'no legal team' })
    const decided = await decidePull(
      client,
      REF,
      cache,
      { number: pr.number, author: 'alice', headSha: pr.headSha, baseSha: main() },
      main(),
      NOW,
    )
    if (decided.kind !== 'decided') throw new Error(decided.kind)
    expect(decided.facts.teams['acme/legal']).toBeUndefined()
    expect(decided.facts.teams['acme/support-ai']).toEqual(['sam'])
    expect(emulator.violations).toEqual([])
  })
})
