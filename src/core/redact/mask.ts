// Redacted previews for evidence. Each keeps just enough to locate the value in the file
// (a public prefix, a last digit group) and never enough to reconstruct it.

const ELLIPSIS = '\u2026'

/** `AKIA…[redacted:aws-access-key]`: only a known, non-secret prefix is shown. */
export function maskSecret(kind: string, publicPrefix = ''): string {
  return `${publicPrefix}${ELLIPSIS}[redacted:${kind}]`
}

/** `j***@e***.com` */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@')
  const local = email.slice(0, at)
  const domain = email.slice(at + 1)
  const dot = domain.lastIndexOf('.')
  const tld = dot >= 0 ? domain.slice(dot) : ''
  return `${local.slice(0, 1)}***@${domain.slice(0, 1)}***${tld}`
}

/** Replaces every digit except the last `keep` with `*`, keeping separators: `(***) ***-**32`. */
export function maskDigits(value: string, keep: number): string {
  let remaining = countDigits(value)
  let out = ''
  for (const ch of value) {
    if (ch >= '0' && ch <= '9') {
      out += remaining > keep ? '*' : ch
      remaining--
    } else out += ch
  }
  return out
}

/** `**** **** **** 4242`: digits regrouped by four, last group shown. */
export function maskCard(digits: string): string {
  const masked = '*'.repeat(Math.max(0, digits.length - 4)) + digits.slice(-4)
  const groups: string[] = []
  for (let i = masked.length; i > 0; i -= 4) groups.unshift(masked.slice(Math.max(0, i - 4), i))
  return groups.join(' ')
}

/** `DE** **** **** **** **** 00`: country code and last two characters only. */
export function maskIban(compact: string): string {
  const body = compact.slice(0, 2) + '*'.repeat(Math.max(0, compact.length - 4)) + compact.slice(-2)
  const groups: string[] = []
  for (let i = 0; i < body.length; i += 4) groups.push(body.slice(i, i + 4))
  return groups.join(' ')
}

/** Masks all letters and digits except the last `keep` of them, keeping separators. */
export function maskAlnum(value: string, keep: number): string {
  let remaining = [...value].filter(isAlnum).length
  let out = ''
  for (const ch of value) {
    if (isAlnum(ch)) {
      out += remaining > keep ? '*' : ch
      remaining--
    } else out += ch
  }
  return out
}

function countDigits(value: string): number {
  let n = 0
  for (const ch of value) if (ch >= '0' && ch <= '9') n++
  return n
}

function isAlnum(ch: string): boolean {
  return /^[A-Za-z0-9]$/.test(ch)
}
