// Deterministic fault injection: the next `times` matching requests fail the configured way.

export interface FaultSpec {
  /** HTTP method to match; any when omitted. */
  readonly method?: string
  /** Route to match: an OpenAPI template ("/repos/{owner}/{repo}/check-runs", optionally prefixed
   * with the method) or a concrete path; a RegExp is tested against the concrete path. */
  readonly route?: string | RegExp
  /** Status to answer with. Omit together with `delayMs` to only slow the real response down. */
  readonly status?: 500 | 502 | 503 | 403 | 429 | 422
  /** How many matching requests fail; 1 when omitted. */
  readonly times?: number
  /** Seconds, sent as `retry-after` (and used for x-ratelimit-reset on primary limits). */
  readonly retryAfter?: number
  /** 403/429 as GitHub's secondary rate limit (message + retry-after) instead of the primary one. */
  readonly secondary?: boolean
  /** Holds the response this long, e.g. beyond the client's timeout. */
  readonly delayMs?: number
  /** Overrides the error message. */
  readonly message?: string
}

export interface FaultReply {
  readonly status: number
  readonly headers: Record<string, string>
  readonly body: Record<string, unknown>
}

const DOCS = 'https://docs.github.com/rest'
const SECONDARY =
  'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. ' +
  'If you reach out to GitHub Support for help, please include the request ID 0000:0000:0000000:0000000:00000000.'

interface Armed {
  readonly spec: FaultSpec
  remaining: number
}

export class Faults {
  readonly #armed: Armed[] = []

  add(spec: FaultSpec): void {
    this.#armed.push({ spec, remaining: spec.times ?? 1 })
  }

  clear(): void {
    this.#armed.length = 0
  }

  /** Consumes and returns the first fault matching this request, if any. */
  take(method: string, pathname: string, routeKey: string | undefined): FaultSpec | undefined {
    const index = this.#armed.findIndex((a) => matches(a.spec, method, pathname, routeKey))
    const armed = this.#armed[index]
    if (!armed) return undefined
    armed.remaining -= 1
    if (armed.remaining <= 0) this.#armed.splice(index, 1)
    return armed.spec
  }
}

function matches(spec: FaultSpec, method: string, pathname: string, routeKey: string | undefined): boolean {
  if (spec.method && spec.method.toUpperCase() !== method) return false
  const route = spec.route
  if (route === undefined) return true
  if (route instanceof RegExp) return route.test(pathname)
  const template = routeKey?.slice(routeKey.indexOf(' ') + 1)
  return route === pathname || route === template || route === routeKey
}

/** The response GitHub sends for this kind of failure. */
export function faultReply(spec: FaultSpec, nowSeconds: number): FaultReply | undefined {
  const status = spec.status
  if (status === undefined) return undefined
  const headers: Record<string, string> = {}
  if (spec.retryAfter !== undefined) headers['retry-after'] = String(spec.retryAfter)
  const rateLimited = status === 429 || (status === 403 && spec.retryAfter !== undefined) || spec.secondary === true
  if (rateLimited && spec.secondary === true) {
    const docs = `${DOCS}/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits`
    return { status, headers, body: { message: spec.message ?? SECONDARY, documentation_url: docs } }
  }
  if (rateLimited) {
    headers['x-ratelimit-limit'] = '5000'
    headers['x-ratelimit-remaining'] = '0'
    headers['x-ratelimit-used'] = '5000'
    headers['x-ratelimit-reset'] = String(nowSeconds + (spec.retryAfter ?? 60))
    const message = spec.message ?? 'API rate limit exceeded for installation ID 1.'
    return { status, headers, body: { message, documentation_url: `${DOCS}/overview/rate-limits-for-the-rest-api` } }
  }
  const message = spec.message ?? defaultMessage(status)
  return { status, headers, body: { message, documentation_url: DOCS, status: String(status) } }
}

function defaultMessage(status: number): string {
  if (status === 403) return 'Resource not accessible by integration'
  if (status === 422) return 'Validation Failed'
  if (status === 502) return 'Server Error'
  if (status === 503) return 'Service Unavailable'
  return 'Internal Server Error'
}
