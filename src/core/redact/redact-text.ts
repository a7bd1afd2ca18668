// Masks every secret and PII value in free text as `[REDACTED:<kind>]`. Also the last-line
// safety net the report renderers run over every string they print, so it must be cheap on
// clean text and linear on hostile text (every scanner it calls is).
//
// Values are found in the canonical form of the text (src/core/canonical: escapes decoded,
// invisible characters dropped, full-width and look-alike characters folded, odd spaces and
// dashes made ASCII) and the characters as written are masked, so `jo​hn＠acme.com` or a card
// number with non-breaking spaces does not survive.
import { canonicalString } from '../canonical/canonical-string.js'
import { findPii } from '../detect/pii/find-pii.js'
import type { PiiOptions } from '../detect/pii/find-pii.js'
import { findSecrets } from '../detect/secrets/find-secrets.js'
import type { RedactionCounts } from './counts.js'
import { addCount } from './counts.js'
import { findSecretFields } from './secret-fields.js'
import { resolveOverlaps, type SensitiveMatch } from './sensitive-match.js'

export interface RedactedText {
  text: string
  counts: RedactionCounts
}

export interface RedactOptions extends PiiOptions {
  /** Also mask whatever follows a secret-named key (`password: […]`), as `promptops redact` does. */
  secretFields?: boolean
}

export function redactText(text: string, options: RedactOptions = {}): RedactedText {
  const counts: RedactionCounts = {}
  if (!mayHoldSensitive(text)) return { text, counts }
  const canonical = canonicalString(text)
  const found = [
    ...findSecrets(canonical.text),
    ...findPii(canonical.text, options),
    ...(options.secretFields ? findSecretFields(canonical.text) : []),
  ]
  if (found.length === 0) return { text, counts }
  const written: SensitiveMatch[] = resolveOverlaps(found).map((m) => ({
    ...m,
    start: canonical.start(m.start),
    end: canonical.end(m.end),
  }))
  let out = ''
  let at = 0
  for (const m of resolveOverlaps(written)) {
    out += `${text.slice(at, m.start)}[REDACTED:${m.kind}]`
    at = m.end
    addCount(counts, m.kind)
  }
  return { text: out + text.slice(at), counts }
}

/** Every detector needs a digit or an `@`, `:`/`=` or more than 16 characters; short plain
 * words need no scan. Escapes, references and non-ASCII can hide those characters. */
function mayHoldSensitive(text: string): boolean {
  return text.length > 16 || /[0-9@:=&\\]|[^\x00-\x7f]/.test(text)
}
