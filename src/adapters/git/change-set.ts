// The changed files between two commits of a local clone, as the engine's FileChange[].
// Uses the merge base like a pull request does (`base...head`), and reads contents only
// for files the classifier cares about: by the blob ids `git diff --raw` reports, all in one
// `cat-file --batch` (no path lookups in trees, and a blob shared by several files is read once).
import type { FileClassifier } from '../../core/config/governed.js'
import type { FileChange, FileStatus } from '../../core/types.js'
import { decodeText } from '../decode.js'
import { gitBytes, readBlobs } from './git.js'

const STATUS: Record<string, FileStatus> = { A: 'added', D: 'removed', M: 'modified', R: 'renamed', T: 'modified', C: 'added' }
const ABSENT = /^0+$/

interface RawEntry {
  status: FileStatus
  path: string
  oldPath?: string
  /** Blob ids, null on the side that does not exist. */
  baseBlob: string | null
  headBlob: string | null
  /** A path that is not valid UTF-8: its name in the report is not the file's, so the file
   * is reported unreadable (as when blobs were looked up by name) instead of scored. */
  lossyPath: boolean
}

export async function loadChangeSet(repo: string, base: string, head: string, classify: FileClassifier): Promise<FileChange[]> {
  // `base...head` diffs from the merge base; without one (unrelated histories), from base.
  const diff = (range: string[]) => gitBytes(repo, ['diff', '--raw', '-z', '-M', '--no-abbrev', '--no-ext-diff', ...range, '--'])
  const entries = parseRaw(await diff([`${base}...${head}`]).catch(() => diff([base, head])))
  const wanted = (e: RawEntry): boolean => classify.needsContent(e.path) || (e.oldPath !== undefined && classify.needsContent(e.oldPath))
  const ids = new Set<string>()
  for (const e of entries) {
    if (!wanted(e) || e.lossyPath) continue
    if (e.baseBlob) ids.add(e.baseBlob)
    if (e.headBlob) ids.add(e.headBlob)
  }
  const blobs = await readBlobs(repo, [...ids])
  return entries.map(({ baseBlob, headBlob, lossyPath, ...e }): FileChange => {
    if (!wanted({ baseBlob, headBlob, lossyPath, ...e })) return { ...e, baseText: null, headText: null }
    const baseBytes = baseBlob ? blobs.get(baseBlob) ?? null : null
    const headBytes = headBlob ? blobs.get(headBlob) ?? null : null
    const b = baseBytes ? decodeText(baseBytes) : { text: null, binary: false }
    const h = headBytes ? decodeText(headBytes) : { text: null, binary: false }
    const missing = (e.status !== 'added' && baseBytes === null) || (e.status !== 'removed' && headBytes === null)
    return { ...e, baseText: b.text, headText: h.text, ...(b.binary || h.binary ? { binary: true } : {}), ...(missing ? { unreadable: 'git could not read the blob (submodule, or a path that is not valid UTF-8?)' } : {}) }
  })
}

const utf8 = new TextDecoder('utf-8', { fatal: true })
const lenient = new TextDecoder('utf-8')

/** `:oldmode newmode oldsha newsha STATUS\0path\0` (renames and copies: `\0old\0new\0`). */
function parseRaw(raw: Buffer): RawEntry[] {
  const parts: Buffer[] = []
  for (let at = 0, nul = raw.indexOf(0); nul !== -1; at = nul + 1, nul = raw.indexOf(0, at)) parts.push(raw.subarray(at, nul))
  const entries: RawEntry[] = []
  let lossy = false
  const path = (bytes: Buffer): string => {
    try {
      return utf8.decode(bytes)
    } catch {
      lossy = true
      return lenient.decode(bytes)
    }
  }
  for (let i = 0; i < parts.length; ) {
    const [, , oldSha, newSha, code] = parts[i++]!.toString('latin1').split(' ') as [string, string, string, string, string]
    const status = STATUS[code[0]!] ?? 'modified'
    lossy = false
    const blobs = { baseBlob: status === 'added' || ABSENT.test(oldSha) ? null : oldSha, headBlob: status === 'removed' || ABSENT.test(newSha) ? null : newSha }
    if (code[0] === 'R' || code[0] === 'C') {
      const oldPath = path(parts[i++]!)
      entries.push({ status, path: path(parts[i++]!), ...(code[0] === 'R' ? { oldPath } : {}), ...blobs, lossyPath: lossy })
    } else entries.push({ status, path: path(parts[i++]!), ...blobs, lossyPath: lossy })
  }
  return entries
}
