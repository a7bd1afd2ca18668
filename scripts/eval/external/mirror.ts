// Reads a referenced file: from the cache (.cache/corpora/<blob>) or from a local bare mirror of
// its repository (`<mirror>/<owner>+<name>/repo`, the layout of the project's fetch tool; a
// `git clone --mirror` there works too), then caches it. The text must be exactly the
// referenced git blob, and the blob must be the file at the referenced commit and path.
// Nothing is downloaded.
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { gitBlobId } from '../realworld/blobs.js'

export interface FileRef {
  repo: string
  commit: string
  path: string
  blob: string
}

/** The file's text, or why it cannot be read here (mirror or object missing). */
export type FileReader = (ref: FileRef) => { text: string } | { missing: string }

/** Default mirror directory; `PROMPTOPS_MIRROR` overrides it, as for the real-world corpus. */
export const mirrorDir = (): string => process.env.PROMPTOPS_MIRROR ?? '/work/.mirror'

export const gitDirOf = (mirror: string, repo: string): string => join(mirror, repo.replace('/', '+'), 'repo')

export function mirrorReader(mirror: string, cacheDir: string): FileReader {
  return (ref) => {
    const cached = join(cacheDir, ref.blob)
    if (existsSync(cached)) {
      const text = readFileSync(cached, 'utf8')
      if (gitBlobId(text) === ref.blob) return { text }
    }
    const gitDir = gitDirOf(mirror, ref.repo)
    if (!existsSync(gitDir)) return { missing: `no mirror of ${ref.repo} at ${gitDir}` }
    let bytes: Buffer
    try {
      // `<commit>:<path>` reads the file as the commit has it; its blob id is checked below.
      bytes = execFileSync('git', ['--git-dir', gitDir, 'cat-file', 'blob', `${ref.commit}:${ref.path}`], {
        maxBuffer: 64 << 20,
        stdio: ['ignore', 'pipe', 'ignore'],
      })
    } catch {
      return { missing: `${ref.repo}@${ref.commit.slice(0, 12)}:${ref.path} is not in the mirror (fetch that commit)` }
    }
    const blob = createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex')
    if (blob !== ref.blob)
      throw new Error(`${ref.repo}@${ref.commit}:${ref.path} is blob ${blob}, the reference says ${ref.blob}`)
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
    mkdirSync(cacheDir, { recursive: true })
    writeFileSync(cached, text)
    return { text }
  }
}
