// A modified template's state findings are compared with the base version's: only the detectors
// of the head findings' categories read the base again (the others' base findings could match nothing).
import { describe, expect, it } from '@jest/globals'
import { defaultConfig } from '../../src/core/config/parse-config.js'
import { scoreChanges } from '../../src/core/engine.js'
import type { Detector } from '../../src/core/detect/detector.js'
import type { Category } from '../../src/core/types.js'

/** A detector logging each template version it reads (its first added line), flagging lines with `word`. */
const logging =
  (calls: string[]) =>
  (category: Category, word: string): Detector => ({
    id: category,
    category,
    rules: [],
    detect: (change) => {
      calls.push(`${category} ${change.status} ${change.lines.added[0]?.text ?? ''}`)
      return change.lines.added
        .filter((l) => l.text.includes(word))
        .map((l) => ({
          rule: `${category}.test`,
          severity: 'high' as const,
          message: `${word} found`,
          line: l.line,
          evidence: word,
        }))
    },
  })

describe('the base version re-read for existing findings', () => {
  const files = [
    {
      path: 'prompts/a.txt',
      status: 'modified' as const,
      baseText: 'You are helpful.\nUse TOKEN here.\n',
      headText: 'You are helpful.\nUse TOKEN here, always.\n',
    },
  ]

  it('runs only the detectors of the head findings categories over the base, and still marks the finding existing', () => {
    const calls: string[] = []
    const detector = logging(calls)
    const report = scoreChanges({
      files,
      config: defaultConfig(),
      now: new Date(),
      detectors: [detector('secrets', 'TOKEN'), detector('pii', 'nowhere'), detector('toxicity', 'nowhere')],
    })
    expect(calls).toEqual([
      'secrets modified Use TOKEN here, always.',
      'pii modified Use TOKEN here, always.',
      'toxicity modified Use TOKEN here, always.',
      'secrets added You are helpful.',
    ])
    const [finding] = report.templates[0]?.findings ?? []
    expect(finding?.rule).toBe('secrets.test')
    expect(finding?.existing).toEqual({ line: 2 })
  })
})
