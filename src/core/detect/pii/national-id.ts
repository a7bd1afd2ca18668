// National identifiers with a checkable structure:
// - US SSN `AAA-GG-SSSS`: area not 000/666/900-999, group not 00, serial not 0000; the two
//   numbers the SSA voided after they were printed as examples (078-05-1120, 219-09-9999)
//   are skipped. Bare 9 digits count only after an "SSN"/"social security" label.
// - UK NINO `AB 12 34 56 C`: allowed prefix letters, no BG/GB/KN/NK/NT/TN/ZZ, suffix A-D.
// - Indian Aadhaar: 12 digits, first 2-9, Verhoeff check digit; grouped 4-4-4, or bare after
//   an "Aadhaar"/"UID" label.
// - French NIR: sex, year, month, department (2A/2B), commune, order, mod-97 key.
import type { SensitiveMatch } from '../../redact/sensitive-match.js'
import { maskAlnum, maskDigits } from '../../redact/mask.js'
import { nirKeyValid, verhoeffValid } from './checksums.js'
import { matchesOf } from '../../text.js'

const SSN = /(?<![0-9.-])([0-9]{3})([- .]?)([0-9]{2})\2([0-9]{4})(?![0-9.-])/g
// redos-bounded: label patterns only run on the ≤ 40 characters before a match (LABEL_WINDOW)
const SSN_LABEL = /(?:ssn|social security(?: number| no\.?)?|soc\. ?sec\.?)\s*(?:#|no\.?|number)?\s*[:=]?\s*["']?$/i
const NINO =
  /(?<![A-Za-z0-9])([A-CEGHJ-PR-TW-Z])([A-CEGHJ-NPR-TW-Z]) ?([0-9]{2}) ?([0-9]{2}) ?([0-9]{2}) ?([A-D])(?![A-Za-z0-9])/gi
const NINO_BANNED = new Set(['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ'])
const AADHAAR = /(?<![0-9][ -]?)([2-9][0-9]{3})([ -]?)([0-9]{4})\2([0-9]{4})(?![ -]?[0-9])/g
// redos-bounded: only run on the ≤ 40 characters before a match (LABEL_WINDOW)
const AADHAAR_LABEL = /(?:aadhaar|aadhar|uidai|uid)\s*(?:#|no\.?|number)?\s*[:=]?\s*["']?$/i
const NIR =
  /(?<![0-9A-Za-z])([1-478]) ?([0-9]{2}) ?(0[1-9]|1[0-2]|[2-9][0-9]) ?(2[AB]|[0-9]{2}) ?([0-9]{3}) ?([0-9]{3}) ?([0-9]{2})(?![0-9A-Za-z])/g
const LABEL_WINDOW = 40

const match = (kind: string, start: number, raw: string, redacted: string): SensitiveMatch => ({
  rule: 'pii.national-id',
  kind,
  start,
  end: start + raw.length,
  redacted,
})

const labelled = (text: string, at: number, label: RegExp) => label.test(text.slice(Math.max(0, at - LABEL_WINDOW), at))

export function isValidSsn(area: string, group: string, serial: string): boolean {
  if (area === '000' || area === '666' || area.startsWith('9')) return false
  if (group === '00' || serial === '0000') return false
  const ssn = area + group + serial
  return ssn !== '078051120' && ssn !== '219099999'
}

export function findSsns(text: string): SensitiveMatch[] {
  const out: SensitiveMatch[] = []
  for (const m of matchesOf(SSN, text)) {
    const [raw, area = '', sep = '', group = '', serial = ''] = m
    if (!isValidSsn(area, group, serial)) continue
    if (sep === '' && !labelled(text, m.index, SSN_LABEL)) continue
    out.push(match('us-ssn', m.index, raw, maskDigits(raw, 2)))
  }
  return out
}

export function findNinos(text: string): SensitiveMatch[] {
  const out: SensitiveMatch[] = []
  for (const m of matchesOf(NINO, text)) {
    const [raw, a = '', b = ''] = m
    // One case throughout: `AB 12 34 56 C` or `ab 12 34 56 c`, not `aB…`.
    const letters = raw.replace(/[^A-Za-z]/g, '')
    if (NINO_BANNED.has((a + b).toUpperCase()) || (letters !== letters.toUpperCase() && letters !== letters.toLowerCase()))
      continue
    out.push(match('uk-nino', m.index, raw, maskAlnum(raw, 1)))
  }
  return out
}

export function findAadhaars(text: string): SensitiveMatch[] {
  const out: SensitiveMatch[] = []
  for (const m of matchesOf(AADHAAR, text)) {
    const [raw, a = '', sep = '', b = '', c = ''] = m
    if (!verhoeffValid(a + b + c)) continue
    if (sep === '' && !labelled(text, m.index, AADHAAR_LABEL)) continue
    out.push(match('in-aadhaar', m.index, raw, maskDigits(raw, 2)))
  }
  return out
}

export function findNirs(text: string): SensitiveMatch[] {
  const out: SensitiveMatch[] = []
  for (const m of matchesOf(NIR, text)) {
    const [raw, sex = '', year = '', month = '', dept = '', commune = '', order = '', key = ''] = m
    if (!nirKeyValid(sex + year + month + dept + commune + order, key)) continue
    out.push(match('fr-nir', m.index, raw, maskAlnum(raw, 2)))
  }
  return out
}

export function findNationalIds(text: string): SensitiveMatch[] {
  return [...findSsns(text), ...findNinos(text), ...findAadhaars(text), ...findNirs(text)]
}
