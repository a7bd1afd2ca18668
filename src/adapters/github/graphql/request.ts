// One GraphQL query for everything the approval decision reads about a pull request that is
// not the diff itself. Each part is optional; the query text is built here, purely, so its shape
// is unit-tested without a server. answer.ts maps the answer back.
import type { RepoRef } from '../repo-ref.js'
import { BRANCH_SETTINGS } from './branch-settings.js'

/** A path at a commit: its tree entry (mode, type, object id) and, unless `stateOnly`, its text. */
export interface FileRef {
  commit: string
  path: string
  stateOnly?: boolean
}

export interface SnapshotRequest {
  files?: readonly FileRef[]
  /** Blobs by object id (texts that never change, whatever commit holds them). */
  blobs?: readonly string[]
  /** The pull request's current state; with `details`, also reviews, review requests, the
   * first page of commits (authors as GitHub resolved them) and the latest base change. */
  pull?: { number: number; details: boolean }
  /** Open pull requests whose head is this commit. */
  headPulls?: string
  /** Our latest run of `name` on each commit (runs by the app `appId`; any app when null). */
  checkRuns?: { shas: readonly string[]; name: string; appId: number | null }
  /** What branch protection and rulesets enforce on these branches (required checks and the
   * app each is pinned to, force pushes, deletion, reviews). */
  branches?: readonly string[]
  /** `org/slug` teams whose members are wanted. */
  teams?: readonly string[]
  /** The merge queue of a branch: which pull requests a merge group contains. */
  mergeQueueOf?: string
}

export interface BuiltQuery {
  query: string
  variables: Record<string, unknown>
}

export const PAGE = 100
/** Co-authors listed per commit: GitHub shows the git author first, then trailers. */
export const AUTHORS_PER_COMMIT = 20

const BLOB = '... on Blob { isBinary isTruncated text }'
const ACTOR = 'author { __typename login }'

export function buildSnapshotQuery(repo: RepoRef, request: SnapshotRequest): BuiltQuery {
  const params = ['$owner: String!', '$name: String!']
  const variables: Record<string, unknown> = { owner: repo.owner, name: repo.repo }
  const inRepo: string[] = []
  const top: string[] = []
  const declare = (name: string, type: string, value: unknown): string => {
    params.push(`$${name}: ${type}`)
    variables[name] = value
    return `$${name}`
  }
  ;(request.files ?? []).forEach((f, i) => {
    const entry = `mode type oid${f.stateOnly ? '' : ` object { ${BLOB} }`}`
    inRepo.push(
      `f${i}: object(oid: ${declare(`fc${i}`, 'GitObjectID!', f.commit)}) { ... on Commit { file(path: ${declare(`fp${i}`, 'String!', f.path)}) { ${entry} } } }`,
    )
  })
  ;(request.blobs ?? []).forEach((oid, i) =>
    inRepo.push(`b${i}: object(oid: ${declare(`bo${i}`, 'GitObjectID!', oid)}) { ${BLOB} }`),
  )
  if (request.pull) inRepo.push(pullPart(declare('pull', 'Int!', request.pull.number), request.pull.details))
  if (request.headPulls !== undefined) {
    inRepo.push(`headCommit: object(oid: ${declare('headSha', 'GitObjectID!', request.headPulls)}) { ... on Commit {
      associatedPullRequests(first: ${PAGE}) { totalCount nodes { number state headRefOid baseRefName } }
    } }`)
  }
  if (request.checkRuns) {
    const name = declare('checkName', 'String!', request.checkRuns.name)
    const app = declare('appId', 'Int', request.checkRuns.appId)
    request.checkRuns.shas.forEach((sha, i) => {
      inRepo.push(`c${i}: object(oid: ${declare(`cs${i}`, 'GitObjectID!', sha)}) { ... on Commit {
      checkSuites(first: 10, filterBy: { appId: ${app}, checkName: ${name} }) { nodes {
        checkRuns(first: 10, filterBy: { checkName: ${name}, checkType: LATEST }) { nodes { databaseId status conclusion title summary } }
      } }
    } }`)
    })
  }
  ;(request.branches ?? []).forEach((branch, i) => {
    inRepo.push(`br${i}: ref(qualifiedName: ${declare(`branch${i}`, 'String!', `refs/heads/${branch}`)}) { ${BRANCH_SETTINGS} }`)
  })
  if (request.mergeQueueOf !== undefined) {
    inRepo.push(`mergeQueue(branch: ${declare('queueBranch', 'String', request.mergeQueueOf)}) {
      entries(first: ${PAGE}) { totalCount nodes { position headCommit { oid } pullRequest { number } } }
    }`)
  }
  ;(request.teams ?? []).forEach((team, i) => {
    const [org, slug] = team.split('/') as [string, string]
    top.push(
      `t${i}: organization(login: ${declare(`org${i}`, 'String!', org)}) { team(slug: ${declare(`team${i}`, 'String!', slug)}) { members(first: ${PAGE}) { totalCount nodes { login } } } }`,
    )
  })
  const query = `query PromptOpsSnapshot(${params.join(', ')}) {
  repository(owner: $owner, name: $name) {
    ${inRepo.join('\n    ') || 'id'}
  }
  ${top.join('\n  ')}
}`
  return { query, variables }
}

function pullPart(number: string, details: boolean): string {
  const state = `number state title url createdAt isCrossRepository changedFiles ${ACTOR}
      headRefName headRefOid headRepository { name owner { login } }
      baseRefName baseRefOid baseRef { target { oid } }`
  if (!details) return `pullRequest(number: ${number}) { ${state} }`
  return `pullRequest(number: ${number}) {
      ${state}
      reviews(first: ${PAGE}) { totalCount nodes { databaseId state body submittedAt lastEditedAt editor { __typename login } authorCanPushToRepository ${ACTOR} commit { oid } } }
      reviewRequests(first: ${PAGE}) { totalCount nodes { requestedReviewer { __typename ... on User { login } ... on Bot { login } ... on Team { slug } } } }
      commits(first: ${PAGE}) { totalCount pageInfo { hasNextPage endCursor } nodes { ${COMMIT_PEOPLE} } }
      timelineItems(last: 1, itemTypes: [BASE_REF_CHANGED_EVENT, BASE_REF_FORCE_PUSHED_EVENT]) { nodes { __typename ... on BaseRefChangedEvent { createdAt } ... on BaseRefForcePushedEvent { createdAt } } }
    }`
}

/** Who is named on a commit, as GitHub resolved the addresses to accounts. */
export const COMMIT_PEOPLE = `commit { oid authors(first: ${AUTHORS_PER_COMMIT}) { totalCount nodes { email user { login } } } committer { email user { login } } }`

/** The next page of a pull request's commits. */
export function buildCommitsPageQuery(repo: RepoRef, number: number, after: string): BuiltQuery {
  return {
    query: `query PromptOpsCommits($owner: String!, $name: String!, $pull: Int!, $after: String!) {
  repository(owner: $owner, name: $name) { pullRequest(number: $pull) { commits(first: ${PAGE}, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { ${COMMIT_PEOPLE} } } } }
}`,
    variables: { owner: repo.owner, name: repo.repo, pull: number, after },
  }
}
