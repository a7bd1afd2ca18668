// One merged pull request → one audit record on the audit branch, through the REST API.
// Policy comes from the base as it was just before the merge (the merge commit's first
// parent, or the PR's recorded base SHA for squash/rebase merges): never from the merge
// commit itself, which already contains the PR's own changes.
import { auditInput } from '../core/audit/index.js'
import type { AuditRecordInput, Signer } from '../core/audit/index.js'
import { CONFIG_PATH } from '../core/config/parse-config.js'
import { sha256Hex } from '../core/audit/hash.js'
import { AuditIntegrityError, appendWithRetry, type AppendOutcome } from './audit/append.js'
import type { AuditStore } from '../adapters/audit/store.js'
import type { AuditWitness } from '../adapters/audit/witness.js'
import { githubAuditStore } from '../adapters/github/audit-store.js'
import type { GitHubCache } from '../adapters/github/cache.js'
import { githubAuditWitness } from '../adapters/github/audit-witness.js'
import { decidePull } from './decide-pull.js'
import type { GitHubClient } from '../adapters/github/octokit.js'
import type { RepoRef } from '../adapters/github/repo-ref.js'
import { slaOutcome } from '../core/governance/sla-outcome.js'
import { accuracyMetrics, type EvalSummary } from '../core/metrics/index.js'
import type { Config } from '../core/config/config.schema.js'

export interface MergedPullRequest {
  number: number
  title: string
  author: string
  htmlUrl: string
  headSha: string
  baseSha: string
  mergeCommitSha: string
  mergedAt: string
  /** When the PR was opened (starts the review-SLA clock). */
  createdAt?: string | null
}

/** The fields of GitHub's pull request (webhook payload or REST answer) a record needs. */
export interface GitHubMergedPull {
  number: number
  title: string
  user?: { login: string } | null
  html_url: string
  head: { sha: string }
  base: { sha: string }
  merge_commit_sha: string
  merged_at: string
  created_at?: string | null
}

export function mergedPullRequest(p: GitHubMergedPull): MergedPullRequest {
  return {
    number: p.number,
    title: p.title,
    author: p.user?.login ?? '',
    htmlUrl: p.html_url,
    headSha: p.head.sha,
    baseSha: p.base.sha,
    mergeCommitSha: p.merge_commit_sha,
    mergedAt: p.merged_at,
    createdAt: p.created_at,
  }
}

export type RecordOutcome = AppendOutcome | { status: 'ungoverned' } | { status: 'no-policy'; message: string }

export interface RecordDeps {
  signer: Signer
  /** Web origin of the GitHub server (PR links in index pages). */
  serverUrl: string
  now: Date
  /** Answers by SHA, kept by the shell (the App shares one with its checks). */
  cache: GitHubCache
  /** Client for the audit branch, made once the PR is known to need a record; defaults to `client`. */
  writer?: () => Promise<GitHubClient>
  /** Audit branch; default `audit.branch` of the pre-merge policy. */
  branch?: string
  /** How to append (the App batches appends per branch); default `appendWithRetry`. */
  append?: (key: string, store: AuditStore, input: AuditRecordInput, witness: AuditWitness) => Promise<AppendOutcome>
  /** The App's id: only its check runs count as the audit log's witness. */
  appId?: number
  warn?: (message: string) => void
  /** Eval results to record as per-template accuracy (the Action reads them from its workspace). */
  evalSummaries?: (config: Config) => Promise<readonly EvalSummary[]>
}

export async function recordMergedPull(
  client: GitHubClient,
  repo: RepoRef,
  pull: MergedPullRequest,
  deps: RecordDeps,
): Promise<RecordOutcome> {
  const base = await preMergeBase(client, repo, pull)
  const decided = await decidePull(client, repo, deps.cache, { ...pull, baseSha: base }, base, deps.now, {
    requireGoverned: true,
    loadFacts: 'always',
  })
  if (decided.kind === 'ungoverned') return { status: 'ungoverned' }
  if (decided.kind === 'no-config') return { status: 'no-policy', message: `no ${CONFIG_PATH} at ${base}` }
  if (decided.kind === 'invalid-config') return { status: 'no-policy', message: decided.message }
  if (decided.kind === 'incomplete') return { status: 'no-policy', message: decided.reason }
  const configDigest = sha256Hex(decided.policy.configText ?? '')
  const sla = slaOutcome(
    decided.report,
    decided.config,
    { author: pull.author, openedAt: pull.createdAt ?? null, mergedAt: pull.mergedAt },
    decided.facts.reviews,
  )
  const merged = {
    repository: `${repo.owner}/${repo.repo}`,
    number: pull.number,
    title: pull.title,
    author: pull.author,
    url: pull.htmlUrl,
    base,
    head: pull.headSha,
    mergeCommit: pull.mergeCommitSha,
    mergedAt: pull.mergedAt,
  }
  const summaries = deps.evalSummaries ? await deps.evalSummaries(decided.config) : []
  const metrics = accuracyMetrics(summaries, decided.report.templates)
  const input = auditInput(merged, decided.report, decided.decision, decided.facts.reviews, configDigest, {
    ...(sla ? { sla } : {}),
    metrics,
  })
  const branch = deps.branch ?? decided.config.audit.branch
  const writer = deps.writer ? await deps.writer() : client
  const store: AuditStore = githubAuditStore(writer, repo, branch)
  const witness = githubAuditWitness(writer, repo, {
    ...(deps.appId !== undefined ? { appId: deps.appId } : {}),
    ...(deps.warn ? { warn: deps.warn } : {}),
  })
  const key = `${repo.owner}/${repo.repo}#${branch}`
  try {
    if (deps.append) return await deps.append(key, store, input, witness)
    return await appendWithRetry(store, input, deps.signer, deps.now, {
      serverUrl: deps.serverUrl,
      witness,
      ...(deps.warn ? { warn: deps.warn } : {}),
    })
  } catch (error) {
    // Never silent: the refusal is shown on the merge commit, beside the checks people look at.
    if (error instanceof AuditIntegrityError) await witness.refuse(pull.mergeCommitSha, error.message)
    throw error
  }
}

/** The base branch tip just before the merge: a merge commit's first parent; otherwise the
 * PR's base SHA (a squash or rebase commit's parent may already hold part of the PR). */
async function preMergeBase(client: GitHubClient, repo: RepoRef, pull: MergedPullRequest): Promise<string> {
  const { data } = await client.rest.git.getCommit({ ...repo, commit_sha: pull.mergeCommitSha })
  const [first, second] = data.parents
  return data.parents.length === 2 && first !== undefined && second?.sha === pull.headSha ? first.sha : pull.baseSha
}
