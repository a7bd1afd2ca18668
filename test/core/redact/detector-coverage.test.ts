// `promptops redact` masks what the detectors know: the secret and PII kinds added for issue
// 14 (generated provider rules, unnamed prefixed tokens, passports, international phones,
// lower-case IBANs, labelled ids) are masked without any change to the redactor.
import { describe, expect, it } from '@jest/globals'
import { redactJsonLine, redactText } from '../../../src/core/redact/index.js'

const j = (...parts: string[]) => parts.join('')
const GITLAB = j('glpat-', 'q7Zr2LxP0vTb7NcW4mKe')
const DOCKER = j('dckr_pat_', 'hc8VxYc3lixyTr2rDFsa2rqzkP3Y')

describe('redaction covers the new detector kinds', () => {
  it.each([
    ['GitLab token (generated rule)', `token ${GITLAB} end`, GITLAB, '[REDACTED:gitlab-pat]'],
    ['unnamed provider token', `use ${DOCKER} now`, DOCKER, '[REDACTED:prefixed-token]'],
    ['passport number', 'Passport No: C01X00T47.', 'C01X00T47', '[REDACTED:passport]'],
    ['international phone with extension', 'call +44 20 7946 0958 ext. 12 please', '7946 0958', '[REDACTED:phone]'],
    ['lower-case IBAN', 'iban de89 3704 0044 0532 0130 00', '3704 0044', '[REDACTED:iban]'],
    ['labelled national id', 'ID card number: 39915-6182971-9', '6182971', '[REDACTED:labelled-id]'],
    ['UATP card', 'card 122000000000003 ok', '122000000000003', '[REDACTED:card-number]'],
  ])('%s', (_name, text, secret, marker) => {
    const out = redactText(text)
    expect(out.text).not.toContain(secret)
    expect(out.text).toContain(marker)
  })

  it('keeps JSONL structure while masking new kinds inside values', () => {
    const line = JSON.stringify({ role: 'user', content: `my passport is C01X00T47 and token ${GITLAB}`, n: 1 })
    const out = redactJsonLine(line)
    const parsed = JSON.parse(out.line) as { role: string; content: string; n: number }
    expect(parsed.role).toBe('user')
    expect(parsed.n).toBe(1)
    expect(parsed.content).not.toContain('C01X00T47')
    expect(parsed.content).not.toContain(GITLAB)
    expect(out.counts).toEqual({ passport: 1, 'gitlab-pat': 1 })
  })
})
