// Per-template cost and accuracy over time, from the audit records (one point per merged
// PR that changed the template). Renames are followed: a series carries its latest path.
import type { AuditRecord } from '../audit/record.schema.js'
import { ACCURACY_METRIC, ACCURACY_SAMPLES_METRIC } from './findings.js'

export interface MetricsPoint {
  seq: number
  mergedAt: string
  pr: number
  mergeCommit: string
  inputTokens: number | null
  usdPerCall: number | null
  accuracy: number | null
  samples: number | null
}

export interface TemplateSeries {
  /** The latest path. */
  path: string
  /** Earlier paths (renames), oldest first. */
  aliases: string[]
  points: MetricsPoint[]
}

/** Series in path order; with `template`, only the series that has (or had) that path. */
export function metricsOverTime(records: readonly AuditRecord[], filter: { template?: string } = {}): TemplateSeries[] {
  const byPath = new Map<string, TemplateSeries>()
  for (const record of [...records].sort((a, b) => a.predicate.seq - b.predicate.seq)) {
    const p = record.predicate
    for (const t of p.templates) {
      if (t.digest === null) continue
      const series = (t.oldPath ? take(byPath, t.oldPath) : undefined) ??
        take(byPath, t.path) ?? { path: t.path, aliases: [], points: [] }
      if (series.path !== t.path) series.aliases.push(series.path)
      series.path = t.path
      series.points.push({
        seq: p.seq,
        mergedAt: p.mergedAt,
        pr: p.pr.number,
        mergeCommit: p.mergeCommit,
        inputTokens: t.metrics.inputTokens ?? null,
        usdPerCall: t.metrics.usdPerCall ?? null,
        accuracy: t.metrics[ACCURACY_METRIC] ?? null,
        samples: t.metrics[ACCURACY_SAMPLES_METRIC] ?? null,
      })
      byPath.set(t.path, series)
    }
  }
  const all = [...byPath.values()].sort((a, b) => a.path.localeCompare(b.path))
  const wanted = filter.template
  return wanted === undefined ? all : all.filter((s) => s.path === wanted || s.aliases.includes(wanted))
}

function take(map: Map<string, TemplateSeries>, path: string): TemplateSeries | undefined {
  const series = map.get(path)
  map.delete(path)
  return series
}

const HEADER = ['merged at', 'PR', 'input tokens', 'USD/call', 'accuracy', 'samples']

/** A plain text table per template. */
export function renderMetricsTable(series: readonly TemplateSeries[]): string {
  if (series.length === 0) return 'no templates with metrics on the audit branch\n'
  return series
    .map((s) => `${s.path}${s.aliases.length ? ` (was ${s.aliases.join(', ')})` : ''}\n${table(s.points.map(row))}`)
    .join('\n')
}

function row(p: MetricsPoint): string[] {
  return [
    p.mergedAt.slice(0, 16).replace('T', ' '),
    `#${p.pr}`,
    p.inputTokens === null ? '-' : String(p.inputTokens),
    usd(p.usdPerCall),
    p.accuracy === null ? '-' : p.accuracy.toFixed(3),
    p.samples === null ? '-' : String(p.samples),
  ]
}

function table(rows: string[][]): string {
  const widths = HEADER.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)))
  const cell = (c: string, i: number): string => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))
  const line = (cells: string[]): string => `  ${cells.map(cell).join('  ')}`.trimEnd()
  return `${[line(HEADER), ...rows.map(line)].join('\n')}\n`
}

export const usd = (n: number | null): string => (n === null ? '-' : `$${n.toFixed(n < 0.01 ? 6 : 4)}`)

export function renderMetricsJson(series: readonly TemplateSeries[]): string {
  return `${JSON.stringify({ templates: series }, null, 2)}\n`
}
