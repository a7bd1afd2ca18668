// Turns raw variable hits into `VariableUse`s: file line, role and delimiting. Messages are
// scanned in file order with one scope stack, so loops and blocks that span role markers
// resolve as the runtime renders them; unbalanced blocks are issues (when the format's own
// engine would refuse them) and valid-but-unknown constructs are notices.
import type { Message, ParseIssue, VariableUse } from '../types.js'
import { DelimiterIndex } from './delimiters.js'
import { ScopeStack } from './scopes.js'
import { issue } from './source.js'
import type { Dialect, FoundVariable } from './variables.js'
import { TemplateScanner } from './variables.js'
import { getOrSet } from '../memo.js'

/** Variable uses listed per template; real templates have a few dozen. */
export const MAX_VARIABLES = 20_000
/** Notices listed per template. */
const MAX_NOTICES = 20

/** File line of an offset in a message's text (only called for the few issues and notices). */
function lineAtOffset(message: Message, offset: number): number {
  let lineIdx = 0
  for (let i = message.text.indexOf('\n'); i !== -1 && i < offset; i = message.text.indexOf('\n', i + 1)) lineIdx++
  return message.lines[lineIdx]?.line ?? message.startLine
}

/** A variable that is the whole message (a history turn, a thread) is bounded by the message itself. */
function isWholeMessage(message: Message, hit: FoundVariable): boolean {
  return message.text.slice(0, hit.start).trim() === '' && message.text.slice(hit.end).trim() === ''
}

function usesInMessage(message: Message, index: number, found: readonly FoundVariable[]): VariableUse[] {
  if (found.length === 0) return []
  const delimiters = new DelimiterIndex(message.text)
  const out: VariableUse[] = []
  let lineIdx = 0
  let nextNewline = message.text.indexOf('\n')
  for (const hit of found) {
    // Count newlines up to this hit: hits come in order, so this is one forward pass.
    while (nextNewline !== -1 && nextNewline < hit.start) {
      lineIdx++
      nextNewline = message.text.indexOf('\n', nextNewline + 1)
    }
    const use: VariableUse = {
      name: hit.name,
      message: index,
      role: message.role,
      line: message.lines[lineIdx]?.line ?? message.startLine,
      raw: hit.raw,
      delimited: delimiters.isDelimited(hit.start, hit.end) || isWholeMessage(message, hit),
      syntax: hit.syntax,
    }
    if (hit.reference) use.reference = true
    out.push(use)
  }
  return out
}

export interface CollectedVariables {
  variables: VariableUse[]
  /** Set when MAX_VARIABLES was reached: the line of the last use listed. */
  truncatedAt?: number
  /** Unbalanced blocks, when `validate` names the engine that would refuse them. */
  issues: ParseIssue[]
  /** Valid constructs whose effect is not understood (custom helpers, partials, includes). */
  notices: ParseIssue[]
}

/** Every variable use across `messages`; `dialects` gives one dialect per message or one for all. */
export function collectVariables(
  messages: readonly Message[],
  dialects: Dialect | readonly Dialect[],
  validate?: 'handlebars' | 'jinja',
): CollectedVariables {
  const variables: VariableUse[] = []
  const lineOf = (unit: number, at: number): number => {
    const message = messages[unit]
    return message ? lineAtOffset(message, at) : 1
  }
  const scopes = new ScopeStack(lineOf)
  const scanners = new Map<Dialect, TemplateScanner>()
  for (let i = 0; i < messages.length && variables.length < MAX_VARIABLES; i++) {
    const message = messages[i]
    if (!message) continue
    const dialect = typeof dialects === 'string' ? dialects : (dialects[i] ?? 'mustache')
    const scanner = getOrSet(scanners, dialect, () => new TemplateScanner(dialect, scopes))
    const found = scanner.scan(message.text, i, MAX_VARIABLES - variables.length + 1)
    for (const use of usesInMessage(message, i, found)) variables.push(use)
  }
  const blockIssues = validate ? scopes.finish(validate) : []
  const issues = blockIssues.map((b) => issue(b.message, lineOf(b.unit, b.at)))
  const notices = [...scanners.values()]
    .flatMap((s) => s.notices.slice(0, MAX_NOTICES))
    .slice(0, MAX_NOTICES)
    .map((n) => issue(n.message, lineOf(n.unit, n.at)))
  const result: CollectedVariables = { variables, issues, notices }
  if (variables.length > MAX_VARIABLES) {
    variables.length = MAX_VARIABLES
    result.truncatedAt = variables[MAX_VARIABLES - 1]?.line ?? 1
  }
  return result
}
