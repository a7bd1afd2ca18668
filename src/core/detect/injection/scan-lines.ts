// Which text a text-scanning rule looks at: only what the change adds. Message lines are
// preferred over raw file lines so front matter (e.g. a `stop: ["<|im_end|>"]` model
// parameter) is not mistaken for prompt text.
import type { Role, TemplateChange } from '../../types.js'

export interface ScanLine {
  line: number
  text: string
  role: Role
}

export function addedLineSet(change: TemplateChange): Set<number> {
  return new Set(change.lines.added.map((l) => l.line))
}

/** Added lines of the head's messages; raw added lines when the head has no messages. */
export function addedMessageLines(change: TemplateChange): ScanLine[] {
  const added = addedLineSet(change)
  const messages = change.head?.messages ?? []
  if (messages.length === 0) return change.lines.added.map((l) => ({ line: l.line, text: l.text, role: 'unknown' }))
  const out: ScanLine[] = []
  for (const message of messages) {
    for (const l of message.lines) if (added.has(l.line)) out.push({ line: l.line, text: l.text, role: message.role })
  }
  return out
}

/** Added raw file lines (front matter included): for rules where any place is suspicious. */
export function addedRawLines(change: TemplateChange): ScanLine[] {
  return change.lines.added.map((l) => ({ line: l.line, text: l.text, role: 'unknown' }))
}
