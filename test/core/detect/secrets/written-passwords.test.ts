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
