import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { startEmulator, type Emulator } from './index.js'
import { octokitFor, type TestOctokit } from './octokit.js'
import { createTempRepo, type TempRepo } from './temp-repo.js'

const owner = 'acme'
const repo = 'prompts'

let tmp: TempRepo
let emu: Emulator
let gh: TestOctokit
let baseSha: string

beforeAll(async () => {
  tmp = createTempRepo()
  baseSha = tmp.commit('initial', {
    'prompts/greet.md': 'Hello {{name}}\n',
    'prompts/old.md': 'old name\nsecond line\n',
    'README.md': '# prompts\n',
    '.github/CODEOWNERS': '* @acme/owners\n',
  })
  emu = await startEmulator({
    repoDir: tmp.dir,
    owner,
    repo,
    pathPrefix: '/api/v3',
    readOnlyTokens: ['ghs_readonly'],
    actors: { ghp_zoe: 'zoe' },
  })
  gh = octokitFor(emu.url)
})

afterAll(async () => {
  await emu.close()
  tmp.remove()
})

afterEach(() => {
  emu.clearFaults()
})

describe('repos', () => {
  it('serves file contents as base64 and 404 for missing paths', async () => {
    const { data } = await gh.rest.repos.getContent({ owner, repo, path: 'prompts/greet.md', ref: 'main' })
    expect(Array.isArray(data)).toBe(false)
    const file = data as { content: string; encoding: string; sha: string; path: string }
    expect(file.encoding).toBe('base64')
    expect(Buffer.from(file.content, 'base64').toString('utf8')).toBe('Hello {{name}}\n')
    expect(file.sha).toBe(tmp.git('rev-parse', `${baseSha}:prompts/greet.md`))
    await expect(gh.rest.repos.getContent({ owner, repo, path: 'nope.md' })).rejects.toMatchObject({ status: 404 })
    const dir = await gh.rest.repos.getContent({ owner, repo, path: 'prompts' })
    expect((dir.data as Array<{ name: string }>).map((e) => e.name)).toEqual(['greet.md', 'old.md'])
    expect(emu.violations).toEqual([])
  })

  it('compares two refs with statuses, patches and renames', async () => {
    tmp.git('checkout', '--quiet', '-b', 'feature')
    const head = tmp.commit('change', {
      'prompts/greet.md': 'Hello {{name}}, welcome!\n',
      'prompts/old.md': null,
      'prompts/renamed.md': 'old name\nsecond line\n',
      'prompts/new.md': 'brand new\n',
    })
    tmp.git('checkout', '--quiet', 'main')
    const { data } = await gh.rest.repos.compareCommitsWithBasehead({ owner, repo, basehead: `main...${head}` })
    expect(data.status).toBe('ahead')
    expect(data.ahead_by).toBe(1)
    const files = Object.fromEntries((data.files ?? []).map((f) => [f.filename, f]))
    expect(files['prompts/greet.md']).toMatchObject({ status: 'modified', additions: 1, deletions: 1 })
    expect(files['prompts/greet.md']?.patch).toBe('@@ -1 +1 @@\n-Hello {{name}}\n+Hello {{name}}, welcome!')
    expect(files['prompts/new.md']).toMatchObject({ status: 'added', additions: 1, deletions: 0 })
    expect(files['prompts/renamed.md']).toMatchObject({ status: 'renamed', previous_filename: 'prompts/old.md' })
    expect(emu.violations).toEqual([])
  })

  it('diffs three dots from the merge base, as a pull request shows it', async () => {
    tmp.git('checkout', '--quiet', '-b', 'side', baseSha)
    const head = tmp.commit('side change', { 'prompts/side.md': 'side\n' })
    tmp.git('checkout', '--quiet', '-b', 'moved-base', baseSha)
    const movedBase = tmp.commit('base moved on', { 'README.md': '# prompts, moved\n' })
    tmp.git('checkout', '--quiet', 'main')
    const names = async (basehead: string) =>
      ((await gh.rest.repos.compareCommitsWithBasehead({ owner, repo, basehead })).data.files ?? []).map((f) => f.filename).sort()
    // What the PR shows: only the head's own change, not the base's later commit undone.
    expect(await names(`${movedBase}...${head}`)).toEqual(['prompts/side.md'])
    expect(emu.violations).toEqual([])
  })
})

describe('pulls', () => {
  it('lists pull request files 100 per page with Link headers, capped at 3,000 like GitHub', async () => {
    const files: Record<string, string> = {}
    for (let i = 0; i < 3005; i++) files[`bulk/f${String(i).padStart(4, '0')}.txt`] = `file ${i}\n`
    const pr = await emu.state.createPull({ number: 7, head: 'bulk', base: 'main', author: 'alice', title: 'bulk', files })
    const before = emu.requests.length
    const listed = await gh.paginate(gh.rest.pulls.listFiles, { owner, repo, pull_number: 7, per_page: 100 })
    expect(listed).toHaveLength(3000)
    expect(emu.requests.length - before).toBe(30)
    expect(new Set(listed.map((f) => f.filename)).size).toBe(3000)
    expect(listed[0]).toMatchObject({ status: 'added', additions: 1, deletions: 0, patch: '@@ -0,0 +1 @@\n+file 0' })
    const first = await gh.rest.pulls.listFiles({ owner, repo, pull_number: 7, per_page: 100 })
    expect(first.headers.link).toContain('rel="next"')
    expect(first.headers.link).toContain('page=30')
    const { data } = await gh.rest.pulls.get({ owner, repo, pull_number: 7 })
    expect(data).toMatchObject({ number: 7, changed_files: 3005, additions: 3005, commits: 1, state: 'open' })
    expect(data.head.sha).toBe(pr.headSha)
    expect(data.base.sha).toBe(tmp.git('rev-parse', 'main'))
    expect(emu.violations).toEqual([])
  })

  it('serves commits, closed pulls, reviews and review requests', async () => {
    const pr = await emu.state.createPull({
      number: 8,
      head: 'small',
      base: 'main',
      author: 'bob',
      title: 'small',
      files: { 'prompts/greet.md': 'Hi\n' },
    })
    await emu.state.createPull({ number: 9, head: pr.headSha, base: 'main', author: 'carol', title: 'merged', merged: true })
    const commits = await gh.rest.pulls.listCommits({ owner, repo, pull_number: 8 })
    expect(commits.data.map((c) => c.sha)).toEqual([pr.headSha])
    expect(commits.data[0]?.author?.login).toBe('bob')
    const closed = await gh.paginate(gh.rest.pulls.list, { owner, repo, state: 'closed' })
    expect(closed.map((p) => p.number)).toEqual([9])
    emu.state.setTeam(owner, 'owners', ['dave', 'erin'])
    const requested = await gh.rest.pulls.requestReviewers({
      owner,
      repo,
      pull_number: 8,
      reviewers: ['dave'],
      team_reviewers: ['owners'],
    })
    expect(requested.status).toBe(201)
    const listed = await gh.rest.pulls.listRequestedReviewers({ owner, repo, pull_number: 8 })
    expect(listed.data.users.map((u) => u.login)).toEqual(['dave'])
    expect(listed.data.teams.map((t) => t.slug)).toEqual(['owners'])
    await expect(gh.rest.pulls.requestReviewers({ owner, repo, pull_number: 8, reviewers: ['bob'] })).rejects.toMatchObject({
      status: 422,
    })
    emu.state.addReview(8, 'dave', 'APPROVED')
    const review = await gh.rest.pulls.createReview({ owner, repo, pull_number: 8, event: 'COMMENT', body: 'looks fine' })
    expect(review.data.state).toBe('COMMENTED')
    const reviews = await gh.rest.pulls.listReviews({ owner, repo, pull_number: 8 })
    expect(reviews.data.map((r) => [r.user?.login, r.state, r.commit_id])).toEqual([
      ['dave', 'APPROVED', pr.headSha],
      ['promptops[bot]', 'COMMENTED', pr.headSha],
    ])
    const members = await gh.rest.teams.listMembersInOrg({ org: owner, team_slug: 'owners' })
    expect(members.data.map((m) => m.login)).toEqual(['dave', 'erin'])
    await expect(gh.rest.pulls.get({ owner, repo, pull_number: 404 })).rejects.toMatchObject({ status: 404 })
    expect(emu.violations).toEqual([])
  })

  it('acts as the account a token is mapped to in `actors`, in REST and GraphQL', async () => {
    const pr = await emu.state.createPull({
      head: 'zoe-branch',
      base: 'main',
      author: 'zoe',
      title: 'zoe',
      files: { 'README.md': '# zoe\n' },
    })
    const zoe = octokitFor(emu.url, 'ghp_zoe')
    const mine = await zoe.rest.issues.createComment({ owner, repo, issue_number: pr.number, body: 'from zoe' })
    const app = await gh.rest.issues.createComment({ owner, repo, issue_number: pr.number, body: 'from the app' })
    expect([mine.data.user, app.data.user].map((u) => [u?.login, u?.type])).toEqual([
      ['zoe', 'User'],
      ['promptops[bot]', 'Bot'],
    ])
    const viewer = async (client: TestOctokit) =>
      (await client.graphql<{ viewer: { login: string; databaseId: number } }>('query { viewer { login databaseId } }')).viewer
    expect(await viewer(zoe)).toEqual({ login: 'zoe', databaseId: mine.data.user?.id })
    expect(await viewer(gh)).toEqual({ login: 'promptops[bot]', databaseId: app.data.user?.id })
    expect(emu.violations).toEqual([])
  })
})

describe('repository settings', () => {
  afterEach(() => {
    emu.state.protection.clear()
    emu.state.rulesets.length = 0
  })

  it('pins required checks to an App, and blocks force pushes and deletion, in protection and rulesets', async () => {
    emu.state.protection.set('main', {
      requiredStatusChecks: ['ci', { context: 'promptops/approval', appId: 42 }],
      allowForcePushes: true,
      requireLastPushApproval: true,
    })
    const { data } = await gh.rest.repos.getBranchProtection({ owner, repo, branch: 'main' })
    expect(data.required_status_checks?.checks).toEqual([
      { context: 'ci', app_id: null },
      { context: 'promptops/approval', app_id: 42 },
    ])
    expect([
      data.allow_force_pushes?.enabled,
      data.allow_deletions?.enabled,
      data.required_pull_request_reviews?.require_last_push_approval,
    ]).toEqual([true, false, true])
    emu.state.protection.set('audit', { requirePullRequest: false })
    expect(
      (await gh.rest.repos.getBranchProtection({ owner, repo, branch: 'main' })).data.required_pull_request_reviews,
    ).toBeDefined()
    await expect(gh.rest.repos.getBranchProtection({ owner, repo, branch: 'audit' })).rejects.toMatchObject({
      status: 404,
      message: expect.stringContaining('Branch not found'),
    })
    emu.state.rulesets.push({
      name: 'audit',
      branches: ['promptops-audit', 'main'],
      rules: [{ type: 'non_fast_forward' }, { type: 'deletion' }],
    })
    emu.state.rulesets.push({
      name: 'checks',
      branches: ['main'],
      rules: [{ type: 'required_status_checks', checks: [{ context: 'promptops/approval', appId: 42 }] }],
    })
    // Rules apply to branch names whether or not the branch exists.
    expect((await gh.rest.repos.getBranchRules({ owner, repo, branch: 'promptops-audit' })).data).toEqual([
      { type: 'non_fast_forward', ruleset_source_type: 'Repository', ruleset_source: 'emulated', ruleset_id: 1 },
      { type: 'deletion', ruleset_source_type: 'Repository', ruleset_source: 'emulated', ruleset_id: 1 },
    ])
    const main = (await gh.rest.repos.getBranchRules({ owner, repo, branch: 'main' })).data
    expect(main.map((r) => r.type)).toEqual(['non_fast_forward', 'deletion', 'required_status_checks'])
    expect(main[2]).toMatchObject({
      parameters: { required_status_checks: [{ context: 'promptops/approval', integration_id: 42 }] },
      ruleset_id: 2,
    })
    expect(emu.violations).toEqual([])
  })

  it('serves apps by slug to any token', async () => {
    expect((await gh.rest.apps.getBySlug({ app_slug: 'promptops' })).data).toMatchObject({
      id: expect.any(Number),
      slug: 'promptops',
    })
    await expect(gh.rest.apps.getBySlug({ app_slug: 'nobody' })).rejects.toMatchObject({ status: 404 })
    expect(emu.violations).toEqual([])
  })

  it('serves the repository, a single commit with files, protection, rules and CODEOWNERS errors', async () => {
    const repoData = await gh.rest.repos.get({ owner, repo })
    expect(repoData.data).toMatchObject({ full_name: 'acme/prompts', default_branch: 'main' })
    const commit = await gh.rest.repos.getCommit({ owner, repo, ref: baseSha })
    expect(commit.data.files?.map((f) => f.status)).toEqual(['added', 'added', 'added', 'added'])
    expect(commit.data.stats).toMatchObject({ additions: 5, deletions: 0 })
    await expect(gh.rest.repos.getBranchProtection({ owner, repo, branch: 'main' })).rejects.toMatchObject({ status: 404 })
    expect((await gh.rest.repos.getBranchRules({ owner, repo, branch: 'main' })).data).toEqual([])
    emu.state.protection.set('main', {
      requiredApprovingReviewCount: 2,
      requireCodeOwnerReviews: true,
      requiredStatusChecks: ['promptops/approval'],
    })
    const protection = await gh.rest.repos.getBranchProtection({ owner, repo, branch: 'main' })
    expect(protection.data.required_pull_request_reviews).toMatchObject({
      required_approving_review_count: 2,
      require_code_owner_reviews: true,
    })
    expect(protection.data.required_status_checks?.contexts).toEqual(['promptops/approval'])
    // Classic protection is not a ruleset: it never shows among the branch's rules.
    expect((await gh.rest.repos.getBranchRules({ owner, repo, branch: 'main' })).data).toEqual([])
    emu.state.rulesets.push({
      name: 'main',
      branches: ['main'],
      rules: [
        { type: 'pull_request', requiredApprovingReviewCount: 1 },
        { type: 'required_status_checks', checks: ['ci'] },
      ],
    })
    const rules = await gh.rest.repos.getBranchRules({ owner, repo, branch: 'main' })
    expect(rules.data.map((r) => r.type)).toEqual(['pull_request', 'required_status_checks'])
    emu.state.codeownersErrors = [
      { line: 1, column: 3, kind: 'Unknown owner', message: 'Unknown owner on line 1', path: '.github/CODEOWNERS' },
    ]
    const errors = await gh.rest.repos.codeownersErrors({ owner, repo })
    expect(errors.data.errors).toHaveLength(1)
    await expect(gh.rest.repos.codeownersErrors({ owner, repo, ref: 'bulk' })).resolves.toMatchObject({ status: 200 })
    await expect(gh.rest.teams.listMembersInOrg({ org: owner, team_slug: 'ghosts' })).rejects.toMatchObject({ status: 404 })
    expect(emu.violations).toEqual([])
  })
})
