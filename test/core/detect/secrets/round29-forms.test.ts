// Secret forms added in the twenty-ninth round: how people write credentials down in notes,
// tickets and chats (a `user / password` pair after a login word, a Wi-Fi key, a value set in
// <code> markup, a diceware passphrase), a credentialed URL whose host was anonymised to an
// example domain, and Discord and JWT shapes that were retyped or made up rather than issued.
// Each has look-alikes that must stay quiet. Values are split with `j()` so that the test file
// itself trips no secret scanner.
import { describe, expect, it } from '@jest/globals'
import { findSecrets } from '../../../../src/core/detect/secrets/index.js'

const j = (...parts: string[]) => parts.join('')
const found = (text: string) => findSecrets(text).map((m) => [m.rule, text.slice(m.start, m.end)])
const values = (text: string) => findSecrets(text).map((m) => text.slice(m.start, m.end))

describe('findSecrets: a user and a password written as a pair after a login word', () => {
  it.each([
    [`Sign in to the staging console as qa_lead / ${j('Marble#', 'Fox1140')} and run the smoke suite.`, j('Marble#', 'Fox1140')],
    [`VPN account for contractors: contractor7 / ${j('Ridge_', 'Runner#22')}`, j('Ridge_', 'Runner#22')],
    [`installed the driver with the local admin acct (lcl_adm / ${j('Toner', 'Jam_Tray7')}). Closed.`, j('Toner', 'Jam_Tray7')],
    [`> what's the pw for the wiki?\n> editor / ${j('Quill&', 'Inkwell!3')}`, j('Quill&', 'Inkwell!3')],
    [`use the shared login desk4 / ${j('Birch.', 'Grove!2031')} for check-in only`, j('Birch.', 'Grove!2031')],
    [`log on to the share as CORP\\jdoe / ${j('Harvest_', 'Moon8')}`, j('Harvest_', 'Moon8')],
    [`Log into the lab VM as student / ${j('Lab4-', 'Heron!62')} and list the files.`, j('Lab4-', 'Heron!62')],
    [`Signed into the router as admin / ${j('Gecko-', 'Tile_31')}, then rebooted`, j('Gecko-', 'Tile_31')],
    [`Usuario y contraseña: recepcion / ${j('Naranja#', 'Verde51')}`, j('Naranja#', 'Verde51')],
  ])('%s', (text, value) => {
    expect(found(text)).toEqual([['secrets.credential-in-prose', value]])
  })

  it.each([
    // No login word on the line or the one above.
    `Set the adapter to dual stack: ipv6 / ${j('IPv4-', 'Only_2')}.`,
    // Labels, versions, file names.
    'Log in to the admin page and choose Read / Write-Access2 for the group.',
    'Log in as admin / 1.2.3-beta_7 to see the release notes.',
    'Account report: q3 / FY2024-Report_v2.pdf',
    'Username / Password fields are required.',
    'The login form has two fields, user / password, and a Remember-me2 box.',
    // A stand-in value, or the word itself in leetspeak.
    'Example login: jdoe / Example-Pass_1',
    'We can log in with the administrator credentials `admin / p@ssw0rd`.',
    // A plural is a table or a list, not the account: `accounts` is not `account`.
    'in the accounts table, status / Pending-Review2 rows',
  ])('quiet: %s', (text) => {
    expect(found(text)).toEqual([])
  })
})

describe('findSecrets: a Wi-Fi key, and a value in markup after the noun', () => {
  it.each([
    [`Join the access point SVC-NET using the Wi-Fi key ${j('gr33n', 'Lamp!Dial')}`, j('gr33n', 'Lamp!Dial')],
    [`our wifi key is ${j('Harbor7', '-Gull!x')}`, j('Harbor7', '-Gull!x')],
    [`Network key: ${j('Light', 'house_22b')}`, j('Light', 'house_22b')],
    [`<p>Guest network: <b>Cafe-Nord</b> - password <code>${j('Latte', '3Foam')}</code></p>`, j('Latte', '3Foam')],
    [`<li><b>Password:</b> ${j('Vintage7', '-Wharf')}</li>`, j('Vintage7', '-Wharf')],
  ])('%s', (text, value) => {
    expect(values(text)).toEqual([value])
  })

  it.each([
    'The default Wi-Fi key is printed on the sticker underneath the router.',
    'the network key is in the team vault',
    'The password field uses <code>type=password</code>.',
    '<li><b>Password:</b> at least 12 characters</li>',
  ])('quiet: %s', (text) => {
    expect(found(text)).toEqual([])
  })
})

describe('findSecrets: a diceware passphrase in quotes', () => {
  it.each([
    [`the passphrase is "${j('copper lantern ', 'drifts seven bays')}"`, j('copper lantern ', 'drifts seven bays')],
    [`Kennwort ist „${j('nebel fuchs ', 'kompass tinte')}“`, j('nebel fuchs ', 'kompass tinte')],
    [`VeraCrypt pw: "${j('tundra pebble ', 'violin mango ferry')}" (all lowercase)`, j('tundra pebble ', 'violin mango ferry')],
  ])('%s', (text, value) => {
    expect(values(text)).toEqual([value])
  })

  it.each([
    'Passphrase: "correct horse battery staple"',
    'password is "ask the front desk for it"',
    'the passphrase is "something long and memorable"',
    'the passphrase is "four random words"',
  ])('quiet: %s', (text) => {
    expect(found(text)).toEqual([])
  })
})

describe('findSecrets: a credentialed URL on an example host with a real-looking password', () => {
  it('is a finding when the password is one people make', () => {
    const url = `git push https://ci-bot:${j('Tr4in-Yard', '%21Blue')}@git.example.com/org/app.git`
    expect(findSecrets(url).map((m) => m.rule)).toEqual(['secrets.credentialed-url'])
  })

  it.each([
    'postgres://admin:password@db.example.com/app',
    'mysql://root:MySecretPass1@db.example.com/x',
    'https://username:secret@example.com/path',
    'amqp://guest:Guest@mq.example.org/',
    'https://user:Example-Value9@api.example.com/',
  ])('quiet: %s', (text) => {
    expect(found(text)).toEqual([])
  })
})

describe('findSecrets: Discord and JWT shapes whose first part does not decode', () => {
  it('a Discord bot token with a random first part', () => {
    const token = j('Q3Vt9xLmP2aZkR8sW4yB7nJe', '.Gk2-xP.', 'a9Fz_Lq3WmR7tYc2VbN8kJd5HsXeUoP')
    expect(found(`paste the bot token into config.json: ${token}`)).toEqual([['secrets.discord-bot-token', token]])
    expect(found(`DISCORD=${token}`)).toEqual([['secrets.discord-bot-token', token]])
  })

  it('a Discord bot token whose first part starts like an id but does not decode', () => {
    const token = j('MTk4Qx7pLm2ZvR9sW4yB7nJeKd', '.E2-E4_.', 'Zig9V5mpMk-Jy8gCOgZ5ynmd9TPfh8wh5')
    expect(found(`the token: ${token}`)).toEqual([['secrets.discord-bot-token', token]])
  })

  it('the same shape with another first character needs Discord or a bot token named', () => {
    const token = j('Q3Vt9xLmP2aZkR8sW4yB7nJe', '.Gk2-xP.', 'a9Fz_Lq3WmR7tYc2VbN8kJd5HsXeUoP')
    expect(found(`build id ${token}`)).toEqual([])
  })

  it('a JWT whose header does not decode but is random', () => {
    const token = j('eyJmZ9Xk3LpQw7RtY2vBn', '.eyJzQ8mK2pLx7WvR4tYb.', 'Hq7Lm2Xk9PzR4tWv8BnYc3')
    expect(found(`copied from the log: ${token}`)).toEqual([['secrets.jwt', token]])
  })

  it.each([
    'com.example.service.ImplementationFactory.createDefaultInstance',
    j('abcdefghijklmnopqrstuvwx', '.abcdef.', 'abcdefghijklmnopqrstuvwxyza'),
    j('eyJxxxxxxxxxxxxxxxxxxxx', '.eyJxxxxxxxxxxxxxxx.', 'xxxxxxxxxxxxxxxxxxxxxxx'),
  ])('quiet: %s', (text) => {
    expect(found(text)).toEqual([])
  })
})

describe('findSecrets: code pasted inside a JSON string, and ConvertTo-SecureString written other ways', () => {
  it.each([
    // `\t` and `\"` escaped, as a JSON string holds C or shell code.
    [`"src": "#define\\tpassword\\t\\"${j('n84ASM', '54y4')}\\""`, j('n84ASM', '54y4')],
    [`"text": "the admin\\npassword is \\"${j('Qx7-Lm', '2#Rt')}\\""`, j('Qx7-Lm', '2#Rt')],
    // Switches first, the string bare; escaped quotes; no -AsPlainText but a password's length.
    [`ConvertTo-SecureString -String -Force ${j('dsjUE#', '$gds8s')}`, j('dsjUE#', '$gds8s')],
    [`"ConvertTo-SecureString \\"${j('4yd21JKH', '~GE8dkd')}\\""`, j('4yd21JKH', '~GE8dkd')],
    [`$p = ConvertTo-SecureString -AsPlainText -Force -String '${j('Kv8#Pz', '3-Lq')}'`, j('Kv8#Pz', '3-Lq')],
  ])('%s', (text, value) => {
    expect(values(text)).toEqual([value])
  })

  it.each([
    '"notes": "see the\\npassword\\tpolicy page"',
    '$s = ConvertTo-SecureString $encrypted',
    '$s = Get-Content key.txt | ConvertTo-SecureString',
    'ConvertTo-SecureString -AsPlainText -Force -String (Read-Host)',
    'ConvertTo-SecureString -String $env:BACKUP_PW -AsPlainText -Force',
  ])('quiet: %s', (text) => {
    expect(found(text)).toEqual([])
  })
})

describe('findSecrets: PyPI tokens of any index, Instagram access tokens', () => {
  const macaroon = 'AgENdGVzdC5weXBpLm9yZwIkNmQ4YzE2ZTAtOTdhYy00ZDliLWI3ZjMtMmU1YjA0ZTFhNDc2AAIqWzMsIjVmYjg0'
  it.each([
    ['pypi-api-token', 'TWINE_PASSWORD=', j('pypi-', macaroon)],
    [
      'pypi-api-token',
      'password: ',
      j('pypi-', 'AgEIcuV6j32X06MrcvbGcRvJIB8G9jxTY8Ta9KTwucp9Nio4rkFZx6KAyZjjswgabHCSPQfK9X6kjjMLWxOB3MN'),
    ],
    [
      'instagram-access-token',
      'ig token ',
      j('IGQVJ', 'Yq7zgagTdwjoi8GtDPXXZ35uC3xSUhzXCydCyQagmTTxHsGRlTBJDfkoHpVrO07XOup7twwRkywoLyEDiKzcFmaFmGEMSx4rDekPkH9dY65h9'),
    ],
  ])('%s', (rule, before, value) => {
    expect(found(`${before}${value}`)).toEqual([[`secrets.${rule}`, value]])
  })

  it.each([
    j('pypi-', 'AgE', 'x'.repeat(80)),
    j('IGQVJ', 'A'.repeat(120)),
    'pypi-AgEIcHlwaS5vcmc (the start every token shares)',
  ])('quiet: %s', (text) => {
    expect(found(text)).toEqual([])
  })
})
