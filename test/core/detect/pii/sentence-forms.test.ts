// PII as people write it in sentences (issue 14, fifth round): an extension glued with `x`,
// "my phone number is …", North American grouping after a phone word even when the area or
// exchange code is not assigned (without a phone word such a number stays unflagged), the
// bracketed trunk `0` of an international number, and JCB's early 15-digit range.
import { describe, expect, it } from '@jest/globals'
import { findPii } from '../../../../src/core/detect/pii/index.js'

const phones = (text: string) =>
  findPii(text)
    .filter((m) => m.rule === 'pii.phone')
    .map((m) => text.slice(m.start, m.end))

describe('findPii: phones in sentences', () => {
  it.each([
    ['Phone: 757-447-6216x827', '757-447-6216x827'],
    ['Call me at +1-460-547-4270x197.', '+1-460-547-4270x197'],
    ['My phone number is (224)154-9909', '(224)154-9909'],
    ['Her mobile number was 965 345 9566.', '965 345 9566'],
    ['You can reach him on 001-206-159-7755 tomorrow.', '001-206-159-7755'],
    ['Phone: +33 (0)7 51 23 90 03', '+33 (0)7 51 23 90 03'],
  ])('%s', (text, value) => {
    expect(phones(text)).toEqual([value])
  })
  it.each([
    'The ratio was 224-154-9909 in the table.',
    'Order #: 224-154-9909',
    'Phone: 000-000-0000',
    'Released 2024-01-01, build 154-9909.',
  ])('%s', (text) => {
    expect(phones(text)).toEqual([])
  })
})

describe('findPii: cards in sentences', () => {
  it('finds a JCB card of the early 15-digit range', () => {
    const text = 'My card is 213106162978074'
    expect(findPii(text).map((m) => [m.rule, text.slice(m.start, m.end)])).toEqual([['pii.card-number', '213106162978074']])
  })
  it('leaves the same digits with a bad check digit alone', () => {
    expect(findPii('My card is 213106162978075')).toEqual([])
  })
})
