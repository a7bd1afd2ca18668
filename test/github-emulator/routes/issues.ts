// Issue routes (pull requests are issues): labels and comments.
import { HttpError, notFound, type EmulatorContext } from '../context.js'
import { issueComment, label } from '../fixtures/issues.js'
import type { PullRecord } from '../state.js'
import { paginate } from './paginate.js'
import { pullOr404 } from './pulls.js'
import { bodyOf, type RouteRequest, type RouteTable } from './types.js'

function issueLabels(ctx: EmulatorContext, pr: PullRecord) {
  return pr.labels.flatMap((name) => {
    const rec = ctx.state.labels.get(name.toLowerCase())
    return rec ? [label(ctx, rec)] : []
  })
}

/** add-labels accepts `{labels: [...]}`, a bare array, or `{labels: [{name}]}`. */
function labelNames(body: unknown): string[] {
  const list = Array.isArray(body) ? body : ((body as { labels?: unknown[] } | undefined)?.labels ?? [])
  return list.map((l) => (typeof l === 'string' ? l : String((l as { name?: unknown }).name ?? '')))
}

async function addLabels(req: RouteRequest) {
  const { ctx } = req
  const pr = pullOr404(ctx, req.params['issue_number'])
  const names = labelNames(req.body)
  if (names.length === 0)
    throw new HttpError(422, 'Validation Failed', { errors: [{ resource: 'Label', code: 'missing_field', field: 'labels' }] })
  for (const name of names) {
    const rec = ctx.state.addLabel(name)
    if (!pr.labels.some((l) => l.toLowerCase() === rec.name.toLowerCase())) pr.labels.push(rec.name)
  }
  pr.updatedAt = ctx.state.now()
  return { status: 200, body: issueLabels(ctx, pr) }
}

async function removeLabel(req: RouteRequest) {
  const { ctx } = req
  const pr = pullOr404(ctx, req.params['issue_number'])
  const name = (req.params['name'] ?? '').toLowerCase()
  const index = pr.labels.findIndex((l) => l.toLowerCase() === name)
  if (index < 0) throw new HttpError(404, 'Label does not exist')
  pr.labels.splice(index, 1)
  pr.updatedAt = ctx.state.now()
  return { status: 200, body: issueLabels(ctx, pr) }
}

async function createLabel(req: RouteRequest) {
  const { ctx } = req
  const input = bodyOf<{ name: string; color?: string; description?: string }>(req)
  if (ctx.state.labels.has(input.name.toLowerCase())) {
    throw new HttpError(422, 'Validation Failed', { errors: [{ resource: 'Label', code: 'already_exists', field: 'name' }] })
  }
  const color = (input.color ?? 'ededed').replace(/^#/, '')
  if (!/^[0-9a-fA-F]{6}$/.test(color)) {
    throw new HttpError(422, 'Validation Failed', { errors: [{ resource: 'Label', code: 'invalid', field: 'color' }] })
  }
  return { status: 201, body: label(ctx, ctx.state.addLabel(input.name, color.toLowerCase(), input.description ?? null)) }
}

async function createComment(req: RouteRequest) {
  const { ctx, caller } = req
  const pr = pullOr404(ctx, req.params['issue_number'])
  const input = bodyOf<{ body: string }>(req)
  if (input.body.length > 65536) {
    throw new HttpError(422, 'Validation Failed', {
      errors: [
        { resource: 'IssueComment', code: 'custom', field: 'body', message: 'body is too long (maximum is 65536 characters)' },
      ],
    })
  }
  const at = ctx.state.now()
  const rec = { id: ctx.state.nextId(), issue: pr.number, user: caller.login, body: input.body, createdAt: at, updatedAt: at }
  ctx.state.comments.set(rec.id, rec)
  return { status: 201, body: issueComment(ctx, rec) }
}

async function updateComment(req: RouteRequest) {
  const { ctx } = req
  const rec = ctx.state.comments.get(Number(req.params['comment_id']))
  if (!rec) throw notFound()
  const input = bodyOf<{ body: string }>(req)
  if (input.body.length > 65536) {
    throw new HttpError(422, 'Validation Failed', {
      errors: [
        { resource: 'IssueComment', code: 'custom', field: 'body', message: 'body is too long (maximum is 65536 characters)' },
      ],
    })
  }
  rec.body = input.body
  rec.updatedAt = ctx.state.now()
  return { status: 200, body: issueComment(ctx, rec) }
}

export const issueRoutes: RouteTable = {
  'GET /repos/{owner}/{repo}/issues/{issue_number}/labels': async (req) =>
    paginate(req, issueLabels(req.ctx, pullOr404(req.ctx, req.params['issue_number'])), (l) => l),
  'POST /repos/{owner}/{repo}/issues/{issue_number}/labels': addLabels,
  'DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}': removeLabel,
  'GET /repos/{owner}/{repo}/labels': async (req) => paginate(req, [...req.ctx.state.labels.values()], (l) => label(req.ctx, l)),
  'POST /repos/{owner}/{repo}/labels': createLabel,
  'GET /repos/{owner}/{repo}/issues/{issue_number}/comments': async (req) => {
    const pr = pullOr404(req.ctx, req.params['issue_number'])
    const comments = [...req.ctx.state.comments.values()].filter((c) => c.issue === pr.number)
    return paginate(req, comments, (c) => issueComment(req.ctx, c))
  },
  'POST /repos/{owner}/{repo}/issues/{issue_number}/comments': createComment,
  'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}': updateComment,
}
