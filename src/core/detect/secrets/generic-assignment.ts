// `password = "…"`, `api_key: …`, `"client_secret": "…"`, `Authorization: Bearer …`.
// Assignments are found from their operator backwards (operators are rare, identifiers are
// every word); the key name, value shape and entropy are then checked in code.
import type { SensitiveMatch } from '../../redact/sensitive-match.js'
import { maskSecret } from '../../redact/mask.js'
import { caseFlips, charClasses, shannonEntropy } from './entropy.js'
import { hasTypedRun, isPlaceholderValue, saysFake } from './placeholders.js'
import { isShortPass, keyStrength, normaliseKey, type KeyStrength } from './secret-keys.js'
import { namesOrDescribes } from './value-shape.js'

const MAX_KEY = 60
/** Blanks allowed around an operator: aligned configs (`password        => 'x'`) pad it. */
const ALIGN = 24
const AUTH_SCHEME = /^(?:bearer|basic|token|digest|ssws|apikey)$/i
/** A reference, not a value: `obj.field`, `call(…)`, `$VAR`, `%(x)s`, `@param`, YAML tags (`!Ref`, `!vault`, `!Base64`); not `!Dd5G4s9`. */
const CODE_REFERENCE = /^[A-Za-z_$][\w$]*(?:\??\.[\w$]+|\[[^\]\n]{0,80}\])+$|\(|^[$%@&|>]|^!!?[A-Za-z]+[0-9]*$/
/** An identifier indexed (`registered_users[username`), cut where the unquoted run ends. */
const OPEN_INDEX = /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*\[[^\]\s]{0,80}$/
/** An absolute or home-relative path of two segments or more. */
const FILE_PATH = /^~?\/[\w.@-]+(?:\/[\w.@-]*)+$/
/** A string literal's prefix before its quote (anchored). */
const STRING_PREFIX = /^(?:[rRbBfFuU]|[rR][bBfF]|[bBfF][rR]|@)(?=["'])/
const UNQUOTED_END = /[\s,;'"`)}\]>&]/
const MAX_VALUE = 300
/** Quoted values may be long (a private key in JSON). */
const MAX_QUOTED = 4096
/** A version number (`jjwt-0.11.2`, `v1.2.3-rc1`) ends no credential. */
const VERSION = /\d\.\d{1,6}\.\d{1,6}(?:[-+.][\w.]{0,12})?$/
const SYMBOL = /[!#$%&*@^~?]/

export { isSecretKey, isWeakSecretKey, normaliseKey } from './secret-keys.js'

export const isKeyChar = (c: number): boolean =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 46 || c === 45
export const isBlank = (c: number): boolean => c === 32 || c === 9

/**
 * `<key>["']?[ \t]{0,3}<operator>[ \t]{0,3}` with a whole identifier of 1–60 [A-Za-z0-9_.-] as
 * the key, left to right and without overlaps: what
 * `/(?<![A-Za-z0-9_.-])([A-Za-z0-9_.-]{1,60})["']?[ \t]{0,3}(?:(?<=[ \t])[.?+]=|:{1,3}=|=>|[:=])[ \t]{0,3}/g`
 * matches (the property test holds the two equal), found from each ':' and '=' (located by indexOf) instead of
 * trying every word. Operators: `=`, `:`, `=>`, `:=`, `::=`, `:::=` (Go, Make), and after a
 * blank `.=` `?=` `+=` (PHP, Make).
 */
export function* assignmentsIn(text: string): Generator<{ key: string; end: number }> {
  let lastEnd = 0
  let colon = text.indexOf(':')
  let equals = text.indexOf('=')
  while (colon >= 0 || equals >= 0) {
    const op = colon >= 0 && (equals < 0 || colon < equals) ? colon : equals
    if (op === colon) colon = text.indexOf(':', op + 1)
    else equals = text.indexOf('=', op + 1)
    if (op < lastEnd) continue
    // `a::b` (Rust, C++ and Ruby paths, Haskell signatures) assigns nothing; `::=` does.
    if (text[op] === ':' && (text[op - 1] === ':' || (text[op + 1] === ':' && operatorLength(text, op) === 1))) continue
    // `.=` `?=` `+=` after a blank and `!=`: the operator starts one character earlier (for
    // `.`, only when a key precedes the blank; else `.` itself is the key).
    // `!=` (and `!==`, see afterComparison): a comparison names the value it guards.
    const compound =
      text[op] === '=' && (text[op - 1] === '!' || ('.?+'.includes(text[op - 1] ?? 'x') && isBlank(text.charCodeAt(op - 2))))
    const compoundKey = compound ? keyBefore(text, op - 1, lastEnd) : undefined
    const key = compoundKey ?? keyBefore(text, op, lastEnd)
    if (!key) continue
    let end = op + (compoundKey ? 1 : operatorLength(text, op))
    for (let n = 0; n < ALIGN && end < text.length && isBlank(text.charCodeAt(end)); n++) end++
    lastEnd = end
    yield { key: text.slice(key.start, key.end), end }
  }
}

/** The key that ends before the operator at `op` (blanks and one quote between), if any. */
function keyBefore(text: string, op: number, lastEnd: number): { start: number; end: number } | undefined {
  let j = op - 1
  while (j >= 0 && isBlank(text.charCodeAt(j))) j--
  if (op - 1 - j > ALIGN) return undefined
  if (text[j] === '"' || text[j] === "'") j--
  let start = j
  while (start >= 0 && isKeyChar(text.charCodeAt(start))) start--
  start++
  const length = j + 1 - start
  return length < 1 || length > MAX_KEY || start < lastEnd ? undefined : { start, end: j + 1 }
}

/** Length of the operator starting at `op` (a ':' or '='): `=>`, `:{1,3}=`, or one character. */
function operatorLength(text: string, op: number): number {
  if (text[op] === '=') return text[op + 1] === '>' ? 2 : 1
  let colons = 1
  while (colons < 3 && text[op + colons] === ':') colons++
  if (text[op + colons] === '=') return colons + 1
  return 1
}

export function findGenericAssignments(text: string): SensitiveMatch[] {
  const out: SensitiveMatch[] = []
  // The end of the last quoted value that is a placeholder or a reference: a key inside it
  // (`secret = 'arn:aws:secretsmanager:…:secret:prod/db'`) is part of that reference, not an
  // assignment of its own. (Inside other values keys still count: `conf = "token=…"`.)
  let quotedUntil = -1
  for (const m of assignmentsIn(text)) {
    if (m.end <= quotedUntil || keyStrength(m.key) === undefined) continue
    const at = afterTypeAnnotation(text, afterComparison(text, m.end))
    const direct = readValue(text, at)
    const value = direct && direct.text !== '' ? direct : readValue(text, quotedOnNextLine(text, at))
    if (value?.quoted === true && isPlaceholderValue(value.text)) quotedUntil = value.start + value.text.length
    if (
      value &&
      !value.quoted &&
      PROSE_AFTER.test(text.slice(value.start + value.text.length, value.start + value.text.length + 60)) &&
      !looksRandom(value.text)
    )
      continue
    const match = value && keyedSecret(m.key, withAmpersand(text, m.key, value))
    if (match) out.push(match)
    else if (value && !value.quoted) {
      // `PASSWORD = os.environ.get("PASSWORD") or "…"`: the literal the environment falls back to.
      const fallback = fallbackLiteral(text, value.start)
      const found = fallback && keyedSecret(m.key, fallback)
      if (found) out.push(found)
    }
  }
  // `headers["X-Api-Key"] = "…"`, `os.environ['OPENAI_API_KEY'] = '…'`: a quoted key indexing a map.
  for (let at = text.indexOf(']'); at !== -1; at = text.indexOf(']', at + 1)) {
    const match = indexedAssignment(text, at)
    if (match) out.push(match)
  }
  // `…%26token%3D<value>%26…`: a query string URL-encoded inside another URL (a redirect, a callback).
  for (let at = indexOfEncodedEquals(text, 0); at !== -1; at = indexOfEncodedEquals(text, at + 3)) {
    const match = encodedParameter(text, at)
    if (match) out.push(match)
  }
  // `${DB_PASSWORD:-…}` (shell, Compose): the default a credential variable falls back to.
  for (let at = text.indexOf('${'); at !== -1; at = text.indexOf('${', at + 2)) {
    const variable = SHELL_DEFAULT.exec(text.slice(at, at + 70))
    const value = variable && readValue(text, at + variable[0].length)
    // A default that is a word (`postgres`, `guest`) is the stock local one: only a made-up value counts.
    const made = value && /[0-9]/.test(value.text) && charClasses(value.text) >= 2
    const match = variable && value && made && keyedSecret(variable[1] ?? '', value)
    if (match) out.push(match)
  }
  for (let at = text.indexOf('#define'); at !== -1; at = text.indexOf('#define', at + 7)) {
    const define = DEFINE.exec(text.slice(at, at + 100))
    const value = define && readValue(text, at + define[0].length)
    const match = define && value && keyedSecret(define[1] ?? '', value)
    if (match) out.push(match)
  }
  return out
}

const FALLBACK_WINDOW = 160
/** A read of the environment: `os.environ.get(…)`, `os.getenv(…)`, `process.env.X`, `ENV['X']`, `System.getenv(…)`. */
const ENV_READ = /^(?:os\.environ|os\.getenv|getenv|process\.env|ENV\b|System\.getenv|Deno\.env)/
const FALLBACK_OPERATORS = [' or ', '||', '??']

/** The quoted default after an environment read on the same line (`… or "…"`, `… || '…'`, `… ?? "…"`). */
function fallbackLiteral(text: string, at: number): Value | undefined {
  if (!ENV_READ.test(text.slice(at, at + 20))) return undefined
  const window = text.slice(at, at + FALLBACK_WINDOW)
  const line = window.slice(0, indexOrLength(window, '\n'))
  for (const op of FALLBACK_OPERATORS) {
    const i = line.indexOf(op)
    if (i === -1) continue
    let pos = i + op.length
    while (line[pos] === ' ' || line[pos] === '\t') pos++
    if (line[pos] !== '"' && line[pos] !== "'") continue
    const value = readValue(text, at + pos)
    if (value?.quoted) return value
  }
  return undefined
}

const indexOrLength = (s: string, needle: string): number => {
  const i = s.indexOf(needle)
  return i === -1 ? s.length : i
}

/** The assignment whose `]` closes `["<key>"]` at `close`, when the key names a credential and the value is one. */
function indexedAssignment(text: string, close: number): SensitiveMatch | undefined {
  const quote = text[close - 1]
  if (quote !== '"' && quote !== "'") return undefined
  let op = close + 1
  while (op - close <= 3 && isBlank(text.charCodeAt(op))) op++
  if (text[op] !== '=' || text[op + 1] === '=') return undefined
  let start = close - 2
  while (start >= 0 && close - 2 - start < MAX_KEY && isKeyChar(text.charCodeAt(start))) start--
  if (text[start] !== quote || text[start - 1] !== '[' || start + 1 > close - 2) return undefined
  let at = op + 1
  while (at - op <= ALIGN && isBlank(text.charCodeAt(at))) at++
  const value = readValue(text, at)
  return value && value.text !== '' ? keyedSecret(text.slice(start + 1, close - 1), value) : undefined
}

const indexOfEncodedEquals = (text: string, from: number): number => {
  const upper = text.indexOf('%3D', from)
  const lower = text.indexOf('%3d', from)
  return upper === -1 ? lower : lower === -1 ? upper : Math.min(upper, lower)
}
/** An encoded parameter's value: unreserved URL characters, up to the next escape (`%26`). */
const ENCODED_VALUE = /^[A-Za-z0-9_.~-]{1,300}/

/** The parameter whose encoded `=` (`%3D`) is at `at`, when its name names a credential and its value is one. */
function encodedParameter(text: string, at: number): SensitiveMatch | undefined {
  let start = at
  while (start > 0 && at - start <= MAX_KEY && /[A-Za-z0-9_.-]/.test(text[start - 1] ?? ' ')) start--
  // The name follows an escape (`%26`, `%3F`): its two hex digits are no part of it.
  if (text[start - 1] === '%' && /^[0-9A-Fa-f]{2}/.test(text.slice(start, start + 2))) start += 2
  const key = text.slice(start, at)
  const value = ENCODED_VALUE.exec(text.slice(at + 3, at + 303))?.[0]
  if (key === '' || value === undefined || keyStrength(key) === undefined) return undefined
  return keyedSecret(key, { text: value, start: at + 3, quoted: false })
}

/** `${NAME:-`, `${NAME-`, `${NAME:=`: a variable with a default value (anchored). */
export const SHELL_DEFAULT = /^\$\{([A-Za-z_]\w{0,59}):?[-=]/

/** C's `#define WIFI_PASS "…"`: a macro is an assignment without an operator. */
const DEFINE = /^#define[ \t]+([A-Za-z_]\w{0,59})[ \t]+(?=["'])/

/**
 * `pass: Dune&Compass5`: an `&` ends an unquoted value (a query string's next parameter), but
 * inside a password it is one of its symbols; a password key's value goes on past it when no
 * `=` follows in the same run.
 */
export function withAmpersand(text: string, key: string, value: Value): Value {
  const end = value.start + value.text.length
  if (value.quoted || text[end] !== '&' || keyStrength(key) !== 'password') return value
  const rest = /^&[^\s,;'"`)}\]>]{1,40}/.exec(text.slice(end, end + 41))?.[0] ?? ''
  return rest.length < 2 || rest.includes('=') || rest.includes('&', 1) ? value : { ...value, text: value.text + rest }
}

/** `Auth: x-api-key header with JWT token`: an unquoted "value" that reads on as a sentence is prose. */
const PROSE_AFTER = /^[ \t]+[A-Za-z]{2,}[ \t]+[A-Za-z]{2,}[ \t]+[A-Za-z]{2,}/

/** `access_token:⏎    'ya29…'`: a quoted value on the next line, where a key's value would be. */
function quotedOnNextLine(text: string, at: number): number {
  let pos = at
  if (text[pos] === '\r') pos++
  if (text[pos] !== '\n') return -1
  pos++
  for (let n = 0; n < ALIGN && isBlank(text.charCodeAt(pos)); n++) pos++
  return text[pos] === '"' || text[pos] === "'" ? pos : -1
}

/** A type between the key and the value: `password: String = "…"` (Scala, Kotlin, TypeScript), `passwd: str = "…"` (Python). */
const TYPE_ANNOTATION = /^[A-Za-z_][\w.]{0,40}(?:<[\w., ]{1,40}>|\[\])?[ \t]{0,3}=(?![=>])[ \t]{0,3}/

/** Where the value starts after a type annotation, or `at` when there is none. */
function afterTypeAnnotation(text: string, at: number): number {
  const m = TYPE_ANNOTATION.exec(text.slice(at, at + 100))
  return m ? at + m[0].length : at
}

/** `token == "…"`, `token === "…"`: the value of a comparison starts after the second `=`. */
function afterComparison(text: string, at: number): number {
  if (text[at] !== '=' || text[at - 1] !== '=') return at
  let end = at + (text[at + 1] === '=' ? 2 : 1)
  for (let n = 0; n < ALIGN && isBlank(text.charCodeAt(end)); n++) end++
  return end
}

/** The finding for `value` under `key`, when the key names a credential and the value is one. */
export function keyedSecret(key: string, value: Value): SensitiveMatch | undefined {
  const strength = keyStrength(key)
  const normalised = normaliseKey(key)
  if (strength === undefined || !acceptValue(key, value.text, value.quoted, strength)) return undefined
  const aws = normalised.includes('aws') && normalised.indexOf('secret', normalised.indexOf('aws')) > 0
  const kind = aws ? 'aws-secret-key' : 'generic-secret'
  return {
    rule: aws ? 'secrets.aws-secret-key' : 'secrets.generic-assignment',
    kind,
    start: value.start,
    end: value.start + value.text.length,
    redacted: `${key.slice(0, 60)}=${maskSecret(kind)}`,
  }
}

export interface Value {
  text: string
  start: number
  quoted: boolean
}

export function readValue(text: string, at: number): Value | undefined {
  if (at < 0) return undefined
  // `\"goodspec\"`: a value quoted inside an escaped string (JSON, C strings).
  if (text[at] === '\\' && (text[at + 1] === '"' || text[at + 1] === "'")) {
    const close = text.indexOf(`\\${text[at + 1]}`, at + 2)
    const inner = close === -1 ? '' : text.slice(at + 2, close)
    return close === -1 || close - at > MAX_VALUE || inner.includes('\n')
      ? undefined
      : { text: inner, start: at + 2, quoted: true }
  }
  // A string literal's prefix: Python's `r"…"`, `b'…'`, `f"…"`, `u"…"`, `rb"…"`, C#'s `@"…"`.
  const prefix = STRING_PREFIX.exec(text.slice(at, at + 3))?.[0].length ?? 0
  if (prefix > 0) return readValue(text, at + prefix)
  const quote = text[at]
  if (quote === '"' || quote === "'" || quote === '`') {
    const window = text.slice(at + 1, at + 1 + MAX_QUOTED)
    const close = window.indexOf(quote)
    if (close === -1 || window.slice(0, close).includes('\n')) return undefined
    // `"Bearer $accessToken"`: the scheme is no part of the secret.
    const scheme = /^(?:bearer|basic|token|ssws) /i.exec(window)?.[0].length ?? 0
    return { text: window.slice(scheme, close), start: at + 1 + scheme, quoted: true }
  }
  const first = unquotedRun(text, at)
  if (AUTH_SCHEME.test(first) && text[at + first.length] === ' ') {
    const start = at + first.length + 1
    return { text: unquotedRun(text, start), start, quoted: false }
  }
  return { text: first, start: at, quoted: false }
}

function unquotedRun(text: string, at: number): string {
  let end = at
  const limit = Math.min(text.length, at + MAX_VALUE)
  while (end < limit && !UNQUOTED_END.test(text[end] ?? ' ') && !innerAssignment(text, end)) end++
  return text.slice(at, end)
}

/** `a=b=c` chains: an `=` followed by more value starts a new assignment (base64 `==` ends a value). */
function innerAssignment(text: string, at: number): boolean {
  return text[at] === '=' && /[^\s=,;'"`)}\]>&]/.test(text[at + 1] ?? ' ')
}

function acceptValue(key: string, value: string, quoted: boolean, strength: KeyStrength): boolean {
  if (strength === 'weak') return machineMade(value)
  // `PASS: Overall score…`, `"a11y_pass": true`: a `pass` key is as often a verdict as a
  // password, so its value must look made up (a digit, another character class, no words).
  if (isShortPass(key) && (!/[0-9]/.test(value) || charClasses(value) < 2 || /[\s/]/.test(value))) return false
  const password = strength === 'password'
  // Cheap shape checks first: most candidates on hostile or ordinary text fail here. A
  // passphrase mixing letters and symbols (`development#product`) counts as two classes.
  const classes = charClasses(value) + Number(SYMBOL.test(value))
  if (password ? value.length < 6 : value.length < 12 || classes < 2) return false
  if (
    isPlaceholderValue(value) ||
    saysFake(value) ||
    /^https?:/i.test(value) ||
    VERSION.test(value) ||
    namesOrDescribes(value, password)
  )
    return false
  if (!quoted && CODE_REFERENCE.test(value) && !value.split('.').some(looksRandom)) return false
  // `entry[2]`, `numbers[0] + …`: the unquoted run stops at `]`, so an index is seen open.
  if (!quoted && OPEN_INDEX.test(value)) return false
  // `PWD=/home/user/Downloads`, `"password_file": "/run/secrets/db"`: a path names where a
  // value lives (or the shell's working directory), it is not the value.
  if (FILE_PATH.test(value)) return false
  const entropy = shannonEntropy(value)
  return password ? new Set(value).size >= 4 && entropy >= 2.3 : entropy >= 3
}

/** A value only a machine would write: long, no spaces, letters and digits mixed, high entropy. */
export function looksRandom(value: string): boolean {
  // Shape first, placeholders last: the placeholder check is the expensive one.
  if (value.length < 16 || /\s/.test(value) || !/[0-9]/.test(value) || !/[A-Za-z]/.test(value)) return false
  if (/^https?:|^[\w-]+(?:\.[\w-]+){2,}$/.test(value) || isPlaceholderValue(value) || saysFake(value)) return false
  // `cmp2-qat-1208358310`: short words and a number, a resource name rather than a token.
  if (value.split(/[_-]/).every((segment) => segment.length <= 5 || /^[0-9]+$/.test(segment))) return false
  return shannonEntropy(value) >= 3.5
}

/**
 * A value that can be a provider's key when a rule found it only by the provider's name nearby
 * (Kingfisher's rules, which upstream confirm with a live HTTP check): machineMade from 16
 * characters; shorter keys (8–15 characters) must mix letters and digits, changing between
 * them at least twice, with entropy ≥ 3. Digits alone are ids and numbers, letters alone words.
 * A name is weak evidence, so the value must carry the rest: a typed run of four (`4567`,
 * `abcd`: the RFC 4122 example UUID `123e4567-e89b-…`) or a keyboard row says it was typed.
 */
export function madeByMachine(value: string): boolean {
  if (hasTypedRun(value, 4)) return false
  if (value.length >= 16) return machineMade(value)
  if (value.length < 8 || !/^[A-Za-z0-9_-]+$/.test(value) || !/[A-Za-z]/.test(value)) return false
  if (isPlaceholderValue(value) || saysFake(value)) return false
  let changes = 0
  for (let i = 1; i < value.length; i++) if (isDigit(value.charCodeAt(i - 1)) !== isDigit(value.charCodeAt(i))) changes++
  return changes >= 2 && shannonEntropy(value) >= 3
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57

/**
 * looksRandom, and the random shapes it leaves out: hex (at most 4 bits per character, so a
 * lower entropy bar), random mixed-case letters (`DjayBenyJrtpvydFCzAp`: case flips far more
 * often than in a CamelCase name), and dotted tokens with a long random part (JWT-like).
 */
export function machineMade(value: string): boolean {
  if (looksRandom(value)) return true
  if (value.length < 16 || /\s/.test(value) || isPlaceholderValue(value) || saysFake(value)) return false
  if (/^[0-9a-f]+$/i.test(value)) return /[a-f]/i.test(value) && /[0-9]/.test(value) && shannonEntropy(value) >= 3
  if (/^[A-Za-z]+$/.test(value)) return value.length >= 20 && caseFlips(value) >= value.length / 3 && shannonEntropy(value) >= 4
  const parts = value.split('.')
  return parts.length >= 2 && parts.length <= 4 && parts.some((part) => part.length >= 20 && looksRandom(part))
}
