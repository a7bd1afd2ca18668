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

// Maximal alphanumeric runs of 32+ characters (leftmost-longest, so each starts at a
// boundary); a run is a hash when it is exactly 32, 40 or 64 hex digits of one case. Same
// result as a hex pattern with look-around, without testing a lookbehind at every offset.
const ALNUM_RUN = /[0-9A-Za-z]{32,}/g
const HASH_LOWER = /^(?:[0-9a-f]{32}|[0-9a-f]{40}|[0-9a-f]{64})$/
const HASH_UPPER = /^(?:[0-9A-F]{32}|[0-9A-F]{40}|[0-9A-F]{64})$/
// redos-bounded: CALL_OR_TAG and LABEL only run on the ≤ 60 characters before a hex run
const CALL_OR_TAG = /(?:(?:md5|sha1|sha256|sha-256|hash)\(\s*["']?|(?<!@)(?:md5|sha1|sha256|sha-256):)$/i
// redos-bounded: only run on the ≤ 60 characters before a hex run (WINDOW)
const LABEL = /([A-Za-z][A-Za-z0-9_. -]{0,40})["']?\s*(?:[:=]|=>|\bis\b)\s*["']?$/
const CONTENT = /commit|digest|checksum|integrity|etag|revision|\brev\b|tree|blob|file|content|image|layer|manifest|build|object|parent|sha\b|git|cache|nonce|salt/i
const IDENTITY = /user|customer|client|e-?mail|mail|uid|\bid\b|_id|id$|member|account|person|patient|subscriber|visitor|device|phone|login|owner|contact|hash|pseudonym|identifier/i
const WINDOW = 60
const ALGORITHM: Readonly<Record<number, string>> = { 32: 'md5', 40: 'sha1', 64: 'sha256' }

export function findHashedIdentifiers(text: string): SensitiveMatch[] {
  const out: SensitiveMatch[] = []
  for (const m of text.matchAll(ALNUM_RUN)) {
    if (!HASH_LOWER.test(m[0]) && !HASH_UPPER.test(m[0])) continue
    const before = text.slice(Math.max(0, m.index - WINDOW), m.index)
    const line = before.slice(before.lastIndexOf('\n') + 1)
    if (!identityContext(line)) continue
    const algorithm = ALGORITHM[m[0].length] ?? 'hash'
    out.push({
      rule: 'pii.hashed-identifier',
      kind: 'hashed-identifier',
      start: m.index,
      end: m.index + m[0].length,
      redacted: `${algorithm}:${maskSecret('hashed-identifier', m[0].slice(0, 4))}`,
    })
  }
  return out
}

function identityContext(lineBefore: string): boolean {
  const label = LABEL.exec(lineBefore.replace(/(?:md5|sha1|sha256|sha-256):$/i, ''))?.[1]
  if (label && CONTENT.test(label)) return false
  return CALL_OR_TAG.test(lineBefore) || (label !== undefined && IDENTITY.test(label))
}
