// `promptops report sla`: time to first review per template and per owner, and breaches,
// from the SLA outcomes recorded in the audit log.
import type { AuditRecord } from '../audit/record.schema.js'

export interface SlaRow {
  key: string
  reviews: number
  breaches: number
  medianHours: number | null
  p90Hours: number | null
}

export interface SlaReport {
  byTemplate: SlaRow[]
  byOwner: SlaRow[]
  /** Records without SLA data (no SLA configured, or recorded before SLAs were tracked). */
  untracked: number
}

export function slaReport(records: readonly AuditRecord[]): SlaReport {
  const byTemplate = new Map<string, Array<{ hours: number | null; breached: boolean }>>()
  const byOwner = new Map<string, Array<{ hours: number | null; breached: boolean }>>()
  let untracked = 0
  for (const r of records) {
    const sla = r.predicate.sla
    if (!sla) {
      untracked++
      continue
    }
    const hours =
      sla.startedAt && sla.firstReviewAt ? (Date.parse(sla.firstReviewAt) - Date.parse(sla.startedAt)) / 3_600_000 : null
    const sample = { hours, breached: sla.breached }
    for (const t of r.predicate.templates) push(byTemplate, t.path, sample)
    for (const o of sla.owners ?? []) push(byOwner, o, sample)
  }
  return { byTemplate: rows(byTemplate), byOwner: rows(byOwner), untracked }
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  map.set(key, [...(map.get(key) ?? []), value])
}

function rows(map: Map<string, Array<{ hours: number | null; breached: boolean }>>): SlaRow[] {
  return [...map]
    .map(([key, samples]) => {
      const hours = samples.flatMap((s) => (s.hours === null ? [] : [s.hours])).sort((a, b) => a - b)
      return {
        key,
        reviews: samples.length,
        breaches: samples.filter((s) => s.breached).length,
        medianHours: quantile(hours, 0.5),
        p90Hours: quantile(hours, 0.9),
      }
    })
    .sort((a, b) => b.breaches - a.breaches || a.key.localeCompare(b.key))
}

function quantile(sorted: number[], q: number): number | null {
  if (sorted.length === 0) return null
  const value = sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? 0
  return Math.round(value * 10) / 10
}

export function renderSlaReport(report: SlaReport): string {
  const table = (title: string, rows: SlaRow[]): string[] => [
    `${title}`,
    `  ${'reviews'.padStart(7)} ${'breaches'.padStart(8)} ${'median h'.padStart(9)} ${'p90 h'.padStart(7)}  key`,
    ...rows.map(
      (r) =>
        `  ${String(r.reviews).padStart(7)} ${String(r.breaches).padStart(8)} ${String(r.medianHours ?? '–').padStart(9)} ${String(r.p90Hours ?? '–').padStart(7)}  ${r.key}`,
    ),
  ]
  return [
    ...table('By template', report.byTemplate),
    '',
    ...table('By owner', report.byOwner),
    '',
    `${report.untracked} record(s) without SLA data`,
  ].join('\n')
}
