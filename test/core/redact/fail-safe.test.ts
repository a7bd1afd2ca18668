// The redaction leaks of issue #20, and their generalisations, one by one.
import { describe, expect, it } from '@jest/globals'
import { isWholePlaceholder, redactJsonLine, redactText } from '../../../src/core/redact/index.js'

const GH = ['gh', 'p_', '1aB2cD3eF4gH5iJ6kL7mN8oP9qR0sT1uV2wX'].join('')
const line = (value: unknown): string => redactJsonLine(JSON.stringify(value)).line

describe('keys are redacted like values', () => {
  it.each([
    ['a token as a key', { [GH]: 1 }, '{"[REDACTED:github-token]":1}'],
    ['an address as a key', { 'jane.doe@acme-corp.io': { seen: true } }, '{"[REDACTED:email]":{"seen":true}}'],
    [
      'two masked keys stay distinct',
      { 'a.b@acme-corp.io': 1, 'c.d@acme-corp.io': 2 },
      '{"[REDACTED:email]":1,"[REDACTED:email] #2":2}',
    ],
  ])('%s', (_name, value, want) => {
    expect(line(value)).toBe(want)
  })
})

describe('everything under a secret-named key is masked, whatever its type', () => {
  it.each([
    ['an array', { password: ['Sup3rS3cret!', 'other'] }, '{"password":["[REDACTED:secret-field]","[REDACTED:secret-field]"]}'],
    [
      'an object',
      { db_password: { primary: 'Sup3rS3cret!', port: 5432, tls: true } },
      '{"db_password":{"primary":"[REDACTED:secret-field]","port":"[REDACTED:secret-field]","tls":true}}',
    ],
    [
      'nested containers',
      { credentials: [{ user: 'bob', keys: ['k1x9'] }] },
      '{"credentials":[{"user":"[REDACTED:secret-field]","keys":["[REDACTED:secret-field]"]}]}',
    ],
    ['a key with a zero-width character', { 'pass\u200bword': 'hunter22x' }, '{"pass\u200bword":"[REDACTED:secret-field]"}'],
    ['a key in full-width letters', { ｐａｓｓｗｏｒｄ: 'hunter22x' }, '{"ｐａｓｓｗｏｒｄ":"[REDACTED:secret-field]"}'],
  ])('%s', (_name, value, want) => {
    expect(line(value)).toBe(want)
  })

  it('reads a key written with JSON escapes', () => {
    expect(redactJsonLine('{"pass\\u200bword":"hunter22x","\\u0074oken":"abc"}').line).toBe(
      '{"pass\\u200bword":"[REDACTED:secret-field]","\\u0074oken":"[REDACTED:secret-field]"}',
    )
  })
})

describe('a placeholder is kept only when it is the whole value', () => {
  it.each([
    '${DB_PASSWORD:-RealPass}',
    '{{a}}RealPass{{b}}',
    '${DB_PASSWORD:?RealPass}',
    'RealPass{{a}}',
    '{{ secret | default("RealPass") }}',
    '<RealPass>x',
    // Mixed case between sigils is a password's, not a variable's (a random property drew it).
    '%dVWsim3wb%',
    '$ecretPass1',
    '{Tr0ub4dor}',
    // A lower-case word run into digits is a password's shape too.
    '$ummer2024',
    '%passw0rd%',
    '{hunter2}',
  ])('masks %s', (value) => {
    expect(isWholePlaceholder(value)).toBe(false)
    expect(line({ password: value })).toBe('{"password":"[REDACTED:secret-field]"}')
  })
  it.each([
    '${DB_PASSWORD}',
    '${env:TOKEN}',
    '{{api_key}}',
    '{{{ api_key }}}',
    '$DB_PASSWORD',
    '%DB_PASSWORD%',
    '%db_password%',
    '$db_password',
    '$db2_password',
    '%app.secret.v2%',
    '$_token',
    '{api_key}',
    '<YOUR_API_KEY>',
    '[REDACTED:secret-field]',
    '********',
    '',
  ])('keeps %s', (value) => {
    expect(line({ password: value })).toBe(JSON.stringify({ password: value }))
  })
})

describe('values are matched in canonical form and masked as written', () => {
  it.each([
    ['a full-width at sign', 'mail jane.doe＠acme-corp.io today', 'mail [REDACTED:email] today'],
    ['a zero-width space inside an address', 'mail jane\u200b.doe@acme-corp.io', 'mail [REDACTED:email]'],
    ['non-breaking spaces inside a card number', 'card 4111\u00a01111\u00a01111\u00a01111', 'card [REDACTED:card-number]'],
    ['en dashes inside a phone number', 'call 415\u2013555\u20132671 now', 'call [REDACTED:phone] now'],
    ['HTML references inside an address', 'jane.doe&#64;acme-corp.io', '[REDACTED:email]'],
    ['escapes inside a token', `token \\u0067hp_${GH.slice(4)}`, 'token [REDACTED:github-token]'],
  ])('%s', (_name, text, want) => {
    expect(redactText(text).text).toBe(want)
  })

  it('masks a value smuggled in invisible Unicode tag characters', () => {
    const tags = [...'jane.doe@acme-corp.io'].map((c) => String.fromCodePoint(0xe0000 + c.charCodeAt(0))).join('')
    expect(redactText(`Hello ${tags}!`).text).toBe('Hello [REDACTED:email]!')
  })

  it('masks a number that is personal data even outside a secret key', () => {
    expect(line({ card: 4111111111111111, count: 3 })).toBe('{"card":"[REDACTED:card-number]","count":3}')
  })
})

describe('lines that are not JSON', () => {
  it.each([
    ['an env file default', 'DB_PASSWORD=${DB_PASSWORD:-RealPass} other=1', 'DB_PASSWORD=[REDACTED:secret-field] other=1'],
    ['a Python repr', "{'password': ['hunter2'], 'user': 'bob'}", "{'password': [REDACTED:secret-field], 'user': 'bob'}"],
    ['an authorization header', 'Authorization: Bearer abc.def.ghi', 'Authorization: [REDACTED:secret-field]'],
    ['a kept placeholder', 'password=${DB_PASSWORD}', 'password=${DB_PASSWORD}'],
    ['a password between two variables', 'password={{a}}RealPass{{b}} next', 'password=[REDACTED:secret-field] next'],
  ])('%s', (_name, text, want) => {
    expect(redactJsonLine(text).line).toBe(want)
  })
})
