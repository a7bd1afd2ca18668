// `pull_request.closed` with `merged: true`: record the decision on the audit branch.
// Nothing is recorded for PRs that touched nothing governed. Without a signing key the App
// logs an error and writes nothing rather than inventing a key nobody can verify against.
import type { Context } from 'probot'
import { signerFromEnv } from '../../src/adapters/audit/signer.js'
import { createClient, type GitHubClient } from '../../src/adapters/github/octokit.js'
import { recordMergedPull, type MergedPullRequest } from '../../src/adapters/github/record-merged.js'
import { VERSION } from '../../src/version.js'
import { groupCommit } from './group-commit.js'

export async function onMerged(context: Context<'pull_request.closed'>): Promise<void> {
  const p = context.payload.pull_request
  if (!p.merged || !p.merge_commit_sha || !p.merged_at) return
  const repo = context.repo()
  const web = new URL(context.payload.repository.html_url)
  const signer = signerFromEnv(process.env, `${web.host}/${repo.owner}/${repo.repo}/promptops-audit`)
  if (!signer) {
    context.log.error({ pull: p.number }, 'audit: PROMPTOPS_SIGNING_KEY is not set; merged pull request NOT recorded (run `promptops audit reconcile` once a key is configured)')
    return
  }
  const client = context.octokit as unknown as GitHubClient
  const pull: MergedPullRequest = { number: p.number, title: p.title, author: p.user?.login ?? '', htmlUrl: p.html_url, headSha: p.head.sha, baseSha: p.base.sha, mergeCommitSha: p.merge_commit_sha, mergedAt: p.merged_at, createdAt: p.created_at }
  const outcome = await recordMergedPull(client, repo, pull, { signer, serverUrl: web.origin, now: new Date(), writer: () => auditWriter(context, client), append: (key, store, input) => groupCommit(key, store, input, signer, web.origin) })
  if (outcome.status === 'no-policy') context.log.error({ pull: p.number, reason: outcome.message }, 'audit: no valid PromptOps policy on the base; merged pull request NOT recorded')
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
