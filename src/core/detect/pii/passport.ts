// Passports. Two forms count:
// - a machine-readable zone (ICAO 9303): a TD3 passport data line (44 characters) whose
//   document-number, birth-date, expiry and composite check digits all hold, a TD1 identity
//   card line with valid date check digits, or a TD3 name line (`P<UTOERIKSSON<<ANNA<MARIA…`);
// - a passport number (6–12 letters and digits in up to three groups, ending in digits) right after a passport
//   label in one of several languages (`Passport No: C01X00T47`, `numéro de passeport`).
import type { SensitiveMatch } from '../../redact/sensitive-match.js'
import { maskAlnum } from '../../redact/mask.js'
import { mrzCheckDigit } from './id-checksums.js'
import { findLabels, PASSPORT_LABELS, type LabelsFound } from './labels.js'
import { matchesOf } from '../../text.js'

const TD3_DATA = /(?<![A-Z0-9<])[A-Z0-9<]{9}[0-9][A-Z<]{3}[0-9]{6}[0-9][MFX<][0-9]{6}[0-9][A-Z0-9<]{14}[0-9<][0-9](?![A-Z0-9<])/g
const TD1_DATA = /(?<![A-Z0-9<])[0-9]{6}[0-9][MFX<][0-9]{6}[0-9][A-Z<]{3}[A-Z0-9<]{11}[0-9](?![A-Z0-9<])/g
const TD3_NAME = /(?<![A-Z0-9<])P[A-Z<][A-Z<]{3}[A-Z]{1,39}<<[A-Z<]{1,38}(?![A-Z0-9<])/g
/** Passport labels; the number follows within a few characters. */
const LABEL =
  /(?:passport|passeport|pasaporte|passaporto|reisepass|paspoort|pass-nr|passnummer)[ \t]{0,3}(?:no\.?|nr\.?|number|num|#|id)?[ \t]{0,3}(?:is[ \t]{1,3})?[:=#]?[ \t]{0,3}["']?/giy
/** Up to three groups (`P 1630837`, `2 32 636829`); a letters-only group only as a short prefix. */
const NUMBER = /[A-Za-z0-9]{1,10}(?: [A-Za-z0-9]{1,10}){0,2}(?![A-Za-z0-9])/y

const passport = (start: number, value: string): SensitiveMatch => ({
  rule: 'pii.passport',
  kind: 'passport',
  start,
  end: start + value.length,
  redacted: maskAlnum(value, 2),
})

const checks = (field: string, digit: string | undefined): boolean =>
  digit === '<' ? /^<*$/.test(field) : String(mrzCheckDigit(field)) === digit

export function findPassports(text: string, labels: LabelsFound = findLabels(text)): SensitiveMatch[] {
  const out: SensitiveMatch[] = []
  // Every MRZ has a `<<` filler or name separator.
  if (text.includes('<<')) {
    for (const m of matchesOf(TD3_DATA, text)) if (td3Valid(m[0])) out.push(passport(m.index, m[0]))
    for (const m of matchesOf(TD1_DATA, text))
      if (checks(m[0].slice(0, 6), m[0][6]) && checks(m[0].slice(8, 14), m[0][14])) out.push(passport(m.index, m[0]))
    for (const m of matchesOf(TD3_NAME, text)) if (m[0].length === 44) out.push(passport(m.index, m[0]))
  }
  for (const word of PASSPORT_LABELS) {
    for (const at of labels.at(word)) {
      LABEL.lastIndex = at
      const label = LABEL.exec(text)
      if (!label) continue
      NUMBER.lastIndex = at + label[0].length
      const value = passportNumber(NUMBER.exec(text)?.[0] ?? '')
      if (value) out.push(passport(at + label[0].length, value))
    }
  }
  return out
}

/** The leading groups that form a passport number: 6–12 characters, digits in the last group. */
function passportNumber(candidate: string): string | undefined {
  const groups: string[] = []
  for (const group of candidate.split(' ')) {
    if (!/[0-9]/.test(group) && (group.length > 2 || groups.length > 0)) break
    groups.push(group)
  }
  const value = groups.join(' ')
  const compact = value.replace(/ /g, '')
  return compact.length >= 6 && compact.length <= 12 && /[0-9]/.test(groups[groups.length - 1] ?? '') ? value : undefined
}

/** TD3 line 2: number(9)+check, nationality, birth(6)+check, sex, expiry(6)+check, optional(14)+check, composite. */
function td3Valid(line: string): boolean {
  const composite = line.slice(0, 10) + line.slice(13, 20) + line.slice(21, 43)
  return (
    checks(line.slice(0, 9), line[9]) &&
    checks(line.slice(13, 19), line[19]) &&
    checks(line.slice(21, 27), line[27]) &&
    checks(composite, line[43])
  )
}
