// One Octokit for every shell: retries transient failures with backoff, waits out
// primary and secondary rate limits, paginates. `baseUrl` comes from GITHUB_API_URL /
// GHE_HOST, so GitHub Enterprise Server works unchanged; HTTPS_PROXY/NO_PROXY are honoured
// (proxy.ts).
import { Octokit } from '@octokit/core'
import { paginateRest } from '@octokit/plugin-paginate-rest'
import { restEndpointMethods } from '@octokit/plugin-rest-endpoint-methods'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
import Bottleneck from 'bottleneck'
import { trimEndChar } from '../../core/text.js'
import { proxyFetch } from './proxy.js'

export const PromptOpsOctokit = Octokit.plugin(restEndpointMethods, paginateRest, retry, throttling)
type Full = InstanceType<typeof PromptOpsOctokit>
type Rest = Full['rest']
/** A REST method by its call alone: the extras (`defaults`, `endpoint`, the retry plugin's
 * `retryCount`) differ between plugin versions and are not used. Declared as a method so its
 * parameters compare bivariantly: Probot's older types accept `number` ids where ours also
 * allow `bigint`, and the adapters pass numbers. */
type Call<F> = F extends (params?: infer P) => Promise<infer R>
  ? { call(params?: P): Promise<R extends { data: infer D; status: infer S } ? { data: D; status: S } : never> }['call']
  : never
type Calls<T, K extends keyof T> = { [M in K]: Call<T[M]> }

/**
 * What the adapters use of a client, by structure: our Octokit, Probot's (which bundles older
 * plugin versions whose full types differ) and the emulator's all satisfy it, so no shell
 * casts. A method the adapters start using is added here.
 */
export interface GitHubClient {
  request: Full['request']
  graphql: Full['graphql']
  paginate: Full['paginate']
  rest: {
    apps: Calls<Rest['apps'], 'getBySlug'>
    checks: Calls<Rest['checks'], 'create' | 'listForRef' | 'update'>
    git: Calls<Rest['git'], 'createCommit' | 'createRef' | 'createTree' | 'getCommit' | 'getRef' | 'getTree' | 'updateRef'>
    issues: Calls<Rest['issues'], 'addLabels' | 'createComment' | 'createLabel' | 'removeLabel' | 'updateComment'>
    pulls: Calls<Rest['pulls'], 'get' | 'list' | 'listRequestedReviewers' | 'requestReviewers'>
    repos: Calls<
      Rest['repos'],
      'codeownersErrors' | 'compareCommitsWithBasehead' | 'get' | 'getBranchProtection' | 'getCollaboratorPermissionLevel'
    >
  }
}

export interface ClientOptions {
  token: string
  baseUrl: string
  userAgent: string
  log?: { warn: (message: string) => void; debug?: (message: string) => void }
  /** Retries on rate limits before giving up (tests lower it). */
  maxRateLimitRetries?: number
  /**
   * Sustained pause between writes (default 100 ms). GitHub asks for ~1 s under heavy write
   * load; a run makes few writes, so the first WRITE_BURST go out back to back (still one at a
   * time) and the pause only applies after them.
   */
  writeIntervalMs?: number
  /** Seconds to wait on a secondary limit without retry-after (tests lower it). */
  fallbackRetryAfter?: number
  /** Where HTTPS_PROXY, HTTP_PROXY and NO_PROXY are read (default: the process environment). */
  env?: Readonly<Record<string, string | undefined>>
}

/** GitHub's API unless GITHUB_API_URL names another (GitHub Enterprise Server). */
export const DEFAULT_API_URL = 'https://api.github.com'

/** A client for a shell: the API from GITHUB_API_URL in `env`, proxies from the same `env`. */
export function clientFromEnv(
  env: Readonly<Record<string, string | undefined>>,
  options: Pick<ClientOptions, 'token' | 'userAgent' | 'log'>,
): GitHubClient {
  return createClient({ ...options, baseUrl: env.GITHUB_API_URL ?? DEFAULT_API_URL, env })
}

/** Writes a client may send back to back before the pause applies (a token bucket). */
const WRITE_BURST = 5

/**
 * When writes may start: a bucket of WRITE_BURST, refilled one per `intervalMs` (the throttling
 * plugin schedules only a placeholder here; serialiseWrites keeps one write in flight).
 */
function writeLimiter(intervalMs: number): Bottleneck.Group {
  if (intervalMs <= 0) return new Bottleneck.Group({})
  return new Bottleneck.Group({
    reservoir: WRITE_BURST,
    reservoirIncreaseInterval: intervalMs,
    reservoirIncreaseAmount: 1,
    reservoirIncreaseMaximum: WRITE_BURST,
    // Bottleneck refills on its heartbeat (250 ms by default); beating twice per interval keeps
    // the sustained gap at the interval instead of drifting to two.
    heartbeatInterval: Math.max(10, Math.floor(intervalMs / 2)),
  })
}

export function createClient(options: ClientOptions): GitHubClient {
  const maxRetries = options.maxRateLimitRetries ?? 3
  const onLimit =
    (kind: string) =>
    (retryAfter: number, request: { method: string; url: string }, _o: unknown, retryCount: number): boolean => {
      options.log?.warn(
        `${kind} rate limit on ${request.method} ${request.url}; retry ${retryCount + 1}/${maxRetries} after ${retryAfter}s`,
      )
      return retryCount < maxRetries
    }
  const fetch = proxyFetch(options.env ?? process.env)
  const octokit = new PromptOpsOctokit({
    ...(fetch ? { request: { fetch } } : {}),
    auth: options.token,
    baseUrl: trimEndChar(options.baseUrl, '/'),
    userAgent: options.userAgent,
    throttle: {
      onRateLimit: onLimit('primary'),
      onSecondaryRateLimit: onLimit('secondary'),
      fallbackSecondaryRateRetryAfter: options.fallbackRetryAfter ?? 60,
      write: writeLimiter(options.writeIntervalMs ?? 100),
    },
    // Three retries with 1 s, 4 s, 9 s backoff (the plugin's default). Not `request.retries`:
    // a default request option is shared and mutated across calls, so 404/422 were retried
    // immediately and every later backoff grew with the client's total failure count.
    retry: { retries: 3, doNotRetry: [400, 401, 403, 404, 410, 422, 451] },
    log: {
      debug: () => undefined,
      info: () => undefined,
      warn: (m: string) => options.log?.warn(m),
      error: (m: string) => options.log?.warn(m),
    },
  })
  serialiseWrites(octokit)
  return octokit
}

/**
 * One REST write in flight at a time, as GitHub asks ("make requests serially"). The
 * throttling plugin's write limiter only spaces the starts of writes, so without this two
 * writes slower than the spacing would overlap. Retries run inside the write's turn.
 */
function serialiseWrites(octokit: Full): void {
  const queue = new Bottleneck({ maxConcurrent: 1 })
  octokit.hook.wrap('request', (request, options) => {
    const read = options.method === 'GET' || options.method === 'HEAD' || String(options.url).endsWith('/graphql')
    return read ? request(options) : queue.schedule(async () => request(options))
  })
}
