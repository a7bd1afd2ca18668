// `pull_request.closed` with `merged: true`: record the decision on the audit branch.
// Nothing is recorded for PRs that touched nothing governed. Without a signing key the App
// logs an error and writes nothing rather than inventing a key nobody can verify against.
// A branch that fails its integrity check (truncated, deleted, rewritten, re-keyed: see
// src/flows/audit/guard.ts) is not appended to: the App logs the reason and shows it as a
// failed `promptops/audit` check on the merge commit.
import type { Context } from 'probot'
import { AuditIntegrityError } from '../../src/flows/audit/append.js'
import { signerFromEnv } from '../../src/adapters/audit/signer.js'
import type { GitHubCache } from '../../src/adapters/github/cache.js'
import { createClient, type GitHubClient } from '../../src/adapters/github/octokit.js'
import { mergedPullRequest, recordMergedPull } from '../../src/flows/record-merged.js'
import type { AuditStore } from '../../src/adapters/audit/store.js'
import type { AuditWitness } from '../../src/adapters/audit/witness.js'
import type { AuditRecordInput } from '../../src/core/audit/index.js'
import { VERSION } from '../../src/version.js'
import type { GroupCommit } from './group-commit.js'

export interface MergedDeps {
  /** The App's id (Probot's APP_ID): only its check runs count as the audit log's witness. */
  appId: number | null
  cache: GitHubCache
  /** Batches appends per audit branch in this process. */
  audit: GroupCommit
}

export function onMerged(deps: MergedDeps): (context: Context<'pull_request.closed'>) => Promise<void> {
  return (context) => recordMerged(context, deps)
}

async function recordMerged(context: Context<'pull_request.closed'>, shell: MergedDeps): Promise<void> {
  const p = context.payload.pull_request
  if (!p.merged || !p.merge_commit_sha || !p.merged_at) return
  const repo = context.repo()
  const web = new URL(context.payload.repository.html_url)
  const signer = signerFromEnv(process.env, `${web.host}/${repo.owner}/${repo.repo}/promptops-audit`)
  if (!signer) {
    context.log.error(
      { pull: p.number },
      'audit: PROMPTOPS_SIGNING_KEY is not set; merged pull request NOT recorded (run `promptops audit reconcile` once a key is configured)',
    )
    return
  }
  const client: GitHubClient = context.octokit
  const pull = mergedPullRequest({ ...p, merge_commit_sha: p.merge_commit_sha, merged_at: p.merged_at })
  const warn = (message: string): void => context.log.warn({ pull: p.number }, message)
  const deps = {
    signer,
    serverUrl: web.origin,
    now: new Date(),
    cache: shell.cache,
    warn,
    ...(shell.appId !== null ? { appId: shell.appId } : {}),
    writer: () => auditWriter(context, client),
    append: (key: string, store: AuditStore, input: AuditRecordInput, witness: AuditWitness) =>
      shell.audit.append(key, store, input, { signer, serverUrl: web.origin, witness, warn }),
  }
  let outcome
  try {
    outcome = await recordMergedPull(client, repo, pull, deps)
  } catch (error) {
    if (!(error instanceof AuditIntegrityError)) throw error
    context.log.error(
      { pull: p.number, reason: error.message },
      'audit: the audit branch failed its integrity check; merged pull request NOT recorded',
    )
    return
  }
  if (outcome.status === 'no-policy')
    context.log.error(
      { pull: p.number, reason: outcome.message },
      'audit: no valid PromptOps policy on the base; merged pull request NOT recorded',
    )
  else context.log.info({ pull: p.number, ...outcome }, 'audit: merged pull request')
}

/** Audit writes bypass Probot's process-wide limiter (one write per second across every
 * installation): appends are already batched per branch, and a commit costs three writes.
 * This client still retries 5xx and waits out rate limits. The installation token comes
 * from Probot's cache, filled by the reads that came first (Probot's `auth()` alone would
 * ask api.github.com even on GHES); failing that, writes go through Probot's own client. */
async function auditWriter(context: Context<'pull_request.closed'>, fallback: GitHubClient): Promise<GitHubClient> {
  try {
    const { token } = (await context.octokit.auth({ type: 'installation' })) as { token: string }
    const baseUrl = (context.octokit.request.endpoint.DEFAULTS as { baseUrl: string }).baseUrl
    return createClient({ token, baseUrl, userAgent: `promptops-app/${VERSION}`, log: { warn: (m) => context.log.warn(m) } })
  } catch (error) {
    context.log.warn({ err: error }, 'audit: no installation token for the audit writer; using the rate-limited Probot client')
    return fallback
  }
}
