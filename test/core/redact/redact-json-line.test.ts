import { describe, expect, it } from '@jest/globals'
import { redactJsonLine } from '../../../src/core/redact/index.js'
import { HANG_LIMIT_MS } from '../../helpers/hang-limit.js'

const GH = ['ghp_', '1aB2cD3eF4gH5iJ6kL7mN8oP9qR0sT1uV2wX'].join('')

const cases: Array<{ name: string; input: string; want: string; counts: Record<string, number> }> = [
  {
    name: 'string values redacted, structure and key order kept, compact',
    input: '{ "z": 1, "2": "call (415) 555-0132", "a": { "to": ["jane.doe@acme-corp.io", 3] } }',
    want: '{"z":1,"2":"call [REDACTED:phone]","a":{"to":["[REDACTED:email]",3]}}',
    counts: { phone: 1, email: 1 },
  },
  {
    name: 'secret-named keys masked whole, whatever the value looks like',
    input: '{"password":"hunter2","api_key":"abc","Authorization":"Bearer x","max_tokens":256,"pin":1234,"token":12345678}',
    want: '{"password":"[REDACTED:secret-field]","api_key":"[REDACTED:secret-field]","Authorization":"[REDACTED:secret-field]","max_tokens":256,"pin":1234,"token":"[REDACTED:secret-field]"}',
    counts: { 'secret-field': 4 },
  },
  {
    name: 'placeholders under secret keys are kept',
    input: '{"api_key":"{{api_key}}","token":"${env:TOKEN}","secret":""}',
    want: '{"api_key":"{{api_key}}","token":"${env:TOKEN}","secret":""}',
    counts: {},
  },
  {
    name: 'big numbers and escapes kept as written',
    input: '{"id":12345678901234567890,"text":"caf\\u00e9 \\"ok\\"","n":-1.5e+10,"ok":true,"none":null}',
    want: '{"id":12345678901234567890,"text":"caf\\u00e9 \\"ok\\"","n":-1.5e+10,"ok":true,"none":null}',
    counts: {},
  },
  {
    name: 'secrets inside nested strings, multi-line values stay one line',
    input: `[{"role":"user","content":"my token is ${GH}\\nthanks"}]`,
    want: '[{"role":"user","content":"my token is [REDACTED:github-token]\\nthanks"}]',
    counts: { 'github-token': 1 },
  },
  { name: 'a bare JSON string', input: '"jane.doe@acme-corp.io"', want: '"[REDACTED:email]"', counts: { email: 1 } },
  {
    name: 'not JSON: redacted as text',
    input: '2024-01-15 INFO login user=jane.doe@acme-corp.io',
    want: '2024-01-15 INFO login user=[REDACTED:email]',
    counts: { email: 1 },
  },
  {
    name: 'broken JSON: redacted as text',
    input: '{"email": "jane.doe@acme-corp.io"',
    want: '{"email": "[REDACTED:email]"',
    counts: { email: 1 },
  },
  { name: 'invalid escape: redacted as text', input: '{"a":"\\x"}', want: '{"a":"\\x"}', counts: {} },
  { name: 'CRLF preserved', input: '{"a":"b"}\r', want: '{"a":"b"}\r', counts: {} },
  { name: 'empty line', input: '', want: '', counts: {} },
]

describe('redactJsonLine', () => {
  it.each(cases)('$name', ({ input, want, counts }) => {
    const out = redactJsonLine(input)
    expect(out.line).toBe(want)
    expect(out.counts).toEqual(counts)
    expect(out.line.split('\n')).toHaveLength(1)
  })

  it('never leaks a raw value into the output line', () => {
    const raws = ['jane.doe@acme-corp.io', GH, '4242424242424242', 'hunter2', '536-22-1234']
    const line = JSON.stringify({
      user: { email: raws[0], note: `gh ${raws[1]}`, card: raws[2], password: raws[3], ssn: `SSN ${raws[4]}` },
    })
    const out = redactJsonLine(line).line
    for (const r of raws) expect(out).not.toContain(r)
    expect(Object.keys(JSON.parse(out).user)).toEqual(['email', 'note', 'card', 'password', 'ssn'])
  })

  it('falls back to text on hostile nesting and large lines, quickly', () => {
    const deep = '['.repeat(100_000)
    expect(redactJsonLine(deep).line).toBe(deep)
    const big = JSON.stringify({ a: 'x'.repeat(1e6), b: '1 '.repeat(2e5) })
    const t = performance.now()
    expect(redactJsonLine(big).line).toBe(big)
    expect(performance.now() - t).toBeLessThan(HANG_LIMIT_MS)
  })
})
