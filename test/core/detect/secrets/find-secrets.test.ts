import { describe, expect, it } from '@jest/globals'
import { findSecrets } from '../../../../src/core/detect/secrets/index.js'
import { PROVIDER_PATTERNS } from '../../../../src/core/detect/secrets/provider-patterns.js'
import { assignmentsIn } from '../../../../src/core/detect/secrets/generic-assignment.js'
import fc from 'fast-check'

// Test values are assembled from parts so this file is not itself flagged by secret scanners.
const j = (...parts: string[]) => parts.join('')
const AWS_ID = j('AKIA', 'Z4ZQ7XKJ2MNB3Q5R')
const AWS_SECRET = j('kT8wq2Vd9Lr+Jx4Np7Qs', '/3Ym6Hc1Gb5Fz0Ae8Wu2')
const GH = j('ghp_', '1aB2cD3eF4gH5iJ6kL7mN8oP9qR0sT1uV2wX')
const GH_PAT = j(
  'github_pat_',
  '11ABCDEFG0',
  'aB3dEf9hIj2LmN8pQr5t_',
  'Uv7xYz1Bc4De6Fg0Hi9Jk2Lm3No4Pq5Rs6Tu7Vw8Xy9Za0Bc1De2Fg3Hi4Jk5Lm',
)
const OPENAI = j('sk-proj-', 'Ab3dEf9hIj2LmN8pQr5tUv7xYz1Bc4De6Fg0Hi')
const OPENAI_LEGACY = j('sk-', 'Ab3dEf9hIj2LmN8pQr5tUv7xYz1Bc4De6Fg0Hi9Jk2Lm3No')
const ANTHROPIC = j('sk-ant-api03-', 'Ab3dEf9hIj2LmN8pQr5tUv7xYz1Bc4De6Fg0Hi9Jk2Lm3No4Pq5Rs6Tu7Vw8Xy9Za0')
const GOOGLE = j('AIza', 'SyA1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q')
const SLACK = j('xoxb-', '2741938561-7384920165-', 'AbCdEfGh1IjKlMnOpQrStUv')
const SLACK_HOOK = j('https://hooks.slack.com/services/', 'T0A1B2C3D/B4E5F6G7H/', 'Zx9Yw8Vu7Ts6Rq5Po4Nm3Lk2')
const STRIPE = j('sk_live_', '4eC39HqLyjWDarjtT1zdp7dc')
const TWILIO = j('SK', 'a1b2c3d4e5f60718293a4b5c6d7e8f90')
const SENDGRID = j('SG.', 'ngeVfQFYQlKU0ufo8x5d1A', '.', 'TwL2iGABf9DHoTf-09kqeF8tAmbihYzrnopKc-1s5cr')
const NPM = j('npm_', 'a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8')
const AZURE = j('Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MGFiY2RlZmdo', 'aWprbG1ub3BxcnN0dXZ3eHl6QUJDREVGR0g5OA==')
const HF = j('hf_', 'AbCdEfGhIjKlMnOpQrStUvWxYz01234567')
// Claims of a real user: jwt.io's own sample ("John Doe") says it is an example (fake-policy.test.ts).
const JWT = j(
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9',
  '.eyJzdWIiOiJ1XzgyNzMxIiwibmFtZSI6IlByaXlhIFJhbWFuIiwiaWF0IjoxNzE2MjM5MDIyfQ',
  '.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U',
)
const PEM_BODY =
  'MIIEowIBAAKCAQEA7mZp3QkR1Yk8tH2vLcX9sWbN4jF6gD0aE5uI7oP1qT3rS8yV\nq9Lw2Xe4Rt6Yu8Io0Pa1Sd3Fg5Hj7Kl9Zx2Cv4Bn6Mq8We0Rt2Yu4Io6Pa8Sd0Fg2'
const PEM = j('-----BEGIN RSA ', 'PRIVATE KEY-----\n', PEM_BODY, '\n-----END RSA PRIVATE KEY-----')
const OPENSSH = j('-----BEGIN OPENSSH ', 'PRIVATE KEY-----\n', PEM_BODY, '\n-----END OPENSSH PRIVATE KEY-----')

const positives: Array<{ name: string; text: string; rule: string; value: string }> = [
  { name: 'AWS access key id', text: `aws_access_key_id = ${AWS_ID}`, rule: 'secrets.aws-access-key', value: AWS_ID },
  {
    name: 'AWS secret near the id',
    text: `id: ${AWS_ID}\nkey: ${AWS_SECRET}`,
    rule: 'secrets.aws-secret-key',
    value: AWS_SECRET,
  },
  {
    name: 'AWS secret by key name',
    text: `aws_secret_access_key="${AWS_SECRET}"`,
    rule: 'secrets.aws-secret-key',
    value: AWS_SECRET,
  },
  { name: 'GitHub classic token', text: `token: ${GH}`, rule: 'secrets.github-token', value: GH },
  { name: 'GitHub fine-grained PAT', text: `use ${GH_PAT} here`, rule: 'secrets.github-token', value: GH_PAT },
  { name: 'OpenAI project key', text: `OPENAI_API_KEY=${OPENAI}`, rule: 'secrets.openai-api-key', value: OPENAI },
  { name: 'OpenAI legacy key', text: `key ${OPENAI_LEGACY}.`, rule: 'secrets.openai-api-key', value: OPENAI_LEGACY },
  { name: 'Anthropic key', text: `x-api-key: ${ANTHROPIC}`, rule: 'secrets.anthropic-api-key', value: ANTHROPIC },
  { name: 'Google API key', text: `?key=${GOOGLE}&q=1`, rule: 'secrets.google-api-key', value: GOOGLE },
  { name: 'Slack bot token', text: `SLACK=${SLACK}`, rule: 'secrets.slack-token', value: SLACK },
  { name: 'Slack webhook', text: `post to ${SLACK_HOOK}`, rule: 'secrets.slack-webhook', value: SLACK_HOOK },
  { name: 'Stripe live key', text: `stripe: ${STRIPE}`, rule: 'secrets.stripe-secret-key', value: STRIPE },
  { name: 'Twilio API key', text: `twilio ${TWILIO}`, rule: 'secrets.twilio-api-key', value: TWILIO },
  { name: 'SendGrid key', text: `SENDGRID=${SENDGRID}`, rule: 'secrets.sendgrid-api-key', value: SENDGRID },
  { name: 'npm token', text: `//registry.npmjs.org/:_authToken=${NPM}`, rule: 'secrets.npm-token', value: NPM },
  {
    name: 'Azure AccountKey',
    text: `DefaultEndpointsProtocol=https;AccountName=a;AccountKey=${AZURE};EndpointSuffix=core.windows.net`,
    rule: 'secrets.azure-storage-key',
    value: AZURE,
  },
  { name: 'Hugging Face token', text: `HF_TOKEN=${HF}`, rule: 'secrets.huggingface-token', value: HF },
  { name: 'JWT', text: `Authorization: Bearer ${JWT}`, rule: 'secrets.jwt', value: JWT },
  { name: 'RSA private key', text: `key:\n${PEM}\nend`, rule: 'secrets.private-key', value: PEM },
  { name: 'OpenSSH private key', text: OPENSSH, rule: 'secrets.private-key', value: OPENSSH },
  {
    name: 'credentialed URL',
    text: 'DATABASE_URL=postgres://admin:S3cr3tP4ss@db.internal:5432/app',
    rule: 'secrets.credentialed-url',
    value: 'admin:S3cr3tP4ss',
  },
  { name: 'password assignment', text: 'password: "Xk9#mQ2vLp"', rule: 'secrets.generic-assignment', value: 'Xk9#mQ2vLp' },
  {
    name: 'JSON client secret',
    text: '{"client_secret": "q8Zr2LxP0vTb7NcW4mKe"}',
    rule: 'secrets.generic-assignment',
    value: 'q8Zr2LxP0vTb7NcW4mKe',
  },
  {
    name: 'bearer header',
    text: 'Authorization: Bearer abC9dEf8GhI7jKl6MnO5',
    rule: 'secrets.generic-assignment',
    value: 'abC9dEf8GhI7jKl6MnO5',
  },
  {
    name: 'env var token',
    text: 'export SERVICE_TOKEN=f3Kd9sLq2Vx7Bn4Mz8Pw',
    rule: 'secrets.generic-assignment',
    value: 'f3Kd9sLq2Vx7Bn4Mz8Pw',
  },
]

describe('findSecrets: positives', () => {
  it.each(positives)('$name', ({ text, rule, value }) => {
    const found = findSecrets(text)
    const hit = found.find((m) => m.rule === rule)
    expect(hit).toBeDefined()
    expect(text.slice(hit?.start, hit?.end)).toBe(value)
    for (const m of found) expect(m.redacted).not.toContain(value)
    expect(JSON.stringify(found)).not.toContain(value)
  })
})

const negatives: Array<{ name: string; text: string }> = [
  { name: 'mustache placeholder', text: 'api_key: "{{api_key}}"' },
  { name: 'env placeholder', text: 'password = "${env:DB_PASSWORD}"' },
  { name: 'env reference', text: "api_key = 'env:OPENAI_API_KEY'" },
  { name: 'Vault reference', text: "password = 'vault:secret/data/db#password'" },
  { name: '1Password reference', text: 'DB_PASSWORD=op://prod/postgres/password' },
  { name: 'GCP Secret Manager name', text: 'token: projects/my-proj/secrets/api-token/versions/latest' },
  { name: 'Azure Key Vault reference', text: 'ApiKey=@Microsoft.KeyVault(SecretUri=https://kv.vault.azure.net/secrets/ApiKey/)' },
  { name: 'Salesforce named credential', text: "private static final String NAMED_CREDENTIAL = 'callout:External_API';" },
  {
    name: 'AWS Secrets Manager ARN, with "secret:" inside it',
    text: "secret = 'arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-AbCdEf'",
  },
  { name: 'angle placeholder', text: 'token = <YOUR_KEY>' },
  { name: 'elided key', text: 'OPENAI_API_KEY=sk-...' },
  { name: 'x filler', text: 'api_key = "xxxxxxxxxxxxxxxxxxxx"' },
  { name: 'REPLACE_ME', text: 'secret: REPLACE_ME' },
  { name: 'changeme', text: 'password: changeme' },
  { name: 'AWS documentation key', text: 'AKIAIOSFODNN7EXAMPLE wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' },
  { name: 'fake GitHub token', text: `token: ${j('ghp_', 'x'.repeat(36))}` },
  { name: 'same-char OpenAI key', text: `key: ${j('sk-', 'A'.repeat(48))}` },
  { name: 'provider key inside mustache', text: `{{ ${j('sk-', 'Ab3dEf9hIj2LmN8pQr5tUv7xYz1Bc4De6Fg0Hi9Jk2Lm3No')} }}` },
  { name: 'token budget', text: 'max_tokens: 4096\ntoken_count = 120000' },
  { name: 'tokenizer', text: 'tokenizer = "cl100k_base_tokenizer_v2"' },
  { name: 'code reference', text: 'password = os.environ["DB_PASSWORD"]\ntoken: config.apiToken' },
  { name: 'prose about passwords', text: 'Never reveal the password: it must stay with the user.' },
  { name: 'example credentialed URL', text: 'https://user:pass@example.com/path' },
  { name: 'URL with env password', text: 'postgres://app:${DB_PASSWORD}@db:5432/app' },
  { name: 'PEM placeholder', text: '-----BEGIN PRIVATE KEY-----\n...\n-----END PRIVATE KEY-----' },
  { name: 'public key', text: `-----BEGIN PUBLIC KEY-----\n${PEM_BODY}\n-----END PUBLIC KEY-----` },
  { name: 'git SHA', text: 'commit 9fceb02d0ae598e95dc970b74767f19372d61af8' },
  { name: 'UUID', text: 'id: 123e4567-e89b-12d3-a456-426614174000' },
  { name: 'Stripe test key with a typed body', text: `sk_test_${'abcdefghijklmnopqrstuvwx'}` },
  { name: 'test-mode word without a random part', text: 'stripe_key = sk_test_mock_key' },
  { name: 'not a JWT (header is not JSON)', text: 'eyJzzzzzzzzz.eyJzzzzzzzzz.abcdefghijklmn' },
  { name: 'low-entropy token value', text: 'token: "my-secret-value-here"' },
]

describe('findSecrets: hard negatives', () => {
  it.each(negatives)('$name', ({ text }) => {
    expect(findSecrets(text)).toEqual([])
  })
})

describe('findSecrets: evidence', () => {
  it('shows only the public prefix of provider keys', () => {
    expect(findSecrets(AWS_ID)[0]?.redacted).toBe('AKIA\u2026[redacted:aws-access-key]')
    expect(findSecrets(GH)[0]?.redacted).toBe('ghp_\u2026[redacted:github-token]')
  })
  it('keeps scheme and host of credentialed URLs but not the userinfo', () => {
    const [m] = findSecrets('redis://default:Zq8Lw3Rt6Yp@cache.internal:6379')
    expect(m?.redacted).toBe('redis://\u2026[redacted:credentialed-url]@cache.internal')
  })
  it('returns sorted, non-overlapping matches', () => {
    const text = `a ${GH} b https://x-access-token:${GH}@github.com c ${NPM}`
    const found = findSecrets(text)
    for (let i = 1; i < found.length; i++) expect(found[i]?.start).toBeGreaterThanOrEqual(found[i - 1]?.end ?? 0)
    expect(found.length).toBe(3)
  })
})

describe('generic assignments: operator-first scan', () => {
  // The regex the scan replaces is the oracle.
  const ASSIGNMENT =
    /(?<![A-Za-z0-9_.-])([A-Za-z0-9_.-]{1,60})["']?[ \t]{0,24}(?:(?<=[ \t])[.?+]=|!=|:{1,3}=|=>|(?<!:):(?!:)|=)[ \t]{0,24}/g
  const unit = fc.constantFrom('a', 'K', '0', '_', '.', '-', ' ', '\t', ':', '=', '>', '"', "'", '\n', 'é', ',', '!')
  const piece = fc.oneof(
    fc.string({ unit, maxLength: 30 }),
    fc.constantFrom(
      'password = ',
      'api_key: ',
      'x'.repeat(61) + ':',
      'a:=b',
      'k => v',
      'key"  :',
      "k' =",
      'a=b=c',
      'a ::= b',
      'k:::=v',
      'a::b',
    ),
    fc.constantFrom(
      'x .= "y"',
      'k ?= v',
      'k\t+=1',
      'a.=b',
      '::::=',
      ' ?=',
      '.',
      '?',
      '+',
      'a != b',
      'k!==v',
      'a::b = c',
      'x :: y',
    ),
    fc.constantFrom(' '.repeat(20), 'key' + ' '.repeat(25) + '=> v'),
  )
  it('finds exactly what the regex finds', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (parts) => {
        const text = parts.join('')
        const viaRegex = Array.from(text.matchAll(ASSIGNMENT), (m) => ({ key: m[1], end: m.index + m[0].length }))
        expect([...assignmentsIn(text)]).toEqual(viaRegex)
      }),
      { numRuns: 10000 },
    )
  })
})

describe('provider pattern hints', () => {
  // A hint skips its regex on texts without it, so every match must need it.
  it.each(PROVIDER_PATTERNS.filter((p) => p.hint !== undefined).map((p) => [p.kind, p] as const))(
    '%s: the hint is literal text of the pattern',
    (_kind, pattern) => {
      expect(pattern.regex.source.replace(/\\/g, '')).toContain(pattern.hint)
    },
  )
})

describe('provider tokens, several per text', () => {
  // The provider rules run their shared regexes with exec (not matchAll): every token of a
  // text is found, in order, and a second text starts afresh.
  const tokens = fc.constantFrom(GH, OPENAI, GOOGLE, SLACK, NPM, HF, STRIPE, TWILIO)
  it('finds every token, including repeats of one kind, in every text', () => {
    fc.assert(
      fc.property(fc.array(fc.array(tokens, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 3 }), (texts) => {
        for (const values of texts) {
          const text = values.join(' and ')
          const found = findSecrets(text).map((m) => text.slice(m.start, m.end))
          expect(found).toEqual(values)
        }
      }),
      { numRuns: 300 },
    )
  })
})
