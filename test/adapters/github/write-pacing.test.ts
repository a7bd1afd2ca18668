// The Action's and CLI's client sends writes one at a time: a run's first few go straight
// out, and after that one per interval (a token bucket), so a handful of writes costs no
// waiting while a long run still keeps GitHub's pace.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createServer, type Server } from 'node:http'
import { createClient } from '../../../src/adapters/github/octokit.js'

let server: Server
let baseUrl: string
let inFlight = 0
let maxInFlight = 0
const arrivals: number[] = []

beforeAll(async () => {
  server = createServer((req, res) => {
    inFlight++
    maxInFlight = Math.max(maxInFlight, inFlight)
    arrivals.push(Date.now())
    req.resume()
    // A little server time, so overlapping writes would be seen in flight together.
    setTimeout(() => {
      inFlight--
      res.writeHead(201, { 'content-type': 'application/json' }).end('{"id":1}')
    }, 5)
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  baseUrl = `http://127.0.0.1:${(server.address() as { port: number }).port}`
})
afterAll(async () => new Promise<void>((done) => server.close(() => done())))

describe('write pacing of the Action and CLI client', () => {
  it('sends five writes back to back, one at a time, then one per interval', async () => {
    const interval = 500
    const created = Date.now()
    const client = createClient({ token: 'ghs_test', baseUrl, userAgent: 'promptops-test', writeIntervalMs: interval })
    // Check runs: comments would also pass the plugin's 3 s notification limiter.
    const writes = Array.from({ length: 8 }, (_, n) =>
      client.rest.checks.create({ owner: 'acme', repo: 'prompts', name: `c${n}`, head_sha: 'a'.repeat(40) }),
    )
    await Promise.all(writes)
    expect(maxInFlight).toBe(1)
    // The bucket holds five and refills one per interval, refills at least an interval apart
    // and the first an interval after the client was made: the eighth write needs the third.
    expect(arrivals[7]! - created).toBeGreaterThanOrEqual(3 * interval - 5)
    // The burst itself does not wait an interval (load only makes gaps longer, so the bound is
    // on their sum: five paced writes would take four intervals).
    expect(arrivals[4]! - arrivals[0]!).toBeLessThan(interval * 2)
  }, 10_000)
})
