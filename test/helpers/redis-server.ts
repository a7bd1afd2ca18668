// A real Redis for the replica tests: the server .ci/run starts (PROMPTOPS_TEST_REDIS_URL; its
// database is flushed), or else a private `redis-server` (Debian package redis-server) on a
// free port with no persistence. Where neither is possible the caller skips, saying why.
import { spawn, type ChildProcess } from 'node:child_process'
import { createServer } from 'node:net'
import { Redis } from 'ioredis'

export type RedisForTests = { ok: true; url: string; stop(): Promise<void> } | { ok: false; why: string }

const START_TIMEOUT_MS = 10_000

export async function startRedis(env: Readonly<Record<string, string | undefined>> = process.env): Promise<RedisForTests> {
  const given = env.PROMPTOPS_TEST_REDIS_URL
  if (given) {
    const client = new Redis(given, { maxRetriesPerRequest: 1, lazyConnect: true })
    try {
      await client.connect()
      await client.flushdb()
    } catch (error) {
      client.disconnect()
      return { ok: false, why: `PROMPTOPS_TEST_REDIS_URL=${given} does not answer (${(error as Error).message})` }
    }
    client.disconnect()
    return { ok: true, url: given, stop: async () => undefined }
  }
  const port = await freePort()
  let child: ChildProcess
  try {
    child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    })
  } catch (error) {
    return { ok: false, why: `cannot run redis-server (${(error as Error).message}); install the Debian package redis-server` }
  }
  const started = await new Promise<true | string>((resolve) => {
    let out = ''
    const timer = setTimeout(
      () => resolve(`redis-server did not get ready in ${START_TIMEOUT_MS / 1000} s: ${out.slice(-300)}`),
      START_TIMEOUT_MS,
    )
    child.once(
      'error',
      (error) => (
        clearTimeout(timer),
        resolve(`cannot run redis-server (${error.message}); install the Debian package redis-server`)
      ),
    )
    child.once('exit', (code) => (clearTimeout(timer), resolve(`redis-server exited (${code}): ${out.slice(-300)}`)))
    const onData = (d: Buffer): void => {
      out += d.toString()
      if (/ready to accept connections/i.test(out)) {
        clearTimeout(timer)
        resolve(true)
      }
    }
    child.stdout?.on('data', onData)
    child.stderr?.on('data', onData)
  })
  if (started !== true) {
    child.kill('SIGKILL')
    return { ok: false, why: started }
  }
  const stop = (): Promise<void> =>
    new Promise((done) => {
      if (child.exitCode !== null || child.signalCode !== null) return done()
      child.once('exit', () => done())
      child.kill('SIGTERM')
    })
  return { ok: true, url: `redis://127.0.0.1:${port}`, stop }
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const srv = createServer()
    srv.once('error', fail)
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number }
      srv.close(() => done(port))
    })
  })
}
