// Round 29: phone numbers as CSV fields and after phone words in other languages; digits that
// only happen to parse as a North American number; numbers from the ranges set aside for
// fiction, where the text says they are examples.
import { describe, expect, it } from '@jest/globals'
import { findPii } from '../../../../src/core/detect/pii/index.js'

const phones = (text: string) =>
  findPii(text)
    .filter((m) => m.rule === 'pii.phone')
    .map((m) => text.slice(m.start, m.end))

describe('phone numbers people paste', () => {
  it.each([
    ['a CSV field after a comma', 'id,name,phone\n7,Test Person,+44 7911 123456\n', '+44 7911 123456'],
    ['a CSV row with two international numbers', 'S-1,Test,Year 9,+234 803 512 7748,+48 601 284 937', '+48 601 284 937'],
    ['a CSV field with numbers after it', 'Test,Person,t.p@mail.test,+40 722 418 906,27,2', '+40 722 418 906'],
    ['Spanish teléfono', 'Arrendatario: D. Prueba, teléfono 612 34 56 78', '612 34 56 78'],
    ['Italian cellulare', 'Cliente Test, cellulare 347 123 4567', '347 123 4567'],
    ['German Handy', 'Ansprechpartner: Max Test, Handy 0151 23456789', '0151 23456789'],
    ['a reserved-range number as someone’s', 'Call me back at (212) 555-0142 about my order', '(212) 555-0142'],
    ['a drama-range number as someone’s', 'Reach me on 07700 900123 after six', '07700 900123'],
    ['a North American number in its own groups', 'Leads: Test Person 202.555.7173, Other Test 202 5550174', '202.555.7173'],
  ])('%s', (_name, text, value) => {
    expect(phones(text)).toContain(value)
  })
})

describe('numbers of a former numbering plan, after a phone word', () => {
  it.each([
    ['Benin, eight digits', 'Contact: +22920215789', '+22920215789'],
    ['Mexico with the old mobile 1', 'You can reach her at +52 1 55 1234 5678 after 5pm.', '+52 1 55 1234 5678'],
  ])('%s', (_name, text, value) => {
    expect(phones(text)).toEqual([value])
  })
  it.each([
    ['without a phone word', 'Population growth +22920215789 in the table'],
    ['too few digits', 'tel: +44 1234'],
    ['a North American documentation stub', 'placeholders only: name=Test User 01, phone=+1 555-0100, postcode=00000'],
  ])('not %s', (_name, text) => {
    expect(phones(text)).toEqual([])
  })
})

describe('not phone numbers', () => {
  it.each([
    ['age bands and rates', 'age band 30-34 base rate 0.00142, 35-39 0.00187, 40-44 0.00261; loading 1.85'],
    ['ranges and decimals in a table', 'dose 10-12 0.00450 mg/kg; 13-15 0.00525 mg/kg'],
    ['a thousands-separated CSV field', 'region,total\nnorth,1,234,567\n'],
    ['a decimal comma after spaced thousands', 'total 1 234 567,89 EUR'],
    [
      'a reserved-range number named fictional',
      'Few-shot example (fictional number from the 555-01xx range): "call me at (202) 555-0173"',
    ],
    ['a reserved-range number given as an example', 'Use only fictional numbers, e.g. (212) 555-0142, in screenshots.'],
    ['a drama number in a sample', 'Sample SMS: "Your courier will call from 07700 900456."'],
    ['an ACMA fictional number in a demo script', 'Demo script: the agent reads back 0491 570 156.'],
  ])('%s', (_name, text) => {
    expect(phones(text)).toEqual([])
  })
})
