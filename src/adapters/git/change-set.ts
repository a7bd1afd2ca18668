// The changed files between two commits of a local clone, as the engine's FileChange[].
// Uses the merge base like a pull request does (`base...head`), with git's file modes, and
// reads contents only for files the classifier cares about or that a template includes.
import { createHash } from 'node:crypto'
import type { FileClassifier } from '../../core/config/governed.js'
import type { FileChange, FileStatus } from '../../core/types.js'
import { includedChangedFiles } from '../../flows/include-graph.js'
import { decodeText } from '../decode.js'
import { git, readBlobs } from './git.js'

const STATUS: Record<string, FileStatus> = { A: 'added', D: 'removed', M: 'modified', R: 'renamed', T: 'modified', C: 'added' }
const NO_MODE = '000000'

interface RawEntry {
  status: FileStatus
  path: string
  oldPath?: string
  baseMode?: string
  headMode?: string
}

export async function loadChangeSet(repo: string, base: string, head: string, classify: FileClassifier): Promise<FileChange[]> {
  const mergeBase = (await git(repo, ['merge-base', base, head]).catch(() => base)).trim() || base
  const entries = parseRaw(await git(repo, ['diff', '--raw', '-z', '-M', '--no-abbrev', '--no-ext-diff', mergeBase, head]))
  const included = await includedAt(repo, head, entries, classify)
  const wanted = (e: RawEntry): boolean => classify.needsContent(e.path) || (e.oldPath !== undefined && classify.needsContent(e.oldPath)) || included[e.path] !== undefined
  const specs: string[] = []
  for (const e of entries.filter(wanted)) {
    if (e.status !== 'added') specs.push(`${mergeBase}:${e.oldPath ?? e.path}`)
    if (e.status !== 'removed') specs.push(`${head}:${e.path}`)
  }
  const blobs = await readBlobs(repo, specs)
  return entries.map((e): FileChange => {
    const modes = { ...(e.baseMode ? { baseMode: e.baseMode } : {}), ...(e.headMode ? { headMode: e.headMode } : {}) }
    if (!wanted(e)) return { ...withoutModes(e), ...modes, baseText: null, headText: null }
    const base = e.status === 'added' ? null : (blobs.get(`${mergeBase}:${e.oldPath ?? e.path}`) ?? null)
    const headBlob = e.status === 'removed' ? null : (blobs.get(`${head}:${e.path}`) ?? null)
    const b = base ? decodeText(base) : { text: null, binary: false }
    const h = headBlob ? decodeText(headBlob) : { text: null, binary: false }
    // A submodule has no blob: its side is judged by mode alone, not as unreadable.
    const missing = (e.status !== 'added' && base === null && e.baseMode !== '160000') || (e.status !== 'removed' && headBlob === null && e.headMode !== '160000')
    return {
      ...withoutModes(e),
      ...modes,
      baseText: b.text,
      headText: h.text,
      baseDigest: base ? sha256(base) : null,
      headDigest: headBlob ? sha256(headBlob) : null,
      ...(b.binary || h.binary ? { binary: true } : {}),
      ...(missing ? { unreadable: 'git could not read the blob (a path that is not valid UTF-8?)' } : {}),
      ...(included[e.path] ? { includedBy: included[e.path] } : {}),
    }
  })
}

/** `:100644 100644 <old> <new> M\0path\0`, renames and copies with two paths. */
function parseRaw(raw: string): RawEntry[] {
  const parts = raw.split('\0')
  const entries: RawEntry[] = []
  for (let i = 0; i < parts.length - 1; ) {
    const [oldMode = '', newMode = '', , , code = ''] = parts[i++]!.replace(/^:/, '').split(' ')
    const status = STATUS[code[0]!] ?? 'modified'
    const modes = { ...(oldMode !== NO_MODE ? { baseMode: oldMode } : {}), ...(newMode !== NO_MODE ? { headMode: newMode } : {}) }
    if (code[0] === 'R' || code[0] === 'C') {
      const oldPath = parts[i++]!
      // A copy leaves its source in place: the new path is an added file.
      entries.push(code[0] === 'R' ? { status, path: parts[i++]!, oldPath, ...modes } : { status, path: parts[i++]!, ...(modes.headMode ? { headMode: modes.headMode } : {}) })
    } else entries.push({ status, path: parts[i++]!, ...modes })
  }
  return entries
}

/** Changed files (not otherwise governed) that templates at `head` include. */
async function includedAt(repo: string, head: string, entries: readonly RawEntry[], classify: FileClassifier): Promise<Record<string, string[]>> {
  const candidates = new Set(entries.filter((e) => e.status !== 'removed' && !classify.needsContent(e.path) && !classify.isPolicyFile(e.path)).map((e) => e.path))
  if (candidates.size === 0) return {}
  const paths = (await git(repo, ['ls-tree', '-r', '-z', '--name-only', head])).split('\0').filter(Boolean)
  return includedChangedFiles({
    paths: new Set(paths),
    templates: paths.filter((p) => classify.isTemplate(p)),
    candidates,
    read: async (wanted) => {
      const blobs = await readBlobs(repo, wanted.map((p) => `${head}:${p}`))
      return new Map(wanted.map((p) => [p, decodeText(blobs.get(`${head}:${p}`) ?? new Uint8Array()).text]))
    },
  })
}

const withoutModes = ({ baseMode: _b, headMode: _h, ...rest }: RawEntry): Omit<RawEntry, 'baseMode' | 'headMode'> => rest
const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex')
