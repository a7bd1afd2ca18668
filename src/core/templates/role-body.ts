// Template bodies split into messages by role markers: Prompty's `system:` lines and
// Dotprompt's `{{role "system"}}` / `{{history}}` tags. Lines map exactly.
import type { Message, ParseIssue, Role } from '../types.js'
import { MAX_MESSAGES, buildMessage, normalizeRole, trimBlankLines } from './messages.js'
import type { LineIndex } from './source.js'
import { issue, toTextLines } from './source.js'

/** A Prompty role line: `system:`, `# user:`, `assistant[name="x"]:`; bounded, so linear. */
const PROMPTY_ROLE = /^#?\s{0,4}(system|user|assistant|function|tool|developer)\s{0,4}(?:\[[^\]\n]{0,200}\])?\s{0,4}:$/i

interface Segment {
  role: Role
  start: number
  end: number
}

export interface BodyMessages {
  messages: Message[]
  issues: ParseIssue[]
}

function segmentMessages(index: LineIndex, segments: readonly Segment[]): BodyMessages {
  const messages: Message[] = []
  for (const seg of segments) {
    const lines = trimBlankLines(toTextLines(index.text.slice(seg.start, seg.end), index.lineAt(seg.start)))
    if (lines.length > 0) messages.push(buildMessage(seg.role, lines))
  }
  const last = segments[segments.length - 1]
  const issues =
    segments.length > MAX_MESSAGES && last
      ? [issue(`more than ${MAX_MESSAGES} role markers: the rest of the body is read as one message`, index.lineAt(last.start))]
      : []
  return { messages, issues }
}

/** Cheap pre-check before the role regex: short, and the last non-blank character is `:`. */
function mayBeRoleLine(text: string, start: number, end: number): boolean {
  if (end - start > 300) return false
  let e = end
  while (e > start && (text[e - 1] === ' ' || text[e - 1] === '\t')) e--
  return text[e - 1] === ':'
}

/**
 * A role line produced at render time: `{{ item.role }}:` (in a loop over chat history). After
 * rendering it is a real role marker, so what follows is a turn whose role comes from data.
 */
const RENDERED_ROLE = /^\{\{-?\s{0,4}[A-Za-z_][\w.]{0,100}(?:\[\s{0,4}["']role["']\s{0,4}\])?\s{0,4}-?\}\}\s{0,4}:$/
/** A line that is only `{{ name }}` (used for `kind: thread` inputs, which expand into turns). */
const LONE_VARIABLE = /^\{\{-?\s{0,4}([A-Za-z_][\w]{0,100})\s{0,4}-?\}\}$/

/**
 * Prompty body from `bodyStart`, split as Prompty does after rendering (runtime parsers
 * `PromptyChatParser`): text before the first role line is a system message; `role:` lines
 * switch role; a rendered `{{x.role}}:` line starts a turn of data-given role (`unknown`);
 * a `kind: thread` input alone on a line expands into turns of its own, after which the
 * message it interrupted resumes.
 */
export function promptyMessages(index: LineIndex, bodyStart: number, threads: ReadonlySet<string> = new Set()): BodyMessages {
  const text = index.text
  const segments: Segment[] = []
  let current: Segment = { role: 'system', start: bodyStart, end: text.length }
  let lineStart = bodyStart
  while (lineStart < text.length && segments.length <= MAX_MESSAGES) {
    const eol = text.indexOf('\n', lineStart)
    const lineEnd = eol === -1 ? text.length : eol
    const trimmed = lineEnd - lineStart <= 300 ? text.slice(lineStart, lineEnd).trim() : ''
    // `![thread]` (Prompty 2 previews, parsers.py): the conversation goes here, then the text as a user turn.
    const role =
      trimmed === '![thread]' ? 'user' : mayBeRoleLine(text, lineStart, lineEnd) ? PROMPTY_ROLE.exec(trimmed)?.[1] : undefined
    const next = Math.min(lineEnd + 1, text.length)
    if (role !== undefined || (trimmed.endsWith(':') && RENDERED_ROLE.test(trimmed))) {
      segments.push({ ...current, end: lineStart })
      current = { role: role === undefined ? 'unknown' : normalizeRole(role), start: next, end: text.length }
    } else if (threads.size > 0 && threads.has(LONE_VARIABLE.exec(trimmed)?.[1] ?? '')) {
      segments.push({ ...current, end: lineStart }, { role: 'unknown', start: lineStart, end: next })
      current = { ...current, start: next }
    }
    lineStart = lineEnd + 1
  }
  segments.push(current)
  return segmentMessages(index, segments)
}

const DOTPROMPT_ROLE = /^\{\{\s{0,8}role\s{1,8}["']([A-Za-z]{1,20})["']\s{0,8}\}\}/
const DOTPROMPT_HISTORY = /^\{\{\s{0,8}history\s{0,8}\}\}/

/** Dotprompt body: user role until `{{role "…"}}`; `{{history}}` ends the current message. */
export function dotpromptMessages(index: LineIndex, bodyStart: number): BodyMessages {
  const text = index.text
  const segments: Segment[] = []
  let current: Segment = { role: 'user', start: bodyStart, end: text.length }
  for (let i = text.indexOf('{{', bodyStart); i !== -1 && segments.length <= MAX_MESSAGES; i = text.indexOf('{{', i + 2)) {
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
