// README "Risk report" promises, end to end through the engine: the PR level is the highest
// template level; one change repeated across templates is one finding group; JSON templates
// of every common shape are scanned (a planted key is found).
import { describe, expect, it } from '@jest/globals'
import { defaultConfig } from '../../src/core/config/parse-config.js'
import { scoreChanges } from '../../src/core/engine.js'
import type { FileChange } from '../../src/core/types.js'

const config = defaultConfig()
const now = new Date('2026-01-01T00:00:00Z')
// Assembled at run time so no key-shaped literal sits in the repository.
const AWS_KEY = ['AKIA', 'Z7QW', 'M2XN', 'R4TB', 'K9PL'].join('')

describe('aggregation', () => {
  it('seventeen templates with the same model swap make a medium PR with one finding group', () => {
    const doc = (model: string) => `---\nmodel: googleai/${model}\n---\nTell a joke about {{subject}}.\n`
    const files: FileChange[] = Array.from({ length: 17 }, (_, i) => ({
      path: `prompts/p${i}.prompt`,
      status: 'modified',
      baseText: doc('gemini-1.5-flash'),
      headText: doc('gemini-2.5-flash'),
    }))
    const report = scoreChanges({ files, config, now })
    expect(report.level).toBe('medium')
    const swap = report.groups.filter((g) => g.rule === 'model.changed')
    expect(swap).toEqual([expect.objectContaining({ count: 17, severity: 'medium' })])
    expect(swap[0]?.paths).toHaveLength(17)
  })
  it('nine medium JSON templates scanned together stay medium', () => {
    const text = JSON.stringify({ messages: [{ role: 'user', content: 'Summarise {{document}}' }] }, null, 2)
    const files: FileChange[] = Array.from({ length: 9 }, (_, i) => ({
      path: `prompts/t${i}.json`,
      status: 'added',
      baseText: null,
      headText: text,
    }))
    const report = scoreChanges({ files, config, now })
    expect(report.templates.every((t) => t.level === 'medium')).toBe(true)
    expect(report.level).toBe('medium')
  })
  it('informational findings are not in counts.byLevel', () => {
    const report = scoreChanges({
      files: [
        {
          path: 'prompts/a.prompt.yml',
          status: 'added',
          baseText: null,
          headText: 'model: openai/gpt-4o\nmessages:\n  - role: user\n    content: hi\n',
        },
      ],
      config,
      now,
    })
    const informational = report.findings.filter((f) => f.informational).length
    expect(informational).toBeGreaterThan(0)
    expect(Object.values(report.counts.byLevel).reduce((a, b) => a + b, 0)).toBe(report.counts.findings)
    expect(report.counts.informational).toBe(informational)
  })
})

describe('JSON template shapes are governed', () => {
  it('a key planted in a LangChain _type: prompt file is found', () => {
    const text = JSON.stringify(
      { _type: 'prompt', input_variables: ['question'], template: `Use key ${AWS_KEY} to answer {question}.` },
      null,
      2,
    )
    const report = scoreChanges({
      files: [{ path: 'prompts/qa/prompt.json', status: 'added', baseText: null, headText: text }],
      config,
      now,
    })
    expect(report.ignored).toEqual([])
    expect(report.findings.map((f) => f.rule)).toContain('secrets.aws-access-key')
    expect(report.level).toBe('critical')
    expect(JSON.stringify(report)).not.toContain(AWS_KEY)
  })
})
