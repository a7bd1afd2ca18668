// How suppressions read in the PR comment and the terminal: entries a reviewer can copy into
// promptops.yml to accept a finding (bound to its fingerprint), and the configured
// suppressions that need attention (stale, unbound, expired).
import { counts } from '../scoring/score.js'
import type { Finding } from '../types.js'
import { safe } from './sanitize.js'
import type { Report, SuppressionStatus } from './types.js'

/** Entries offered per report; the JSON report has every fingerprint. */
const MAX_ENTRIES = 20
const ATTENTION = new Set<SuppressionStatus['status']>(['stale', 'unbound', 'expired'])

/** YAML for `suppressions:` accepting each counted finding, or null when there is none. */
export function suppressionEntries(report: Report): string | null {
  const acceptable = report.findings.filter((f) => counts(f) && f.category !== 'policy' && f.fingerprint !== undefined)
  if (acceptable.length === 0) return null
  const entries = acceptable.slice(0, MAX_ENTRIES).map(entry)
  const more =
    acceptable.length > MAX_ENTRIES
      ? [`# …and ${acceptable.length - MAX_ENTRIES} more: see \`fingerprint\` in the JSON report`]
      : []
  return ['suppressions:', ...entries, ...more].join('\n')
}

function entry(f: Finding): string {
  const about = plain(`L${f.line}: ${f.message}`).slice(0, 100)
  return [
    `  - rule: ${f.rule}`,
    `    path: ${JSON.stringify(f.path)}`,
    `    fingerprint: ${f.fingerprint}  # ${about}`,
    '    reason: "<why this is acceptable>"',
  ].join('\n')
}

/** Suppressions that need attention, one sentence each. */
export function suppressionsToReview(report: Report): string[] {
  return (report.suppressions ?? []).filter((s) => ATTENTION.has(s.status)).map(describe)
}

function describe(s: SuppressionStatus): string {
  const what = [`#${s.index + 1}`, s.rule, s.path, s.fingerprint, s.line === undefined ? undefined : `line ${s.line}`]
    .filter((x) => x !== undefined)
    .join(' ')
  const pick = (s.candidates ?? []).map((c) => `${c.fingerprint} (${c.path}:${c.line})`)
  const choose = pick.length > 0 ? `; findings now on that line: ${pick.join(', ')}` : ''
  return plain(`${what}: ${s.status} — ${s.note ?? ''}${choose}`)
}

/** One redacted line without backticks (the text goes into code spans and fences). */
const plain = (text: string): string => safe(text).replace(/[`\r\n]+/g, ' ')
