import { describe, expect, it } from '@jest/globals'
import { defaultConfig } from '../../../src/core/config/parse-config.js'
import { aggregateScore, findingGroups } from '../../../src/core/scoring/aggregate.js'
import type { Finding, Level } from '../../../src/core/types.js'

const f = (path: string, severity: Level, extra: Partial<Finding> = {}): Finding => ({
  category: 'model',
  rule: 'model.changed',
  severity,
  message: 'Model changed',
  path,
  line: 2,
  evidence: 'model: "a" → "b"',
  ...extra,
})

describe('aggregateScore', () => {
  const config = defaultConfig()
  it('is the highest template level, never a sum over templates', () => {
    const units = Array.from({ length: 17 }, (_, i) => ({ path: `p/${i}.prompt`, level: 'medium' as const, score: 20 }))
    expect(aggregateScore(units, [], config)).toMatchObject({ level: 'medium', score: 20 })
  })
  it('counts governance files and other non-template findings per file', () => {
    const policy = f('.github/CODEOWNERS', 'critical', {
      category: 'policy',
      rule: 'policy.governance-file-changed',
      evidence: undefined,
    })
    const result = aggregateScore([{ path: 'a.prompt', level: 'low', score: 0 }], [policy], config)
    expect(result).toMatchObject({ level: 'critical', score: 75 })
    expect(result.explanation[0]).toContain('.github/CODEOWNERS')
  })
  it('is low with nothing counted', () => {
    expect(aggregateScore([{ path: 'a', level: 'low', score: 0 }], [], config)).toMatchObject({
      level: 'low',
      score: 0,
      explanation: ['no counted findings'],
    })
  })
})

describe('findingGroups', () => {
  it('groups one change repeated across files and leaves informational findings out', () => {
    const groups = findingGroups([
      f('a.prompt', 'medium'),
      f('b.prompt', 'medium'),
      f('c.prompt', 'medium', { evidence: 'model: "a" → "c"' }),
      f('d.prompt', 'high', { informational: true }),
    ])
    expect(groups).toEqual([
      expect.objectContaining({ rule: 'model.changed', count: 2, paths: ['a.prompt', 'b.prompt'], severity: 'medium' }),
      expect.objectContaining({ count: 1, paths: ['c.prompt'] }),
    ])
  })
})
