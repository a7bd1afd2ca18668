import type { SensitiveMatch } from '../../redact/sensitive-match.js'
import { resolveOverlaps } from '../../redact/sensitive-match.js'
import { maskSecret } from '../../redact/mask.js'
import { findAwsSecretKeys } from './aws-secret-key.js'
import { findCallArguments } from './call-arguments.js'
import { findCliCredentials } from './cli-credentials.js'
import { findCredentialCalls } from './credential-calls.js'
import { findCredentialedUrls } from './credentialed-url.js'
import { findGenericAssignments } from './generic-assignment.js'
import { findGitleaksSecrets, findKingfisherSecrets, findNoseyParkerSecrets } from './gitleaks.js'
import { findMarkupCredentials } from './markup-credentials.js'
import { findNamedTokens } from './named-token.js'
import { findNearbyTokens } from './nearby-token.js'
import { findKeywords } from './keywords.js'
import { insidePlaceholder, looksFake } from './placeholders.js'
import { findPrefixedTokens } from './prefixed-token.js'
import { findJsonWebKeys, findPrivateKeys } from './private-key.js'
import { insidePublicId, mentionsSample, publishedSample } from './public-ids.js'
import { findServiceTokens } from './service-token.js'
import { findTableCredentials } from './table-credentials.js'
import { matchesOf } from '../../text.js'
import { findFlagSecrets, findProseCredentials, findSlashPairs } from './prose-and-flags.js'
import { KeywordIndex } from '../keyword-index.js'
import { PROVIDER_PATTERNS, findLooseDiscordTokens, type ProviderPattern } from './provider-patterns.js'

/**
 * Every secret in `text`, sorted, overlaps merged. Only offsets and masked previews are kept.
 * Where rules overlap, the more specific names the span: hand-written provider rules, then
 * the rules generated from gitleaks, then the engine's context rules (tuned on prompt text),
 * then the rules generated from Nosey Parker, then the broadest context and shape rules, then
 * the rules generated from Kingfisher (the long tail of providers, found mostly by name).
 */
export function findSecrets(raw: string): SensitiveMatch[] {
  const text = withoutTerminalEscapes(raw)
  const provider = findProviderTokens(text)
  const accessKeys = provider.filter((m) => m.kind === 'aws-access-key')
  const keywords = findKeywords(text)
  const specific = [
    ...provider,
    ...findLooseDiscordTokens(text, keywords.at).filter(unclaimedBy(provider)),
    ...findAwsSecretKeys(text, accessKeys),
    ...findPrivateKeys(text),
    ...findJsonWebKeys(text),
  ]
  const named = [...specific, ...findGitleaksSecrets(text, keywords).filter(unclaimedBy(specific))]
  const byContext = [
    ...findCredentialedUrls(text),
    ...findGenericAssignments(text),
    ...findCallArguments(text),
    ...findFlagSecrets(text),
    ...findCliCredentials(text, keywords.at),
    ...findCredentialCalls(text, keywords.at('password')),
    ...findMarkupCredentials(text),
    ...findTableCredentials(text),
    ...findProseCredentials(text, keywords.at),
    ...findSlashPairs(text, keywords.at),
    ...findNearbyTokens(text, keywords.at),
  ]
  const fromNoseyParker = findNoseyParkerSecrets(text, keywords).filter(unclaimedBy([...named, ...byContext]))
  const claimed = [...named, ...fromNoseyParker]
  const broadest = [...findNamedTokens(text, keywords.at), ...findServiceTokens(text), ...findPrefixedTokens(text)].filter(
    unclaimedBy(claimed),
  )
  const fromKingfisher = findKingfisherSecrets(text, keywords).filter(
    unclaimedBy([...named, ...byContext, ...fromNoseyParker, ...broadest]),
  )
  const all = [...named, ...byContext, ...fromNoseyParker, ...broadest, ...fromKingfisher]
  const kept = all.filter((m) => !insidePlaceholder(text, m.start, m.end) && !insidePublicId(text, m.start, m.end))
  return resolveOverlaps(mentionsSample(text, kept) ? kept.filter((m) => !publishedSample(text, m.start, m.end)) : kept)
}

/** Terminal colour codes (`ESC[93m`, pasted from a console) as blanks of the same length, so a
 * token they wrap keeps its word boundaries and every offset still points into `raw`. Also as
 * a report shows them (`[U+001B][93m`, injection/snippet.ts): the renderers redact evidence
 * through this function, and a token glued to `m` there would otherwise be printed whole. */
const TERMINAL_ESCAPE = /(?:\x1b|\[U\+001B\])\[[0-9;?]{0,32}[A-Za-z]/g
const withoutTerminalEscapes = (raw: string): string =>
  raw.includes('\x1b') || raw.includes('[U+001B]') ? raw.replace(TERMINAL_ESCAPE, (escape) => ' '.repeat(escape.length)) : raw

const unclaimedBy =
  (claimed: readonly SensitiveMatch[]) =>
  (m: SensitiveMatch): boolean =>
    !claimed.some((s) => s.start < m.end && m.start < s.end)

/**
 * The provider patterns' hints, all found in one pass over a text: a native substring search
 * per hint read each template's text once per hint (36 times), most of the detector's own time.
 * A hint outside printable ASCII, which the index cannot hold, is searched for on its own.
 */
const HINTS = [
  ...new Set(PROVIDER_PATTERNS.flatMap((p) => (p.hint !== undefined && /^[\x20-\x7e]+$/.test(p.hint) ? [p.hint] : []))),
]
const HINT_INDEX = new KeywordIndex(HINTS, { exactCase: true })
/** Each pattern's hint's id in HINT_INDEX, or -1 when it has none there. */
const HINT_ID = PROVIDER_PATTERNS.map((p) => (p.hint === undefined ? -1 : HINTS.indexOf(p.hint)))

function findProviderTokens(text: string): SensitiveMatch[] {
  const out: SensitiveMatch[] = []
  const hinted = new Uint8Array(HINTS.length)
  HINT_INDEX.markPresent(text, hinted)
  for (let i = 0; i < PROVIDER_PATTERNS.length; i++) {
    const pattern = PROVIDER_PATTERNS[i] as ProviderPattern
    const hint = HINT_ID[i] as number
    if (hint >= 0 ? hinted[hint] === 0 : pattern.hint !== undefined && !text.includes(pattern.hint)) continue
    if (pattern.screen !== undefined && !pattern.screen.test(text)) continue
    // matchesOf, not matchAll: matchAll clones the regex on every call, which costs more than
    // the scan on a short string (the report redacts thousands).
    for (const m of matchesOf(pattern.regex, text)) {
      const value = m[0]
      const prefix = pattern.prefix(value)
      if (looksFake(value.slice(prefix.length)) || (pattern.accept && !pattern.accept(value))) continue
      const kind = pattern.kindAround?.(text, m.index, m.index + value.length) ?? pattern.kind
      out.push({
        rule: `secrets.${kind}`,
        kind,
        start: m.index,
        end: m.index + value.length,
        redacted: maskSecret(kind, prefix),
      })
    }
  }
  return out
}
