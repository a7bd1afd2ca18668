// Drives the bundled Probot app (dist/app.js) as a real process: Probot's standard env,
// signed webhook deliveries, and helpers to observe the GitHub emulator it talks to.
import { spawn, type ChildProcess } from 'node:child_process'
import { createHmac, generateKeyPairSync, randomUUID } from 'node:crypto'
import { mkdtempSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { Emulator, RecordedRequest } from '../github-emulator/index.js'
import type { CheckRunRecord } from '../github-emulator/state.js'
import { writeNestedTree } from '../github-emulator/tree-writer.js'

export const APP_ENTRY = resolve('dist/app.js')
export const INSTALLATION_ID = 31337
/** A token for the test's own reads; the emulator only needs it not to be a JWT. */
const TEST_TOKEN = 'ghs_apptestreader0000000000000000000000'

export interface AppProcess {
  readonly url: string
  readonly secret: string
  /** stdout + stderr so far, for failure messages. */
  output(): string
  stop(): Promise<void>
  /** SIGKILL: the replica dies mid-work, answering nothing more. */
  kill(): Promise<void>
}

export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const srv = createServer()
    srv.once('error', fail)
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number }
      srv.close(() => done(port))
    })
  })
}

/** Starts `node dist/app.js` against the emulator and resolves once it answers /ping. */
export async function startApp(
  emulator: Emulator,
  secret = 'webhook-secret-for-tests',
  extraEnv: Record<string, string> = {},
): Promise<AppProcess> {
  const port = await freePort()
  const api = new URL(emulator.url)
  const { privateKey } = generateKeyPairSync('rsa', {
    modulusLength: 2048,
    privateKeyEncoding: { type: 'pkcs1', format: 'pem' },
    publicKeyEncoding: { type: 'spki', format: 'pem' },
  })
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? tmpdir(),
    APP_ID: '424242',
    PRIVATE_KEY: privateKey,
    WEBHOOK_SECRET: secret,
    PORT: String(port),
    HOST: '127.0.0.1',
    GHE_HOST: api.host,
    GHE_PROTOCOL: 'http',
    LOG_LEVEL: 'warn',
    NODE_ENV: 'production',
    ...extraEnv,
  }
  // A scratch cwd, so Probot's dotenv loading cannot pick up a stray .env.
  const child = spawn(process.execPath, [APP_ENTRY], {
    cwd: mkdtempSync(join(tmpdir(), 'promptops-app-')),
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let out = ''
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()))
  child.stderr?.on('data', (d: Buffer) => (out += d.toString()))
  const url = `http://127.0.0.1:${port}`
  try {
    await waitFor(
      async () => {
        if (child.exitCode !== null) throw new Error(`app exited with ${child.exitCode}:\n${out}`)
        return (await fetch(`${url}/ping`).catch(() => undefined))?.ok === true
      },
      20_000,
      () => `app did not listen on ${url}:\n${out}`,
    )
  } catch (error) {
    await stop(child)
    throw error
  }
  return { url, secret, output: () => out, stop: () => stop(child), kill: () => stop(child, 'SIGKILL') }
}

function stop(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve()
  return new Promise((done) => {
    child.once('exit', () => done())
    child.kill(signal)
  })
}

export async function waitFor(probe: () => Promise<boolean> | boolean, timeoutMs: number, message: () => string): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!(await probe())) {
    if (Date.now() > deadline) throw new Error(message())
    await new Promise((r) => setTimeout(r, 50))
  }
}

export function sign(secret: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`
}

export interface Delivery {
  status: number
  body: string
  /** API requests the app made while handling this delivery. */
  requests: RecordedRequest[]
}

/** POSTs a webhook the way GitHub does; resolves after Probot answered (handlers done). */
export async function deliver(
  app: AppProcess,
  emulator: Emulator,
  event: string,
  payload: unknown,
  options: { id?: string; signature?: string } = {},
): Promise<Delivery> {
  const body = JSON.stringify(payload)
  const from = emulator.requests.length
  const res = await fetch(`${app.url}/api/github/webhooks`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'user-agent': 'GitHub-Hookshot/emulated',
      'x-github-event': event,
      'x-github-delivery': options.id ?? randomUUID(),
      'x-github-hook-id': '1',
      'x-github-hook-installation-target-type': 'integration',
      'x-hub-signature-256': options.signature ?? sign(app.secret, body),
    },
    body,
  })
  return { status: res.status, body: await res.text(), requests: emulator.requests.slice(from) }
}

/** A write to repository state; minting an installation token (POST /app/...) is auth, not a write. */
export const isWrite = (r: RecordedRequest): boolean =>
  r.method !== 'GET' && !/^(?:\/api\/v3)?\/app\//.test(r.url) && !isGraphqlQuery(r)

/** A GraphQL POST that is a query (reads; GitHub meters it in points), not a mutation. */
export const isGraphqlQuery = (r: RecordedRequest): boolean =>
  /^(?:\/api)?\/graphql$/.test(r.url) &&
  !/^\s*mutation\b/.test(String((JSON.parse(r.body || '{}') as { query?: string }).query ?? ''))

/** "METHOD /path" counts, query strings dropped, for the lead's API-cost table. */
export function callTable(requests: readonly RecordedRequest[]): Record<string, number> {
  const table: Record<string, number> = {}
  for (const r of requests) {
    const key = `${r.method} ${r.url
      .split('?')[0]!
      .replace(/^\/api\/v3/, '')
      .replace(/[0-9a-f]{40}/g, '{sha}')}`
    table[key] = (table[key] ?? 0) + 1
  }
  return table
}

async function read<T>(emulator: Emulator, path: string): Promise<T> {
  const res = await fetch(`${emulator.url}${path}`, { headers: { authorization: `token ${TEST_TOKEN}` } })
  if (!res.ok) throw new Error(`GET ${path}: ${res.status}`)
  return (await res.json()) as T
}

interface Repo {
  owner: string
  repo: string
}

/** A `pull_request` webhook payload built from the emulator's own API responses. */
export async function pullRequestPayload(
  emulator: Emulator,
  { owner, repo }: Repo,
  number: number,
  action: string,
  extra: Record<string, unknown> = {},
): Promise<Record<string, unknown>> {
  const pull = await read<{ user: unknown }>(emulator, `/repos/${owner}/${repo}/pulls/${number}`)
  const repository = await read<unknown>(emulator, `/repos/${owner}/${repo}`)
  return {
    action,
    number,
    pull_request: pull,
    repository,
    installation: { id: INSTALLATION_ID, node_id: 'MDIzOkludGVncmF0aW9uSW5zdGFsbGF0aW9uMzEzMzc=' },
    sender: pull.user,
    ...extra,
  }
}

/** A `pull_request_review.submitted` payload for the given review id. */
export async function reviewPayload(
  emulator: Emulator,
  ref: Repo,
  number: number,
  reviewId: number,
): Promise<Record<string, unknown>> {
  const base = await pullRequestPayload(emulator, ref, number, 'submitted')
  const reviews = await read<Array<{ id: number; user: unknown }>>(
    emulator,
    `/repos/${ref.owner}/${ref.repo}/pulls/${number}/reviews`,
  )
  const review = reviews.find((r) => r.id === reviewId)
  if (!review) throw new Error(`review ${reviewId} not listed`)
  const { number: _n, ...rest } = base
  return { ...rest, review, sender: review.user }
}

/** Writes a commit of `files` on top of `parent` (no ref moves); returns its SHA. */
export async function commitFiles(
  emulator: Emulator,
  parent: string,
  files: Record<string, string>,
  message: string,
  author: string,
): Promise<string> {
  const { git } = emulator
  const blobs = new Map((await git.lsTree(parent, true)).filter((e) => e.type !== 'tree').map((e) => [e.path, e]))
  const paths = Object.keys(files)
  const shas = await git.writeBlobs(paths.map((p) => Buffer.from(files[p]!)))
  paths.forEach((path, i) => blobs.set(path, { mode: '100644', type: 'blob', sha: shas[i]!, path }))
  const tree = await writeNestedTree(git, [...blobs.values()])
  const person = { name: author, email: `${author}@users.noreply.github.com`, date: emulator.state.now() }
  return git.commitTree(tree, [parent], message, person, person)
}

/** A push to the PR's head branch: commits `files`, moves the branch and the PR head. */
export async function pushToPull(
  emulator: Emulator,
  number: number,
  files: Record<string, string>,
  message: string,
): Promise<{ before: string; after: string }> {
  const pr = emulator.state.pulls.get(number)
  if (!pr) throw new Error(`no pull request #${number}`)
  const before = pr.headSha
  const after = await commitFiles(emulator, before, files, message, pr.author)
  if (!(await emulator.git.updateRef(`refs/heads/${pr.headRef}`, after, before))) throw new Error(`could not push ${pr.headRef}`)
  await emulator.git.run(['update-ref', `refs/pull/${number}/head`, after])
  pr.headSha = after
  pr.updatedAt = emulator.state.now()
  return { before, after }
}

export function approvalChecks(emulator: Emulator, sha: string): CheckRunRecord[] {
  return [...emulator.state.checkRuns.values()].filter((c) => c.name === 'promptops/approval' && c.headSha === sha)
}

/** The latest `promptops/approval` run on `sha` once it is completed (bounded wait). */
export async function settledCheck(emulator: Emulator, sha: string, timeoutMs = 10_000): Promise<CheckRunRecord> {
  await waitFor(
    () => approvalChecks(emulator, sha).at(-1)?.status === 'completed',
    timeoutMs,
    () => `no completed promptops/approval on ${sha}`,
  )
  return approvalChecks(emulator, sha).at(-1)!
}
