// The fake-value policy (docs/detectors.md, "Placeholders and fake values"): a value that says
// it is fake (a word, a mask, a typed run) is a placeholder; a value that merely looks random is
// real, test-mode keys included. Also the token shapes added with it.
import { describe, expect, it } from '@jest/globals'
import { findSecrets } from '../../../../src/core/detect/secrets/index.js'

const j = (...parts: string[]) => parts.join('')
const HEX32 = '9c4e1a7b3f8d20e65b1c9a4f7e3d8b2a'
const LOWER = 'k3v9q1m7x2p8w4n6r0t5j3h9d2f7s1c8'

const findings = (text: string) => findSecrets(text).map((m) => [m.rule, text.slice(m.start, m.end)])

const positives: Array<{ name: string; text: string; rule: string; value: string }> = [
  {
    name: 'Stripe test-mode key with a random body',
    text: `stripe.api_key = "${j('sk_test_', 'nX4oTq7Ace5Ajbh3svpG32mZ')}"`,
    rule: 'secrets.stripe-access-token',
    value: j('sk_test_', 'nX4oTq7Ace5Ajbh3svpG32mZ'),
  },
  {
    name: 'Zoho OAuth token',
    text: `refresh: ${j('1000.', HEX32, '.', HEX32.split('').reverse().join(''))}`,
    rule: 'secrets.zoho-oauth-token',
    value: j('1000.', HEX32, '.', HEX32.split('').reverse().join('')),
  },
  {
    name: 'Salesforce access token',
    text: `Access Token      ${j('00D5g000004Xk2P', '!', 'AQ8AQH0dM7rT2vLq9Zk4Wp1Xn6Yb3Cs8Df5Gh2Jk7Lm4Np9Qr1St6Uv3Wx8Yz5Ab2Cd7Ef4Gh9Ij1Kl6Mn3Op8Qr5St0Uv')}`,
    rule: 'secrets.salesforce-access-token',
    value: j(
      '00D5g000004Xk2P',
      '!',
      'AQ8AQH0dM7rT2vLq9Zk4Wp1Xn6Yb3Cs8Df5Gh2Jk7Lm4Np9Qr1St6Uv3Wx8Yz5Ab2Cd7Ef4Gh9Ij1Kl6Mn3Op8Qr5St0Uv',
    ),
  },
  {
    name: 'Zapier catch hook',
    text: `POST ${j('https://hooks.zapier.com/hooks/catch/', '4829173/b3k9x2q')}/ with the form`,
    rule: 'secrets.zapier-webhook',
    value: j('https://hooks.zapier.com/hooks/catch/', '4829173/b3k9x2q'),
  },
  {
    name: 'Telegram bot token inside a Bot API URL',
    text: `GET https://api.telegram.org/bot${j('6561615514:AA', 'XQzWkaYxMQ3ds65ikVBXLyHcWjOWW9WFV')}/getMe`,
    rule: 'secrets.telegram-bot-api-token',
    value: j('6561615514:AA', 'XQzWkaYxMQ3ds65ikVBXLyHcWjOWW9WFV'),
  },
  {
    name: 'Mattermost incoming webhook',
    text: `notify ${j('https://chat.acme-corp.io/hooks/', 'x7k2m9q4p1z8w3n6r5t0y2u4ia')}`,
    rule: 'secrets.chat-webhook',
    value: j('https://chat.acme-corp.io/hooks/', 'x7k2m9q4p1z8w3n6r5t0y2u4ia'),
  },
  {
    name: 'Feishu bot webhook',
    text: j('https://open.feishu.cn/open-apis/bot/v2/hook/', '3f9a1c7e-5b2d-4f60-a8c1-e9b7d3f5a2c4'),
    rule: 'secrets.lark-webhook',
    value: j('https://open.feishu.cn/open-apis/bot/v2/hook/', '3f9a1c7e-5b2d-4f60-a8c1-e9b7d3f5a2c4'),
  },
  {
    name: 'Webex incoming webhook',
    text: j('https://webexapis.com/v1/webhooks/incoming/', 'Y2lzY29zcGFyazovL3VzL1dFQkhPT0svNzFmYTIyYTgtZTlh'),
    rule: 'secrets.webex-webhook',
    value: j('https://webexapis.com/v1/webhooks/incoming/', 'Y2lzY29zcGFyazovL3VzL1dFQkhPT0svNzFmYTIyYTgtZTlh'),
  },
  {
    name: 'prefixed token with a lower-case body',
    text: `export BUILDKITE=${j('bkua_', LOWER, 'a1b2')}`,
    rule: 'secrets.prefixed-token',
    value: j('bkua_', LOWER, 'a1b2'),
  },
  {
    name: 'twenty-character service token',
    text: 'geocodio = "dqsc0pkzevjj4dqi74bn"',
    rule: 'secrets.service-token',
    value: 'dqsc0pkzevjj4dqi74bn',
  },
  {
    name: 'service token with a lower-case body',
    text: `fastforex ${LOWER}`,
    rule: 'secrets.service-token',
    value: LOWER,
  },
]

describe('findSecrets: random values are real, test mode included', () => {
  it.each(positives)('$name', ({ text, rule, value }) => {
    expect(findings(text)).toContainEqual([rule, value])
  })
})

const negatives: Array<{ name: string; text: string }> = [
  { name: 'test-mode word with a typed body', text: 'stripe_key = "sk_test_abcdefghijklmnopqrstuvwx"' },
  { name: 'test-mode word alone', text: 'STRIPE_KEY=sk_test_mock_secret_value' },
  { name: 'counting run after a service name', text: 'axonaut 12345678901234567890123456789012' },
  { name: 'alphabet listing', text: 'const keyStr = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"' },
  { name: 'mask of one character', text: 'aws_secret_access_key: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa' },
  { name: 'lower-case name with a number', text: 'release notes_2024_final_versionupdate2 applied' },
  { name: 'lower-case words after a service name', text: 'zapier releasenotesforversion2andmigrationguide' },
  { name: 'prefixed lower-case words', text: 'build_releasecandidatefornextversion2024' },
  { name: 'twenty lower-case letters and a number', text: 'acme = "releasenotesforversion2"' },
  { name: 'repository hook settings', text: 'https://github.com/acme/app/settings/hooks/123456789' },
  { name: 'documentation page under /hooks/', text: 'https://docs.mattermost.com/hooks/incoming-webhooks-guide' },
  { name: 'typed run as a hook id', text: 'https://git.corp.io/hooks/abcdefghijklmnopqrstuvwxyz' },
  { name: 'Zapier hook without a hook id', text: 'https://hooks.zapier.com/hooks/catch/' },
]

describe('findSecrets: values that say they are fake stay quiet', () => {
  it.each(negatives)('$name', ({ text }) => {
    expect(findings(text)).toEqual([])
  })
})

// A JSON Web Token says it is an example through its claims: jwt.io's "John Doe" with the
// "1234567890" subject, a manual's "foo": "bar". One minted for a real user names that user.
const jwtOf = (claims: object): string =>
  j(
    'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.',
    Buffer.from(JSON.stringify(claims)).toString('base64url'),
    '.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c',
  )

describe('findSecrets: example JSON Web Tokens', () => {
  it.each([
    ['jwt.io sample, bare', jwtOf({ sub: '1234567890', name: 'John Doe', iat: 1516239022 })],
    ['jwt.io sample, assigned', `token: ${jwtOf({ sub: '1234567890', name: 'John Doe', iat: 1516239022 })}`],
    ["a manual's claims", `generate_jwt(...)  ${jwtOf({ foo: 'bar', name: 'John Doe' })}`],
  ])('stay quiet: %s', (_name, text) => {
    expect(findings(text)).toEqual([])
  })

  it.each([
    ['a real user', jwtOf({ sub: 'u_82731', name: 'Priya Raman', iat: 1716239022 })],
    ['a sample name with a real subject', jwtOf({ sub: '8f1c2a9e-4b7d-4e3a-9c1f-2d3e4f5a6b7c', name: 'John Doe' })],
    ['only protocol claims', jwtOf({ iat: 1716239022, exp: 1716242622 })],
  ])('are found: %s', (_name, token) => {
    expect(findings(`token: ${token}`).map(([rule]) => rule)).not.toEqual([])
  })
})

// Public by design, or a stand-in: sec1's false alarms (test/fixtures/probes/sec1.txt).
describe('findSecrets: public identifiers and stand-in connection URIs', () => {
  const stripePublishable = j('pk_live_', 'PitWQqSgjyDtwMf89AR3aebj')
  const googleClientId = j('822023192482-', 'r7sz5cuqm2edtmlqqxkqouky0ai2ckbt', '.apps.googleusercontent.com')
  it.each([
    ['a Stripe publishable key', `Publishable key for the checkout page: ${stripePublishable}`],
    ['a Google OAuth client id next to the word secret', `client id (not a secret): ${googleClientId}`],
    [
      'a package integrity hash',
      `"integrity": "sha512-${j('NIbPALJpsRVMqa2Q4DQgZmLrLO1yP4DqLyZYJgXyihaLOX3algXnV1uOjKXtgRYGQv6z')}=="`,
    ],
    ['a stock connection URI', 'DATABASE_URL=postgresql://user:password@localhost:5432/mydb'],
    // Twentieth round (custom-GPT prompts quoting DNS records and wallets).
    [
      'a domain verification TXT record',
      `example.com.  7200  IN  TXT  "atlassian-domain-verification=${j('t1rKCy68JFszSdCKVpw64A1', 'QksWdXuYFUeSXKU')}"`,
    ],
    ['a site verification token', `text = "google-site-verification=${j('A2WZWCNQHrGV_TWwKh6KHY90', 'tY0SHZo_RnyMJoDaG0s')}"`],
    ['a contract address', `contract address: 0x${j('4d2ed4400eb33c986edaea9a', '68475d983b134b43')}`],
    ['a password read from a record by index', '        encrypted_password = entry[2]'],
    ['a password compared with a lookup', '            if hashed_password == registered_users[username]:'],
    [
      'a passphrase built by code',
      "        passphrase = numbers[0] + ''.join(word + numbers[i + 1] for i, word in enumerate(words))",
    ],
    ["the shell's working directory", 'PWD=/home/htb-student/Downloads'],
    ['a path to a secret file', '"password_file": "/run/secrets/db_password"'],
  ])('stay quiet: %s', (_name, text) => {
    expect(findings(text)).toEqual([])
  })

  it.each([
    [
      'a private key written like an address, only longer',
      `private key: 0x${j('4d2ed4400eb33c986edaea9a', '68475d983b134b43').repeat(2).slice(0, 64)}`,
    ],
    ['a secret key under the same prefix (Courier)', `courier_secret=${j('pk_test_', 'M9KF3R8DPWN2X4HVBQY5ZGCS7L1A')}`],
    ['a client secret after the client id', `${googleClientId} client_secret: ${j('GOCSPX-', 'q8Vt3LmN0xR2sK7wYb4ZcD1fHj9A')}`],
    [
      'a connection URI with a real password',
      `DATABASE_URL=postgresql://app:${j('uQEM25nL', '29PDdTCEE7')}@db.internal:5432/app`,
    ],
  ])('are found: %s', (_name, text) => {
    expect(findings(text)).not.toEqual([])
  })
})
