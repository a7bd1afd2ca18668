// Repository activity (pushes, force pushes, branch creations… with the account that made
// them) and a collaborator's permission: what the approval check reads to know who pushed a
// pull request's commits and who may approve. Activity pages by cursor, as GitHub does.
import { notFound } from '../context.js'
import { simpleUser } from '../fixtures/users.js'
import { nodeId } from '../fixtures/users.js'
import type { ActivityRecord } from '../state.js'
import type { RouteTable } from './types.js'

const cursor = (id: number): string => Buffer.from(`cursor:${id}`).toString('base64url')
const idOf = (c: string): number =>
  Number(
    Buffer.from(c, 'base64url')
      .toString('utf8')
      .replace(/^cursor:/, ''),
  )

export const activityRoutes: RouteTable = {
  'GET /repos/{owner}/{repo}/activity': async (req) => {
    const q = req.query as {
      direction?: 'asc' | 'desc'
      per_page?: number
      before?: string
      after?: string
      ref?: string
      actor?: string
      activity_type?: ActivityRecord['type']
    }
    const ref = q.ref === undefined ? undefined : q.ref.startsWith('refs/') ? q.ref : `refs/heads/${q.ref}`
    const perPage = Math.min(100, Math.max(1, Number(q.per_page ?? 30)))
    let items = req.ctx.state.activity
      .filter((a) => ref === undefined || a.ref === ref)
      .filter((a) => q.actor === undefined || a.actor.toLowerCase() === q.actor.toLowerCase())
      .filter((a) => q.activity_type === undefined || a.type === q.activity_type)
    if (q.direction !== 'asc') items = [...items].reverse()
    const start = q.after ? items.findIndex((a) => a.id === idOf(q.after!)) + 1 : 0
    const page = items.slice(start, start + perPage)
    const headers: Record<string, string> = {}
    if (start + perPage < items.length && page.length > 0) {
      const next = new URL(req.url)
      next.searchParams.set('after', cursor(page.at(-1)!.id))
      headers.link = `<${next.toString()}>; rel="next"`
    }
    const body = page.map((a) => ({
      id: a.id,
      node_id: nodeId('RA', a.id),
      before: a.before,
      after: a.after,
      ref: a.ref,
      timestamp: a.timestamp,
      activity_type: a.type,
      actor: simpleUser(req.ctx.urls, a.actor, a.actor.endsWith('[bot]') ? 'Bot' : 'User'),
    }))
    return { status: 200, body, headers }
  },
  'GET /repos/{owner}/{repo}/collaborators/{username}/permission': async (req) => {
    const login = req.params['username'] ?? ''
    const permission = req.ctx.state.permissionOf(login)
    if (permission === 'none') throw notFound()
    const legacy = permission === 'maintain' ? 'write' : permission === 'triage' ? 'read' : permission
    const user = {
      ...simpleUser(req.ctx.urls, login),
      permissions: {
        admin: permission === 'admin',
        maintain: permission === 'maintain' || permission === 'admin',
        push: legacy === 'admin' || legacy === 'write',
        triage: permission !== 'read',
        pull: true,
      },
      role_name: permission,
    }
    return { status: 200, body: { permission: legacy, role_name: permission, user } }
  },
}
