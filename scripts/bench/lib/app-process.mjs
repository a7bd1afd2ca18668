// Starts the bundled Probot app (node dist/app.js) as test/app/harness.ts does: Probot's
// standard env (APP_ID, PRIVATE_KEY, WEBHOOK_SECRET, PORT, HOST=127.0.0.1, GHE_HOST /
// GHE_PROTOCOL at the emulator) and signed webhook deliveries. Traffic stays on 127.0.0.1.
import { spawn } from 'node:child_process'
import { createHmac, generateKeyPairSync, randomUUID } from 'node:crypto'
import { mkdtempSync, readFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { join, resolve } from 'node:path'

export const APP_ENTRY = resolve('dist/app.js')
export const INSTALLATION_ID = 31337
const SECRET = 'webhook-secret-for-bench'

function freePort() {
  return new Promise((done, fail) => {
    const srv = createServer()
    srv.once('error', fail)
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address()
      srv.close(() => done(port))
    })
  })
}

export async function startApp(emulatorUrl, root) {
  const port = await freePort()
  const api = new URL(emulatorUrl)
  const { privateKey } = generateKeyPairSync('rsa', {
    modulusLength: 2048,
    privateKeyEncoding: { type: 'pkcs1', format: 'pem' },
    publicKeyEncoding: { type: 'spki', format: 'pem' },
  })
  const env = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? root,
    APP_ID: '424242',
    PRIVATE_KEY: privateKey,
    WEBHOOK_SECRET: SECRET,
    PORT: String(port),
    HOST: '127.0.0.1',
    GHE_HOST: api.host,
    GHE_PROTOCOL: 'http',
    LOG_LEVEL: 'warn',
    NODE_ENV: 'production',
  }
  // A scratch cwd, so Probot's dotenv loading cannot pick up a stray .env.
  const child = spawn(process.execPath, [APP_ENTRY], {
    cwd: mkdtempSync(join(root, 'app-')),
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let out = ''
  child.stdout.on('data', (d) => (out += d.toString()))
  child.stderr.on('data', (d) => (out += d.toString()))
  const url = `http://127.0.0.1:${port}`
  const app = { url, pid: child.pid, output: () => out, stop: () => stop(child) }
  const deadline = Date.now() + 20_000
  while (!(await fetch(`${url}/ping`, { signal: AbortSignal.timeout(1000) }).catch(() => undefined))?.ok) {
    if (child.exitCode !== null || Date.now() > deadline) {
      await stop(child)
      throw new Error(`app did not start on ${url}: ${out.slice(0, 500)}`)
    }
    await new Promise((r) => setTimeout(r, 50))
  }
  return app
}

function stop(child) {
  if (child.exitCode !== null) return Promise.resolve()
  return new Promise((done) => {
    child.once('exit', () => done())
    child.kill('SIGTERM')
  })
}

const sign = (body) => `sha256=${createHmac('sha256', SECRET).update(body).digest('hex')}`

/** POSTs a signed webhook; resolves when Probot answered (after the handlers finished). */
export async function deliver(app, event, payload, timeoutMs = 60_000) {
  const body = JSON.stringify(payload)
  const start = performance.now()
  const res = await fetch(`${app.url}/api/github/webhooks`, {
    method: 'POST',
    signal: AbortSignal.timeout(timeoutMs),
    headers: {
      'content-type': 'application/json',
      'user-agent': 'GitHub-Hookshot/emulated',
      'x-github-event': event,
      'x-github-delivery': randomUUID(),
      'x-github-hook-id': '1',
      'x-github-hook-installation-target-type': 'integration',
      'x-hub-signature-256': sign(body),
    },
    body,
  })
  const text = await res.text()
  return { status: res.status, body: text, ms: performance.now() - start }
}

/** Resident set size of a process in KiB (Linux /proc), or null. */
export function rssKiB(pid) {
  try {
    const m = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))
    return m ? Number(m[1]) : null
  } catch {
    return null
  }
}

/** Samples VmRSS every `everyMs` until stopped; returns the peak (KiB). */
export function watchRss(pid, everyMs = 25) {
  let peak = rssKiB(pid) ?? 0
  const timer = setInterval(() => (peak = Math.max(peak, rssKiB(pid) ?? 0)), everyMs)
  return { stop: () => (clearInterval(timer), Math.max(peak, rssKiB(pid) ?? 0)), peak: () => peak }
}

const TEST_TOKEN = 'ghs_benchappreader00000000000000000000'

async function read(emulatorUrl, path) {
  const res = await fetch(`${emulatorUrl}${path}`, { headers: { authorization: `token ${TEST_TOKEN}` } })
  if (!res.ok) throw new Error(`GET ${path}: ${res.status}`)
  return res.json()
}

/** A `pull_request` webhook payload built from the emulator's own API responses. */
export async function pullRequestPayload(emulatorUrl, { owner, repo }, number, action) {
  const pull = await read(emulatorUrl, `/repos/${owner}/${repo}/pulls/${number}`)
  const repository = await read(emulatorUrl, `/repos/${owner}/${repo}`)
  return {
    action,
    number,
    pull_request: pull,
    repository,
    installation: { id: INSTALLATION_ID, node_id: 'MDIzOkludGVncmF0aW9uSW5zdGFsbGF0aW9uMzEzMzc=' },
    sender: pull.user,
  }
}

/** A `pull_request_review.submitted` payload for the given review id. */
export async function reviewPayload(emulatorUrl, ref, number, reviewId) {
  const { number: _n, ...base } = await pullRequestPayload(emulatorUrl, ref, number, 'submitted')
  const reviews = await read(emulatorUrl, `/repos/${ref.owner}/${ref.repo}/pulls/${number}/reviews`)
  const review = reviews.find((r) => r.id === reviewId)
  if (!review) throw new Error(`review ${reviewId} not listed`)
  return { ...base, review, sender: review.user }
}
