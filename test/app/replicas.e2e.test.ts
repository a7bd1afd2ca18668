// Scale-out with real parts: a real redis-server and two replicas of the bundled App
// (dist/app.js, REDIS_URL set) behind one webhook sender. A burst over many PRs, each PR's
// events split across both replicas, leaves exactly one promptops/approval run per PR head
// and one review request per critical PR; the writes of both replicas are paced together;
// and killing a replica mid-burst loses nothing once its unanswered deliveries are redelivered.
// Skipped, saying why, only where no redis-server can be started (.ci/run installs one).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { redisPullLock } from '../../app/handlers/pull-lock.js'
import { WRITE_INTERVAL_MS } from '../../app/octokit.js'
import { startEmulator, type Emulator } from '../github-emulator/index.js'
import { demoRepo, gitIn } from '../helpers/demo-repo.js'
import { startRedis } from '../helpers/redis-server.js'
import { approvalChecks, startApp, type AppProcess } from './harness.js'
import { openPulls, REF, runBurst, TEAMS, writeSpacing, type BurstPull, type BurstResult } from './replica-burst.js'
import { Redis } from 'ioredis'

const redis = await startRedis()
if (!redis.ok) console.warn(`SKIPPED test/app/replicas.e2e.test.ts: ${redis.why}`)
const suite = redis.ok ? describe : describe.skip
const redisUrl = redis.ok ? redis.url : ''

/** The limiter spaces the *release* of writes; the emulator sees their arrival, which on a
 * loaded machine lags release by up to a second (three busy event loops), so a single gap can
 * look short. Two independently paced replicas would interleave two streams: median gap and
 * span near half of what shared pacing gives. The assertions sit between the two. */
const SHARED = 0.8

afterAll(async () => {
  if (redis.ok) await redis.stop()
})

suite('the per-PR lock on a real Redis', () => {
  it('runs holders of one key one after the other, other keys at once', async () => {
    const client = new Redis(redisUrl)
    try {
      const lock = redisPullLock(async () => client, 2000)
      const log: string[] = []
      const hold = (key: string, name: string, ms: number) =>
        lock.hold(key, async () => {
          log.push(`${name}+`)
          await new Promise((r) => setTimeout(r, ms))
          log.push(`${name}-`)
        })
      await Promise.all([hold('pr#1', 'a', 150), hold('pr#1', 'b', 10), hold('pr#2', 'c', 10)])
      // a and b never overlap; c does not wait for either.
      const [a, b] = [log.indexOf('a+'), log.indexOf('b+')]
      const first = a < b ? 'a' : 'b'
      const second = first === 'a' ? 'b' : 'a'
      expect(log.indexOf(`${second}+`)).toBeGreaterThan(log.indexOf(`${first}-`))
      expect(log.indexOf('c-')).toBeLessThan(log.indexOf(`${second}+`))
      expect(await client.keys('promptops:pull-lock:*')).toEqual([])
    } finally {
      client.disconnect()
    }
  })

  it('frees the lock of a holder that died once its time-to-live lapses', async () => {
    const client = new Redis(redisUrl)
    try {
      // A replica that died mid-run: its lock stays, unrenewed, for the TTL.
      await client.set('promptops:pull-lock:pr#dead', 'someone-else', 'PX', 300)
      let ran = false
      await redisPullLock(async () => client, 300).hold('pr#dead', async () => {
        ran = true
      })
      expect(ran).toBe(true)
    } finally {
      client.disconnect()
    }
  })
})

suite('two App replicas sharing one Redis', () => {
  let dir: string
  let emulator: Emulator
  let replicas: AppProcess[] = []
  let open: (low: number, critical: number) => Promise<BurstPull[]>

  beforeAll(async () => {
    dir = demoRepo()
    emulator = await startEmulator({ repoDir: dir, ...REF, pathPrefix: '/api/v3' })
    for (const [slug, members] of Object.entries(TEAMS)) emulator.state.setTeam(REF.owner, slug, members)
    replicas = await Promise.all([
      startApp(emulator, undefined, { REDIS_URL: redisUrl }),
      startApp(emulator, undefined, { REDIS_URL: redisUrl }),
    ])
    const mainText = (path: string): string => `${gitIn(dir, 'show', `main:${path}`)}\n`
    open = (low, critical) =>
      openPulls(emulator, mainText, (name) => gitIn(dir, 'branch', '-f', name, 'risky-change'), low, critical)
  }, 60_000)

  afterAll(async () => {
    await Promise.all(replicas.map((r) => r.stop()))
    await emulator?.close()
  })

  const report = (label: string, r: BurstResult): void => {
    const per = (r.calls.length / (r.deliveries + r.redelivered)).toFixed(2)
    const gaps = writeSpacing(r.writes)
    const burst = `${r.deliveries} deliveries over ${r.pulls.length} PRs (+${r.redelivered} redelivered, ${r.late} answered 202)`
    const cost = `${r.calls.length} API calls (${per} per delivery), ${r.writes.length} writes, gaps between writes min ${gaps.minGapMs} ms, median ${gaps.medianGapMs} ms`
    console.log(`${label}: ${burst}, drained in ${(r.drainMs / 1000).toFixed(1)} s; ${cost}`)
  }

  const expectOneRunPerHead = (r: BurstResult): void => {
    for (const p of r.pulls) {
      const runs = approvalChecks(emulator, p.head)
      expect(runs.map((c) => c.status)).toEqual(['completed'])
      expect(runs[0]!.conclusion).toBe(p.critical ? 'action_required' : 'success')
    }
  }

  describe("a burst with each PR's events split across both replicas", () => {
    let result: BurstResult

    beforeAll(async () => {
      result = await runBurst(emulator, await open(5, 2), replicas)
      report('Both replicas up', result)
    }, 180_000)

    it('leaves exactly one completed promptops/approval run per PR head', () => expectOneRunPerHead(result))

    it('asks for the missing reviews once per critical PR', () => {
      const requested = (n: number) =>
        result.writes.filter((r) => r.method === 'POST' && r.url.endsWith(`/pulls/${n}/requested_reviewers`))
      for (const p of result.pulls) expect(requested(p.number)).toHaveLength(p.critical ? 1 : 0)
    })

    it('paces the writes of both replicas together, one interval apart', () => {
      // Both replicas wrote (each mints its own installation token).
      expect(new Set(result.writes.map((w) => w.headers.authorization)).size).toBe(2)
      const { medianGapMs, spanMs } = writeSpacing(result.writes)
      expect(medianGapMs).toBeGreaterThanOrEqual(SHARED * WRITE_INTERVAL_MS)
      expect(spanMs).toBeGreaterThanOrEqual(SHARED * (result.writes.length - 1) * WRITE_INTERVAL_MS)
    })
  })

  describe('a burst during which one replica is killed', () => {
    let result: BurstResult

    beforeAll(async () => {
      result = await runBurst(emulator, await open(5, 0), replicas, { kill: replicas[1] })
      report('One replica killed mid-burst', result)
    }, 180_000)

    it('redelivered what the killed replica left unanswered', () => {
      // Otherwise the kill came too late to test anything.
      expect(result.redelivered).toBeGreaterThan(0)
    })

    it('still leaves exactly one completed promptops/approval run per PR head', () => expectOneRunPerHead(result))
  })

  it('logged no handler error on the surviving replica, and broke no API contract', () => {
    expect(replicas[0]!.output()).not.toMatch(/"level":50/)
    expect(emulator.violations).toEqual([])
  })
})
