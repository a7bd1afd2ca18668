// National identifiers beyond the US/UK/IN/FR set (national-id.ts). Each counts only with
// its structure and check character, and where the structure alone is weak (nine or ten
// plain digits) also with its label right before it (`BSN`, `PESEL`, `NHS number`).
import type { SensitiveMatch } from '../../redact/sensitive-match.js'
import { maskAlnum } from '../../redact/mask.js'
import {
  bsnValid,
  chineseIdValid,
  codiceFiscaleValid,
  cpfValid,
  finnishIdValid,
  koreanRrnValid,
  nhsValid,
  peselValid,
  singaporeIdValid,
  spanishIdValid,
  tfnValid,
} from './id-checksums.js'
import { luhnValid } from './checksums.js'

interface IdPattern {
  kind: string
  regex: RegExp
  /** Validates the identifier without separators. */
  valid(compact: string): boolean
  /** Required label right before the match: one of these LABEL words. */
  label?: readonly string[]
}

const LABEL_WINDOW = 40
/** `<label>[ no.|number|#][:=]["']` ending right before an identifier. */
const LABEL =
  /\b(cpf|nhs|national health service|pesel|sin|social insurance|tfn|tax file|bsn|burgerservicenummer|sofi|pan|permanent account)[ \t]{0,3}(?:no\.?|nr\.?|number|num|#)?[ \t]{0,3}[:=#]?[ \t]{0,3}["']?$/i
const label = (...words: string[]): readonly string[] => words

const ID_PATTERNS: readonly IdPattern[] = [
  { kind: 'es-dni', regex: /(?<![A-Za-z0-9])[0-9]{8}-?[A-Z](?![A-Za-z0-9])/g, valid: spanishIdValid },
  { kind: 'es-nie', regex: /(?<![A-Za-z0-9])[XYZ]-?[0-9]{7}-?[A-Z](?![A-Za-z0-9])/g, valid: spanishIdValid },
  {
    kind: 'it-fiscal-code',
    regex: /(?<![A-Za-z0-9])[A-Z]{6}[0-9LMNPQRSTUV]{2}[ABCDEHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z](?![A-Za-z0-9])/g,
    valid: codiceFiscaleValid,
  },
  { kind: 'sg-nric', regex: /(?<![A-Za-z0-9])[STFGM][0-9]{7}[A-Z](?![A-Za-z0-9])/g, valid: singaporeIdValid },
  { kind: 'cn-resident-id', regex: /(?<![A-Za-z0-9])[1-9][0-9]{16}[0-9X](?![A-Za-z0-9])/g, valid: chineseIdValid },
  { kind: 'br-cpf', regex: /(?<![0-9.])[0-9]{3}\.[0-9]{3}\.[0-9]{3}-[0-9]{2}(?![0-9])/g, valid: cpfValid },
  { kind: 'br-cpf', regex: /(?<![0-9])[0-9]{11}(?![0-9])/g, valid: cpfValid, label: label('cpf') },
  { kind: 'fi-hetu', regex: /(?<![A-Za-z0-9])[0-9]{6}[-+A-FU-Y][0-9]{3}[0-9A-Y](?![A-Za-z0-9])/g, valid: finnishIdValid },
  { kind: 'kr-rrn', regex: /(?<![0-9])[0-9]{6}-[1-4][0-9]{6}(?![0-9])/g, valid: koreanRrnValid },
  { kind: 'us-itin', regex: /(?<![0-9-])9[0-9]{2}-(?:5[0-9]|6[0-5]|7[0-9]|8[0-8]|9[0-24-9])-[0-9]{4}(?![0-9-])/g, valid: () => true },
  { kind: 'uk-nhs', regex: /(?<![0-9])[0-9]{3}[ -]?[0-9]{3}[ -]?[0-9]{4}(?![0-9])/g, valid: nhsValid, label: label('nhs', 'national health service') },
  { kind: 'pl-pesel', regex: /(?<![0-9])[0-9]{11}(?![0-9])/g, valid: peselValid, label: label('pesel') },
  { kind: 'ca-sin', regex: /(?<![0-9])[0-9]{3}[ -]?[0-9]{3}[ -]?[0-9]{3}(?![0-9])/g, valid: luhnValid, label: label('sin', 'social insurance') },
  { kind: 'au-tfn', regex: /(?<![0-9])[0-9]{3}[ -]?[0-9]{3}[ -]?[0-9]{3}(?![0-9])/g, valid: tfnValid, label: label('tfn', 'tax file') },
  { kind: 'nl-bsn', regex: /(?<![0-9])[0-9]{9}(?![0-9])/g, valid: bsnValid, label: label('bsn', 'burgerservicenummer', 'sofi') },
  { kind: 'in-pan', regex: /(?<![A-Za-z0-9])[A-Z]{3}[ABCFGHLJPT][A-Z][0-9]{4}[A-Z](?![A-Za-z0-9])/g, valid: () => true, label: label('pan', 'permanent account') },
]

export function findInternationalIds(text: string): SensitiveMatch[] {
  const out: SensitiveMatch[] = []
  for (const pattern of ID_PATTERNS) {
    for (const m of text.matchAll(pattern.regex)) {
      if (!pattern.valid(m[0].replace(/[^0-9A-Z]/g, ''))) continue
      if (pattern.label && !pattern.label.includes(labelBefore(text, m.index) ?? '')) continue
      out.push({ rule: 'pii.national-id', kind: pattern.kind, start: m.index, end: m.index + m[0].length, redacted: maskAlnum(m[0], 2) })
    }
  }
  return out
}

function labelBefore(text: string, at: number): string | undefined {
  return LABEL.exec(text.slice(Math.max(0, at - LABEL_WINDOW), at))?.[1]?.toLowerCase()
}
