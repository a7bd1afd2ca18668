// Template bodies split into messages by role markers: Prompty's `system:` lines and
// Dotprompt's `{{role "system"}}` / `{{history}}` tags. Lines map exactly.
import type { Message, Role } from '../types.js'
import { buildMessage, normalizeRole, trimBlankLines } from './messages.js'
import type { LineIndex } from './source.js'
import { toTextLines } from './source.js'

/** A Prompty role line: `system:`, `# user:`, `assistant[name="x"]:`; bounded, so linear. */
const PROMPTY_ROLE = /^#?\s{0,4}(system|user|assistant|function|tool|developer)\s{0,4}(?:\[[^\]\n]{0,200}\])?\s{0,4}:$/i

interface Segment {
  role: Role
  start: number
  end: number
}

function segmentMessages(index: LineIndex, segments: readonly Segment[]): Message[] {
  const out: Message[] = []
  for (const seg of segments) {
    const lines = trimBlankLines(toTextLines(index.text.slice(seg.start, seg.end), index.lineAt(seg.start)))
    if (lines.length > 0) out.push(buildMessage(seg.role, lines))
  }
  return out
}

/** Prompty body from `bodyStart`: text before the first role line is a system message. */
export function promptyMessages(index: LineIndex, bodyStart: number): Message[] {
  const text = index.text
  const segments: Segment[] = []
  let current: Segment = { role: 'system', start: bodyStart, end: text.length }
  let lineStart = bodyStart
  while (lineStart < text.length) {
    const eol = text.indexOf('\n', lineStart)
    const lineEnd = eol === -1 ? text.length : eol
    const trimmed = lineEnd - lineStart <= 300 ? text.slice(lineStart, lineEnd).trim() : ''
    const role = trimmed.length > 0 ? PROMPTY_ROLE.exec(trimmed)?.[1] : undefined
    if (role !== undefined) {
      segments.push({ ...current, end: lineStart })
      current = { role: normalizeRole(role), start: Math.min(lineEnd + 1, text.length), end: text.length }
    }
    lineStart = lineEnd + 1
  }
  segments.push(current)
  return segmentMessages(index, segments)
}

const DOTPROMPT_ROLE = /^\{\{\s{0,8}role\s{1,8}["']([A-Za-z]{1,20})["']\s{0,8}\}\}/
const DOTPROMPT_HISTORY = /^\{\{\s{0,8}history\s{0,8}\}\}/

/** Dotprompt body: user role until `{{role "…"}}`; `{{history}}` ends the current message. */
export function dotpromptMessages(index: LineIndex, bodyStart: number): Message[] {
  const text = index.text
  const segments: Segment[] = []
  let current: Segment = { role: 'user', start: bodyStart, end: text.length }
  for (let i = text.indexOf('{{', bodyStart); i !== -1; i = text.indexOf('{{', i + 2)) {
    const head = text.slice(i, i + 64)
    const role = DOTPROMPT_ROLE.exec(head)
    const marker = role ?? DOTPROMPT_HISTORY.exec(head)
    if (!marker) continue
    segments.push({ ...current, end: i })
    const next = role?.[1] ? normalizeRole(role[1]) : current.role
    current = { role: next, start: i + marker[0].length, end: text.length }
  }
  segments.push(current)
  return segmentMessages(index, segments)
}
