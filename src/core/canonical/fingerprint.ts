// Content fingerprints for findings, as code scanning fingerprints alerts: a hash of the rule
// and of what was found, never of the line number. A suppression names one, so moving the
// accepted text keeps it accepted and putting anything else in its place does not.
//   - secrets and PII: the rule and the matched value, canonical (so `＠` and `@` agree);
//   - every other finding: the rule, its evidence and the canonical content of its line,
//     whitespace collapsed (re-indenting is not a new finding).
// A fingerprint is one-way but not secret: a short value (a 9-digit id) can be confirmed by
// anyone who can guess it. It is shown where the finding is, which is where the file is.
import { createHash } from 'node:crypto'
import { canonicalString } from './canonical-string.js'

const VERSION = 'promptops-fingerprint-v1'
const LENGTH = 20

const hash = (...parts: string[]): string => createHash('sha256').update([VERSION, ...parts].join('\u0000')).digest('hex').slice(0, LENGTH)

export function valueFingerprint(rule: string, value: string): string {
  return hash(rule, 'value', value)
}

export function lineFingerprint(rule: string, line: string, evidence: string | undefined): string {
  const content = canonicalString(line).text.replace(/\s+/g, ' ').trim()
  return hash(rule, 'line', content, evidence ?? '')
}

export const FINGERPRINT = new RegExp(`^[0-9a-f]{${LENGTH}}$`)
