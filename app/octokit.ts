// Probot's Octokit with one change to its pacing: GraphQL queries are not writes.
//
// @octokit/plugin-throttling sends every request to `/graphql` through its write limiter (one
// per second per installation), because a GraphQL POST may be a mutation. The App's GraphQL
// requests are queries, which GitHub meters as 1 secondary point each against 2,000 a minute
// (a REST write costs 5 against 900), so pacing them like writes would turn one event's two
// reads into two seconds, and a burst of 50 events into minutes. So the plugin's write limiter
// is replaced by one that does not pace, and REST writes and any mutation are paced here
// instead: a second apart, per installation, as GitHub's guidance asks (and within its 80
// content-creating requests a minute). With REDIS_URL set, Probot hands the plugin a Redis
// connection and this limiter shares it, so replicas pace together. The entry (main.ts,
// lambda.ts) makes the class once: its limiters live as long as the process.
import Bottleneck from 'bottleneck'
import { ProbotOctokit } from 'probot'
import { proxyFetch } from '../src/adapters/github/proxy.js'

type Group = InstanceType<typeof Bottleneck.Group>
interface ThrottleOptions {
  enabled?: boolean
  id?: string
  connection?: unknown
  Bottleneck?: typeof Bottleneck
  write?: Group
}

/** The write interval GitHub asks for under load. */
export const WRITE_INTERVAL_MS = 1000

const isMutation = (body: unknown): boolean => {
  const query = typeof body === 'object' && body !== null ? (body as { query?: unknown }).query : undefined
  return typeof query === 'string' && /^\s*mutation\b/.test(query)
}

/** True for requests that change state: REST methods other than GET/HEAD (token minting
 * aside) and GraphQL mutations. */
export function isPacedWrite(method: string, url: string, body: unknown): boolean {
  const { pathname } = new URL(url, 'http://github.test')
  if (/\/graphql$/.test(pathname)) return isMutation(body)
  if (method === 'GET' || method === 'HEAD') return false
  return !/\/app\/installations\/[^/]+\/access_tokens$/.test(pathname)
}

type Hookable = {
  hook: {
    wrap: (
      name: 'request',
      fn: (request: (o: Record<string, unknown>) => Promise<unknown>, options: Record<string, unknown>) => Promise<unknown>,
    ) => void
  }
}

/** The plugin, over one write limiter shared by every client of the class (made on the first
 * write: Probot passes the Redis connection in the client's options). */
function pacedWrites(limiter: { paced: Group | null }) {
  return (octokit: Hookable, options: { throttle?: ThrottleOptions; auth?: unknown }): void => {
    const throttle = options.throttle
    if (!throttle || throttle.enabled === false) return
    const key = throttle.id ?? 'app'
    octokit.hook.wrap('request', async (request, o) => {
      if (isPacedWrite(String(o.method), String(o.url), o.body)) {
        // No concurrency limit: the job is empty, only the spacing of job starts matters. So a
        // replica that dies mid-job cannot hold a slot the others wait for; its job expires.
        const shared = throttle.connection ? { connection: throttle.connection } : {}
        const options = { id: 'promptops-write', maxConcurrent: null, minTime: WRITE_INTERVAL_MS, timeout: 120_000, ...shared }
        limiter.paced ??= new (throttle.Bottleneck ?? Bottleneck).Group(options as Bottleneck.ConstructorOptions)
        await limiter.paced.key(key).schedule({ expiration: 60_000 }, () => Promise.resolve())
      }
      return request(o)
    })
  }
}

/** Probot's clients for webhook events carry the installation in their auth options but no
 * throttle id, so every installation would share one budget: one write a second, review
 * requests one per 3 s and 10 requests in flight for the whole App (for all replicas, with
 * REDIS_URL). GitHub's limits are per installation, and so is the pacing with this id. */
function installationOf(auth: unknown): string | undefined {
  const id = typeof auth === 'object' && auth !== null ? (auth as { installationId?: unknown }).installationId : undefined
  return typeof id === 'number' || typeof id === 'string' ? String(id) : undefined
}

/** Probot's Octokit class for this process, with its own limiters. Behind a corporate proxy
 * (HTTPS_PROXY/NO_PROXY in `env`), every request, token minting included, goes through it. */
export function appOctokit(env: Readonly<Record<string, string | undefined>>): typeof ProbotOctokit {
  const fetch = proxyFetch(env)
  const unpaced = new Bottleneck.Group({ id: 'promptops-unpaced', maxConcurrent: null, minTime: 0 })
  return ProbotOctokit.plugin(pacedWrites({ paced: null }) as never).defaults(
    (options: { throttle?: ThrottleOptions; auth?: unknown; request?: Record<string, unknown> }) => {
      const id = options.throttle?.id ?? installationOf(options.auth)
      return {
        ...options,
        ...(fetch ? { request: { ...options.request, fetch } } : {}),
        throttle: { ...options.throttle, ...(id ? { id } : {}), write: unpaced },
      }
    },
  )
}
