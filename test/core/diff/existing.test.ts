import { describe, expect, it } from '@jest/globals'
import { defaultConfig } from '../../../src/core/config/parse-config.js'
import { markExisting } from '../../../src/core/diff/existing.js'
import { scoreChanges } from '../../../src/core/engine.js'
import type { Finding, Level } from '../../../src/core/types.js'

const f = (line: number, severity: Level, evidence = '{{context}} in system role'): Finding => ({
  category: 'injection',
  rule: 'injection.untrusted-in-system',
  severity,
  message: 'm',
  path: 'p',
  line,
  evidence,
})

describe('markExisting', () => {
  it('marks a finding the base already had, with the base line', () => {
    const [out] = markExisting([f(12, 'high')], [f(10, 'high')])
    expect(out).toMatchObject({ informational: true, existing: { line: 10 } })
  })
  it('keeps a worsened finding counted (base medium, head high)', () => {
    expect(markExisting([f(12, 'high')], [f(10, 'medium')])[0]?.existing).toBeUndefined()
  })
  it('treats a second copy as new', () => {
    const out = markExisting([f(3, 'high'), f(8, 'high')], [f(3, 'high')])
    expect(out.map((x) => x.existing?.line ?? null)).toEqual([3, null])
  })
})

const config = defaultConfig()
const run = (base: string, head: string) =>
  scoreChanges({
    files: [{ path: 'prompts/a.prompt.yml', status: 'modified', baseText: base, headText: head }],
    config,
    now: new Date('2026-01-01T00:00:00Z'),
  })

describe('engine: existing versus introduced', () => {
  const doc = (line: string) =>
    `model: openai/gpt-4o\nmessages:\n  - role: system\n    content: |\n      You are a helpful assistant.\n      ${line}\n`
  it('rewording a line that already held {{user_input}} in the system role is not a new exposure', () => {
    const report = run(doc('Answer this: {{user_input}}'), doc('Please answer this request: {{user_input}}'))
    const finding = report.findings.find((x) => x.rule === 'injection.untrusted-in-system')
    expect(finding).toMatchObject({ informational: true, existing: { line: 6 } })
    expect(report.level).toBe('low')
  })
  it('a touched line keeping its email shows the email as existing; a new address on it counts', () => {
    const kept = run(doc('Escalate to jane.doe@gmail.com.'), doc('Please escalate to jane.doe@gmail.com today.'))
    expect(kept.findings.find((x) => x.rule === 'pii.email')).toMatchObject({ informational: true, existing: { line: 6 } })
    const swapped = run(doc('Escalate to jane.doe@gmail.com.'), doc('Escalate to john.roe@gmail.com.'))
    expect(swapped.findings.find((x) => x.rule === 'pii.email')?.existing).toBeUndefined()
    expect(swapped.level).not.toBe('low')
  })
  it('moving {{user_input}} into the system role is introduced and counts', () => {
    const report = run(doc('Be brief.'), doc('Answer this: {{user_input}}'))
    expect(report.findings.find((x) => x.rule === 'injection.untrusted-in-system')?.existing).toBeUndefined()
    expect(report.level).toBe('high')
  })
})
