// A credential in a Markdown table, as wiki pages and runbooks pasted into prompts hold them:
// a column headed Password (or PW, Token, Secret, API key: any header that names a
// credential as a key would) and each row's cell in that column, judged as that key's value.
//   | Service | User  | Password       |
//   |---------|-------|----------------|
//   | Jenkins | admin | Rusty*Anchor31 |
import type { SensitiveMatch } from '../../redact/sensitive-match.js'
import { isSecretKey, keyedSecret } from './generic-assignment.js'

/** A header's separator row: `|---|:---:|`, pipes at the ends optional, two columns or more. */
function isSeparatorRow(line: string): boolean {
  const row = line.trim().replace(/^\|/, '').replace(/\|$/, '')
  const cells = row.split('|')
  return cells.length >= 2 && cells.every((cell) => /^:?-{3,}:?$/.test(cell.trim()))
}
/** A cell's text inside a code span or emphasis (`` `x` ``, `**x**`, `_x_`), which Markdown does not make part of it. */
const WRAPPED = /^(`+|\*{1,3}|_{1,3})([^`*_\s](?:.*[^`*_\s])?)\1$/

interface Cell {
  text: string
  start: number
}

/** A row's cells with their offsets into the text; the pipes at the ends are no cells. */
function cellsOf(line: string, offset: number): Cell[] {
  const cells: Cell[] = []
  const trimmed = line.trimEnd()
  let from = trimmed.indexOf('|') === trimmed.search(/\S/) ? trimmed.indexOf('|') + 1 : 0
  for (;;) {
    const bar = trimmed.indexOf('|', from)
    const end = bar === -1 ? trimmed.length : bar
    const raw = trimmed.slice(from, end)
    const lead = raw.length - raw.trimStart().length
    if (bar !== -1 || raw.trim() !== '') cells.push({ text: raw.trim(), start: offset + from + lead })
    if (bar === -1) break
    from = bar + 1
  }
  if (cells.length > 0 && cells[cells.length - 1]?.text === '' && trimmed.endsWith('|')) cells.pop()
  return cells
}

const unwrap = (cell: string): string => WRAPPED.exec(cell)?.[2] ?? cell

export function findTableCredentials(text: string): SensitiveMatch[] {
  const out: SensitiveMatch[] = []
  // From each separator row (found by its `---`), not by splitting the text: tables are rare.
  for (let dashes = text.indexOf('---'); dashes !== -1;) {
    const lineStart = text.lastIndexOf('\n', dashes) + 1
    const lineEnd = endOfLine(text, dashes)
    dashes = text.indexOf('---', lineEnd)
    if (lineStart === 0 || !isSeparatorRow(text.slice(lineStart, lineEnd))) continue
    const headerStart = text.lastIndexOf('\n', lineStart - 2) + 1
    const headerLine = text.slice(headerStart, lineStart - 1)
    if (!headerLine.includes('|')) continue
    const header = cellsOf(headerLine, headerStart)
    const columns = header.flatMap((cell, index) => (isSecretKey(unwrap(cell.text)) ? [index] : []))
    if (columns.length === 0) continue
    for (let rowStart = lineEnd + 1; rowStart < text.length;) {
      const rowEnd = endOfLine(text, rowStart)
      const row = text.slice(rowStart, rowEnd)
      // A table ends at a line without a pipe, or where the next one starts (its header and
      // separator): each row is read once, however many tables follow each other.
      if (!row.includes('|') || isSeparatorRow(text.slice(rowEnd + 1, endOfLine(text, rowEnd + 1)))) break
      const cells = cellsOf(row, rowStart)
      for (const column of columns) {
        const cell = cells[column]
        if (!cell || cell.text === '' || /\s/.test(cell.text)) continue
        // Judged as an unquoted value: a cell holding a reference (`Colors.TextBrushKey`) is none.
        const wrapped = WRAPPED.exec(cell.text)
        const value = wrapped
          ? { text: wrapped[2] ?? '', start: cell.start + (wrapped[1] ?? '').length, quoted: false }
          : { text: cell.text, start: cell.start, quoted: false }
        const match = keyedSecret(unwrap(header[column]?.text ?? ''), value)
        if (match) out.push(match)
      }
      rowStart = rowEnd + 1
    }
  }
  return out
}

function endOfLine(text: string, from: number): number {
  const end = text.indexOf('\n', from)
  return end === -1 ? text.length : end
}
