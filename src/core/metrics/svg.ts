// A small self-contained SVG: one panel per template, prompt tokens (or USD per call) and
// accuracy over merged PRs, each line on its own scale (left axis cost, right axis 0..1).
// Hand-written markup, no fonts or scripts; every text node is XML-escaped.
import { niceMax } from './mermaid.js'
import type { MetricsPoint, TemplateSeries } from './over-time.js'

const WIDTH = 640
const PANEL = 200
const PAD = { left: 64, right: 48, top: 36, bottom: 32 }
const COST_COLOR = '#0969da'
const ACCURACY_COLOR = '#1a7f37'

export function renderSvg(series: readonly TemplateSeries[]): string {
  const height = Math.max(1, series.length) * PANEL
  const panels = series.length
    ? series.map((s, i) => panel(s, i * PANEL)).join('\n')
    : `<text x="${WIDTH / 2}" y="${PANEL / 2}" text-anchor="middle">No templates with metrics on the audit branch</text>`
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" font-family="sans-serif" font-size="11">`,
    `<title>PromptOps: per-template cost and accuracy over time</title>`,
    `<rect width="${WIDTH}" height="${height}" fill="#ffffff"/>`,
    panels,
    '</svg>',
    '',
  ].join('\n')
}

function panel(s: TemplateSeries, top: number): string {
  const tokens = s.points.some((p) => p.inputTokens !== null)
  const cost = (p: MetricsPoint): number | null => (tokens ? p.inputTokens : p.usdPerCall)
  const costMax = niceMax(Math.max(0, ...s.points.map((p) => cost(p) ?? 0)))
  const x0 = PAD.left
  const x1 = WIDTH - PAD.right
  const y0 = top + PANEL - PAD.bottom
  const y1 = top + PAD.top
  const n = s.points.length
  const x = (i: number): number => (n === 1 ? (x0 + x1) / 2 : x0 + ((x1 - x0) * i) / (n - 1))
  const y = (v: number, max: number): number => y0 - ((y0 - y1) * v) / max
  const line = (value: (p: MetricsPoint) => number | null, max: number, color: string): string => {
    const pts = s.points.flatMap((p, i) => {
      const v = value(p)
      return v === null ? [] : [`${fix(x(i))},${fix(y(v, max))}`]
    })
    if (pts.length === 0) return ''
    const dots = pts.map((pt) => `<circle cx="${pt.split(',')[0]}" cy="${pt.split(',')[1]}" r="2.5" fill="${color}"/>`).join('')
    return `<polyline fill="none" stroke="${color}" stroke-width="2" points="${pts.join(' ')}"/>${dots}`
  }
  const labels = s.points.map((p, i) => `<text x="${fix(x(i))}" y="${y0 + 14}" text-anchor="middle">#${p.pr}</text>`).join('')
  return [
    `<g>`,
    `<text x="${x0}" y="${top + 16}" font-size="13" font-weight="bold">${esc(s.path)}</text>`,
    `<line x1="${x0}" y1="${y0}" x2="${x1}" y2="${y0}" stroke="#d0d7de"/><line x1="${x0}" y1="${y1}" x2="${x0}" y2="${y0}" stroke="#d0d7de"/><line x1="${x1}" y1="${y1}" x2="${x1}" y2="${y0}" stroke="#d0d7de"/>`,
    `<text x="${x0 - 6}" y="${y1 + 4}" text-anchor="end" fill="${COST_COLOR}">${esc(tokens ? String(costMax) : `$${costMax}`)}</text><text x="${x0 - 6}" y="${y0}" text-anchor="end" fill="${COST_COLOR}">0</text>`,
    `<text x="${x1 + 6}" y="${y1 + 4}" fill="${ACCURACY_COLOR}">1.0</text><text x="${x1 + 6}" y="${y0}" fill="${ACCURACY_COLOR}">0</text>`,
    `<text x="${x1}" y="${top + 16}" text-anchor="end"><tspan fill="${COST_COLOR}">${tokens ? 'input tokens' : 'USD per call'}</tspan> · <tspan fill="${ACCURACY_COLOR}">accuracy</tspan></text>`,
    line(cost, costMax, COST_COLOR),
    line((p) => p.accuracy, 1, ACCURACY_COLOR),
    labels,
    `</g>`,
  ].join('\n')
}

const fix = (n: number): string => String(Math.round(n * 10) / 10)

/** XML text and attribute escaping. */
export const esc = (s: string): string =>
  s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '?').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
