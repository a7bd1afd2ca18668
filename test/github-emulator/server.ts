// startEmulator: a node:http GitHub REST API emulator over a real git repository.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { EmulatorContext } from './context.js'
import { Faults, type FaultSpec } from './faults.js'
import type { AppInfo } from './fixtures/users.js'
import { Git } from './git.js'
import { GraphQLEndpoint } from './graphql/handler.js'
import { compileSubset, type OperationValidator } from './openapi/spec.js'
import { handle, type PipelineDeps, type RecordedRequest, type Violation } from './pipeline.js'
import { Router } from './router.js'
import { serveCodeload } from './routes/archive.js'
import { ROUTES } from './routes/index.js'
import { EmulatorState } from './state.js'

export interface EmulatorOptions {
  readonly repoDir: string
  readonly owner: string
  readonly repo: string
  /** e.g. '/api/v3' to look like GitHub Enterprise Server; '' (default) like api.github.com. */
  readonly pathPrefix?: string
  readonly defaultBranch?: string
  /** Tokens that may read but get 403 "Resource not accessible by integration" on writes. */
  readonly readOnlyTokens?: readonly string[]
  /** Login that authored comments, reviews and commits made through the API. */
  readonly actor?: string
  /** Users' tokens (token → login), e.g. a PR author posting a comment. Users cannot create check runs. */
  readonly actors?: Readonly<Record<string, string>>
  /** Installation tokens of other Apps (token → App): they act as `<slug>[bot]` and own the check runs they create. */
  readonly apps?: Readonly<Record<string, AppInfo>>
  readonly app?: Partial<AppInfo>
  readonly installationId?: number
  readonly faults?: readonly FaultSpec[]
  /** Bytes of a blob GraphQL `Blob.text` returns before `isTruncated` (GitHub's limit is unpublished). */
  readonly graphqlBlobTextLimit?: number
}

export interface Emulator {
  /** Base URL for Octokit's `baseUrl`, including the path prefix. */
  readonly url: string
  /** Where GraphQL is served: `<origin>/graphql`, or `<origin>/api/graphql` under `/api/v3`. */
  readonly graphqlUrl: string
  readonly state: EmulatorState
  readonly git: Git
  /** Every request or response that broke the OpenAPI contract; tests assert `[]`. */
  readonly violations: Violation[]
  readonly requests: RecordedRequest[]
  setFault(spec: FaultSpec): void
  clearFaults(): void
  /** Test hook run before each request is handled (null removes it): lets a test change state
   * at an exact point between a client's reads, as a concurrent push on GitHub would. */
  beforeRequest(hook: ((method: string, url: string) => Promise<void> | void) | null): void
  close(): Promise<void>
}

// Compiling the Ajv validators takes a moment; share them across emulators in one process.
let validators: Map<string, OperationValidator> | undefined

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}

function send(res: ServerResponse, status: number, headers: Record<string, string>, body: unknown): void {
  if (res.destroyed) return
  const raw = Buffer.isBuffer(body)
  const text = raw ? body : body === undefined ? '' : JSON.stringify(body)
  res.writeHead(status, {
    ...(body === undefined || raw ? {} : { 'content-type': 'application/json; charset=utf-8' }),
    'x-github-media-type': 'github.v3; format=json',
    'x-github-api-version-selected': '2022-11-28',
    'x-ratelimit-limit': '5000',
    'x-ratelimit-remaining': '4999',
    'x-ratelimit-resource': 'core',
    ...headers,
  })
  res.end(text)
}

async function detectDefaultBranch(git: Git): Promise<string> {
  try {
    return (await git.text(['symbolic-ref', '--short', 'HEAD'])).trim()
  } catch {
    return 'main'
  }
}

export async function startEmulator(options: EmulatorOptions): Promise<Emulator> {
  const git = new Git(options.repoDir)
  const state = new EmulatorState(git)
  const faults = new Faults()
  for (const f of options.faults ?? []) faults.add(f)
  validators ??= compileSubset()
  const violations: Violation[] = []
  const requests: RecordedRequest[] = []
  const timers = new Set<NodeJS.Timeout>()
  let hook: ((method: string, url: string) => Promise<void> | void) | null = null
  const pathPrefix = (options.pathPrefix ?? '').replace(/\/$/, '')
  const app: AppInfo = { id: 424242, slug: 'promptops', name: 'PromptOps', owner: options.owner, ...options.app }
  const defaultBranch = options.defaultBranch ?? (await detectDefaultBranch(git))

  // Assigned once below; the request handler (created first) reads them when requests arrive.
  // eslint-disable-next-line prefer-const
  let deps: PipelineDeps | undefined
  // eslint-disable-next-line prefer-const
  let graphql: GraphQLEndpoint | undefined
  const server = createServer((req, res) => {
    void (async () => {
      const body = await readBody(req)
      requests.push({ method: req.method ?? 'GET', url: req.url ?? '/', headers: req.headers, body, at: Date.now() })
      if (!deps) return send(res, 503, {}, { message: 'starting' })
      const download = await serveCodeload(deps.ctx, req.url ?? '/')
      if (download) return send(res, download.status, { ...download.headers }, download.raw ?? download.body)
      const [method, url] = [req.method ?? 'GET', req.url ?? '/']
      await hook?.(method, url)
      const reply = graphql?.matches(method, url)
        ? await graphql.handle(method, url, req.headers, body)
        : await handle(deps, method, url, req.headers, body)
      const id = `EMU:${requests.length}`
      const respond = () => send(res, reply.status, { 'x-github-request-id': id, ...reply.headers }, reply.raw ?? reply.body)
      if (!reply.delayMs) return respond()
      const timer = setTimeout(() => {
        timers.delete(timer)
        respond()
      }, reply.delayMs)
      timers.add(timer)
    })().catch((error: unknown) => send(res, 500, {}, { message: String(error) }))
  })
  // Idle keep-alive sockets outlive the clients' own idle timeout (undici: 4 s), as GitHub's do.
  // At Node's default of 5 s, a test process reusing a pooled socket on a loaded machine met
  // the server closing it (ECONNRESET).
  server.keepAliveTimeout = 60_000
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  const ctx: EmulatorContext = {
    urls: { api: `${origin}${pathPrefix}`, web: origin },
    repo: {
      owner: options.owner,
      repo: options.repo,
      defaultBranch,
      private: false,
      fork: false,
      createdAt: '2025-01-01T00:00:00Z',
    },
    app,
    otherApps: Object.values(options.apps ?? {}),
    installationId: options.installationId ?? 31337,
    git,
    state,
  }
  deps = {
    ctx,
    router: new Router(Object.keys(ROUTES)),
    routes: ROUTES,
    validators,
    faults,
    pathPrefix,
    readOnlyTokens: new Set(options.readOnlyTokens ?? []),
    actor: options.actor ?? `${app.slug}[bot]`,
    tokenActors: new Map(Object.entries(options.actors ?? {})),
    tokenApps: new Map(Object.entries(options.apps ?? {})),
    violations,
  }
  graphql = new GraphQLEndpoint(deps, { blobTextLimit: options.graphqlBlobTextLimit })
  return {
    url: ctx.urls.api,
    graphqlUrl: `${origin}${graphql.path}`,
    state,
    git,
    violations,
    requests,
    setFault: (spec) => faults.add(spec),
    clearFaults: () => faults.clear(),
    beforeRequest: (next) => {
      hook = next
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        for (const t of timers) clearTimeout(t)
        server.closeAllConnections()
        server.close((err) => (err ? reject(err) : resolve()))
      }),
  }
}
