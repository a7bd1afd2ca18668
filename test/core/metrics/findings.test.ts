// Accuracy regressions against the last merged value: tolerance edges, previous values from
// audit records (renames followed), and the attachAccuracy / withFindings shell helpers.
import { describe, expect, it } from '@jest/globals'
import { defaultConfig } from '../../../src/core/config/parse-config.js'
import {
  accuracyFindings,
  attachAccuracy,
  METRICS_RULES,
  num,
  previousAccuracy,
  previousForTemplates,
  renderAccuracyMarkdown,
  signed,
  withFindings,
  type EvalSummary,
} from '../../../src/core/metrics/index.js'
import type { Report, TemplateReport } from '../../../src/core/report/types.js'
import { records, t } from './audit-records.js'

const config = defaultConfig()
const summary = (accuracy: number, samples = 120): EvalSummary => ({
  template: 'x',
  accuracy,
  samples,
  source: 'promptfoo',
  file: 'evals/promptfoo.json',
  line: 1,
})
const P = 'prompts/support/triage.prompt.yml'

describe('accuracyFindings', () => {
  it.each<[string, number, number, number, boolean]>([
    ['a drop beyond the tolerance', 0.91, 0.86, 0.02, true],
    ['a drop of exactly the tolerance (float noise ignored)', 0.93, 0.91, 0.02, false],
    ['a drop inside the tolerance', 0.9, 0.89, 0.02, false],
    ['an improvement', 0.8, 0.95, 0.02, false],
    ['any drop with zero tolerance', 0.9, 0.899, 0, true],
    ['no change with zero tolerance', 0.9, 0.9, 0, false],
  ])('%s', (_name, before, after, tolerance, raised) => {
    const findings = accuracyFindings(new Map([[P, summary(after)]]), new Map([[P, before]]), {
      accuracy: { ...config.accuracy, tolerance },
    })
    expect(findings.length).toBe(raised ? 1 : 0)
  })

  it('says what dropped, by how much, against what tolerance, on how many samples', () => {
    const [finding] = accuracyFindings(new Map([[P, summary(0.86)]]), new Map([[P, 0.91]]), {
      accuracy: { results: [], tolerance: 0.02, severity: 'critical' },
    })
    expect(finding).toEqual({
      category: 'model',
      rule: 'model.accuracy-regression',
      severity: 'critical',
      message: 'accuracy 0.91 → 0.86 (−0.05, tolerance 0.02) on 120 samples',
      path: P,
      line: 1,
      evidence: 'promptfoo: evals/promptfoo.json',
    })
  })

  it('raises nothing without a previous value or without samples', () => {
    expect(accuracyFindings(new Map([[P, summary(0.1)]]), new Map(), config)).toEqual([])
    expect(accuracyFindings(new Map([[P, summary(0.1, 0)]]), new Map([[P, 0.9]]), config)).toEqual([])
  })

  it('registers its rule under the model category', () => {
    expect(METRICS_RULES.map((r) => [r.id, r.category, r.severity])).toEqual([['model.accuracy-regression', 'model', 'high']])
  })

  it.each<[number, string]>([
    [0.9, '0.90'],
    [0.905, '0.905'],
    [1, '1.00'],
    [0.86, '0.86'],
    [0.123456, '0.123'],
  ])('num(%p) = %p', (n, s) => expect(num(n)).toBe(s))
  it.each<[number, string]>([
    [-0.05, '−0.05'],
    [0.02, '+0.02'],
    [1e-12, '±0.00'],
  ])('signed(%p) = %p', (n, s) => expect(signed(n)).toBe(s))
})

describe('previousAccuracy', () => {
  const log = records([
    { pr: 1, templates: [t(P, { inputTokens: 300, accuracy: 0.9 }), t('prompts/a.txt', { accuracy: 0.7 })] },
    { pr: 2, templates: [t(P, { inputTokens: 320, accuracy: 0.93 })] },
    { pr: 3, templates: [t(P, { inputTokens: 340 })] },
    { pr: 4, templates: [t('prompts/b.txt', { accuracy: 0.8 }, 'prompts/a.txt')] },
    { pr: 5, templates: [t('prompts/c.txt', { inputTokens: 10 }, 'prompts/b.txt')] },
  ])

  it('takes the latest record that has accuracy, following renames back', () => {
    expect(previousAccuracy(log, [P, 'prompts/c.txt', 'prompts/b.txt', 'prompts/new.txt'])).toEqual(
      new Map([
        [P, 0.93],
        ['prompts/c.txt', 0.8],
        ['prompts/b.txt', 0.8],
      ]),
    )
  })

  it('keys values by head path for templates the PR renames', () => {
    expect(
      previousForTemplates(log, [{ path: 'prompts/d.txt', oldPath: 'prompts/c.txt' }, { path: P }, { path: 'prompts/new.txt' }]),
    ).toEqual(
      new Map([
        ['prompts/d.txt', 0.8],
        [P, 0.93],
      ]),
    )
  })

  it('is empty for an empty log', () => {
    expect(previousAccuracy([], [P])).toEqual(new Map())
  })
})

function report(paths: Array<[string, string | null]>): Report {
  const templates = paths.map(
    ([path, head]) =>
      ({
        path,
        status: head ? 'modified' : 'removed',
        format: 'github-models',
        level: 'low',
        score: 0,
        explanation: [],
        findings: [],
        linesAdded: 1,
        linesRemoved: 0,
        cost: { before: null, after: null },
        variables: { added: [], removed: [], renamed: [] },
        modelChanges: [],
        provenance: {},
        owners: [],
        digest: { base: 'b', head },
      }) as TemplateReport,
  )
  return {
    version: 1,
    level: 'low',
    score: 0,
    explanation: ['no counted findings'],
    counts: {
      templates: templates.length,
      findings: 0,
      informational: 0,
      byCategory: {},
      byLevel: { low: 0, medium: 0, high: 0, critical: 0 },
    },
    templates,
    findings: [],
    groups: [],
    policyFiles: [],
    ignored: [],
  }
}

describe('attachAccuracy', () => {
  const now = new Date('2026-11-24T12:00:00Z')
  const summaries: EvalSummary[] = [
    { template: 'Support ticket triage', accuracy: 0.75, samples: 4, source: 'gh-models', file: 'evals/gh.json', line: 2 },
    {
      template: '/runner/prompts/legal/disclaimer.txt',
      accuracy: 0.5,
      samples: 10,
      source: 'promptfoo',
      file: 'evals/pf.json',
      line: 9,
    },
    { template: 'prompts/retired/legacy.txt', accuracy: 0.5, samples: 10, source: 'promptops', file: 'evals/po.json', line: 4 },
  ]
  const previous = new Map([
    [P, 0.9],
    ['prompts/legal/disclaimer.txt', 0.9],
  ])
  const templates = [{ path: P, name: 'Support ticket triage' }, { path: 'prompts/legal/disclaimer.txt' }]

  it('raises findings on changed templates only, and reports every mapped value and warning', () => {
    const out = attachAccuracy(report([[P, 'h']]), summaries, previous, config, { now, templates })
    expect(out.findings.map((f) => [f.path, f.rule, f.severity, f.message])).toEqual([
      [P, 'model.accuracy-regression', 'high', 'accuracy 0.90 → 0.75 (−0.15, tolerance 0.02) on 4 samples'],
    ])
    expect(out.metricsByPath).toEqual({
      'prompts/legal/disclaimer.txt': { accuracy: 0.5, previous: 0.9, samples: 10, source: 'promptfoo', file: 'evals/pf.json' },
      [P]: { accuracy: 0.75, previous: 0.9, samples: 4, source: 'gh-models', file: 'evals/gh.json' },
    })
    expect(out.warnings).toEqual([
      'evals/po.json:4: eval results for "prompts/retired/legacy.txt" match no governed template (by path or by name)',
    ])
  })

  it('without the template list, maps to the report templates (names unknown)', () => {
    const out = attachAccuracy(report([[P, 'h']]), summaries, previous, config, { now })
    expect(Object.keys(out.metricsByPath)).toEqual([])
    expect(out.warnings).toHaveLength(3)
  })

  it('skips removed templates and applies rule overrides and suppressions', () => {
    expect(attachAccuracy(report([[P, null]]), summaries, previous, config, { now, templates }).findings).toEqual([])
    const off = { ...config, rules: { 'model.accuracy-regression': 'off' as const } }
    expect(attachAccuracy(report([[P, 'h']]), summaries, previous, off, { now, templates }).findings).toEqual([])
    const suppressed = {
      ...config,
      suppressions: [{ rule: 'model.accuracy-regression', path: P, reason: 'new eval set, baseline reset' }],
    }
    expect(
      attachAccuracy(report([[P, 'h']]), summaries, previous, suppressed, { now, templates }).findings[0]?.suppressed,
    ).toEqual({ reason: 'new eval set, baseline reset' })
  })

  it('withFindings folds findings into the report and rescores it', () => {
    const base = report([
      [P, 'h'],
      ['prompts/legal/disclaimer.txt', 'h'],
    ])
    const { findings } = attachAccuracy(base, summaries, previous, config, { now, templates })
    const merged = withFindings(base, findings, config)
    expect(merged.level).toBe('high')
    expect(merged.counts).toMatchObject({ findings: 2, byCategory: { model: 2 }, byLevel: { high: 2 } })
    expect(merged.templates.map((x) => [x.path, x.level, x.findings.length])).toEqual([
      [P, 'high', 1],
      ['prompts/legal/disclaimer.txt', 'high', 1],
    ])
    expect(withFindings(base, [], config)).toBe(base)
  })
})

describe('renderAccuracyMarkdown', () => {
  it('shows each value next to the last merged one, flagging drops beyond the tolerance', () => {
    const md = renderAccuracyMarkdown(
      {
        'prompts/a|b.txt': { accuracy: 0.86, previous: 0.91, samples: 120, source: 'promptfoo', file: 'e.json' },
        [P]: { accuracy: 0.95, previous: null, samples: 40, source: 'gh-models', file: 'g.json' },
        'prompts/c.txt': { accuracy: 0.9, previous: 0.91, samples: 10, source: 'promptops', file: 'p.json' },
      },
      0.02,
    )
    expect(md.split('\n')).toEqual([
      '| template | accuracy | last merged | change | samples | source |',
      '|---|---:|---:|---|---:|---|',
      '| `prompts/a\\|b.txt` | 0.86 | 0.91 | −0.05 ⚠️ | 120 | `promptfoo` |',
      `| \`${P}\` | 0.95 | — | first measurement | 40 | \`gh-models\` |`,
      '| `prompts/c.txt` | 0.90 | 0.91 | −0.01 | 10 | `promptops` |',
      '',
      'Tolerance: a drop of more than 0.02 is a `model.accuracy-regression` finding.',
      '',
    ])
    expect(renderAccuracyMarkdown({}, 0.02)).toBe('')
  })
})
