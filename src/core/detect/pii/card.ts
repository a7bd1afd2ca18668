// Payment card numbers: 12–19 digits (single space or dash between digits allowed), a known
// issuer range (IIN) for that length, and a valid Luhn check digit. Every brand of the Luhn
// family is covered; a number labelled as something else (`order #`, `tracking:`) is not a card.
import type { SensitiveMatch } from '../../redact/sensitive-match.js'
import { maskCard } from '../../redact/mask.js'
import { luhnValid } from './checksums.js'
import { matchesOf } from '../../text.js'

const RUN = /(?<![0-9][ -]?)[0-9](?:[ -]?[0-9]){11,60}/g

interface Issuer {
  prefix: RegExp
  lengths: readonly number[]
}

/** IIN prefixes and valid lengths per brand (public issuer tables, as in braintree/credit-card-type). */
const ISSUERS: readonly Issuer[] = [
  { prefix: /^4/, lengths: [13, 16, 18, 19] }, // Visa, Visa Electron, Elo 4xxx
  { prefix: /^(?:5[1-5]|222[1-9]|22[3-9]\d|2[3-6]\d\d|27[01]\d|2720)/, lengths: [16] }, // Mastercard
  { prefix: /^3[47]/, lengths: [15] }, // American Express
  { prefix: /^(?:6011|64[4-9]|65|622)/, lengths: [16, 17, 18, 19] }, // Discover, co-branded UnionPay
  { prefix: /^(?:30[0-5]|3095|36|3[89])/, lengths: [14, 15, 16, 17, 18, 19] }, // Diners Club
  { prefix: /^35(?:2[89]|[3-8]\d)/, lengths: [16, 17, 18, 19] }, // JCB, LankaPay
  { prefix: /^(?:2131|1800)/, lengths: [15, 16, 17, 18, 19] }, // JCB's early ranges
  { prefix: /^(?:62|81)/, lengths: [14, 15, 16, 17, 18, 19] }, // UnionPay
  { prefix: /^(?:5[06-9]|6)/, lengths: [12, 13, 14, 15, 16, 17, 18, 19] }, // Maestro, Dankort, Verve, InstaPayment, Elo 50/6x
  { prefix: /^220[0-4]/, lengths: [16, 17, 18, 19] }, // Mir
  { prefix: /^1/, lengths: [15] }, // UATP
  { prefix: /^(?:60|65|81|82|508|353|356)/, lengths: [16] }, // RuPay
  { prefix: /^(?:606282|3841[046]0)/, lengths: [16, 19] }, // Hipercard
  { prefix: /^9792/, lengths: [16] }, // Troy
]

/** A label saying the number is something else, or a test card (a processor's published
 * test number: "use the test card 4242 4242 4242 4242"): not someone's card. */
const NOT_CARD_LABEL =
  /(?:order|invoice|ticket|tracking|sku|isbn|serial|transaction|txn|test[ \t]card|sandbox[ \t]card)[ \t]{0,3}(?:no\.?|number|#)?[ \t]{0,3}[:=#]?[ \t]{0,3}["']?$/i
/** An identifier's own key (`"id": 6011…`, `id=…`): a record id, not a card; not `card_id`. */
const ID_KEY = /(?<![A-Za-z0-9_-])["']?id["']?[ \t]{0,3}[:=][ \t]{0,3}["']?$/i
/** A label saying the number is a card (`"card": "…"`, `Card number:`, `Karte:`, `カード:`, a
 * brand's name: `my JCB 3518 …`): then a Luhn-valid number of card length counts whatever its
 * issuer range (a new or regional brand). */
const CARD_LABEL =
  /(?:(?:card|cc|pan|karte|kartennummer|carte|tarjeta|cart[aã]o|carta|kaart|karta|kort|kart|カード|卡号|카드)[ \t_-]?(?:no\.?|nr\.?|number|nummer|num|n[uú]mero|番号)?["']?[ \t]{0,3}[:=：]|\b(?:visa|mastercard|amex|american express|jcb|diners(?: club)?|maestro|unionpay|rupay|hipercard|dankort)[ \t]{0,3}[:=]?)[ \t]{0,3}["']?$/i
const LABEL_WINDOW = 32

export function isCardNumber(digits: string): boolean {
  if (!ISSUERS.some((i) => i.prefix.test(digits) && i.lengths.includes(digits.length))) return false
  return luhnValid(digits) && new Set(digits).size > 1
}

export function findCards(text: string): SensitiveMatch[] {
  const out: SensitiveMatch[] = []
  for (const m of matchesOf(RUN, text)) {
    if (/[0-9]/.test(text[m.index + m[0].length] ?? '')) continue
    // Digits glued to a letter (`A305 0000 …`) belong to an alphanumeric code.
    if (/[A-Za-z]/.test(text[m.index - 1] ?? '')) continue
    // A number after "+" is a phone number in international form (`+6011-20132175`).
    if (text[m.index - 1] === '+') continue
    const before = text.slice(Math.max(0, m.index - LABEL_WINDOW), m.index)
    if (NOT_CARD_LABEL.test(before) || ID_KEY.test(before)) continue
    const labelled = CARD_LABEL.test(before) ? labelledCard(m[0]) : undefined
    for (const [from, to] of labelled ? [labelled] : cardsInRun(m[0])) {
      const digits = m[0].slice(from, to).replace(/[ -]/g, '')
      out.push({
        rule: 'pii.card-number',
        kind: 'card-number',
        start: m.index + from,
        end: m.index + to,
        redacted: maskCard(digits),
      })
    }
  }
  return out
}

/**
 * After a card label: the run's longest start of whole groups (an expiry may follow) that is
 * a Luhn-valid number of 13–19 digits, printed as a card is (see cardGroups).
 */
function labelledCard(raw: string): [number, number] | undefined {
  const ends = [...matchesOf(/[0-9]+/g, raw)].map((g) => g.index + g[0].length)
  for (let j = ends.length - 1; j >= 0; j--) {
    const span = raw.slice(0, ends[j])
    const digits = span.replace(/[ -]/g, '')
    if (digits.length < 13 || digits.length > 19 || !luhnValid(digits) || new Set(digits).size <= 2) continue
    if (consistentSeparators(span) && (digits === span || cardGroups(span))) return [0, span.length]
  }
  return undefined
}

/**
 * A run of grouped digits may hold a card plus an expiry or a second card
 * (`4242 4242 4242 4242 12 26`): try each window of whole groups. An ungrouped run must be
 * a card exactly, since a card inside a longer number is just part of that number.
 */
function cardsInRun(raw: string): Array<[number, number]> {
  const groups = [...matchesOf(/[0-9]+/g, raw)].map((g) => [g.index, g.index + g[0].length] as const)
  const found: Array<[number, number]> = []
  for (let i = 0; i < groups.length; i++) {
    for (let j = i; j < groups.length; j++) {
      const from = groups[i]?.[0] ?? 0
      const to = groups[j]?.[1] ?? 0
      const span = raw.slice(from, to)
      const digits = span.replace(/[ -]/g, '')
      if (digits.length > 19) break
      if (isCardNumber(digits) && consistentSeparators(span) && cardGroups(span)) {
        found.push([from, to])
        i = j
        break
      }
    }
  }
  return found
}

/**
 * Cards are printed in groups of three digits or more (4-4-4-4, Amex 4-6-5, Diners 4-6-4, a
 * 19-digit card's last three): single digits or pairs apart (`5 4 2 8 5 1 …`, a hex dump's
 * `00 51 00 4c`) are some other list of numbers.
 */
function cardGroups(span: string): boolean {
  return span.split(/[ -]/).every((group) => group.length >= 3)
}

/** Cards are written with one kind of separator (or none); `4111-1111 1111-1111` is not a card. */
function consistentSeparators(raw: string): boolean {
  return !(raw.includes(' ') && raw.includes('-'))
}
