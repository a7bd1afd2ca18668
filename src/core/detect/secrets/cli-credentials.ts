// Credentials typed on command lines and in login files:
// - a password flag after a user flag: `-u admin -p s3cret`, `docker login -u me -p …`,
//   `mysql -uroot -pS3cret`, `psexec \\host -u DOMAIN\me -p …`;
// - a tool's own password flag, no user needed: `sshpass -p …`, `redis-cli -a …`, `openssl … -k …`;
// - HTTP basic auth: `curl -u user:pass`, `wget --user=me --password=…`, `curl --user me:pass`,
//   and Samba's `smbclient -U user%pass`;
// - single-dash parameters naming a credential (PowerShell, Java tools): `-Password VMware1!`,
//   `-PersonalAPIKey 'NRAK-…'`, `-vaultToken s.…` (double-dash flags: prose-and-flags.ts);
// - netrc and FTP scripts: `machine host login me password s3cret`.
// Every value is judged as a password would be (placeholders, `$VAR`, fake words are none).
// Lines are found by indexOf; each check reads a bounded window.
import type { SensitiveMatch } from '../../redact/sensitive-match.js'
import { maskSecret } from '../../redact/mask.js'
import { isBlank, keyedSecret, readValue, type Value } from './generic-assignment.js'

const LINE_WINDOW = 300
const USER_FLAG = /(?:^|[ \t])(?:-u|-U|--user(?:name)?)(?:[ \t=]|(?=[A-Za-z]))/
const HTTP_CLIENT = /\b(?:curl|wget|http|httpie|xh)\b/
/** Tools whose one-letter flag takes a password whatever else the line holds. */
const TOOL_PASSWORD_FLAG: ReadonlyArray<[RegExp, string]> = [
  [/\bsshpass\b/, 'p'],
  [/\bredis-cli\b/, 'a'],
  [/\bopenssl\b/, 'k'],
  // SQL Server's command-line tools (`sqlcmd -S db -U sa -P …`) and OpenLDAP's (`ldapsearch -D … -w …`).
  [/\b(?:sqlcmd|osql|bcp)\b/, 'P'],
  [/\bldap(?:search|modify|add|delete|whoami|passwd|compare|modrdn|exop)\b/, 'w'],
  // An encrypted archive's password (`zip -P … out.zip`, `unzip -P …`).
  [/\b(?:un)?zip\b/, 'P'],
]
/** `login me ` / `machine host ` right before `password` (same or previous line). */
const NETRC_BEFORE = /^(?:login|machine)[ \t]+\S+\s+$/
/** `unseal` (`vault operator unseal`), blanks, then a base64 key of 43-60 characters. */
const UNSEAL = /^unseal[ \t]{1,3}([A-Za-z0-9+/]{43,60}={0,2})(?![A-Za-z0-9+/=])/
const PARAMETER = /^-([A-Za-z][A-Za-z0-9]{2,40})[ \t:]{1,3}/

/**
 * The line around `at`, at most LINE_WINDOW characters either side. Both ends are searched inside
 * the window only: searching the whole text for the line's newlines cost a scan of the line per
 * flag, quadratic on one long line of flags (`-p x -p x …`).
 */
function lineAround(text: string, at: number): { start: number; line: string } {
  const from = Math.max(0, at - LINE_WINDOW)
  const before = text.slice(from, at).lastIndexOf('\n')
  const start = before === -1 ? from : from + before + 1
  const after = text.slice(at, at + LINE_WINDOW)
  const newline = after.indexOf('\n')
  return { start, line: text.slice(start, at + (newline === -1 ? after.length : newline)) }
}

const asPassword = (value: Value | undefined, rule: string): SensitiveMatch | undefined => {
  const match = value && value.text.length > 0 && !value.text.startsWith('-') ? keyedSecret('password', value) : undefined
  return match && { ...match, rule, redacted: `${rule.slice(8)}: ${maskSecret('generic-secret')}` }
}

/** `wordAt('password')`: where `password` occurs, case-insensitively (keywords.ts). */
export function findCliCredentials(text: string, wordAt: (word: string) => readonly number[]): SensitiveMatch[] {
  const out: SensitiveMatch[] = []
  for (let at = text.indexOf('-'); at !== -1; at = text.indexOf('-', at + 1)) {
    const before = text[at - 1]
    if (at > 0 && !isBlank(text.charCodeAt(at - 1)) && !'\n"\'`('.includes(before ?? '')) continue
    // A flag starts with a letter (`-p`, `-u`) or a second dash (`--user`); `- item` is a list.
    const next = text.charCodeAt(at + 1) | 0x20
    if ((next < 97 || next > 122) && text[at + 1] !== '-') continue
    const found = passwordFlag(text, at) ?? toolPassword(text, at) ?? basicAuth(text, at) ?? parameter(text, at)
    if (found) out.push(found)
  }
  return [
    ...out,
    ...findNetrcPasswords(text, wordAt('password')),
    ...findUnsealKeys(text),
    ...findNetUsePasswords(text),
    ...findPipedPasswords(text),
  ]
}

/** Commands that read a password from their standard input. */
const READS_PASSWORD = ['--password-stdin', 'sudo -S', 'sudo -kS', 'passwd --stdin']
/** `echo` or `printf` and their flags, at the start of a pipeline's first command (anchored). */
const ECHO = /^[ \t]*(?:echo|printf)[ \t]+(?:-[neE]{1,3}[ \t]+)?/

/** `echo "…" | docker login --password-stdin`, `echo … | sudo -S …`: the value piped in. */
function findPipedPasswords(text: string): SensitiveMatch[] {
  const out: SensitiveMatch[] = []
  for (const needle of READS_PASSWORD) {
    for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + needle.length)) {
      const { start, line } = lineAround(text, at)
      const before = line.slice(0, at - start)
      const pipe = before.lastIndexOf('|')
      if (pipe < 1 || before[pipe - 1] === '|') continue
      const from = Math.max(before.lastIndexOf(';', pipe), before.lastIndexOf('&', pipe), before.lastIndexOf('(', pipe)) + 1
      const echo = ECHO.exec(before.slice(from, pipe))
      if (!echo) continue
      const value = readValue(text, start + from + echo[0].length)
      // The value ends before the pipe (an unquoted one is cut there too).
      if (!value || value.start + value.text.length > start + pipe) continue
      const found = asPassword(value.quoted ? value : { ...value, text: value.text.trimEnd() }, 'secrets.cli-flag')
      if (found) out.push(found)
    }
  }
  return out
}

/**
 * `net use Z: \\host\share <password> /user:DOMAIN\me` (Windows): the one argument that is
 * neither a device, a share, `*` (prompt for it) nor a `/switch`.
 */
function findNetUsePasswords(text: string): SensitiveMatch[] {
  const out: SensitiveMatch[] = []
  for (let at = text.indexOf('net use '); at !== -1; at = text.indexOf('net use ', at + 8)) {
    if (at > 0 && /[A-Za-z0-9_]/.test(text[at - 1] ?? ' ')) continue
    const { start, line } = lineAround(text, at)
    const rest = line.slice(at - start + 8)
    let offset = at + 8
    let share = false
    for (const token of rest.split(/([ \t]+)/)) {
      const tokenAt = offset
      offset += token.length
      if (token === '' || /^[ \t]+$/.test(token)) continue
      if (token.startsWith('\\\\')) share = true
      else if (share && !token.startsWith('/') && !/^[A-Za-z]:$|^\*$/.test(token)) {
        // A word after the share is prose ("… maps the share drives for you"): a password holds a digit.
        const value = readValue(text, tokenAt)
        const found = value && /[0-9]/.test(value.text) ? asPassword(value, 'secrets.cli-flag') : undefined
        if (found) out.push(found)
        break
      }
    }
  }
  return out
}

/** `vault operator unseal <key>`: a Vault unseal key (base64 of 32+ bytes) on the command line. */
function findUnsealKeys(text: string): SensitiveMatch[] {
  const out: SensitiveMatch[] = []
  for (let at = text.indexOf('unseal'); at !== -1; at = text.indexOf('unseal', at + 6)) {
    const m = UNSEAL.exec(text.slice(at, at + 120))
    if (!m) continue
    const start = at + m[0].length - (m[1]?.length ?? 0)
    out.push({
      rule: 'secrets.cli-flag',
      kind: 'generic-secret',
      start,
      end: start + (m[1]?.length ?? 0),
      redacted: `vault unseal key: ${maskSecret('generic-secret')}`,
    })
  }
  return out
}

/** `-p <password>` or (mysql) `-p<password>` on a line that names a user before it. */
function passwordFlag(text: string, at: number): SensitiveMatch | undefined {
  if (text[at + 1] !== 'p') return undefined
  const spaced = isBlank(text.charCodeAt(at + 2))
  if (!spaced && !/[A-Za-z0-9!@#$%^&*'"]/.test(text[at + 2] ?? ' ')) return undefined
  const { start, line } = lineAround(text, at)
  const user = USER_FLAG.exec(line.slice(0, at - start))
  if (!user || (!spaced && !/\bmysql/.test(line))) return undefined
  // `fabric -u https://… -p pattern`: there `-u` is a URL and `-p` no password.
  if (/^[ \t=]*['"]?[a-z]+:\/\//i.test(line.slice(user.index + user[0].length, user.index + user[0].length + 20)))
    return undefined
  let valueAt = at + 2
  while (isBlank(text.charCodeAt(valueAt))) valueAt++
  return asPassword(readValue(text, valueAt), 'secrets.cli-flag')
}

/** `sshpass -p pw`, `redis-cli -a pw`, `openssl enc … -k pw`: the tool's password flag, then a blank. */
function toolPassword(text: string, at: number): SensitiveMatch | undefined {
  if (!isBlank(text.charCodeAt(at + 2))) return undefined
  const { start, line } = lineAround(text, at)
  const before = line.slice(0, at - start)
  if (!TOOL_PASSWORD_FLAG.some(([tool, flag]) => text[at + 1] === flag && tool.test(before))) return undefined
  let valueAt = at + 2
  while (isBlank(text.charCodeAt(valueAt))) valueAt++
  return asPassword(readValue(text, valueAt), 'secrets.cli-flag')
}

/** `curl -u user:pass`, `--user user:pass`, `--user=user:pass`, `smbclient -U user%pass`: the part after the separator. */
function basicAuth(text: string, at: number): SensitiveMatch | undefined {
  const flag = /^(?:-u|-U|--user)(?:[ \t]{1,3}|=)/.exec(text.slice(at, at + 12))?.[0]
  if (!flag) return undefined
  const { start, line } = lineAround(text, at)
  const samba = flag.startsWith('-U') && /\bsmbclient\b/.test(line.slice(0, at - start))
  if (!samba && (flag.startsWith('-U') || !HTTP_CLIENT.test(line.slice(0, at - start)))) return undefined
  const pair = readValue(text, at + flag.length)
  const colon = pair?.text.indexOf(samba ? '%' : ':') ?? -1
  if (!pair || colon < 1) return undefined
  return asPassword({ text: pair.text.slice(colon + 1), start: pair.start + colon + 1, quoted: pair.quoted }, 'secrets.cli-flag')
}

/** `-Password VMware1!`, `-PersonalAPIKey 'NRAK-…'`: a single-dash parameter named for a credential. */
function parameter(text: string, at: number): SensitiveMatch | undefined {
  if (text[at + 1] === '-') return undefined
  const m = PARAMETER.exec(text.slice(at, at + 50))
  if (!m) return undefined
  const value = readValue(text, at + m[0].length)
  const match = value && value.text.length > 0 && !value.text.startsWith('-') ? keyedSecret(m[1] ?? '', value) : undefined
  return match && { ...match, rule: 'secrets.cli-flag' }
}

/** `machine host login me password s3cret` (netrc, FTP scripts): `password` then a blank, after a login. */
function findNetrcPasswords(text: string, passwordsAt: readonly number[]): SensitiveMatch[] {
  const out: SensitiveMatch[] = []
  for (const at of passwordsAt) {
    if (/\w/.test(text[at - 1] ?? ' ') || !isBlank(text.charCodeAt(at + 8))) continue
    const context = text.slice(Math.max(0, at - 200), at).toLowerCase()
    const from = Math.max(context.lastIndexOf('login'), context.lastIndexOf('machine'))
    if (from === -1 || /\w/.test(context[from - 1] ?? ' ') || !NETRC_BEFORE.test(context.slice(from))) continue
    let valueAt = at + 8
    while (isBlank(text.charCodeAt(valueAt))) valueAt++
    const found = asPassword(readValue(text, valueAt), 'secrets.credential-in-prose')
    if (found) out.push(found)
  }
  return out
}
