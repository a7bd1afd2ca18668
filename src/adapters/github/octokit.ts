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
export type GitHubClient = InstanceType<typeof PromptOpsOctokit>

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

export function createClient(options: ClientOptions): GitHubClient {
  const maxRetries = options.maxRateLimitRetries ?? 3
  const onLimit = (kind: string) => (retryAfter: number, request: { method: string; url: string }, _o: unknown, retryCount: number): boolean => {
    options.log?.warn(`${kind} rate limit on ${request.method} ${request.url}; retry ${retryCount + 1}/${maxRetries} after ${retryAfter}s`)
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
    log: { debug: () => undefined, info: () => undefined, warn: (m: string) => options.log?.warn(m), error: (m: string) => options.log?.warn(m) },
  })
}
