// `password = "…"`, `api_key: …`, `"client_secret": "…"`, `Authorization: Bearer …`.
// Assignments are found from their operator backwards (operators are rare, identifiers are
// every word); the key name, value shape and entropy are then checked in code.
import type { SensitiveMatch } from '../../redact/sensitive-match.js'
import { maskSecret } from '../../redact/mask.js'
import { charClasses, shannonEntropy } from './entropy.js'
import { isPlaceholderValue } from './placeholders.js'

const MAX_KEY = 60
const MAX_SPACES = 3
const PASSWORD_KEY = /(?:password|passwd|pwd|passphrase|auth)$/
const TOKEN_KEY =
  /(?:secret|token|apikey|accesskey|secretkey|privatekey|signingkey|encryptionkey|masterkey|clientsecret|credential|credentials|authorization)$/
const AUTH_SCHEME = /^(?:bearer|basic|token|digest)$/i
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
  return PASSWORD_KEY.test(k) || TOKEN_KEY.test(k) || (/secret|creds$/.test(k) && !k.includes('secretar'))
}

const isKeyChar = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 46 || c === 45
const isBlank = (c: number): boolean => c === 32 || c === 9

/**
 * `<key>["']?[ \t]{0,3}(:=|=>|:|=)[ \t]{0,3}` with a whole identifier of 1–60 [A-Za-z0-9_.-] as
 * the key, left to right and without overlaps: what
 * `/(?<![A-Za-z0-9_.-])([A-Za-z0-9_.-]{1,60})["']?[ \t]{0,3}(?::=|=>|[:=])[ \t]{0,3}/g` matches,
 * found from each ':' and '=' (located by indexOf) instead of trying every word.
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
    let j = op - 1
    while (j >= 0 && isBlank(text.charCodeAt(j))) j--
    if (op - 1 - j > MAX_SPACES) continue
    if (text[j] === '"' || text[j] === "'") j--
    let start = j
    while (start >= 0 && isKeyChar(text.charCodeAt(start))) start--
    start++
    const length = j + 1 - start
    if (length < 1 || length > MAX_KEY || start < lastEnd) continue
    const second = text[op + 1]
    let end = op + ((text[op] === ':' && second === '=') || (text[op] === '=' && second === '>') ? 2 : 1)
    for (let n = 0; n < MAX_SPACES && end < text.length && isBlank(text.charCodeAt(end)); n++) end++
    lastEnd = end
    yield { key: text.slice(start, j + 1), end }
  }
}

export function findGenericAssignments(text: string): SensitiveMatch[] {
  const out: SensitiveMatch[] = []
  for (const m of assignmentsIn(text)) {
    const key = m.key
    if (!isSecretKey(key)) continue
    const value = readValue(text, m.end)
    if (!value || !acceptValue(normaliseKey(key), value.text, value.quoted)) continue
    const normalised = normaliseKey(key)
    const aws = normalised.includes('aws') && normalised.indexOf('secret', normalised.indexOf('aws')) > 0
    const kind = aws ? 'aws-secret-key' : 'generic-secret'
    out.push({
      rule: aws ? 'secrets.aws-secret-key' : 'secrets.generic-assignment',
      kind,
      start: value.start,
      end: value.start + value.text.length,
      redacted: `${key.slice(0, 60)}=${maskSecret(kind)}`,
    })
  }
  return out
}

interface Value {
  text: string
  start: number
  quoted: boolean
}

function readValue(text: string, at: number): Value | undefined {
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

function acceptValue(key: string, value: string, quoted: boolean): boolean {
  const password = PASSWORD_KEY.test(key)
  // Cheap shape checks first: most candidates on hostile or ordinary text fail here.
  if (password ? value.length < 6 : value.length < 12 || charClasses(value) < 2) return false
  if (isPlaceholderValue(value) || /^https?:/i.test(value)) return false
  if (!quoted && CODE_REFERENCE.test(value)) return false
  const entropy = shannonEntropy(value)
  return password ? new Set(value).size >= 4 && entropy >= 2.3 : entropy >= 3
}
