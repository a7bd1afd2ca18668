// Secret forms added in the twenty-eighth round, from the dev misses (CredSweeper, Kingfisher,
// Nosey Parker): provider token shapes no rule had, a long random key with a `test` segment,
// and the look-alikes (placeholders, documentation values, references) that must stay quiet.
// Values are split with `j()` so that the test file itself trips no secret scanner.
import { describe, expect, it } from '@jest/globals'
import { findSecrets } from '../../../../src/core/detect/secrets/index.js'

const j = (...parts: string[]) => parts.join('')
const found = (text: string) => findSecrets(text).map((m) => [m.rule, text.slice(m.start, m.end)])

const providers: Array<[string, string, string]> = [
  ['mailchimp-key', 'MAILCHIMP=', j('a3f9c2b7d1e8a4c6f9b0d2e4a6c8e0f1', '-us12')],
  ['langsmith-api-key', 'LANGCHAIN_API_KEY=', j('lsv2_pt_', 'a3f9c2b7d1e8a4c6f9b0d2e4a6c8e0f1_a3f9c2b7d1')],
  [
    'docker-swarm-token',
    'docker swarm join --token ',
    j('SWMTKN-1-', '49nj1cmql0jkz5s954yi3oex3nedyz0fb0xx14ie39trti4wxv-8vxv8rssmk743ojnwacrr2e7c'),
  ],
  ['mailgun-private-key', 'MAILGUN=', j('a25c30900a9a18ac7ff997fd1a1cc392', '-432f2836-db15b420')],
  ['akamai-edgegrid-token', 'client_token = ', j('akab-', 'tblyqy3t4dsc83jy-h5sj5xn34iu73ssf')],
  ['facebook-app-token', 'fb: ', j('1527194624358273|', 'qbBf2-fdB9zZpqLA0_2nNzZDw2M')],
  [
    'x-app-bearer-token',
    'Authorization: Bearer ',
    j('AAAAAAAAAAAAAAAAAAAAA', 'MLheAAAAAAA0%2BeiuSd%2BUPlp6zMkZCMD6977Ua6%3DE44LucN8gpuODdKABOH4Qzjwiq'),
  ],
  ['postman-access-token', 'collection token ', j('PMAT-', '01GXQ9V5K2ZP7M3R8T4W6Y1B0C')],
  ['heroku-prefixed-api-key', 'HEROKU_API_KEY=', j('HRKU-', 'f1274537-88fb-4e1a-b9c2-4535ae994774')],
  ['new-relic-browser-key', 'licenseKey: ', j('NRJS-', '0b6b8fa4a93b73ef9e4')],
  ['nats-nkey-seed', 'seed: ', j('SUAMK2FG4MKIPXCPSEZLEXGHPQHZUHY4', 'ASKJDHWH4W5NLMP7XKMWDWZ2N4')],
  [
    'google-oauth-refresh-token',
    'refresh_token ',
    j('1//0gLvR8Xk29fLq8Wz7Qm3Rt5Yu8Io0Pa2Sd4Fg6H', 'j8KXk29fLq8Wz7Qm3Rt5Yu8Io0Pa2Sd4'),
  ],
  [
    '1password-service-account',
    'OP_SERVICE_ACCOUNT_TOKEN ',
    j(
      'ops_eyJ',
      'zCCxf54I5riStunC6PFkkw1wUgN_NKm9AQtqj1-g2NdiQYcLJmMMwI7AzTaRrpiaQYpsWVSCWKLFGy0UruVX7s8YFr13lmhbxjDyPHw5EZ6jzPBa0YzPNTSUUB7C7pX1fCDTU8OlW-uMUNZBuHi32SPRrka6al896leRXwsmzhwdeV7L-mfHtpOxDAQRUeTjL0ynwDCpFajmZlatvd140hzfLI2j_boPXDDvdmflhm-ix_yBaGI9Hv7RSZ8O1',
    ),
  ],
]

describe('findSecrets: provider shapes of the twenty-eighth round', () => {
  it.each(providers)('%s', (rule, before, value) => {
    expect(found(`${before}${value} # prod`)).toEqual([[`secrets.${rule}`, value]])
  })
})

describe('findSecrets: provider look-alikes stay quiet', () => {
  it.each([
    // A swarm token's first part is a SHA-256 in base36 (50 digits, so it starts 0-6): not a sentence in leetspeak.
    j('SWMTKN-1-', '7here4ar3not7he7oken5you4re1ooking4or1samplingonly-nh7cr8ap4o4fl58ektr42c8ek'),
    j('SWMTKN-1-', 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx-xxxxxxxxxxxxxxxxxxxxxxxxx'),
    // A UUID with a word before it is an object id, not a Heroku key.
    'order ORDER-f1274537-88fb-4e1a-b9c2-4535ae994774 shipped',
    j('HRKU-', '00000000-0000-0000-0000-000000000000'),
    j('akab-', 'xxxxxxxxxxxxxxxx-xxxxxxxxxxxxxxxx'),
    j('PMAT-', 'XXXXXXXXXXXXXXXXXXXXXXXXXX'),
    // Table cells and pipes: an id and a word, not an app token.
    '| 1527194624358273 | qbBf2fdB9zZpqLA0nNzZDw2M |',
    j('1234567890123456|', 'your_app_secret_goes_here_x'),
    'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
    j('1//0', 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'),
    'see https://example.com/1//0/a/b for the path',
    j('NRJS-', '0000000000000000000'),
    j('lsv2_sk_', '00000000000000000000000000000000_0000000000'),
    j('00000000000000000000000000000000', '-us1'),
    'LANGCHAIN_API_KEY=lsv2_pt_...',
    j('00000000000000000000000000000000', '-00000000-00000000'),
  ])('%s', (text) => {
    expect(found(text)).toEqual([])
  })
})

describe('findSecrets: a long random key with a test segment is a test-mode key, not a placeholder', () => {
  const body = 'KQI2pIpqzh1Nv2ZXfyfDQUTUQ63Cw359VjKMwtfJ000DsiXxtcVuxT40W8QRSYWZLQZxszLqOMkbYwYWDV1xKCmRKWR3kgSpi9h'
  it('a 99-character Stripe test key', () => {
    const key = j('sk_test_', body)
    expect(found(`STRIPE_SECRET_KEY=${key}`).map(([, v]) => v)).toEqual([key])
  })
  it.each([
    j('sk_test_', 'abcdefghijklmnopqrstuvwxyz0123456789'),
    j('sk_test_', 'mock_secret_value_here'),
    'SECRET_KEY = "sk_test_mock_secret_value"',
  ])('%s stays quiet', (text) => {
    expect(found(text)).toEqual([])
  })
})

const PW = 'Xk29fLq8Wz7q'
const RANDOM = 'q7Zr2LxP0vTb7NcW4mKe9Hs1'
const values = (text: string) => findSecrets(text).map((m) => text.slice(m.start, m.end))

describe('findSecrets: context forms of the twenty-eighth round', () => {
  it.each([
    [
      'a JWK fragment without its opening brace',
      `"kty": "EC",\n"d": "${j('slayuzGlLUiyxFsFd5', 'osgl77877dYpe2bslyYGOyUN-')}"`,
      j('slayuzGlLUiyxFsFd5', 'osgl77877dYpe2bslyYGOyUN-'),
    ],
    [
      'a symmetric JWK fragment',
      `  "kty": "oct",\n  "alg": "HS256",\n  "k": "${j('WrMiIkIW84LU', 'MV5s2pxhdb')}"`,
      j('WrMiIkIW84LU', 'MV5s2pxhdb'),
    ],
    [
      "MySQL's IDENTIFIED WITH <plugin> BY",
      `ALTER USER 'root'@'localhost' IDENTIFIED WITH mysql_native_password BY '${PW}';`,
      PW,
    ],
    ['IDENTIFIED WITH a quoted plugin', `CREATE USER 'app'@'%' IDENTIFIED WITH 'caching_sha2_password' BY '${PW}';`, PW],
    ['an AccessKeyId in JSON', `{ "AccessKeyId" : "${j('LTAI5t', 'Q8mZ2xR7vK3pN9wD')}" }`, j('LTAI5t', 'Q8mZ2xR7vK3pN9wD')],
    ['an aws_access_key_id', `aws_access_key_id = ${j('AKIM1Y568J2B', '1FC6O5QP')}`, j('AKIM1Y568J2B', '1FC6O5QP')],
    [
      'a client key before keyword arguments',
      `c = GrafanaClient("${j('eyJrIjoiT0tTcG1pUlY2RnVKZTFVaDFsNFZXdE9ZWmNrMkZYbk', 'IiLCJuIjoiYSIsImlkIjoxfQ==')}", host=grafana_host, port=3000, protocol="http")`,
      j('eyJrIjoiT0tTcG1pUlY2RnVKZTFVaDFsNFZXdE9ZWmNrMkZYbk', 'IiLCJuIjoiYSIsImlkIjoxfQ=='),
    ],
    ['the literal an environment read falls back to (Python)', `PASSWORD = os.environ.get("PASSWORD") or "${PW}"`, PW],
    ['the literal an environment read falls back to (JavaScript)', `const token = process.env.API_TOKEN || "${RANDOM}";`, RANDOM],
    ["a shell variable's made-up default", `password: \${DB_PASSWORD:-${PW}}`, PW],
  ])('%s', (_name, text, value) => {
    expect(values(text)).toEqual([value])
  })

  it.each([
    // A public JWK, and a private one's placeholder.
    '"kty": "RSA", "e": "AQAB", "n": "0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx4cbbfAAtVT86zwu1RK7aPFFxuhDR1L6tSoc"',
    '"kty": "EC",\n"d": "<your-private-key>"',
    "ALTER USER 'root'@'localhost' IDENTIFIED WITH mysql_native_password BY 'password';",
    "ALTER USER 'test'@'1.1.1.1' IDENTIFIED WITH 'mysql_native_password' AS '*92F8D618F2347266A64A5DD9E1519D2FCC49F339';",
    "CREATE USER 'app' IDENTIFIED WITH auth_socket;",
    'aws_access_key_id = AKIAIOSFODNN7EXAMPLE',
    'accessKeyId: process.env.AWS_ACCESS_KEY_ID',
    'access_key_id: minioadmin',
    '"AccessKeyId": "${{ secrets.AWS_ACCESS_KEY_ID }}"',
    'AWS_ACCESS_KEY_ID=your-access-key-id',
    'client = OpenAIClient("gpt-4o-mini", timeout=30)',
    'c = SomeClient("{{api_key}}", host="x")',
    'password = os.environ.get("PASSWORD") or "changeme"',
    'password = os.environ.get("PASSWORD") or ""',
    'host = os.environ.get("HOST") or "db.internal.acme.io"',
    'token = process.env.TOKEN || ""',
    'echo ${API_TOKEN:-}',
    'POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:-postgres}',
    'x: ${DB_PASSWORD:-changeme}',
    'host: ${DB_HOST:-db01.internal}',
    'token: ${{ secrets.API_TOKEN }}',
    'password: ${DB_PASSWORD}',
    'pw: ${PASSWORD:-${FALLBACK_PASSWORD}}',
  ])('%s stays quiet', (text) => {
    expect(values(text)).toEqual([])
  })
})

describe('findSecrets: command lines and encoded query strings of the twenty-eighth round', () => {
  it.each([
    ['net use with the password after the user', `net use \\\\fs01\\share /user:CORP\\admin ${PW}`],
    ['net use with the password before the user', `net use Z: \\\\fs01\\share ${PW} /user:CORP\\admin`],
    ['sqlcmd -P', `sqlcmd -S db01 -U sa -P ${PW} -Q "select 1"`],
    ['ldapsearch -w', `ldapsearch -x -D "cn=admin,dc=acme,dc=io" -w ${PW} -b dc=acme,dc=io`],
  ])('%s', (_name, text) => {
    expect(values(text)).toEqual([PW])
  })
  it('a token in a URL-encoded query string', () => {
    const text = `url = "https://app.acme.io/login?next=%2Fdash%3Faccess_token%3D${RANDOM}%26x%3D1"`
    expect(values(text)).toEqual([RANDOM])
  })
  it.each([
    'net use Z: \\\\fs01\\share * /user:CORP\\admin',
    'net use Z: \\\\fs01\\share /persistent:yes',
    'net use Z: \\\\fs01\\share %PASSWORD% /user:x',
    'the net use command maps \\\\host\\share drives for you',
    'ldapsearch -x -W -b dc=acme',
    'sqlcmd -S db01 -U sa -P $SA_PASSWORD',
    'https://app.acme.io/login?next=%2Fdash%3Ftoken%3D%7B%7Btoken%7D%7D',
    'https://a.io/?r=%3Fpassword%3Dchangeme%26u%3Dadmin',
    `https://a.io/?r=%3Fstate%3D${RANDOM}`,
  ])('%s stays quiet', (text) => {
    expect(values(text)).toEqual([])
  })
})

describe('findSecrets: string prefixes and indexed keys of the twenty-eighth round', () => {
  it.each([
    `api_key = r"${RANDOM}"`,
    `api_key = b'${RANDOM}'`,
    `API_KEY = f"${RANDOM}"`,
    `self.api_key = u"${RANDOM}"`,
    `string apiKey = @"${RANDOM}";`,
    `headers["X-Api-Key"] = "${RANDOM}"`,
    `config['api_key'] = '${RANDOM}'`,
    `os.environ["OPENAI_API_KEY"] = "${RANDOM}"`,
  ])('%s', (text) => {
    expect(values(text)).toEqual([RANDOM])
  })
  it.each([
    'headers["Content-Type"] = "application/json"',
    'x = f"{api_key}"',
    'token = f"Bearer {token}"',
    'cache["token"] = token',
    'links[0] = "see [docs](x)"',
    'env["API_TOKEN"] = "${{ secrets.API_TOKEN }}"',
    'os.environ["OPENAI_API_KEY"] = os.getenv("KEY")',
    'api_key = r"<YOUR_API_KEY>"',
  ])('%s stays quiet', (text) => {
    expect(values(text)).toEqual([])
  })
})

describe('findSecrets: Markdown emphasis, piped passwords and XML entries of the twenty-eighth round', () => {
  it.each([
    [`- **Password**: ${PW}`, PW],
    [`**API key:** ${RANDOM}`, RANDOM],
    [`echo "${PW}" | sudo -S apt update`, PW],
    [`echo ${PW} | docker login --password-stdin -u admin`, PW],
    [`echo -n "${PW}" | passwd --stdin deploy`, PW],
    [`<entry key="password">${PW}</entry>`, PW],
    [`<param name="api_token">${RANDOM}</param>`, RANDOM],
  ])('%s', (text, value) => {
    expect(values(text)).toEqual([value])
  })
  it.each([
    '**Password**: must be at least 12 characters',
    '**Password:** {{password}}',
    '**Password**: `<your password>`',
    '**Password** is required',
    '**Password**: ********',
    'echo $DOCKER_PASSWORD | docker login --password-stdin -u admin',
    'echo "${{ secrets.GHCR_TOKEN }}" | docker login ghcr.io -u x --password-stdin',
    'cat ~/pw.txt | docker login --password-stdin',
    'echo changeme | sudo -S ls',
    '<entry key="password">${db.password}</entry>',
    '<input name="password" type="password"> Enter your password</label>',
    '<label name="password">Password</label>',
  ])('%s stays quiet', (text) => {
    expect(values(text)).toEqual([])
  })
})
