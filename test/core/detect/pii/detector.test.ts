import { describe, expect, it } from '@jest/globals'
import { piiDetector } from '../../../../src/core/detect/pii/index.js'
import type { DetectorContext } from '../../../../src/core/detect/detector.js'
import type { TemplateChange, TextLine } from '../../../../src/core/types.js'
import { defaultConfig } from '../../../../src/core/config/parse-config.js'
import type { Config } from '../../../../src/core/config/config.schema.js'

const change = (added: TextLine[]): TemplateChange => ({
  status: 'added',
  path: 'prompts/support.md',
  base: null,
  head: null,
  lines: { added, removed: [] },
  variables: { added: [], removed: [], renamed: [] },
  modelChanges: [],
  messageChanges: [],
})
const contextWith = (config: Config): DetectorContext => ({
  config,
  changedPaths: [],
  ownersOf: () => [],
  costOf: () => {
    throw new Error('the PII detector estimates no cost')
  },
})
const ctx = contextWith(defaultConfig())

describe('piiDetector', () => {
  it('reports PII on its file line with severity and redacted evidence', () => {
    const findings = piiDetector.detect(
      change([
        { line: 1, text: 'You are a support agent for {{company}}.' },
        { line: 4, text: 'Escalate to jane.doe@acme-corp.io or (415) 555-0132.' },
        { line: 9, text: 'Test customer card: 4242 4242 4242 4242, IBAN DE89370400440532013000' },
      ]),
      ctx,
    )
    expect(findings.map((f) => [f.rule, f.line, f.severity, f.evidence])).toEqual([
      ['pii.email', 4, 'high', 'j***@a***.io'],
      ['pii.phone', 4, 'medium', '(***) ***-**32'],
      ['pii.card-number', 9, 'high', '**** **** **** 4242'],
      ['pii.iban', 9, 'high', 'DE** **** **** **** **** 00'],
    ])
    const json = JSON.stringify(findings)
    for (const raw of ['jane.doe@acme-corp.io', '555-0132', '4242 4242 4242 4242', 'DE89370400440532013000'])
      expect(json).not.toContain(raw)
  })

  it('reads national phone numbers in the configured region (pii.phoneRegion)', () => {
    const spanish = change([{ line: 3, text: 'Ring 612 345 678 before noon.' }])
    expect(piiDetector.detect(spanish, ctx)).toEqual([])
    const config = { ...defaultConfig(), pii: { phoneRegion: 'ES' } }
    expect(piiDetector.detect(spanish, contextWith(config)).map((f) => [f.rule, f.line])).toEqual([['pii.phone', 3]])
  })

  it('finds nothing in placeholder-only templates', () => {
    expect(piiDetector.detect(change([{ line: 2, text: 'Reply to {{customer_email}} (support@example.com).' }]), ctx)).toEqual([])
  })

  it('declares every rule it can emit', () => {
    expect(piiDetector.rules.map((r) => r.id).sort()).toEqual(
      [
        'pii.card-number',
        'pii.email',
        'pii.functional-email',
        'pii.hashed-identifier',
        'pii.iban',
        'pii.national-id',
        'pii.passport',
        'pii.phone',
      ].sort(),
    )
  })
})

describe('functional mailboxes', () => {
  it('rates support@ and privacy@ addresses lower than a person', async () => {
    const { findPii } = await import('../../../../src/core/detect/pii/index.js')
    expect(findPii('Write to privacy@acme-corp.eu or jane.doe@acme-corp.eu').map((m) => m.rule)).toEqual([
      'pii.functional-email',
      'pii.email',
    ])
  })
})
