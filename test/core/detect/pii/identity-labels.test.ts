// Round 29: personal identity numbers by their own names in several countries and languages,
// their labels as keys of a record (JSON, YAML, a Markdown table), and numbers with a
// checkable structure written the way their country prints them. All values are synthetic.
import { describe, expect, it } from '@jest/globals'
import { findPii } from '../../../../src/core/detect/pii/index.js'
import {
  belgianNationalNumberValid,
  chileanRutValid,
  ean13Valid,
  finnishIdValid,
  irishPpsValid,
} from '../../../../src/core/detect/pii/id-checksums.js'

const ids = (text: string) =>
  findPii(text)
    .filter((m) => m.rule === 'pii.national-id')
    .map((m) => text.slice(m.start, m.end))

describe('identity numbers after their own names', () => {
  it.each([
    ['Swedish personnummer', 'Anställd: Test Testsson, personnummer 780423-1236, start 1/9', '780423-1236'],
    ['Swedish personnummer, twelve digits', 'Personnummer: 19780423-1236', '19780423-1236'],
    ['Finnish henkilötunnus', 'Huoltaja Maija Meikäläinen, henkilötunnus 150385-512J', '150385-512J'],
    ['in brackets, the bracket left out', 'Asiakas Testi Henkilö (henkilötunnus 150385-512J) pyytää', '150385-512J'],
    ['Norwegian fødselsnummer', 'Fødselsnummer: 31129912345 (søker)', '31129912345'],
    ['Danish CPR-nr. with its full stop', 'Borger: Jens Testesen, CPR-nr.: 150385-5121', '150385-5121'],
    ['Icelandic kennitala', 'Kennitala 120174-3399, Reykjavík', '120174-3399'],
    ['Turkish kimlik numarası', 'Misafir: Test Kişi, T.C. Kimlik Numarası: 10000000146', '10000000146'],
    ['Israeli teudat zehut', 'Policyholder: Test Person\nTeudat Zehut: 000000018', '000000018'],
    ['German Steuer-ID in groups', 'Mandant: Erika Mustermann, Steuer-ID: 12 345 678 903.', '12 345 678 903'],
    ['Belgian rijksregisternummer without dots', 'Rijksregisternummer: 85073003328 - verhuis', '85073003328'],
    ['Argentine DNI with dots', 'Inquilino: Juan Prueba, DNI 30.123.456, tel. a confirmar', '30.123.456'],
    ['Mexican CURP', 'Solicitante: CURP: GOMC850101HDFRRL09', 'GOMC850101HDFRRL09'],
    ['Irish PPSN key', 'applicant:\n  ppsn: 4729301N\n  college: Test College', '4729301N'],
    ['a JSON key in quotes', '{"name": "Test Person", "dni": "30123456", "city": "Rosario"}', '30123456'],
    ['a Markdown table cell', '| Campo | Valor |\n|---|---|\n| Steuer-ID | 12345678903 |', '12345678903'],
    ['a key with an underscore', 'tckn_no: 10000000146', '10000000146'],
  ])('%s', (_name, text, value) => {
    expect(ids(text)).toContain(value)
  })
})

describe('checksummed ids after their short labels', () => {
  it.each([
    ['Danish CPR after cpr=', 'lookup request_id=7f2c cpr=1503855121 result=found', '1503855121'],
    ['Chilean RUT without dots', 'Repartidor: Test Uno, rut: 21304987-9', '21304987-9'],
    ['Chilean RUT with check letter k', 'RUT 14.352.163-k', '14.352.163-k'],
    ['Irish PPS number', 'PPS No. 4729301N', '4729301N'],
    ['Irish PPS number with a second letter', 'pps: 8260415NA', '8260415NA'],
    ['Dutch BSN as a JSON key', '{"claimant": "Test Persoon", "bsn": "273816597"}', '273816597'],
    ['Portuguese NIF in a table', '| Cliente | Teste Silva |\n| NIF | 258461730 |', '258461730'],
  ])('%s', (_name, text, value) => {
    expect(ids(text)).toContain(value)
  })
})

describe('ids by their printed structure, without a label', () => {
  it.each([
    ['Finnish id with a hyphen (1900s)', 'Lähettäjä: Testi Henkilö 150385-512J', '150385-512J'],
    ['Finnish id with a plus (1800s)', 'born 311299+0262 per the old register', '311299+0262'],
    ['Chilean RUT with dots', 'Few-shot: Hola, soy Test, 15.372.904-2, no me llegó el pago', '15.372.904-2'],
    ['Belgian national number', 'NN 85.07.30-033.28 - adreswijziging', '85.07.30-033.28'],
    ['Swiss AHV number', 'Versicherte Person: AHV 756.9217.0769.85', '756.9217.0769.85'],
  ])('%s', (_name, text, value) => {
    expect(ids(text)).toContain(value)
  })
})

describe('look-alikes that stay clean', () => {
  it.each([
    ['a guardrail naming the ids', 'Never ask for the personnummer, henkilötunnus, CPR number or Steuer-ID in chat.'],
    ['a form help text', 'Box 4: enter your personnummer (12 digits). Box 5: your kimlik no, 11 digits.'],
    ['a masked value', 'Kimlik No: XXXXXXXXXXX, Teudat Zehut: *********'],
    ['CPR the first-aid technique', 'CPR: 30 compressions, 2 breaths, 100-120 per minute, depth 5-6 cm'],
    ['RUT the Swedish tax deduction', 'the RUT deduction covers 50% of labour up to 75000 SEK a year'],
    ['a word holding a label', 'the Dnipro office 12345 and henkilötunnuksen muoto'],
    ['a word, then a year range', 'our PPSN policy 2024-2025 update'],
    ['a dated order number', 'order 240611-0093 shipped'],
    ['RUT-shaped with a wrong check digit', 'ref 15.372.904-3'],
    ['Belgian-shaped with a wrong check', 'NN 85.07.30-033.29'],
    ['AHV-shaped with a wrong check digit', 'code 756.9217.0769.86'],
    ['PPS-shaped with a wrong check letter', 'pps 4729301A'],
    ['a date after cpr that is no date', 'cpr 321385-5121x'],
  ])('%s', (_name, text) => {
    expect(ids(text)).toEqual([])
  })
})

describe('check characters', () => {
  it('Finnish: with or without the century sign', () => {
    expect(finnishIdValid('150385-512J')).toBe(true)
    expect(finnishIdValid('150385512J')).toBe(true)
    expect(finnishIdValid('020304A873W')).toBe(true)
    expect(finnishIdValid('150385512K')).toBe(false)
  })
  it('Chile, Belgium, Switzerland, Ireland', () => {
    expect(chileanRutValid('153729042')).toBe(true)
    expect(chileanRutValid('14352163K')).toBe(true)
    expect(chileanRutValid('153729043')).toBe(false)
    expect(belgianNationalNumberValid('85073003328')).toBe(true)
    expect(belgianNationalNumberValid('02021411535')).toBe(true) // born in 2002: `2` in front
    expect(belgianNationalNumberValid('85133003328')).toBe(false)
    expect(ean13Valid('7569217076985')).toBe(true)
    expect(ean13Valid('7569217076986')).toBe(false)
    expect(irishPpsValid('4729301N')).toBe(true)
    expect(irishPpsValid('8260415NA')).toBe(true)
    expect(irishPpsValid('4729301A')).toBe(false)
  })
})
