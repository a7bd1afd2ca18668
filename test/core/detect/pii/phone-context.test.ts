// Phone numbers as people write them in sentences (issue 14, fifth round): an extension glued
// with `x`, "my phone number is …", and North American grouping after a phone word even when
// the area or exchange code is not assigned. Without a phone word such a number stays unflagged.
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
