// Two more ways a secret is written down:
// - in prose: "the password is 'Secret123'", "admin password: 7cc938e45e…", "API key was
//   `f3Kd9…`": a credential noun, then `is`/`was`/`:`/`=` within a few words, then a quoted
//   value without spaces, a random-looking token or a mixed-case-and-digits password (on the same line, or alone on the next);
// - as a command-line flag: `--api-key oy2dgb…`, `--password 'hunter22x'`.
// Placeholders, fake-looking values and stock words are not findings, as everywhere.
import type { SensitiveMatch } from '../../redact/sensitive-match.js'
import { maskSecret } from '../../redact/mask.js'
import { isBlank, keyedSecret, looksRandom, machineMade, readValue, withAmpersand } from './generic-assignment.js'
import { charClasses, randomCase } from './entropy.js'
import { LEET_PASSWORD, isPlaceholderValue, saysFake } from './placeholders.js'

/** "Password" in other languages as people type it: German, French, Portuguese, then labels in
 * more languages (Dutch, Finnish, Danish, Norwegian, Czech, Slovak, Hungarian, Croatian,
 * Slovenian), and accented ones typed without accents. */
const TRANSLATED_ASCII_NOUNS = [
  'kennwort',
  'passwort',
  'mot de passe',
  'senha',
  'wachtwoord',
  'salasana',
  'adgangskode',
  'kodeord',
  'passord',
  'heslo',
  'jelszo',
  'lozinka',
  'geslo',
  'contrasena',
  'haslo',
  'sifre',
] as const

export const PROSE_NOUNS = [
  'password',
  'passcode',
  'passphrase',
  // A wireless network's pre-shared key, as notes and setup cards name it.
  'wi-fi key',
  'wifi key',
  'wlan key',
  'wpa key',
  'wpa2 key',
  'network key',
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
  ...TRANSLATED_ASCII_NOUNS,
] as const
/** Nouns after which a user and a password follow as a pair: "the admin login is ops / Kestrel#Garden42". */
export const LOGIN_NOUNS = ['login', 'logon', 'creds', 'credentials'] as const
/** After a noun: a few words, the verb, then a quoted value or a bare token (bounded slice, anchored).
 * Markdown emphasis may wrap the noun or the colon (`**Password**: …`, `**API key:** …`). */
const STATEMENT =
  /^[ \t\w'"*-]{0,40}?(?:\b(?:is|was|ist|est|es)\b(?:[ \t]+(?:still|now|currently))?|=|:|\uff1a)(?:\*{1,2}|_{1,2}|<\/(?:b|strong|em|i|label|dt|th|td)>)?[ \t]{0,3}(?:<(?:code|kbd|samp|tt|b|strong|em|i|mark|span|dd|td)>)?(?:\\?["'`\u2018\u201c]([^"'`\u2019\u201d\s\\]{4,64})\\?["'`\u2019\u201d]|([A-Za-z0-9_+/=.@#$%!*&^~-]{8,80})|\r?\n[ \t]*(?:\r?\n[ \t]*)?([A-Za-z0-9_+/=-]{16,80})(?=[ \t]*(?:\r?\n|$)))/i
/** Right after the noun, no verb: "login as admin with password Xk29fLq8Wz7", `#define PASSWORD "n84ASM54y4"` (anchored);
 * also as code inside a JSON string writes it, `\t` and `\"` escaped. */
const BARE =
  /^(?:[ \t]|\\t){1,3}(?:<(?:code|kbd|samp|tt|b|strong|em|i|mark|span)>)?(?:(\\?["'])([^"'\s]{8,64})\1|([A-Za-z0-9_+/=@#$%!*&^~-]{8,64})(?![A-Za-z0-9_+/=@#$%!*&^~-]))/
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
  for (const noun of LOGIN_VERBS) for (const at of nounsAt(noun)) loginAsAt(text, noun, at, out)
  return out
}

/** Sign-in words a `as <user> with <password>` clause follows (all in PAIR_NOUNS, so indexed). */
const LOGIN_VERBS = [
  'log in',
  'log into',
  'log on',
  'login',
  'logon',
  'logged in',
  'logging in',
  'sign in',
  'signed in',
  'signin',
] as const
/**
 * After a sign-in word: up to four words (`to the billing portal`), `as`, a user, then `with` or
 * `using` and the password, no noun naming it ("log in as admin with Pa55word!Reno", "sign in
 * to Grafana as viewer using `Gauges&Dials5`"). Anchored, bounded slice.
 */
const LOGIN_AS =
  /^(?:[ \t]{1,3}[\w.:/'-]{1,40}){0,4}?[ \t]{1,3}as[ \t]{1,3}[`'"*]{0,2}[\w.@\\-]{2,40}[`'"*]{0,2},?[ \t]{1,3}(?:with|using)[ \t]{1,3}(?:the[ \t]{1,3})?(?:(?:password|passwd|pw)[ \t]{1,3})?([`'"*]{0,2})([^\s`'"*]{8,64})\1(?![^\s.,;:!?)])/i

function loginAsAt(text: string, noun: string, at: number, out: SensitiveMatch[]): void {
  const from = at + noun.length
  if (!wholeWord(text, at, from)) return
  const m = LOGIN_AS.exec(text.slice(from, from + WINDOW))
  const read = m?.[2]
  if (!m || read === undefined) return
  const value = m[1] ? read : withoutClosingPunctuation(read)
  if (loginPassword(value)) out.push(proseMatch('login', from + m[0].length - (m[1] ?? '').length - read.length, value))
}

/**
 * A password where no noun names it must show it was made: machine-made, random letters, case
 * and digits, or a person's password with a symbol or a digit inside a word (`Pa55word!Reno`,
 * `Tr0ub4dor&3`). `Google-OAuth2` and `Azure-AD2` (names, a hyphen, a trailing number) are not.
 */
function loginPassword(value: string): boolean {
  if (value.length < 8 || isPlaceholderValue(value) || saysFake(value)) return false
  if (machineMade(value) || randomCase(value)) return true
  if (humanPassword(value) && (/[^A-Za-z0-9_-]/.test(value) || /[A-Za-z][0-9]+[A-Za-z]/.test(value))) return true
  return !/[./]/.test(value) && charClasses(value) === 3 && digitChanges(value) >= 3
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
  'jelszó',
  'Jelszó',
]

/**
 * "Password" in other languages. Written as a label or a key (`Passwort: …`, `"contraseña": "…"`,
 * `senha=…`), its value is judged as an English `password` key's is (generic-assignment.ts):
 * the key reader cannot, since it reads ASCII identifiers and only English password names.
 */
const TRANSLATED_PASSWORD_NOUNS = new Set<string>([
  ...TRANSLATED_ASCII_NOUNS,
  ...NON_ASCII_NOUNS.map((noun) => noun.toLowerCase()),
])
const withoutSentenceEnd = (value: string): string => {
  let end = value.length
  while (end > 0 && '.,;'.includes(value[end - 1] as string)) end--
  return value.slice(0, end)
}
/** ` / ` right after a label's value: the value is a user name, the password follows (anchored). */
const PAIR_AFTER = /^[ \t]\/[ \t]/
/** After the noun: its closing quote if it is a quoted key, then `:`, `=` or a full-width colon (anchored). */
const LABEL_OPERATOR = /^["']?[ \t]{0,3}(?:[:=]|\uff1a)[ \t]{0,3}/

/** After a quoted noun's closing quote: a preposition, as a sentence goes on ("the 'password' for the wifi is …"). */
const SCARE_QUOTED = /^[ \t](?:for|of|on|to)[ \t]/

/** The noun at [at, from) is a word of its own, not part of an identifier (`usernamePassword`). */
const wholeWord = (text: string, at: number, from: number): boolean =>
  (!/[A-Za-z0-9_]/.test(text[at - 1] ?? ' ') || escapedBlank(text, at - 2)) && !/[A-Za-z0-9_]/.test(text[from] ?? ' ')

/** `\t` or `\n` at `at`: a blank as code inside a JSON string writes it. */
const escapedBlank = (text: string, at: number): boolean => text[at] === '\\' && (text[at + 1] === 't' || text[at + 1] === 'n')

/** The credential a prose noun at `at` introduces, if any, pushed to `out`. */
function proseCredentialAt(text: string, nounFound: string, at: number, out: SensitiveMatch[]): void {
  let noun = nounFound
  let from = at + noun.length
  // A whole word, and not a quoted name (`id="pw"`: a field, not the word).
  if (!wholeWord(text, at, from)) return
  if (TRANSLATED_PASSWORD_NOUNS.has(noun.toLowerCase()) && translatedPasswordLabel(text, noun, from, out)) return
  // A scare-quoted noun in a sentence (`the "secret" for the web panel is …`) is still the word.
  if (
    (text[at - 1] === '"' || text[at - 1] === "'") &&
    text[from] === text[at - 1] &&
    !SCARE_QUOTED.test(text.slice(from + 1, from + 8))
  )
    return
  if (noun === 'identified with') {
    const plugin = AUTH_PLUGIN.exec(text.slice(from, from + 100))
    if (!plugin) return
    noun = 'identified by'
    from += plugin[0].length
  }
  const m = STATEMENT.exec(text.slice(from, from + WINDOW))
  const read = m?.[1] ?? m?.[2] ?? m?.[3]
  if (read === undefined && PASSPHRASE_NOUNS.has(noun) && passphraseAt(text, noun, from, out)) return
  if (!m || read === undefined) {
    const bare = BARE.exec(text.slice(from, from + 80))
    // A value set in code or keyboard markup (`password <code>Espresso2Shots</code>`) is as deliberate as a quoted one.
    const quoted = bare?.[2] !== undefined || bare?.[0].includes('<') === true
    const value = bare?.[2] !== undefined ? bare[2] : withoutClosingPunctuation(bare?.[3] ?? '')
    // A quoted value ends before its closing quote, escaped (`\"…\"`, code inside a JSON string) or not.
    const close = (bare?.[1] ?? '').length
    const start =
      from + (bare?.[0].length ?? 0) - (bare?.[2] !== undefined ? (bare?.[2] ?? '').length + close : (bare?.[3] ?? '').length)
    // A quoted value, or one the grammar puts there (SQL's IDENTIFIED BY), is a password as people make them too.
    if (bare && bareCredential(value, quoted || noun === 'identified by')) out.push(proseMatch(noun, start, value))
    return
  }
  // A bare value ends a sentence: its closing punctuation is not part of it, nor a query
  // string's next parameter (`password=…&user=admin`).
  const value = m[2] !== undefined ? withoutClosingPunctuation(read.slice(0, NEXT_PARAMETER.exec(read)?.index)) : read
  // A value alone on the next line ("Please use the following password:⏎⏎bd99…") must look machine-made.
  if (m[3] !== undefined ? !machineMade(value) : !acceptProse(value, m[1] !== undefined)) return
  // A quoted value ends before its closing quote, escaped (`\"…\"`) or not.
  out.push(proseMatch(noun, from + (m[1] !== undefined ? m[0].lastIndexOf(read) : m[0].length - read.length), value))
}

/** Nouns a spoken passphrase follows: "the passphrase is "purple otter juggles nine lemons"". */
const PASSPHRASE_NOUNS = new Set<string>(['password', 'passphrase', 'passcode', 'pw', 'kennwort', 'passwort', 'mot de passe'])
/** The verb or colon, then 4–8 quoted lower-case words (a diceware phrase), anchored. */
const PASSPHRASE =
  /^[ \t\w'*-]{0,40}?(?:\b(?:is|was|ist|est)\b|:|=)[ \t]{0,3}(["\u201c\u201e\u00ab][ \u00a0]?)([a-z]{3,12}(?:[ -][a-z]{3,12}){3,7})[ \u00a0]?["\u201c\u201d\u00bb]/
/** Words of a sentence, not of a phrase drawn from a word list: "same as your email", "ask the admin for it". */
const PHRASE_STOPWORDS = new Set(
  'the a an and or of to in on at for with as by from is are be was your you my our their his her its it this that these what which who when where how not no any some same please ask enter type use here there example sample placeholder password passphrase secret'.split(
    ' ',
  ),
)
/** XKCD's famous example phrase is quoted everywhere; it teaches, it opens nothing. */
const TEXTBOOK_PHRASES = new Set(['correct horse battery staple'])

function passphraseAt(text: string, noun: string, from: number, out: SensitiveMatch[]): boolean {
  const m = PASSPHRASE.exec(text.slice(from, from + WINDOW))
  const phrase = m?.[2]
  if (!m || phrase === undefined) return false
  const words = phrase.split(/[ -]/)
  if (new Set(words).size !== words.length || words.some((w) => PHRASE_STOPWORDS.has(w))) return false
  if (TEXTBOOK_PHRASES.has(words.join(' ')) || saysFake(phrase)) return false
  out.push(proseMatch(noun, from + m[0].lastIndexOf(phrase), phrase))
  return true
}

/**
 * A user and a password written as a pair, `user / password`, with a login word before them on
 * the line or the one above ("log into the lab VM as student / Lab3-Orchid!57", "the local admin
 * acct (lcladmin / P4perJam_Tray2)", a chat's "pw for grafana?" answered "viewer / Gauges&Dials!5").
 * The second half must be a password as people make them (letters, digits, a symbol between).
 */
const PAIR =
  /(?<![^\s(:"'`[])([A-Za-z0-9._@+\\-]{2,40})[ \t]\/[ \t]([A-Za-z0-9_+=@#$%!*&^~.-]{8,64})(?![A-Za-z0-9_+=@#$%!*&^~-])/y
/** Words a `user / password` pair follows, on its line or the one above (whole words, case-insensitive). */
export const PAIR_NOUNS = [
  'log in',
  'log into',
  'log on',
  'log onto',
  'login',
  'logon',
  'logging in',
  'logging into',
  'logged in',
  'logged into',
  'logged on',
  'logged onto',
  'logging on',
  'logging onto',
  'sign in',
  'sign into',
  'signed into',
  'signin',
  'signed in',
  'account',
  'acct',
  'creds',
  'credentials',
  'user',
  'username',
  'admin',
  'pw',
  'pwd',
  'password',
  'passwd',
  'zugang',
  'zugangsdaten',
  'benutzer',
  'kennwort',
  'passwort',
  'identifiant',
  'identifiants',
  'utilisateur',
  'mot de passe',
  'usuario',
  'acceso',
  'accesos',
  'utente',
  'credenziali',
] as const
/** The pair's separator, indexed with the nouns: a text without it (most) is skipped at once. */
export const PAIR_SLASH = ' / '
/** How far after the noun the pair may start. */
const PAIR_REACH = 100

/** `nounsAt(noun)`: where each of PAIR_NOUNS occurs, case-insensitively (keywords.ts). */
export function findSlashPairs(text: string, nounsAt: (noun: string) => readonly number[]): SensitiveMatch[] {
  if (nounsAt(PAIR_SLASH).length === 0) return []
  const out: SensitiveMatch[] = []
  const seen = new Set<number>()
  for (const noun of PAIR_NOUNS) {
    for (const nounAt of nounsAt(noun)) {
      const from = nounAt + noun.length
      if (!wholeWord(text, nounAt, from)) continue
      // Only the few characters after the noun are searched: most nouns have no pair after them.
      const window = text.slice(from, from + PAIR_REACH + 3)
      for (let i = window.indexOf(' / '); i !== -1; i = window.indexOf(' / ', i + 3)) {
        const slash = from + i
        if (seen.has(slash)) continue
        const pair = slashPairAt(text, slash)
        // The line of the noun, or the next one: not a paragraph away.
        if (pair === undefined || pair.userAt < from || countNewlines(text, from, pair.userAt) > 1) continue
        seen.add(slash)
        if (pair.match) out.push(pair.match)
      }
    }
  }
  return out
}

const countNewlines = (text: string, from: number, to: number): number => {
  let n = 0
  for (let at = text.indexOf('\n', from); at !== -1 && at < to; at = text.indexOf('\n', at + 1)) n++
  return n
}

/** The pair around the ` / ` at `slash`: where its user starts, and the finding if the password is one. */
function slashPairAt(text: string, slash: number): { userAt: number; match?: SensitiveMatch } | undefined {
  // The user: the word right before the slash.
  let at = slash
  while (at > 0 && slash - at <= 40 && /[A-Za-z0-9._@+\\-]/.test(text[at - 1] ?? '')) at--
  if (at === slash) return undefined
  PAIR.lastIndex = at
  const m = PAIR.exec(text)
  if (!m || m.index !== at) return { userAt: at }
  const value = withoutClosingPunctuation(m[2] ?? '')
  const user = m[1] ?? ''
  // A capitalised word is a label (`Read / Write-Access2`, `TCP / IPv4-Only_2`), not a user name.
  if (/^[A-Z]/.test(user) && !/[0-9_.@\\]/.test(user)) return { userAt: at }
  if (!pairPassword(value) || value === user) return { userAt: at }
  return { userAt: at, match: proseMatch('login', at + m[0].length - (m[2] ?? '').length, value) }
}

/** humanPassword, allowing a dot inside (`Maple.Clinic!2025`) but not a version, a host or a file name. */
function pairPassword(value: string): boolean {
  // The word itself in leetspeak (`p@ssw0rd`, `Passw0rd!`): a tutorial's stand-in, not a chosen password.
  if (LEET_PASSWORD.test(value)) return false
  if (!value.includes('.')) return humanPassword(value)
  if (/\.[a-z]{2,4}$|^v?[0-9]+\.[0-9]/i.test(value) || !/[^A-Za-z0-9.]/.test(value)) return false
  return humanPassword(value.replace(/\./g, '_'))
}

/** `Passwort: …` at `from` (just after the noun): the value as a `password` key's, pushed to `out`. */
function translatedPasswordLabel(text: string, noun: string, from: number, out: SensitiveMatch[]): boolean {
  const label = LABEL_OPERATOR.exec(text.slice(from, from + 8))
  const read = label ? readValue(text, from + label[0].length) : undefined
  const whole = read && withAmpersand(text, 'password', read)
  if (!whole || whole.text === '') return false
  // A bare value may end a sentence (a full stop, a comma: `!` and `?` are as often part of a
  // password); `user / password` after the label is a pair (pairAt reads it).
  const value = whole.quoted ? whole : { ...whole, text: withoutSentenceEnd(whole.text) }
  if (!whole.quoted && PAIR_AFTER.test(text.slice(whole.start + whole.text.length, whole.start + whole.text.length + 3)))
    return false
  if (!keyedSecret('password', value)) return false
  out.push(proseMatch(noun, value.start, value.text))
  return true
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
  return (charClasses(value) === 3 && digitChanges(value) >= 3) || randomCase(value)
}

const digitChanges = (value: string): number => {
  let changes = 0
  for (let i = 1; i < value.length; i++) if (/[0-9]/.test(value[i - 1] ?? '') !== /[0-9]/.test(value[i] ?? '')) changes++
  return changes
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
    : // Unquoted: a machine-made token (random letters too: `JxAHKfLoWZPF…`), or a password as people make them (`Xk29fLq8Wz7`: upper
      // case, lower case and digits, no dots or slashes, so no version, file name or path).
      looksRandom(value) || randomCase(value) || (value.length <= 40 && charClasses(value) === 3 && !/[./]/.test(value))
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
