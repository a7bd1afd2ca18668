// Passwords as people write them down (issue 14, twelfth round): the abbreviations and typos
// of "password" as keys (`PW:`, `pswd`, `MYSQLPASS`), a password starting with `!`, a type
// annotation between key and value, a quoted value right after the noun (`#define PASSWORD
// "…"`, SQL `PASSWORD '…'`), SQL `IDENTIFIED BY`, and tokens wrapped in terminal colour codes.
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
    ['words joined by separators after the noun', 'log in with username support and password Glacier_Pony_33.', 'Glacier_Pony_33'],
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

  it('keeps a leading ! as part of the password (a YAML tag is letters only)', () => {
    expect(findings(`password:!${PW}`)).toEqual([`!${PW}`])
  })

  it('reads a token wrapped in terminal colour codes, offsets into the raw text', () => {
    const token = 'sk-615ef152bf865a131f88b23571dc4ee6'
    const text = `>>>\x1b[93m${token}\x1b[0m<<<`
    expect(findings(text)).toEqual([token])
  })

  it.each([
    ['a YAML tag', 'password: !Ref DbPassword'],
    ['a YAML tag with digits', 'password: !Base64 value'],
    ['pw meaning page width', 'Set pw: 100 for page width'],
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
