// `password = "…"`, `api_key: …`, `"client_secret": "…"`, `Authorization: Bearer …`.
// Assignments are found from their operator backwards (operators are rare, identifiers are
// every word); the key name, value shape and entropy are then checked in code.
import type { SensitiveMatch } from '../../redact/sensitive-match.js'
import { maskSecret } from '../../redact/mask.js'
import { charClasses, shannonEntropy } from './entropy.js'
import { isPlaceholderValue, saysFake } from './placeholders.js'

const MAX_KEY = 60
const MAX_SPACES = 3
const PASSWORD_KEY = /(?:password|passwd|pwd|passphrase|auth)$/
const TOKEN_KEY =
  /(?:secret|token|apikey|accesskey|secretkey|privatekey|signingkey|encryptionkey|masterkey|clientsecret|credential|credentials|authorization|bearer)$/
/** `pass`, `db_pass`, `SMTP-PASS`, but not `bypass` or `compass`. */
const SHORT_PASS = /(?:^|[_.-])pass$/i
/** Keys ending in `key` that name a record, a cache entry, a UI key or a public key. */
const NOT_CREDENTIAL_KEY =
  /(?:public|pub|primary|foreign|sort|partition|hash|range|cache|idempotency|routing|i18n|translation|message|label|object|bucket|lookup|query|hot|mon|tur|don|whis|jock|hoc|dedup|dedupe|group|storage|setting|settings|config|map|dict|json|field|column|prop|item|row|node|unique|composite|surrogate|natural|shortcut|shortcutkey|sign|menu|dataset|index|table|name|type|keyboard|accent|music|secondary|parent|child|foreignkey|s3|file|path|ssh|pgp|gpg|verification|verify|jwks)key$/
const AUTH_SCHEME = /^(?:bearer|basic|token|digest|ssws|apikey)$/i
const CODE_REFERENCE = /^[A-Za-z_$][\w$]*(?:\.[\w$]+|\[[^\]\n]{0,80}\])+$|\(|^[$%@&!|>]/
const UNQUOTED_END = /[\s,;'"`)}\]>&]/
const MAX_VALUE = 300

/** Lower-cased key without separators: `AWS_Secret-Access.Key` → `awssecretaccesskey`. */
export function normaliseKey(key: string): string {
  return key.toLowerCase().replace(/[^a-z0-9]/g, '')
}

/** True for key names whose value is a credential (`db_password`, `x-api-key`, `token`). */
export function isSecretKey(key: string): boolean {
  // Trailing digits (`api_token_2`) do not change what the value is.
  const k = normaliseKey(key).replace(/[0-9]{1,8}$/, '')
  // Public and CSRF tokens are not credentials (gitleaks skips them too).
  if (k.startsWith('public') || k.includes('csrf') || k.includes('xsrf')) return false
  return PASSWORD_KEY.test(k) || TOKEN_KEY.test(k) || (/secret|creds$/.test(k) && !k.includes('secretar')) || SHORT_PASS.test(key)
}

/**
 * `<service>_key`, `Key`, `license_key`: a key that may hold a credential or just a name
 * (`cache_key`, `primary_key`). Its value must look random to count (see acceptValue).
 */
export function isWeakSecretKey(key: string): boolean {
  const k = normaliseKey(key).replace(/[0-9]{1,8}$/, '')
  return k.endsWith('key') && !NOT_CREDENTIAL_KEY.test(k)
}

export const isKeyChar = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 46 || c === 45
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
    // `.=` `?=` `+=` after a blank: the operator starts one character earlier (for `.`, only
    // when a key precedes the blank; else `.` itself is the key).
    const compound = text[op] === '=' && '.?+'.includes(text[op - 1] ?? 'x') && isBlank(text.charCodeAt(op - 2))
    const compoundKey = compound ? keyBefore(text, op - 1, lastEnd) : undefined
    const key = compoundKey ?? keyBefore(text, op, lastEnd)
    if (!key) continue
    let end = op + (compoundKey ? 1 : operatorLength(text, op))
    for (let n = 0; n < MAX_SPACES && end < text.length && isBlank(text.charCodeAt(end)); n++) end++
    lastEnd = end
    yield { key: text.slice(key.start, key.end), end }
  }
}

/** The key that ends before the operator at `op` (blanks and one quote between), if any. */
function keyBefore(text: string, op: number, lastEnd: number): { start: number; end: number } | undefined {
  let j = op - 1
  while (j >= 0 && isBlank(text.charCodeAt(j))) j--
  if (op - 1 - j > MAX_SPACES) return undefined
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
  for (const m of assignmentsIn(text)) {
    if (!isSecretKey(m.key) && !isWeakSecretKey(m.key)) continue
    const value = readValue(text, afterComparison(text, m.end))
    const match = value && keyedSecret(m.key, value)
    if (match) out.push(match)
  }
  return out
}

/** `token == "…"`, `token === "…"`: the value of a comparison starts after the second `=`. */
function afterComparison(text: string, at: number): number {
  if (text[at] !== '=' || text[at - 1] !== '=') return at
  let end = at + (text[at + 1] === '=' ? 2 : 1)
  for (let n = 0; n < MAX_SPACES && isBlank(text.charCodeAt(end)); n++) end++
  return end
}

/** The finding for `value` under `key`, when the key names a credential and the value is one. */
export function keyedSecret(key: string, value: Value): SensitiveMatch | undefined {
  const strength = isSecretKey(key) ? 'strong' : isWeakSecretKey(key) ? 'weak' : undefined
  const normalised = normaliseKey(key)
  if (strength === undefined || !acceptValue(normalised, value.text, value.quoted, strength)) return undefined
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
  const quote = text[at]
  if (quote === '"' || quote === "'" || quote === '`') {
    const window = text.slice(at + 1, at + 1 + MAX_VALUE)
    const close = window.indexOf(quote)
    if (close === -1 || window.slice(0, close).includes('\n')) return undefined
    return { text: window.slice(0, close), start: at + 1, quoted: true }
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

function acceptValue(key: string, value: string, quoted: boolean, strength: 'strong' | 'weak'): boolean {
  if (strength === 'weak') return looksRandom(value)
  // `PASS: Overall score…`, `"pass": true/false`: a bare `pass` is as often a verdict as a
  // password, so its value must look made up (a digit, another character class, no words).
  const shortPass = !PASSWORD_KEY.test(key) && (key === 'pass' || key.endsWith('pass'))
  if (shortPass && (!/[0-9]/.test(value) || charClasses(value) < 2 || /[\s/]/.test(value))) return false
  const password = PASSWORD_KEY.test(key) || shortPass
  // Cheap shape checks first: most candidates on hostile or ordinary text fail here.
  if (password ? value.length < 6 : value.length < 12 || charClasses(value) < 2) return false
  if (isPlaceholderValue(value) || saysFake(value) || /^https?:/i.test(value)) return false
  if (!quoted && CODE_REFERENCE.test(value) && !value.split('.').some(looksRandom)) return false
  const entropy = shannonEntropy(value)
  return password ? new Set(value).size >= 4 && entropy >= 2.3 : entropy >= 3
}

/** A value only a machine would write: long, no spaces, letters and digits mixed, high entropy. */
export function looksRandom(value: string): boolean {
  if (value.length < 16 || /\s/.test(value) || isPlaceholderValue(value) || saysFake(value)) return false
  if (!/[0-9]/.test(value) || !/[A-Za-z]/.test(value) || /^https?:|^[\w-]+(?:\.[\w-]+){2,}$/.test(value)) return false
  return shannonEntropy(value) >= 3.5
}
