import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { findPii } from '../../../../src/core/detect/pii/index.js'
import { findPiiSkippingPlainLines } from '../../../../src/core/detect/pii/find-pii.js'
import { longAlnumRuns } from '../../../../src/core/detect/pii/hashed-id.js'
import fc from 'fast-check'

const positives: Array<{ name: string; text: string; rule: string; value: string; redacted?: string }> = [
  {
    name: 'email',
    text: 'Contact jane.doe@acme-corp.io today',
    rule: 'pii.email',
    value: 'jane.doe@acme-corp.io',
    redacted: 'j***@a***.io',
  },
  { name: 'email in JSON', text: '{"to":"bob+tag@mail.co.uk"}', rule: 'pii.email', value: 'bob+tag@mail.co.uk' },
  { name: 'email, internationalised domain', text: 'write to olga@почта.рф', rule: 'pii.email', value: 'olga@почта.рф' },
  { name: 'phone after "phone #"', text: 'Phone #: 415-555-2671', rule: 'pii.phone', value: '415-555-2671' },
  {
    name: 'US phone',
    text: 'Call me at (415) 555-0132.',
    rule: 'pii.phone',
    value: '(415) 555-0132',
    redacted: '(***) ***-**32',
  },
  { name: 'UK phone, international', text: 'tel +44 20 7946 0958', rule: 'pii.phone', value: '+44 20 7946 0958' },
  { name: 'French mobile', text: 'mobile: +33 6 12 34 56 78', rule: 'pii.phone', value: '+33 6 12 34 56 78' },
  { name: 'bare digits after phone label', text: 'phone: 4155550132', rule: 'pii.phone', value: '4155550132' },
  {
    name: 'Visa, grouped',
    text: 'card 4242 4242 4242 4242 exp 12/26',
    rule: 'pii.card-number',
    value: '4242 4242 4242 4242',
    redacted: '**** **** **** 4242',
  },
  { name: 'Mastercard, dashed', text: 'cc=5555-5555-5555-4444', rule: 'pii.card-number', value: '5555-5555-5555-4444' },
  { name: 'Amex', text: 'amex 378282246310005', rule: 'pii.card-number', value: '378282246310005' },
  {
    name: 'card followed by expiry digits',
    text: '4111 1111 1111 1111 12 26',
    rule: 'pii.card-number',
    value: '4111 1111 1111 1111',
  },
  {
    name: 'IBAN DE, spaced',
    text: 'IBAN: DE89 3704 0044 0532 0130 00.',
    rule: 'pii.iban',
    value: 'DE89 3704 0044 0532 0130 00',
    redacted: 'DE** **** **** **** **** 00',
  },
  { name: 'IBAN GB, compact', text: 'pay GB82WEST12345698765432 now', rule: 'pii.iban', value: 'GB82WEST12345698765432' },
  { name: 'IBAN FR', text: 'FR14 2004 1010 0505 0001 3M02 606', rule: 'pii.iban', value: 'FR14 2004 1010 0505 0001 3M02 606' },
  { name: 'US SSN', text: 'SSN 123-45-6789 on file', rule: 'pii.national-id', value: '123-45-6789', redacted: '***-**-**89' },
  { name: 'US SSN, bare with label', text: 'ssn: 536221234', rule: 'pii.national-id', value: '536221234' },
  { name: 'UK NINO', text: 'NI number AB 12 34 56 C', rule: 'pii.national-id', value: 'AB 12 34 56 C' },
  { name: 'UK NINO compact', text: 'nino=JG103759A', rule: 'pii.national-id', value: 'JG103759A' },
  { name: 'Aadhaar (Verhoeff)', text: 'Aadhaar 2341 2341 2346', rule: 'pii.national-id', value: '2341 2341 2346' },
  { name: 'French NIR', text: 'NIR 1 85 05 78 006 084 91', rule: 'pii.national-id', value: '1 85 05 78 006 084 91' },
  {
    name: 'md5 of an email',
    text: '"user_hash": "5f4dcc3b5aa765d61d8327deb882cf99"',
    rule: 'pii.hashed-identifier',
    value: '5f4dcc3b5aa765d61d8327deb882cf99',
  },
  {
    name: 'sha256 tagged',
    text: 'visitor sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08',
    rule: 'pii.hashed-identifier',
    value: '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08',
  },
  {
    name: 'md5( call',
    text: 'md5("a9993e364706816aba3e25717850c26c9cd0d89d")',
    rule: 'pii.hashed-identifier',
    value: 'a9993e364706816aba3e25717850c26c9cd0d89d',
  },
  {
    name: 'customer id sha1',
    text: 'customer_id = a9993e364706816aba3e25717850c26c9cd0d89d',
    rule: 'pii.hashed-identifier',
    value: 'a9993e364706816aba3e25717850c26c9cd0d89d',
  },
]

describe('findPii: positives', () => {
  it.each(positives)('$name', ({ text, rule, value, redacted }) => {
    const found = findPii(text)
    const hit = found.find((m) => m.rule === rule)
    expect(hit).toBeDefined()
    expect(text.slice(hit?.start, hit?.end)).toBe(value)
    if (redacted) expect(hit?.redacted).toBe(redacted)
    expect(JSON.stringify(found)).not.toContain(value)
  })
})

const negatives: Array<{ name: string; text: string }> = [
  {
    name: 'documentation email domains',
    text: 'user@example.com admin@example.org a@b.example x@y.test z@host.invalid root@localhost',
  },
  { name: 'role mailboxes', text: 'noreply@github.com no-reply@acme.io mailer-daemon@acme.io' },
  {
    name: 'documentation companies and stand-in domains',
    text: 'john@contoso.com sales@fabrikam.com ana@northwindtraders.com me@yourdomain.com a@my-company.org',
  },
  { name: 'placeholder mailboxes', text: 'username@gmail.com your.email@acme.io testuser@test.com first.last@acme.co.uk' },
  {
    name: 'no delegated top-level domain',
    text: 'record.get("new_priority@OData.Community.Display.V1.FormattedValue"); // format: username@domain.extension',
  },
  { name: 'a comment or a hex colour, not a phone word', text: 'limit = 7  # 100000.00\nBackgroundColor="#80000000"' },
  { name: 'git remote and assets', text: 'git@github.com:org/repo.git icon@2x.png logo@3x.svg' },
  { name: 'npm scoped versions', text: 'npm i @scope/pkg@1.2.3 pkg@^4.0.0' },
  { name: 'template variables', text: 'Send to {{customer_email}} at {{phone}}' },
  { name: 'version numbers', text: 'v1.2.3, 10.20.30.40, release 2024.10.1' },
  { name: 'dates and times', text: '2024-01-15 10:30:00, 12/31/2024, 15.01.2024' },
  { name: 'prices', text: '$1,234,567.89 and €99.99 and 1 234 567,00' },
  { name: 'order numbers', text: 'order 2025551234 shipped, ref 1700000000123' },
  { name: 'ISBNs', text: 'ISBN 978-3-16-148410-0 and 9780306406157' },
  { name: 'Luhn-invalid card', text: 'card 4242 4242 4242 4241' },
  { name: 'card with unknown issuer', text: '9999 9999 9999 9995' },
  { name: 'mixed separators', text: '4111-1111 1111-1111' },
  { name: 'card inside a longer number', text: 'id 424242424242424242424242' },
  { name: 'mod-97-invalid IBAN', text: 'DE89 3704 0044 0532 0130 01' },
  { name: 'IBAN with wrong length', text: 'DE89 3704 0044 0532 0130' },
  { name: 'SSN area 000', text: 'SSN 000-12-3456' },
  { name: 'SSN area 666', text: 'SSN 666-12-3456' },
  { name: 'SSN area 9xx', text: 'SSN 912-34-5678' },
  { name: 'SSN group 00', text: 'SSN 123-00-4567' },
  { name: 'SSN serial 0000', text: 'SSN 123-45-0000' },
  { name: 'voided sample SSN', text: 'SSN 078-05-1120' },
  { name: 'bare 9 digits without label', text: 'ticket 536221234' },
  { name: 'NINO with banned prefix', text: 'GB 12 34 56 A and QQ 12 34 56 C' },
  { name: 'Aadhaar with bad check digit', text: 'Aadhaar 2341 2341 2345' },
  { name: 'git SHA', text: 'commit 9fceb02d0ae598e95dc970b74767f19372d61af8' },
  { name: 'content digest', text: '"integrity": "sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"' },
  { name: 'image digest', text: 'image: node@sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08' },
  { name: 'file checksum', text: 'file_md5: 5f4dcc3b5aa765d61d8327deb882cf99' },
  { name: 'plain hex', text: '5f4dcc3b5aa765d61d8327deb882cf99' },
  { name: 'UUID', text: 'user_id: 123e4567-e89b-12d3-a456-426614174000' },
  { name: 'IPv4', text: 'ip 192.168.100.200' },
]

describe('findPii: hard negatives', () => {
  it.each(negatives)('$name', ({ text }) => {
    expect(findPii(text).map((m) => [m.rule, text.slice(m.start, m.end)])).toEqual([])
  })
})

describe('findPii: options', () => {
  it('reads national-format phone numbers for the given country', () => {
    const text = 'Ring 612 345 678 today'
    expect(findPii(text).filter((m) => m.rule === 'pii.phone')).toEqual([])
    expect(findPii(text, { defaultCountry: 'ES' }).map((m) => m.rule)).toEqual(['pii.phone'])
  })
  it('gives structured ids precedence over phone parsing', () => {
    const found = findPii('SSN 123-45-6789')
    expect(found.map((m) => m.kind)).toEqual(['us-ssn'])
  })
})

describe('hashed identifiers: run scan', () => {
  const unit = fc.constantFrom('a', 'F', '0', '9', 'z', ' ', '-', '\n', 'é', ':')
  const piece = fc.oneof(fc.string({ unit, maxLength: 40 }), fc.stringMatching(/^[0-9a-fA-Z]{28,70}$/))
  it('finds exactly the runs /[0-9A-Za-z]{32,}/g finds', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 6 }), (parts) => {
        const text = parts.join('')
        const viaRegex = Array.from(text.matchAll(/[0-9A-Za-z]{32,}/g), (m) => ({ index: m.index, run: m[0] }))
        expect([...longAlnumRuns(text)]).toEqual(viaRegex)
      }),
      { numRuns: 5000 },
    )
  })
})

describe('findPiiSkippingPlainLines: same matches as findPii', () => {
  // Values of each kind, the labels some matchers read on an earlier line, and filler of varied
  // length, so that labels fall on both sides of the 60 characters read back and some lines
  // hold nothing to find.
  const values = [
    'jane.doe@acme-corp.io',
    'support@acme.io',
    'https://bob:pw@acme.io',
    '(415) 555-0132',
    '+44 20 7946 0958',
    '020 7946 0958',
    '4155550132',
    '4242 4242 4242 4242',
    '378282246310005',
    'DE89 3704 0044 0532 0130 00',
    'A704 0044 0532 0130',
    '123-45-6789',
    '536221234',
    '234123412346',
    '2341 2341 2346',
    'AB 12 34 56 C',
    '1 85 05 78 006 084 91',
    '943 476 5919',
    '9434765919',
    '255576625',
    '44051401359',
    '046 454 286',
    'ABCPE1234F',
    '12345678Z',
    'RSSMRA85T10A562S',
    'A123456(3)',
    'C01X00T47',
    'P 1630837',
    'L898902C36UTO7408122F1204159ZE184226B<<<<<10',
    'P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<',
    '<<',
    '5f4dcc3b5aa765d61d8327deb882cf99',
    'abcdefabcdefabcdefabcdefabcdefab',
    'ABCDEFABCDEFABCDEFABCDEFABCDEFABCDEFABCD',
  ]
  const labels = [
    'SSN',
    'social security number:',
    'Aadhaar',
    'UID:',
    'NIF',
    'contribuinte',
    'NHS number',
    'PESEL',
    'SIN:',
    'TFN',
    'BSN',
    'CPF',
    'PAN',
    'passport no',
    'ID card number',
    'national id',
    'card number:',
    'order #',
    'phone:',
    'call me at',
    'my Israeli number is',
    'user_hash:',
    'md5(',
  ]
  const plain = fc.string({ unit: fc.constantFrom('a', 'e', 'x', 'S', ' ', ' ', '\n', ':', '"'), maxLength: 90 })
  const noisy = fc.string({ unit: fc.constantFrom('0', '7', '@', '<', '(', ')', '-', '.', ' ', '\n', 'F', 'x'), maxLength: 30 })
  const piece = fc.oneof(
    fc.constantFrom(...values),
    fc.constantFrom(...labels),
    fc.constantFrom('\n', ' ', '\n\n', ': ', '\t'),
    plain,
    noisy,
  )

  it('on random text', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 14 }), fc.constantFrom('US', 'GB', 'FR'), (parts, country) => {
        const text = parts.join('')
        const options = { defaultCountry: country as 'US' | 'GB' | 'FR' }
        expect(findPiiSkippingPlainLines(text, options)).toEqual(findPii(text, options))
      }),
      { numRuns: 4000 },
    )
  })

  // Prompt text with personal data (the PII corpus and probes), one sample per text and
  // several at a time between lines of prose.
  const fixtures = join(import.meta.dirname, '../../../fixtures')
  const samples = [
    ...readFileSync(join(fixtures, 'corpora/pii.jsonl'), 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => (JSON.parse(l) as { text: string }).text),
    ...['probes/pii1.txt', 'probes/pii2.txt'].flatMap((f) =>
      readFileSync(join(fixtures, f), 'utf8')
        .split('\n')
        .filter((l) => /^[+-] /.test(l))
        .map((l) => l.slice(2).replace(/\\n/g, '\n')),
    ),
  ]
  it('on each sample of the PII corpus and probes', () => {
    expect(samples.length).toBeGreaterThan(300)
    for (const text of samples) expect(findPiiSkippingPlainLines(text)).toEqual(findPii(text))
  })
  it('on samples between lines of prose', () => {
    const prose = fc.constantFrom('Answer politely.', 'Summarise the record below', '', 'Keep it short', 'Customer notes:')
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...samples), prose), { maxLength: 8 }), (lines) => {
        const text = lines.join('\n')
        expect(findPiiSkippingPlainLines(text)).toEqual(findPii(text))
      }),
      { numRuns: 500 },
    )
  })
  const found = (text: string) => findPiiSkippingPlainLines(text).map((m) => [m.kind, text.slice(m.start, m.end)])
  it('reads an SSN label lines before the number, as findPii does', () => {
    const text = `${'Plain prose. '.repeat(10)}\nSSN:${'\n'.repeat(34)}536221234\n${'More prose. '.repeat(10)}\n`
    expect(found(text)).toEqual([['us-ssn', '536221234']])
    expect(findPiiSkippingPlainLines(text)).toEqual(findPii(text))
  })
  it('reads a label 46 characters before the line, as findPii does', () => {
    // The earlier label's 60-character window ends inside the 12 digits: findPii reads a NIF there.
    const text = `${'Plain prose. '.repeat(10)}\nnif${' '.repeat(42)}\nNIF: 255576625999\n`
    expect(found(text)).toEqual([['pt-nif', '255576625']])
    expect(findPiiSkippingPlainLines(text)).toEqual(findPii(text))
  })
})
