// Masks every secret and PII value in free text as `[REDACTED:<kind>]`. Also the last-line
// safety net the report renderers run over every string they print, so it must be cheap on
// clean text and linear on hostile text (every scanner it calls is).
import { findPii } from '../detect/pii/find-pii.js'
import type { PiiOptions } from '../detect/pii/find-pii.js'
import { findSecrets } from '../detect/secrets/find-secrets.js'
import type { RedactionCounts } from './counts.js'
import { addCount } from './counts.js'
import { resolveOverlaps } from './sensitive-match.js'

export interface RedactedText {
  text: string
  counts: RedactionCounts
}

export function redactText(text: string, options: PiiOptions = {}): RedactedText {
  const counts: RedactionCounts = {}
  if (!mayHoldSensitive(text)) return { text, counts }
  const matches = resolveOverlaps([...findSecrets(text), ...findPii(text, options)])
  let out = ''
  let at = 0
  for (const m of matches) {
    out += `${text.slice(at, m.start)}[REDACTED:${m.kind}]`
    at = m.end
    addCount(counts, m.kind)
  }
  return { text: out + text.slice(at), counts }
}

/** Every detector needs a digit or an `@`, `:`/`=` or more than 16 characters; short plain words need no scan. */
function mayHoldSensitive(text: string): boolean {
  return text.length > 16 || /[0-9@:=]/.test(text)
}
