// National identifiers beyond the US/UK/IN/FR set (national-id.ts). Each counts only with
// its structure and check character, and where the structure alone is weak (nine or ten
// plain digits) also with its label right before it (`BSN`, `PESEL`, `NHS number`).
import type { SensitiveMatch } from '../../redact/sensitive-match.js'
import { maskAlnum } from '../../redact/mask.js'
import {
  bsnValid,
  chineseIdValid,
  codiceFiscaleValid,
  hongKongIdValid,
  cpfValid,
  belgianNationalNumberValid,
  chileanRutValid,
  danishCprDateValid,
  ean13Valid,
  irishPpsValid,
  finnishIdValid,
  koreanRrnValid,
  nhsValid,
  norwegianIdValid,
  peselValid,
  portugueseNifValid,
  singaporeIdValid,
  spanishIdValid,
  taiwanIdValid,
  tfnValid,
} from './id-checksums.js'
import { luhnValid } from './checksums.js'
import { findLabels, type LabelsFound } from './labels.js'
import { matchesOf } from '../../text.js'

interface IdPattern {
  kind: string
  /** Anchored: tested on whole candidate tokens (see idTokens). */
  token?: RegExp
  /** Global: run over the text, only where `label` occurs. */
  regex?: RegExp
  /** Validates the identifier without separators. */
  valid(compact: string): boolean
  /** Required label right before the match: one of these LABEL words. */
  label?: readonly string[]
}

const LABEL_WINDOW = 40
/** `<label>["'][ no.|number|#][:=|]["']` ending right before an identifier (a JSON key, a table cell). */
const LABEL =
  /\b(cpf|nhs|national health service|pesel|sin|social insurance|tfn|tax file|bsn|burgerservicenummer|sofi|pan|permanent account|nif|contribuinte|cpr|rut|pps)["']?[ \t]{0,3}(?:no\.?|nr\.?|number|num|#)?[ \t]{0,3}[:=#|]?[ \t]{0,3}["']?$/i
const label = (...words: string[]): readonly string[] => words

const ID_PATTERNS: readonly IdPattern[] = [
  { kind: 'es-dni', token: /^[0-9]{8}-?[A-Z]$/, valid: spanishIdValid },
  { kind: 'es-nie', token: /^[XYZ]-?[0-9]{7}-?[A-Z]$/, valid: spanishIdValid },
  {
    kind: 'it-fiscal-code',
    token: /^[A-Z]{6}[0-9LMNPQRSTUV]{2}[ABCDEHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]$/,
    valid: codiceFiscaleValid,
  },
  { kind: 'sg-nric', token: /^[STFGM][0-9]{7}[A-Z]$/, valid: singaporeIdValid },
  { kind: 'cn-resident-id', token: /^[1-9][0-9]{16}[0-9X]$/, valid: chineseIdValid },
  { kind: 'br-cpf', token: /^[0-9]{3}\.[0-9]{3}\.[0-9]{3}-[0-9]{2}$/, valid: cpfValid },
  { kind: 'fi-hetu', token: /^[0-9]{6}[-+A-FU-Y][0-9]{3}[0-9A-Y]$/, valid: finnishIdValid },
  { kind: 'tw-national-id', token: /^[A-Z][12][0-9]{8}$/, valid: taiwanIdValid },
  // A date and two check digits: about one random eleven-digit number in three thousand passes.
  { kind: 'no-national-id', token: /^[0-7][0-9][01][0-9]{8}$/, valid: norwegianIdValid },
  { kind: 'kr-rrn', token: /^[0-9]{6}-[1-4][0-9]{6}$/, valid: koreanRrnValid },
  // Round 29: Chile's RUT/RUN (`18.631.237-6`, mod-11 check character), Belgium's national
  // number (`76.03.18-005.05`, birth date and mod-97), Switzerland's AHV number (`756.…`, EAN-13),
  // written with their dots.
  { kind: 'cl-rut', token: /^[0-9]{1,2}\.[0-9]{3}\.[0-9]{3}-[0-9Kk]$/, valid: chileanRutValid },
  { kind: 'be-national-number', token: /^[0-9]{2}\.[0-9]{2}\.[0-9]{2}-[0-9]{3}\.[0-9]{2}$/, valid: belgianNationalNumberValid },
  { kind: 'ch-ahv', token: /^756\.[0-9]{4}\.[0-9]{4}\.[0-9]{2}$/, valid: ean13Valid },
  { kind: 'us-itin', token: /^9[0-9]{2}-(?:5[0-9]|6[0-5]|7[0-9]|8[0-8]|9[0-24-9])-[0-9]{4}$/, valid: () => true },
  { kind: 'br-cpf', regex: /(?<![0-9])[0-9]{11}(?![0-9])/g, valid: cpfValid, label: label('cpf') },
  {
    kind: 'uk-nhs',
    regex: /(?<![0-9])[0-9]{3}[ -]?[0-9]{3}[ -]?[0-9]{4}(?![0-9])/g,
    valid: nhsValid,
    label: label('nhs', 'national health service'),
  },
  { kind: 'pl-pesel', regex: /(?<![0-9])[0-9]{11}(?![0-9])/g, valid: peselValid, label: label('pesel') },
  {
    kind: 'ca-sin',
    regex: /(?<![0-9])[0-9]{3}[ -]?[0-9]{3}[ -]?[0-9]{3}(?![0-9])/g,
    valid: luhnValid,
    label: label('sin', 'social insurance'),
  },
  {
    kind: 'au-tfn',
    regex: /(?<![0-9])[0-9]{3}[ -]?[0-9]{3}[ -]?[0-9]{3}(?![0-9])/g,
    valid: tfnValid,
    label: label('tfn', 'tax file'),
  },
  {
    kind: 'pt-nif',
    regex: /(?<![0-9])[0-9]{9}(?![0-9])/g,
    valid: portugueseNifValid,
    label: label('nif', 'contribuinte'),
  },
  { kind: 'nl-bsn', regex: /(?<![0-9])[0-9]{9}(?![0-9])/g, valid: bsnValid, label: label('bsn', 'burgerservicenummer', 'sofi') },
  // Round 29: the same numbers without their dots, and others whose digits alone are too
  // common, after their short labels: RUT, Denmark's CPR (a birth date and four digits; its
  // check digit was given up in 2007), Ireland's PPS number (mod-23 check letter).
  {
    kind: 'cl-rut',
    regex: /(?<![0-9.])[0-9]{1,2}\.?[0-9]{3}\.?[0-9]{3}-?[0-9Kk](?![0-9A-Za-z])/g,
    valid: chileanRutValid,
    label: label('rut'),
  },
  { kind: 'dk-cpr', regex: /(?<![0-9])[0-9]{6}-?[0-9]{4}(?![0-9])/g, valid: danishCprDateValid, label: label('cpr') },
  { kind: 'ie-pps', regex: /(?<![A-Za-z0-9])[0-9]{7}[A-W][A-IW]?(?![A-Za-z0-9])/g, valid: irishPpsValid, label: label('pps') },
  {
    kind: 'in-pan',
    regex: /(?<![A-Za-z0-9])[A-Z]{3}[ABCFGHLJPT][A-Z][0-9]{4}[A-Z](?![A-Za-z0-9])/g,
    valid: () => true,
    label: label('pan', 'permanent account'),
  },
]

/** Letters and digits, upper case (a RUT's check `k`). */
const compact = (value: string): string => value.toUpperCase().replace(/[^0-9A-Z]/g, '')

const TOKEN_PATTERNS = ID_PATTERNS.filter((p) => p.token)
const LABELLED_PATTERNS = ID_PATTERNS.filter((p) => p.regex)

export function findInternationalIds(text: string, labels: LabelsFound = findLabels(text)): SensitiveMatch[] {
  const out: SensitiveMatch[] = []
  const found = (kind: string, start: number, raw: string) =>
    out.push({ rule: 'pii.national-id', kind, start, end: start + raw.length, redacted: maskAlnum(raw, 2) })
  for (const t of idTokens(text)) {
    const pattern = TOKEN_PATTERNS.find((p) => p.token?.test(t.value) && p.valid(compact(t.value)))
    if (pattern) found(pattern.kind, t.start, t.value)
  }
  for (const hk of hongKongIds(text)) found('hk-identity-card', hk.start, hk.value)
  // A labelled id follows its label closely: only the text right after each label is read.
  for (const pattern of LABELLED_PATTERNS) {
    const seen = new Set<number>()
    for (const word of pattern.label ?? []) {
      for (const at of labels.at(word)) {
        const window = text.slice(at, at + LABEL_WINDOW + 20)
        for (const m of matchesOf(pattern.regex ?? /$^/g, window)) {
          const start = at + m.index
          if (seen.has(start) || !pattern.valid(compact(m[0]))) continue
          if (!pattern.label?.includes(labelBefore(text, start) ?? '')) continue
          seen.add(start)
          found(pattern.kind, start, m[0])
        }
      }
    }
  }
  return out
}

const MAX_TOKEN = 20
/** Every candidate holds a run of two digits or more; the native regex finds those fast. */
const DIGIT_RUN = /[0-9]{2,}/g
const isTokenChar = (c: number): boolean =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 45 || c === 46 || c === 43

/**
 * Candidate identifiers: maximal runs of letters, digits, `-`, `.`, `+` (edge punctuation
 * trimmed) of 9–20 characters with six digits or more, found around each run of digits.
 */
function* idTokens(text: string): Generator<{ start: number; value: string }> {
  let covered = 0
  for (const m of matchesOf(DIGIT_RUN, text)) {
    if (m.index < covered) continue
    let start = m.index
    while (start > 0 && m.index - start <= MAX_TOKEN && isTokenChar(text.charCodeAt(start - 1))) start--
    let end = m.index + m[0].length
    while (end < text.length && end - start <= MAX_TOKEN && isTokenChar(text.charCodeAt(end))) end++
    covered = end
    if (isTokenChar(text.charCodeAt(start - 1)) || isTokenChar(text.charCodeAt(end))) continue
    while (start < end && '-.+'.includes(text[start] ?? '')) start++
    while (end > start && '-.+'.includes(text[end - 1] ?? '')) end--
    if (end - start < 9 || end - start > MAX_TOKEN) continue
    const value = text.slice(start, end)
    if ((value.match(/[0-9]/g)?.length ?? 0) >= 6) yield { start, value }
  }
}

const HK_ID = /^[A-Za-z]{1,2}[0-9]{6}$/

/** `A123456(3)`, `AB987654[A]`: the check character in brackets after six digits, found from each bracket. */
function* hongKongIds(text: string): Generator<{ start: number; value: string }> {
  for (const open of ['(', '[']) {
    for (let at = text.indexOf(open); at !== -1; at = text.indexOf(open, at + 1)) {
      const close = text[at + 2]
      if (close !== (open === '(' ? ')' : ']') || !/[0-9Aa]/.test(text[at + 1] ?? '')) continue
      const letters = /[A-Za-z]/.test(text[at - 8] ?? '') ? 2 : 1
      const start = at - 6 - letters
      const head = text.slice(Math.max(0, start), at)
      if (start < 0 || !HK_ID.test(head) || /[A-Za-z0-9]/.test(text[start - 1] ?? '')) continue
      const compact = `${head}${text[at + 1] ?? ''}`.toUpperCase()
      if (hongKongIdValid(compact)) yield { start, value: text.slice(start, at + 3) }
    }
  }
}

function labelBefore(text: string, at: number): string | undefined {
  return LABEL.exec(text.slice(Math.max(0, at - LABEL_WINDOW), at))?.[1]?.toLowerCase()
}
