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
import type { FindingDraft, TemplateChange, TextLine } from '../types.js'
import { canonicalString } from './canonical-string.js'

const VERSION = 'promptops-fingerprint-v1'
const LENGTH = 20

const hash = (...parts: string[]): string =>
  createHash('sha256')
    .update([VERSION, ...parts].join('\u0000'))
    .digest('hex')
    .slice(0, LENGTH)

export function valueFingerprint(rule: string, value: string): string {
  return hash(rule, 'value', value)
}

export function lineFingerprint(rule: string, line: string, evidence: string | undefined): string {
  const content = canonicalString(line).text.replace(/\s+/g, ' ').trim()
  return hash(rule, 'line', content, evidence ?? '')
}

/** A fingerprint from what a finding says, for findings about the file rather than a line. */
export function evidenceFingerprint(rule: string, evidence: string | undefined, message: string): string {
  return hash(rule, 'evidence', evidence ?? message)
}

const ABOUT_TEXT = new Set(['secrets', 'pii', 'injection', 'toxicity', 'guardrails'])

/** Fills in the fingerprint of every draft that has none, from the change's lines. */
export function fingerprintDrafts(change: TemplateChange, category: string, drafts: readonly FindingDraft[]): FindingDraft[] {
  if (drafts.length === 0) return []
  return drafts.map((d) => {
    if (d.fingerprint !== undefined) return d
    if (!ABOUT_TEXT.has(d.category ?? category)) return { ...d, fingerprint: evidenceFingerprint(d.rule, d.evidence, d.message) }
    return { ...d, fingerprint: lineFingerprint(d.rule, lineOf(change, d.line, d.baseLine === true), d.evidence) }
  })
}

/** The text of a file line: from the changed lines when it is one (almost always), else the head text. */
function lineOf(change: TemplateChange, line: number, base: boolean): string {
  const changed = base ? change.lines.removed : change.lines.added
  const hit = changed[lastAtOrBefore(changed, line)]
  if (hit?.line === line) return hit.text
  if (base || !change.headText) return ''
  let start = 0
  for (let n = 1; n < line && start !== -1; n++) start = change.headText.indexOf('\n', start) + 1 || -1
  if (start === -1) return ''
  const end = change.headText.indexOf('\n', start)
  return change.headText.slice(start, end === -1 ? undefined : end).replace(/^\ufeff|\r$/g, '')
}

function lastAtOrBefore(lines: readonly TextLine[], line: number): number {
  let lo = 0
  let hi = lines.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if ((lines[mid]?.line ?? 0) <= line) lo = mid
    else hi = mid - 1
  }
  return lo
}
