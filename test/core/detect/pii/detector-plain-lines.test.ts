// The PII detector reads only the lines of a change that can hold PII (findPiiSkippingPlainLines);
// its findings must be those of findPii over the whole added text, labels on earlier lines included.
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { piiDetector } from '../../../../src/core/detect/pii/index.js'
import { findPii } from '../../../../src/core/detect/pii/find-pii.js'
import { PII_RULES } from '../../../../src/core/detect/pii/rules.js'
import { canonicalAdded } from '../../../../src/core/canonical/change-view.js'
import { matchFindings } from '../../../../src/core/canonical/findings.js'
import type { DetectorContext } from '../../../../src/core/detect/detector.js'
import type { TemplateChange, TextLine } from '../../../../src/core/types.js'
import { defaultConfig } from '../../../../src/core/config/parse-config.js'

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
const ctx: DetectorContext = {
  config: defaultConfig(),
  changedPaths: [],
  ownersOf: () => [],
  costOf: () => {
    throw new Error('the PII detector estimates no cost')
  },
}

/** What the detector reported when it read the whole added text. */
function wholeTextFindings(c: TemplateChange): ReturnType<typeof piiDetector.detect> {
  const added = canonicalAdded(c)
  return matchFindings(added, findPii(added.text, { defaultCountry: 'US' }), PII_RULES)
}

const LINES = [
  'You are a support agent for {{company}}.',
  'Escalate to jane.doe@acme-corp.io or (415) 555-0132.',
  'The customer gave their passport number on the form:',
  'X12345678',
  'Social Security number',
  '123-45-6789',
  'PESEL',
  '44051401359',
  'Card: 4242 4242 4242 4242, IBAN DE89370400440532013000',
  'Never repeat a national id back to the user.',
  'P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<',
  'hash 5f4dcc3b5aa765d61d8327deb882cf99abcdefabcdef',
  '',
]

describe('piiDetector reads only lines that can hold PII', () => {
  it('reports what findPii finds in the whole added text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...LINES), { minLength: 1, maxLength: 12 }), (texts) => {
        const c = change(texts.map((text, i) => ({ line: i + 1, text })))
        expect(piiDetector.detect(c, ctx)).toEqual(wholeTextFindings(change(texts.map((text, i) => ({ line: i + 1, text })))))
      }),
      { numRuns: 200 },
    )
  })

  it('keeps a label on the line before its number', () => {
    const c = change([
      { line: 1, text: 'Passport number' },
      { line: 2, text: 'X12345678' },
    ])
    expect(piiDetector.detect(c, ctx)).toEqual(wholeTextFindings(c))
  })
})
