import { describe, expect, it } from '@jest/globals'
import { defaultConfig } from '../../../src/core/config/parse-config.js'
import { scoreFindings } from '../../../src/core/scoring/score.js'
import { applyConfig } from '../../../src/core/scoring/apply-config.js'
import { ConfigSchema } from '../../../src/core/config/config.schema.js'
import type { Finding, Level } from '../../../src/core/types.js'

const f = (severity: Level, extra: Partial<Finding> = {}): Finding => ({
  category: 'pii',
  rule: 'pii.email',
  severity,
  message: 'm',
  path: 'p',
  line: 1,
  ...extra,
})

describe('scoreFindings', () => {
  const config = defaultConfig()
  it.each<{ name: string; findings: Finding[]; level: Level; score: number }>([
    { name: 'nothing', findings: [], level: 'low', score: 0 },
    { name: 'one low', findings: [f('low')], level: 'low', score: 5 },
    { name: 'one critical', findings: [f('critical')], level: 'critical', score: 75 },
    {
      name: 'different mediums add up to high',
      findings: ['pii.email', 'pii.phone', 'pii.iban', 'pii.card-number'].map((rule) => f('medium', { rule })),
      level: 'high',
      score: 59,
    },
    {
      name: 'one rule firing four times is one group',
      findings: [f('medium', { line: 1 }), f('medium', { line: 2 }), f('medium', { line: 3 }), f('medium', { line: 4 })],
      level: 'medium',
      score: 20,
    },
    { name: 'a group takes its highest severity', findings: [f('low'), f('high', { line: 9 })], level: 'high', score: 45 },
    {
      name: 'suppressed and informational do not count',
      findings: [f('critical', { suppressed: { reason: 'because it is fine' } }), f('high', { informational: true })],
      level: 'low',
      score: 0,
    },
  ])('$name', ({ findings, level, score }) => {
    const result = scoreFindings(findings, config)
    expect(result.level).toBe(level)
    expect(result.score).toBe(score)
    expect(result.explanation.length).toBeGreaterThan(0)
  })
})

describe('applyConfig', () => {
  const rules = new Map()
  const draft = { rule: 'pii.email', severity: 'medium' as const, message: 'm', line: 3 }
  it('overrides severity, turns rules off, suppresses with reason and expiry', () => {
    const config = ConfigSchema.parse({
      rules: { 'pii.email': 'high', toxicity: 'off' },
      suppressions: [
        { rule: 'pii', path: 'legal/**', reason: 'public contact address required by law' },
        { rule: 'pii.email', reason: 'expired suppression here', until: '2020-01-01' },
      ],
    })
    const ctx = { config, rules, today: '2026-01-01' }
    expect(applyConfig('a.txt', 'pii', [draft], ctx)[0]).toMatchObject({ severity: 'high', category: 'pii', path: 'a.txt' })
    expect(applyConfig('a.txt', 'toxicity', [{ ...draft, rule: 'toxicity.slur' }], ctx)).toEqual([])
    expect(applyConfig('legal/x.txt', 'pii', [draft], ctx)[0]?.suppressed).toEqual({
      reason: 'public contact address required by law',
    })
  })
  it('never suppresses policy findings', () => {
    const config = ConfigSchema.parse({ suppressions: [{ rule: 'policy', reason: 'trying to hide the policy change' }] })
    const out = applyConfig(
      'CODEOWNERS',
      'policy',
      [{ rule: 'policy.governance-file-changed', severity: 'critical', message: 'm', line: 1 }],
      { config, rules, today: '2026-01-01' },
    )
    expect(out[0]?.suppressed).toBeUndefined()
  })
})
