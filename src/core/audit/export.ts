// Exports for auditors. CSV cells are guarded against formula injection (OWASP): a cell
// starting with = + - @ tab or CR gets a leading apostrophe, then RFC 4180 quoting.
import { canonicalJson } from './canonical-json.js'
import { recordHash } from './record.js'
import type { AuditRecord } from './record.schema.js'
import { approvers } from './markdown.js'
import { templatesOf } from './derive.js'

export interface ExportFilter {
  /** Inclusive lower bound on mergedAt (ISO time or date). */
  since?: string
  /** Inclusive upper bound on mergedAt; a bare date covers that whole day. */
  until?: string
  /** Only records touching this template path (as path or old path). */
  template?: string
}

export function filterRecords(records: readonly AuditRecord[], filter: ExportFilter = {}): AuditRecord[] {
  const since = filter.since === undefined ? -Infinity : Date.parse(filter.since)
  const until = filter.until === undefined ? Infinity : endOf(filter.until)
  if (Number.isNaN(since) || Number.isNaN(until)) throw new RangeError('export filter: since/until must be ISO dates')
  return records.filter((r) => {
    const t = Date.parse(r.predicate.mergedAt)
    return t >= since && t <= until && (filter.template === undefined || templatesOf(r).includes(filter.template))
  })
}

function endOf(value: string): number {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? Date.parse(`${value}T23:59:59.999Z`) : Date.parse(value)
}

export const CSV_COLUMNS = [
  'seq',
  'merged_at',
  'repository',
  'pr',
  'title',
  'author',
  'url',
  'level',
  'score',
  'templates',
  'approvers',
  'overrides',
  'findings',
  'config_digest',
  'base',
  'merge_commit',
  'record_hash',
] as const

function row(r: AuditRecord): Array<string | number> {
  const p = r.predicate
  return [
    p.seq,
    p.mergedAt,
    p.repository,
    p.pr.number,
    p.pr.title,
    p.pr.author,
    p.pr.url,
    p.level,
    p.score,
    p.templates.map((t) => t.path).join('; '),
    approvers(r).join('; '),
    p.overrides.map((o) => `${o.by}: ${o.reason}`).join('; '),
    p.findings.length,
    p.policy.configDigest,
    p.base,
    p.mergeCommit,
    recordHash(r),
  ]
}

/** Neutralises spreadsheet formulas, then quotes per RFC 4180 when needed. */
export function csvCell(value: string | number): string {
  let text = String(value)
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

export function exportCsv(records: readonly AuditRecord[], filter: ExportFilter = {}): string {
  const lines = [CSV_COLUMNS.join(','), ...filterRecords(records, filter).map((r) => row(r).map(csvCell).join(','))]
  return `${lines.join('\r\n')}\r\n`
}

/** One canonical-JSON record per line. */
export function exportJsonl(records: readonly AuditRecord[], filter: ExportFilter = {}): string {
  return filterRecords(records, filter)
    .map((r) => `${canonicalJson(r)}\n`)
    .join('')
}
