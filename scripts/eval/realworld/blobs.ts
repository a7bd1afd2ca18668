// Reads corpus texts: from the cache (.cache/realworld/<blob>) or, when missing there, from a
// local mirror of the source repository (`<mirror>/<owner>+<name>/repo`, as the project's
// `fetch` tool lays them out), then caches them. Nothing is downloaded.
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { NO_BLOB, type BlobReader, type Corpus } from './corpus.js'

export interface BlobStore {
  read: BlobReader
  /** Blobs that could be read neither from the cache nor from a mirror. */
  missing(corpus: Corpus): string[]
}

/** git's blob id of a text: a cached copy must still be exactly the referenced blob. */
export function gitBlobId(text: string): string {
  const body = Buffer.from(text, 'utf8')
  return createHash('sha1').update(`blob ${body.length}\0`).update(body).digest('hex')
}

export function blobStore(cacheDir: string, mirrorDir: string): BlobStore {
  const fromMirror = (repo: string, blob: string): string | null => {
    const gitDir = join(mirrorDir, repo.replace('/', '+'), 'repo')
    if (!existsSync(gitDir)) return null
    try {
      return execFileSync('git', ['--git-dir', gitDir, 'cat-file', 'blob', blob], {
        encoding: 'utf8',
        maxBuffer: 64 << 20,
        stdio: ['ignore', 'pipe', 'ignore'],
      })
    } catch {
      return null
    }
  }
  const lookup = (repo: string, blob: string): string | null => {
    if (NO_BLOB.test(blob)) return null
    const cached = join(cacheDir, blob)
    if (existsSync(cached)) {
      const text = readFileSync(cached, 'utf8')
      if (gitBlobId(text) === blob) return text
    }
    const text = fromMirror(repo, blob)
    if (text !== null) {
      mkdirSync(cacheDir, { recursive: true })
      writeFileSync(cached, text)
    }
    return text
  }
  return {
    read: (repo, blob) => {
      const text = lookup(repo, blob)
      if (text === null && !NO_BLOB.test(blob))
        throw new Error(`realworld corpus: blob ${blob} of ${repo} is neither cached nor in a mirror`)
      return text
    },
    missing: (corpus) => {
      const wanted = [
        ...corpus.templates.map((t) => [t.repo, t.blob] as const),
        ...corpus.commits.flatMap((c) => c.files.flatMap((f) => [[c.repo, f.baseBlob] as const, [c.repo, f.headBlob] as const])),
      ]
      return wanted
        .filter(([repo, blob]) => !NO_BLOB.test(blob) && lookup(repo, blob) === null)
        .map(([repo, blob]) => `${repo}:${blob}`)
    },
  }
}
