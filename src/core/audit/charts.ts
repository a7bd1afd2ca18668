// Charts on the audit branch's index pages, as Mermaid `xychart-beta` blocks (GitHub renders
// them in markdown): per template, cost and accuracy over its recorded changes; on the root
// page, the review SLA by month. Pure functions of the records, so verify regenerates them.
import { chart, niceMax } from '../metrics/mermaid.js'
import { metricsOverTime } from '../metrics/over-time.js'
import type { AuditRecord } from './record.schema.js'

/** A chart shows at most this many points (the newest); the tables beside them list everything. */
const MAX_POINTS = 50
const MONTHS = 12

/** The cost (input tokens, else USD per call) and accuracy charts of one template's records. */
export function templateChartBlocks(templatePath: string, records: readonly AuditRecord[]): string[] {
  const series = metricsOverTime(records, { template: templatePath })[0]
  if (!series) return []
  const points = series.points.slice(-MAX_POINTS)
  const cost = points.some((p) => p.inputTokens !== null)
    ? { label: 'input tokens', value: (p: (typeof points)[number]) => p.inputTokens }
    : { label: 'USD per call', value: (p: (typeof points)[number]) => p.usdPerCall }
  const accuracy = { label: 'accuracy', value: (p: (typeof points)[number]) => p.accuracy, range: [0, 1] as [number, number] }
  return [cost, accuracy].flatMap((metric) => {
    const text = chart(templatePath, points, metric)
    return text === null ? [] : [fence(text)]
  })
}

export interface SlaMonth {
  month: string
  records: number
  /** Records that carry an SLA outcome. */
  tracked: number
  breaches: number
  /** Median hours from the review clock's start to the first review, one decimal. */
  medianHours: number | null
}

/** The last twelve months that have records, oldest first. */
export function slaByMonth(records: readonly AuditRecord[]): SlaMonth[] {
  const months = new Map<string, { records: number; tracked: number; breaches: number; hours: number[] }>()
  for (const r of records) {
    const key = r.predicate.mergedAt.slice(0, 7)
    const m = months.get(key) ?? { records: 0, tracked: 0, breaches: 0, hours: [] }
    m.records++
    const sla = r.predicate.sla
    if (sla) {
      m.tracked++
      if (sla.breached) m.breaches++
      if (sla.startedAt && sla.firstReviewAt)
        m.hours.push((Date.parse(sla.firstReviewAt) - Date.parse(sla.startedAt)) / 3_600_000)
    }
    months.set(key, m)
  }
  return [...months.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .slice(-MONTHS)
    .map(([month, m]) => {
      return { month, records: m.records, tracked: m.tracked, breaches: m.breaches, medianHours: median(m.hours) }
    })
}

function median(values: number[]): number | null {
  if (values.length === 0) return null
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  const upper = sorted[mid] as number // values is not empty
  const value = sorted.length % 2 === 1 ? upper : ((sorted[mid - 1] as number) + upper) / 2
  return Math.round(value * 10) / 10
}

/** The SLA table and its two charts (breaches, median hours to first review), or nothing without SLA data. */
export function slaSection(records: readonly AuditRecord[]): string[] {
  const months = slaByMonth(records)
  if (!months.some((m) => m.tracked > 0)) return []
  const rows = months.map((m) => `| ${m.month} | ${m.records} | ${m.tracked} | ${m.breaches} | ${m.medianHours ?? '—'} |`)
  const x = months.map((m) => `"${m.month}"`).join(', ')
  const breaches = months.map((m) => m.breaches)
  const hours = months.map((m) => m.medianHours ?? 0)
  const charts = [
    [
      'xychart-beta',
      '  title "Review SLA breaches per month"',
      `  x-axis [${x}]`,
      `  y-axis "breaches" 0 --> ${niceMax(Math.max(...breaches))}`,
      `  bar [${breaches.join(', ')}]`,
      '',
    ].join('\n'),
    [
      'xychart-beta',
      '  title "Median hours to first review"',
      `  x-axis [${x}]`,
      `  y-axis "hours" 0 --> ${niceMax(Math.max(...hours))}`,
      `  line [${hours.join(', ')}]`,
      '',
    ].join('\n'),
  ]
  return [
    '## Review SLA by month',
    '',
    '| Month | Records | With an SLA | Breaches | Median hours to first review |',
    '|---|---:|---:|---:|---:|',
    ...rows,
    '',
    ...charts.map(fence),
  ]
}

function fence(body: string): string {
  return `\`\`\`mermaid\n${body}\`\`\`\n`
}
