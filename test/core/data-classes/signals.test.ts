// The personal-data signals that suggest a class: the first PII in a template's text, found on
// the lines that may hold it, must be the one findPii finds in the whole text.
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { personalDataSignals, type DataSignal } from '../../../src/core/data-classes/signals.js'
import { findPii } from '../../../src/core/detect/pii/find-pii.js'
import { phoneRegion } from '../../../src/core/detect/pii/phone.js'
import { parseTemplate } from '../../../src/core/templates/index.js'
import type { Template } from '../../../src/core/types.js'

/** A template of these message texts, its lines numbered from `firstLine`, with no variables. */
function templateOf(texts: readonly string[], firstLine = 4): Template {
  let line = firstLine
  const messages = texts.map((text) => {
    const lines = text.split('\n').map((t) => ({ line: line++, text: t }))
    line += 2
    return { role: 'user' as const, text, lines, startLine: lines[0]!.line, endLine: lines[lines.length - 1]!.line }
  })
  return {
    path: 'prompts/p.txt',
    format: 'plain',
    messages,
    variables: [],
    inputs: [],
    model: { parameters: {} },
    metadata: { owners: [], provenance: {} },
    parseErrors: [],
    lineCount: line,
  }
}

/** The text signal as personalDataSignals found it with findPii over each whole message. */
function textSignalViaFindPii(template: Template, region: string): DataSignal[] {
  let budget = 100_000
  for (const message of template.messages) {
    if (budget <= 0) break
    let text = message.text
    if (text.length > budget) {
      const lineEnd = text.lastIndexOf('\n', budget)
      text = text.slice(0, lineEnd > 0 ? lineEnd + 1 : budget)
    }
    budget -= text.length
    const match = findPii(text, { defaultCountry: phoneRegion(region) }).find((m) => m.rule !== 'pii.functional-email')
    if (match === undefined) continue
    const line = message.lines[text.slice(0, match.start).split('\n').length - 1]?.line ?? message.startLine
    return [{ what: `${match.rule.replace('pii.', '').replace(/-/g, ' ')} in the text`, line, suggests: 'personal' }]
  }
  return []
}

const fixtures = join(import.meta.dirname, '../../fixtures')
const samples = readFileSync(join(fixtures, 'probes/pii1.txt'), 'utf8')
  .split('\n')
  .filter((l) => /^[+-] /.test(l))
  .map((l) => l.slice(2).replace(/\\n/g, '\n'))

describe('personalDataSignals: personal data in the text', () => {
  it('names the first PII after lines with nothing to find, on its file line', () => {
    const prose = 'Answer the customer politely and keep it short.\n'.repeat(40)
    const template = templateOf([prose, `${prose}Reach her at jane.doe@acme-corp.io.\n${prose}`])
    expect(personalDataSignals(template, 'US')).toEqual([
      { what: 'email in the text', line: 4 + 40 + 3 + 40, suggests: 'personal' },
    ])
  })
  it('skips a functional mailbox for a personal value later in the text', () => {
    const template = templateOf([`Write to support@acme.io.\n${'Plain prose.\n'.repeat(20)}Card: 4242 4242 4242 4242\n`])
    expect(personalDataSignals(template, 'US')).toEqual([{ what: 'card number in the text', line: 4 + 21, suggests: 'personal' }])
  })
  it('reads an SSN label on the line before a bare number', () => {
    const template = templateOf([`${'Plain prose. '.repeat(10)}\nSSN:\n536221234\n`])
    expect(personalDataSignals(template, 'US')).toEqual([{ what: 'national id in the text', line: 4 + 2, suggests: 'personal' }])
  })
  it('stops reading after the first 100,000 characters of text', () => {
    const prose = 'Plain prose line.\n'.repeat(6000)
    const template = templateOf([prose, `${prose}jane.doe@acme-corp.io\n`])
    expect(personalDataSignals(template, 'US')).toEqual([])
    expect(personalDataSignals(template, 'US')).toEqual(textSignalViaFindPii(template, 'US'))
  })
  it('finds what findPii over each whole message finds, in a parsed template', () => {
    const text = `messages:\n  - role: system\n    content: |\n${'      Be brief.\n'.repeat(30)}  - role: user\n    content: |\n      Notes:\n      phone: 020 7946 0958\n`
    const template = parseTemplate('prompts/notes.prompt.yml', text)
    expect(personalDataSignals(template, 'GB')).toEqual(textSignalViaFindPii(template, 'GB'))
    expect(personalDataSignals(template, 'GB')[0]).toMatchObject({ what: 'phone in the text', line: 37 })
  })
  it('finds what findPii over each whole message finds, on random templates', () => {
    const prose = fc.constantFrom('Answer politely.', 'Summarise the record below', '', 'SSN:', 'Aadhaar', 'NIF', 'phone:')
    const message = fc.array(fc.oneof(fc.constantFrom(...samples), prose), { maxLength: 6 }).map((lines) => lines.join('\n'))
    fc.assert(
      fc.property(fc.array(message, { minLength: 1, maxLength: 3 }), fc.constantFrom('US', 'GB'), (texts, region) => {
        const template = templateOf(texts)
        expect(personalDataSignals(template, region)).toEqual(textSignalViaFindPii(template, region))
      }),
      { numRuns: 300 },
    )
  })
})
