// Renders the real-world figures: console and the markdown block in docs/detectors.md.
import type { Figures } from './summary.js'
import { figures, groupBy } from './summary.js'
import type { CaseResult } from './run.js'

const pct = (x: number): string => `${(100 * x).toFixed(1)}%`
const HEAD = [
  'set',
  'templates',
  'benign high/critical',
  'share',
  'false alarms',
  'real',
  'unlabelled',
  'commits',
  'low/med/high/crit',
  'unjustified critical',
]

function row(name: string, f: Figures): string[] {
  const levels = `${f.commitLevels.low}/${f.commitLevels.medium}/${f.commitLevels.high}/${f.commitLevels.critical}`
  return [
    name,
    String(f.templates),
    String(f.benignHighOrCritical),
    pct(f.benignHighShare),
    String(f.falseAlarms),
    String(f.realFindings),
    String(f.unlabelled),
    String(f.commits),
    levels,
    String(f.unjustifiedCriticalCommits),
  ]
}

function table(rows: string[][], markdown: boolean): string {
  if (markdown) {
    const line = (cells: string[]): string => `| ${cells.join(' | ')} |`
    return [line(HEAD), line(HEAD.map((_, i) => (i === 0 ? '---' : '---:'))), ...rows.map(line)].join('\n')
  }
  const widths = HEAD.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)))
  const fmt = (cells: string[]): string =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ')
  return [fmt(HEAD), ...rows.map(fmt)].join('\n')
}

function rows(cases: readonly CaseResult[]): { splits: string[][]; repos: string[][] } {
  return {
    splits: [...groupBy(cases, (c) => c.split).map(([k, f]) => row(k, f)), row('all', figures(cases))],
    repos: groupBy(cases, (c) => `${c.split}: ${c.repo}`).map(([k, f]) => row(k, f)),
  }
}

/** High/critical findings without a hand label, and those labelled false (what to fix next). */
function open(cases: readonly CaseResult[], verdict: 'unlabelled' | 'false-alarm', limit: number): string[] {
  return cases
    .flatMap((c) =>
      c.findings
        .filter((f) => f.verdict === verdict)
        .map(
          (f) =>
            `${verdict === 'unlabelled' ? 'UNLABELLED' : 'false alarm'} ${f.key} (${f.severity}): ${f.message.slice(0, 120)}`,
        ),
    )
    .slice(0, limit)
}

/**
 * The figures, then what to look at: unlabelled findings (every split: they need a label), and
 * the false alarms of the dev split. The test split's false alarms are what tuning must not read,
 * so they are counted but listed only with `showTest` (`--show-test-misses`).
 */
export function renderRealworldConsole(cases: readonly CaseResult[], limit = 40, showTest = false): string {
  const r = rows(cases)
  const listed = showTest ? cases : cases.filter((c) => c.split !== 'test')
  const hiddenAlarms = showTest
    ? 0
    : cases
        .filter((c) => c.split === 'test')
        .reduce((n, c) => n + c.findings.filter((f) => f.verdict === 'false-alarm').length, 0)
  return [
    table(r.splits, false),
    '',
    table(r.repos, false),
    '',
    ...open(cases, 'unlabelled', limit),
    ...open(listed, 'false-alarm', limit),
    ...(hiddenAlarms > 0 ? [`${hiddenAlarms} test-split false alarms not listed (--show-test-misses)`] : []),
  ].join('\n')
}

export function renderRealworldMarkdown(cases: readonly CaseResult[]): string {
  const r = rows(cases)
  return [
    table(r.splits, true),
    '',
    '<details><summary>by source repository</summary>',
    '',
    table(r.repos, true),
    '',
    '</details>',
  ].join('\n')
}
