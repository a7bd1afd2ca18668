// Line-level diff of two file versions: which head lines are new, which base lines went.
// Myers via `diff` (jsdiff), bounded: Myers costs O((N+M)·D), so the edit distance D it may
// explore shrinks as files grow (≈ 20M steps at most); past that a hostile or wholesale
// rewrite falls back to a linear multiset comparison instead of quadratic work.
import { diffArrays } from 'diff'
import type { LineChange, TextLine } from '../types.js'

const MAX_EDIT_LENGTH = 4000
const MAX_STEPS = 20_000_000

export function splitLines(text: string): string[] {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  // Split by a string where no CR can pair with a line feed: the same lines, several times as fast.
  const lines = body.includes('\r') ? body.split(/\r?\n/) : body.split('\n')
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop()
  return lines
}

const numbered = (lines: string[], from = 0, to = lines.length): TextLine[] =>
  lines.slice(from, to).map((text, i) => ({ line: from + i + 1, text }))

export function diffText(baseText: string | null, headText: string | null): LineChange {
  const base = baseText === null ? [] : splitLines(baseText)
  const head = headText === null ? [] : splitLines(headText)
  // Common prefix and suffix cost nothing to skip and keep the edit script small.
  let start = 0
  while (start < base.length && start < head.length && base[start] === head[start]) start++
  let baseEnd = base.length
  let headEnd = head.length
  while (baseEnd > start && headEnd > start && base[baseEnd - 1] === head[headEnd - 1]) {
    baseEnd--
    headEnd--
  }
  if (start === baseEnd) return { added: numbered(head, start, headEnd), removed: [] }
  if (start === headEnd) return { added: [], removed: numbered(base, start, baseEnd) }
  const span = baseEnd - start + (headEnd - start)
  const maxEditLength = Math.max(16, Math.min(MAX_EDIT_LENGTH, Math.floor(MAX_STEPS / span)))
  const changes = diffArrays(base.slice(start, baseEnd), head.slice(start, headEnd), { maxEditLength })
  if (!changes) return multisetDiff(base, head, start, baseEnd, headEnd)
  const added: TextLine[] = []
  const removed: TextLine[] = []
  let b = start
  let h = start
  for (const change of changes) {
    const count = change.value.length
    if (change.added) {
      added.push(...numbered(head, h, h + count))
      h += count
    } else if (change.removed) {
      removed.push(...numbered(base, b, b + count))
      b += count
    } else {
      b += count
      h += count
    }
  }
  return { added, removed }
}

/** Linear fallback: a line is added/removed when it has more copies on one side. */
function multisetDiff(base: string[], head: string[], start: number, baseEnd: number, headEnd: number): LineChange {
  const counts = new Map<string, number>()
  for (const text of base.slice(start, baseEnd)) counts.set(text, (counts.get(text) ?? 0) + 1)
  const added: TextLine[] = []
  for (const [offset, text] of head.slice(start, headEnd).entries()) {
    const left = counts.get(text) ?? 0
    if (left > 0) counts.set(text, left - 1)
    else added.push({ line: start + offset + 1, text })
  }
  const removed: TextLine[] = []
  for (let i = baseEnd - 1; i >= start; i--) {
    const text = base[i] as string // start <= i < baseEnd <= base.length
    const left = counts.get(text) ?? 0
    if (left > 0) {
      counts.set(text, left - 1)
      removed.push({ line: i + 1, text })
    }
  }
  return { added, removed: removed.reverse() }
}

/** Similarity of two texts (0..1) by shared lines, the way git scores renames. */
export function similarity(a: string, b: string): number {
  const left = splitLines(a)
  const right = splitLines(b)
  if (left.length === 0 && right.length === 0) return 1
  const counts = new Map<string, number>()
  for (const line of left) counts.set(line, (counts.get(line) ?? 0) + 1)
  let shared = 0
  for (const line of right) {
    const n = counts.get(line) ?? 0
    if (n > 0) {
      shared++
      counts.set(line, n - 1)
    }
  }
  return (2 * shared) / (left.length + right.length)
}
