// `scheme://user:password@host`: the userinfo is the secret; scheme and host stay visible.
// The user may be empty (`redis://:password@cache:6379`, Redis before ACLs has no users).
import type { SensitiveMatch } from '../../redact/sensitive-match.js'
import { maskSecret } from '../../redact/mask.js'
import { randomCase } from './entropy.js'
import { LEET_PASSWORD, isPlaceholderValue, saysFake } from './placeholders.js'
import { matchesOf } from '../../text.js'

// The user may be an email address written unescaped (`smtps://jane@mail.example:pw@smtp…`).
const USERINFO = /:\/\/([^\s/?#@:"'<>\\]{0,256}(?:@[A-Za-z0-9.-]{1,253})?):([^\s/?#@"'<>\\]{1,256})@([A-Za-z0-9.-]{1,253})/g
// redos-bounded: only ever run on the 31 characters before "://"
const SCHEME = /[A-Za-z][A-Za-z0-9+.-]{0,30}$/
const EXAMPLE_HOST = /(?:^|\.)(?:example\.(?:com|org|net)|example|test|invalid)$/i

/**
 * Userinfo that stands in for a credential: a placeholder password (`user:password@`,
 * `user:secret@`), an example host, the user name repeated, a variable, a redaction.
 */
export function placeholderUserinfo(user: string, password: string, host: string): boolean {
  if (isPlaceholderValue(password)) return true
  if (password === user || /^\$|^%/.test(password) || /\[redacted/i.test(user + password)) return true
  // An example host marks a documentation URL, unless the password is one nobody writes as a
  // stand-in: letters in both cases, a digit or a symbol, a joint between them (a real one pasted
  // with the host anonymised: `deploy:Kayak-River%40Dawn@git.example.org`).
  return EXAMPLE_HOST.test(host) && !madePassword(password)
}

/** A password as people make them, percent-decoded: 10+ characters, upper and lower case, a digit or a symbol, no word saying it is fake. */
function madePassword(encoded: string): boolean {
  let value = encoded
  try {
    value = decodeURIComponent(encoded)
  } catch {
    // Not percent-encoding after all: read it as written.
  }
  if (value.length < 10 || !/[a-z]/.test(value) || !/[A-Z]/.test(value)) return false
  // Random letters alone (`sCJEqWPIObhUNXXiBN`) are no stand-in either.
  if (randomCase(value) && !saysFake(value) && !isPlaceholderValue(value)) return true
  if (!/[^A-Za-z]/.test(value) || !/[A-Za-z0-9][^A-Za-z0-9]+[A-Za-z0-9]|[A-Za-z][0-9]|[0-9][A-Za-z]/.test(value)) return false
  return !saysFake(value) && !isPlaceholderValue(value) && !/pass|secret|word/i.test(value) && !LEET_PASSWORD.test(value)
}

/** USERINFO without the global flag: `exec` keeps no position between calls. */
const FIRST_USERINFO = new RegExp(USERINFO.source)

/** The userinfo of the first `scheme://user:password@host` in `text`, if it stands in for one. */
export function hasPlaceholderUserinfo(text: string): boolean {
  const m = FIRST_USERINFO.exec(text)
  return m !== null && placeholderUserinfo(m[1] ?? '', m[2] ?? '', m[3] ?? '')
}

/**
 * Go's MySQL driver DSN, `user:password@tcp(host:3306)/db` (also `@unix(…)`, `@udp(…)`): the
 * userinfo of a URL without its scheme, opening a quoted string.
 */
const DRIVER_DSN = /(?<=["'`])([\w.-]{1,64}):([^\s@"'`]{1,128})@(?:tcp|unix|udp)\(/g

function findDriverDsns(text: string): SensitiveMatch[] {
  if (!text.includes('@tcp(') && !text.includes('@unix(') && !text.includes('@udp(')) return []
  const out: SensitiveMatch[] = []
  for (const m of matchesOf(DRIVER_DSN, text)) {
    const [, user = '', password = ''] = m
    if (placeholderUserinfo(user, password, '')) continue
    out.push({
      rule: 'secrets.credentialed-url',
      kind: 'credentialed-url',
      start: m.index,
      end: m.index + user.length + 1 + password.length,
      redacted: `${maskSecret('credentialed-url')}@tcp(…)`,
    })
  }
  return out
}

export function findCredentialedUrls(text: string): SensitiveMatch[] {
  const out: SensitiveMatch[] = findDriverDsns(text)
  for (const m of matchesOf(USERINFO, text)) {
    const [, user = '', password = '', host = ''] = m
    const scheme = SCHEME.exec(text.slice(Math.max(0, m.index - 31), m.index))?.[0]
    if (!scheme || placeholderUserinfo(user, password, host)) continue
    // With no user, `://:8080@…` is a port: the password must have letters.
    if (user === '' && !/[A-Za-z]/.test(password)) continue
    const start = m.index + 3
    out.push({
      rule: 'secrets.credentialed-url',
      kind: 'credentialed-url',
      start,
      end: start + user.length + 1 + password.length,
      redacted: `${scheme}://${maskSecret('credentialed-url')}@${host.slice(0, 80)}`,
    })
  }
  return out
}
