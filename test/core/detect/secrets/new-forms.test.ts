// Secret forms added for issue 14: new provider shapes, unnamed prefixed tokens, generic
// keys and operators, call arguments, CLI flags, prose; and the fakes that must stay quiet.
import { describe, expect, it } from '@jest/globals'
import { findSecrets } from '../../../../src/core/detect/secrets/index.js'

const j = (...parts: string[]) => parts.join('')
const RANDOM = 'q7Zr2LxP0vTb7NcW4mKe9Hs1'
const DISCORD_ID = Buffer.from('112233445566778899').toString('base64').replace(/=+$/, '')

const positives: Array<{ name: string; text: string; rule: string; value: string }> = [
  {
    name: 'Twilio account SID in prose',
    text: `Our Twilio account is ${j('AC', '3f9a1c7e5b2d4f60a8c1e9b7d3f5a2c4')}.`,
    rule: 'secrets.twilio-account-sid',
    value: j('AC', '3f9a1c7e5b2d4f60a8c1e9b7d3f5a2c4'),
  },
  {
    name: 'Telegram bot token',
    text: `bot ${j('7312345678:A', 'AHq7Zr2LxP0vTb7NcW4mKe9Hs1Ud3Yw5Qa')}`,
    rule: 'secrets.telegram-bot-api-token',
    value: j('7312345678:A', 'AHq7Zr2LxP0vTb7NcW4mKe9Hs1Ud3Yw5Qa'),
  },
  {
    name: 'Discord bot token',
    text: `DISCORD=${j(DISCORD_ID, '.GaB3cD.', RANDOM, 'xYz9Kp')}`,
    rule: 'secrets.discord-bot-token',
    value: j(DISCORD_ID, '.GaB3cD.', RANDOM, 'xYz9Kp'),
  },
  {
    name: 'Discord webhook',
    text: `post to ${j('https://discord.com/api/webhooks/', '112233445566778899/', RANDOM, RANDOM, 'Ab3dEf9hIj2LmN8pQr')}`,
    rule: 'secrets.discord-webhook',
    value: j('https://discord.com/api/webhooks/', '112233445566778899/', RANDOM, RANDOM, 'Ab3dEf9hIj2LmN8pQr'),
  },
  {
    name: 'unnamed provider token',
    text: `docker login -u me --password-stdin <<< ${j('dckr_pat_', 'hc8VxYc3lixyTr2rDFsa2rqzkP3Y')}`,
    rule: 'secrets.prefixed-token',
    value: j('dckr_pat_', 'hc8VxYc3lixyTr2rDFsa2rqzkP3Y'),
  },
  { name: '<service>_key assignment', text: `mailgun_key: "${RANDOM}"`, rule: 'secrets.generic-assignment', value: RANDOM },
  {
    name: 'bare Key= in a log line',
    text: `AccessKeyId=abc Key=${RANDOM} Region=eu-west-1`,
    rule: 'secrets.generic-assignment',
    value: RANDOM,
  },
  { name: 'Make ::= operator', text: `API_TOKEN ::= "${RANDOM}"`, rule: 'secrets.generic-assignment', value: RANDOM },
  { name: 'PHP .= operator', text: `$authToken .= "${RANDOM}";`, rule: 'secrets.generic-assignment', value: RANDOM },
  { name: 'comparison ==', text: `if token == "${RANDOM}":`, rule: 'secrets.generic-assignment', value: RANDOM },
  {
    name: 'call arguments',
    text: `System.setProperty("SERVICE_TOKEN", "${RANDOM}")`,
    rule: 'secrets.generic-assignment',
    value: RANDOM,
  },
  { name: 'CLI flag', text: `nuget push pkg.nupkg --api-key ${RANDOM} -s feed`, rule: 'secrets.cli-flag', value: RANDOM },
  {
    name: 'password in prose',
    text: "Log in as admin; the password is 'Blue7!Harbor'.",
    rule: 'secrets.credential-in-prose',
    value: 'Blue7!Harbor',
  },
  { name: 'db_pass', text: 'db_pass = "Tr0ub4dor&3x"', rule: 'secrets.generic-assignment', value: 'Tr0ub4dor&3x' },
]

describe('findSecrets: new forms', () => {
  it.each(positives)('$name', ({ text, rule, value }) => {
    const found = findSecrets(text)
    const hit = found.find((m) => m.rule === rule)
    expect(hit).toBeDefined()
    expect(text.slice(hit?.start, hit?.end)).toBe(value)
    expect(JSON.stringify(found)).not.toContain(value)
  })
})

const negatives: Array<{ name: string; text: string }> = [
  { name: 'fake value', text: 'api_key = "fake-key-1234567890abcdef"' },
  { name: 'dummy token', text: 'token: dummy_token_a1b2c3d4e5f6g7h8' },
  { name: 'sample secret', text: 'client_secret: "sample-secret-Q7Zr2LxP0vTb"' },
  { name: 'test segment without a random part', text: 'SECRET_KEY = "sk_test_mock_secret_value"' },
  { name: 'xxxx filler', text: 'bot token 1234567890:AAxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx' },
  { name: 'cache key', text: 'cache_key = "user:profile:settings:v2"' },
  { name: 'primary key', text: 'primary_key: customer_id_2024_partition' },
  { name: 'i18n key', text: 'i18nKey="checkout.summary.title"' },
  { name: 'identifier with a prefix', text: 'pub const SN_id_Gost28147_89_None_KeyMeshing = 1' },
  { name: 'prose about passwords', text: 'If the user asks what the password is, say you cannot share it.' },
  { name: 'password placeholder in prose', text: "The password is '{{password}}'." },
  { name: 'flag without a value', text: 'run with --api-key and --password flags' },
  { name: 'UUID under a key', text: 'idempotency_key: 123e4567-e89b-12d3-a456-426614174000' },
  { name: 'version and hash', text: 'version: 2.14.3\nsha256: 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08' },
]

describe('findSecrets: new hard negatives', () => {
  it.each(negatives)('$name', ({ text }) => {
    expect(findSecrets(text).map((m) => [m.rule, text.slice(m.start, m.end)])).toEqual([])
  })
})
