// The changed files between two commits of a local clone, as the engine's FileChange[].
// Uses the merge base like a pull request does (`base...head`), and reads contents only
// for files the classifier cares about.
import type { FileClassifier } from '../../core/config/governed.js'
import type { FileChange, FileStatus } from '../../core/types.js'
import { decodeText } from '../decode.js'
import { git, readBlobs } from './git.js'

const STATUS: Record<string, FileStatus> = { A: 'added', D: 'removed', M: 'modified', R: 'renamed', T: 'modified', C: 'added' }

export async function loadChangeSet(repo: string, base: string, head: string, classify: FileClassifier): Promise<FileChange[]> {
  const mergeBase = (await git(repo, ['merge-base', base, head]).catch(() => base)).trim() || base
  const raw = await git(repo, ['diff', '--name-status', '-z', '-M', '--no-ext-diff', mergeBase, head])
  const parts = raw.split('\0')
  const entries: Array<{ status: FileStatus; path: string; oldPath?: string }> = []
  for (let i = 0; i < parts.length - 1; ) {
    const code = parts[i++]!
    const status = STATUS[code[0]!] ?? 'modified'
    if (code[0] === 'R' || code[0] === 'C') {
      const oldPath = parts[i++]!
      entries.push({ status, path: parts[i++]!, ...(code[0] === 'R' ? { oldPath } : {}) })
    } else entries.push({ status, path: parts[i++]! })
  }
  const wanted = (p: string | undefined): boolean => p !== undefined && classify.needsContent(p)
  const specs: string[] = []
  for (const e of entries) {
    if (!wanted(e.path) && !wanted(e.oldPath)) continue
    if (e.status !== 'added') specs.push(`${mergeBase}:${e.oldPath ?? e.path}`)
    if (e.status !== 'removed') specs.push(`${head}:${e.path}`)
  }
  const blobs = await readBlobs(repo, specs)
  return entries.map((e): FileChange => {
    if (!wanted(e.path) && !wanted(e.oldPath)) return { ...e, baseText: null, headText: null }
    const base = e.status === 'added' ? null : blobs.get(`${mergeBase}:${e.oldPath ?? e.path}`) ?? null
    const headBlob = e.status === 'removed' ? null : blobs.get(`${head}:${e.path}`) ?? null
    const b = base ? decodeText(base) : { text: null, binary: false }
    const h = headBlob ? decodeText(headBlob) : { text: null, binary: false }
    const missing = (e.status !== 'added' && base === null) || (e.status !== 'removed' && headBlob === null)
    return { ...e, baseText: b.text, headText: h.text, ...(b.binary || h.binary ? { binary: true } : {}), ...(missing ? { unreadable: 'git could not read the blob (submodule, or a path that is not valid UTF-8?)' } : {}) }
  })
}
