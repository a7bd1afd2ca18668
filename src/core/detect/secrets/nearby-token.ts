// A machine-made value written right after a credential noun, with no operator between:
// "sourcegraph access token sgp_…", "the Acme API key 4f9c…", "secret Q7zR…". Up to three
// words may sit between noun and value ("token for staging Q7zR…"); the value must look
// machine-made (long, letters and digits, high entropy) and not say it is an example.
import type { SensitiveMatch } from '../../redact/sensitive-match.js'
import { maskSecret } from '../../redact/mask.js'
import { shannonEntropy } from './entropy.js'
import { looksRandom } from './generic-assignment.js'
import { namesOrDescribes } from './value-shape.js'

export const NEARBY_NOUNS = [
  'token',
  'secret',
  'api key',
  'apikey',
  'access key',
  'auth key',
  'license key',
  'credential',
  'credentials',
] as const
/** Noun, up to three short words, an optional opening quote, then the value (bounded slice, anchored). */
const NEARBY = /^(?:[ \t]+[A-Za-z][\w-]{0,15}){0,3}[ \t]+["'`(<[]?([A-Za-z0-9_+/=.-]{20,200})(?![A-Za-z0-9_+/=.-])/
const WINDOW = 280
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** `wordAt(noun)`: where each of NEARBY_NOUNS occurs, case-insensitively (keywords.ts). */
export function findNearbyTokens(text: string, wordAt: (noun: string) => readonly number[]): SensitiveMatch[] {
  const out: SensitiveMatch[] = []
  for (const noun of NEARBY_NOUNS) {
    for (const at of wordAt(noun)) {
      const from = at + noun.length
      if (/[A-Za-z0-9_]/.test(text[at - 1] ?? ' ') || /[A-Za-z0-9_]/.test(text[from] ?? ' ')) continue
      const m = NEARBY.exec(text.slice(from, from + WINDOW))
      const value = m?.[1]
      if (!m || !value || !machineMade(value)) continue
      const start = from + m[0].length - value.length
      out.push({
        rule: 'secrets.credential-in-prose',
        kind: 'generic-secret',
        start,
        end: start + value.length,
        redacted: `${noun}: ${maskSecret('generic-secret')}`,
      })
    }
  }
  return out
}

function machineMade(value: string): boolean {
  if (!looksRandom(value) || UUID.test(value) || namesOrDescribes(value, false)) return false
  return shannonEntropy(value) >= (value.length >= 32 ? 3.5 : 3.8)
}
