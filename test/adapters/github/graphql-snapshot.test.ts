// The snapshot query's answer mapping: blobs GraphQL cannot give exactly, bot logins, our
// latest check run, which per-field errors are tolerated and which fail the read.
import { describe, expect, it } from '@jest/globals'
import { buildSnapshotQuery, mapSnapshot, readSnapshot } from '../../../src/adapters/github/graphql-snapshot.js'
import type { GitHubClient } from '../../../src/adapters/github/octokit.js'

const REPO = { owner: 'acme', repo: 'prompts' }

describe('buildSnapshotQuery', () => {
  it('declares one variable per blob and team, and only the parts asked for', () => {
    const { query, variables } = buildSnapshotQuery(REPO, { blobs: ['abc:a.md', 'abc:b.md'], teams: ['acme/legal'] })
    expect(variables).toEqual({ owner: 'acme', name: 'prompts', b0: 'abc:a.md', b1: 'abc:b.md', org0: 'acme', team0: 'legal' })
    expect(query).toContain('b1: object(expression: $b1)')
    expect(query).toContain('t0: organization(login: $org0) { team(slug: $team0)')
    expect(query).not.toContain('pullRequest')
    expect(query).not.toContain('checkSuites')
  })
  it('asks for something valid when asked for nothing', () => {
    expect(buildSnapshotQuery(REPO, {}).query).toMatch(/repository\(owner: \$owner, name: \$name\) \{\s+id\s+\}/)
  })
})

describe('mapSnapshot', () => {
  it('maps blobs: absent, binary, exact text, and the ones REST must re-read', () => {
    const request = { blobs: ['s:absent', 's:bin', 's:text', 's:truncated', 's:replacement', 's:nul'] }
    const data = { repository: { b0: null, b1: { isBinary: true, isTruncated: false, text: null }, b2: { isBinary: false, isTruncated: false, text: 'hi\n' }, b3: { isBinary: false, isTruncated: true, text: 'h' }, b4: { isBinary: false, isTruncated: false, text: 'caf\uFFFD' }, b5: { isBinary: false, isTruncated: false, text: 'a\0b' } } }
    expect([...mapSnapshot(request, data, []).blobs.values()]).toEqual([null, { text: null, binary: true }, { text: 'hi\n', binary: false }, 'refetch', 'refetch', { text: null, binary: true }])
  })

  it('maps reviews and requests with REST logins (bots get [bot])', () => {
    const data = {
      repository: {
        pullRequest: {
          reviews: { totalCount: 2, nodes: [
            { databaseId: 7, state: 'APPROVED', body: 'ok', submittedAt: '2026-01-01T00:00:00Z', author: { __typename: 'User', login: 'sam' }, commit: { oid: 'c1' } },
            { databaseId: 8, state: 'COMMENTED', body: '', submittedAt: null, author: { __typename: 'Bot', login: 'renovate' }, commit: null },
          ] },
          reviewRequests: { totalCount: 2, nodes: [{ requestedReviewer: { __typename: 'User', login: 'lee' } }, { requestedReviewer: { __typename: 'Team', slug: 'legal' } }] },
        },
      },
    }
    const s = mapSnapshot({ pull: 1 }, data, [])
    expect(s.reviews).toEqual([
      { id: 7, user: { login: 'sam' }, state: 'APPROVED', commit_id: 'c1', body: 'ok', submitted_at: '2026-01-01T00:00:00Z' },
      { id: 8, user: { login: 'renovate[bot]' }, state: 'COMMENTED', commit_id: null, body: '' },
    ])
    expect(s.requested).toEqual({ users: ['lee'], teams: ['legal'] })
  })

  it('leaves lists longer than a page to REST', () => {
    const data = { repository: { pullRequest: { reviews: { totalCount: 101, nodes: [] }, reviewRequests: { totalCount: 0, nodes: [] } } }, t0: { team: { members: { totalCount: 150, nodes: [] } } } }
    const s = mapSnapshot({ pull: 1, teams: ['acme/big'] }, data, [])
    expect(s.reviews).toBeNull()
    expect(s.teams).toEqual({})
    expect(s.teamsToPage).toEqual(['acme/big'])
  })

  it('picks our latest check run across suites, lower-casing GitHub enums', () => {
    const run = (id: number, conclusion: string) => ({ databaseId: id, status: 'COMPLETED', conclusion, title: `t${id}`, summary: 's' })
    const data = { repository: { checkCommit: { checkSuites: { nodes: [{ checkRuns: { nodes: [run(3, 'SUCCESS')] } }, { checkRuns: { nodes: [run(9, 'ACTION_REQUIRED')] } }] } } } }
    expect(mapSnapshot({ checkRun: { sha: 'x', name: 'promptops/approval', appId: 1 } }, data, []).checkRun).toEqual({ id: 9, status: 'completed', conclusion: 'action_required', title: 't9', summary: 's' })
    expect(mapSnapshot({ checkRun: { sha: 'x', name: 'promptops/approval', appId: 1 } }, { repository: { checkCommit: null } }, []).checkRun).toBeNull()
  })

  it('reads required checks from classic protection and rulesets; unknown only when both fail', () => {
    const branch = { branchProtectionRule: null, rules: { nodes: [{ type: 'PULL_REQUEST', parameters: {} }, { type: 'REQUIRED_STATUS_CHECKS', parameters: { requiredStatusChecks: [{ context: 'promptops/approval' }] } }] } }
    const forbidden = (path: string[]) => ({ type: 'FORBIDDEN', message: 'Resource not accessible by integration', path })
    expect(mapSnapshot({ requiredChecksOf: 'main' }, { repository: { branch } }, [forbidden(['repository', 'branch', 'branchProtectionRule'])]).requiredChecks).toEqual(['promptops/approval'])
    expect(mapSnapshot({ requiredChecksOf: 'main' }, { repository: { branch: null } }, [forbidden(['repository', 'branch', 'branchProtectionRule']), forbidden(['repository', 'branch', 'rules'])]).requiredChecks).toBeNull()
  })

  it('tolerates a missing team, and fails the read on any other error', () => {
    const missing = { type: 'NOT_FOUND', message: "Could not resolve to an Organization with the login of 'ghost'.", path: ['t0'] }
    expect(mapSnapshot({ teams: ['ghost/x'] }, { repository: {}, t0: null }, [missing]).teams).toEqual({})
    expect(() => mapSnapshot({ pull: 9 }, { repository: { pullRequest: null } }, [{ type: 'NOT_FOUND', message: 'Could not resolve to a PullRequest with the number of 9.', path: ['repository', 'pullRequest'] }])).toThrow(/PullRequest with the number of 9.*repository\.pullRequest/)
    expect(() => mapSnapshot({ teams: ['acme/x'] }, { repository: {}, t0: null }, [{ type: 'INTERNAL', message: 'boom', path: ['t0'] }])).toThrow(/boom/)
  })
})

describe('readSnapshot', () => {
  it('reads everything else when an older server lacks rulesets on refs (required checks unknown)', async () => {
    const queries: string[] = []
    const client = {
      graphql: async (query: string) => {
        queries.push(query)
        if (query.includes('rules(')) throw Object.assign(new Error('validation'), { errors: [{ message: "Field 'rules' doesn't exist on type 'Ref'" }] })
        return { repository: { pullRequest: { reviews: { totalCount: 0, nodes: [] }, reviewRequests: { totalCount: 0, nodes: [] } } } }
      },
    } as unknown as GitHubClient
    const s = await readSnapshot(client, REPO, { pull: 1, requiredChecksOf: 'main' })
    expect(queries).toHaveLength(2)
    expect(s.requiredChecks).toBeNull()
    expect(s.reviews).toEqual([])
  })

  it('fails on any other validation error', async () => {
    const client = { graphql: async () => Promise.reject(Object.assign(new Error('validation'), { errors: [{ message: "Field 'reviews' doesn't exist on type 'PullRequest'" }] })) } as unknown as GitHubClient
    await expect(readSnapshot(client, REPO, { pull: 1, requiredChecksOf: 'main' })).rejects.toThrow('validation')
  })
})
