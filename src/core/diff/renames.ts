// Pair removed and added files by content similarity (≥ 50%, git's default), so a moved
// template is diffed as a rename instead of one deletion plus one brand-new file.
import type { FileChange } from '../types.js'
import { similarity } from './line-diff.js'

export const RENAME_THRESHOLD = 0.5
const MAX_PAIRS = 250_000

export function pairRenames(files: FileChange[]): FileChange[] {
  const removed = files.filter((f): f is FileChange & { baseText: string } => f.status === 'removed' && f.baseText !== null)
  const added = files.filter((f): f is FileChange & { headText: string } => f.status === 'added' && f.headText !== null)
  if (removed.length === 0 || added.length === 0 || removed.length * added.length > MAX_PAIRS) return files
  const candidates: Array<{ score: number; from: FileChange; to: FileChange }> = []
  for (const from of removed) {
    for (const to of added) {
      const score = similarity(from.baseText, to.headText)
      if (score >= RENAME_THRESHOLD) candidates.push({ score, from, to })
    }
  }
  candidates.sort((x, y) => y.score - x.score || x.to.path.localeCompare(y.to.path))
  const used = new Set<FileChange>()
  const renamed = new Map<FileChange, FileChange>()
  for (const { from, to } of candidates) {
    if (used.has(from) || used.has(to)) continue
    used.add(from).add(to)
    renamed.set(to, { path: to.path, oldPath: from.path, status: 'renamed', baseText: from.baseText, headText: to.headText })
  }
  return files.filter((f) => !used.has(f) || renamed.has(f)).map((f) => renamed.get(f) ?? f)
}
