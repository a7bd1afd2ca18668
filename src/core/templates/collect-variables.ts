// Turns raw variable hits into `VariableUse`s: file line, role and delimiting.
import type { Message, VariableUse } from '../types.js'
import { DelimiterIndex } from './delimiters.js'
import type { Dialect } from './variables.js'
import { scanVariables } from './variables.js'

/** Variable uses listed per template; real templates have a few dozen. */
export const MAX_VARIABLES = 20_000

function usesInMessage(message: Message, index: number, dialect: Dialect, limit: number): VariableUse[] {
  const found = scanVariables(message.text, dialect, limit)
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
    out.push({
      name: hit.name,
      message: index,
      role: message.role,
      line: message.lines[lineIdx]?.line ?? message.startLine,
      raw: hit.raw,
      delimited: delimiters.isDelimited(hit.start, hit.end),
      syntax: hit.syntax,
    })
  }
  return out
}

export interface CollectedVariables {
  variables: VariableUse[]
  /** Set when MAX_VARIABLES was reached: the line of the last use listed. */
  truncatedAt?: number
}

/** Every variable use across `messages`; `dialects` gives one dialect per message or one for all. */
export function collectVariables(messages: readonly Message[], dialects: Dialect | readonly Dialect[]): CollectedVariables {
  const variables: VariableUse[] = []
  for (let i = 0; i < messages.length && variables.length < MAX_VARIABLES; i++) {
    const message = messages[i]
    if (!message) continue
    const dialect = typeof dialects === 'string' ? dialects : (dialects[i] ?? 'mustache')
    for (const use of usesInMessage(message, i, dialect, MAX_VARIABLES - variables.length + 1)) variables.push(use)
  }
  if (variables.length <= MAX_VARIABLES) return { variables }
  variables.length = MAX_VARIABLES
  return { variables, truncatedAt: variables[MAX_VARIABLES - 1]?.line ?? 1 }
}
