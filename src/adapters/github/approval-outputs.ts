// Writes `promptops/approval` idempotently: an identical latest run on the same SHA is left
// alone (webhook redelivery writes nothing), a different one is updated in place.
import type { ApprovalCheckPlan, ReviewRequestPlan } from '../../core/plan/approval-check.js'
import type { ExistingCheckRun } from './graphql/answer.js'
import type { GitHubClient } from './octokit.js'
import type { RepoRef } from './repo-ref.js'

/** `existing`: the latest run as already read (null: there is none); looked up when undefined. */
export async function writeApprovalCheck(
  client: GitHubClient,
  repo: RepoRef,
  headSha: string,
  plan: ApprovalCheckPlan,
  detailsUrl: string | null,
  existing?: ExistingCheckRun | null,
): Promise<'created' | 'updated' | 'unchanged'> {
  const latest = existing === undefined ? await latestRun(client, repo, headSha, plan.name) : existing
  const output = { title: plan.title, summary: plan.summary }
  if (
    latest &&
    latest.status === 'completed' &&
    latest.conclusion === plan.conclusion &&
    latest.title === plan.title &&
    latest.summary === plan.summary
  )
    return 'unchanged'
  if (latest) {
    await client.rest.checks.update({
      ...repo,
      check_run_id: Number(latest.id),
      status: 'completed',
      conclusion: plan.conclusion,
      ...(detailsUrl ? { details_url: detailsUrl } : {}),
      output,
    })
    return 'updated'
  }
  await client.rest.checks.create({
    ...repo,
    name: plan.name,
    head_sha: headSha,
    status: 'completed',
    conclusion: plan.conclusion,
    ...(detailsUrl ? { details_url: detailsUrl } : {}),
    output,
  })
  return 'created'
}

async function latestRun(client: GitHubClient, repo: RepoRef, sha: string, name: string): Promise<ExistingCheckRun | null> {
  const { data } = await client.rest.checks.listForRef({ ...repo, ref: sha, check_name: name, filter: 'latest', per_page: 1 })
  const run = data.check_runs[0]
  return run
    ? {
        id: Number(run.id),
        status: run.status,
        conclusion: run.conclusion ?? null,
        title: run.output.title ?? null,
        summary: run.output.summary ?? null,
      }
    : null
}

/** `current`: who is requested now, as already read; looked up when null. */
export async function requestReviewers(
  client: GitHubClient,
  repo: RepoRef,
  pull: number,
  plan: ReviewRequestPlan,
  current: { users: string[]; teams: string[] } | null = null,
): Promise<boolean> {
  if (plan.users.length === 0 && plan.teams.length === 0) return false
  // The plan comes from the webhook payload, which is stale on redelivery or after a queue:
  // ask GitHub who is requested now, so a redelivered event requests nobody twice.
  const now = current ?? (await requestedNow(client, repo, pull))
  const users = new Set(now.users.map((u) => u.toLowerCase()))
  const teams = new Set(now.teams.map((t) => t.toLowerCase()))
  const reviewers = plan.users.filter((u) => !users.has(u.toLowerCase()))
  const teamReviewers = plan.teams.filter((t) => !teams.has(t.toLowerCase()))
  if (reviewers.length === 0 && teamReviewers.length === 0) return false
  try {
    await client.rest.pulls.requestReviewers({ ...repo, pull_number: pull, reviewers, team_reviewers: teamReviewers })
    return true
  } catch (error) {
    // 422: a reviewer is not a collaborator. The check text still names who is needed.
    if ((error as { status?: number }).status === 422) return false
    throw error
  }
}

async function requestedNow(client: GitHubClient, repo: RepoRef, pull: number): Promise<{ users: string[]; teams: string[] }> {
  const { data } = await client.rest.pulls.listRequestedReviewers({ ...repo, pull_number: pull })
  return { users: data.users.map((u) => u.login), teams: data.teams.map((t) => t.slug) }
}
