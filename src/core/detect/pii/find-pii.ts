import type { CountryCode } from 'libphonenumber-js/max'
import type { SensitiveMatch } from '../../redact/sensitive-match.js'
import { resolveOverlaps } from '../../redact/sensitive-match.js'
import { findCards } from './card.js'
import { findEmails } from './email.js'
import { findHashedIdentifiers } from './hashed-id.js'
import { findIbans } from './iban.js'
import { findInternationalIds } from './intl-ids.js'
import { findLabelledIds } from './labelled-id.js'
import { findLabels } from './labels.js'
import { findNationalIds } from './national-id.js'
import { findPassports } from './passport.js'
import { findPhones } from './phone.js'

export interface PiiOptions {
  /** Country assumed for phone numbers written without `+<code>` (default `US`). */
  defaultCountry?: CountryCode
}

/**
 * Every PII value in `text`, sorted, overlaps merged. Structured identifiers come first so
 * that, where a card or national id also parses as a phone number, the id names the span.
 */
export function findPii(text: string, options: PiiOptions = {}): SensitiveMatch[] {
  const labels = findLabels(text)
  const strong = [
    ...findCards(text),
    ...findIbans(text),
    ...findNationalIds(text),
    ...findInternationalIds(text, labels),
    ...findPassports(text, labels),
    ...findLabelledIds(text, labels),
    ...findEmails(text),
    ...findHashedIdentifiers(text),
  ]
  const phones = findPhones(text, options).filter((p) => !strong.some((s) => s.start < p.end && p.start < s.end))
  return resolveOverlaps([...strong, ...phones])
}
