// Mermaid `xychart-beta` line charts (GitHub renders them in markdown): per template, one
// chart of prompt tokens (or USD per call when tokens are missing) and one of accuracy.
// Axes differ in scale, so they are separate charts rather than two lines on one.
import type { MetricsPoint, TemplateSeries } from './over-time.js'

interface Metric {
  label: string
  value: (p: MetricsPoint) => number | null
  range?: [number, number]
}

const TOKENS: Metric = { label: 'input tokens', value: (p) => p.inputTokens }
const COST: Metric = { label: 'USD per call', value: (p) => p.usdPerCall }
const ACCURACY: Metric = { label: 'accuracy', value: (p) => p.accuracy, range: [0, 1] }

/** Markdown: a heading and fenced mermaid blocks per template. */
export function renderMermaid(series: readonly TemplateSeries[]): string {
  if (series.length === 0) return 'No templates with metrics on the audit branch.\n'
  return series.map(templateCharts).join('\n')
}

export function templateCharts(s: TemplateSeries): string {
  const cost = s.points.some((p) => p.inputTokens !== null) ? TOKENS : COST
  const charts = [cost, ACCURACY].map((m) => chart(s.path, s.points, m)).filter((c): c is string => c !== null)
  const body = charts.length ? charts.map((c) => `\`\`\`mermaid\n${c}\`\`\`\n`).join('\n') : '_No metrics recorded._\n'
  return `### ${inline(s.path)}\n\n${body}`
}

/** One chart, or null when no point has the metric. */
export function chart(path: string, points: readonly MetricsPoint[], metric: Metric): string | null {
  const shown = points.flatMap((p) => {
    const v = metric.value(p)
    return v === null ? [] : [{ x: `#${p.pr}`, v }]
  })
  if (shown.length === 0) return null
  const values = shown.map((s) => s.v)
  const [lo, hi] = metric.range ?? [0, niceMax(Math.max(...values))]
  return [
    'xychart-beta',
    `  title "${quote(`${path}: ${metric.label}`)}"`,
    `  x-axis [${shown.map((s) => `"${quote(s.x)}"`).join(', ')}]`,
    `  y-axis "${metric.label}" ${lo} --> ${hi}`,
    `  line [${values.map(round).join(', ')}]`,
    '',
  ].join('\n')
}

/** A round upper bound a little above the maximum (1, 2, 5 × 10^k). */
export function niceMax(max: number): number {
  if (!(max > 0)) return 1
  const target = max * 1.1
  const base = 10 ** Math.floor(Math.log10(target))
  const step = [1, 2, 5, 10].find((m) => m * base >= target) ?? 10
  return round(step * base)
}

const round = (n: number): number => Number(n.toPrecision(6))

/** Mermaid strings end at `"`; paths are user-controlled, so keep them plain. */
const quote = (s: string): string => s.replace(/["\n\r`]/g, "'").slice(0, 200)

/** Markdown heading text: a code span that cannot be broken out of. */
const inline = (s: string): string => `\`${s.replace(/[`\n\r]/g, "'")}\``
