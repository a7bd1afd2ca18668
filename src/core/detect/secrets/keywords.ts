// Every keyword a secret rule waits for (the generated rules' gitleaks, Nosey Parker and Kingfisher keywords and the
// credential nouns of prose-and-flags.ts, nearby-token.ts and named-token.ts), found in one case-insensitive pass: findSecrets
// computes it once per text and hands it to each rule.
import { GITLEAKS_RULES } from './generated/gitleaks-rules.js'
import { KeywordIndex } from '../keyword-index.js'
import { KINGFISHER_RULES } from './generated/kingfisher-rules.js'
import { NOSEYPARKER_RULES } from './generated/noseyparker-rules.js'
import { NAME_NOUNS } from './named-token.js'
import { NEARBY_NOUNS } from './nearby-token.js'
import { LOGIN_NOUNS, PAIR_NOUNS, PAIR_SLASH, PROSE_NOUNS } from './prose-and-flags.js'
import { DISCORD_NOUNS } from './provider-patterns.js'

const ALL = [
  ...new Set([
    ...GITLEAKS_RULES.flatMap((r) => r.keywords),
    ...NOSEYPARKER_RULES.flatMap((r) => r.keywords),
    ...KINGFISHER_RULES.flatMap((r) => r.keywords),
    ...PROSE_NOUNS,
    ...LOGIN_NOUNS,
    ...PAIR_NOUNS,
    PAIR_SLASH,
    ...DISCORD_NOUNS,
    ...NEARBY_NOUNS,
    ...NAME_NOUNS,
  ]),
]
const INDEX = new KeywordIndex(ALL)
const ID = new Map(ALL.map((k, i) => [k, i]))

export interface KeywordsFound {
  /** Start offsets of `keyword` (lower case) in the text; empty when absent. */
  at: (keyword: string) => readonly number[]
  /** The same by the keyword's `keywordId`, for callers that ask for hundreds of keywords per text. */
  atId: (id: number) => readonly number[] | undefined
  /** Whether any keyword occurs: most short strings (a report's) have none. */
  any: boolean
}

/** A keyword's id in the index (-1 when no rule waits for it). */
export const keywordId = (keyword: string): number => ID.get(keyword) ?? -1

export function findKeywords(text: string): KeywordsFound {
  const occurrences = INDEX.occurrences(text)
  let any = false
  for (let id = 0; id < occurrences.length && !any; id++) any = occurrences[id] !== undefined
  return { at: (keyword) => occurrences[ID.get(keyword) ?? -1] ?? [], atId: (id) => occurrences[id], any }
}
