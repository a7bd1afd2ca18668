// Maps a snapshot answer (and its per-field errors) to plain data in the shapes the REST path
// produced, so the decision code does not care which API was asked.
import type { Review } from '../../../core/routing/types.js'
import type { BranchSettings } from '../../../core/setup/protection.js'
import { branchSettings } from './branch-settings.js'
import { AUTHORS_PER_COMMIT, PAGE, type SnapshotRequest } from './request.js'

export interface GraphqlError {
  type?: string
  message: string
  path?: ReadonlyArray<string | number>
}

/** A path at a commit: absent (null), or its git mode/type/object id and, when asked, text.
 * `text` is 'refetch' when GraphQL could not give the exact bytes (truncated, not UTF-8). */
export type FileAnswer = {
  mode: string
  type: string
  oid: string
  text?: { text: string | null; binary: boolean } | 'refetch'
} | null

export interface PullState {
  number: number
  state: 'OPEN' | 'CLOSED' | 'MERGED'
  title: string
  url: string
  createdAt: string
  author: { login: string; bot: boolean } | null
  headSha: string
  headRef: string
  /** The repository the head branch lives in (a fork for cross-repository PRs); null if deleted. */
  headRepo: { owner: string; repo: string } | null
  crossRepository: boolean
  baseRef: string
  /** The base branch's tip now (the PR's recorded base SHA when the branch is gone). */
  baseSha: string
  changedFiles: number
}

/** People on one commit, as GitHub resolved them (logins; addresses it could not resolve). */
export interface CommitPeople {
  oid: string
  logins: string[]
  unresolved: string[]
  /** More co-authors than one page lists. */
  truncated: boolean
}

export interface ExistingCheckRun {
  id: number
  status: string
  conclusion: string | null
  title: string | null
  summary: string | null
}

export interface Snapshot {
  files: Map<string, FileAnswer>
  /** Blob texts by object id ('refetch': GraphQL could not give the exact bytes). */
  blobs: Map<string, { text: string | null; binary: boolean } | 'refetch' | null>
  /** undefined: not asked. */
  pull: PullState | undefined
  /** Null when not asked, or when there are more than one page (the caller pages REST). */
  reviews: Review[] | null
  requested: { users: string[]; teams: string[] } | null
  /** First page of the PR's commits; `commitsCursor` is set when more pages exist. */
  commits: CommitPeople[] | null
  commitsCursor: string | null
  /** When the base branch was last switched or force-pushed (null: never). */
  baseChangedAt: string | null
  /** Open PRs whose head is the asked commit, with their base branch; null when more than a page. */
  headPulls: Array<{ number: number; baseRef: string }> | null | undefined
  /** Our latest run per asked commit (null: none). */
  checkRuns: Map<string, ExistingCheckRun | null>
  /** What protection and rulesets enforce on each asked branch (absent: this server could not
   * answer the fields, e.g. an older GitHub Enterprise Server). */
  branches: Map<string, BranchSettings>
  teams: Record<string, string[]>
  teamsToPage: string[]
  /** Pull request numbers in queue order; null when the branch has no readable queue. */
  mergeQueue: Array<{ number: number; headSha: string | null; position: number }> | null | undefined
}

type JsonObject = Record<string, unknown>
type Json = JsonObject | null | undefined
export const field = (o: Json, key: string): Json => (o && typeof o === 'object' ? (o[key] as Json) : undefined)
const isObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null
/** The objects of a JSON list (GraphQL `nodes` may hold nulls); none when it is not a list. */
export const objectsIn = (value: unknown): JsonObject[] => (Array.isArray(value) ? value.filter(isObject) : [])
const nodes = (connection: Json): JsonObject[] => objectsIn(field(connection, 'nodes'))
const total = (connection: Json): number => Number(field(connection, 'totalCount') ?? 0)
const str = (o: Json, key: string): string | null => (typeof o?.[key] === 'string' ? (o[key] as string) : null)

/** Tolerated: a team that does not exist and protection we may not read (those parts stay
 * unknown and fail closed later). Anything else leaves unknown a part the decision needs. */
const tolerated = (e: GraphqlError): boolean =>
  (e.type === 'NOT_FOUND' || e.type === 'FORBIDDEN') &&
  /^(t\d+|repository\.br\d+|repository\.mergeQueue)(\.|$)/.test((e.path ?? []).join('.'))

export function mapSnapshot(request: SnapshotRequest, data: Record<string, unknown>, errors: readonly GraphqlError[]): Snapshot {
  const failedAt = (prefix: string): boolean => errors.some((e) => (e.path ?? []).join('.').startsWith(prefix))
  const fatal = errors.filter((e) => !tolerated(e))
  if (fatal.length > 0)
    throw new Error(`GitHub GraphQL: ${fatal.map((e) => `${e.message}${e.path ? ` (at ${e.path.join('.')})` : ''}`).join('; ')}`)
  const repository = data.repository as Json
  const snapshot: Snapshot = {
    files: new Map(),
    blobs: new Map(),
    pull: undefined,
    reviews: null,
    requested: null,
    commits: null,
    commitsCursor: null,
    baseChangedAt: null,
    headPulls: undefined,
    checkRuns: new Map(),
    branches: new Map(),
    teams: {},
    teamsToPage: [],
    mergeQueue: undefined,
  }
  ;(request.blobs ?? []).forEach((oid, i) => {
    const blob = field(repository, `b${i}`)
    snapshot.blobs.set(oid, blob ? (blobText(blob) ?? 'refetch') : null)
  })
  ;(request.files ?? []).forEach((f, i) =>
    snapshot.files.set(fileKey(f.commit, f.path), fileAnswer(field(field(repository, `f${i}`), 'file'), f.stateOnly === true)),
  )
  if (request.pull) Object.assign(snapshot, pullAnswer(field(repository, 'pullRequest'), request.pull.details))
  if (request.headPulls !== undefined)
    snapshot.headPulls = headPullsAnswer(field(field(repository, 'headCommit'), 'associatedPullRequests'), request.headPulls)
  request.checkRuns?.shas.forEach((sha, i) =>
    snapshot.checkRuns.set(
      sha,
      latestRun(nodes(field(field(repository, `c${i}`), 'checkSuites')).flatMap((s) => nodes(field(s, 'checkRuns')))),
    ),
  )
  ;(request.branches ?? []).forEach((branch, i) =>
    snapshot.branches.set(
      branch,
      branchSettings(
        branch,
        field(repository, `br${i}`),
        failedAt(`repository.br${i}.branchProtectionRule`),
        failedAt(`repository.br${i}.rules`),
      ),
    ),
  )
  if (request.mergeQueueOf !== undefined)
    snapshot.mergeQueue = queueAnswer(field(repository, 'mergeQueue'), failedAt('repository.mergeQueue'))
  ;(request.teams ?? []).forEach((team, i) => {
    if (failedAt(`t${i}`)) return
    const members = field(field(field(data as Json, `t${i}`), 'team'), 'members')
    if (!members) return
    if (total(members) > PAGE) snapshot.teamsToPage.push(team)
    else snapshot.teams[team] = nodes(members).map((m) => String(m.login))
  })
  return snapshot
}

export const fileKey = (commit: string, path: string): string => `${commit}:${path}`

function fileAnswer(entry: Json, stateOnly: boolean): FileAnswer {
  if (!entry) return null
  const state = { mode: Number(entry.mode).toString(8).padStart(6, '0'), type: String(entry.type), oid: String(entry.oid) }
  if (stateOnly || state.type !== 'blob') return state
  return { ...state, text: blobText(field(entry, 'object')) ?? 'refetch' }
}

/** A blob's exact text, or null when GraphQL could not give the exact bytes (truncated, not
 * valid UTF-8, or no object): the caller re-reads those through REST. */
function blobText(blob: Json): { text: string | null; binary: boolean } | null {
  if (!blob) return null
  if (blob.isBinary === true) return { text: null, binary: true }
  const text = blob.text
  if (blob.isTruncated === true || typeof text !== 'string' || text.includes('\uFFFD')) return null
  // git calls a file binary only for a NUL in its first 8,000 bytes; PromptOps for any NUL.
  if (text.includes('\0')) return { text: null, binary: true }
  return { text, binary: false }
}

function pullAnswer(pull: Json, details: boolean): Partial<Snapshot> {
  if (!pull) return { pull: undefined }
  const headRepo = field(pull, 'headRepository')
  const author = field(pull, 'author')
  const state: PullState = {
    number: Number(pull.number),
    state: String(pull.state) as PullState['state'],
    title: str(pull, 'title') ?? '',
    url: str(pull, 'url') ?? '',
    createdAt: str(pull, 'createdAt') ?? '',
    author: author && typeof author.login === 'string' ? { login: restLogin(author), bot: author.__typename === 'Bot' } : null,
    headSha: String(pull.headRefOid),
    headRef: str(pull, 'headRefName') ?? '',
    headRepo: headRepo ? { owner: String(field(headRepo, 'owner')?.login), repo: String(headRepo.name) } : null,
    crossRepository: pull.isCrossRepository === true,
    baseRef: str(pull, 'baseRefName') ?? '',
    baseSha: str(field(field(pull, 'baseRef'), 'target'), 'oid') ?? String(pull.baseRefOid),
    changedFiles: Number(pull.changedFiles ?? 0),
  }
  if (!details) return { pull: state }
  const reviews = field(pull, 'reviews')
  const requests = field(pull, 'reviewRequests')
  const commits = field(pull, 'commits')
  const who = nodes(requests).map((n) => field(n, 'requestedReviewer'))
  const pageInfo = field(commits, 'pageInfo')
  return {
    pull: state,
    reviews: total(reviews) <= PAGE ? nodes(reviews).map(toReview) : null,
    requested:
      total(requests) <= PAGE
        ? {
            users: who.flatMap((r) => (r && r.__typename !== 'Team' && typeof r.login === 'string' ? [restLogin(r)] : [])),
            teams: who.flatMap((r) => (r && r.__typename === 'Team' && typeof r.slug === 'string' ? [r.slug] : [])),
          }
        : null,
    commits: nodes(commits).map((n) => commitPeople(field(n, 'commit'))),
    commitsCursor: pageInfo?.hasNextPage === true ? str(pageInfo, 'endCursor') : null,
    baseChangedAt: str(nodes(field(pull, 'timelineItems'))[0], 'createdAt'),
  }
}

/** People on a commit: the git author and Co-authored-by trailers (GitHub's `authors`), and
 * the committer, each as the account GitHub linked the address to. */
export function commitPeople(commit: Json): CommitPeople {
  const authors = field(commit, 'authors')
  const actors = [...nodes(authors), field(commit, 'committer')].filter(Boolean)
  const logins = new Set<string>()
  const unresolved = new Set<string>()
  for (const actor of actors) {
    const login = str(field(actor, 'user'), 'login')
    if (login) logins.add(login)
    else {
      const email = str(actor, 'email')
      if (email) unresolved.add(email)
    }
  }
  return {
    oid: str(commit, 'oid') ?? '',
    logins: [...logins],
    unresolved: [...unresolved],
    truncated: total(authors) > AUTHORS_PER_COMMIT,
  }
}

function headPullsAnswer(connection: Json, sha: string): Snapshot['headPulls'] {
  if (total(connection) > PAGE) return null
  return nodes(connection)
    .filter((n) => n.state === 'OPEN' && n.headRefOid === sha)
    .map((n) => ({ number: Number(n.number), baseRef: str(n, 'baseRefName') ?? '' }))
    .sort((a, b) => a.number - b.number)
}

function latestRun(runs: JsonObject[]): ExistingCheckRun | null {
  const latest = runs.reduce<Json>((best, r) => (best && Number(best.databaseId) > Number(r.databaseId) ? best : r), null)
  if (!latest) return null
  return {
    id: Number(latest.databaseId),
    status: String(latest.status).toLowerCase(),
    conclusion: typeof latest.conclusion === 'string' && latest.conclusion ? latest.conclusion.toLowerCase() : null,
    title: str(latest, 'title'),
    summary: str(latest, 'summary'),
  }
}

function queueAnswer(queue: Json, failed: boolean): Snapshot['mergeQueue'] {
  if (failed || !queue) return null
  const entries = field(queue, 'entries')
  if (total(entries) > PAGE) return null
  return nodes(entries)
    .map((e) => ({
      number: Number(field(field(e, 'pullRequest'), 'number')),
      headSha: str(field(e, 'headCommit'), 'oid'),
      position: Number(e.position),
    }))
    .sort((a, b) => a.position - b.position)
}

function toReview(node: Json): Review {
  const author = field(node, 'author')
  const submitted = str(node, 'submittedAt')
  const canPush = field(node, 'authorCanPushToRepository') as unknown
  return {
    id: Number(field(node, 'databaseId')),
    user:
      author && typeof author.login === 'string'
        ? { login: restLogin(author), type: author.__typename === 'Bot' ? 'Bot' : 'User' }
        : null,
    // A non-null enum in GitHub's schema; '' (matches no state) if it were ever missing.
    state: (str(node, 'state') ?? '') as Review['state'],
    commit_id: str(field(node, 'commit'), 'oid'),
    body: str(node, 'body'),
    ...(submitted ? { submitted_at: submitted } : {}),
    ...(typeof canPush === 'boolean' ? { author_can_push: canPush } : {}),
    body_written_by: bodyWriter(node, author),
  }
}

/** The reviewer, unless the body was edited since: then its last editor (null: not shown). */
function bodyWriter(node: Json, author: Json): string | null {
  const editor = field(node, 'editor')
  if (str(node, 'lastEditedAt') === null) return author && typeof author.login === 'string' ? restLogin(author) : null
  return editor && typeof editor.login === 'string' ? restLogin(editor) : null
}

/** GraphQL shows a bot's login without REST's `[bot]` suffix. */
const restLogin = (actor: JsonObject): string =>
  actor.__typename === 'Bot' ? `${String(actor.login)}[bot]` : String(actor.login)
