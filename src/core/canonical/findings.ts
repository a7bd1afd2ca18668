// Findings from matches in a canonical text: the file line where the match starts, and, when
// the file wrote the value differently (escapes, invisible or look-alike characters, template
// syntax), a note saying so, since the line will not show the value as the model reads it.
import type { RuleMeta } from '../detect/detector.js'
import type { SensitiveMatch } from '../redact/sensitive-match.js'
import type { FindingDraft } from '../types.js'
import type { CanonicalText } from './canonical-text.js'
import { valueFingerprint } from './fingerprint.js'

export function matchFindings(
  view: CanonicalText,
  matches: readonly SensitiveMatch[],
  rules: readonly RuleMeta[],
): FindingDraft[] {
  const out: FindingDraft[] = []
  for (const m of matches) {
    const meta = rules.find((r) => r.id === m.rule)
    if (!meta) continue
    const notes = view.notesAt(m.start, m.end)
    const written = notes.length > 0 ? ` (written with ${notes.join(', ')}: the model reads it decoded)` : ''
    out.push({
      category: meta.category,
      rule: m.rule,
      severity: meta.severity,
      message: `${meta.title} in added text${written}`,
      line: view.lineAt(m.start),
      evidence: m.redacted,
      fingerprint: valueFingerprint(m.rule, view.text.slice(m.start, m.end)),
    })
  }
  return out
}
