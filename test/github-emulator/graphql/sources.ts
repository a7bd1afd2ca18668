// The objects resolvers hand to each other. Each carries `__typename` (abstract types resolve
// through it) and the key that git or the emulator state is read by; fields that need no lookup
// are plain properties. Ids match the node_id/id the REST builders give the same object.
import { repoWeb, type EmulatorContext } from '../context.js'
import { nodeId, stableId, type AppInfo } from '../fixtures/users.js'
import type { CheckRunRecord, PullRecord, ReviewRecord } from '../state.js'

export interface RepositorySource {
  readonly __typename: 'Repository'
}

export interface BlobSource {
  readonly __typename: 'Blob'
  readonly oid: string
  readonly byteSize: number
}

export interface TreeSource {
  readonly __typename: 'Tree'
  readonly oid: string
  /** Path of this tree in its commit when reached by an expression, so entries get full paths. */
  readonly path: string | undefined
}

export interface CommitSource {
  readonly __typename: 'Commit'
  readonly oid: string
}

export interface TagSource {
  readonly __typename: 'Tag'
  readonly oid: string
}

export type GitObjectSource = BlobSource | TreeSource | CommitSource | TagSource

export interface RefSource {
  readonly __typename: 'Ref'
  /** e.g. refs/heads/main */
  readonly qualifiedName: string
  readonly name: string
  readonly prefix: string
  readonly oid: string
}

export interface ActorSource {
  readonly __typename: 'User' | 'Bot' | 'Organization'
  readonly login: string
  /** The REST login (`x[bot]` for a bot), which REST ids are derived from. */
  readonly restLogin: string
}

export interface TeamSource {
  readonly __typename: 'Team'
  readonly org: string
  readonly slug: string
}

export interface PullSource {
  readonly __typename: 'PullRequest'
  readonly pr: PullRecord
}

export interface ReviewSource {
  readonly __typename: 'PullRequestReview'
  readonly rec: ReviewRecord
}

export interface CheckSuiteSource {
  readonly __typename: 'CheckSuite'
  readonly headSha: string
  readonly app: AppInfo
}

export interface CheckRunSource {
  readonly __typename: 'CheckRun'
  readonly rec: CheckRunRecord
}

export const REPOSITORY: RepositorySource = { __typename: 'Repository' }

/** Maps git's object type to the GraphQL GitObject implementation. */
export function gitObject(type: string, oid: string, size: number, path?: string): GitObjectSource | null {
  if (type === 'blob') return { __typename: 'Blob', oid, byteSize: size }
  if (type === 'tree') return { __typename: 'Tree', oid, path }
  if (type === 'commit') return { __typename: 'Commit', oid }
  if (type === 'tag') return { __typename: 'Tag', oid }
  return null
}

export function commitSource(oid: string): CommitSource {
  return { __typename: 'Commit', oid }
}

/** GraphQL shows an app's bot as a `Bot` whose login has no `[bot]` suffix (REST keeps it). */
export function actorSource(login: string): ActorSource {
  if (login.endsWith('[bot]')) return { __typename: 'Bot', login: login.slice(0, -'[bot]'.length), restLogin: login }
  return { __typename: 'User', login, restLogin: login }
}

export function organizationSource(login: string): ActorSource {
  return { __typename: 'Organization', login, restLogin: login }
}

export function teamSource(org: string, slug: string): TeamSource {
  return { __typename: 'Team', org, slug }
}

export function refSource(qualifiedName: string, oid: string): RefSource {
  // refs/heads/feature/x → prefix refs/heads/, name feature/x
  const cut = qualifiedName.indexOf('/', 'refs/'.length) + 1
  return { __typename: 'Ref', qualifiedName, prefix: qualifiedName.slice(0, cut), name: qualifiedName.slice(cut), oid }
}

export function pullDatabaseId(ctx: EmulatorContext, number: number): number {
  return stableId('pull', `${ctx.repo.owner}/${ctx.repo.repo}#${number}`)
}

export function repoNodeId(ctx: EmulatorContext): string {
  return nodeId('R', stableId('repo', `${ctx.repo.owner}/${ctx.repo.repo}`))
}

export function webUrl(ctx: EmulatorContext, suffix = ''): string {
  return `${repoWeb(ctx)}${suffix}`
}
