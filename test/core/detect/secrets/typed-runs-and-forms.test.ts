// Fifth round of issue 14: a typed run (`1234567890`, `ABCDEFGHIJ`) beside a random part no
// longer makes a value fake; Redis-style URLs with no user; a password right after its noun;
// Azure shared access signatures; Braintree and Meta access tokens; API clients built from a
// lone literal key.
// Values are assembled from parts so no committed line looks like a live credential.
import { describe, expect, it } from '@jest/globals'
import { findSecrets } from '../../../../src/core/detect/secrets/index.js'

const j = (...parts: string[]) => parts.join('')
const findings = (text: string) => findSecrets(text).map((m) => ({ rule: m.rule, value: text.slice(m.start, m.end) }))
const RANDOM = j('q7Zr2LxP0v', 'Tb7NcW4mKe', 'Hs9dQ3')
const SIG = j('5%2B7nYV7zXzDkm0guFcrn', 'UAcgHhJhew%2Ftp%2BFkd5b%2FAis%3D')

const positives: Array<{ name: string; text: string; value: string }> = [
  {
    name: 'typed account number before a random key',
    text: j('acme_api_key=', '1234567890123456-', RANDOM),
    value: j('1234567890123456-', RANDOM),
  },
  {
    name: 'alphabet run inside a random token',
    text: j('Authorization: SSWS 00', RANDOM.slice(0, 11), '-ABCDEFGHIJKL-', RANDOM.slice(11)),
    value: j('00', RANDOM.slice(0, 11), '-ABCDEFGHIJKL-', RANDOM.slice(11)),
  },
  { name: 'Redis URL with no user', text: j('REDIS_URL=redis://:', RANDOM, '@cache:6379/0'), value: j(':', RANDOM) },
  { name: 'password right after its noun', text: 'ssh in with password ImUx8a5uW1H', value: 'ImUx8a5uW1H' },
  {
    name: 'Azure SAS signature',
    text: j('https://acme.blob.core.windows.net/c/a.txt?sv=2022-11-02&sp=r&se=2030-01-01&sig=', SIG),
    value: SIG,
  },
  {
    name: 'Braintree access token',
    text: j('BT=access_token$production$', '4buiicnotqomnsqp$', '0e0ac7a20b9e1e4a', '036e9e3d2d147a38'),
    value: j('access_token$production$', '4buiicnotqomnsqp$', '0e0ac7a20b9e1e4a', '036e9e3d2d147a38'),
  },
  { name: 'Meta access token on its own', text: j('EAAB', RANDOM.repeat(4)), value: j('EAAB', RANDOM.repeat(4)) },
  { name: 'API client built from a literal key', text: j("co = cohere.Client('", RANDOM, "9Qw')"), value: j(RANDOM, '9Qw') },
]

describe('findSecrets: fifth-round forms', () => {
  it.each(positives)('$name', ({ text, value }) => {
    expect(findings(text).map((f) => f.value)).toContain(value)
  })
})

const negatives: Array<{ name: string; text: string }> = [
  { name: 'counting run alone', text: 'axonaut 12345678901234567890123456789012' },
  { name: 'typed Stripe test body', text: j('sk_test_', 'abcdefghijklmnopqrstuvwx') },
  { name: 'typed Slack filler', text: '"token1": "xoxp-1234567890"' },
  { name: 'typed run beside words', text: j('versioneye_key=versioneye', 'SECRETkey-1234567890123456789012345678901234567890') },
  { name: 'port after an empty user', text: 'http://:8080@proxy.internal/' },
  { name: 'stock word after an empty user', text: 'redis://:password@cache:6379' },
  { name: 'a policy name after the noun', text: 'Reset your password Policy2024 applies.' },
  { name: 'an algorithm after the noun', text: 'Hash the password Argon2id first.' },
  {
    name: 'a typed SAS signature',
    text: 'https://a.blob.core.windows.net/c?sv=2022-11-02&sig=abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQ%3D',
  },
  { name: 'a signature that is no HMAC-SHA256', text: j('https://a.example.org/x?sig=', RANDOM, RANDOM) },
  { name: 'a Meta-like run of one letter', text: j('EAA', 'A'.repeat(110)) },
  { name: 'a client built from a URL', text: 'client = MongoClient("mongodb://localhost:27017")' },
  { name: 'a client built from a region', text: 's3 = S3Client("us-east-1")' },
  { name: 'a client built from a model name', text: 'c = OpenAIClient("gpt-4o-mini-2024-07-18")' },
]

describe('findSecrets: their hard negatives', () => {
  it.each(negatives)('$name', ({ text }) => {
    expect(findings(text)).toEqual([])
  })
})
