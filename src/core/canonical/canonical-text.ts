// The canonical text of some file lines: what the consumer reads once the file's loader has
// decoded its scalars (format units), the template runtime has rendered its syntax, and the
// characters are folded for matching. Offsets map back to the file line they came from.
import type { TextLine } from '../types.js'
import type { FormatUnit } from './format-units.js'
import { MappedBuilder, MappedText, then } from './mapped-text.js'
import { MAY_FOLD, matchLayer } from './match-layer.js'
import { templateLayer } from './template-layer.js'

/** `{%`, `{#`, or `{{` that does not open a plain `{{ name }}` (which the template layer keeps). */
const TAG = /\{[%#]|\{\{(?![ \t]*[A-Za-z_][\w.]*[ \t]*\}\})/

export interface CanonicalText {
  text: string
  /** File line of the character at `offset` (of a match starting there). */
  lineAt(offset: number): number
  /** How the file wrote [start, end) differently, e.g. `JSON escape`; empty when verbatim. */
  notesAt(start: number, end: number): string[]
  /** The text split at line breaks, each line numbered by where it starts. */
  lines(): readonly TextLine[]
}

/** `source` lines in file order (numbers may repeat: a JSON string's lines share its line). */

export function canonicalText(source: readonly TextLine[], units: readonly FormatUnit[] = []): CanonicalText {
  let joined: string | undefined
  const join = (): string => (joined ??= source.map((l) => l.text).join('\n'))
  let starts: number[] | undefined
  const lineOfOriginal = (at: number): number => source[lastAtOrBefore((starts ??= lineStarts(source)), at)]?.line ?? 1
  const plain: CanonicalText = {
    get text() {
      return join()
    },
    lineAt: lineOfOriginal,
    notesAt: () => [],
    lines: () => source,
  }
  // A layer runs only when some line has something it acts on (a tag other than a plain
  // variable; non-ASCII, `&`, `\`).
  const templated = units.length > 0 || source.some((l) => l.text.includes('{') && TAG.test(l.text))
  const folded = units.length > 0 || source.some((l) => MAY_FOLD.test(l.text))
  if (!templated && !folded) return plain
  const identity = MappedText.identity(join())
  const decoded = units.length > 0 ? decodeUnits(join(), source, (starts ??= lineStarts(source)), units) : identity
  const view = then(templated ? then(decoded, templateLayer) : decoded, folded ? matchLayer : () => null)
  // Most text needs no layer: the source lines are already the canonical lines.
  if (view === identity) return plain
  let lines: TextLine[] | undefined
  return {
    text: view.text,
    lineAt: (at) => lineOfOriginal(view.start(at)),
    notesAt: (start, end) => view.notes(start, end),
    lines: () => (lines ??= splitMapped(view, source, (starts ??= lineStarts(source)))),
  }
}

/** The canonical text's lines with their file lines, walking runs and source lines in step
 * (linear; a binary search only where the map goes back, as for appended residue). */
function splitMapped(view: MappedText, source: readonly TextLine[], starts: readonly number[]): TextLine[] {
  const out: TextLine[] = []
  const runs = view.runs
  let r = 0
  let s = 0
  let at = 0
  for (const text of view.text.split('\n')) {
    while (r + 1 < runs.length && (runs[r + 1]?.at ?? Infinity) <= at) r++
    const run = runs[r]
    const original = run === undefined || at >= view.text.length ? view.start(at) : run.copy ? run.from + (at - run.at) : run.from
    if (original >= (starts[s] ?? 0)) while (s + 1 < starts.length && (starts[s + 1] ?? Infinity) <= original) s++
    else s = lastAtOrBefore(starts, original)
    out.push({ line: source[s]?.line ?? 1, text })
    at += text.length + 1
  }
  return out
}

function lineStarts(source: readonly TextLine[]): number[] {
  const starts: number[] = []
  let offset = 0
  for (const l of source) {
    starts.push(offset)
    offset += l.text.length + 1
  }
  return starts
}

function decodeUnits(
  joined: string,
  source: readonly TextLine[],
  starts: readonly number[],
  units: readonly FormatUnit[],
): MappedText {
  const indexOfLine = new Map<number, number>()
  source.forEach((l, i) => {
    if (!indexOfLine.has(l.line)) indexOfLine.set(l.line, i)
  })
  const out = new MappedBuilder()
  let copied = 0
  for (const unit of units) {
    const first = indexOfLine.get(unit.firstLine)
    const last = indexOfLine.get(unit.lastLine)
    if (first === undefined || last === undefined) continue
    const from = (starts[first] ?? 0) + unit.firstCol
    const to = (starts[last] ?? 0) + unit.lastCol
    if (from < copied || to < from) continue
    out.copy(joined.slice(copied, from), copied)
    if (unit.value === joined.slice(from, to)) out.copy(unit.value, from)
    else out.replace(unit.value, from, to, unit.note)
    copied = to
  }
  out.copy(joined.slice(copied), copied)
  return out.build()
}

function lastAtOrBefore(sorted: readonly number[], value: number): number {
  let lo = 0
  let hi = sorted.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if ((sorted[mid] ?? 0) <= value) lo = mid
    else hi = mid - 1
  }
  return lo
}
