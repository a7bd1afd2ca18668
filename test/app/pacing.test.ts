// The App's Octokit paces writes a second apart per installation, but not GraphQL queries,
// which @octokit/plugin-throttling alone would pace like writes on github.com's `/graphql`.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { appOctokit, isPacedWrite, WRITE_INTERVAL_MS } from '../../app/octokit.js'

let server: Server
let baseUrl: string
const seen: Array<{ method: string; url: string; at: number }> = []

beforeAll(async () => {
  server = createServer((req: IncomingMessage, res: ServerResponse) => {
    req.resume()
    req.on('end', () => {
      seen.push({ method: req.method ?? '', url: req.url ?? '', at: Date.now() })
      res
        .writeHead(200, { 'content-type': 'application/json' })
        .end(req.url === '/graphql' ? '{"data":{"viewer":{"login":"x"}}}' : '{}')
    })
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  baseUrl = `http://127.0.0.1:${(server.address() as { port: number }).port}`
})
afterAll(async () => new Promise<void>((done) => server.close(() => done())))

// One class for the file, as an entry makes one per process: its clients share the limiter.
const AppOctokit = appOctokit({})
// github.com's layout (no /api/v3 prefix), where the plugin recognises `/graphql`.
const client = () =>
  new AppOctokit({
    auth: { token: 'ghs_test' },
    baseUrl,
    throttle: { id: 'installation-1', onRateLimit: () => false, onSecondaryRateLimit: () => false },
  }) as unknown as {
    graphql: (q: string) => Promise<unknown>
    request: (route: string, params?: Record<string, unknown>) => Promise<unknown>
  }

describe('App Octokit pacing', () => {
  it('does not space GraphQL queries of one installation like writes', async () => {
    const octokit = client()
    seen.length = 0
    await Promise.all([1, 2, 3].map(() => octokit.graphql('query { viewer { login } }')))
    const at = seen.filter((r) => r.url === '/graphql').map((r) => r.at)
    // Paced like writes, the third would arrive two intervals after the first.
    expect(at).toHaveLength(3)
    expect(Math.max(...at) - Math.min(...at)).toBeLessThan(WRITE_INTERVAL_MS / 2)
  }, 10_000)

  it('spaces REST writes of one installation a second apart', async () => {
    const octokit = client()
    seen.length = 0
    await Promise.all(
      [1, 2].map((n) =>
        octokit.request('POST /repos/{owner}/{repo}/check-runs', {
          owner: 'acme',
          repo: 'prompts',
          name: `c${n}`,
          head_sha: 'a'.repeat(40),
        }),
      ),
    )
    const [a, b] = seen.filter((r) => r.method === 'POST')
    expect(b!.at - a!.at).toBeGreaterThanOrEqual(WRITE_INTERVAL_MS - 50)
  }, 10_000)

  it.each([
    ['GET', '/repos/acme/prompts/pulls/1', false, undefined],
    ['POST', '/repos/acme/prompts/check-runs', true, {}],
    ['PATCH', '/repos/acme/prompts/check-runs/1', true, {}],
    ['POST', '/app/installations/1/access_tokens', false, {}],
    ['POST', '/graphql', false, { query: 'query { viewer { login } }' }],
    ['POST', '/api/graphql', true, { query: 'mutation { addComment(input: {}) { clientMutationId } }' }],
  ])('%s %s is a paced write: %s', (method, url, expected, body) => {
    expect(isPacedWrite(method, `https://api.github.com${url}`, body)).toBe(expected)
  })
})
