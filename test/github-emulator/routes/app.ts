// GitHub App endpoints Probot calls: the app itself, the repo installation, installation tokens.
import { HttpError, type EmulatorContext } from '../context.js'
import { integration, simpleUser } from '../fixtures/users.js'
import type { RouteTable } from './types.js'

const PERMISSIONS = { checks: 'write', contents: 'write', issues: 'write', metadata: 'read', pull_requests: 'write' }

function installation(ctx: EmulatorContext): Record<string, unknown> {
  const account = simpleUser(ctx.urls, ctx.repo.owner, 'Organization')
  return {
    id: ctx.installationId,
    account,
    repository_selection: 'selected',
    access_tokens_url: `${ctx.urls.api}/app/installations/${ctx.installationId}/access_tokens`,
    repositories_url: `${ctx.urls.api}/installation/repositories`,
    html_url: `${ctx.urls.web}/organizations/${ctx.repo.owner}/settings/installations/${ctx.installationId}`,
    app_id: ctx.app.id,
    app_slug: ctx.app.slug,
    target_id: account['id'],
    target_type: 'Organization',
    permissions: PERMISSIONS,
    events: ['pull_request', 'pull_request_review', 'check_run'],
    created_at: ctx.repo.createdAt,
    updated_at: ctx.repo.createdAt,
    single_file_name: null,
    suspended_by: null,
    suspended_at: null,
  }
}

/** GET /apps/{app_slug}: public, answered to any token (so it is not among the JWT routes). */
export const publicAppRoutes: RouteTable = {
  'GET /apps/{app_slug}': async ({ ctx, params }) => {
    const app = [ctx.app, ...ctx.otherApps].find((a) => a.slug === params['app_slug'])
    if (!app) throw new HttpError(404, 'Not Found')
    return { status: 200, body: integration(ctx.urls, app, ctx.repo.createdAt) }
  },
}

export const appRoutes: RouteTable = {
  'GET /app': async ({ ctx }) => ({ status: 200, body: integration(ctx.urls, ctx.app, ctx.repo.createdAt) }),
  'GET /repos/{owner}/{repo}/installation': async ({ ctx }) => ({ status: 200, body: installation(ctx) }),
  'POST /app/installations/{installation_id}/access_tokens': async ({ ctx, params }) => {
    if (Number(params['installation_id']) !== ctx.installationId) throw new HttpError(404, 'Not Found')
    const n = ctx.state.nextId()
    // Expiry is relative to the real clock: auth-app caches tokens by it.
    const expires = new Date(Date.now() + 3600_000).toISOString().replace(/\.\d{3}Z$/, 'Z')
    return {
      status: 201,
      body: { token: `ghs_emulator${n}`, expires_at: expires, permissions: PERMISSIONS, repository_selection: 'selected' },
    }
  },
}

/** Routes GitHub only serves to an app's JWT, never to installation tokens. */
export const JWT_ROUTES = new Set(Object.keys(appRoutes))
