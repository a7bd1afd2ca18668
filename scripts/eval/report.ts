// Renders evaluation results: a console table and the markdown block for docs/detectors.md.
// Headline figures are the test split (sources never tuned on), with 95 % Wilson intervals.
import type { Split } from './corpus.js'
import { intervals, type Scores } from './metrics.js'
import type { CategoryResult, Miss } from './run.js'

const pct = (x: number): string => x.toFixed(3)
const HEAD = ['category', 'samples', 'TP', 'FP', 'FN', 'TN', 'precision', 'recall', 'F1']
const CI_HEAD = ['samples', 'TP', 'FP', 'FN', 'TN', 'precision [95% CI]', 'recall [95% CI]']

function row(name: string, s: Scores): string[] {
  const counts = [String(s.samples), String(s.tp), String(s.fp), String(s.fn), String(s.tn)]
  const { precision, recall } = intervals(s)
  const cis = [ci(precision), ci(recall)]
  // Share of negatives flagged: the figure that matters for benign-only groups (real templates).
  const falseAlarms = s.fp + s.tn === 0 ? '–' : pct(s.fp / (s.fp + s.tn))
  return [name, ...counts, pct(s.precision), pct(s.recall), pct(s.f1), ...cis, falseAlarms]
}

const ci = ([lo, hi]: [number, number]): string => `[${lo.toFixed(2)}, ${hi.toFixed(2)}]`

function ciRow(cells: string[], s: Scores): string[] {
  const { precision, recall } = intervals(s)
  const counts = [String(s.samples), String(s.tp), String(s.fp), String(s.fn), String(s.tn)]
  return [...cells, ...counts, `${pct(s.precision)} ${ci(precision)}`, `${pct(s.recall)} ${ci(recall)}`]
}

function markdownTable(head: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`
  return [line(head), line(head.map((_, i) => (i === 0 ? '---' : '---:'))), ...rows.map(line)].join('\n')
}

function consoleTable(head: string[], rows: string[][]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)))
  const fmt = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ')
  return [fmt(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(fmt)].join('\n')
}

/** One row per category and split that has samples. */
function splitRows(results: readonly CategoryResult[], only?: Split): string[][] {
  return results.flatMap((r) =>
    Object.entries(r.splits)
      .filter(([split]) => only === undefined || split === only)
      .map(([split, s]) => ciRow([r.category, split], s)),
  )
}

/** Committed samples (always scored in CI) and referenced ones (read from mirrors). */
function originRows(results: readonly CategoryResult[]): string[][] {
  return results.flatMap((r) => Object.entries(r.origins).map(([origin, s]) => ciRow([r.category, origin], s)))
}

function sourceRows(results: readonly CategoryResult[]): string[][] {
  return results.flatMap((r) => r.sources.map((s) => ciRow([r.category, s.source, s.split], s.scores)))
}

/** One miss; `withText: false` leaves out the preview of a referenced sample (its text stays in its repository). */
function missLine(m: Miss, withText = true): string {
  const fired = m.kind === 'FP' && m.fired.length > 0 ? ` → ${m.fired.join(', ')}` : ''
  const label = [m.source, m.rule].filter(Boolean).join(' / ')
  const note = m.note ? ` [${m.note}]` : ''
  const text = withText || m.origin === 'committed' ? m.preview : '(referenced text, see the console output of `npm run eval`)'
  return `${m.kind} ${m.id} (${m.split}: ${label})${fired}: ${text}${note}`
}

/**
 * Misses shown per category: false negatives first (missed findings), then false positives.
 * Misses of held-out test sources are left out unless asked for: looking at them while tuning
 * would make the test split a dev split.
 */
export function worstMisses(result: CategoryResult, limit: number, showTest = false): Miss[] {
  const shown = result.misses.filter((m) => showTest || m.split !== 'test')
  const fns = shown.filter((m) => m.kind === 'FN')
  const fps = shown.filter((m) => m.kind === 'FP')
  return [...fns.slice(0, limit), ...fps.slice(0, limit)]
}

export function renderConsole(results: readonly CategoryResult[], missLimit = 8, showTest = false): string {
  const out = [consoleTable(['category', 'split', ...CI_HEAD], splitRows(results)), '']
  out.push(consoleTable(['category', 'source', 'split', ...CI_HEAD], sourceRows(results)), '')
  out.push(consoleTable(['category', 'stored', ...CI_HEAD], originRows(results)), '')
  for (const r of results) {
    out.push(`${r.category} by rule/source (all splits):`)
    out.push(
      consoleTable(
        ['  group', ...HEAD.slice(1)],
        r.groups.map((g) => row(`  ${g.group}`, g.scores)),
      ),
      '',
    )
  }
  for (const r of results) {
    const shown = worstMisses(r, missLimit, showTest)
    const hidden = showTest ? '' : `, test-split misses hidden (--show-test-misses)`
    out.push(
      `${r.category}: ${r.misses.length} misclassified${shown.length < r.misses.length ? ` (showing ${shown.length}${hidden})` : ''}`,
    )
    out.push(...shown.map((m) => `  ${missLine(m)}`), '')
  }
  return out.join('\n')
}

const escapeCell = (s: string): string => s.replace(/\|/g, '\\|').replace(/`/g, "'")

export function renderMarkdown(results: readonly CategoryResult[], missLimit = 6): string {
  const out = [
    '**Test split** (held-out sources, never tuned on):',
    '',
    markdownTable(['category', 'split', ...CI_HEAD], splitRows(results, 'test')),
    '',
  ]
  out.push('All splits:', '', markdownTable(['category', 'split', ...CI_HEAD], splitRows(results)), '')
  out.push('Per source:', '', markdownTable(['category', 'source', 'split', ...CI_HEAD], sourceRows(results)), '')
  out.push(
    'Committed samples (always scored in CI) and referenced ones (texts read from mirrors):',
    '',
    markdownTable(['category', 'stored', ...CI_HEAD], originRows(results)),
    '',
  )
  for (const r of results) {
    out.push(`<details><summary>${r.category}: by rule / source (all splits)</summary>`, '')
    out.push(
      markdownTable(
        ['group', ...HEAD.slice(1)],
        r.groups.map((g) => row(g.group, g.scores)),
      ),
      '',
      '</details>',
      '',
    )
  }
  out.push(
    'Worst misses (previews are redacted: long tokens and digit runs keep a 2–3 character prefix, toxic words are masked; referenced samples are shown by id only):',
    '',
  )
  for (const r of results) {
    const shown = worstMisses(r, missLimit)
    if (shown.length === 0) continue
    out.push(`- **${r.category}** (${r.misses.length} misclassified; held-out test misses not listed)`)
    out.push(...shown.map((m) => `  - ${escapeCell(missLine(m, false))}`))
  }
  return out.join('\n')
}
