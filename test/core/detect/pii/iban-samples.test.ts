// Round 29: an IBAN named as a sample (as a test card is) or typed digits with a documentation
// word on their line is a documentation value; the same numbers written as an account still count.
import { describe, expect, it } from '@jest/globals'
import { findPii } from '../../../../src/core/detect/pii/index.js'

const ibans = (text: string) =>
  findPii(text)
    .filter((m) => m.rule === 'pii.iban')
    .map((m) => text.slice(m.start, m.end))

describe('documentation IBANs', () => {
  it.each([
    ['named a sample, a few words before', 'The sample IBAN in our API documentation is GB82 WEST 1234 5698 7654 32.'],
    ['named a test IBAN', 'test IBAN: DE89 3704 0044 0532 0130 00 (always accepted in sandbox)'],
    ['a German Beispiel-IBAN', 'Beispiel-IBAN: DE89 3704 0044 0532 0130 00'],
    ['a French IBAN d’exemple', "IBAN d'exemple : FR14 2004 1010 0505 0001 3M02 606"],
    ['typed digits in the docs', 'Placeholder shown in the form: BH67 BMAG 0000 1299 1234 56'],
  ])('%s', (_name, text) => {
    expect(ibans(text)).toEqual([])
  })
})

describe('still IBANs', () => {
  it.each([
    ['a published example written as an account', 'pay GB82WEST12345698765432 now', 'GB82WEST12345698765432'],
    ['typed digits with no documentation word', 'Refund to BH67 BMAG 0000 1299 1234 56 please', 'BH67 BMAG 0000 1299 1234 56'],
    [
      'a record introduced as an example',
      'Example claim record:\n{"claimant": "Test Persoon", "payout_iban": "NL91ABNA0417164300"}',
      'NL91ABNA0417164300',
    ],
    [
      'an IBAN after a test label of something else',
      'Test account holder: Jane Roe, IBAN DE89 3704 0044 0532 0130 00',
      'DE89 3704 0044 0532 0130 00',
    ],
  ])('%s', (_name, text, value) => {
    expect(ibans(text)).toContain(value)
  })
})
