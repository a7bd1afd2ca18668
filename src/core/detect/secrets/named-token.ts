// A machine-made value right after a name that says it is a credential, with or without an
// operator: `acme KEY 4f9c…`, `acmeSECRET 4f9c…`, `acme_private_token 4f9c…`,
// `acmeKEY-4f9c…`, `Acme Access Token:⏎ 4f9c…`. This is how provider keys are written in
// notes, logs and config of the long tail of services no provider rule knows. The name is the
// identifier ending at a credential noun, joined with the word before it when that word is
// separate (`cache key`, `public key` name no credential; secret-keys.ts judges the name);
// the value must look machine-made: long, letters and digits (or random mixed-case letters),
// high entropy, no fake or placeholder words; a 12–15 character key counts after a
// service-qualified name only.
import type { SensitiveMatch } from '../../redact/sensitive-match.js'
import { maskSecret } from '../../redact/mask.js'
import { isKeyChar, machineMade } from './generic-assignment.js'
import { shannonEntropy } from './entropy.js'
import { isPlaceholderValue, saysFake } from './placeholders.js'
import { keyStrength } from './secret-keys.js'
import { namesOrDescribes } from './value-shape.js'

/** Nouns that end a credential name (found case-insensitively by keywords.ts). */
export const NAME_NOUNS = ['key', 'secret', 'token', 'access', 'private'] as const
/** After the noun: an optional plural, then an operator, quote, blanks, one line break, or `-`/`.` glue; then the value (anchored). */
const AFTER_NAME =
  /^s?(?:[ \t]*(?::=|=>|[:=])[ \t]*["'`]?|[ \t]*["'`]|[ \t]+|[ \t]*\r?\n[ \t]*|[-.])([A-Za-z0-9_+/=.-]{12,256})(?![A-Za-z0-9_+/=.-])/
const WINDOW = 300
const MAX_NAME = 48
/** `acme ACCESS 4f9c…`: a lone `access`/`private` names a credential only in this position. */
const WEAK_ALONE = /(?:access|private)$/i

export function findNamedTokens(text: string, nounAt: (noun: string) => readonly number[]): SensitiveMatch[] {
  const out: SensitiveMatch[] = []
  for (const noun of NAME_NOUNS) {
    for (const at of nounAt(noun)) {
      const from = at + noun.length
      const m = AFTER_NAME.exec(text.slice(from, from + WINDOW))
      // A sentence may end right after the value: `key sk-….`
      const value = withoutTrailingDots(m?.[1] ?? '')
      if (!m || !value) continue
      const name = nameEndingAt(text, from)
      if (!name || !credentialName(name) || namesOrDescribes(value, false)) continue
      const glued = /[-.]$/.test(m[0].slice(0, m[0].length - (m[1] ?? '').length))
      if (value.length < 16 ? glued || !shortKey(name, noun, value) : !machineMade(value)) continue
      const start = from + m[0].length - (m[1] ?? '').length
      out.push({
        rule: 'secrets.named-token',
        kind: 'generic-secret',
        start,
        end: start + value.length,
        redacted: `${name.slice(-40)} ${maskSecret('generic-secret')}`,
      })
    }
  }
  return out
}

/** The identifier ending at `end`, with the word before it when only blanks separate them (`cache key`). */
function nameEndingAt(text: string, end: number): string | undefined {
  let start = end
  while (start > 0 && end - start < MAX_NAME && isKeyChar(text.charCodeAt(start - 1))) start--
  if (start > 0 && end - start >= MAX_NAME) return undefined
  let before = start
  while (before > 0 && (text[before - 1] === ' ' || text[before - 1] === '\t') && start - before < 8) before--
  if (before === start) return text.slice(start, end)
  let wordStart = before
  while (wordStart > 0 && before - wordStart < 16 && /[A-Za-z]/.test(text[wordStart - 1] ?? '')) wordStart--
  const word = text.slice(wordStart, before)
  return /[A-Za-z0-9_]/.test(text[wordStart - 1] ?? ' ') || word === ''
    ? text.slice(start, end)
    : `${word}_${text.slice(start, end)}`
}

/** `dailyKEY`, `secret_token`, `cache_key` (no), `public_key` (no), `acme_ACCESS`. */
function credentialName(name: string): boolean {
  if (keyStrength(name) !== undefined) return true
  const last = name.split(/[_\s]/).pop() ?? name
  return WEAK_ALONE.test(last) && keyStrength(`${last.replace(WEAK_ALONE, '')}key`) !== undefined
}

/**
 * A 12–15 character key (`convertapi KEY NqVwYS81VP7H`): only after a service-qualified name,
 * letters and digits interleaved (four changes at least), not hex (short hashes are hex).
 */
function shortKey(name: string, noun: string, value: string): boolean {
  if (name.length <= noun.length + 1 || !/^[A-Za-z0-9]+$/.test(value) || /^[0-9a-f]+$/i.test(value)) return false
  if (isPlaceholderValue(value) || saysFake(value)) return false
  let changes = 0
  for (let i = 1; i < value.length; i++) if (/[0-9]/.test(value[i - 1] ?? '') !== /[0-9]/.test(value[i] ?? '')) changes++
  return changes >= 4 && shannonEntropy(value) >= 3.2
}

function withoutTrailingDots(value: string): string {
  let end = value.length
  while (end > 0 && value[end - 1] === '.') end--
  return value.slice(0, end)
}
