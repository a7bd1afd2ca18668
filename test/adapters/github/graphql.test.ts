// The snapshot query's shape and answer mapping: paths as git has them (mode, object, exact
// text or a REST re-read), the pull request with its reviews (bots, write access), commits'
// people as GitHub resolved them, the last base change, PRs sharing a head, our check runs,
// required checks with the app they are pinned to, the merge queue; which per-field errors are
// tolerated and which fail the read.
import { describe, expect, it } from '@jest/globals'
import { mapSnapshot } from '../../../src/adapters/github/graphql/answer.js'
import { readSnapshot } from '../../../src/adapters/github/graphql/read.js'
import { buildSnapshotQuery } from '../../../src/adapters/github/graphql/request.js'
import type { GitHubClient } from '../../../src/adapters/github/octokit.js'

const REPO = { owner: 'acme', repo: 'prompts' }

describe('buildSnapshotQuery', () => {
  it('declares one variable per path, commit and team, and only the parts asked for', () => {
    const { query, variables } = buildSnapshotQuery(REPO, {
      files: [
        { commit: 'abc', path: 'a.md' },
        { commit: 'abc', path: 'b.md', stateOnly: true },
      ],
      teams: ['acme/legal'],
    })
    expect(variables).toEqual({
      owner: 'acme',
      name: 'prompts',
      fc0: 'abc',
      fp0: 'a.md',
      fc1: 'abc',
      fp1: 'b.md',
      org0: 'acme',
      team0: 'legal',
    })
    expect(query).toContain('f0: object(oid: $fc0) { ... on Commit { file(path: $fp0) { mode type oid object {')
    expect(query).toContain('f1: object(oid: $fc1) { ... on Commit { file(path: $fp1) { mode type oid } } }')
    expect(query).toContain('t0: organization(login: $org0) { team(slug: $team0)')
    expect(query).not.toContain('pullRequest')
    expect(query).not.toContain('checkSuites')
  })
  it('asks for reviews, commits and base changes only with details', () => {
    expect(buildSnapshotQuery(REPO, { pull: { number: 1, details: false } }).query).not.toContain('reviews(')
    const { query } = buildSnapshotQuery(REPO, { pull: { number: 1, details: true } })
    expect(query).toContain('authorCanPushToRepository')
    expect(query).toContain('authors(first: 20)')
    expect(query).toContain('BASE_REF_CHANGED_EVENT')
  })
  it('asks for something valid when asked for nothing', () => {
    expect(buildSnapshotQuery(REPO, {}).query).toMatch(/repository\(owner: \$owner, name: \$name\) \{\s+id\s+\}/)
  })
})

const entry = (mode: number, text: unknown, extra: Record<string, unknown> = {}) => ({
  mode,
  type: 'blob',
  oid: 'o1',
  object: { isBinary: false, isTruncated: false, text, ...extra },
})

describe('mapSnapshot', () => {
  it('maps paths: absent, modes, binary, exact text, and what REST must re-read', () => {
    const files = ['absent', 'sym', 'bin', 'text', 'truncated', 'replacement', 'nul', 'sub'].map((path) => ({
      commit: 's',
      path,
    }))
    const repository = {
      f0: { file: null },
      f1: { file: entry(0o120000, 'target.md') },
      f2: { file: { mode: 0o100644, type: 'blob', oid: 'o2', object: { isBinary: true, isTruncated: false, text: null } } },
      f3: { file: entry(0o100755, 'hi\n') },
      f4: { file: entry(0o100644, 'h', { isTruncated: true }) },
      f5: { file: entry(0o100644, 'caf\uFFFD') },
      f6: { file: entry(0o100644, 'a\0b') },
      f7: { file: { mode: 0o160000, type: 'commit', oid: 'c1', object: null } },
    }
    const s = mapSnapshot({ files }, { repository }, [])
    expect([...s.files.values()]).toEqual([
      null,
      { mode: '120000', type: 'blob', oid: 'o1', text: { text: 'target.md', binary: false } },
      { mode: '100644', type: 'blob', oid: 'o2', text: { text: null, binary: true } },
      { mode: '100755', type: 'blob', oid: 'o1', text: { text: 'hi\n', binary: false } },
      { mode: '100644', type: 'blob', oid: 'o1', text: 'refetch' },
      { mode: '100644', type: 'blob', oid: 'o1', text: 'refetch' },
      { mode: '100644', type: 'blob', oid: 'o1', text: { text: null, binary: true } },
      { mode: '160000', type: 'commit', oid: 'c1' },
    ])
  })

  it('maps the pull request: state, reviews with REST logins and write access, commit people, base change', () => {
    const data = {
      repository: {
        pullRequest: {
          number: 4,
          state: 'OPEN',
          title: 't',
          url: 'u',
          createdAt: '2026-01-01T00:00:00Z',
          isCrossRepository: false,
          changedFiles: 2,
          author: { __typename: 'User', login: 'alice' },
          headRefName: 'feat',
          headRefOid: 'h',
          headRepository: { name: 'prompts', owner: { login: 'acme' } },
          baseRefName: 'main',
          baseRefOid: 'b-old',
          baseRef: { target: { oid: 'b-tip' } },
          reviews: {
            totalCount: 4,
            nodes: [
              {
                databaseId: 7,
                state: 'APPROVED',
                body: 'ok',
                submittedAt: '2026-01-02T00:00:00Z',
                authorCanPushToRepository: true,
                author: { __typename: 'User', login: 'sam' },
                commit: { oid: 'c1' },
              },
              {
                databaseId: 8,
                state: 'APPROVED',
                body: '',
                submittedAt: null,
                authorCanPushToRepository: false,
                author: { __typename: 'Bot', login: 'renovate' },
                commit: null,
              },
              {
                databaseId: 9,
                state: 'COMMENTED',
                body: 'x',
                submittedAt: null,
                lastEditedAt: '2026-01-04T00:00:00Z',
                editor: { __typename: 'User', login: 'alice' },
                author: { __typename: 'User', login: 'gina' },
                commit: null,
              },
              {
                databaseId: 10,
                state: 'COMMENTED',
                body: 'y',
                submittedAt: null,
                lastEditedAt: '2026-01-04T00:00:00Z',
                editor: null,
                author: { __typename: 'User', login: 'gina' },
                commit: null,
              },
            ],
          },
          reviewRequests: {
            totalCount: 2,
            nodes: [
              { requestedReviewer: { __typename: 'User', login: 'lee' } },
              { requestedReviewer: { __typename: 'Team', slug: 'legal' } },
            ],
          },
          commits: {
            totalCount: 1,
            pageInfo: { hasNextPage: false, endCursor: 'x' },
            nodes: [
              {
                commit: {
                  oid: 'c1',
                  authors: {
                    totalCount: 2,
                    nodes: [
                      { email: 'a@x.example', user: { login: 'alice' } },
                      { email: 'ghost@x.example', user: null },
                    ],
                  },
                  committer: { email: 'sam@x.example', user: { login: 'sam' } },
                },
              },
            ],
          },
          timelineItems: { nodes: [{ __typename: 'BaseRefChangedEvent', createdAt: '2026-01-03T00:00:00Z' }] },
        },
      },
    }
    const s = mapSnapshot({ pull: { number: 4, details: true } }, data, [])
    expect(s.pull).toEqual({
      number: 4,
      state: 'OPEN',
      title: 't',
      url: 'u',
      createdAt: '2026-01-01T00:00:00Z',
      author: { login: 'alice', bot: false },
      headSha: 'h',
      headRef: 'feat',
      headRepo: { owner: 'acme', repo: 'prompts' },
      crossRepository: false,
      baseRef: 'main',
      baseSha: 'b-tip',
      changedFiles: 2,
    })
    expect(s.reviews).toEqual([
      {
        id: 7,
        user: { login: 'sam', type: 'User' },
        state: 'APPROVED',
        commit_id: 'c1',
        body: 'ok',
        submitted_at: '2026-01-02T00:00:00Z',
        author_can_push: true,
        body_written_by: 'sam',
      },
      {
        id: 8,
        user: { login: 'renovate[bot]', type: 'Bot' },
        state: 'APPROVED',
        commit_id: null,
        body: '',
        author_can_push: false,
        body_written_by: 'renovate[bot]',
      },
      // Edited by someone else since (GitHub lets anyone with write access), or by an account it no longer shows.
      { id: 9, user: { login: 'gina', type: 'User' }, state: 'COMMENTED', commit_id: null, body: 'x', body_written_by: 'alice' },
      { id: 10, user: { login: 'gina', type: 'User' }, state: 'COMMENTED', commit_id: null, body: 'y', body_written_by: null },
    ])
    expect(s.requested).toEqual({ users: ['lee'], teams: ['legal'] })
    expect(s.commits).toEqual([{ oid: 'c1', logins: ['alice', 'sam'], unresolved: ['ghost@x.example'], truncated: false }])
    expect(s.commitsCursor).toBeNull()
    expect(s.baseChangedAt).toBe('2026-01-03T00:00:00Z')
  })

  it('leaves lists longer than a page to REST', () => {
    const pull = {
      number: 1,
      state: 'OPEN',
      headRefOid: 'h',
      baseRefOid: 'b',
      reviews: { totalCount: 101, nodes: [] },
      reviewRequests: { totalCount: 0, nodes: [] },
      commits: { totalCount: 150, pageInfo: { hasNextPage: true, endCursor: 'next' }, nodes: [] },
      timelineItems: { nodes: [] },
    }
    const s = mapSnapshot(
      { pull: { number: 1, details: true }, teams: ['acme/big'] },
      { repository: { pullRequest: pull }, t0: { team: { members: { totalCount: 150, nodes: [] } } } },
      [],
    )
    expect(s.reviews).toBeNull()
    expect(s.commitsCursor).toBe('next')
    expect(s.teams).toEqual({})
    expect(s.teamsToPage).toEqual(['acme/big'])
  })

  it('lists open PRs whose head is the commit (not those that only contain it)', () => {
    const associated = {
      totalCount: 3,
      nodes: [
        { number: 3, state: 'OPEN', headRefOid: 'h', baseRefName: 'main' },
        { number: 2, state: 'OPEN', headRefOid: 'h', baseRefName: 'lax' },
        { number: 5, state: 'OPEN', headRefOid: 'later', baseRefName: 'main' },
        { number: 1, state: 'MERGED', headRefOid: 'h', baseRefName: 'main' },
      ],
    }
    expect(
      mapSnapshot({ headPulls: 'h' }, { repository: { headCommit: { associatedPullRequests: associated } } }, []).headPulls,
    ).toEqual([
      { number: 2, baseRef: 'lax' },
      { number: 3, baseRef: 'main' },
    ])
    expect(
      mapSnapshot(
        { headPulls: 'h' },
        { repository: { headCommit: { associatedPullRequests: { totalCount: 101, nodes: [] } } } },
        [],
      ).headPulls,
    ).toBeNull()
  })

  it('picks our latest check run per commit, lower-casing GitHub enums', () => {
    const run = (id: number, conclusion: string) => ({
      databaseId: id,
      status: 'COMPLETED',
      conclusion,
      title: `t${id}`,
      summary: 's',
    })
    const data = {
      repository: {
        c0: {
          checkSuites: {
            nodes: [{ checkRuns: { nodes: [run(3, 'SUCCESS')] } }, { checkRuns: { nodes: [run(9, 'ACTION_REQUIRED')] } }],
          },
        },
        c1: null,
      },
    }
    const s = mapSnapshot({ checkRuns: { shas: ['x', 'y'], name: 'promptops/approval', appId: 1 } }, data, [])
    expect(s.checkRuns.get('x')).toEqual({ id: 9, status: 'completed', conclusion: 'action_required', title: 't9', summary: 's' })
    expect(s.checkRuns.get('y')).toBeNull()
  })

  it('reads what protection and rulesets enforce, with the app each required check is pinned to', () => {
    const br0 = {
      name: 'main',
      branchProtectionRule: {
        requiredStatusChecks: [
          { context: 'promptops/approval', app: { databaseId: 42 } },
          { context: 'ci/test', app: null },
        ],
        allowsForcePushes: false,
        allowsDeletions: true,
        requiresApprovingReviews: true,
        requiredApprovingReviewCount: 1,
        requiresCodeOwnerReviews: false,
        requireLastPushApproval: false,
        requiresStrictStatusChecks: false,
      },
      rules: {
        nodes: [
          {
            type: 'PULL_REQUEST',
            parameters: { requiredApprovingReviewCount: 0, requireCodeOwnerReview: false, requireLastPushApproval: true },
          },
          {
            type: 'REQUIRED_STATUS_CHECKS',
            parameters: {
              requiredStatusChecks: [{ context: 'promptops/approval', integrationId: null }],
              strictRequiredStatusChecksPolicy: true,
            },
          },
          { type: 'DELETION', parameters: null },
          { type: 'MERGE_QUEUE', parameters: { mergeMethod: 'SQUASH' } },
        ],
      },
    }
    const s = mapSnapshot({ branches: ['main', 'promptops-audit'] }, { repository: { br0, br1: null } }, [])
    expect(s.branches.get('main')).toEqual({
      branch: 'main',
      exists: true,
      unreadable: [],
      sources: [
        {
          kind: 'branch protection',
          requiredChecks: [
            { context: 'promptops/approval', appId: 42 },
            { context: 'ci/test', appId: null },
          ],
          blocksForcePushes: true,
          blocksDeletion: false,
          requiresPullRequest: true,
          requiresReviews: true,
          requiresLastPushApproval: false,
          requiresUpToDate: false,
          requiresMergeQueue: false,
        },
        {
          kind: 'rulesets',
          requiredChecks: [{ context: 'promptops/approval', appId: null }],
          blocksForcePushes: false,
          blocksDeletion: true,
          requiresPullRequest: true,
          requiresReviews: false,
          requiresLastPushApproval: true,
          requiresUpToDate: true,
          requiresMergeQueue: true,
        },
      ],
    })
    expect(s.branches.get('promptops-audit')).toEqual({ branch: 'promptops-audit', exists: false, sources: [], unreadable: [] })
  })

  it('lists protection it may not read as unreadable instead of guessing', () => {
    const forbidden = {
      type: 'FORBIDDEN',
      message: 'Resource not accessible by integration',
      path: ['repository', 'br0', 'branchProtectionRule'],
    }
    const s = mapSnapshot(
      { branches: ['main'] },
      { repository: { br0: { name: 'main', branchProtectionRule: null, rules: { nodes: [] } } } },
      [forbidden],
    )
    expect(s.branches.get('main')).toEqual({
      branch: 'main',
      exists: true,
      sources: [],
      unreadable: ['branch protection (reading it needs administration: read)'],
    })
  })

  it('maps the merge queue in queue order; an unreadable queue is null', () => {
    const queue = {
      entries: {
        totalCount: 2,
        nodes: [
          { position: 2, headCommit: { oid: 'g2' }, pullRequest: { number: 8 } },
          { position: 1, headCommit: { oid: 'g1' }, pullRequest: { number: 5 } },
        ],
      },
    }
    expect(mapSnapshot({ mergeQueueOf: 'main' }, { repository: { mergeQueue: queue } }, []).mergeQueue).toEqual([
      { number: 5, headSha: 'g1', position: 1 },
      { number: 8, headSha: 'g2', position: 2 },
    ])
    expect(mapSnapshot({ mergeQueueOf: 'main' }, { repository: { mergeQueue: null } }, []).mergeQueue).toBeNull()
  })

  it('tolerates a missing team, and fails the read on any other error', () => {
    const missing = {
      type: 'NOT_FOUND',
      message: "Could not resolve to an Organization with the login of 'ghost'.",
      path: ['t0'],
    }
    expect(mapSnapshot({ teams: ['ghost/x'] }, { repository: {}, t0: null }, [missing]).teams).toEqual({})
    expect(() =>
      mapSnapshot({ pull: { number: 9, details: true } }, { repository: { pullRequest: null } }, [
        {
          type: 'NOT_FOUND',
          message: 'Could not resolve to a PullRequest with the number of 9.',
          path: ['repository', 'pullRequest'],
        },
      ]),
    ).toThrow(/PullRequest with the number of 9.*repository\.pullRequest/)
    expect(() =>
      mapSnapshot({ teams: ['acme/x'] }, { repository: {}, t0: null }, [{ type: 'INTERNAL', message: 'boom', path: ['t0'] }]),
    ).toThrow(/boom/)
  })
})

describe('readSnapshot', () => {
  it('reads everything else when an older server lacks rulesets on refs (branch settings unknown)', async () => {
    const queries: string[] = []
    const client = {
      graphql: async (query: string) => {
        queries.push(query)
        if (query.includes('rules('))
          throw Object.assign(new Error('validation'), { errors: [{ message: "Field 'rules' doesn't exist on type 'Ref'" }] })
        return { repository: { headCommit: { associatedPullRequests: { totalCount: 0, nodes: [] } } } }
      },
    } as unknown as GitHubClient
    const s = await readSnapshot(client, REPO, { headPulls: 'h', branches: ['main'] })
    expect(queries).toHaveLength(2)
    expect(s.branches.size).toBe(0)
    expect(s.headPulls).toEqual([])
  })

  it('leaves the merge queue unknown (null) on a server without merge queues', async () => {
    const client = {
      graphql: async (query: string) => {
        if (query.includes('mergeQueue('))
          throw Object.assign(new Error('validation'), {
            errors: [{ message: "Field 'mergeQueue' doesn't exist on type 'Repository'" }],
          })
        return { repository: { id: 'R' } }
      },
    } as unknown as GitHubClient
    expect((await readSnapshot(client, REPO, { mergeQueueOf: 'main' })).mergeQueue).toBeNull()
  })

  it('fails on any other validation error', async () => {
    const client = {
      graphql: async () =>
        Promise.reject(
          Object.assign(new Error('validation'), {
            errors: [{ message: "Field 'reviews' doesn't exist on type 'PullRequest'" }],
          }),
        ),
    } as unknown as GitHubClient
    await expect(readSnapshot(client, REPO, { pull: { number: 1, details: true }, branches: ['main'] })).rejects.toThrow(
      'validation',
    )
  })
})
