// `promptops audit reconcile`: backfills merged pull requests missing from the audit branch
// (a webhook that was never delivered, a key that was not configured yet, an outage). Reads
// the log once, then records each missing governed PR in merge order; every append re-reads
// the branch, checks it against the App's witness and compare-and-swaps its ref, so it is safe
// beside a running App. A PR that cannot be recorded is reported and the others still are; a
// branch that fails its integrity check stops the run (nothing can be appended to it).
import { idempotencyKey, recordIdempotencyKey } from '../../core/audit/index.js'
import { PromptOpsError, UsageError } from '../../core/errors.js'
import { AuditIntegrityError, readRecords } from '../../flows/audit/append.js'
import { signerFromEnv } from '../../adapters/audit/signer.js'
import { githubAuditStore } from '../../adapters/github/audit-store.js'
import { loadBaseConfig } from '../../adapters/github/base-policy.js'
import { createGitHubCache, type GitHubCache } from '../../adapters/github/cache.js'
import { clientFromEnv, type GitHubClient } from '../../adapters/github/octokit.js'
import { mergedPullRequest, recordMergedPull, type MergedPullRequest } from '../../flows/record-merged.js'
import { parseRepo, type RepoRef } from '../../adapters/github/repo-ref.js'
import { VERSION } from '../../version.js'
import { parse, required } from '../args.js'
import type { CliIo } from '../io.js'
import { reconcileUsage } from './usage.js'

interface Summary {
  branch: string
  alreadyRecorded: number
  recorded: Array<{ pr: number; seq: number; path: string }>
  ungoverned: number[]
  notRecorded: Array<{ pr: number; reason: string }>
  /** Why the run stopped: the audit branch failed its integrity check. */
  refused?: string
  missing?: number[]
}

export async function auditReconcile(argv: string[], io: CliIo): Promise<number> {
  const opts = {
    'github-repo': { type: 'string' },
    since: { type: 'string' },
    branch: { type: 'string' },
    'dry-run': { type: 'boolean' },
  } as const
  const { values } = parse(argv, opts, reconcileUsage)
  if (values.help) return (io.stdout(`${reconcileUsage}\n`), 0)
  const repo = parseRepo(required(values['github-repo'], '--github-repo', reconcileUsage))
  const since = values.since === undefined ? null : Date.parse(values.since)
  if (Number.isNaN(since)) throw new UsageError(`--since must be a date (got "${values.since}")`)
  const token = io.env.GITHUB_TOKEN ?? io.env.GH_TOKEN
  if (!token) throw new UsageError('GITHUB_TOKEN is required')
  const client = clientFromEnv(io.env, {
    token,
    userAgent: `promptops-cli/${VERSION}`,
    log: { warn: (m) => io.stderr(`${m}\n`) },
  })
  const cache = createGitHubCache()
  const branch = values.branch ?? (await defaultAuditBranch(client, repo, cache))
  const { files } = await githubAuditStore(client, repo, branch).load()
  const known = new Set(readRecords(files).map(recordIdempotencyKey))
  const merged = await listMerged(client, repo, since)
  const missing = merged.filter((p) => !known.has(idempotencyKey(`${repo.owner}/${repo.repo}`, p.number, p.mergeCommitSha)))
  const summary: Summary = {
    branch,
    alreadyRecorded: merged.length - missing.length,
    recorded: [],
    ungoverned: [],
    notRecorded: [],
  }
  if (values['dry-run'])
    return (io.stdout(`${JSON.stringify({ ...summary, missing: missing.map((p) => p.number) }, null, 2)}\n`), 0)
  for (const pull of missing) {
    const serverUrl = io.env.GITHUB_SERVER_URL ?? new URL(pull.htmlUrl).origin
    const signer = signerFromEnv(io.env, `${new URL(serverUrl).host}/${repo.owner}/${repo.repo}/promptops-audit`)
    if (!signer)
      throw new PromptOpsError(
        'signing-key',
        'PROMPTOPS_SIGNING_KEY is required: records are signed with the same key as the App',
      )
    try {
      const outcome = await recordMergedPull(client, repo, pull, {
        signer,
        serverUrl,
        now: io.now(),
        cache,
        branch,
        warn: (m) => io.stderr(`${m}\n`),
      })
      if (outcome.status === 'ungoverned') summary.ungoverned.push(pull.number)
      else if (outcome.status === 'no-policy') summary.notRecorded.push({ pr: pull.number, reason: outcome.message })
      else if (outcome.status === 'appended') summary.recorded.push({ pr: pull.number, seq: outcome.seq, path: outcome.path })
      else summary.alreadyRecorded++
    } catch (error) {
      if (error instanceof AuditIntegrityError) {
        summary.refused = error.message
        break
      }
      // One PR that cannot be recorded (an unreadable commit, an invalid value) must not block the rest.
      summary.notRecorded.push({ pr: pull.number, reason: error instanceof Error ? error.message : String(error) })
    }
  }
  io.stdout(`${JSON.stringify(summary, null, 2)}\n`)
  if (summary.refused) io.stderr(`promptops audit reconcile: ${summary.refused}\n`)
  return summary.notRecorded.length > 0 || summary.refused ? 1 : 0
}

async function defaultAuditBranch(client: GitHubClient, repo: RepoRef, cache: GitHubCache): Promise<string> {
  const { data } = await client.rest.repos.get({ ...repo })
  const config = await loadBaseConfig(client, repo, cache, data.default_branch)
  return config.ok ? config.value.audit.branch : 'promptops-audit'
}

/** Merged PRs, oldest merge first. Closed PRs come newest-updated first, so paging stops at `since`. */
async function listMerged(client: GitHubClient, repo: RepoRef, since: number | null): Promise<MergedPullRequest[]> {
  const pulls = await client.paginate(
    'GET /repos/{owner}/{repo}/pulls',
    { ...repo, state: 'closed', sort: 'updated', direction: 'desc', per_page: 100 },
    (response, done) => {
      if (since !== null && response.data.some((p) => Date.parse(p.updated_at) < since)) done()
      return response.data
    },
  )
  return pulls
    .flatMap((p): MergedPullRequest[] =>
      p.merged_at && p.merge_commit_sha && (since === null || Date.parse(p.merged_at) >= since)
        ? [mergedPullRequest({ ...p, merge_commit_sha: p.merge_commit_sha, merged_at: p.merged_at })]
        : [],
    )
    .sort((a, b) => Date.parse(a.mergedAt) - Date.parse(b.mergedAt) || a.number - b.number)
}
