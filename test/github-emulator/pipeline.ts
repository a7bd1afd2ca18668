// One request through the emulator: record → auth → route → validate → fault → handle → validate.
import type { IncomingHttpHeaders } from 'node:http'
import { HttpError, type Caller, type EmulatorContext } from './context.js'
import { faultReply, type Faults } from './faults.js'
import type { AppInfo } from './fixtures/users.js'
import type { OperationValidator } from './openapi/spec.js'
import type { Router } from './router.js'
import { JWT_ROUTES } from './routes/app.js'
import type { RouteReply, RouteTable } from './routes/types.js'

export interface RecordedRequest {
  readonly method: string
  readonly url: string
  readonly headers: IncomingHttpHeaders
  readonly body: string
  /** When the request arrived (Date.now(), after its body was read). */
  readonly at: number
}

export interface Violation {
  readonly kind: 'route' | 'auth' | 'json' | 'request' | 'response' | 'graphql'
  readonly method: string
  readonly url: string
  readonly operation?: string
  readonly status?: number
  readonly problems: readonly string[]
}

export interface PipelineDeps {
  readonly ctx: EmulatorContext
  readonly router: Router
  readonly routes: RouteTable
  readonly validators: ReadonlyMap<string, OperationValidator>
  readonly faults: Faults
  readonly pathPrefix: string
  readonly readOnlyTokens: ReadonlySet<string>
  readonly actor: string
  /** Users' tokens, acting as an account other than `actor`. */
  readonly tokenActors: ReadonlyMap<string, string>
  /** Installation tokens of Apps other than the installed one. */
  readonly tokenApps: ReadonlyMap<string, AppInfo>
  readonly violations: Violation[]
}

export interface PipelineResult extends RouteReply {
  readonly delayMs?: number
}

const DOCS = 'https://docs.github.com/rest'

function errorReply(status: number, message: string, extra: Record<string, unknown> = {}): RouteReply {
  return { status, body: { message, documentation_url: DOCS, status: String(status), ...extra } }
}

/** The REST auth rule, shared with the GraphQL endpoint. */
export function callerOf(headers: IncomingHttpHeaders, deps: PipelineDeps): Caller | undefined {
  const match = /^(?:token|bearer) ([^\s]{1,4096})$/i.exec(headers.authorization ?? '')
  const token = match?.[1]
  if (!token) return undefined
  const readOnly = deps.readOnlyTokens.has(token)
  const other = deps.tokenApps.get(token)
  if (other) return { token, login: `${other.slug}[bot]`, readOnly, app: other }
  const user = deps.tokenActors.get(token)
  return user === undefined
    ? { token, login: deps.actor, readOnly, app: deps.ctx.app }
    : { token, login: user, readOnly, app: undefined }
}

export function isJwt(token: string): boolean {
  return token.split('.').length === 3 && !token.startsWith('gh')
}

export function parseBody(raw: string): { ok: true; value: unknown } | { ok: false } {
  if (raw.trim() === '') return { ok: true, value: undefined }
  try {
    return { ok: true, value: JSON.parse(raw) as unknown }
  } catch {
    return { ok: false }
  }
}

export async function handle(
  deps: PipelineDeps,
  method: string,
  rawUrl: string,
  headers: IncomingHttpHeaders,
  rawBody: string,
): Promise<PipelineResult> {
  const fail = (kind: Violation['kind'], status: number, problems: string[], operation?: string): Violation => {
    const v = { kind, method, url: rawUrl, status, problems, ...(operation ? { operation } : {}) }
    deps.violations.push(v)
    return v
  }
  const url = new URL(rawUrl, deps.ctx.urls.api)
  if (!url.pathname.startsWith(`${deps.pathPrefix}/`)) {
    fail('route', 404, [`path outside ${deps.pathPrefix || '/'}`])
    return errorReply(404, 'Not Found')
  }
  const pathname = url.pathname.slice(deps.pathPrefix.length)
  const match = deps.router.match(method, pathname)
  const handler = match && deps.routes[match.key]
  const validator = match && deps.validators.get(match.key)
  if (!match || !handler || !validator) {
    fail('route', 404, [`no emulated operation for ${method} ${pathname}`])
    return errorReply(404, 'Not Found')
  }
  const caller = callerOf(headers, deps)
  if (!caller) {
    fail('auth', 401, ['missing or malformed authorization header'], match.key)
    return errorReply(401, 'Requires authentication')
  }
  if (JWT_ROUTES.has(match.key) !== isJwt(caller.token)) {
    const message = JWT_ROUTES.has(match.key)
      ? 'A JSON web token could not be decoded'
      : 'A JSON web token is not accepted here; use an installation access token'
    fail('auth', 401, [message], match.key)
    return errorReply(401, message)
  }
  const parsed = parseBody(rawBody)
  if (!parsed.ok) {
    fail('json', 400, ['request body is not JSON'], match.key)
    return errorReply(400, 'Problems parsing JSON')
  }
  const query = Object.fromEntries(url.searchParams)
  const params = validator.params(match.params, query)
  const problems = [...params.problems, ...validator.body(parsed.value)]
  if (problems.length > 0) {
    fail('request', 422, problems, match.key)
    return errorReply(422, `Invalid request.\n\n${problems.join('\n')}`)
  }
  const fault = deps.faults.take(method, pathname, match.key)
  const faulted = fault && faultReply(fault, Math.floor(Date.now() / 1000))
  if (faulted) return { ...faulted, delayMs: fault.delayMs ?? 0 }
  const req = {
    ctx: deps.ctx,
    caller,
    params: match.params,
    query: params.query,
    body: parsed.value,
    url,
    accept: String(headers.accept ?? ''),
  }
  const reply = await run(handler, req, method, (p) => fail('response', 500, p, match.key))
  if (!reply.raw) checkResponse(validator, reply, (p) => fail('response', reply.status, p, match.key))
  return { ...reply, ...(fault?.delayMs ? { delayMs: fault.delayMs } : {}) }
}

type Handler = RouteTable[string]

async function run(
  handler: Handler,
  req: Parameters<Handler>[0],
  method: string,
  bug: (p: string[]) => void,
): Promise<RouteReply> {
  if (req.caller.readOnly && method !== 'GET' && method !== 'HEAD') {
    return errorReply(403, 'Resource not accessible by integration')
  }
  try {
    return await handler(req)
  } catch (error) {
    if (error instanceof HttpError) return errorReply(error.status, error.message, error.extra)
    bug([`handler threw: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`])
    return errorReply(500, `emulator bug: ${error instanceof Error ? error.message : String(error)}`)
  }
}

function checkResponse(validator: OperationValidator, reply: RouteReply, record: (p: string[]) => void): void {
  const problems = validator.response(reply.status, reply.body)
  if (problems === undefined) {
    // GitHub sends error statuses the spec does not list for every operation (403, 404…).
    if (reply.status >= 400) return
    record([`status ${reply.status} is not declared for ${validator.key}`])
  } else if (problems.length > 0) {
    record([...problems])
  }
}
