// Metrics over time from audit records, and the table / JSON / mermaid / SVG renderers.
import { describe, expect, it } from '@jest/globals'
import {
  metricsOverTime,
  niceMax,
  renderMermaid,
  renderMetricsJson,
  renderMetricsTable,
  renderSvg,
} from '../../../src/core/metrics/index.js'
import { records, t } from './audit-records.js'

const P = 'prompts/support/triage.prompt.yml'
const log = records([
  {
    pr: 3,
    templates: [
      t(P, { inputTokens: 412, usdPerCall: 0.0000618, score: 12, accuracy: 0.93, accuracySamples: 120 }),
      t('prompts/a.txt', { inputTokens: 50, score: 0 }),
    ],
  },
  { pr: 7, templates: [t(P, { inputTokens: 530, usdPerCall: 0.0000795, score: 40, accuracy: 0.88, accuracySamples: 120 })] },
  {
    pr: 9,
    templates: [
      t('prompts/b.txt', { inputTokens: 60, score: 0 }, 'prompts/a.txt'),
      { path: 'prompts/gone.txt', digest: null, metrics: {} },
    ],
  },
  { pr: 12, templates: [t(P, { inputTokens: 498, usdPerCall: 0.0000747, score: 5 })] },
])

describe('metricsOverTime', () => {
  it('gives one series per template, points in merge order, renames followed', () => {
    const series = metricsOverTime(log)
    expect(series.map((s) => [s.path, s.aliases, s.points.map((p) => p.pr)])).toEqual([
      ['prompts/b.txt', ['prompts/a.txt'], [3, 9]],
      [P, [], [3, 7, 12]],
    ])
    expect(series[1]!.points[0]).toEqual({
      seq: 1,
      mergedAt: '2026-11-03T10:00:00Z',
      pr: 3,
      mergeCommit: log[0]!.predicate.mergeCommit,
      inputTokens: 412,
      usdPerCall: 0.0000618,
      accuracy: 0.93,
      samples: 120,
    })
    expect(series[1]!.points[2]).toMatchObject({ accuracy: null, samples: null })
  })

  it.each<[string, string, string[]]>([
    ['the current path', P, [P]],
    ['an old path of a renamed template', 'prompts/a.txt', ['prompts/b.txt']],
    ['an unknown path', 'prompts/none.txt', []],
  ])('filters by %s', (_name, template, want) => {
    expect(metricsOverTime(log, { template }).map((s) => s.path)).toEqual(want)
  })
})

describe('renderers', () => {
  const series = metricsOverTime(log)

  it('renders a text table per template', () => {
    expect(renderMetricsTable(metricsOverTime(log, { template: P }))).toBe(
      [
        'prompts/support/triage.prompt.yml',
        '  merged at          PR  input tokens   USD/call  accuracy  samples',
        '  2026-11-03 10:00   #3           412  $0.000062     0.930      120',
        '  2026-11-07 10:00   #7           530  $0.000079     0.880      120',
        '  2026-11-12 10:00  #12           498  $0.000075         -        -',
        '',
      ].join('\n'),
    )
    expect(renderMetricsTable(series)).toContain('prompts/b.txt (was prompts/a.txt)\n')
    expect(renderMetricsTable([])).toBe('no templates with metrics on the audit branch\n')
  })

  it('renders JSON with every point', () => {
    const json = JSON.parse(renderMetricsJson(series)) as { templates: Array<{ path: string; points: unknown[] }> }
    expect(json.templates.map((s) => [s.path, s.points.length])).toEqual([
      ['prompts/b.txt', 2],
      [P, 3],
    ])
  })

  it('renders mermaid xychart-beta charts: tokens, and accuracy where recorded', () => {
    const md = renderMermaid(metricsOverTime(log, { template: P }))
    expect(md).toBe(
      [
        '### `prompts/support/triage.prompt.yml`',
        '',
        '```mermaid',
        'xychart-beta',
        '  title "prompts/support/triage.prompt.yml: input tokens"',
        '  x-axis ["#3", "#7", "#12"]',
        '  y-axis "input tokens" 0 --> 1000',
        '  line [412, 530, 498]',
        '```',
        '',
        '```mermaid',
        'xychart-beta',
        '  title "prompts/support/triage.prompt.yml: accuracy"',
        '  x-axis ["#3", "#7"]',
        '  y-axis "accuracy" 0 --> 1',
        '  line [0.93, 0.88]',
        '```',
        '',
      ].join('\n'),
    )
    expect(renderMermaid([])).toBe('No templates with metrics on the audit branch.\n')
  })

  it('charts USD per call when tokens are missing, and nothing when no metric is there', () => {
    const costOnly = records([
      { pr: 1, templates: [t('p.txt', { usdPerCall: 0.00004 })] },
      { pr: 2, templates: [t('q.txt', { score: 3 })] },
    ])
    const md = renderMermaid(metricsOverTime(costOnly))
    expect(md).toContain('y-axis "USD per call" 0 --> 0.00005')
    expect(md).toContain('### `q.txt`\n\n_No metrics recorded._\n')
  })

  it('keeps user-controlled paths from breaking out of mermaid and markdown', () => {
    // As read from a branch someone else wrote (buildRecord keeps paths on one line).
    const hostile = records([{ pr: 1, templates: [t('prompts/placeholder.txt', { inputTokens: 5 })] }])
    hostile[0]!.predicate.templates[0]!.path = 'prompts/x"]\n`evil`.txt'
    const md = renderMermaid(metricsOverTime(hostile))
    expect(md).toContain("### `prompts/x\"]''evil'.txt`")
    expect(md).toContain("title \"prompts/x']''evil'.txt: input tokens\"")
  })

  it('renders a self-contained SVG with escaped text', () => {
    const hostile = records([
      { pr: 1, templates: [t('prompts/<script>&.txt', { inputTokens: 5, accuracy: 0.5 })] },
      { pr: 2, templates: [t('prompts/<script>&.txt', { inputTokens: 9, accuracy: 0.7 })] },
    ])
    const svg = renderSvg([...series, ...metricsOverTime(hostile)])
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" width="640" height="600"')).toBe(true)
    expect(svg.trimEnd().endsWith('</svg>')).toBe(true)
    expect(svg).not.toContain('<script>')
    expect(svg).toContain('prompts/&#60;script&#62;&#38;.txt')
    expect(svg.match(/<polyline /g)).toHaveLength(5)
    expect(svg).not.toMatch(/NaN|Infinity|undefined/)
    expect(renderSvg([])).toContain('No templates with metrics')
  })

  it.each<[number, number]>([
    [0, 1],
    [412, 500],
    [530, 1000],
    [0.0000795, 0.0001],
    [1, 2],
    [95, 200],
  ])('niceMax(%p) = %p', (max, want) => {
    expect(niceMax(max)).toBe(want)
  })
})
