// Payment card numbers: 12–19 digits (single space or dash between digits allowed), a known
// issuer range for that length, and a valid Luhn check digit.
import type { SensitiveMatch } from '../../redact/sensitive-match.js'
import { maskCard } from '../../redact/mask.js'
import { luhnValid } from './checksums.js'

const RUN = /(?<![0-9][ -]?)[0-9](?:[ -]?[0-9]){11,60}/g

interface Issuer {
  prefix: RegExp
  lengths: readonly number[]
}

const ISSUERS: readonly Issuer[] = [
  { prefix: /^4/, lengths: [13, 16, 19] }, // Visa
  { prefix: /^(?:5[1-5]|222[1-9]|22[3-9]\d|2[3-6]\d\d|27[01]\d|2720)/, lengths: [16] }, // Mastercard
  { prefix: /^3[47]/, lengths: [15] }, // American Express
  { prefix: /^(?:6011|64[4-9]|65)/, lengths: [16, 17, 18, 19] }, // Discover
  { prefix: /^(?:30[0-5]|3095|36|3[89])/, lengths: [14, 15, 16, 17, 18, 19] }, // Diners Club
  { prefix: /^35(?:2[89]|[3-8]\d)/, lengths: [16, 17, 18, 19] }, // JCB
  { prefix: /^62/, lengths: [16, 17, 18, 19] }, // UnionPay
  { prefix: /^(?:5018|5020|5038|5893|6304|6759|676[1-3])/, lengths: [12, 13, 14, 15, 16, 17, 18, 19] }, // Maestro
]

export function isCardNumber(digits: string): boolean {
  if (!ISSUERS.some((i) => i.prefix.test(digits) && i.lengths.includes(digits.length))) return false
  return luhnValid(digits) && new Set(digits).size > 1
}

export function findCards(text: string): SensitiveMatch[] {
  const out: SensitiveMatch[] = []
  for (const m of text.matchAll(RUN)) {
    if (/[0-9]/.test(text[m.index + m[0].length] ?? '')) continue
    for (const [from, to] of cardsInRun(m[0])) {
      const digits = m[0].slice(from, to).replace(/[ -]/g, '')
      out.push({ rule: 'pii.card-number', kind: 'card-number', start: m.index + from, end: m.index + to, redacted: maskCard(digits) })
    }
  }
  return out
}

/**
 * A run of grouped digits may hold a card plus an expiry or a second card
 * (`4242 4242 4242 4242 12 26`): try each window of whole groups. An ungrouped run must be
 * a card exactly, since a card inside a longer number is just part of that number.
 */
function cardsInRun(raw: string): Array<[number, number]> {
  const groups = [...raw.matchAll(/[0-9]+/g)].map((g) => [g.index, g.index + g[0].length] as const)
  const found: Array<[number, number]> = []
  for (let i = 0; i < groups.length; i++) {
    for (let j = i; j < groups.length; j++) {
      const from = groups[i]?.[0] ?? 0
      const to = groups[j]?.[1] ?? 0
      const span = raw.slice(from, to)
      const digits = span.replace(/[ -]/g, '')
      if (digits.length > 19) break
      if (isCardNumber(digits) && consistentSeparators(span)) {
        found.push([from, to])
        i = j
        break
      }
    }
  }
  return found
}

/** Cards are written with one kind of separator (or none); `4111-1111 1111-1111` is not a card. */
function consistentSeparators(raw: string): boolean {
  return !(raw.includes(' ') && raw.includes('-'))
}
