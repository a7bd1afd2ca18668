// One GraphQL query for everything the approval decision reads about a pull request that is
// not the diff itself: blobs at given commits (policy files, templates at the merge base and
// head, templates at reviewed commits), reviews, review requests, our own check run on a
// commit, the branch's required checks, and team members. Each part is optional; the answer
// has the same parts, mapped to the shapes the REST path produced, so the decision code does
// not care which API was asked. REST covers what GraphQL cannot return faithfully (truncated
// or not-UTF-8 blobs, lists longer than one page).
import type { Review } from '../../core/routing/types.js'
import type { GitHubClient } from './octokit.js'
import type { RepoRef } from './repo-ref.js'

export interface SnapshotRequest {
  /** `<commit sha>:<path>` expressions. */
  blobs?: readonly string[]
  /** Reviews and current review requests of this pull request. */
  pull?: number
  /** The latest run of `name` on `sha` created by the app `appId` (any app when null). */
  checkRun?: { sha: string; name: string; appId: number | null }
  /** Status checks the branch requires through classic protection or rulesets. */
  requiredChecksOf?: string
  /** `org/slug` teams whose members are wanted. */
  teams?: readonly string[]
}

/** A file's text; `binary` when it is not text (NUL bytes). `refetch`: GraphQL could not give
 * the exact bytes (truncated, or not valid UTF-8), so the caller reads it through REST. */
export type BlobAnswer = { text: string | null; binary: boolean } | 'refetch' | null

export interface ExistingCheckRun {
  id: number
  status: string
  conclusion: string | null
  title: string | null
  summary: string | null
}

export interface Snapshot {
  blobs: Map<string, BlobAnswer>
  /** Null when not asked, or when there are more than one page (the caller pages REST). */
  reviews: Review[] | null
  requested: { users: string[]; teams: string[] } | null
  /** undefined: not asked; null: no such run. */
  checkRun: ExistingCheckRun | null | undefined
  /** undefined: not asked; null: could not tell (no access). */
  requiredChecks: string[] | null | undefined
  /** Teams read in full. A team that does not exist, cannot be read or has more members than
   * one page is absent: the first two fail closed, the caller pages REST for the third. */
  teams: Record<string, string[]>
  /** Teams with more than one page of members. */
  teamsToPage: string[]
}

const PAGE = 100
/** Blobs per query: large PRs split into several queries rather than one huge answer. */
export const BLOBS_PER_QUERY = 100

interface BuiltQuery {
  query: string
  variables: Record<string, unknown>
}

/** The query text and variables. Pure, so the shape is unit-tested without a server. */
export function buildSnapshotQuery(repo: RepoRef, request: SnapshotRequest): BuiltQuery {
  const params = ['$owner: String!', '$name: String!']
  const variables: Record<string, unknown> = { owner: repo.owner, name: repo.repo }
  const inRepo: string[] = []
  const top: string[] = []
  ;(request.blobs ?? []).forEach((expression, i) => {
    params.push(`$b${i}: String!`)
    variables[`b${i}`] = expression
    inRepo.push(`b${i}: object(expression: $b${i}) { ... on Blob { isBinary isTruncated text } }`)
  })
  if (request.pull !== undefined) {
    params.push('$pull: Int!')
    variables.pull = request.pull
    inRepo.push(
      `pullRequest(number: $pull) {
      reviews(first: ${PAGE}) { totalCount nodes { databaseId state body submittedAt author { __typename login } commit { oid } } }
      reviewRequests(first: ${PAGE}) { totalCount nodes { requestedReviewer { __typename ... on User { login } ... on Bot { login } ... on Team { slug } } } }
    }`,
    )
  }
  if (request.checkRun) {
    params.push('$checkSha: GitObjectID!', '$checkName: String!', '$appId: Int')
    Object.assign(variables, { checkSha: request.checkRun.sha, checkName: request.checkRun.name, appId: request.checkRun.appId })
    inRepo.push(
      `checkCommit: object(oid: $checkSha) { ... on Commit {
      checkSuites(first: 10, filterBy: { appId: $appId, checkName: $checkName }) { nodes {
        checkRuns(first: 10, filterBy: { checkName: $checkName, checkType: LATEST }) { nodes { databaseId status conclusion title summary } }
      } }
    } }`,
    )
  }
  if (request.requiredChecksOf !== undefined) {
    params.push('$branch: String!')
    variables.branch = `refs/heads/${request.requiredChecksOf}`
    inRepo.push(
      `branch: ref(qualifiedName: $branch) {
      branchProtectionRule { requiredStatusCheckContexts }
      rules(first: ${PAGE}) { nodes { type parameters { ... on RequiredStatusChecksParameters { requiredStatusChecks { context } } } } }
    }`,
    )
  }
  ;(request.teams ?? []).forEach((team, i) => {
    const [org, slug] = team.split('/') as [string, string]
    params.push(`$org${i}: String!`, `$team${i}: String!`)
    Object.assign(variables, { [`org${i}`]: org, [`team${i}`]: slug })
    top.push(`t${i}: organization(login: $org${i}) { team(slug: $team${i}) { members(first: ${PAGE}) { totalCount nodes { login } } } }`)
  })
  const query = `query PromptOpsSnapshot(${params.join(', ')}) {
  repository(owner: $owner, name: $name) {
    ${inRepo.join('\n    ') || 'id'}
  }
  ${top.join('\n  ')}
}`
  return { query, variables }
}

interface GraphqlError {
  type?: string
  message: string
  path?: ReadonlyArray<string | number>
}

/** Runs the query (split when it names many blobs) and maps the answer. */
export async function readSnapshot(client: GitHubClient, repo: RepoRef, request: SnapshotRequest): Promise<Snapshot> {
  const blobs = [...new Set(request.blobs ?? [])]
  const chunks: string[][] = []
  for (let i = 0; i < blobs.length; i += BLOBS_PER_QUERY) chunks.push(blobs.slice(i, i + BLOBS_PER_QUERY))
  const [first = [], ...rest] = chunks
  const answers = await Promise.all([runQuery(client, repo, { ...request, blobs: first }), ...rest.map((chunk) => runQuery(client, repo, { blobs: chunk }))])
  const out = answers[0]!
  for (const more of answers.slice(1)) for (const [k, v] of more.blobs) out.blobs.set(k, v)
  return out
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
    if (!partial.data && request.requiredChecksOf !== undefined && partial.errors?.some(isUnknownProtectionField)) {
      // An older GitHub Enterprise Server whose schema lacks rulesets on refs: the required
      // checks stay unknown (the setup warning is skipped) and everything else is read as usual.
      const { requiredChecksOf: _unknown, ...rest } = request
      return { ...(await runQuery(client, repo, rest)), requiredChecks: null }
    }
    if (!partial.data || !partial.errors) throw error
    data = partial.data
    errors = partial.errors
  }
  return mapSnapshot(request, data, errors)
}

/** A validation error naming a protection field or type this server's schema does not have. */
export const isUnknownProtectionField = (e: GraphqlError): boolean => /\b(rules|branchProtectionRule|requiredStatusCheckContexts|RequiredStatusChecksParameters|requiredStatusChecks)\b/.test(e.message) && /doesn't exist|does not exist|unknown type|cannot query field/i.test(e.message)

type Json = Record<string, unknown> | null | undefined
const field = (o: Json, key: string): Json => (o && typeof o === 'object' ? (o[key] as Json) : undefined)
const nodes = (connection: Json): Json[] => ((field(connection, 'nodes') as unknown as Json[] | undefined) ?? []).filter(Boolean)
const total = (connection: Json): number => Number(field(connection, 'totalCount') ?? 0)

/** Maps an answer (and its per-field errors) to a snapshot. Exported for tests. */
export function mapSnapshot(request: SnapshotRequest, data: Record<string, unknown>, errors: readonly GraphqlError[]): Snapshot {
  const failedAt = (prefix: string): boolean => errors.some((e) => (e.path ?? []).join('.').startsWith(prefix))
  // A team that does not exist or protection we may not read leaves that part unknown; any
  // other error leaves unknown a part the decision needs, so the whole read fails.
  const tolerated = (e: GraphqlError): boolean => (e.type === 'NOT_FOUND' || e.type === 'FORBIDDEN') && /^(t\d+|repository\.branch)(\.|$)/.test((e.path ?? []).join('.'))
  const fatal = errors.filter((e) => !tolerated(e))
  if (fatal.length > 0) throw new Error(`GitHub GraphQL: ${fatal.map((e) => `${e.message}${e.path ? ` (at ${e.path.join('.')})` : ''}`).join('; ')}`)
  const repository = data.repository as Json
  const blobs = new Map<string, BlobAnswer>()
  ;(request.blobs ?? []).forEach((expression, i) => blobs.set(expression, blobAnswer(field(repository, `b${i}`))))
  const snapshot: Snapshot = { blobs, reviews: null, requested: null, checkRun: undefined, requiredChecks: undefined, teams: {}, teamsToPage: [] }
  if (request.pull !== undefined) {
    const pull = field(repository, 'pullRequest')
    const reviews = field(pull, 'reviews')
    if (total(reviews) <= PAGE) snapshot.reviews = nodes(reviews).map(toReview)
    const requests = field(pull, 'reviewRequests')
    if (total(requests) <= PAGE) {
      const who = nodes(requests).map((n) => field(n, 'requestedReviewer'))
      snapshot.requested = {
        users: who.flatMap((r) => (r && r.__typename !== 'Team' && typeof r.login === 'string' ? [r.__typename === 'Bot' ? `${r.login}[bot]` : r.login] : [])),
        teams: who.flatMap((r) => (r && r.__typename === 'Team' && typeof r.slug === 'string' ? [r.slug] : [])),
      }
    }
  }
  if (request.checkRun) {
    const suites = nodes(field(field(repository, 'checkCommit'), 'checkSuites'))
    const runs = suites.flatMap((s) => nodes(field(s, 'checkRuns')))
    const latest = runs.reduce<Json>((best, r) => (best && Number(best.databaseId) > Number(r!.databaseId) ? best : r), null)
    snapshot.checkRun = latest
      ? { id: Number(latest.databaseId), status: String(latest.status).toLowerCase(), conclusion: latest.conclusion ? String(latest.conclusion).toLowerCase() : null, title: (latest.title as string | null) ?? null, summary: (latest.summary as string | null) ?? null }
      : null
  }
  if (request.requiredChecksOf !== undefined) snapshot.requiredChecks = requiredChecksOf(field(repository, 'branch'), failedAt('repository.branch.branchProtectionRule'), failedAt('repository.branch.rules'))
  ;(request.teams ?? []).forEach((team, i) => {
    if (failedAt(`t${i}`)) return
    const members = field(field(field(data as Json, `t${i}`), 'team'), 'members')
    if (!members) return
    if (total(members) > PAGE) snapshot.teamsToPage.push(team)
    else snapshot.teams[team] = nodes(members).map((m) => String(m!.login))
  })
  return snapshot
}

function blobAnswer(blob: Json): BlobAnswer {
  if (!blob) return null
  if (blob.isBinary === true) return { text: null, binary: true }
  const text = blob.text
  if (blob.isTruncated === true || typeof text !== 'string' || text.includes('\uFFFD')) return 'refetch'
  // git calls a file binary only for a NUL in its first 8,000 bytes; PromptOps for any NUL.
  if (text.includes('\0')) return { text: null, binary: true }
  return { text, binary: false }
}

function toReview(node: Json): Review {
  const author = field(node, 'author')
  const login = author && typeof author.login === 'string' ? (author.__typename === 'Bot' ? `${author.login}[bot]` : author.login) : null
  const submitted = field(node, 'submittedAt') as unknown as string | null
  return {
    id: Number(field(node, 'databaseId')),
    user: login ? { login } : null,
    state: String(field(node, 'state')) as Review['state'],
    commit_id: (field(field(node, 'commit'), 'oid') as unknown as string | null) ?? null,
    body: (field(node, 'body') as unknown as string | null) ?? null,
    ...(submitted ? { submitted_at: submitted } : {}),
  }
}

/** As REST: known when either source could be read (classic protection needs more access). */
function requiredChecksOf(ref: Json, classicFailed: boolean, rulesFailed: boolean): string[] | null {
  if (classicFailed && rulesFailed) return null
  // No such branch: nothing is required of it.
  if (!ref) return []
  const checks = new Set<string>((field(field(ref, 'branchProtectionRule'), 'requiredStatusCheckContexts') as unknown as string[] | undefined) ?? [])
  for (const rule of nodes(field(ref, 'rules'))) {
    if (rule!.type !== 'REQUIRED_STATUS_CHECKS') continue
    for (const c of (field(field(rule, 'parameters'), 'requiredStatusChecks') as unknown as Array<{ context: string }> | undefined) ?? []) checks.add(c.context)
  }
  return [...checks]
}
