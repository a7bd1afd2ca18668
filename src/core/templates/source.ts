// Source text helpers shared by every format: BOM/CRLF normalisation, a line index for
// offset → line look-ups, and the issue helper. All linear-time.
import type { ParseIssue, TextLine } from '../types.js'

/** Parse issues beyond this many are dropped, so hostile files cannot flood a report. */
export const MAX_ISSUES = 50

/** Strips a leading BOM and turns CRLF into LF; line numbers are unchanged by both. */
export function normalizeSource(text: string): string {
  const noBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  return noBom.includes('\r\n') ? noBom.replaceAll('\r\n', '\n') : noBom
}

/** Lines in the file: a trailing newline does not start a new line; an empty file has 0. */
export function countLines(text: string): number {
  if (text.length === 0) return 0
  let n = 1
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++
  return text.endsWith('\n') ? n - 1 : n
}

/** Offsets of every line start; `lineAt` maps an offset to its 1-based line by binary search. */
export class LineIndex {
  readonly starts: number[] = [0]
  constructor(readonly text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1)
  }

  lineAt(offset: number): number {
    let lo = 0
    let hi = this.starts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if ((this.starts[mid] ?? 0) <= offset) lo = mid
      else hi = mid - 1
    }
    return lo + 1
  }

  /** Text of a 1-based line, without its newline. */
  lineText(line: number): string {
    const start = this.starts[line - 1]
    if (start === undefined) return ''
    const next = this.starts[line]
    return this.text.slice(start, next === undefined ? this.text.length : next - 1)
  }

  get lineCount(): number {
    return this.starts.length
  }
}

/** Splits `text` into lines numbered from `firstLine`. */
export function toTextLines(text: string, firstLine: number): TextLine[] {
  const out: TextLine[] = []
  let start = 0
  let line = firstLine
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', start)) {
    out.push({ line, text: text.slice(start, i) })
    start = i + 1
    line++
  }
  out.push({ line, text: text.slice(start) })
  return out
}

export function issue(message: string, line: number): ParseIssue {
  return { message, line: Math.max(1, Math.floor(line) || 1) }
}

export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err)
}
