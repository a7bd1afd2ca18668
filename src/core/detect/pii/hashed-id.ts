// Hashed identifiers: an md5/sha1/sha256 hex digest is pseudonymous PII when it stands for a
// person (`"user_hash": "5f4d…"`, `md5(email)`-style calls, `sha256:` tagged values). The same
// hex is everywhere as a git SHA or a content digest, so it only fires with identity context:
// - a hash call right before it: `md5(`, `sha1(`, `sha256(`, `hash(`; or an algorithm tag
//   `md5:` / `sha1:` / `sha256:` that is not an image digest (`@sha256:`);
// - or the nearest key/label before it on the line names a person (user, customer, email,
//   uid, id, member, account, hash, …) and none names content (commit, digest, checksum,
//   integrity, etag, revision, file, image, …).
import type { SensitiveMatch } from '../../redact/sensitive-match.js'
import { maskSecret } from '../../redact/mask.js'

// A hash is a maximal alphanumeric run of exactly 32, 40 or 64 hex digits of one case.
// `/[0-9A-Za-z]{32,}/g` finds those runs but restarts at every offset of every shorter word,
// which dominated the PII detector; longAlnumRuns probes every 32nd character instead.
const MIN_RUN = 32
const HASH_LOWER = /^(?:[0-9a-f]{32}|[0-9a-f]{40}|[0-9a-f]{64})$/
const HASH_UPPER = /^(?:[0-9A-F]{32}|[0-9A-F]{40}|[0-9A-F]{64})$/
// redos-bounded: CALL_OR_TAG and LABEL only run on the ≤ 60 characters before a hex run
const CALL_OR_TAG = /(?:(?:md5|sha1|sha256|sha-256|hash)\(\s*["']?|(?<!@)(?:md5|sha1|sha256|sha-256):)$/i
// redos-bounded: only run on the ≤ 60 characters before a hex run (WINDOW)
const LABEL = /([A-Za-z][A-Za-z0-9_. -]{0,40})["']?\s*(?:[:=]|=>|\bis\b)\s*["']?$/
const CONTENT =
  /commit|digest|checksum|integrity|etag|revision|\brev\b|tree|blob|file|content|image|layer|manifest|build|object|parent|sha\b|git|cache|nonce|salt/i
const IDENTITY =
  /user|customer|client|e-?mail|mail|uid|\bid\b|_id|id$|member|account|person|patient|subscriber|visitor|device|phone|login|owner|contact|hash|pseudonym|identifier/i
const WINDOW = 60
const ALGORITHM: Readonly<Record<number, string>> = { 32: 'md5', 40: 'sha1', 64: 'sha256' }

const isAlnum = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)

/**
 * Maximal runs of MIN_RUN or more ASCII letters and digits, in order. A run that long covers
 * any MIN_RUN-spaced probe it spans, so only text around alphanumeric probes is read: after
 * a non-alphanumeric probe at `i` no long run can end before `i + MIN_RUN`.
 */
export function* longAlnumRuns(text: string): Generator<{ index: number; run: string }> {
  let i = MIN_RUN - 1
  while (i < text.length) {
    if (!isAlnum(text.charCodeAt(i))) {
      i += MIN_RUN
      continue
    }
    let start = i
    while (start > 0 && isAlnum(text.charCodeAt(start - 1))) start--
    let end = i + 1
    while (end < text.length && isAlnum(text.charCodeAt(end))) end++
    if (end - start >= MIN_RUN) yield { index: start, run: text.slice(start, end) }
    i = end + MIN_RUN
  }
}

export function findHashedIdentifiers(text: string): SensitiveMatch[] {
  const out: SensitiveMatch[] = []
  for (const m of longAlnumRuns(text)) {
    if (!HASH_LOWER.test(m.run) && !HASH_UPPER.test(m.run)) continue
    const before = text.slice(Math.max(0, m.index - WINDOW), m.index)
    const line = before.slice(before.lastIndexOf('\n') + 1)
    if (!identityContext(line)) continue
    const algorithm = ALGORITHM[m.run.length] ?? 'hash'
    out.push({
      rule: 'pii.hashed-identifier',
      kind: 'hashed-identifier',
      start: m.index,
      end: m.index + m.run.length,
      redacted: `${algorithm}:${maskSecret('hashed-identifier', m.run.slice(0, 4))}`,
    })
  }
  return out
}

function identityContext(lineBefore: string): boolean {
  const label = LABEL.exec(lineBefore.replace(/(?:md5|sha1|sha256|sha-256):$/i, ''))?.[1]
  if (label && CONTENT.test(label)) return false
  return CALL_OR_TAG.test(lineBefore) || (label !== undefined && IDENTITY.test(label))
}
