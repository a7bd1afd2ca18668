// Phone numbers. A linear pre-scan picks short phone-shaped candidates, then libphonenumber
// (full metadata, leniency VALID) parses each one alone: the library is slow on long hostile
// digit text, a 30-character candidate is not. Bare digit runs (order numbers, timestamps)
// only count when a phone word precedes them; dates, versions and prices never form a
// valid candidate. Regions: `+<code>` and `00<code>` say it; otherwise the default region
// (configurable) is tried first, then, for numbers written with a national trunk `0`
// (`020 7946 0958`) or after a phone word, the most common other regions. An extension
// (`ext. 12`, `x12`) is part of the match.
import {
  findPhoneNumbersInText,
  getCountryCallingCode,
  isSupportedCountry,
  parsePhoneNumberFromString,
} from 'libphonenumber-js/max'
import type { CountryCode } from 'libphonenumber-js/max'
import type { SensitiveMatch } from '../../redact/sensitive-match.js'
import { maskDigits } from '../../redact/mask.js'
import { getOrSet } from '../../memo.js'

// It may end right before a glued extension (`…-4270x197`); EXTENSION then takes `x197`.
// A `+` number may follow and precede a comma (a CSV field: `Year 9,+40 722 418 906,27`); other
// digits may not (`1,234,567`, `1 234 567,89`).
const CANDIDATE =
  /(?<![\w+.,/$€£-])(?:\(\+?)?\d[\d ().\-/]{5,24}\d(?!\d|(?![xX])[\w.,/-]\d)|(?<![\w+./$€£-])\+\d[\d ().\-/]{5,24}\d(?!\d|(?![xX])[\w./-]\d)/g
// redos-bounded: only run on the ≤ 32 characters before a candidate (CONTEXT)
// A bare `#` is no phone word: it starts a comment in code and a hex colour
// (`# 100000.00`, `BackgroundColor="#80000000"`); `phone #` and `tel#` are.
const PHONE_WORD =
  /(?:(?:phone|tel|telephone|mobile|cell|fax|whatsapp|contact|tel[eé]fono|telefone|t[eé]l[eé]phone|telefon|portable|m[oó]vil|celular|cellulare|handy|mobil|puhelin|gsm)(?:[ \t]{1,3}(?:number|no\.?)|[ \t]{0,3}#)?(?:[ \t]{1,3}(?:is|was))?|call|sms|text me|ph\.?|mob\.?|(?:reach|call|text|ring|contact)[ \t]{1,3}(?:[A-Za-z]{1,12}[ \t]{1,3}){0,2}(?:at|on))[ \t]{0,3}[:=]?[ \t]{0,3}["']?$/i
/** A label saying the number is something else (`order #`, `ticket:`): not a phone. */
const NOT_PHONE_WORD =
  /(?:order|invoice|ticket|tracking|reference|ref|case|sku|isbn|serial|account|acct|transaction|txn|id)[ \t]{0,3}(?:no\.?|number|#)?[ \t]{0,3}[:=#]?[ \t]{0,3}["']?$/i
const CONTEXT = 32
const MAX_CANDIDATE = 26
/** Distinct candidates parsed per text: bounds the worst case (~40µs each) on hostile input. */
const LIBRARY_CALLS = 20_000

export interface PhoneOptions {
  /** Country assumed for numbers written without `+<code>` (default `US`). */
  defaultCountry?: CountryCode
}

/** Tried, in order, for a number written nationally (trunk `0`) or after a phone word. */
const OTHER_REGIONS: readonly CountryCode[] = [
  'GB',
  'DE',
  'FR',
  'IN',
  'AU',
  'ES',
  'IT',
  'NL',
  'BR',
  'JP',
  'MX',
  'CN',
  'ZA',
  'IE',
  'NZ',
  'SG',
  'CH',
  'AT',
  'BE',
  'SE',
  'PL',
  'PT',
  'KR',
  'AR',
  'TR',
  'NG',
  'PH',
  'CA',
]
/**
 * North American grouping (`(224)154-9909`, `+1-460-547-4270`, `001-206-159-7755`): after a
 * phone word it is a phone number even when its area or exchange code is not assigned (yet).
 */
const NANP_SHAPE = /^(?:\+1[-. ]?|001[-. ])?(?:\(\d{3}\) ?|\d{3}[-. ])\d{3}[-. ]\d{4}$/
/** Typed filler (`123-456-7890`, `000-000-0000`) says it is no one's number. */
const TYPED_DIGITS = /0123456|1234567|2345678|3456789|(\d)\1{5}/
const EXTENSION = /^[ \t]{0,2}(?:ext\.?|extension|x|#)[ \t]{0,2}[0-9]{1,6}(?![0-9])/i

/** The configured region when libphonenumber knows it, else `US` (the schema only checks the shape). */
export function phoneRegion(code: string): CountryCode {
  return isSupportedCountry(code) ? code : 'US'
}

const CANDIDATES = new RegExp(CANDIDATE.source, 'g')

export function findPhones(text: string, options: PhoneOptions = {}): SensitiveMatch[] {
  const parsers = new Map<string, (candidate: string) => Parsed[]>()
  const parserFor = (region: CountryCode, international = false) => {
    const key = `${region}:${international}`
    return getOrSet(parsers, key, () => cachedParser(region, international))
  }
  const defaultRegion = options.defaultCountry ?? 'US'
  // One global copy for every call, reset here: a copy built per call ran slower (see matchesOf in text.ts).
  const re = CANDIDATES
  re.lastIndex = 0
  const out: SensitiveMatch[] = []
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const candidate = m[0]
    let found: Array<[number, number, string]> = []
    const verdict = accept(text, m.index, candidate)
    if (verdict !== 'no') {
      const named = namedCountry(text, m.index)
      for (const region of regionsFor(candidate, defaultRegion, verdict === 'phone-word', named)) {
        // `00<code>` is read as `+<code>`; ' +' keeps the offsets aligned
        const international = /^(?:\+|\(\+|00[1-9])/.test(candidate)
        const parsed = parserFor(region, international)(candidate.replace(/^00(?=[1-9])/, ' +'))
        // Another country's number must also be grouped the way that country writes it.
        // North American numbers are grouped 3-3-4: digits grouped otherwise with no phone word
        // (`35-39 0.00187`, an age band and a rate) only happen to be ten digits.
        const fits =
          region === named || verdict === 'phone-word'
            ? parsed
            : region === defaultRegion
              ? international || !nanp(region)
                ? parsed
                : parsed.filter((p) => withinGroups(candidate.slice(p.from, p.to), p.national))
              : parsed.filter((p) => sameGroups(candidate.slice(p.from, p.to), p.national))
        found = fits.map((p) => [p.from === 1 && candidate.startsWith('00') ? 0 : p.from, p.to, p.e164])
        if (found.length > 0) break
      }
      // After a phone word, 11–14 bare digits may be an international number without its `+`.
      if (found.length === 0 && verdict === 'phone-word' && /^[1-9][0-9]{10,13}$/.test(candidate)) {
        found = parserFor(defaultRegion, true)(`+${candidate}`).map((p) => [Math.max(0, p.from - 1), p.to - 1, p.e164])
      }
      // After a phone word, `+<code>` and eight to twelve digits is a number in a plan the
      // metadata has moved on from (Benin's eight digits before 2024, Mexico's mobile `1`).
      if (found.length === 0 && verdict === 'phone-word' && /^\+[1-9]/.test(candidate)) found = formerPlan(candidate)
      const nanpShape = verdict === 'phone-word' && NANP_SHAPE.test(candidate)
      if (found.length === 0 && nanpShape && !TYPED_DIGITS.test(candidate.replace(/\D/g, '')))
        found = [[0, candidate.length, `+1${candidate.replace(/\D/g, '').slice(-10)}`]]
    }
    for (const [from, to, e164] of found) {
      if (fictional(e164, candidate.slice(from, to)) && FICTION_WORD.test(around(text, m.index + from, m.index + to))) continue
      const end =
        m.index +
        to +
        (to === candidate.length ? (EXTENSION.exec(text.slice(m.index + to, m.index + to + 16))?.[0].length ?? 0) : 0)
      out.push({
        rule: 'pii.phone',
        kind: 'phone',
        start: m.index + from,
        end,
        redacted: maskDigits(text.slice(m.index + from, end), 2),
      })
    }
    re.lastIndex = m.index + resumeAt(candidate, found)
  }
  return out
}

function regionsFor(
  candidate: string,
  defaultRegion: CountryCode,
  phoneWord: boolean,
  named: CountryCode | undefined,
): readonly CountryCode[] {
  if (/^(?:\+|\(\+|00[1-9])/.test(candidate)) return [defaultRegion]
  if (named) return [named, defaultRegion]
  const national = /^\(?0[1-9]/.test(candidate) && /[\s().\-/]/.test(candidate)
  return national || phoneWord ? [defaultRegion, ...OTHER_REGIONS.filter((r) => r !== defaultRegion)] : [defaultRegion]
}

/** Countries named near a number (`my Israeli number`, `UK office`), lower case. */
const COUNTRY_WORDS: ReadonlyArray<readonly [string, CountryCode]> = [
  ['israel', 'IL'],
  ['uk ', 'GB'],
  ['british', 'GB'],
  ['britain', 'GB'],
  ['england', 'GB'],
  ['london', 'GB'],
  ['german', 'DE'],
  ['berlin', 'DE'],
  ['france', 'FR'],
  ['french', 'FR'],
  ['paris', 'FR'],
  ['india', 'IN'],
  ['austral', 'AU'],
  ['sydney', 'AU'],
  ['spain', 'ES'],
  ['spanish', 'ES'],
  ['madrid', 'ES'],
  ['ital', 'IT'],
  ['dutch', 'NL'],
  ['netherlands', 'NL'],
  ['amsterdam', 'NL'],
  ['brazil', 'BR'],
  ['japan', 'JP'],
  ['tokyo', 'JP'],
  ['mexic', 'MX'],
  ['canad', 'CA'],
  ['china', 'CN'],
  ['chinese', 'CN'],
  ['irish', 'IE'],
  ['ireland', 'IE'],
  ['dublin', 'IE'],
  ['swiss', 'CH'],
  ['switzerland', 'CH'],
  ['austria', 'AT'],
  ['belgi', 'BE'],
  ['swed', 'SE'],
  ['poland', 'PL'],
  ['polish', 'PL'],
  ['portug', 'PT'],
  ['korea', 'KR'],
  ['singapore', 'SG'],
  ['south africa', 'ZA'],
  ['new zealand', 'NZ'],
  ['argentin', 'AR'],
  ['turk', 'TR'],
  ['nigeria', 'NG'],
  ['philippin', 'PH'],
]
const COUNTRY_CONTEXT = 60

function namedCountry(text: string, at: number): CountryCode | undefined {
  const before = text.slice(Math.max(0, at - COUNTRY_CONTEXT), at).toLowerCase()
  const line = before.slice(before.lastIndexOf('\n') + 1)
  return COUNTRY_WORDS.find(([word]) => line.includes(word))?.[1]
}

function accept(text: string, at: number, candidate: string): 'no' | 'shape' | 'phone-word' {
  if (!plausibleGrouping(candidate) || DATE.test(candidate)) return 'no'
  const before = text.slice(Math.max(0, at - CONTEXT), at)
  if (NOT_PHONE_WORD.test(before) || afterCodeToken(before)) return 'no'
  if (PHONE_WORD.test(before)) return 'phone-word'
  return /[\s().+\-/]/.test(candidate) ? 'shape' : 'no'
}

/** `DK50 0040 …`, `A704 0044 …`: digits right after a letters-and-digits token continue a code. */
function afterCodeToken(before: string): boolean {
  const token = before.slice(before.lastIndexOf(' ', before.length - 2) + 1).trimEnd()
  return before.endsWith(' ') && /[A-Za-z]/.test(token) && /[0-9]/.test(token) && /^[A-Za-z0-9]+$/.test(token)
}

/** A candidate cut at the length cap may hold the start of the next number: resume inside it. */
function resumeAt(candidate: string, found: ReadonlyArray<readonly [number, number, ...unknown[]]>): number {
  const last = found[found.length - 1]
  if (last) return last[1]
  if (candidate.length < MAX_CANDIDATE) return candidate.length
  const sep = candidate.search(/\D/)
  return sep > 0 ? sep : candidate.length
}

interface Parsed {
  from: number
  to: number
  /** `+<code><number>` */
  e164: string
  /** How the number's own country writes it (`020 7946 0958`). */
  national: string
}

/** Parses with libphonenumber, memoised per candidate and capped per text (see LIBRARY_CALLS). */
/**
 * `international`: the number carries its country code, which is structure enough: any
 * possible length for that country counts (numbering plans change faster than metadata).
 * National numbers must be valid for the region.
 */
function cachedParser(defaultCountry: CountryCode, international: boolean): (candidate: string) => Parsed[] {
  const cache = new Map<string, Parsed[]>()
  let calls = 0
  return (candidate) => {
    const hit = cache.get(candidate)
    if (hit) return hit
    if (++calls > LIBRARY_CALLS) return []
    const found = international
      ? parseInternational(candidate)
      : findPhoneNumbersInText(candidate, { defaultCountry })
          .filter((f) => f.number.isValid())
          .map((f) => ({ from: f.startsAt, to: f.endsAt, e164: f.number.number, national: f.number.formatNational() }))
    cache.set(candidate, found)
    return found
  }
}

/** The whole candidate as one `+<code>` number, when its length is possible for that country. */
function parseInternational(candidate: string): Parsed[] {
  const from = candidate.length - candidate.trimStart().length
  const number = parsePhoneNumberFromString(candidate.trim())
  return number?.isPossible()
    ? [{ from, to: candidate.trimEnd().length, e164: number.number, national: number.formatNational() }]
    : []
}

/** Regions of the North American plan (calling code 1). */
const nanp = (region: CountryCode): boolean => getCountryCallingCode(region) === '1'

/**
 * Every break between written digit groups falls between two of the national format's groups
 * (`202 5550173` and `2025550173` fit `(202) 555-0173`; `20 25 55 01 73` does not). A leading
 * `1` (the long-distance prefix) may stand apart.
 */
function withinGroups(written: string, national: string): boolean {
  const breaks = (s: string) => {
    const out: number[] = []
    let n = 0
    for (const group of s.split(/[^0-9]+/)) if (group.length > 0) out.push((n += group.length))
    return out.slice(0, -1)
  }
  const nationalDigits = national.replace(/[^0-9]/g, '').length
  const shift = written.replace(/[^0-9]/g, '').length - nationalDigits
  const allowed = new Set(breaks(national).map((b) => b + shift))
  return breaks(written).every((b) => allowed.has(b) || (shift === 1 && b === 1))
}

/**
 * Ranges set aside for fiction and documentation: North America's 555-0100–0199, Ofcom's drama
 * numbers (07700 900xxx, 020 7946 0xxx, 0161 496 0xxx …), ACMA's (0491 570 xxx, 02 5550 xxxx …).
 * Kept as phones (test data uses them for people), except where the text says the number is
 * fictional, an example or a placeholder (`use only fictional numbers, e.g. (212) 555-0142`).
 */
const FICTIONAL =
  /^\+(?:1[0-9]{3}55501[0-9]{2}|44(?:7700900|2079460|1[0-9]{2}4960|1914980|2896496|2920180|1632960|8081570|9098790|3069990)[0-9]{3}|61(?:[2378](?:5550|7010)[0-9]|49157[0-9])[0-9]{3})$/
/** Whether the number, as parsed or as written (a UK or Australian trunk `0` number that another
 * region's metadata parsed first), is in a fiction range. */
function fictional(e164: string, written: string): boolean {
  if (FICTIONAL.test(e164)) return true
  const digits = written.replace(/[^0-9]/g, '')
  return digits.startsWith('0') && (FICTIONAL.test(`+44${digits.slice(1)}`) || FICTIONAL.test(`+61${digits.slice(1)}`))
}
const FICTION_WORD =
  /\b(?:fictional|fictitious|fake|made[ -]up|dummy|placeholder|sample|example|reserved|demo|documentation|test)\b|\be\.g\./i
const FICTION_BEFORE = 120
const FICTION_AFTER = 40

/** The number's line, from up to FICTION_BEFORE characters before it to FICTION_AFTER after. */
function around(text: string, from: number, to: number): string {
  const before = text.slice(Math.max(0, from - FICTION_BEFORE), from)
  const after = text.slice(to, to + FICTION_AFTER)
  const newline = after.indexOf('\n')
  return before.slice(before.lastIndexOf('\n') + 1) + ' ' + (newline === -1 ? after : after.slice(0, newline))
}

/**
 * The whole `+<code>` candidate when its code is known and eight to twelve digits follow. Not
 * North America's `+1`: its plan has been ten digits throughout (`+1 555-0100` is a documentation stub).
 */
function formerPlan(candidate: string): Array<[number, number, string]> {
  const number = parsePhoneNumberFromString(candidate)
  const length = number?.nationalNumber.length ?? 0
  return number && number.countryCallingCode !== '1' && length >= 8 && length <= 12 ? [[0, candidate.length, number.number]] : []
}

/** Same digit groups, separators aside: `06.12.34.56.78` fits `06 12 34 56 78`. */
function sameGroups(written: string, national: string): boolean {
  const groups = (s: string) =>
    s
      .split(/[^0-9]+/)
      .filter((g) => g.length > 0)
      .join(' ')
  return groups(written) === groups(national)
}

/** `2024-01-15`, `15/01/2024`, `2024.01.15`: calendar dates (days, months, years 19xx/20xx) look like grouped digits. */
const DATE =
  /(?:^|\D)(?:(?:19|20)\d{2}[-/.](?:0?[1-9]|1[0-2])[-/.](?:0?[1-9]|[12]\d|3[01])|(?:0?[1-9]|[12]\d|3[01])[-/.](?:0?[1-9]|[12]\d|3[01])[-/.](?:19|20)\d{2})(?:\D|$)/

/** 7 to 15 digits in at most 6 groups: rules out `1 1 1 1 …` runs before the costly parse. */
function plausibleGrouping(candidate: string): boolean {
  // `+33 (0)7 51 23 90 03`: the bracketed trunk `0` of an international number is no group.
  const groups = candidate
    .replace(/^(\+\d{1,3}) ?\(0\)/, '$1 ')
    .split(/\D+/)
    .filter((g) => g.length > 0)
  const digits = groups.join('').length
  return digits >= 7 && digits <= 15 && groups.length <= 6
}
