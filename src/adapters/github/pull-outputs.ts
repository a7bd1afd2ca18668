// Applies the core's plans to a pull request: labels, the sticky comment, the check run.
// Every write degrades to a reported "skipped" when the token may not write (fork PRs).
// The sticky comment is ours only when the token's own account wrote it.
import type { CheckRunPlan } from '../../core/plan/check-run.js'
import { planComment, type CommentMode } from '../../core/plan/comment.js'
import { planLabels } from '../../core/plan/labels.js'
import type { Report } from '../../core/report/types.js'
import type { GitHubClient } from './octokit.js'
import type { RepoRef } from './repo-ref.js'

export const isForbidden = (error: unknown): boolean => {
  const e = error as { status?: number; message?: string }
  return e.status === 403 && !/rate limit/i.test(e.message ?? '')
}

export async function applyLabels(
  client: GitHubClient,
  repo: RepoRef,
  pull: number,
  report: Report,
  prefixes: { level: string; facet: string },
): Promise<{ added: string[]; removed: string[] }> {
  const current = (
    await client.paginate('GET /repos/{owner}/{repo}/issues/{issue_number}/labels', {
      ...repo,
      issue_number: pull,
      per_page: 100,
    })
  ).map((l) => l.name)
  const plan = planLabels(report, current, prefixes)
  if (plan.add.length > 0) {
    const existing = new Set(
      (await client.paginate('GET /repos/{owner}/{repo}/labels', { ...repo, per_page: 100 })).map((l) => l.name),
    )
    for (const def of plan.definitions.filter((d) => plan.add.includes(d.name) && !existing.has(d.name))) {
      await client.rest.issues.createLabel({ ...repo, ...def }).catch((error: { status?: number }) => {
        if (error.status !== 422) throw error // 422: created concurrently by another run
      })
    }
    await client.rest.issues.addLabels({ ...repo, issue_number: pull, labels: plan.add })
  }
  for (const name of plan.remove) {
    await client.rest.issues.removeLabel({ ...repo, issue_number: pull, name }).catch((error: { status?: number }) => {
      if (error.status !== 404) throw error
    })
  }
  return { added: plan.add, removed: plan.remove }
}

/** The account a token acts as: REST `user.id` is GraphQL `databaseId`. */
export interface Account {
  login: string
  id: number | null
}

/**
 * Who this token posts as, from GraphQL `viewer`: the one lookup that answers for every kind
 * of token (REST `GET /user` is refused to installation tokens, `GET /app` wants the App's
 * JWT). GITHUB_TOKEN is `github-actions[bot]`, an App's installation token `<slug>[bot]`, a
 * personal token its user.
 */
export async function tokenAccount(client: GitHubClient): Promise<Account> {
  const { viewer } = await client.graphql<{ viewer: { login: string; databaseId: number | null } }>(
    'query { viewer { login databaseId } }',
  )
  return { login: viewer.login, id: viewer.databaseId }
}

/** Same account by id, or by login (unique, case-insensitive; a `[bot]` login is never a user's). */
export const sameAccount = (a: Account, b: Account): boolean =>
  (a.id !== null && a.id === b.id) || a.login.toLowerCase() === b.login.toLowerCase()

/**
 * The sticky comment. Only a comment `self` wrote can be the one to update: anyone may post a
 * comment that carries the hidden marker, and updating theirs would put the report where they
 * can edit it (and leave the real one unposted). With `self` unknown, nothing is reused.
 */
export async function applyComment(
  client: GitHubClient,
  repo: RepoRef,
  pull: number,
  report: Report,
  body: string,
  mode: CommentMode,
  self: Account | null,
): Promise<string> {
  if (mode === 'never') return 'comments disabled'
  const comments = await client.paginate('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', {
    ...repo,
    issue_number: pull,
    per_page: 100,
  })
  const ours = comments.filter(
    (c) => self !== null && c.user !== null && sameAccount(self, { login: c.user.login, id: Number(c.user.id) }),
  )
  const plan = planComment(
    report,
    body,
    mode,
    ours.map((c) => ({ id: Number(c.id), body: c.body ?? null })),
  )
  if (plan.action === 'create') await client.rest.issues.createComment({ ...repo, issue_number: pull, body: plan.body })
  if (plan.action === 'update') await client.rest.issues.updateComment({ ...repo, comment_id: plan.id, body: plan.body })
  return plan.action === 'none' ? plan.reason : `${plan.action}d`
}

export async function applyCheckRun(
  client: GitHubClient,
  repo: RepoRef,
  headSha: string,
  plan: CheckRunPlan,
  detailsUrl?: string,
): Promise<number> {
  const [first = [], ...rest] = plan.annotationBatches
  const output = (annotations: typeof first) => ({ title: plan.title, summary: plan.summary, annotations })
  const created = await client.rest.checks.create({
    ...repo,
    name: plan.name,
    head_sha: headSha,
    status: rest.length > 0 ? 'in_progress' : 'completed',
    ...(rest.length > 0 ? {} : { conclusion: plan.conclusion }),
    ...(detailsUrl ? { details_url: detailsUrl } : {}),
    output: output(first),
  })
  const id = Number(created.data.id)
  for (const [i, batch] of rest.entries()) {
    const last = i === rest.length - 1
    await client.rest.checks.update({
      ...repo,
      check_run_id: id,
      output: output(batch),
      ...(last ? { status: 'completed', conclusion: plan.conclusion } : {}),
    })
  }
  return id
}
