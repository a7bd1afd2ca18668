// PII forms added for issue 14: every Luhn-family brand, international and national phone
// formats with extensions, case-insensitive IBANs, passports, checksummed and labelled ids.
import { describe, expect, it } from '@jest/globals'
import { findPii } from '../../../../src/core/detect/pii/index.js'
import { mrzCheckDigit } from '../../../../src/core/detect/pii/id-checksums.js'

const positives: Array<{ name: string; text: string; rule: string; value: string }> = [
  {
    name: 'UATP card (15 digits, starts with 1)',
    text: 'card 122000000000003',
    rule: 'pii.card-number',
    value: '122000000000003',
  },
  { name: 'Dankort', text: '5019717010103742', rule: 'pii.card-number', value: '5019717010103742' },
  { name: 'UnionPay 81 range, 16 digits', text: 'pay with 8171999927660000', rule: 'pii.card-number', value: '8171999927660000' },
  { name: 'UnionPay 19 digits', text: '8171999900000000021', rule: 'pii.card-number', value: '8171999900000000021' },
  { name: 'Mir', text: 'Mir 2200 0000 0000 0004', rule: 'pii.card-number', value: '2200 0000 0000 0004' },
  { name: 'lower-case IBAN', text: 'iban: de89 3704 0044 0532 0130 00', rule: 'pii.iban', value: 'de89 3704 0044 0532 0130 00' },
  { name: 'international phone', text: 'Call +49 (0)30 12345678 today', rule: 'pii.phone', value: '+49 (0)30 12345678' },
  { name: '00 international prefix', text: 'ring 0044 20 7946 0958', rule: 'pii.phone', value: '0044 20 7946 0958' },
  { name: 'national format with trunk 0', text: 'UK office: 020 7946 0958', rule: 'pii.phone', value: '020 7946 0958' },
  { name: 'named country', text: 'My Israeli number is 02-625-4444', rule: 'pii.phone', value: '02-625-4444' },
  { name: 'extension', text: 'Support line (415) 555-0132 ext. 204', rule: 'pii.phone', value: '(415) 555-0132 ext. 204' },
  {
    name: 'MRZ data line (ICAO 9303 specimen)',
    text: 'L898902C36UTO7408122F1204159ZE184226B<<<<<10',
    rule: 'pii.passport',
    value: 'L898902C36UTO7408122F1204159ZE184226B<<<<<10',
  },
  { name: 'labelled passport number', text: 'Passport No: C01X00T47', rule: 'pii.passport', value: 'C01X00T47' },
  {
    name: 'passport number in groups',
    text: 'Her passport is P 1630837, expiring soon',
    rule: 'pii.passport',
    value: 'P 1630837',
  },
  { name: 'Spanish DNI', text: 'DNI 12345678Z', rule: 'pii.national-id', value: '12345678Z' },
  { name: 'Italian codice fiscale', text: 'CF: RSSMRA85T10A562S', rule: 'pii.national-id', value: 'RSSMRA85T10A562S' },
  { name: 'Singapore NRIC', text: 'NRIC S1234567D', rule: 'pii.national-id', value: 'S1234567D' },
  { name: 'Chinese resident id', text: 'id 11010519491231002X', rule: 'pii.national-id', value: '11010519491231002X' },
  { name: 'Brazilian CPF', text: 'CPF 123.456.789-09', rule: 'pii.national-id', value: '123.456.789-09' },
  { name: 'NHS number with its label', text: 'NHS number: 943 476 5919', rule: 'pii.national-id', value: '943 476 5919' },
  { name: 'labelled national id', text: 'ID card number: 39915-6182971-9', rule: 'pii.national-id', value: '39915-6182971-9' },
  { name: 'Taiwan national id', text: 'ID A123456789 on file', rule: 'pii.national-id', value: 'A123456789' },
  { name: 'Norwegian national id', text: 'fnr 01010750160 registered', rule: 'pii.national-id', value: '01010750160' },
  { name: 'Hong Kong identity card', text: 'HKID A123456(3) verified', rule: 'pii.national-id', value: 'A123456(3)' },
  { name: 'lower-case UK NINO', text: 'ni: hh 01 23 45 d', rule: 'pii.national-id', value: 'hh 01 23 45 d' },
]

describe('findPii: new forms', () => {
  it.each(positives)('$name', ({ text, rule, value }) => {
    const found = findPii(text)
    const hit = found.find((m) => m.rule === rule)
    expect(hit).toBeDefined()
    expect(text.slice(hit?.start, hit?.end)).toBe(value)
    expect(JSON.stringify(found)).not.toContain(value)
  })
})

const negatives: Array<{ name: string; text: string }> = [
  { name: 'order number that passes Luhn', text: 'order #4111111111111111 shipped' },
  { name: 'tracking number', text: 'tracking: 0123 4567 89' },
  { name: 'digits glued to a code', text: 'BR97 0036 A305 0000 1000 9795 493P 1' },
  { name: 'IBAN-like fragment', text: 'DK50 0040 0440 1162 44' },
  { name: 'dates', text: 'on 15/01/2024 and 2024-01-15 and 01.02.2025' },
  { name: 'MRZ line with a wrong check digit', text: 'L898902C36UTO7408122F1204159ZE184226B<<<<<11' },
  { name: 'passport label without a number', text: 'Bring your passport: 12 months validity needed' },
  { name: 'NHS-valid digits without the label', text: 'ref 943 476 5919' },
  { name: 'id label without digits', text: 'ID card number: please upload a scan' },
  { name: 'Taiwan-shaped id with a wrong check digit', text: 'ref A123456788' },
  { name: 'eleven digits that are no date', text: 'order 45678912345 and 99123456789' },
  { name: 'Hong Kong-shaped id with a wrong check character', text: 'ref A123456(4)' },
  { name: 'function calls with one digit', text: 'call f(1) and g(2), then AB123456[0]' },
  { name: 'version numbers', text: 'v1.2.3, 10.20.30.40, release 2024.10.1' },
]

// Twentieth round: Luhn-valid digits that are no card, from custom-GPT prompts.
describe('findPii: digits a card is never written as', () => {
  it.each([
    ['a JSON record id', '{ "id": 4111111111111111, "name": "x" }'],
    ['single digits apart', 'Add: 4 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1'],
    ['pairs apart (a hex dump)', '00000070: 41 11 11 11 11 11 11 11  Q L - 0 1'],
    ['a number after a plus sign', '"contact_number": ["+4111111111111111"]'],
  ])('%s', (_name, text) => {
    expect(findPii(text).filter((m) => m.rule === 'pii.card-number')).toEqual([])
  })
  it.each([
    ['a card under card_id', '"card_id": "4111 1111 1111 1111"'],
    ['a 4-6-5 Amex grouping', 'amex 3782 822463 10005'],
    ['a card in four groups', 'pay with 4111 1111 1111 1111 today'],
  ])('still a card: %s', (_name, text) => {
    expect(findPii(text).map((m) => m.rule)).toContain('pii.card-number')
  })
})

describe('findPii: new hard negatives', () => {
  it.each(negatives)('$name', ({ text }) => {
    expect(findPii(text).map((m) => [m.rule, text.slice(m.start, m.end)])).toEqual([])
  })
})

describe('ICAO 9303 check digit', () => {
  it.each([
    ['L898902C3', 6],
    ['740812', 2],
    ['120415', 9],
    ['<<<<<<<<<<<<<<', 0],
  ])('%s → %i', (field, digit) => expect(mrzCheckDigit(field)).toBe(digit))
})
