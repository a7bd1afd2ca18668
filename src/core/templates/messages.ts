// Building `Message`s from mapped text lines, and the role vocabulary of every format.
import type { Message, Role, TextLine } from '../types.js'

/** Messages read per template; beyond this the rest is reported, not split further. */
export const MAX_MESSAGES = 10_000

const ROLE_ALIASES: Record<string, Role> = {
  system: 'system',
  developer: 'system',
  user: 'user',
  human: 'user',
  assistant: 'assistant',
  ai: 'assistant',
  model: 'assistant',
  bot: 'assistant',
  tool: 'tool',
  function: 'tool',
}

/** Maps the role names used by OpenAI, LangChain, Gemini/Dotprompt and Prompty onto `Role`. */
export function normalizeRole(value: unknown): Role {
  if (typeof value !== 'string') return 'unknown'
  return ROLE_ALIASES[value.trim().toLowerCase()] ?? 'unknown'
}

function isBlank(text: string): boolean {
  return text.trim().length === 0
}

/** Drops whitespace-only lines at both ends (role-marker bodies are trimmed this way). */
export function trimBlankLines(lines: readonly TextLine[]): TextLine[] {
  let start = 0
  let end = lines.length
  while (start < end && isBlank(lines[start]?.text ?? '')) start++
  while (end > start && isBlank(lines[end - 1]?.text ?? '')) end--
  return lines.slice(start, end)
}

/**
 * A message from its mapped lines; `span` widens start/end to the enclosing node (e.g. a
 * YAML item). `text`, when given, must equal the lines joined by newlines.
 */
export function buildMessage(role: Role, lines: TextLine[], span?: { start: number; end: number }, text?: string): Message {
  const first = lines[0]?.line ?? span?.start ?? 1
  const last = lines[lines.length - 1]?.line ?? first
  return {
    role,
    text: text ?? lines.map((l) => l.text).join('\n'),
    lines,
    startLine: span ? Math.min(span.start, first) : first,
    endLine: span ? Math.max(span.end, last) : last,
  }
}
