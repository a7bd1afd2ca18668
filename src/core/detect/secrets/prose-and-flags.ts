// Two more ways a secret is written down:
// - in prose: "the password is 'Secret123'", "admin password: 7cc938e45e…", "API key was
//   `f3Kd9…`": a credential noun, then `is`/`was`/`:`/`=` within a few words, then a quoted
//   value without spaces, a random-looking token or a mixed-case-and-digits password (on the same line, or alone on the next);
// - as a command-line flag: `--api-key oy2dgb…`, `--password 'hunter22x'`.
// Placeholders, fake-looking values and stock words are not findings, as everywhere.
import type { SensitiveMatch } from '../../redact/sensitive-match.js'
import { maskSecret } from '../../redact/mask.js'
import { isBlank, keyedSecret, looksRandom, machineMade, readValue } from './generic-assignment.js'
import { charClasses } from './entropy.js'
import { isPlaceholderValue, saysFake } from './placeholders.js'

export const PROSE_NOUNS = [
  'password',
  'passcode',
  'passphrase',
  'api key',
  'apikey',
  'access token',
  'secret key',
  'auth token',
  'unseal key',
  // SQL: `CREATE USER u IDENTIFIED BY 'x'` (the `PASSWORD 'x'` forms read as password + value),
  // and MySQL's `IDENTIFIED WITH <auth plugin> BY 'x'` (`… AS '<hash>'` is a hash: out of scope).
  'identified by',
  'identified with',
  // How people abbreviate, misspell and translate it in notes and chats.
  'pw',
  'pwd',
  'passwd',
  'pword',
  'p/w',
  'passowrd',
  'pasword',
  'kennwort',
  'passwort',
  'mot de passe',
  'senha',
] as const
/** Nouns after which a user and a password follow as a pair: "the admin login is ops / Kestrel#Garden42". */
export const LOGIN_NOUNS = ['login', 'logon', 'creds', 'credentials'] as const
/** After a noun: a few words, the verb, then a quoted value or a bare token (bounded slice, anchored).
 * Markdown emphasis may wrap the noun or the colon (`**Password**: …`, `**API key:** …`). */
const STATEMENT =
  /^[ \t\w'"*-]{0,40}?(?:\b(?:is|was|ist|est|es)\b(?:[ \t]+(?:still|now|currently))?|=|:|\uff1a)(?:\*{1,2}|_{1,2})?[ \t]{0,3}(?:["'`\u2018\u201c]([^"'`\u2019\u201d\s]{4,64})["'`\u2019\u201d]|([A-Za-z0-9_+/=.@#$%!*&^~-]{8,80})|\r?\n[ \t]*(?:\r?\n[ \t]*)?([A-Za-z0-9_+/=-]{16,80})(?=[ \t]*(?:\r?\n|$)))/i
/** Right after the noun, no verb: "login as admin with password Xk29fLq8Wz7", `#define PASSWORD "n84ASM54y4"` (anchored). */
const BARE = /^[ \t]{1,3}(?:(["'])([^"'\s]{8,64})\1|([A-Za-z0-9_+/=@#$%!*&^~-]{8,64})(?![A-Za-z0-9_+/=@#$%!*&^~-]))/
/** After a login noun: a few words, the verb or colon, then `user / password` or `user, password`. */
const LOGIN_PAIR =
  /^[ \t\w'"-]{0,40}?(?:\b(?:is|are)\b|:|=)[ \t]{0,3}[\w.@+-]{2,40}[ \t]{0,3}[/,][ \t]{0,3}([A-Za-z0-9_+=@#$%!*&^~.-]{8,64})(?![A-Za-z0-9_+=@#$%!*&^~-])/
const WINDOW = 160
/** After MySQL's `IDENTIFIED WITH`: the authentication plugin, then `BY` (anchored). */
const AUTH_PLUGIN = /^[ \t]+(["'`]?)[A-Za-z0-9_]{1,64}\1[ \t]+by(?=[ \t])/i
const NEXT_PARAMETER = /&\w+=/
const FLAG = /^--([A-Za-z][A-Za-z0-9-]{1,40})[ \t]{1,3}/

/** `nounsAt(noun)`: where each of PROSE_NOUNS occurs, case-insensitively (keywords.ts). */
export function findProseCredentials(text: string, nounsAt: (noun: string) => readonly number[]): SensitiveMatch[] {
  const out: SensitiveMatch[] = []
  for (const noun of PROSE_NOUNS) for (const at of nounsAt(noun)) proseCredentialAt(text, noun, at, out)
  // Nouns in other scripts, which the keyword index (ASCII) cannot hold: each is rare enough
  // in prompt text for a plain search.
  const firstNonAscii = text.search(NON_ASCII)
  if (firstNonAscii !== -1)
    for (const noun of NON_ASCII_NOUNS)
      for (let at = text.indexOf(noun, firstNonAscii - noun.length); at !== -1; at = text.indexOf(noun, at + noun.length))
        proseCredentialAt(text, noun, at, out)
  for (const noun of LOGIN_NOUNS) {
    for (const at of nounsAt(noun)) {
      const from = at + noun.length
      if (!wholeWord(text, at, from)) continue
      const m = LOGIN_PAIR.exec(text.slice(from, from + WINDOW))
      const value = withoutClosingPunctuation(m?.[1] ?? '')
      if (m && humanPassword(value)) out.push(proseMatch(noun, from + m[0].length - (m[1] ?? '').length, value))
    }
  }
  return out
}

const NON_ASCII = /[^\x00-\x7f]/
/** "Password" in scripts and spellings the ASCII nouns miss (Spanish, Russian, Japanese, Chinese, Korean, Polish, Turkish, Swedish). */
const NON_ASCII_NOUNS = [
  'contraseña',
  'Contraseña',
  'пароль',
  'Пароль',
  'パスワード',
  '密码',
  '密碼',
  '비밀번호',
  'hasło',
  'Hasło',
  'şifre',
  'Şifre',
  'lösenord',
  'Lösenord',
]

/** The noun at [at, from) is a word of its own, not part of an identifier (`usernamePassword`). */
const wholeWord = (text: string, at: number, from: number): boolean =>
  !/[A-Za-z0-9_]/.test(text[at - 1] ?? ' ') && !/[A-Za-z0-9_]/.test(text[from] ?? ' ')

/** The credential a prose noun at `at` introduces, if any, pushed to `out`. */
function proseCredentialAt(text: string, nounFound: string, at: number, out: SensitiveMatch[]): void {
  let noun = nounFound
  let from = at + noun.length
  // A whole word, and not a quoted name (`id="pw"`: a field, not the word).
  if (!wholeWord(text, at, from)) return
  if ((text[at - 1] === '"' || text[at - 1] === "'") && text[from] === text[at - 1]) return
  if (noun === 'identified with') {
    const plugin = AUTH_PLUGIN.exec(text.slice(from, from + 100))
    if (!plugin) return
    noun = 'identified by'
    from += plugin[0].length
  }
  const m = STATEMENT.exec(text.slice(from, from + WINDOW))
  const read = m?.[1] ?? m?.[2] ?? m?.[3]
  if (!m || read === undefined) {
    const bare = BARE.exec(text.slice(from, from + 80))
    const quoted = bare?.[2] !== undefined
    const value = quoted ? (bare?.[2] ?? '') : withoutClosingPunctuation(bare?.[3] ?? '')
    const start = from + (bare?.[0].length ?? 0) - (quoted ? (bare?.[2] ?? '').length + 1 : (bare?.[3] ?? '').length)
    // A quoted value, or one the grammar puts there (SQL's IDENTIFIED BY), is a password as people make them too.
    if (bare && bareCredential(value, quoted || noun === 'identified by')) out.push(proseMatch(noun, start, value))
    return
  }
  // A bare value ends a sentence: its closing punctuation is not part of it, nor a query
  // string's next parameter (`password=…&user=admin`).
  const value = m[2] !== undefined ? withoutClosingPunctuation(read.slice(0, NEXT_PARAMETER.exec(read)?.index)) : read
  // A value alone on the next line ("Please use the following password:⏎⏎bd99…") must look machine-made.
  if (m[3] !== undefined ? !machineMade(value) : !acceptProse(value, m[1] !== undefined)) return
  out.push(proseMatch(noun, from + m[0].length - read.length - (m[1] !== undefined ? 1 : 0), value))
}

const proseMatch = (noun: string, start: number, value: string): SensitiveMatch => ({
  rule: 'secrets.credential-in-prose',
  kind: 'generic-secret',
  start,
  end: start + value.length,
  redacted: `${noun}: ${maskSecret('generic-secret')}`,
})

/**
 * A value right after the noun with no verb must look made, not written: a machine-made token,
 * or upper case, lower case and digits changing at least three times (`Xk29fLq8Wz7`; not
 * `Policy2024`, `Argon2id`).
 */
function bareCredential(value: string, placed = false): boolean {
  if (value.length < 8 || isPlaceholderValue(value) || saysFake(value)) return false
  if (machineMade(value) || humanPassword(value)) return true
  if (placed && charClasses(value) === 3 && !/[./]/.test(value)) return true
  let changes = 0
  for (let i = 1; i < value.length; i++) if (/[0-9]/.test(value[i - 1] ?? '') !== /[0-9]/.test(value[i] ?? '')) changes++
  return charClasses(value) === 3 && changes >= 3
}

/**
 * A password as people make them: letters and digits with a symbol or separator between them
 * (`Kestrel#Garden42`, `Glacier_Pony_33`, `Tr0mbone!Sky`), no dots or slashes (versions, file
 * names, paths), not a placeholder. `Policy2024` and `Argon2id` have no such joint.
 */
function humanPassword(value: string): boolean {
  if (value.length < 8 || value.length > 64 || /[./\s]/.test(value) || isPlaceholderValue(value) || saysFake(value)) return false
  return (
    /[A-Za-z]/.test(value) &&
    /[0-9]/.test(value) &&
    /[A-Za-z0-9][^A-Za-z0-9]+[A-Za-z0-9]/.test(value) &&
    charClasses(value) + Number(/[^A-Za-z0-9]/.test(value)) >= 3
  )
}

function withoutClosingPunctuation(value: string): string {
  let end = value.length
  while (end > 0 && '.!,;:'.includes(value[end - 1] ?? '')) end--
  return value.slice(0, end)
}

/** `current-password`, `api_token`: words naming a credential field, not its value. */
const FIELD_NAME = /^[a-z]+(?:[-_][a-z]+)*$/i
const CREDENTIAL_WORD = /pass|pwd|token|secret|key/i

function acceptProse(value: string, quoted: boolean): boolean {
  if (/^https?:|^\$|^%|^\{/.test(value)) return false
  if (FIELD_NAME.test(value) && CREDENTIAL_WORD.test(value)) return false
  const shaped = quoted
    ? // A plain lower-case word needs some length to be more than a name (`pyne`, `guest`).
      /^[a-z]+$/.test(value)
      ? value.length >= 8 && new Set(value).size >= 5
      : new Set(value.toLowerCase()).size >= 4
    : // Unquoted: a machine-made token, or a password as people make them (`Xk29fLq8Wz7`: upper
      // case, lower case and digits, no dots or slashes, so no version, file name or path).
      looksRandom(value) || (value.length <= 40 && charClasses(value) === 3 && !/[./]/.test(value))
  // Shape first, placeholders last: the placeholder check is the expensive one.
  return shaped && !isPlaceholderValue(value) && !saysFake(value)
}

export function findFlagSecrets(text: string): SensitiveMatch[] {
  const out: SensitiveMatch[] = []
  for (let at = text.indexOf('--'); at !== -1; at = text.indexOf('--', at + 2)) {
    if (at > 0 && !isBlank(text.charCodeAt(at - 1)) && text[at - 1] !== '\n') continue
    const flag = FLAG.exec(text.slice(at, at + 50))
    if (!flag) continue
    const value = readValue(text, at + flag[0].length)
    const match = value && value.text.length > 0 && !value.text.startsWith('-') ? keyedSecret(flag[1] ?? '', value) : undefined
    if (match) out.push({ ...match, rule: 'secrets.cli-flag' })
  }
  return out
}
