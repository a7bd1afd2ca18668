// Tokens of providers no rule names: a short lower-case (or all-caps) prefix, a separator,
// and a long machine-made body (`dckr_pat_…`, `dp.ct.…`, `hvs.…`, `NRAK-…`, `odt_…`). Most
// providers now issue such self-identifying tokens; this catches the ones the rule set does
// not list yet. The body must look random: 24+ characters mixing upper case, lower case and
// digits (two of each at least), or hex, or random mixed-case letters; high entropy, nothing
// that says it is fake.
// Runs of token characters are found by probing every MIN_RUN-th character (as for hashed
// ids), so prose costs almost nothing.
import { visitTokenRuns } from './token-runs.js'
import type { SensitiveMatch } from '../../redact/sensitive-match.js'
import { maskSecret } from '../../redact/mask.js'
import { caseFlips, randomLowerAlnum, shannonEntropy } from './entropy.js'
import { looksFake, saysFake } from './placeholders.js'

const MIN_RUN = 28
const MAX_RUN = 200
/** `<prefix>(<sep><word>){0,2}<sep><body>` over a whole run. */
const SHAPE = /^((?:[a-z][a-z0-9]{1,9}|[A-Z][A-Z0-9]{1,9})(?:[_.-][a-z0-9]{2,9}){0,2}[_.-])([A-Za-z0-9_-]{24,150})$/

const isTokenChar = (c: number): boolean =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 45 || c === 46

export function findPrefixedTokens(text: string): SensitiveMatch[] {
  const out: SensitiveMatch[] = []
  visitTokenRuns(text, isTokenChar, MIN_RUN, (start, end) => {
    if (end - start >= MIN_RUN && end - start <= MAX_RUN) {
      const m = SHAPE.exec(text.slice(start, end))
      if (m && !OBJECT_ID.has((m[1] ?? '').slice(0, -1).toLowerCase()) && randomBody(m[2] ?? '') && !saysFake(m[0])) {
        const prefix = m[1] ?? ''
        out.push({
          rule: 'secrets.prefixed-token',
          kind: 'prefixed-token',
          start,
          end,
          redacted: maskSecret('prefixed-token', prefix),
        })
      }
    }
    return end
  })
  return out
}

/** A segment that reads as a word or CamelCase name (`None`, `KeyMeshing`, `toolSearch`), as in identifiers. */
const WORDLIKE = /^(?:[A-Z]?[a-z]{2,}|[A-Z]?[a-z]+(?:[A-Z][a-z]+)+)$/
/** Prefixes of object ids and hashes that grant nothing: API responses, logs and lock files are
 * full of them (`sha512-…` is a package's integrity hash). */
const OBJECT_ID = new Set([
  'sha',
  'sha1',
  'sha256',
  'sha384',
  'sha512',
  'md5',
  'hash',
  'id',
  'uuid',
  'guid',
  'commit',
  'rev',
  'build',
  'chatcmpl',
  'cmpl',
  'file',
  'msg',
  'run',
  'asst',
  'thread',
  'call',
  'toolu',
  'req',
  'resp',
  'batch',
  'ft',
  'vs',
  'evt',
  'org',
  'user',
  'cus',
  'pi',
  'ch',
  'txn',
  'sub',
  'prod',
  'price',
  'step',
  'modr',
  'img',
])

/**
 * Upper, lower and digits (two of each), or hex of 32+ digits (`slk_…`), or upper case and
 * digits, or lower case and digits scattered through it, or random mixed-case letters with at most one digit (case flipping far more often than in a name).
 */
function randomBody(body: string): boolean {
  const count = (re: RegExp) => body.match(re)?.length ?? 0
  if (body.split(/[_-]/).filter((segment) => WORDLIKE.test(segment)).length >= 2 || looksFake(body)) return false
  const entropy = shannonEntropy(body)
  if (count(/[A-Z]/g) >= 2 && count(/[a-z]/g) >= 2 && count(/[0-9]/g) >= 2) return entropy >= 4
  if (/^[0-9a-f]{32,}$|^[0-9A-F]{32,}$/.test(body)) return count(/[0-9]/g) >= 4 && count(/[a-fA-F]/g) >= 4 && entropy >= 3.4
  // Upper case and digits (`NF-…`, `BBFF-…`): at most 36 symbols, so a slightly lower bar than mixed case.
  if (/^[0-9A-Z]{24,}$/.test(body)) return count(/[0-9]/g) >= 3 && count(/[A-Z]/g) >= 6 && entropy >= 3.9
  // Lower case and digits (`bkua_…`, `sbp_…`, base36 keys), the digits scattered through it.
  if (/^[0-9a-z]{24,}$/.test(body)) return randomLowerAlnum(body)
  return /^[A-Za-z0-9]+$/.test(body) && count(/[0-9]/g) <= 1 && caseFlips(body) >= body.length / 3 && entropy >= 4.2
}
