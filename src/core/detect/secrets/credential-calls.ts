// Passwords passed positionally to a call that takes credentials, and appSettings-style pairs:
//   new NetworkCredential("user", "s3cret"), new DirectoryEntry("LDAP://…", "user", "s3cret"),
//   PasswordAuthentication("user", "s3cret".toCharArray()), smtp.login("user", "s3cret"),
//   HTTPBasicAuth('user', 's3cret'), ConvertTo-SecureString "s3cret" -AsPlainText, and the
//   call without parentheses of Gradle, Groovy and Ruby DSLs: `password 's3cret'` on its own line.
// The password is the call's last string literal; it is judged as any password is. An API
// client built from a lone literal key (`cohere.Client('…')`, `GrafanaClient("…")`) counts
// when the literal is machine-made.
import type { SensitiveMatch } from '../../redact/sensitive-match.js'
import { maskSecret } from '../../redact/mask.js'
import { isBlank, keyedSecret, machineMade, readValue, type Value } from './generic-assignment.js'

/** Calls whose string arguments are a user and a password. */
const CREDENTIAL_CALL =
  /(?:^|\.)(?:[A-Za-z]{0,30}Credentials?|PasswordAuthentication|[A-Za-z]{0,10}BasicAuth|DirectoryEntry|[Ll]ogin|[Aa]uthenticate|[Ss]ignIn)$/
/** API clients: `Client`, `cohere.Client`, `GrafanaClient`, `new ApiClient`. */
const CLIENT_CALL = /(?:^|[.\s]|[a-z])Client$/
const MAX_ARGS = 400
const NAME_WINDOW = 40

/** `passwordsAt`: where `password` occurs, case-insensitively (keywords.ts). */
export function findCredentialCalls(text: string, passwordsAt: readonly number[] = []): SensitiveMatch[] {
  const out: SensitiveMatch[] = []
  for (let at = text.indexOf('('); at !== -1; at = text.indexOf('(', at + 1)) {
    const name = callNameBefore(text, at)
    if (CLIENT_CALL.test(name)) {
      const key = loneKey(text, at + 1)
      if (key) out.push(key)
      continue
    }
    if (!CREDENTIAL_CALL.test(name)) continue
    const args = stringArguments(text, at + 1)
    const password = args.last
    if (args.commas < 1 || !password) continue
    const found = asPassword(password)
    if (found) out.push(found)
  }
  return [...out, ...findSecureStrings(text), ...findDslPasswords(text, passwordsAt)]
}

/** `password 's3cret'` / `password "s3cret"` alone on its line (`credentials { … }` blocks). */
const DSL_PASSWORD = /^password[ \t]{1,3}(["'])([^"'\n]{1,80})\1[ \t]*(?:$|\n|\r|\/\/|#)/

function findDslPasswords(text: string, passwordsAt: readonly number[]): SensitiveMatch[] {
  const out: SensitiveMatch[] = []
  for (const at of passwordsAt) {
    // Only blanks between the line's start and the word (read over a bounded window).
    let from = at
    while (from > 0 && at - from < 80 && isBlank(text.charCodeAt(from - 1))) from--
    if (from > 0 && text[from - 1] !== '\n') continue
    const m = DSL_PASSWORD.exec(text.slice(at, at + 120))
    if (!m) continue
    const found = asPassword({ text: m[2] ?? '', start: at + m[0].indexOf(m[1] ?? '') + 1, quoted: true })
    if (found) out.push(found)
  }
  return out
}

/** The name a call's `(` follows (`System.Net.NetworkCredential`), read backwards over a bounded window. */
function callNameBefore(text: string, paren: number): string {
  let end = paren
  while (end > 0 && isBlank(text.charCodeAt(end - 1))) end--
  let start = end
  while (start > Math.max(0, end - NAME_WINDOW) && /[\w.-]/.test(text[start - 1] ?? ' ')) start--
  return text.slice(start, end)
}

/** The call's last argument when it is a string literal, and how many commas separate its arguments. */
function stringArguments(text: string, from: number): { last?: Value; commas: number } {
  let last: Value | undefined
  let commas = 0
  let pos = from
  const end = Math.min(text.length, from + MAX_ARGS)
  while (pos < end && text[pos] !== ')') {
    const c = text[pos] ?? ''
    if (c === '"' || c === "'") {
      const value = readValue(text, pos)
      if (!value) return { commas }
      // A keyword argument (`certificate_path="…"`, `key: "…"`) is judged by its own name elsewhere.
      last = /[=:][ \t]*$/.test(text.slice(Math.max(from, pos - 4), pos)) ? undefined : value
      pos = value.start + value.text.length + 1
      continue
    }
    // A nested call (`"s3cret".toCharArray()`, `(ConvertTo-SecureString …)`) ends the scan.
    if (c === '(') return { ...(last ? { last } : {}), commas }
    if (c === ',') {
      commas++
      last = undefined
    }
    pos++
  }
  return { ...(last ? { last } : {}), commas }
}

/**
 * The call's only positional argument, when it is a machine-made string literal (not a URL,
 * host or path); keyword arguments may follow it (`GrafanaClient("…", host=h, port=3000)`).
 */
function loneKey(text: string, from: number): SensitiveMatch | undefined {
  const args = stringArguments(text, from)
  const key = args.commas === 0 ? args.last : firstBeforeKeywords(text, from)
  if (!key || /[/:@]/.test(key.text) || !machineMade(key.text)) return undefined
  return {
    rule: 'secrets.generic-assignment',
    kind: 'generic-secret',
    start: key.start,
    end: key.start + key.text.length,
    redacted: `client key: ${maskSecret('generic-secret')}`,
  }
}

const KEYWORD_ARGUMENT = /^[ \t\r\n]*[A-Za-z_]\w{0,40}[ \t]*=(?!=)/

/** A string literal opening the call's arguments when every later argument is a keyword one (`name=…`). */
function firstBeforeKeywords(text: string, from: number): Value | undefined {
  let pos = from
  while (pos < text.length && pos - from < 20 && /[ \t\r\n]/.test(text[pos] ?? '')) pos++
  if (text[pos] !== '"' && text[pos] !== "'") return undefined
  const first = readValue(text, pos)
  if (!first) return undefined
  const after = first.start + first.text.length + 1
  const close = text.indexOf(')', after)
  if (close === -1 || close - after > MAX_ARGS) return undefined
  const rest = text.slice(after, close)
  // No nested call or literal holding a comma in between, and each later argument is `name=…`.
  if (rest.includes('(') || !rest.trimStart().startsWith(',')) return undefined
  return rest
    .split(',')
    .slice(1)
    .every((arg) => KEYWORD_ARGUMENT.test(arg))
    ? first
    : undefined
}

const asPassword = (value: Value): SensitiveMatch | undefined => {
  // URLs, emails, phrases and short plain words (`"default"`, `"admin"`) are other arguments.
  if (/^[a-z]+:\/\/|@[\w-]+\.|\s/i.test(value.text) || (/^[a-z]+$/i.test(value.text) && value.text.length < 10)) return undefined
  const match = keyedSecret('password', value)
  return match && { ...match, redacted: `password: ${maskSecret('generic-secret')}` }
}

/** The switches ConvertTo-SecureString takes before its string, in any order. */
const SECURE_STRING_SWITCH = /^-(?:String|Force|AsPlainText)(?![A-Za-z])/i

/**
 * `ConvertTo-SecureString "s3cret" -AsPlainText`, `-String "s3cret"`, switches first
 * (`-String -Force s3cret`), quoted, escaped inside a JSON string (`\"s3cret\"`) or bare. Without
 * -AsPlainText the string is ConvertFrom-SecureString's encrypted output, a long hex blob: only a
 * value of password length counts then.
 */
function findSecureStrings(text: string): SensitiveMatch[] {
  const out: SensitiveMatch[] = []
  for (let at = text.indexOf('ConvertTo-SecureString'); at !== -1; at = text.indexOf('ConvertTo-SecureString', at + 1)) {
    let pos = at + 'ConvertTo-SecureString'.length
    for (let i = 0; i < 4; i++) {
      while (isBlank(text.charCodeAt(pos))) pos++
      const flag = SECURE_STRING_SWITCH.exec(text.slice(pos, pos + 13))
      if (!flag) break
      pos += flag[0].length
    }
    if (!isBlank(text.charCodeAt(pos - 1))) continue
    const value = text[pos] === '$' || text[pos] === '(' || text[pos] === '-' ? undefined : readValue(text, pos)
    if (!value) continue
    const plain = /-AsPlainText/i.test(text.slice(at, pos + 200))
    const found = plain || value.text.length <= 40 ? asPassword(value) : undefined
    if (found) out.push(found)
  }
  return out
}
