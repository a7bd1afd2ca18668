// Writes `promptops/approval` idempotently: an identical latest run on the same SHA is left
// alone (webhook redelivery writes nothing), a different one is updated in place.
import type { ApprovalCheckPlan, ReviewRequestPlan } from '../../core/plan/approval-check.js'
import type { GitHubClient } from './octokit.js'
import type { RepoRef } from './repo-ref.js'

export async function writeApprovalCheck(client: GitHubClient, repo: RepoRef, headSha: string, plan: ApprovalCheckPlan, detailsUrl: string): Promise<'created' | 'updated' | 'unchanged'> {
  const { data } = await client.rest.checks.listForRef({ ...repo, ref: headSha, check_name: plan.name, filter: 'latest', per_page: 1 })
  const latest = data.check_runs[0]
  const output = { title: plan.title, summary: plan.summary }
  if (latest && latest.status === 'completed' && latest.conclusion === plan.conclusion && latest.output.title === plan.title && latest.output.summary === plan.summary) return 'unchanged'
  if (latest) {
    await client.rest.checks.update({ ...repo, check_run_id: Number(latest.id), status: 'completed', conclusion: plan.conclusion, details_url: detailsUrl, output })
    return 'updated'
  }
  await client.rest.checks.create({ ...repo, name: plan.name, head_sha: headSha, status: 'completed', conclusion: plan.conclusion, details_url: detailsUrl, output })
  return 'created'
}

export async function requestReviewers(client: GitHubClient, repo: RepoRef, pull: number, plan: ReviewRequestPlan): Promise<boolean> {
  if (plan.users.length === 0 && plan.teams.length === 0) return false
  // The plan comes from the webhook payload, which is stale on redelivery or after a queue:
  // ask GitHub who is requested now, so a redelivered event requests nobody twice.
  const { data: current } = await client.rest.pulls.listRequestedReviewers({ ...repo, pull_number: pull })
  const users = new Set(current.users.map((u) => u.login.toLowerCase()))
  const teams = new Set(current.teams.map((t) => t.slug.toLowerCase()))
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
