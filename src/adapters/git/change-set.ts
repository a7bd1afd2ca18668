// The changed files between two commits of a local clone, as the engine's FileChange[].
// Uses the merge base like a pull request does (`base...head`), with git's file modes, and
// reads contents only for files the classifier cares about or that a template includes: by the
// blob ids `git diff --raw` reports, all in one `cat-file --batch` (no path lookups in trees,
// and a blob shared by several files is read once).
import { createHash } from 'node:crypto'
import type { FileClassifier } from '../../core/config/governed.js'
import type { FileChange, FileStatus } from '../../core/types.js'
import { includedChangedFiles } from '../../core/templates/include-graph.js'
import { decodeText, includeScanText } from '../decode.js'
import { gitBytes, readBlobs } from './git.js'
import { listFiles } from './repository.js'

const STATUS: Record<string, FileStatus> = { A: 'added', D: 'removed', M: 'modified', R: 'renamed', T: 'modified', C: 'added' }
const ABSENT = /^0+$/

interface RawEntry {
  status: FileStatus
  path: string
  oldPath?: string
  baseMode?: string
  headMode?: string
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
  // Templates at the head and at the base the change merges into (a deleted file is only there).
  const included = await includedAt(repo, [head, base], entries, classify)
  const wanted = (e: RawEntry): boolean =>
    classify.needsContent(e.path) ||
    (e.oldPath !== undefined && classify.needsContent(e.oldPath)) ||
    included[e.path] !== undefined
  const ids = new Set<string>()
  for (const e of entries) {
    if (!wanted(e) || e.lossyPath) continue
    // A submodule's "blob" is a commit of another repository: there is nothing to read.
    if (e.baseBlob && e.baseMode !== '160000') ids.add(e.baseBlob)
    if (e.headBlob && e.headMode !== '160000') ids.add(e.headBlob)
  }
  const blobs = await readBlobs(repo, [...ids])
  return entries.map((entry): FileChange => {
    // lossyPath already kept the blobs unread (so the file is reported unreadable); it is not part of FileChange.
    const { baseBlob, headBlob, lossyPath: _lossyPath, ...e } = entry
    if (!wanted(entry)) return { ...e, baseText: null, headText: null }
    const baseBytes = baseBlob ? (blobs.get(baseBlob) ?? null) : null
    const headBytes = headBlob ? (blobs.get(headBlob) ?? null) : null
    const b = baseBytes ? decodeText(baseBytes) : { text: null, binary: false }
    const h = headBytes ? decodeText(headBytes) : { text: null, binary: false }
    // A submodule has no blob: its side is judged by mode alone, not as unreadable.
    const missing =
      (e.status !== 'added' && baseBytes === null && e.baseMode !== '160000') ||
      (e.status !== 'removed' && headBytes === null && e.headMode !== '160000')
    return {
      ...e,
      baseText: b.text,
      headText: h.text,
      baseDigest: baseBytes ? sha256(baseBytes) : null,
      headDigest: headBytes ? sha256(headBytes) : null,
      ...(b.binary || h.binary ? { binary: true } : {}),
      ...(missing ? { unreadable: 'git could not read the blob (a path that is not valid UTF-8?)' } : {}),
      ...(included[e.path] ? { includedBy: included[e.path] } : {}),
    }
  })
}

const utf8 = new TextDecoder('utf-8', { fatal: true })
const lenient = new TextDecoder('utf-8')

/** `:oldmode newmode oldsha newsha STATUS\0path\0` (renames and copies: `\0old\0new\0`). */
function parseRaw(raw: Buffer): RawEntry[] {
  const parts: Buffer[] = []
  for (let at = 0, nul = raw.indexOf(0); nul !== -1; at = nul + 1, nul = raw.indexOf(0, at)) parts.push(raw.subarray(at, nul))
  const entries: RawEntry[] = []
  let cursor = 0
  const next = (): Buffer => {
    const part = parts[cursor++]
    if (part === undefined) throw new Error('git diff --raw output ended in the middle of an entry')
    return part
  }
  // Set by `path` when a name of the current entry is not valid UTF-8; reset per entry.
  let lossy: boolean
  const path = (bytes: Buffer): string => {
    try {
      return utf8.decode(bytes)
    } catch {
      lossy = true
      return lenient.decode(bytes)
    }
  }
  while (cursor < parts.length) {
    const [oldMode, newMode, oldSha, newSha, code] = next().toString('latin1').replace(/^:/, '').split(' ') as [
      string,
      string,
      string,
      string,
      string,
    ]
    const letter = code.charAt(0)
    const status = STATUS[letter] ?? 'modified'
    lossy = false
    const blobs = {
      baseBlob: status === 'added' || ABSENT.test(oldSha) ? null : oldSha,
      headBlob: status === 'removed' || ABSENT.test(newSha) ? null : newSha,
    }
    const modes = {
      ...(ABSENT.test(oldMode) ? {} : { baseMode: oldMode }),
      ...(ABSENT.test(newMode) ? {} : { headMode: newMode }),
    }
    if (letter === 'R' || letter === 'C') {
      const oldPath = path(next())
      // A copy leaves its source in place: the new path is an added file.
      if (letter === 'R') entries.push({ status, path: path(next()), oldPath, ...modes, ...blobs, lossyPath: lossy })
      else
        entries.push({
          status,
          path: path(next()),
          ...(modes.headMode ? { headMode: modes.headMode } : {}),
          baseBlob: null,
          headBlob: blobs.headBlob,
          lossyPath: lossy,
        })
    } else entries.push({ status, path: path(next()), ...modes, ...blobs, lossyPath: lossy })
  }
  return entries
}

/** Changed files (not otherwise read, or deleted templates) that templates at any of `revisions` include. */
async function includedAt(
  repo: string,
  revisions: readonly string[],
  entries: readonly RawEntry[],
  classify: FileClassifier,
): Promise<Record<string, string[]>> {
  const candidates = new Set(
    entries
      .filter((e) => (e.status === 'removed' || !classify.needsContent(e.path)) && !classify.isPolicyFile(e.path))
      .map((e) => e.path),
  )
  if (candidates.size === 0) return {}
  const out: Record<string, Set<string>> = {}
  for (const revision of new Set(revisions)) {
    const paths = await listFiles(repo, revision)
    const found = await includedChangedFiles({
      paths: new Set(paths),
      templates: paths.filter((p) => classify.isTemplate(p)),
      candidates,
      read: async (wanted) => {
        const blobs = await readBlobs(
          repo,
          wanted.map((p) => `${revision}:${p}`),
        )
        return new Map(wanted.map((p) => [p, includeScanText(blobs.get(`${revision}:${p}`) ?? new Uint8Array())]))
      },
    })
    for (const [path, roots] of Object.entries(found)) for (const root of roots) (out[path] ??= new Set()).add(root)
  }
  return Object.fromEntries(Object.entries(out).map(([path, roots]) => [path, [...roots].sort()]))
}

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex')
