// `scheme://user:password@host`: the userinfo is the secret; scheme and host stay visible.
// The user may be empty (`redis://:password@cache:6379`, Redis before ACLs has no users).
import type { SensitiveMatch } from '../../redact/sensitive-match.js'
import { maskSecret } from '../../redact/mask.js'
import { isPlaceholderValue } from './placeholders.js'
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
  if (isPlaceholderValue(password) || EXAMPLE_HOST.test(host)) return true
  return password === user || /^\$|^%/.test(password) || /\[redacted/i.test(user + password)
}

/** USERINFO without the global flag: `exec` keeps no position between calls. */
const FIRST_USERINFO = new RegExp(USERINFO.source)

/** The userinfo of the first `scheme://user:password@host` in `text`, if it stands in for one. */
export function hasPlaceholderUserinfo(text: string): boolean {
  const m = FIRST_USERINFO.exec(text)
  return m !== null && placeholderUserinfo(m[1] ?? '', m[2] ?? '', m[3] ?? '')
}

export function findCredentialedUrls(text: string): SensitiveMatch[] {
  const out: SensitiveMatch[] = []
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
