import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { graphqlPath } from './graphql/handler.js'
import { githubSchema } from './graphql/schema.js'
import { startEmulator, type Emulator } from './index.js'
import { octokitFor, type TestOctokit } from './octokit.js'
import { createTempRepo, type TempRepo } from './temp-repo.js'

const owner = 'acme'
const repo = 'prompts'
const BLOB_LIMIT = 64
let tmp: TempRepo
let emu: Emulator
let gh: TestOctokit
let base: string
let head: string

interface GraphQLErrorJson {
  readonly type?: string
  readonly path?: ReadonlyArray<string | number>
  readonly locations?: ReadonlyArray<{ line: number; column: number }>
  readonly message: string
}

interface Reply<T> {
  readonly status: number
  readonly headers: Headers
  readonly body: { data?: T | null; errors?: GraphQLErrorJson[]; message?: string }
}

/** A raw POST, to see status, headers and `errors` exactly as sent. */
async function post<T = Record<string, unknown>>(
  body: unknown,
  token: string | null = 'ghs_testtoken',
  url = emu.graphqlUrl,
): Promise<Reply<T>> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `token ${token}` } : {}) },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  })
  return { status: res.status, headers: res.headers, body: (await res.json()) as Reply<T>['body'] }
}

const REPO = `repository(owner: "${owner}", name: "${repo}")`
/** Another App installed on the repository. */
const ROGUE = { id: 777, slug: 'rogue', name: 'Rogue', owner: 'mallory' }

beforeAll(async () => {
  tmp = createTempRepo()
  base = tmp.commit('initial', {
    'prompts/greet.md': 'Hello {{name}}\n',
    'prompts/long.md': `${'a'.repeat(BLOB_LIMIT)}TAIL\n`,
    'prompts/nested/deep.md': 'deep\n',
  })
  writeFileSync(join(tmp.dir, 'assets.bin'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]))
  writeFileSync(join(tmp.dir, 'prompts/latin1.md'), Buffer.from('caf\xe9\n', 'latin1'))
  tmp.commit('binary and latin-1 files', { 'prompts/greet.md': 'Hello {{name}}!\n' })
  emu = await startEmulator({
    repoDir: tmp.dir,
    owner,
    repo,
    graphqlBlobTextLimit: BLOB_LIMIT,
    readOnlyTokens: ['ghs_fork'],
    apps: { ghs_rogue: ROGUE },
    actors: { ghp_zoe: 'zoe' },
  })
  gh = octokitFor(emu.url)
  head = (
    await emu.state.createPull({
      number: 1,
      head: 'feat',
      base: 'main',
      author: 'alice',
      title: 'Edit greet',
      body: 'Please review',
      files: { 'prompts/greet.md': 'Hi {{name}}\n', 'prompts/new.md': 'new\n' },
    })
  ).headSha
  emu.state.setTeam(owner, 'prompt-owners', ['erin', 'frank', 'grace'])
})

afterAll(async () => {
  await emu.close()
  tmp.remove()
})

beforeEach(() => {
  emu.clearFaults()
  emu.violations.length = 0
})

describe('schema', () => {
  it("is GitHub's published schema from the pinned package, with the upstream duplicate fields dropped", () => {
    const loaded = githubSchema()
    expect(loaded.source).toBe('@octokit/graphql-schema@15.26.1 schema.graphql')
    expect(loaded.duplicatesDropped).toEqual([
      'EnterpriseOwnerInfo.repositoryDeployKeySetting',
      'EnterpriseOwnerInfo.repositoryDeployKeySettingOrganizations',
    ])
    expect(loaded.schema.getType('PullRequestReview')).toBeDefined()
    expect(githubSchema()).toBe(loaded) // built once per process
  })
})

describe('git objects', () => {
  it('reads blobs by expression at a SHA and at a branch', async () => {
    const data = await gh.graphql<{
      repository: Record<string, { text: string; byteSize: number; isBinary: boolean; isTruncated: boolean; oid: string } | null>
    }>(
      `query($old: String!) { ${REPO} {
        old: object(expression: $old) { ... on Blob { text byteSize isBinary isTruncated oid } }
        now: object(expression: "main:prompts/greet.md") { ... on Blob { text byteSize isBinary isTruncated oid } }
      } }`,
      { old: `${base}:prompts/greet.md` },
    )
    expect(data.repository['old']).toEqual({
      text: 'Hello {{name}}\n',
      byteSize: 15,
      isBinary: false,
      isTruncated: false,
      oid: tmp.git('rev-parse', `${base}:prompts/greet.md`),
    })
    expect(data.repository['now']).toMatchObject({ text: 'Hello {{name}}!\n', byteSize: 16 })
    expect(emu.violations).toEqual([])
  })

  it('reports binary, invalid UTF-8 and truncated blobs as GitHub does', async () => {
    const data = await gh.graphql<{ repository: Record<string, unknown> }>(`{ ${REPO} {
      bin: object(expression: "main:assets.bin") { ... on Blob { text byteSize isBinary isTruncated } }
      latin1: object(expression: "main:prompts/latin1.md") { ... on Blob { text byteSize isBinary } }
      long: object(expression: "main:prompts/long.md") { ... on Blob { text byteSize isTruncated } }
    } }`)
    expect(data.repository['bin']).toEqual({ text: null, byteSize: 7, isBinary: true, isTruncated: false })
    expect(data.repository['latin1']).toEqual({ text: 'caf\uFFFD\n', byteSize: 5, isBinary: false })
    expect(data.repository['long']).toEqual({ text: 'a'.repeat(BLOB_LIMIT), byteSize: BLOB_LIMIT + 5, isTruncated: true })
    expect(emu.violations).toEqual([])
  })

  it('answers null, without an error, for a missing path or object', async () => {
    const reply = await post({
      query: `{ ${REPO} { a: object(expression: "main:nope.md") { oid } b: object(oid: "0123456789012345678901234567890123456789") { oid } c: object(expression: "no-such-branch") { oid } } }`,
    })
    expect(reply.body).toEqual({ data: { repository: { a: null, b: null, c: null } } })
    expect(emu.violations).toEqual([])
  })

  it('resolves a bare revision to a Commit, an oid to any object, and trees to entries', async () => {
    const treeOid = tmp.git('rev-parse', 'main:prompts')
    const data = await gh.graphql<{ repository: Record<string, Record<string, unknown>> }>(
      `query($tree: GitObjectID!) { ${REPO} {
        commit: object(expression: "main") { __typename ... on Commit { oid message messageHeadline committedDate author { name email user { login } } committer { user { login } } parents(first: 5) { totalCount nodes { oid } } } }
        byOid: object(oid: $tree) { __typename ... on Tree { entries { name path type } } }
        byPath: object(expression: "main:prompts") { ... on Tree { entries { name path type oid mode object { __typename } } } }
      } }`,
      { tree: treeOid },
    )
    const { commit, byOid, byPath } = data.repository as {
      commit: Record<string, unknown>
      byOid: Record<string, unknown>
      byPath: { entries: Array<Record<string, unknown>> }
    }
    expect(commit).toEqual({
      __typename: 'Commit',
      oid: tmp.git('rev-parse', 'main'),
      message: 'binary and latin-1 files',
      messageHeadline: 'binary and latin-1 files',
      committedDate: '2025-06-01T00:00:01Z',
      author: { name: 'Octo Cat', email: 'octocat@users.noreply.github.com', user: { login: 'octocat' } },
      committer: { user: { login: 'octocat' } },
      parents: { totalCount: 1, nodes: [{ oid: base }] },
    })
    expect(byOid).toMatchObject({
      __typename: 'Tree',
      entries: expect.arrayContaining([{ name: 'greet.md', path: 'greet.md', type: 'blob' }]),
    })
    expect(byPath.entries.find((e) => e['name'] === 'nested')).toEqual({
      name: 'nested',
      path: 'prompts/nested',
      type: 'tree',
      oid: tmp.git('rev-parse', 'main:prompts/nested'),
      mode: 0o40000,
      object: { __typename: 'Tree' },
    })
    expect(byPath.entries.find((e) => e['name'] === 'greet.md')).toMatchObject({
      path: 'prompts/greet.md',
      mode: 0o100644,
      object: { __typename: 'Blob' },
    })
    expect(emu.violations).toEqual([])
  })

  it('answers many aliases, variables, fragments, @include and @skip in one query', async () => {
    const paths = ['prompts/greet.md', 'prompts/long.md', 'prompts/nested/deep.md', 'missing.md', 'prompts/latin1.md']
    const exprs = Array.from({ length: 30 }, (_, i) => `main:${paths[i % paths.length]}`)
    const defs = exprs.map((_, i) => `$e${i}: String!`).join(', ')
    const fields = exprs.map((_, i) => `f${i}: object(expression: $e${i}) { ...blob }`).join('\n')
    const query = `query(${defs}, $withOrgs: Boolean!, $noTeam: Boolean!) {
      ${REPO} { ${fields} }
      o1: organization(login: "${owner}") @include(if: $withOrgs) { login }
      o2: organization(login: "ACME") @include(if: $withOrgs) { login team(slug: "prompt-owners") @skip(if: $noTeam) { slug } }
    }
    fragment blob on Blob { byteSize isTruncated }`
    const variables = { ...Object.fromEntries(exprs.map((e, i) => [`e${i}`, e])), withOrgs: true, noTeam: true }
    const before = emu.requests.length
    const data = await gh.graphql<{ repository: Record<string, unknown>; o1: unknown; o2: unknown }>(query, variables)
    expect(emu.requests.length - before).toBe(1)
    expect(Object.keys(data.repository)).toHaveLength(30)
    expect(data.repository['f0']).toEqual({ byteSize: 16, isTruncated: false })
    expect(data.repository['f1']).toEqual({ byteSize: BLOB_LIMIT + 5, isTruncated: true })
    expect(data.repository['f3']).toBeNull()
    expect(data.o1).toEqual({ login: owner })
    expect(data.o2).toEqual({ login: owner })
    expect(emu.violations).toEqual([])
  })
})

describe('pull requests', () => {
  it('serves the pull request as REST does', async () => {
    const data = await gh.graphql<{ repository: { pullRequest: Record<string, unknown> } }>(`{ ${REPO} { pullRequest(number: 1) {
      number title body state isDraft merged mergedAt mergeCommit { oid } author { __typename login } headRefOid baseRefOid baseRefName headRefName createdAt
      databaseId changedFiles additions deletions
      files(first: 10) { totalCount nodes { path additions deletions changeType } }
      commits(first: 10) { totalCount nodes { commit { oid message author { user { login } email } committer { user { login } } } } }
    } } }`)
    const rest = (await gh.rest.pulls.get({ owner, repo, pull_number: 1 })).data
    expect(data.repository.pullRequest).toEqual({
      number: 1,
      title: 'Edit greet',
      body: 'Please review',
      state: 'OPEN',
      isDraft: false,
      merged: false,
      mergedAt: null,
      mergeCommit: null,
      author: { __typename: 'User', login: 'alice' },
      headRefOid: head,
      baseRefOid: rest.base.sha,
      baseRefName: 'main',
      headRefName: 'feat',
      createdAt: rest.created_at,
      databaseId: rest.id,
      changedFiles: rest.changed_files,
      additions: rest.additions,
      deletions: rest.deletions,
      files: {
        totalCount: 2,
        nodes: [
          { path: 'prompts/greet.md', additions: 1, deletions: 1, changeType: 'MODIFIED' },
          { path: 'prompts/new.md', additions: 1, deletions: 0, changeType: 'ADDED' },
        ],
      },
      commits: {
        totalCount: 1,
        nodes: [
          {
            commit: {
              oid: head,
              message: 'Edit greet',
              author: { user: { login: 'alice' }, email: 'alice@users.noreply.github.com' },
              committer: { user: { login: 'alice' } },
            },
          },
        ],
      },
    })
    expect(emu.violations).toEqual([])
  })

  it('pages reviews with opaque cursors, in submission order', async () => {
    const ids = [
      emu.state.addReview(1, 'bob', 'APPROVED', 'lgtm'),
      emu.state.addReview(1, 'carol', 'CHANGES_REQUESTED', 'no'),
      emu.state.addReview(1, 'dave', 'COMMENTED', 'hm'),
    ].map((r) => r.id)
    type Page = {
      repository: {
        pullRequest: {
          reviews: {
            totalCount: number
            pageInfo: { hasNextPage: boolean; endCursor: string | null }
            nodes: Array<{
              databaseId: number
              author: { login: string }
              state: string
              body: string
              submittedAt: string
              commit: { oid: string }
            }>
          }
        }
      }
    }
    const query = `query($after: String) { ${REPO} { pullRequest(number: 1) { reviews(first: 2, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } nodes { databaseId author { login } state body submittedAt commit { oid } } } } } }`
    const first = (await gh.graphql<Page>(query)).repository.pullRequest.reviews
    expect(first.totalCount).toBe(3)
    expect(first.nodes.map((r) => [r.databaseId, r.author.login, r.state])).toEqual([
      [ids[0], 'bob', 'APPROVED'],
      [ids[1], 'carol', 'CHANGES_REQUESTED'],
    ])
    expect(first.nodes[0]?.commit.oid).toBe(head)
    expect(first.pageInfo.hasNextPage).toBe(true)
    expect(first.pageInfo.endCursor).not.toMatch(/^\d+$/)
    const second = (await gh.graphql<Page>(query, { after: first.pageInfo.endCursor })).repository.pullRequest.reviews
    expect(second.nodes.map((r) => r.author.login)).toEqual(['dave'])
    expect(second.pageInfo.hasNextPage).toBe(false)
    const rest = (await gh.rest.pulls.listReviews({ owner, repo, pull_number: 1 })).data
    expect([...first.nodes, ...second.nodes].map((r) => [r.databaseId, r.submittedAt])).toEqual(
      rest.map((r) => [r.id, r.submitted_at]),
    )
    expect(emu.violations).toEqual([])
  })

  it("shows the app's bot as a Bot whose login has no [bot] suffix", async () => {
    await gh.rest.pulls.createReview({ owner, repo, pull_number: 1, event: 'COMMENT', body: 'Risk: low' })
    const data = await gh.graphql<{
      repository: { pullRequest: { reviews: { nodes: Array<{ author: { __typename: string; login: string } }> } } }
    }>(`{ ${REPO} { pullRequest(number: 1) { reviews(last: 1) { nodes { author { __typename login } } } } } }`)
    expect(data.repository.pullRequest.reviews.nodes).toEqual([{ author: { __typename: 'Bot', login: 'promptops' } }])
    expect(emu.violations).toEqual([])
  })

  it('lists requested users and teams', async () => {
    await gh.rest.pulls.requestReviewers({ owner, repo, pull_number: 1, reviewers: ['bob'], team_reviewers: ['prompt-owners'] })
    const data = await gh.graphql<{
      repository: { pullRequest: { reviewRequests: unknown } }
    }>(`{ ${REPO} { pullRequest(number: 1) { reviewRequests(first: 10) {
      totalCount nodes { requestedReviewer { __typename ... on User { login } ... on Team { slug combinedSlug } } } } } } }`)
    expect(data.repository.pullRequest.reviewRequests).toEqual({
      totalCount: 2,
      nodes: [
        { requestedReviewer: { __typename: 'User', login: 'bob' } },
        { requestedReviewer: { __typename: 'Team', slug: 'prompt-owners', combinedSlug: 'acme/prompt-owners' } },
      ],
    })
    expect(emu.violations).toEqual([])
  })

  it('reports a merged pull request and its merge commit', async () => {
    await emu.state.createPull({
      number: 2,
      head: 'to-merge',
      base: 'main',
      author: 'bob',
      title: 'Merge me',
      files: { 'prompts/merged.md': 'm\n' },
    })
    const pr = await emu.state.mergePull(2)
    const data = await gh.graphql<{ repository: { pullRequest: unknown } }>(
      `{ ${REPO} { pullRequest(number: 2) { state merged mergedAt mergeCommit { oid } baseRefOid } } }`,
    )
    expect(data.repository.pullRequest).toEqual({
      state: 'MERGED',
      merged: true,
      mergedAt: pr.mergedAt,
      mergeCommit: { oid: pr.mergeCommitSha },
      baseRefOid: pr.baseShaAtClose,
    })
  })
})

describe('check runs', () => {
  it('reads runs created through REST back through GraphQL, filtered by app and name', async () => {
    await gh.rest.checks.create({
      owner,
      repo,
      name: 'promptops/risk',
      head_sha: head,
      status: 'completed',
      conclusion: 'action_required',
      details_url: 'https://example.test/risk',
      output: { title: 'Needs approval', summary: 'High risk', text: 'details' },
    })
    await gh.rest.checks.create({ owner, repo, name: 'promptops/audit', head_sha: head, status: 'in_progress' })
    const query = `query($sha: GitObjectID!, $app: Int, $name: String) { ${REPO} { object(oid: $sha) { ... on Commit { checkSuites(first: 10, filterBy: { appId: $app }) {
      totalCount nodes { databaseId status conclusion app { databaseId slug } checkRuns(first: 10, filterBy: { checkName: $name }) {
        totalCount pageInfo { hasNextPage endCursor } nodes { databaseId name status conclusion title summary text detailsUrl } } } } } } } }`
    type Suites = { repository: { object: { checkSuites: { totalCount: number; nodes: Array<Record<string, unknown>> } } } }
    const mine = (await gh.graphql<Suites>(query, { sha: head, app: 424242, name: 'promptops/risk' })).repository.object
      .checkSuites
    const rest = (await gh.rest.checks.listForRef({ owner, repo, ref: head, check_name: 'promptops/risk' })).data.check_runs[0]
    expect(mine.totalCount).toBe(1)
    expect(mine.nodes[0]).toMatchObject({
      databaseId: rest?.check_suite?.id,
      status: 'IN_PROGRESS',
      conclusion: null,
      app: { databaseId: 424242, slug: 'promptops' },
      checkRuns: {
        totalCount: 1,
        pageInfo: { hasNextPage: false },
        nodes: [
          {
            databaseId: rest?.id,
            name: 'promptops/risk',
            status: 'COMPLETED',
            conclusion: 'ACTION_REQUIRED',
            title: 'Needs approval',
            summary: 'High risk',
            text: 'details',
            detailsUrl: 'https://example.test/risk',
          },
        ],
      },
    })
    const all = (await gh.graphql<Suites>(query, { sha: head })).repository.object.checkSuites
    expect((all.nodes[0]?.['checkRuns'] as { totalCount: number }).totalCount).toBe(2)
    const other = (await gh.graphql<Suites>(query, { sha: head, app: 1 })).repository.object.checkSuites
    expect(other).toEqual({ totalCount: 0, nodes: [] })
    const none = (await gh.graphql<Suites>(query, { sha: base })).repository.object.checkSuites
    expect(none.totalCount).toBe(0)
    expect(emu.violations).toEqual([])
  })

  it("keeps another App's runs in that App's suite, in REST and GraphQL; users cannot create runs", async () => {
    const rogue = octokitFor(emu.url, 'ghs_rogue')
    const created = await rogue.rest.checks.create({
      owner,
      repo,
      name: 'promptops/approval',
      head_sha: head,
      status: 'completed',
      conclusion: 'success',
    })
    expect(created.data.app).toMatchObject({ id: 777, slug: 'rogue' })
    await expect(
      octokitFor(emu.url, 'ghp_zoe').rest.checks.create({ owner, repo, name: 'x', head_sha: head }),
    ).rejects.toMatchObject({ status: 403 })
    const listed = (await gh.rest.checks.listForRef({ owner, repo, ref: head, check_name: 'promptops/approval' })).data.check_runs
    expect(listed.map((r) => r.app?.slug)).toEqual(['rogue'])
    const query = `query($sha: GitObjectID!, $app: Int) { ${REPO} { object(oid: $sha) { ... on Commit { checkSuites(first: 10, filterBy: { appId: $app }) {
      nodes { databaseId app { databaseId slug } checkRuns(first: 10) { nodes { databaseId name checkSuite { app { slug } } } } } } } } } }`
    type Suites = {
      repository: {
        object: {
          checkSuites: {
            nodes: Array<{ databaseId: number; app: { slug: string }; checkRuns: { nodes: Array<{ name: string }> } }>
          }
        }
      }
    }
    const all = (await gh.graphql<Suites>(query, { sha: head })).repository.object.checkSuites.nodes
    expect(all.map((s) => [s.app.slug, s.checkRuns.nodes.map((r) => r.name)])).toEqual([
      ['promptops', ['promptops/risk', 'promptops/audit']],
      ['rogue', ['promptops/approval']],
    ])
    expect(all[1]?.databaseId).toBe(created.data.check_suite?.id)
    const ours = (await gh.graphql<Suites>(query, { sha: head, app: 424242 })).repository.object.checkSuites.nodes
    expect(ours.map((s) => s.app.slug)).toEqual(['promptops'])
    expect(emu.violations).toEqual([])
  })
})

describe('commit history', () => {
  it('lists commits like git log (every parent, newest first), pages them, and filters by path and date', async () => {
    const tip = tmp.git('rev-parse', 'main')
    const want = tmp.git('rev-list', tip).split('\n')
    const query = `query($oid: GitObjectID!, $after: String, $path: String) { ${REPO} { object(oid: $oid) { ... on Commit {
      history(first: 2, after: $after, path: $path) { totalCount pageInfo { hasNextPage endCursor } nodes { oid } } } } } }`
    type History = {
      repository: {
        object: {
          history: {
            totalCount: number
            pageInfo: { hasNextPage: boolean; endCursor: string | null }
            nodes: Array<{ oid: string }>
          }
        }
      }
    }
    const seen: string[] = []
    let after: string | null = null
    for (let page = 0; page < 10; page++) {
      const history: History['repository']['object']['history'] = (await gh.graphql<History>(query, { oid: tip, after }))
        .repository.object.history
      expect(history.totalCount).toBe(want.length)
      seen.push(...history.nodes.map((n) => n.oid))
      if (!history.pageInfo.hasNextPage) break
      after = history.pageInfo.endCursor
    }
    expect(seen).toEqual(want)
    const greet = (await gh.graphql<History>(query, { oid: tip, path: 'prompts/greet.md' })).repository.object.history
    expect(greet.nodes.map((n) => n.oid)).toEqual(tmp.git('rev-list', tip, '--', 'prompts/greet.md').split('\n').slice(0, 2))
    const since = await gh.graphql<{ repository: { object: { history: { totalCount: number } } } }>(
      `{ ${REPO} { object(oid: "${tip}") { ... on Commit { history(since: "2090-01-01T00:00:00Z") { totalCount } } } } }`,
    )
    expect(since.repository.object.history.totalCount).toBe(0)
    expect(emu.violations).toEqual([])
  })
})

describe('refs and protection', () => {
  it('agrees with the REST protection and rules routes', async () => {
    emu.state.protection.set('main', {
      requiredApprovingReviewCount: 2,
      requireCodeOwnerReviews: true,
      requiredStatusChecks: ['promptops/risk'],
    })
    emu.state.rulesets.push({
      name: 'main',
      branches: ['main'],
      rules: [
        { type: 'pull_request', requiredApprovingReviewCount: 2, requireCodeOwnerReview: true },
        { type: 'required_status_checks', checks: ['promptops/risk'] },
      ],
    })
    const data = await gh.graphql<{ repository: Record<string, Record<string, unknown> | null> }>(`{ ${REPO} {
      main: ref(qualifiedName: "refs/heads/main") { name prefix target { oid } branchProtectionRule {
        pattern requiresStatusChecks requiredStatusCheckContexts requiredStatusChecks { context } requiresCodeOwnerReviews requiredApprovingReviewCount }
        rules(first: 10) { nodes { type parameters { __typename
          ... on RequiredStatusChecksParameters { requiredStatusChecks { context integrationId } }
          ... on PullRequestParameters { requiredApprovingReviewCount requireCodeOwnerReview } } } } }
      feat: ref(qualifiedName: "feat") { name branchProtectionRule { pattern } rules(first: 10) { totalCount } }
      missing: ref(qualifiedName: "refs/heads/nope") { name }
    } }`)
    const protection = (await gh.rest.repos.getBranchProtection({ owner, repo, branch: 'main' })).data
    const rules = (await gh.rest.repos.getBranchRules({ owner, repo, branch: 'main' })).data as Array<{
      type: string
      parameters?: Record<string, unknown>
    }>
    const main = data.repository['main'] as {
      branchProtectionRule: Record<string, unknown>
      rules: { nodes: Array<{ type: string; parameters: Record<string, unknown> }> }
    }
    expect(data.repository['main']).toMatchObject({
      name: 'main',
      prefix: 'refs/heads/',
      target: { oid: tmp.git('rev-parse', 'main') },
    })
    expect(main.branchProtectionRule).toEqual({
      pattern: 'main',
      requiresStatusChecks: true,
      requiredStatusCheckContexts: protection.required_status_checks?.contexts,
      requiredStatusChecks: protection.required_status_checks?.checks.map((c) => ({ context: c.context })),
      requiresCodeOwnerReviews: protection.required_pull_request_reviews?.require_code_owner_reviews,
      requiredApprovingReviewCount: protection.required_pull_request_reviews?.required_approving_review_count,
    })
    expect(main.rules.nodes.map((r) => r.type.toLowerCase())).toEqual(rules.map((r) => r.type))
    const pullRule = rules.find((r) => r.type === 'pull_request')?.parameters
    expect(main.rules.nodes[0]?.parameters).toEqual({
      __typename: 'PullRequestParameters',
      requiredApprovingReviewCount: pullRule?.['required_approving_review_count'],
      requireCodeOwnerReview: pullRule?.['require_code_owner_review'],
    })
    const checksRule = rules.find((r) => r.type === 'required_status_checks')?.parameters?.['required_status_checks'] as Array<{
      context: string
    }>
    expect(main.rules.nodes[1]?.parameters).toEqual({
      __typename: 'RequiredStatusChecksParameters',
      requiredStatusChecks: checksRule.map((c) => ({ context: c.context, integrationId: null })),
    })
    expect(data.repository['feat']).toEqual({ name: 'feat', branchProtectionRule: null, rules: { totalCount: 0 } })
    expect(data.repository['missing']).toBeNull()
    expect(emu.violations).toEqual([])
  })

  it('shows pinned check sources, force-push and deletion settings and ruleset rules as REST does', async () => {
    emu.state.rulesets.length = 0
    emu.state.protection.set('main', {
      requiredStatusChecks: [{ context: 'promptops/approval', appId: 424242 }, 'ci'],
      allowDeletions: true,
      requireLastPushApproval: true,
    })
    emu.state.rulesets.push({
      name: 'audit',
      branches: ['main'],
      rules: [
        { type: 'non_fast_forward' },
        { type: 'deletion' },
        { type: 'required_status_checks', checks: [{ context: 'promptops/approval', appId: 424242 }] },
      ],
    })
    const data = await gh.graphql<{
      repository: { ref: { branchProtectionRule: Record<string, unknown>; rules: { nodes: Array<Record<string, unknown>> } } }
    }>(`{ ${REPO} {
      ref(qualifiedName: "main") { branchProtectionRule { requiredStatusChecks { context app { databaseId slug } } allowsForcePushes allowsDeletions requireLastPushApproval }
        rules(first: 10) { nodes { type repositoryRuleset { name } parameters { ... on RequiredStatusChecksParameters { requiredStatusChecks { context integrationId } } } } } } } }`)
    const rest = (await gh.rest.repos.getBranchProtection({ owner, repo, branch: 'main' })).data
    const { branchProtectionRule: rule, rules } = data.repository.ref
    expect(rule).toEqual({
      requiredStatusChecks: [
        { context: 'promptops/approval', app: { databaseId: 424242, slug: 'promptops' } },
        { context: 'ci', app: null },
      ],
      allowsForcePushes: rest.allow_force_pushes?.enabled,
      allowsDeletions: rest.allow_deletions?.enabled,
      requireLastPushApproval: rest.required_pull_request_reviews?.require_last_push_approval,
    })
    expect(rest.required_status_checks?.checks.map((c) => c.app_id)).toEqual([424242, null])
    expect(rules.nodes).toEqual([
      { type: 'NON_FAST_FORWARD', repositoryRuleset: { name: 'audit' }, parameters: null },
      { type: 'DELETION', repositoryRuleset: { name: 'audit' }, parameters: null },
      {
        type: 'REQUIRED_STATUS_CHECKS',
        repositoryRuleset: { name: 'audit' },
        parameters: { requiredStatusChecks: [{ context: 'promptops/approval', integrationId: 424242 }] },
      },
    ])
    expect(emu.violations).toEqual([])
  })

  it('reports the up-to-date policy and merge queue rules as REST does', async () => {
    emu.state.rulesets.length = 0
    emu.state.protection.set('main', { requiredStatusChecks: ['promptops/approval'], requireUpToDate: false })
    emu.state.rulesets.push({
      name: 'queue',
      branches: ['main'],
      rules: [{ type: 'required_status_checks', checks: ['ci'], upToDate: false }, { type: 'merge_queue' }],
    })
    const data = await gh.graphql<{
      repository: { ref: { branchProtectionRule: Record<string, unknown>; rules: { nodes: Array<Record<string, unknown>> } } }
    }>(`{ ${REPO} {
      ref(qualifiedName: "main") { branchProtectionRule { requiresStrictStatusChecks }
        rules(first: 10) { nodes { type parameters {
          ... on RequiredStatusChecksParameters { strictRequiredStatusChecksPolicy }
          ... on MergeQueueParameters { mergeMethod groupingStrategy } } } } } } }`)
    const rest = (await gh.rest.repos.getBranchProtection({ owner, repo, branch: 'main' })).data
    const restRules = (await gh.rest.repos.getBranchRules({ owner, repo, branch: 'main' })).data
    expect(data.repository.ref.branchProtectionRule).toEqual({ requiresStrictStatusChecks: rest.required_status_checks?.strict })
    expect(rest.required_status_checks?.strict).toBe(false)
    expect(restRules.map((r) => r.type)).toEqual(['required_status_checks', 'merge_queue'])
    const restQueue = restRules[1] as { parameters?: { merge_method?: string; grouping_strategy?: string } }
    expect(data.repository.ref.rules.nodes).toEqual([
      { type: 'REQUIRED_STATUS_CHECKS', parameters: { strictRequiredStatusChecksPolicy: false } },
      {
        type: 'MERGE_QUEUE',
        parameters: {
          mergeMethod: restQueue.parameters?.merge_method,
          groupingStrategy: restQueue.parameters?.grouping_strategy,
        },
      },
    ])
    expect(emu.violations).toEqual([])
  })

  it('serves the default branch', async () => {
    const data = await gh.graphql<{ repository: unknown }>(
      `{ ${REPO} { name nameWithOwner owner { login } defaultBranchRef { name target { oid } } } }`,
    )
    expect(data.repository).toEqual({
      name: repo,
      nameWithOwner: `${owner}/${repo}`,
      owner: { login: owner },
      defaultBranchRef: { name: 'main', target: { oid: tmp.git('rev-parse', 'main') } },
    })
  })
})

describe('organization, users and rate limit', () => {
  it('pages team members and answers null for an unknown team', async () => {
    type Team = {
      organization: {
        login: string
        team: {
          slug: string
          combinedSlug: string
          name: string
          members: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; nodes: Array<{ login: string }> }
        } | null
      }
    }
    const query = `query($slug: String!, $after: String) { organization(login: "${owner}") { login team(slug: $slug) { slug combinedSlug name
      members(first: 2, after: $after, membership: ALL) { totalCount pageInfo { hasNextPage endCursor } nodes { login } } } } }`
    const first = (await gh.graphql<Team>(query, { slug: 'prompt-owners' })).organization.team
    expect(first).toMatchObject({
      slug: 'prompt-owners',
      combinedSlug: 'acme/prompt-owners',
      name: 'prompt-owners',
      members: { totalCount: 3, pageInfo: { hasNextPage: true }, nodes: [{ login: 'erin' }, { login: 'frank' }] },
    })
    const second = (await gh.graphql<Team>(query, { slug: 'prompt-owners', after: first?.members.pageInfo.endCursor }))
      .organization.team
    expect(second?.members.nodes).toEqual([{ login: 'grace' }])
    expect((await gh.graphql<Team>(query, { slug: 'nobody' })).organization.team).toBeNull()
    expect(emu.violations).toEqual([])
  })

  it('serves user, viewer and rateLimit', async () => {
    const reply = await post<{
      user: unknown
      viewer: unknown
      rateLimit: { limit: number; cost: number; remaining: number; resetAt: string }
    }>({ query: '{ user(login: "zoe") { login } viewer { login } rateLimit { limit cost remaining resetAt } }' })
    expect(reply.body.data).toMatchObject({
      user: { login: 'zoe' },
      viewer: { login: 'promptops[bot]' },
      rateLimit: { limit: 5000, cost: 1, resetAt: '2026-01-01T01:00:00Z' },
    })
    expect(reply.headers.get('content-type')).toBe('application/json; charset=utf-8')
    expect(reply.headers.get('x-ratelimit-resource')).toBe('graphql')
    expect(reply.headers.get('x-ratelimit-remaining')).toBe(String(reply.body.data?.rateLimit.remaining))
    expect(emu.violations).toEqual([])
  })

  it("charges GitHub's documented cost: one request per fetched connection, /100", async () => {
    const query = `{ ${REPO} { pullRequest(number: 1) { reviews(first: 100) { nodes { commit { checkSuites(first: 50) { nodes { checkRuns(first: 60) { nodes { name } } } } } } } } } rateLimit { cost } }`
    // 1 + 100 × (1 + 50 × 1) = 5,101 requests → 51 points
    const reply = await post<{ rateLimit: { cost: number } }>({ query })
    expect(reply.body.data?.rateLimit.cost).toBe(51)
    expect(emu.violations).toEqual([])
  })
})

describe('errors', () => {
  it('answers an unknown repository with NOT_FOUND and partial data', async () => {
    const reply = await post({
      query: `{ ok: ${REPO} { name } gone: repository(owner: "${owner}", name: "nope") { name } org: organization(login: "other") { login } }`,
    })
    expect(reply.status).toBe(200)
    expect(reply.body.data).toEqual({ ok: { name: repo }, gone: null, org: null })
    expect(reply.body.errors).toEqual([
      {
        type: 'NOT_FOUND',
        path: ['gone'],
        locations: [{ line: 1, column: 59 }],
        message: "Could not resolve to a Repository with the name 'acme/nope'.",
      },
      {
        type: 'NOT_FOUND',
        path: ['org'],
        locations: [expect.anything()],
        message: "Could not resolve to an Organization with the login of 'other'.",
      },
    ])
    expect(emu.violations).toEqual([]) // GitHub answers the same; the client must handle it
  })

  it('rejects an unknown field with errors, no data, and a violation', async () => {
    const reply = await post({ query: `{ ${REPO} { name frobnicate } }` })
    expect(reply.status).toBe(200)
    expect(reply.body).toEqual({
      errors: [{ locations: [{ line: 1, column: 53 }], message: 'Cannot query field "frobnicate" on type "Repository".' }],
    })
    expect(emu.violations).toMatchObject([
      { kind: 'graphql', operation: 'POST /graphql', problems: [expect.stringContaining('frobnicate')] },
    ])
  })

  it('rejects syntax errors, bad variables and a body without a query', async () => {
    for (const body of [
      { query: '{ repository(' },
      { query: 'query($n: Int!) { viewer { login } }', variables: { n: 'x' } },
      { variables: {} },
    ]) {
      emu.violations.length = 0
      const reply = await post(body)
      expect(reply.status).toBe(200)
      expect(reply.body.data).toBeUndefined()
      expect(reply.body.errors).toHaveLength(1)
      expect(emu.violations.map((v) => v.kind)).toEqual(['graphql'])
    }
  })

  it('requires first or last on a connection whose nodes are selected, but not for a bare totalCount', async () => {
    const reply = await post({ query: `{ ${REPO} { pullRequest(number: 1) { title reviews { nodes { state } } } } }` })
    expect(reply.body.data).toEqual({ repository: { pullRequest: { title: 'Edit greet', reviews: null } } })
    expect(reply.body.errors).toMatchObject([
      {
        type: 'MISSING_PAGINATION_BOUNDARIES',
        path: ['repository', 'pullRequest', 'reviews'],
        message: 'You must provide a `first` or `last` value to properly paginate the `reviews` connection.',
      },
    ])
    expect(emu.violations).toMatchObject([
      { kind: 'graphql', problems: [expect.stringContaining('MISSING_PAGINATION_BOUNDARIES')] },
    ])
    emu.violations.length = 0
    const counted = await post<{ repository: { pullRequest: { reviews: { totalCount: number } } } }>({
      query: `{ ${REPO} { pullRequest(number: 1) { reviews { totalCount } } } }`,
    })
    expect(counted.body.errors).toBeUndefined()
    expect(emu.violations).toEqual([])
  })

  it.each([
    [101, 'Requesting 101 records on the `members` connection exceeds the `first` limit of 100 records.'],
    [0, '`first` on the `members` connection must be between 1 and 100, not 0.'],
  ])('refuses first: %i with EXCESSIVE_PAGINATION', async (first, message) => {
    const reply = await post({
      query: `query($n: Int) { organization(login: "${owner}") { team(slug: "prompt-owners") { members(first: $n) { nodes { login } } } } }`,
      variables: { n: first },
    })
    // members is non-null, so the null reaches the nullable team, as on GitHub.
    expect(reply.body.data).toEqual({ organization: { team: null } })
    expect(reply.body.errors).toMatchObject([
      { type: 'EXCESSIVE_PAGINATION', path: ['organization', 'team', 'members'], message },
    ])
    expect(emu.violations.map((v) => v.kind)).toEqual(['graphql'])
  })

  it('refuses a cursor it did not issue', async () => {
    const reply = await post({
      query: `{ ${REPO} { pullRequest(number: 1) { reviews(first: 1, after: "bm90LWEtY3Vyc29y") { nodes { state } } } } }`,
    })
    expect(reply.body.errors).toMatchObject([
      { type: 'INVALID_CURSOR_ARGUMENTS', message: '`bm90LWEtY3Vyc29y` does not appear to be a valid cursor.' },
    ])
    expect(emu.violations.map((v) => v.kind)).toEqual(['graphql'])
  })

  it('refuses a query over 500,000 nodes before running it', async () => {
    const reply = await post({
      query: `{ organization(login: "${owner}") { team(slug: "prompt-owners") { members(first: 100) { nodes { repositories(first: 100) { nodes { pullRequests(first: 100) { totalCount } } } } } } } }`,
    })
    expect(reply.body.data).toBeUndefined()
    expect(reply.body.errors).toMatchObject([
      { type: 'MAX_NODE_LIMIT_EXCEEDED', message: expect.stringContaining('1,010,100 possible nodes') },
    ])
    expect(emu.violations.map((v) => v.kind)).toEqual(['graphql'])
  })

  it('records a violation for a non-null field the emulator does not model', async () => {
    const reply = await post({ query: `{ ${REPO} { name isArchived } }` })
    expect(reply.body.data).toEqual({ repository: null })
    expect(reply.body.errors).toMatchObject([
      { path: ['repository', 'isArchived'], message: 'Repository.isArchived is not emulated' },
    ])
    expect(emu.violations).toMatchObject([
      { kind: 'graphql', problems: ['repository.isArchived: Repository.isArchived is not emulated'] },
    ])
  })

  it('records a violation when the emulator serves a value the schema forbids', async () => {
    // A status GitHub never reports: the enum serializer refuses it, as a resolver bug would crash.
    const bogus = { ...[...emu.state.checkRuns.values()][0]!, id: 1, status: 'bogus' }
    emu.state.checkRuns.set(1, bogus)
    const reply = await post({
      query: `{ ${REPO} { object(oid: "${bogus.headSha}") { ... on Commit { checkSuites(first: 1) { nodes { checkRuns(first: 10) { nodes { name status } } } } } } } }`,
    })
    emu.state.checkRuns.delete(1)
    expect(reply.body.errors).toMatchObject([
      { path: ['repository', 'object', 'checkSuites', 'nodes', 0, 'checkRuns', 'nodes', 0, 'status'] },
    ])
    expect(emu.violations).toMatchObject([
      { kind: 'graphql', problems: [expect.stringContaining('Enum "CheckStatusState" cannot represent value: "BOGUS"')] },
    ])
  })

  it('serves no mutations: a violation, or FORBIDDEN for a read-only token as GitHub answers it', async () => {
    const mutation = { query: 'mutation { addComment(input: { subjectId: "x", body: "hi" }) { clientMutationId } }' }
    const refused = await post(mutation)
    expect(refused.body.errors).toMatchObject([{ message: expect.stringContaining('mutation operations are not emulated') }])
    expect(emu.violations.map((v) => v.kind)).toEqual(['graphql'])
    emu.violations.length = 0
    const forbidden = await post(mutation, 'ghs_fork')
    expect(forbidden.body).toEqual({
      data: { addComment: null },
      errors: [
        {
          type: 'FORBIDDEN',
          path: ['addComment'],
          locations: [{ line: 1, column: 12 }],
          message: 'Resource not accessible by integration',
        },
      ],
    })
    expect(emu.violations).toEqual([])
  })
})

describe('transport', () => {
  it('answers 401 without a token, and a JSON web token, with an auth violation', async () => {
    const reply = await post({ query: '{ viewer { login } }' }, null)
    expect(reply.status).toBe(401)
    expect(reply.body.message).toBe('This endpoint requires you to be authenticated.')
    const jwt = await post({ query: '{ viewer { login } }' }, 'eyJhbGciOiJSUzI1NiJ9.eyJpc3MiOjF9.c2ln')
    expect(jwt.status).toBe(401)
    expect(emu.violations.map((v) => [v.kind, v.operation])).toEqual([
      ['auth', 'POST /graphql'],
      ['auth', 'POST /graphql'],
    ])
  })

  it('answers 400 to a body that is not JSON', async () => {
    const reply = await post('{ viewer { login } }')
    expect(reply.status).toBe(400)
    expect(emu.violations.map((v) => v.kind)).toEqual(['json'])
  })

  it('applies faults keyed "POST /graphql": a 502, then a held response', async () => {
    emu.setFault({ route: 'POST /graphql', status: 502 })
    await expect(gh.graphql('{ viewer { login } }')).rejects.toMatchObject({ status: 502 })
    expect(await gh.graphql('{ viewer { login } }')).toEqual({ viewer: { login: 'promptops[bot]' } })
    emu.setFault({ route: '/graphql', delayMs: 2000 })
    const started = Date.now()
    await expect(gh.graphql('{ viewer { login } }', { request: { signal: AbortSignal.timeout(150) } })).rejects.toThrow()
    expect(Date.now() - started).toBeLessThan(1500)
    expect(emu.violations).toEqual([])
  })

  it('records requests; other methods on the path are REST 404s', async () => {
    const before = emu.requests.length
    await gh.graphql('query Who { viewer { login } }')
    const [recorded] = emu.requests.slice(before)
    expect(recorded).toMatchObject({ method: 'POST', url: '/graphql', headers: { authorization: 'token ghs_testtoken' } })
    expect(JSON.parse(recorded?.body ?? '{}')).toEqual({ query: 'query Who { viewer { login } }' })
    await expect(gh.request('GET /graphql')).rejects.toMatchObject({ status: 404 })
    expect(emu.violations.map((v) => v.kind)).toEqual(['route'])
  })
})

describe('GitHub Enterprise Server prefix', () => {
  it.each([
    ['', '/graphql'],
    ['/api/v3', '/api/graphql'],
    ['/ghe/api/v3', '/ghe/api/graphql'],
    ['/custom', '/custom/graphql'],
  ])('maps REST prefix %j to %s, as @octokit/graphql does', (prefix, path) => {
    expect(graphqlPath(prefix)).toBe(path)
  })

  it('serves /api/graphql when the REST prefix is /api/v3, with the default blob text limit', async () => {
    const ghesRepo = createTempRepo()
    ghesRepo.commit('big', { 'big.md': 'b'.repeat(512 * 1024 + 1), 'small.md': 's\n' })
    const ghes = await startEmulator({ repoDir: ghesRepo.dir, owner, repo, pathPrefix: '/api/v3' })
    try {
      expect(ghes.graphqlUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/graphql$/)
      ghes.setFault({ route: 'POST /graphql', status: 502 })
      const client = octokitFor(ghes.url)
      await expect(client.graphql('{ viewer { login } }')).rejects.toMatchObject({ status: 502 })
      const data = await client.graphql<{ repository: Record<string, { isTruncated: boolean; text: string } | null> }>(
        `{ ${REPO} { big: object(expression: "HEAD:big.md") { ... on Blob { isTruncated text } } small: object(expression: "HEAD:small.md") { ... on Blob { isTruncated text } } } }`,
      )
      expect(data.repository['big']?.isTruncated).toBe(true)
      expect(data.repository['big']?.text).toHaveLength(512 * 1024)
      expect(data.repository['small']).toEqual({ isTruncated: false, text: 's\n' })
      expect(ghes.requests.map((r) => [r.method, r.url])).toEqual([
        ['POST', '/api/graphql'],
        ['POST', '/api/graphql'],
      ])
      expect(ghes.violations).toEqual([])
    } finally {
      await ghes.close()
      ghesRepo.remove()
    }
  })
})
