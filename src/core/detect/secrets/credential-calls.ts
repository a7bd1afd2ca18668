// Passwords passed positionally to a call that takes credentials, and appSettings-style pairs:
//   new NetworkCredential("user", "s3cret"), new DirectoryEntry("LDAP://…", "user", "s3cret"),
//   PasswordAuthentication("user", "s3cret".toCharArray()), smtp.login("user", "s3cret"),
//   HTTPBasicAuth('user', 's3cret'), ConvertTo-SecureString "s3cret" -AsPlainText, and the
//   call without parentheses of Gradle, Groovy and Ruby DSLs: `password 's3cret'` on its own line.
// Database, FTP, LDAP and SSH connections take the password by position, after a host or DSN and
// a user (`new mysqli("localhost", "app", "s3cret", "db")`, `DriverManager.getConnection(url,
// "app", "s3cret")`, `ftplib.FTP(host, "u", "s3cret")`, `ssh.connect(host, 22, "u", "s3cret")`)
// or first thing, before the DSN (`cx_Oracle.connect("app", "s3cret", "db/orcl")`); an `auth`
// pair is a user and a password (`auth=("u", "s3cret")`, Guzzle's `'auth' => ['u', 's3cret']`,
// Elasticsearch's `http_auth=(…)`).
// The password is the call's last string literal; it is judged as any password is. An API
// client built from a lone literal key (`cohere.Client('…')`, `GrafanaClient("…")`) counts
// when the literal is machine-made.
import type { SensitiveMatch } from '../../redact/sensitive-match.js'
import { maskSecret } from '../../redact/mask.js'
import { charClasses } from './entropy.js'
import { isBlank, keyedSecret, machineMade, readValue, type Value } from './generic-assignment.js'

/** Calls whose string arguments are a user and a password. */
const CREDENTIAL_CALL =
  /(?:^|\.)(?:[A-Za-z]{0,30}Credentials?|PasswordAuthentication|[A-Za-z]{0,10}BasicAuth|(?:with_)?basic_auth|basicAuth|auth|DirectoryEntry|[Ll]ogin|[Aa]uthenticate|[Ss]ignIn)$/
/** Calls that open a connection with a host or DSN, a user and a password as positional arguments. */
const CONNECT_CALL =
  /(?:^|\.)(?:mysqli|PDO|FTP(?:_TLS)?|SMTP(?:_SSL)?|getConnection|[Cc]onnect|simple_bind(?:_s)?|bind_s|(?:mysqli?|mssql|sqlsrv|pg|oci|odbc|db2|ibase|ftp|ldap|ssh2)_(?:p?connect|real_connect|login|bind|auth_password))$/
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
    if (COMPARE_CALL.test(name)) {
      const found = comparedSecret(text, name, at + 1)
      if (found) out.push(found)
      continue
    }
    if (CONNECT_CALL.test(name)) {
      const found = connectionPassword(text, at + 1)
      if (found) out.push(found)
      continue
    }
    if (!CREDENTIAL_CALL.test(name)) continue
    const args = stringArguments(text, at + 1)
    const password = args.last
    // `jedis.auth("…")`, `redis.auth("…")`: Redis's AUTH takes the password alone.
    if ((args.commas < 1 && !/(?:^|\.)auth$/.test(name)) || !password) continue
    const found = asPassword(password)
    if (found) out.push(found)
  }
  return [...out, ...findSecureStrings(text), ...findDslPasswords(text, passwordsAt), ...findAuthPairs(text)]
}

/** Calls that compare two strings: `password.equals("…")`, `strcmp(pass, "…")`, `hmac.compare_digest(token, "…")`. */
const COMPARE_CALL =
  /(?:^|\.)(?:equals(?:IgnoreCase)?|Equals|strn?cmp|strcasecmp|compare_digest|hash_equals|secure_compare|constant_time_compare|timingSafeEqual)$/
/** Two arguments, a name and a string literal in either order (nothing nested). */
const COMPARED = /^[ \t]*(?:([A-Za-z_$][\w$.]{0,60})[ \t]*,[ \t]*(?=["'])|(?=["']))/

/**
 * A hard-coded password checked in code: the literal compared with a credential-named variable
 * (`password.equals("…")`, `"…".equals(pwd)` is the same test written the other way,
 * `strcmp(pass, "…") == 0`, `hash_equals($token, "…")`). The variable's name is the key.
 */
function comparedSecret(text: string, name: string, from: number): SensitiveMatch | undefined {
  const dot = name.lastIndexOf('.')
  const receiver = dot > 0 ? lastSegment(name.slice(0, dot)) : undefined
  // `"…".equals(pwd)`: the literal is the receiver, the argument names it.
  const close = from - 2 - name.length
  const quote = text[close]
  if (dot === 0 && (quote === '"' || quote === "'")) {
    const open = text.lastIndexOf(quote, close - 1)
    const value = open !== -1 && close - open <= 200 ? readValue(text, open) : undefined
    const key = /^[ \t]*([A-Za-z_$][\w$.]{0,60})[ \t]*\)/.exec(text.slice(from, from + 80))?.[1]
    return value && key && value.start + value.text.length === close ? keyedSecret(lastSegment(key), value) : undefined
  }
  const m = COMPARED.exec(text.slice(from, from + 80))
  if (!m) return undefined
  const value = readValue(text, from + m[0].length)
  if (!value) return undefined
  const after = text.slice(value.start + value.text.length + 1, value.start + value.text.length + 80)
  // The other operand: the receiver (`password.equals("…")`), the name before the literal, or the one after it.
  const key =
    m[1] !== undefined
      ? lastSegment(m[1])
      : (receiver ?? lastSegment(/^[ \t]*,[ \t]*([A-Za-z_$][\w$.]{0,60})[ \t]*\)/.exec(after)?.[1] ?? ''))
  if (
    !key ||
    (m[1] !== undefined &&
      receiver !== undefined &&
      !/^(?:String|Objects|string|str|hmac|crypto|secrets|Rack::Utils|ActiveSupport::SecurityUtils)$/.test(receiver))
  )
    return undefined
  return keyedSecret(key, value)
}

/** `this.password` → `password`, `$user->pwd` read as `pwd`, `creds["token"]` is left out. */
const lastSegment = (name: string): string => name.slice(name.lastIndexOf('.') + 1).replace(/^\$/, '')

/** An argument as a connection call gets it: a string literal, a number, or anything else (a variable, an expression). */
type Argument = { literal: Value } | { number: true } | { other: true }

/**
 * The password a connection call takes by position: after a host, URL or DSN (a literal with a
 * dot, colon, slash, `@` or `=`, `localhost`, or a variable) and a user, ports skipped; else, when
 * the first argument is a user, the second, with at most a DSN after it.
 */
function connectionPassword(text: string, from: number): SensitiveMatch | undefined {
  const args = positionalArguments(text, from)?.filter((a) => !('number' in a))
  if (args === undefined || args.length < 2) return undefined
  const first = args[0] as Argument
  // Four literals are a host, a user, a password and a database (`pymssql.connect("sql01", …)`);
  // an LDAP DN first is the user (`simple_bind_s("cn=admin,dc=…", "…")`).
  const hostFirst = !('literal' in first) || (!DN.test(first.literal.text) && (HOST.test(first.literal.text) || args.length >= 4))
  const [user, password] = hostFirst ? [args[1], args[2]] : [args[0], args[1]]
  if (!hostFirst && args.length > 3) return undefined
  if (!hostFirst && args[2] !== undefined && 'literal' in args[2] && !HOST.test(args[2].literal.text)) return undefined
  if (user === undefined || password === undefined || !('literal' in password)) return undefined
  if ('literal' in user && (NOT_A_USER.test(user.literal.text) || user.literal.text === password.literal.text)) return undefined
  // Names (`"on_button_clicked"`, `"sales_2024"`: a signal's handler, a database) are other arguments.
  const value = password.literal.text
  if (NAME.test(value) || charClasses(value) + Number(/[^A-Za-z0-9]/.test(value)) < 2) return undefined
  return asPassword(password.literal)
}

/** A host, URL, DSN or file: what a connection's first argument is when it is not the user. */
const HOST = /[.:/@=\\]|^localhost$/i
/** An LDAP distinguished name: a user, though it holds `=`. */
const DN = /^(?:cn|uid|ou|dc|o|mail|samaccountname)=/i
/** A URL or host where the user would be (an LDAP DN, `cn=admin,dc=…`, is a user). */
const NOT_A_USER = /[:/]|^localhost$/i
/** Lower-case words, joined by `_`, `-` or `.`, a number after them: a name, not a password. */
const NAME = /^[a-z]+(?:[_.-][a-z0-9]+)*$/

/** The call's positional arguments (keyword ones left out), or undefined when the call does not close nearby. */
function positionalArguments(text: string, from: number): Argument[] | undefined {
  const args: Argument[] = []
  const end = Math.min(text.length, from + MAX_ARGS)
  let pos = from
  let current: Argument | undefined
  let keyword = false
  let depth = 0
  while (pos < end) {
    const c = text[pos] ?? ''
    if (c === '"' || c === "'") {
      const value = readValue(text, pos)
      if (!value) return undefined
      if (depth === 0 && current === undefined && !keyword) current = { literal: value }
      else current = { other: true }
      pos = value.start + value.text.length + 1
      continue
    }
    if (c === '(' || c === '[' || c === '{') depth++
    else if ((c === ')' || c === ']' || c === '}') && depth > 0) depth--
    else if (depth === 0 && (c === ',' || c === ')')) {
      if (current !== undefined && !keyword) args.push(current)
      if (c === ')') return args
      current = undefined
      keyword = false
    } else if (depth === 0 && keywordOperator(text, pos)) keyword = true
    else if (depth === 0 && !isBlank(text.charCodeAt(pos)) && c !== '\n' && c !== '\r') {
      // A bare number is a port; anything else a variable or an expression.
      current = /[0-9]/.test(c) && (current === undefined || 'number' in current) ? { number: true } : { other: true }
    }
    pos++
  }
  return undefined
}

/** `name=value` (Python, PHP 8), `name: value` (C#, Kotlin, Swift): a keyword argument, judged by its name elsewhere. */
const keywordOperator = (text: string, pos: number): boolean => {
  const c = text[pos]
  if (c === '=') return text[pos + 1] !== '=' && text[pos + 1] !== '>' && !'=!<>'.includes(text[pos - 1] ?? '')
  return c === ':' && text[pos + 1] !== ':' && text[pos - 1] !== ':'
}

/** After `auth` (`auth=(`, `"auth": [`, `'auth' => [`, `http_auth=(`, `basic_auth: (`): a pair follows (anchored). */
const AUTH_PAIR = /["']?[ \t]{0,3}(?:=>|=|:)[ \t]{0,3}[([][ \t]{0,3}(?=["'])/y

/** A user and a password written as an `auth` pair: the second of two string literals. */
function findAuthPairs(text: string): SensitiveMatch[] {
  const out: SensitiveMatch[] = []
  // Found by indexOf: `auth` is common in prose (`author`), and a regex led by it scans slower.
  for (let at = text.indexOf('auth'); at !== -1; at = text.indexOf('auth', at + 4)) {
    // `auth` as a whole name or the end of one (`http_auth`, `basic_auth`), not `oauth`.
    if (/[A-Za-z0-9]/.test(text[at - 1] ?? ' ')) continue
    AUTH_PAIR.lastIndex = at + 4
    const m = AUTH_PAIR.exec(text)
    if (!m) continue
    const user = readValue(text, at + 4 + m[0].length)
    if (!user || user.text === '') continue
    let pos = user.start + user.text.length + 1
    for (let n = 0; n < 3 && isBlank(text.charCodeAt(pos)); n++) pos++
    if (text[pos] !== ',') continue
    pos++
    for (let n = 0; n < 3 && isBlank(text.charCodeAt(pos)); n++) pos++
    const password = text[pos] === '"' || text[pos] === "'" ? readValue(text, pos) : undefined
    const found = password && password.text !== user.text ? asPassword(password) : undefined
    if (found) out.push(found)
  }
  return out
}

/** `password 's3cret'` / `password "s3cret"` alone on its line (`credentials { … }` blocks, Gradle's `storePassword '…'`). */
const DSL_PASSWORD = /^[Pp]assword[ \t]{1,3}(["'])([^"'\n]{1,80})\1[ \t]*(?:$|\n|\r|\/\/|#)/
/** Gradle's signing configs: `storePassword '…'`, `keyPassword '…'`. */
const DSL_PREFIX = /(?:store|key)$/

function findDslPasswords(text: string, passwordsAt: readonly number[]): SensitiveMatch[] {
  const out: SensitiveMatch[] = []
  for (const at of passwordsAt) {
    // Only blanks between the line's start and the word (read over a bounded window).
    let from = at - (DSL_PREFIX.exec(text.slice(Math.max(0, at - 5), at))?.[0].length ?? 0)
    const word = from
    while (from > 0 && word - from < 80 && isBlank(text.charCodeAt(from - 1))) from--
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
    // Rust's `Some("s3cret")` wraps the literal (reqwest's `.basic_auth("user", Some("…"))`).
    if (c === '(' && text.slice(pos - 4, pos) === 'Some' && !/\w/.test(text[pos - 5] ?? ' ')) {
      pos++
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
