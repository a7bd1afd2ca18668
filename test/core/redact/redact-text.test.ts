import { describe, expect, it } from '@jest/globals'
import { findPii } from '../../../src/core/detect/pii/index.js'
import { findSecrets } from '../../../src/core/detect/secrets/index.js'
import { mergeCounts, redactText } from '../../../src/core/redact/index.js'
import { HANG_LIMIT_MS } from '../../helpers/hang-limit.js'

const j = (...parts: string[]) => parts.join('')
const GH = j('ghp_', '1aB2cD3eF4gH5iJ6kL7mN8oP9qR0sT1uV2wX')
const PEM = j(
  '-----BEGIN ',
  'PRIVATE KEY-----\n',
  'MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7',
  '\nq9Lw2Xe4Rt6Yu8Io0Pa1Sd3Fg5Hj7Kl9Zx2Cv4Bn6Mq8We0Rt2Yu4\n-----END PRIVATE KEY-----',
)

const cases: Array<{ name: string; input: string; want: string; counts: Record<string, number>; raw: string[] }> = [
  {
    name: 'email and phone',
    input: 'Mail jane.doe@acme-corp.io or call +1 650 253 0000.',
    want: 'Mail [REDACTED:email] or call [REDACTED:phone].',
    counts: { email: 1, phone: 1 },
    raw: ['jane.doe@acme-corp.io', '650 253 0000'],
  },
  {
    name: 'token and card',
    input: `token ${GH}; card 4242-4242-4242-4242`,
    want: 'token [REDACTED:github-token]; card [REDACTED:card-number]',
    counts: { 'github-token': 1, 'card-number': 1 },
    raw: [GH, '4242-4242-4242-4242'],
  },
  {
    name: 'whole PEM block',
    input: `before\n${PEM}\nafter`,
    want: 'before\n[REDACTED:private-key]\nafter',
    counts: { 'private-key': 1 },
    raw: ['MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7', 'q9Lw2Xe4Rt6Yu8Io0Pa1Sd3Fg5Hj7Kl9Zx2Cv4Bn6Mq8We0Rt2Yu4'],
  },
  {
    name: 'credentialed URL keeps scheme and host',
    input: 'amqp://svc:Zq8Lw3Rt6Yp@mq.internal/vhost',
    want: 'amqp://[REDACTED:credentialed-url]@mq.internal/vhost',
    counts: { 'credentialed-url': 1 },
    raw: ['Zq8Lw3Rt6Yp'],
  },
  {
    name: 'national ids and hashed ids',
    input: 'SSN 536-22-1234, NINO AB123456C, user_hash=5f4dcc3b5aa765d61d8327deb882cf99',
    want: 'SSN [REDACTED:us-ssn], NINO [REDACTED:uk-nino], user_hash=[REDACTED:hashed-identifier]',
    counts: { 'us-ssn': 1, 'uk-nino': 1, 'hashed-identifier': 1 },
    raw: ['536-22-1234', 'AB123456C', '5f4dcc3b5aa765d61d8327deb882cf99'],
  },
  {
    name: 'clean text is unchanged',
    input: 'Summarise {{document}} in 3 bullet points (v1.2.3, 2024-01-15).',
    want: 'Summarise {{document}} in 3 bullet points (v1.2.3, 2024-01-15).',
    counts: {},
    raw: [],
  },
]

describe('redactText', () => {
  it.each(cases)('$name', ({ input, want, counts, raw }) => {
    const out = redactText(input)
    expect(out.text).toBe(want)
    expect(out.counts).toEqual(counts)
    for (const r of raw) expect(out.text).not.toContain(r)
  })

  it('is idempotent and leaves evidence strings alone', () => {
    for (const { input } of cases) {
      const once = redactText(input).text
      expect(redactText(once)).toEqual({ text: once, counts: {} })
    }
    const samples = [
      ...cases.map((c) => c.input),
      `aws ${j('AKIA', 'Z4ZQ7XKJ2MNB3Q5R')}`,
      'password: "Xk9#mQ2vLp"',
      'IBAN DE89370400440532013000',
    ]
    for (const sample of samples) {
      for (const m of [...findSecrets(sample), ...findPii(sample)])
        expect(redactText(m.redacted)).toEqual({ text: m.redacted, counts: {} })
    }
  })

  it('handles 1 MB hostile input quickly and keeps its length', () => {
    for (const text of ['a'.repeat(1e6), '@'.repeat(1e6), '9'.repeat(1e6), '-----BEGIN '.repeat(90_000)]) {
      const t = performance.now()
      expect(redactText(text).text).toBe(text)
      expect(performance.now() - t).toBeLessThan(HANG_LIMIT_MS)
    }
  })
})

describe('mergeCounts', () => {
  it('sums per kind without mutating its inputs', () => {
    const a = { email: 1 }
    expect(mergeCounts(a, { email: 2, phone: 1 }, {})).toEqual({ email: 3, phone: 1 })
    expect(a).toEqual({ email: 1 })
    expect(mergeCounts()).toEqual({})
  })
})
