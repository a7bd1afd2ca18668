// Content fingerprints for findings, as code scanning fingerprints alerts: a hash of the rule
// and of what was found, never of the line number. A suppression names one, so moving the
// accepted text keeps it accepted and putting anything else in its place does not.
//   - secrets and PII: the rule and the matched value, canonical (so `＠` and `@` agree);
//   - other findings about text (injection, toxicity, guardrails): the rule, the evidence and
//     the canonical content of the line, whitespace collapsed (re-indenting changes nothing);
//   - findings about the file or a setting (model, cost, schema, provenance, …): the rule and
//     the evidence (`model: "a" → "b"`), or the message when there is none.
// A fingerprint is one-way but not secret: a short value (a 9-digit id) can be confirmed by
// anyone who can guess it. It is shown where the finding is, which is where the file is.
import { createHash } from 'node:crypto'
import type { FindingDraft, TemplateChange } from '../types.js'
import { splitLines } from '../diff/line-diff.js'
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

/** A fingerprint from what a finding says, for findings about the file rather than a line. */
export function evidenceFingerprint(rule: string, evidence: string | undefined, message: string): string {
  return hash(rule, 'evidence', evidence ?? message)
}

const ABOUT_TEXT = new Set(['secrets', 'pii', 'injection', 'toxicity', 'guardrails'])
const headLines = new WeakMap<TemplateChange, string[]>()

/** Fills in the fingerprint of every draft that has none, from the change's lines. */
export function fingerprintDrafts(change: TemplateChange, category: string, drafts: readonly FindingDraft[]): FindingDraft[] {
  return drafts.map((d) => {
    if (d.fingerprint !== undefined) return d
    if (!ABOUT_TEXT.has(d.category ?? category)) return { ...d, fingerprint: evidenceFingerprint(d.rule, d.evidence, d.message) }
    return { ...d, fingerprint: lineFingerprint(d.rule, lineOf(change, d.line, d.baseLine === true), d.evidence) }
  })
}

function lineOf(change: TemplateChange, line: number, base: boolean): string {
  if (base) return change.lines.removed.find((l) => l.line === line)?.text ?? ''
  let lines = headLines.get(change)
  if (lines === undefined) {
    lines = change.headText ? splitLines(change.headText) : []
    headLines.set(change, lines)
  }
  return lines[line - 1] ?? change.lines.added.find((l) => l.line === line)?.text ?? ''
}
