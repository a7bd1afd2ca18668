// Thin wrapper over the `git` CLI (plumbing commands only), so the CLI works on any local
// clone, offline and without a token. Errors name the repository and the ref.
import { execFile, spawn } from 'node:child_process'
import { promisify } from 'node:util'
import { PromptOpsError } from '../../core/errors.js'

const exec = promisify(execFile)
const MAX_BUFFER = 512 * 1024 * 1024

export class GitError extends PromptOpsError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('git', message, options)
    this.name = 'GitError'
  }
}

export async function git(repo: string, args: string[], input?: string): Promise<string> {
  try {
    if (input === undefined) {
      const { stdout } = await exec('git', ['-C', repo, ...args], { maxBuffer: MAX_BUFFER, encoding: 'utf8' })
      return stdout
    }
    return (await gitBytes(repo, args, Buffer.from(input))).toString('utf8')
  } catch (cause) {
    if (cause instanceof GitError) throw cause
    const stderr = String((cause as { stderr?: string }).stderr ?? (cause as Error).message)
      .trim()
      .split('\n')[0]
    throw new GitError(`git ${args[0]} failed in ${repo}: ${stderr}`, { cause })
  }
}

/** Runs git with binary stdin/stdout (blobs may be binary). */
export function gitBytes(repo: string, args: string[], input?: Buffer, env?: Record<string, string>): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', ['-C', repo, ...args], {
      stdio: ['pipe', 'pipe', 'pipe'],
      ...(env ? { env: { ...process.env, ...env } } : {}),
    })
    const out: Buffer[] = []
    const err: Buffer[] = []
    child.stdout.on('data', (d: Buffer) => out.push(d))
    child.stderr.on('data', (d: Buffer) => err.push(d))
    child.on('error', (cause) => reject(new GitError(`cannot run git: ${cause.message}`, { cause })))
    child.on('close', (code) => {
      if (code === 0) resolve(Buffer.concat(out))
      else reject(new GitError(`git ${args[0]} failed in ${repo}: ${Buffer.concat(err).toString('utf8').trim().split('\n')[0]}`))
    })
    child.stdin.on('error', () => undefined)
    child.stdin.end(input ?? Buffer.alloc(0))
  })
}

export async function resolveCommit(repo: string, ref: string): Promise<string> {
  if (ref.startsWith('-')) throw new GitError(`invalid ref "${ref}"`)
  try {
    return (await git(repo, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`])).trim()
  } catch (cause) {
    throw new GitError(`${repo}: unknown revision "${ref}" (not a branch, tag or commit in this repository)`, { cause })
  }
}

/** Reads many blobs at once with `cat-file --batch`; missing objects map to null. */
export async function readBlobs(repo: string, specs: string[]): Promise<Map<string, Buffer | null>> {
  const result = new Map<string, Buffer | null>()
  if (specs.length === 0) return result
  const out = await gitBytes(repo, ['cat-file', '--batch'], Buffer.from(specs.map((s) => `${s}\n`).join('')))
  let pos = 0
  for (const spec of specs) {
    const eol = out.indexOf(0x0a, pos)
    const header = out.subarray(pos, eol).toString('utf8')
    pos = eol + 1
    if (header.endsWith(' missing') || header.endsWith(' ambiguous')) {
      result.set(spec, null)
      continue
    }
    const size = Number(header.split(' ')[2])
    result.set(spec, out.subarray(pos, pos + size))
    pos += size + 1
  }
  return result
}

type Waiter = { resolve: (b: Buffer | null) => void; reject: (e: unknown) => void }

/** Files at commits of `repo`, or null when absent. Reads asked for in the same tick share
 * one `cat-file --batch`; the caller owns the reader (and so its pending batch). */
export function fileReader(repo: string): (commit: string, path: string) => Promise<string | null> {
  let batch: Map<string, Waiter[]> | null = null
  const readBlobSoon = (spec: string): Promise<Buffer | null> =>
    new Promise((resolve, reject) => {
      if (!batch) {
        const fresh = new Map<string, Waiter[]>()
        batch = fresh
        queueMicrotask(() => {
          batch = null
          readBlobs(repo, [...fresh.keys()]).then(
            (blobs) => fresh.forEach((waiters, s) => waiters.forEach((w) => w.resolve(blobs.get(s) ?? null))),
            (error: unknown) => fresh.forEach((waiters) => waiters.forEach((w) => w.reject(error))),
          )
        })
      }
      batch.set(spec, [...(batch.get(spec) ?? []), { resolve, reject }])
    })
  return async (commit, path) => {
    const blob = await readBlobSoon(`${commit}:${path}`)
    return blob ? blob.toString('utf8') : null
  }
}
