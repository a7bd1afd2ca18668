// What the detectors read from a change: the canonical form of the text it adds. A scalar that
// the change touches on any of its lines is read whole (a key split over a continued line is
// one value), and every view is computed once per change, whichever detectors ask for it.
import type { Role, TemplateChange, TextLine } from '../types.js'
import { canonicalText, type CanonicalText } from './canonical-text.js'
import { jsonUnits, languageOf, yamlUnits, type FormatUnit } from './format-units.js'
import { LineIndex, normalizeSource } from '../templates/source.js'

export interface CanonicalLine extends TextLine {
  role: Role
}

const addedViews = new WeakMap<TemplateChange, CanonicalText>()
const messageViews = new WeakMap<TemplateChange, CanonicalLine[]>()

/** The added text of `change`, decoded and normalised, with offsets mapping to file lines. */
export function canonicalAdded(change: TemplateChange): CanonicalText {
  let view = addedViews.get(change)
  if (view === undefined) {
    view = buildAdded(change)
    addedViews.set(change, view)
  }
  return view
}

function buildAdded(change: TemplateChange): CanonicalText {
  const added = change.lines.added
  const format = change.head?.format ?? 'plain'
  const language = languageOf(format, change.path)
  if (language === 'json')
    return canonicalText(
      added,
      added.flatMap((l) => jsonUnits(l.line, l.text)),
    )
  if (language === 'none' || !change.headText?.includes('\\') || added.length === 0) return canonicalText(added)
  const text = normalizeSource(change.headText)
  const addedSet = new Set(added.map((l) => l.line))
  const units = yamlUnits(text, language, format === 'dotprompt' ? 'blank-or-comment' : 'blank', addedSet)
  return canonicalText(withUnitLines(added, units, text), units)
}

/** The added lines plus every line of a unit they touch, in file order. */
function withUnitLines(added: readonly TextLine[], units: readonly FormatUnit[], text: string): TextLine[] {
  if (units.length === 0) return [...added]
  const index = new LineIndex(text)
  const byLine = new Map(added.map((l) => [l.line, l]))
  for (const u of units)
    for (let l = u.firstLine; l <= u.lastLine; l++) if (!byLine.has(l)) byLine.set(l, { line: l, text: index.lineText(l) })
  return [...byLine.values()].sort((a, b) => a.line - b.line)
}

/**
 * The added lines of the head's messages (already decoded by the parser), canonical. A
 * message line counts as added when any file line it stands for is: a flow scalar maps all of
 * its text lines to the line where it starts, so a change on its third line must still count.
 */
export function canonicalMessageLines(change: TemplateChange): CanonicalLine[] {
  let lines = messageViews.get(change)
  if (lines === undefined) {
    lines = buildMessageLines(change)
    messageViews.set(change, lines)
  }
  return lines
}

function buildMessageLines(change: TemplateChange): CanonicalLine[] {
  const added = new Set(change.lines.added.map((l) => l.line))
  const messages = change.head?.messages ?? []
  if (messages.length === 0)
    return canonicalAdded(change)
      .lines()
      .map((l) => ({ ...l, role: 'unknown' }))
  const out: CanonicalLine[] = []
  // A new file: every line is added.
  const all = change.base === null && change.status === 'added'
  for (const message of messages) {
    const included = all ? message.lines : touchedLines(message.lines, message.endLine, added)
    if (included.length === 0) continue
    for (const l of canonicalText(included).lines()) out.push({ line: l.line, text: l.text, role: message.role })
  }
  return out
}

/** Lines of one message whose stretch of file lines (up to the next line number) was touched. */
function touchedLines(lines: readonly TextLine[], endLine: number, added: ReadonlySet<number>): TextLine[] {
  const touched = new Map<number, boolean>()
  let after = endLine + 1
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = (lines[i] as TextLine).line
    const next = lines[i + 1]
    if (next !== undefined && next.line !== line) after = next.line
    if (touched.has(line)) continue
    let hit = false
    for (let ln = line; ln < Math.max(after, line + 1) && !hit; ln++) hit = added.has(ln)
    touched.set(line, hit)
  }
  return lines.filter((l) => touched.get(l.line) === true)
}
