// Which text a text-scanning rule looks at: only what the change adds. Message lines are
// preferred over raw file lines so front matter (e.g. a `stop: ["<|im_end|>"]` model
// parameter) is not mistaken for prompt text.
import { canonicalMessageLines } from '../../canonical/change-view.js'
import type { Role, TemplateChange } from '../../types.js'

export interface ScanLine {
  line: number
  text: string
  role: Role
}

export function addedLineSet(change: TemplateChange): Set<number> {
  return new Set(change.lines.added.map((l) => l.line))
}

/** Added lines of the head's messages (raw added lines when it has none), canonical: decoded,
 * rendered and folded as the model reads them (src/core/canonical). */
export function addedMessageLines(change: TemplateChange): ScanLine[] {
  return canonicalMessageLines(change)
}

/** Added raw file lines (front matter included): for rules where any place is suspicious. */
export function addedRawLines(change: TemplateChange): ScanLine[] {
  return change.lines.added.map((l) => ({ line: l.line, text: l.text, role: 'unknown' }))
}
