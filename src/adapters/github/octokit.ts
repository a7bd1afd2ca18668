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
  /** Pause between writes. GitHub asks for ~1 s under heavy write load; a run makes few writes. */
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
  return new PromptOpsOctokit({
    ...(fetch ? { request: { fetch } } : {}),
    auth: options.token,
    baseUrl: trimEndChar(options.baseUrl, '/'),
    userAgent: options.userAgent,
    throttle: {
      onRateLimit: onLimit('primary'),
      onSecondaryRateLimit: onLimit('secondary'),
      fallbackSecondaryRateRetryAfter: options.fallbackRetryAfter ?? 60,
      write: new Bottleneck.Group({ maxConcurrent: 1, minTime: options.writeIntervalMs ?? 100 }),
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
}
