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
// redos-bounded: only run on the ≤ 32 characters before a candidate (CONTEXT)
const PHONE_WORD = /(?:phone|tel|mobile|cell|call|fax|whatsapp|sms|text me|contact|ph\.?|#)\s*[:=]?\s*["']?$/i
const CONTEXT = 32
const MAX_CANDIDATE = 26
/** Distinct candidates parsed per text: bounds the worst case (~40µs each) on hostile input. */
const LIBRARY_CALLS = 20_000

export interface PhoneOptions {
  /** Country assumed for numbers written without `+<code>` (default `US`). */
  defaultCountry?: CountryCode
}

export function findPhones(text: string, options: PhoneOptions = {}): SensitiveMatch[] {
  const parse = cachedParser(options.defaultCountry ?? 'US')
  const re = new RegExp(CANDIDATE.source, 'g')
  const out: SensitiveMatch[] = []
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const candidate = m[0]
    const found = accept(text, m.index, candidate) ? parse(candidate) : []
    for (const [from, to] of found) {
      const value = candidate.slice(from, to)
      out.push({ rule: 'pii.phone', kind: 'phone', start: m.index + from, end: m.index + to, redacted: maskDigits(value, 2) })
    }
    re.lastIndex = m.index + resumeAt(candidate, found)
  }
  return out
}

function accept(text: string, at: number, candidate: string): boolean {
  if (!plausibleGrouping(candidate) || DATE.test(candidate)) return false
  return /[\s().+\-/]/.test(candidate) || PHONE_WORD.test(text.slice(Math.max(0, at - CONTEXT), at))
}

/** A candidate cut at the length cap may hold the start of the next number: resume inside it. */
function resumeAt(candidate: string, found: ReadonlyArray<readonly [number, number]>): number {
  const last = found[found.length - 1]
  if (last) return last[1]
  if (candidate.length < MAX_CANDIDATE) return candidate.length
  const sep = candidate.search(/\D/)
  return sep > 0 ? sep : candidate.length
}

/** Parses with libphonenumber, memoised per candidate and capped per text (see LIBRARY_CALLS). */
function cachedParser(defaultCountry: CountryCode): (candidate: string) => Array<[number, number]> {
  const cache = new Map<string, Array<[number, number]>>()
  let calls = 0
  return (candidate) => {
    const hit = cache.get(candidate)
    if (hit) return hit
    if (++calls > LIBRARY_CALLS) return []
    const found = findPhoneNumbersInText(candidate, { defaultCountry })
      .filter((f) => f.number.isValid())
      .map((f): [number, number] => [f.startsAt, f.endsAt])
    cache.set(candidate, found)
    return found
  }
}

/** `2024-01-15`, `15/01/2024`, `2024.01.15`: calendar dates look like grouped digits. */
const DATE = /(?:^|\D)(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{4})(?:\D|$)/

/** 7 to 15 digits in at most 6 groups: rules out `1 1 1 1 …` runs before the costly parse. */
function plausibleGrouping(candidate: string): boolean {
  const groups = candidate.split(/\D+/).filter((g) => g.length > 0)
  const digits = groups.join('').length
  return digits >= 7 && digits <= 15 && groups.length <= 6
}
