// Runs snapshot queries: large file lists split into several queries, further commit pages
// followed, and an older GitHub Enterprise Server whose schema lacks rulesets on refs read
// without them (required checks then stay unknown).
import type { GitHubClient } from '../octokit.js'
import type { RepoRef } from '../repo-ref.js'
import { commitPeople, field, mapSnapshot, objectsIn, type CommitPeople, type GraphqlError, type Snapshot } from './answer.js'
import { buildCommitsPageQuery, buildSnapshotQuery, type SnapshotRequest } from './request.js'

/** Files per query: large PRs split into several queries rather than one huge answer. */
export const FILES_PER_QUERY = 100
/** Commit pages followed through GraphQL (100 commits each) before the list counts as unreadable. */
const MAX_COMMIT_PAGES = 30

export async function readSnapshot(client: GitHubClient, repo: RepoRef, request: SnapshotRequest): Promise<Snapshot> {
  const files = dedupe(request.files ?? [])
  const blobs = [...new Set(request.blobs ?? [])]
  const chunks: SnapshotRequest[] = []
  for (let i = 0; i < files.length; i += FILES_PER_QUERY) chunks.push({ files: files.slice(i, i + FILES_PER_QUERY) })
  for (let i = 0; i < blobs.length; i += FILES_PER_QUERY) chunks.push({ blobs: blobs.slice(i, i + FILES_PER_QUERY) })
  const [first = {}, ...rest] = chunks
  const [out, others] = await Promise.all([
    runQuery(client, repo, { ...request, files: [], blobs: [], ...first }),
    Promise.all(rest.map((chunk) => runQuery(client, repo, chunk))),
  ])
  for (const more of others) {
    for (const [k, v] of more.files) out.files.set(k, v)
    for (const [k, v] of more.blobs) out.blobs.set(k, v)
  }
  return out
}

/** Every commit of the pull request (people resolved by GitHub), paging past the first 100;
 * null when there are more than MAX_COMMIT_PAGES pages. */
export async function remainingCommits(
  client: GitHubClient,
  repo: RepoRef,
  number: number,
  first: Snapshot,
): Promise<CommitPeople[] | null> {
  const commits = [...(first.commits ?? [])]
  let cursor = first.commitsCursor
  for (let page = 1; cursor !== null; page++) {
    if (page >= MAX_COMMIT_PAGES) return null
    const { query, variables } = buildCommitsPageQuery(repo, number, cursor)
    const data = await client.graphql<Record<string, unknown>>(query, variables)
    const connection = field(field(field(data, 'repository'), 'pullRequest'), 'commits')
    const nodes = objectsIn(field(connection, 'nodes'))
    commits.push(...nodes.map((n) => commitPeople(field(n, 'commit'))))
    const info = field(connection, 'pageInfo')
    cursor = info?.hasNextPage === true && typeof info.endCursor === 'string' ? info.endCursor : null
  }
  return commits
}

async function runQuery(client: GitHubClient, repo: RepoRef, request: SnapshotRequest): Promise<Snapshot> {
  const { query, variables } = buildSnapshotQuery(repo, request)
  let data: Record<string, unknown>
  let errors: GraphqlError[] = []
  try {
    data = await client.graphql<Record<string, unknown>>(query, variables)
  } catch (error) {
    // Partial answers (a team that does not exist, protection we may not read) arrive as a
    // GraphqlResponseError carrying the data; anything else is a failure of the whole read.
    const partial = error as { data?: Record<string, unknown>; errors?: GraphqlError[] }
    if (
      !partial.data &&
      (request.branches !== undefined || request.mergeQueueOf !== undefined) &&
      partial.errors?.some(isUnknownOptionalField)
    ) {
      // An older GitHub Enterprise Server whose schema lacks rulesets on refs, pinned check
      // apps or merge queues: read the rest; those parts stay unknown (absent branches, a null
      // queue), which skips the setup warning and fails a merge group closed.
      const { branches: _unknown, mergeQueueOf, ...rest } = request
      const snapshot = await runQuery(client, repo, rest)
      return { ...snapshot, ...(mergeQueueOf !== undefined ? { mergeQueue: null } : {}) }
    }
    if (!partial.data || !partial.errors) throw error
    data = partial.data
    errors = partial.errors
  }
  return mapSnapshot(request, data, errors)
}

/** A validation error naming a field or type this server's schema does not have. */
export const isUnknownOptionalField = (e: GraphqlError): boolean =>
  /\b(rules|branchProtectionRule|requiredStatusChecks|RequiredStatusChecksParameters|PullRequestParameters|integrationId|app|requireLastPushApproval|allowsForcePushes|allowsDeletions|mergeQueue|MergeQueue)\b/.test(
    e.message,
  ) && /doesn't exist|does not exist|unknown type|cannot query field/i.test(e.message)

function dedupe(files: NonNullable<SnapshotRequest['files']>): NonNullable<SnapshotRequest['files']> {
  const seen = new Map<string, (typeof files)[number]>()
  for (const f of files) {
    const key = `${f.commit}:${f.path}`
    const known = seen.get(key)
    // Text wins over state-only when both are asked.
    if (!known || (known.stateOnly && !f.stateOnly)) seen.set(key, f)
  }
  return [...seen.values()]
}
