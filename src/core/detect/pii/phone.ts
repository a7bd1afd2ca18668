// Phone numbers. A linear pre-scan picks short phone-shaped candidates, then libphonenumber
// (full metadata, leniency VALID) parses each one alone: the library is slow on long hostile
// digit text, a 30-character candidate is not. Bare digit runs (order numbers, timestamps)
// only count when a phone word precedes them; dates, versions and prices never form a
// valid candidate.
import { findPhoneNumbersInText } from 'libphonenumber-js/max'
import type { CountryCode } from 'libphonenumber-js/max'
import type { SensitiveMatch } from '../../redact/sensitive-match.js'
import { maskDigits } from '../../redact/mask.js'

const CANDIDATE = /(?<![\w+.,/$€£-])(?:\+|\(\+?)?\d[\d ().\-/]{5,24}\d(?![\w.,/-]?\d)/g
const PHONE_WORD = /(?:phone|tel|mobile|cell|call|fax|whatsapp|sms|text me|contact|ph\.?|#)\s*[:=]?\s*["']?$/i
const CONTEXT = 32

export interface PhoneOptions {
  /** Country assumed for numbers written without `+<code>` (default `US`). */
  defaultCountry?: CountryCode
}

export function findPhones(text: string, options: PhoneOptions = {}): SensitiveMatch[] {
  const defaultCountry = options.defaultCountry ?? 'US'
  const out: SensitiveMatch[] = []
  for (const m of text.matchAll(CANDIDATE)) {
    const candidate = m[0]
    if (!/[\s().+\-/]/.test(candidate) && !PHONE_WORD.test(text.slice(Math.max(0, m.index - CONTEXT), m.index))) continue
    if (looksLikeDate(candidate)) continue
    for (const found of findPhoneNumbersInText(candidate, { defaultCountry })) {
      if (!found.number.isValid()) continue
      const start = m.index + found.startsAt
      const value = candidate.slice(found.startsAt, found.endsAt)
      out.push({ rule: 'pii.phone', kind: 'phone', start, end: start + value.length, redacted: maskDigits(value, 2) })
    }
  }
  return out
}

/** `2024-01-15`, `15/01/2024`, `2024.01.15`: calendar dates look like grouped digits. */
function looksLikeDate(candidate: string): boolean {
  return /^(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4})$/.test(candidate.trim())
}
