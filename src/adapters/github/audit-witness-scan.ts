// Searching the default branch's history for audit witnesses: one GraphQL query per 100
// commits (`Commit.history`, git log order), each commit's check suites filtered to the
// witness check name (and the App, when its id is known). Used when the newest record's merge
// commit carries no witness (a missing branch, a log written before witnesses) and by
// auditors, who look at every witness within reach rather than the newest only.
import { parseWitness, WITNESS_CHECK_NAME, type Anchor } from '../../core/audit/index.js'
import { PromptOpsError } from '../../core/errors.js'
import type { GitHubClient } from './octokit.js'
import type { RepoRef } from './repo-ref.js'

export interface ScanOptions {
  appId?: number
  /** Commits to look at, newest first. */
  maxCommits: number
  /** Stop after the first page of 100 commits that holds a witness (the App only needs the newest). */
  stopAtFirst: boolean
}

export interface ScanResult {
  anchors: Anchor[]
  /** Commits looked at. */
  commits: number
  ref: string | null
  /** Apps whose check runs held witnesses, as `slug (id)`. */
  apps: string[]
}

const PAGE = 100
const RUNS_PER_SUITE = 20
const SUITES_PER_COMMIT = 10

const QUERY = `query($owner: String!, $name: String!, $first: Int!, $after: String, $appId: Int, $check: String!) {
  repository(owner: $owner, name: $name) {
    defaultBranchRef { name target { ... on Commit { history(first: $first, after: $after) {
      pageInfo { hasNextPage endCursor }
      nodes { oid checkSuites(first: ${SUITES_PER_COMMIT}, filterBy: { appId: $appId, checkName: $check }) {
        pageInfo { hasNextPage }
        nodes { app { databaseId slug } checkRuns(first: ${RUNS_PER_SUITE}, filterBy: { checkName: $check, checkType: ALL }) {
          pageInfo { hasNextPage } nodes { databaseId text } } } } }
    } } } }
  }
}`

interface Run {
  databaseId: number | null
  text: string | null
}
interface Suite {
  app: { databaseId: number | null; slug: string } | null
  checkRuns: { pageInfo: { hasNextPage: boolean }; nodes: Array<Run | null> | null }
}
interface HistoryNode {
  oid: string
  checkSuites: { pageInfo: { hasNextPage: boolean }; nodes: Array<Suite | null> | null }
}
interface Reply {
  repository: {
    defaultBranchRef: {
      name: string
      target: {
        history?: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: Array<HistoryNode | null> | null }
      } | null
    } | null
  } | null
}

export async function scanWitnesses(
  client: GitHubClient,
  repo: RepoRef,
  branch: string,
  options: ScanOptions,
): Promise<ScanResult> {
  const result: ScanResult = { anchors: [], commits: 0, ref: null, apps: [] }
  let after: string | null = null
  while (result.commits < options.maxCommits) {
    const first = Math.min(PAGE, options.maxCommits - result.commits)
    const reply: Reply = await client.graphql<Reply>(QUERY, {
      owner: repo.owner,
      name: repo.repo,
      first,
      after,
      appId: options.appId ?? null,
      check: WITNESS_CHECK_NAME,
    })
    const ref = reply.repository?.defaultBranchRef ?? null
    const history = ref?.target?.history
    if (!ref || !history) return result // an empty repository has no history and no witness
    result.ref = ref.name
    const before = result.anchors.length
    for (const node of history.nodes ?? []) {
      if (!node) continue
      result.commits++
      collect(node, branch, result)
    }
    if (!history.pageInfo.hasNextPage || (options.stopAtFirst && result.anchors.length > before)) return result
    after = history.pageInfo.endCursor
  }
  return result
}

function collect(node: HistoryNode, branch: string, result: ScanResult): void {
  // Fail closed: a witness we could not list could be the one that matters.
  if (node.checkSuites.pageInfo.hasNextPage) throw incomplete(node.oid)
  for (const suite of node.checkSuites.nodes ?? []) {
    if (!suite) continue
    if (suite.checkRuns.pageInfo.hasNextPage) throw incomplete(node.oid)
    for (const run of suite.checkRuns.nodes ?? []) {
      const witness = parseWitness(run?.text)
      if (witness?.branch !== branch) continue
      const app = suite.app ? `${suite.app.slug} (${suite.app.databaseId ?? '?'})` : 'an unknown app'
      result.anchors.push({
        checkpoint: witness.checkpoint,
        source: `witness on ${node.oid.slice(0, 12)} (check run ${run?.databaseId ?? '?'} by ${suite.app?.slug ?? 'an unknown app'})`,
      })
      if (!result.apps.includes(app)) result.apps.push(app)
    }
  }
}

function incomplete(oid: string): PromptOpsError {
  return new PromptOpsError(
    'audit-witness',
    `too many ${WITNESS_CHECK_NAME} check runs on ${oid.slice(0, 12)} to read them completely`,
  )
}
