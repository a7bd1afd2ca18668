// `password = "…"`, `api_key: …`, `"client_secret": "…"`, `Authorization: Bearer …`.
// The regex only finds `<identifier> <operator>` at identifier starts (linear); the key
// name, value shape and entropy are then checked in code.
import type { SensitiveMatch } from '../../redact/sensitive-match.js'
import { maskSecret } from '../../redact/mask.js'
import { charClasses, shannonEntropy } from './entropy.js'
import { isPlaceholderValue } from './placeholders.js'

const ASSIGNMENT = /(?<![A-Za-z0-9_.-])([A-Za-z0-9_.-]{1,60})["']?[ \t]{0,3}(?::=|=>|[:=])[ \t]{0,3}/g
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

export function findGenericAssignments(text: string): SensitiveMatch[] {
  const out: SensitiveMatch[] = []
  for (const m of text.matchAll(ASSIGNMENT)) {
    const key = m[1] ?? ''
    if (!isSecretKey(key)) continue
    const value = readValue(text, m.index + m[0].length)
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
