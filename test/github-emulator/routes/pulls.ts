// Pull request routes: list, get, files, commits, reviews and review requests.
import { HttpError, notFound, type EmulatorContext } from '../context.js'
import { diffEntry, diffFiles } from '../diff.js'
import { repoCommit } from '../fixtures/commits.js'
import { review } from '../fixtures/issues.js'
import { pullRequest, pullRequestSimple } from '../fixtures/pulls.js'
import { simpleUser, team } from '../fixtures/users.js'
import type { PullRecord, ReviewRecord } from '../state.js'
import { paginate } from './paginate.js'
import { bodyOf, type RouteRequest, type RouteTable } from './types.js'

export function pullOr404(ctx: EmulatorContext, n: string | undefined): PullRecord {
  const pr = ctx.state.pulls.get(Number(n))
  if (!pr) throw notFound()
  return pr
}

async function baseSha(ctx: EmulatorContext, pr: PullRecord): Promise<string> {
  if (pr.baseShaAtClose) return pr.baseShaAtClose
  return (await ctx.git.resolveCommit(`refs/heads/${pr.baseRef}`)) ?? pr.headSha
}

async function files(ctx: EmulatorContext, pr: PullRecord) {
  return diffFiles(ctx.git, await baseSha(ctx, pr), pr.headSha)
}

async function commitsOf(ctx: EmulatorContext, pr: PullRecord): Promise<string[]> {
  const base = await baseSha(ctx, pr)
  return ctx.git.revList((await ctx.git.mergeBase(base, pr.headSha)) ?? base, pr.headSha)
}

async function listPulls(req: RouteRequest) {
  const { ctx } = req
  const wanted = String(req.query['state'] ?? 'open')
  const base = req.query['base']
  const pulls = [...ctx.state.pulls.values()]
    .filter((p) => wanted === 'all' || p.state === wanted)
    .filter((p) => base === undefined || p.baseRef === base)
    .sort((a, b) => b.number - a.number)
  const shas = new Map(await Promise.all(pulls.map(async (p) => [p.number, await baseSha(ctx, p)] as const)))
  return paginate(req, pulls, (p) => pullRequestSimple(ctx, p, shas.get(p.number) ?? ''))
}

async function getPull(req: RouteRequest) {
  const { ctx } = req
  const pr = pullOr404(ctx, req.params['pull_number'])
  const changed = await files(ctx, pr)
  const stats = {
    commits: (await commitsOf(ctx, pr)).length,
    additions: changed.reduce((n, f) => n + f.additions, 0),
    deletions: changed.reduce((n, f) => n + f.deletions, 0),
    changedFiles: changed.length,
  }
  return { status: 200, body: pullRequest(ctx, pr, await baseSha(ctx, pr), stats) }
}

async function listFiles(req: RouteRequest) {
  const pr = pullOr404(req.ctx, req.params['pull_number'])
  // GitHub lists at most 3,000 files per pull request.
  return paginate(req, await files(req.ctx, pr), (f) => diffEntry(req.ctx, pr.headSha, f), { limit: 3000 })
}

async function listCommits(req: RouteRequest) {
  const pr = pullOr404(req.ctx, req.params['pull_number'])
  const objects = await Promise.all((await commitsOf(req.ctx, pr)).slice(0, 250).map((s) => req.ctx.git.readCommit(s)))
  return paginate(req, objects, (c) => repoCommit(req.ctx, c))
}

async function listReviews(req: RouteRequest) {
  const pr = pullOr404(req.ctx, req.params['pull_number'])
  const reviews = req.ctx.state.reviews.filter((r) => r.pull === pr.number)
  return paginate(req, reviews, (r) => review(req.ctx, r))
}

const EVENT_STATE: Readonly<Record<string, ReviewRecord['state']>> = {
  APPROVE: 'APPROVED',
  REQUEST_CHANGES: 'CHANGES_REQUESTED',
  COMMENT: 'COMMENTED',
}

async function createReview(req: RouteRequest) {
  const { ctx, caller } = req
  const pr = pullOr404(ctx, req.params['pull_number'])
  const input = bodyOf<{ body?: string; event?: string; commit_id?: string }>(req)
  const state = input.event ? EVENT_STATE[input.event] : 'PENDING'
  if (!state) throw new HttpError(422, 'Unprocessable Entity', { errors: [`Invalid event: ${input.event}`] })
  if (pr.author === caller.login && state !== 'COMMENTED' && state !== 'PENDING') {
    throw new HttpError(422, 'Unprocessable Entity', {
      errors: [`Can not ${input.event?.toLowerCase().replace('_', ' ')} your own pull request`],
    })
  }
  if (state !== 'APPROVED' && state !== 'PENDING' && !input.body) {
    throw new HttpError(422, 'Unprocessable Entity', { errors: [`Review body is required for ${input.event}`] })
  }
  const rec = ctx.state.addReview(pr.number, caller.login, state, input.body ?? '', input.commit_id)
  return { status: 200, body: review(ctx, rec) }
}

function reviewRequests(ctx: EmulatorContext, pr: PullRecord) {
  return {
    users: pr.requestedReviewers.map((login) => simpleUser(ctx.urls, login)),
    teams: pr.requestedTeams.map((slug) => team(ctx.urls, ctx.repo.owner, slug)),
  }
}

async function requestReviewers(req: RouteRequest) {
  const { ctx } = req
  const pr = pullOr404(ctx, req.params['pull_number'])
  const input = bodyOf<{ reviewers?: string[]; team_reviewers?: string[] }>(req)
  if (!input.reviewers && !input.team_reviewers) {
    throw new HttpError(422, 'Invalid request.\n\nNo subschema in "anyOf" matched.')
  }
  if ((input.reviewers ?? []).some((r) => r.toLowerCase() === pr.author.toLowerCase())) {
    throw new HttpError(422, 'Review cannot be requested from pull request author.')
  }
  for (const r of input.reviewers ?? []) if (!pr.requestedReviewers.includes(r)) pr.requestedReviewers.push(r)
  for (const t of input.team_reviewers ?? []) {
    if (!ctx.state.teams.has(`${ctx.repo.owner}/${t}`))
      throw new HttpError(
        422,
        'Reviews may only be requested from collaborators. One or more of the teams you specified is not a collaborator of the repository.',
      )
    if (!pr.requestedTeams.includes(t)) pr.requestedTeams.push(t)
  }
  pr.updatedAt = ctx.state.now()
  return { status: 201, body: pullRequestSimple(ctx, pr, await baseSha(ctx, pr)) }
}

export const pullRoutes: RouteTable = {
  'GET /repos/{owner}/{repo}/pulls': listPulls,
  'GET /repos/{owner}/{repo}/pulls/{pull_number}': getPull,
  'GET /repos/{owner}/{repo}/pulls/{pull_number}/files': listFiles,
  'GET /repos/{owner}/{repo}/pulls/{pull_number}/commits': listCommits,
  'GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews': listReviews,
  'POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews': createReview,
  'GET /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers': async (req) => ({
    status: 200,
    body: reviewRequests(req.ctx, pullOr404(req.ctx, req.params['pull_number'])),
  }),
  'POST /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers': requestReviewers,
}
