// One evaluation per pull request at a time across replicas. Within a process the Coalescer
// already serialises them; across replicas two deliveries for one PR could both see no check
// run and both create one. With REDIS_URL set, a run first takes a short Redis lock on the PR
// (SET NX PX with a random token; renewed while the run lasts, released only by its holder),
// so the second replica's run starts after the first one's check write and updates that run.
// A replica that dies holding a lock blocks the PR for at most LOCK_TTL_MS. Without REDIS_URL
// nothing is shared and nothing changes: the App stays stateless. ttlMs is a parameter for tests.
import { randomUUID } from 'node:crypto'

export interface PullLock {
  /** Runs `run` while holding the lock on `key` (waiting for it first). */
  hold<T>(key: string, run: () => Promise<T>): Promise<T>
}

/** The few Redis commands the lock uses (ioredis's signatures). */
export interface LockRedis {
  set(key: string, value: string, px: 'PX', ms: number, nx: 'NX'): Promise<'OK' | null>
  eval(script: string, numKeys: number, ...args: Array<string | number>): Promise<unknown>
}

export const LOCK_TTL_MS = 10_000
const POLL_MS = 50
const MAX_POLL_MS = 500
/** An evaluation can wait minutes for paced writes under load; past this something is wrong. */
const MAX_WAIT_MS = 15 * 60_000
const PREFIX = 'promptops:pull-lock:'

// Delete or extend only if we still hold it (another replica may own it after a lapse).
const RELEASE = "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) end return 0"
const RENEW = "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('pexpire', KEYS[1], ARGV[2]) end return 0"

export const localOnly: PullLock = { hold: (_key, run) => run() }

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms))

export function redisPullLock(redis: () => Promise<LockRedis>, ttlMs = LOCK_TTL_MS): PullLock {
  return {
    async hold(key, run) {
      const client = await redis()
      const name = PREFIX + key
      const token = randomUUID()
      const deadline = Date.now() + MAX_WAIT_MS
      for (
        let wait = POLL_MS;
        (await client.set(name, token, 'PX', ttlMs, 'NX')) !== 'OK';
        wait = Math.min(MAX_POLL_MS, wait * 2)
      ) {
        if (Date.now() > deadline)
          throw new Error(`pull request lock ${key}: still held by another replica after ${MAX_WAIT_MS / 60_000} min`)
        await sleep(wait / 2 + Math.random() * (wait / 2))
      }
      const renew = setInterval(() => void client.eval(RENEW, 1, name, token, ttlMs).catch(() => undefined), ttlMs / 3)
      try {
        return await run()
      } finally {
        clearInterval(renew)
        await client.eval(RELEASE, 1, name, token).catch(() => undefined)
      }
    },
  }
}

/** The lock for this process: Redis-backed when REDIS_URL is set (one client, made on first use). */
export function pullLockFromEnv(env: Readonly<Record<string, string | undefined>>): PullLock {
  const url = env.REDIS_URL
  if (!url) return localOnly
  let client: Promise<LockRedis> | undefined
  return redisPullLock(() => (client ??= import('ioredis').then(({ Redis }) => new Redis(url, { lazyConnect: false }))))
}
