// Turns raw variable hits into `VariableUse`s: file line, role and delimiting.
import type { Message, VariableUse } from '../types.js'
import { DelimiterIndex } from './delimiters.js'
import type { Dialect } from './variables.js'
import { scanVariables } from './variables.js'

function usesInMessage(message: Message, index: number, dialect: Dialect): VariableUse[] {
  const found = scanVariables(message.text, dialect)
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

/** Every variable use across `messages`; `dialects` gives one dialect per message or one for all. */
export function collectVariables(messages: readonly Message[], dialects: Dialect | readonly Dialect[]): VariableUse[] {
  const out: VariableUse[] = []
  messages.forEach((message, i) => {
    const dialect = typeof dialects === 'string' ? dialects : (dialects[i] ?? 'mustache')
    for (const use of usesInMessage(message, i, dialect)) out.push(use)
  })
  return out
}
