// "Password" in other languages written as a label or a key (`Passwort: …`, `"contraseña": "…"`,
// `senha=…`) is read as the English `password` key is: the same values count and the same
// placeholders stay quiet. Before this, such a label needed a value with mixed case and digits
// (a random password of letters only was missed), the quoted JSON key form was never read, and
// Dutch, Finnish, Danish, Norwegian, Czech, Hungarian and other labels were not known at all.
// Values are split with `j()` so that the test file itself trips no secret scanner.
import { describe, expect, it } from '@jest/globals'
import { findSecrets } from '../../../../src/core/detect/secrets/index.js'

const j = (...parts: string[]) => parts.join('')
const values = (text: string) => findSecrets(text).map((m) => text.slice(m.start, m.end))

const LABELS = [
  ...['Passwort', 'Kennwort', 'contraseña', 'Contraseña', 'contrasena', 'mot de passe', 'senha', 'wachtwoord'],
  ...['hasło', 'haslo', 'şifre', 'sifre', 'lösenord', 'salasana', 'adgangskode', 'kodeord', 'passord', 'heslo'],
  ...['jelszó', 'jelszo', 'lozinka', 'geslo', 'пароль', 'パスワード', '密码', '비밀번호'],
]
const FORMS: Array<(label: string, value: string) => string> = [
  (l, v) => `${l}: ${v}`,
  (l, v) => `{"user": "ops", "${l}": "${v}"}`,
  (l, v) => `${l}=${v}`,
  (l, v) => `  ${l}: "${v}"`,
]

describe('findSecrets: a translated password label holds a password as `password:` does', () => {
  const random = [j('mlifEd', 'WwSpgh'), j('AK5RWD', '58DZXX'), j('Kestrel#', 'Garden42'), j('p7Hq2', 'LmZ9xR')]
  it.each(LABELS.flatMap((label) => FORMS.map((form) => [form(label, random[label.length % random.length] as string)])))(
    '%s',
    (text) => {
      expect(values(text)).toHaveLength(1)
    },
  )
})

describe('findSecrets: a translated label finds what the English key finds, no more', () => {
  // Placeholders, references, masks and words: quiet for `password:`, so quiet here too; and
  // values the English key takes are taken here as well. (Not a quoted lower-case word such as
  // "geheim": gitleaks' generated generic-password rule takes it after English key names only.)
  const VALUES = [
    ...['********', '<dein-passwort>', '${DB_PASSWORD}', '{{ secrets.DB_PASS }}', 'changeme', 'xxxxxxxx'],
    ...['your_password_here', '%DB_PASS%', 'process.env.PASS', 'siehe Vault', j('Sommer', '2024!'), j('gX9', 'vQ2mL')],
    ...['123456', 'passwort', j('Tr0ub4dor', '&3'), '/run/secrets/db', 'N/A'],
  ]
  it.each(LABELS.flatMap((label) => VALUES.map((value) => [label, value])))('%s: %s', (label, value) => {
    for (const form of FORMS) {
      const english = values(form('password', value))
      expect(values(form(label, value))).toEqual(english)
    }
  })
})

describe('findSecrets: translated nouns in sentences and names keep their old reading', () => {
  it.each([
    'Passwort vergessen? Klicken Sie auf „Zurücksetzen“.',
    'Das Passwort muss mindestens 12 Zeichen lang sein.',
    'La contraseña debe tener al menos 8 caracteres.',
    'Wachtwoord kwijt? Vraag een nieuw aan via de helpdesk.',
    '<label for="passwort">Passwort</label>',
    'id="senha" name="senha" type="password"',
    'resenha: Um ótimo livro sobre segurança.',
  ])('%s', (text) => {
    expect(values(text)).toEqual([])
  })
})
