// Renders evaluation results: a console table and the markdown block for docs/detectors.md.
import { wilson, type Scores } from './metrics.js'
import type { CategoryResult, Miss } from './run.js'

const pct = (x: number): string => x.toFixed(3)
const HEAD = ['category', 'samples', 'TP', 'FP', 'FN', 'TN', 'precision', 'recall', 'F1', 'precision 95% CI', 'recall 95% CI', 'false alarms']

const interval = ([lo, hi]: [number, number]): string => `${lo.toFixed(2)}–${hi.toFixed(2)}`

function row(name: string, s: Scores): string[] {
  const counts = [String(s.samples), String(s.tp), String(s.fp), String(s.fn), String(s.tn)]
  const ci = [interval(wilson(s.tp, s.tp + s.fp)), interval(wilson(s.tp, s.tp + s.fn))]
  // Share of negatives flagged: the figure that matters for benign-only groups (real templates).
  const falseAlarms = s.fp + s.tn === 0 ? '–' : pct(s.fp / (s.fp + s.tn))
  return [name, ...counts, pct(s.precision), pct(s.recall), pct(s.f1), ...ci, falseAlarms]
}

function markdownTable(head: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`
  return [line(head), line(head.map((_, i) => (i === 0 ? '---' : '---:'))), ...rows.map(line)].join('\n')
}

function consoleTable(head: string[], rows: string[][]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)))
  const fmt = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ')
  return [fmt(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(fmt)].join('\n')
}

function missLine(m: Miss): string {
  const fired = m.kind === 'FP' && m.fired.length > 0 ? ` → ${m.fired.join(', ')}` : ''
  const label = [m.source, m.rule].filter(Boolean).join(' / ')
  const note = m.note ? ` [${m.note}]` : ''
  return `${m.kind} ${m.id} (${label})${fired}: ${m.preview}${note}`
}

/** Misses shown per category: false negatives first (missed findings), then false positives. */
export function worstMisses(result: CategoryResult, limit: number): Miss[] {
  const fns = result.misses.filter((m) => m.kind === 'FN')
  const fps = result.misses.filter((m) => m.kind === 'FP')
  return [...fns.slice(0, limit), ...fps.slice(0, limit)]
}

export function renderConsole(results: readonly CategoryResult[], missLimit = 8): string {
  const out = [consoleTable(HEAD, results.map((r) => row(r.category, r.scores))), '']
  for (const r of results) {
    out.push(`${r.category} by rule/source:`)
    out.push(consoleTable(['  group', ...HEAD.slice(1)], r.groups.map((g) => row(`  ${g.group}`, g.scores))), '')
  }
  for (const r of results) {
    const shown = worstMisses(r, missLimit)
    out.push(`${r.category}: ${r.misses.length} misclassified${shown.length < r.misses.length ? ` (showing ${shown.length})` : ''}`)
    out.push(...shown.map((m) => `  ${missLine(m)}`), '')
  }
  return out.join('\n')
}

const escapeCell = (s: string): string => s.replace(/\|/g, '\\|').replace(/`/g, "'")

export function renderMarkdown(results: readonly CategoryResult[], missLimit = 6): string {
  const out = [markdownTable(HEAD, results.map((r) => row(r.category, r.scores))), '']
  for (const r of results) {
    out.push(`<details><summary>${r.category}: by rule / source</summary>`, '')
    out.push(markdownTable(['group', ...HEAD.slice(1)], r.groups.map((g) => row(g.group, g.scores))), '', '</details>', '')
  }
  out.push('Worst misses (previews are redacted: long tokens and digit runs keep a 2–3 character prefix, toxic words are masked):', '')
  for (const r of results) {
    const shown = worstMisses(r, missLimit)
    if (shown.length === 0) continue
    out.push(`- **${r.category}** (${r.misses.length} misclassified)`)
    out.push(...shown.map((m) => `  - ${escapeCell(missLine(m))}`))
  }
  return out.join('\n')
}
