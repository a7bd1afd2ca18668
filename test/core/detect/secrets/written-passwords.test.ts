// Passwords as people write them down (issue 14, twelfth round): the abbreviations and typos
// of "password" as keys (`PW:`, `pswd`, `MYSQLPASS`), a password starting with `!`, a type
// annotation between key and value, a quoted value right after the noun (`#define PASSWORD
// "…"`, SQL `PASSWORD '…'`), SQL `IDENTIFIED BY`, tokens wrapped in terminal colour codes,
// passwords in notes and chats (abbreviated and translated nouns, login pairs), C macros,
// option constants as keys, and Markdown tables with a Password column.
import { describe, expect, it } from '@jest/globals'
import { findSecrets } from '../../../../src/core/detect/secrets/index.js'

const PW = 'Xk29fLq8Wz7'
const findings = (text: string) => findSecrets(text).map((m) => text.slice(m.start, m.end))

describe('findSecrets: passwords as people write them down', () => {
  it.each([
    ['a two-letter key', `pw: ${PW}`],
    ['a two-letter key after an id', `ID:master PW:${PW}`],
    ['a two-letter key in brackets', `ssh ops@10.0.0.5 (pw:${PW})`],
    ['a two-letter key after a slash', `ID/PW:${PW}`],
    ['a segment of a key', `my_pw: ${PW}`],
    ['an abbreviated key', `PSWD:=${PW}`],
    ['a misspelt key', `X3_PASWRD=${PW}`],
    ['a plural key', `passwords: ${PW}`],
    ['a service-named pass key', `MYSQLPASS: ${PW}`],
    ['a Scala type annotation', `val password: String = "${PW}"`],
    ['a Python type annotation', `def connect(passwd: str = "${PW}"):`],
    ['a quoted value after the noun', `#define PASSWORD "${PW}"`],
    ['SQL PASSWORD', `CREATE USER app WITH PASSWORD '${PW}';`],
    ['SQL IDENTIFIED BY, quoted', `ALTER USER 'app'@'%' IDENTIFIED BY '${PW}';`],
    ['SQL IDENTIFIED BY, bare', `CREATE USER app IDENTIFIED BY ${PW};`],
  ])('%s', (_name, text) => {
    expect(findings(text)).toEqual([PW])
  })

  it.each([
    ['an abbreviated noun and a verb', 'wifi pw for the guest network upstairs is LemonTree-2291! (ask Dana)', 'LemonTree-2291'],
    ['a German noun', 'Benutzer: testuser\nKennwort: Zitrone#Berg55', 'Zitrone#Berg55'],
    ['a French noun and a symbol inside', 'identifiant deploy, mot de passe : Cerise&Pluie2023. Merci', 'Cerise&Pluie2023'],
    ['a misspelt noun and no verb', 'user svc-jira passowrd Tr0mbone!Sky', 'Tr0mbone!Sky'],
    ['a verb with an adverb', 'root passwd is still Sh1pwreck#99 as far as I know', 'Sh1pwreck#99'],
    [
      'words joined by separators after the noun',
      'log in with username support and password Glacier_Pony_33.',
      'Glacier_Pony_33',
    ],
    ['a login pair', 'the admin login for the NAS is ops / Kestrel#Garden42', 'Kestrel#Garden42'],
    ['a credentials pair', 'creds: jpark / Winter$Orchid88 - user must change it', 'Winter$Orchid88'],
    ['SQL IDENTIFIED BY with a word-and-digit password', 'GRANT CONNECT TO app_ro IDENTIFIED BY Pebble4Rain;', 'Pebble4Rain'],
  ])('%s', (_name, text, value) => {
    expect(findings(text)).toEqual([value])
  })

  it.each([
    ['a login pair with a placeholder', 'login: admin / password'],
    ['a login pair with a word', 'the login is your email / phone number'],
    ['a quoted field name', '<input type="password" id="pw" name="pw" autocomplete="current-password">'],
    ['a bare value with no joint', 'password Policy2024 applies to all users'],
    ['a version after the noun', 'pw is v1.2.3-beta'],
  ])('not %s', (_name, text) => {
    expect(findings(text)).toEqual([])
  })

  it.each([
    ['a C macro', '#define WIFI_PASS "Robin-Nest-4417"', 'Robin-Nest-4417'],
    ['an & inside a password', 'user partner_upload, pass: Dune&Compass5 (no quotes)', 'Dune&Compass5'],
    ['an option constant as the key', 'curl_easy_setopt(curl, CURLOPT_USERPWD, "root:dkb82VddSD");', 'root:dkb82VddSD'],
    ['a qualified option constant', 'env.put(Context.SECURITY_CREDENTIALS, "Xk29fLq8Wz7abc");', 'Xk29fLq8Wz7abc'],
    ['a query string: the next parameter is no part of it', 'password=Xk29fLq8Wz7&user=admin', 'Xk29fLq8Wz7'],
    ['an element with attributes', '<password name="db">Xk29fLq8Wz7</password>', 'Xk29fLq8Wz7'],
    [
      'an email address as the URL user',
      'smtps://jane.doe@mail.example.org:FnD83JZs@smtp.mail.corp:465',
      'jane.doe@mail.example.org:FnD83JZs',
    ],
  ])('%s', (_name, text, value) => {
    expect(findings(text)).toEqual([value])
  })

  it('reads a Markdown table column headed Password, code spans and emphasis unwrapped', () => {
    const table = [
      '| Service | URL | User | Password |',
      '|---|---|---|---|',
      '| Jenkins | https://ci.example.com | admin | Rusty*Anchor31 |',
      '| Nexus | https://nexus.example.com | deployer | `Cactus_Bloom_8` |',
      '| Wiki | https://wiki.example.com | bot | see vault |',
      '| Grafana | https://grafana.example.com | admin | `{{ grafana_password }}` |',
    ].join('\n')
    expect(findings(table)).toEqual(['Rusty*Anchor31', 'Cactus_Bloom_8'])
  })

  it.each([
    ['a map value after a constant', 'headers={"x-api-key": MCP_TOKEN, "Content-Type": "application/json"}'],
    ['a query parameter after a password', 'https://x.example/cb?password=abc123XYZ&next=1'],
    ['a macro that names a header', '#define TOKEN_HEADER "Authorization"'],
    ['a port after a user and host', 'ssh://git@github.com:22/org/repo.git'],
    ['an element of prose with attributes', '<secret-sauce class="x">The recipe is great</secret-sauce>'],
    [
      'a table of references under a Token column',
      '| Element | Token |\n|---|---|\n| Background | `EnvironmentColors.ToolWindowBackgroundBrushKey` |',
    ],
    [
      'a table of permissions under a token column',
      '| Trigger | `GITHUB_TOKEN` | Secrets |\n| --- | --- | --- |\n| `pull_request` | **read-only** | **no** |',
    ],
  ])('not %s', (_name, text) => {
    expect(findings(text)).toEqual([])
  })

  it.each([
    ['Spanish', 'la contraseña del wifi de la oficina nueva es Girasol_2024* - gracias', 'Girasol_2024*'],
    ['Japanese', 'ユーザー名: admin / パスワード: Sakura#Lamp2025', 'Sakura#Lamp2025'],
    ['Russian', 'логин admin, пароль: Kedr#Sosna77', 'Kedr#Sosna77'],
    ['Chinese, full-width colon', '密码：Xk29fLq8Wz7', 'Xk29fLq8Wz7'],
    ['Polish, capitalised', 'Hasło: Zamek!Wisla42', 'Zamek!Wisla42'],
  ])('a password noun in %s', (_name, text, value) => {
    expect(findings(text)).toEqual([value])
  })

  it.each(['la contraseña debe tener 12 caracteres', 'パスワードを忘れた場合', 'Пароль должен быть длиннее'])(
    'not a policy in another language: %s',
    (text) => {
      expect(findings(text)).toEqual([])
    },
  )

  it('finds the private member of a JSON Web Key, not a public key', () => {
    const d = 'jpsQnnGQmL-YBIffH1136cLyG7GvQZ1Le-Uy4VRdzks'
    const ec = `{"kty":"EC","crv":"P-256","x":"f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU","d":"${d}"}`
    expect(findings(ec)).toEqual([d])
    expect(findings('{\n  "kty": "oct",\n  "k": "WrMwQfoNaHTgXU5fZvRGAD"\n}')).toEqual(['WrMwQfoNaHTgXU5fZvRGAD'])
    expect(
      findings('{"kty":"RSA","n":"0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx4cbbfAAtVT86zwu1RK7aPFFxuhDR1","e":"AQAB"}'),
    ).toEqual([])
    expect(findings('{"kty":"oct","k":"your-secret-key-here-abcdef"}')).toEqual([])
  })

  it('keeps a leading ! as part of the password (a YAML tag is letters only)', () => {
    expect(findings(`password:!${PW}`)).toEqual([`!${PW}`])
  })

  it('reads a token wrapped in terminal colour codes, offsets into the raw text', () => {
    const token = 'sk-615ef152bf865a131f88b23571dc4ee6'
    const text = `>>>\x1b[93m${token}\x1b[0m<<<`
    expect(findings(text)).toEqual([token])
    // As a report's evidence shows the escape: the renderers redact through findSecrets.
    expect(findings(`[U+001B][93m${token}[U+001B][0m`)).toEqual([token])
  })

  it.each([
    ['a YAML tag', 'password: !Ref DbPassword'],
    ['a YAML tag with digits', 'password: !Base64 value'],
    ['pw meaning page width', 'Set pw: 100 for page width'],
    ['pw as a layout setting', 'layout: {pw: fullwidth, ph: auto}'],
    ['PW naming a plan', 'PW: Premium'],
    ['a PW column marked required', 'ID/PW: required'],
    ['a password policy', 'the passwords must be 12 characters'],
    ['a placeholder after IDENTIFIED BY', "CREATE USER app IDENTIFIED BY 'password';"],
    ['a placeholder after the noun', '#define PASSWORD "changeme"'],
    ['a type annotation with no value', 'password: str = Field(default=None)'],
    ['a reference after the annotation', 'password: String = System.getenv("DB_PASSWORD")'],
    ['a word that only ends like the key', 'bypass: Xk29fLq8Wz7'],
  ])('not %s', (_name, text) => {
    expect(findings(text)).toEqual([])
  })
})
