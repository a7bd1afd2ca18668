// A strongly random token right after a service's name, with no credential noun:
// `acmecloud 4f9cQ2…`, `acmecloud=4f9cQ2…`, `ACMECLOUD: "4f9cQ2…"`. Scanners of the long
// tail of providers (trufflehog, Kingfisher) key on exactly this: the provider's name within a
// few characters of a token of its format. Without a rule per provider, the value has to carry
// the weight: 20+ characters, letters and digits, entropy ≥ 4 bits per character (hex: 32+
// digits; lower case and digits: scattered through each other), no fake or placeholder
// words, not a UUID; and the name must be one word that names neither a hash, an id nor a revision (`sha256 …`, `commit …`, `etag: …`). Runs of token
// characters are found by probing every MIN_RUN-th character, so prose costs almost nothing.
import { visitTokenRuns } from './token-runs.js'
import type { SensitiveMatch } from '../../redact/sensitive-match.js'
import { maskSecret } from '../../redact/mask.js'
import { caseFlips, randomLowerAlnum, shannonEntropy } from './entropy.js'
import { isPlaceholderValue, saysFake } from './placeholders.js'
import { keyStrength } from './secret-keys.js'
import { matchesOf } from '../../text.js'

const MIN_RUN = 20
const MAX_RUN = 160
/** Before the value: a one-word name, then blanks or an operator, then an optional quote (anchored at the end). */
const NAME_BEFORE = /(?:^|[\s"'`({[,;])([A-Za-z][A-Za-z0-9_-]{2,30})(?:[ \t]{1,4}|[ \t]*[:=][ \t]*)["'`]?$/
/** Names of things that are random but grant nothing, and words that start a sentence about one. */
const NOT_A_SERVICE = new Set([
  ...[
    'sha',
    'sha1',
    'sha256',
    'sha384',
    'sha512',
    'md5',
    'hash',
    'hashes',
    'checksum',
    'digest',
    'integrity',
    'fingerprint',
    'signature',
    'sig',
  ],
  ...[
    'commit',
    'revision',
    'rev',
    'ref',
    'tag',
    'version',
    'build',
    'release',
    'etag',
    'id',
    'ids',
    'uuid',
    'guid',
    'oid',
    'nonce',
    'salt',
    'seed',
  ],
  ...[
    'iv',
    'trace',
    'span',
    'request',
    'correlation',
    'session',
    'state',
    'code',
    'data',
    'base64',
    'hex',
    'blob',
    'tree',
    'object',
    'cid',
    'ipfs',
  ],
  ...[
    'url',
    'uri',
    'path',
    'file',
    'image',
    'src',
    'href',
    'name',
    'key',
    'the',
    'and',
    'with',
    'from',
    'into',
    'for',
    'was',
    'are',
    'see',
    'use',
    'run',
  ],
])
/** Anywhere in the name: it is about a hash, a revision or a public value (`SRCREV_moby`, `publicKey`). */
const ABOUT_NO_SECRET =
  /sha\d|md5|hash|digest|checksum|commit|rev|version|release|build|public|^pub|fingerprint|integrity|signature|nonce|uuid|guid/i
/** A name with a credential noun is judged by the key rules (`public_key` names none). */
const CREDENTIAL_NOUN = /key|token|secret|pass|pwd|auth|cred/i
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** Token characters; `=` only as base64 padding at the end (`name=value` is a name, an operator and a value). */
const isTokenChar = (c: number): boolean =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 45 || c === 43 || c === 47

export function findServiceTokens(text: string): SensitiveMatch[] {
  const out: SensitiveMatch[] = []
  visitTokenRuns(text, isTokenChar, MIN_RUN, (start, runEnd, probe) => {
    let end = runEnd
    while (end < text.length && end - probe < MAX_RUN && text[end] === '=') end++
    const value = text.slice(start, end)
    // `a.b`: a file name, a domain or a dotted token (other rules judge those).
    const dotted = text[end] === '.' && /[A-Za-z0-9]/.test(text[end + 1] ?? '')
    if (value.length >= MIN_RUN && value.length <= MAX_RUN && !dotted && text[start - 1] !== '.' && stronglyRandom(value)) {
      const name = NAME_BEFORE.exec(text.slice(Math.max(0, start - 40), start))?.[1]
      if (name && serviceName(name)) {
        out.push({
          rule: 'secrets.service-token',
          kind: 'generic-secret',
          start,
          end,
          redacted: `${name} ${maskSecret('generic-secret')}`,
        })
      }
    }
    return end
  })
  return out
}

function serviceName(name: string): boolean {
  if (NOT_A_SERVICE.has(name.toLowerCase()) || /^[0-9_-]|[_-]$/.test(name) || ABOUT_NO_SECRET.test(name)) return false
  return !CREDENTIAL_NOUN.test(name) || keyStrength(name) !== undefined
}

function stronglyRandom(value: string): boolean {
  if (!/[0-9]/.test(value) || !/[A-Za-z]/.test(value) || UUID.test(value) || /^https?:|\/\//.test(value)) return false
  if (isPlaceholderValue(value) || saysFake(value) || /(.)\1{3}/.test(value)) return false
  // Paths and words: `src/components/Button2`, `my-long-feature-branch-2024`.
  if (value.split(/[/_-]/).some((segment) => /^[a-z]{4,}$/i.test(segment) && caseFlips(segment) < 2)) return false
  if (/^[0-9a-f]+$/i.test(value)) return value.length >= 32 && shannonEntropy(value) >= 3.5
  // Lower case and digits: its letter runs read as words to wordsCover, so judge it by its digits.
  if (/^[0-9a-z]+$/.test(value)) return randomLowerAlnum(value)
  // `GetUserAccountDetailsHandler2`: mostly words, however high its entropy.
  if (wordsCover(value) >= value.length / 2) return false
  return shannonEntropy(value) >= 4
}

/** Characters of `value` in runs of three or more lower-case letters (a CamelCase word each). */
function wordsCover(value: string): number {
  let covered = 0
  for (const m of matchesOf(/[A-Z]?[a-z]{3,}/g, value)) covered += m[0].length
  return covered
}
