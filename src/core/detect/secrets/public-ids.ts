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

/**
 * A key its own sentence calls a published sample: "Stripe's docs use sk_test_… in every
 * snippet; it's their public sample key", "the example key from the AWS documentation", "the
 * well-known test token from the tutorial". The words must say both that it is a sample and that
 * it is published (docs, documentation, tutorial, public, well-known): "our sample key" or "the
 * test key for staging" are the team's own keys and still findings. The finding's line only.
 */
const PUBLISHED_SAMPLE =
  /\b(?:public|published|documented|well[- ]known|official|docs'?|documentation(?:'s)?|tutorial(?:'s)?|quickstart(?:'s)?)[ \t]+(?:[a-z]+[ \t]+)?(?:sample|example|demo|dummy|test)[ \t]+(?:api[ \t]+|secret[ \t]+|access[ \t]+)?(?:key|token|secret|credential|password)s?\b|\b(?:sample|example|demo|dummy)[ \t]+(?:api[ \t]+|secret[ \t]+|access[ \t]+)?(?:key|token|secret|credential)s?[ \t]+(?:from|in|of|used[ \t]+in)[ \t]+(?:the[ \t]+|their[ \t]+|its[ \t]+)?(?:[a-z][\w.-]{0,30}(?:'s)?[ \t]+)?(?:official[ \t]+)?(?:docs|documentation|tutorial|quickstart|readme|api[ \t]+reference)\b/i
const SAMPLE_REACH = 200
const SAMPLE_WORD = /sample|example|demo|dummy|test/i

/** Whether any finding could be a published sample: there are findings, and the text says sample, example, demo, dummy or test. */
export const mentionsSample = (text: string, found: readonly unknown[]): boolean => found.length > 0 && SAMPLE_WORD.test(text)

/** A sentence's end: `.`, `!` or `?`, blanks, a capital. */
const SENTENCE_END = /[.!?][ \t]+(?=[A-Z])/g

/** Whether the sentence holding [start, end) calls the value a published sample key (PUBLISHED_SAMPLE). */
export function publishedSample(text: string, start: number, end: number): boolean {
  // Bounded windows, searched for the line's ends inside them: never the whole text per finding.
  const wideBefore = text.slice(Math.max(0, start - SAMPLE_REACH), start)
  const wideAfter = text.slice(end, end + SAMPLE_REACH)
  const before = wideBefore.slice(wideBefore.lastIndexOf('\n') + 1)
  const newline = wideAfter.indexOf('\n')
  const after = newline === -1 ? wideAfter : wideAfter.slice(0, newline)
  if (!SAMPLE_WORD.test(before) && !SAMPLE_WORD.test(after)) return false
  let from = 0
  for (const m of matchesOf(SENTENCE_END, before)) from = m.index + m[0].length
  const stop = matchesOf(SENTENCE_END, after).next().value
  return PUBLISHED_SAMPLE.test(`${before.slice(from)} ${after.slice(0, stop?.index ?? after.length)}`)
}
