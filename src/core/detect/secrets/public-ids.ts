import { matchesOf } from '../../text.js'
// Identifiers that look like secrets but are published by design: they name a client or an
// account to the public, they grant nothing. A finding that lies wholly inside one is not a
// secret; one that reaches past it (a client secret written after the client id) still is.

interface PublicId {
  /** Literal text every match holds: most texts skip the pattern. */
  hint: string
  pattern: RegExp
}

const PUBLIC_IDS: readonly PublicId[] = [
  // Google OAuth client ids (`<project number>-<32>.apps.googleusercontent.com`), shipped in web pages.
  { hint: '.apps.googleusercontent.com', pattern: /\b[0-9]{6,20}-[a-z0-9_]{32}\.apps\.googleusercontent\.com\b/g },
  // Stripe publishable keys, made to be embedded in the browser (the secret ones are `sk_`/`rk_`):
  // mixed-case base62. Courier's secret keys share the prefix but are upper case and digits only.
  { hint: 'pk_', pattern: /\bpk_(?:live|test)_(?=[A-Za-z0-9]*[a-z])(?=[A-Za-z0-9]*[A-Z])[A-Za-z0-9]{10,247}\b/g },
  // Domain-ownership tokens (`google-site-verification=…`, `atlassian-domain-verification=…`),
  // published in DNS TXT records and HTML meta tags for anyone to read.
  { hint: '-verification=', pattern: /\b[a-z0-9]{2,30}(?:-[a-z0-9]{2,30})?-(?:site|domain)-verification=[A-Za-z0-9_-]{10,100}/g },
  // Ethereum-style account and contract addresses (20 bytes): public by design; a private key is 32.
  { hint: '0x', pattern: /\b0x[0-9a-fA-F]{40}\b/g },
]
const REACH = 300

/** Whether [start, end) lies inside a public identifier of `text`. */
export function insidePublicId(text: string, start: number, end: number): boolean {
  const from = Math.max(0, start - REACH)
  const window = text.slice(from, end + REACH)
  return PUBLIC_IDS.some(({ hint, pattern }) => {
    if (!window.includes(hint)) return false
    for (const m of matchesOf(pattern, window)) {
      const idStart = from + m.index
      if (idStart <= start && end <= idStart + m[0].length) return true
    }
    return false
  })
}
