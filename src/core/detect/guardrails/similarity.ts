// Fuzzy sentence matching over content tokens, with an inverted index so a large template
// is not compared sentence-by-sentence against every other sentence.
import { mayHaveToken, type Sentence } from './sentences.js'

/**
 * How well a head sentence keeps a base guardrail: most of the base's content words must
 * be there (coverage), and the sentences must not be mostly unrelated (Dice) unless the
 * head covers the base almost completely (a guardrail merged into a longer sentence).
 * Returns 0 for no match, else a ranking score.
 */
export function similarity(base: ReadonlySet<string>, head: ReadonlySet<string>): number {
  if (base.size === 0 || head.size === 0) return 0
  let shared = 0
  for (const t of base) if (head.has(t)) shared++
  const dice = (2 * shared) / (base.size + head.size)
  const coverage = shared / base.size
  const match = (coverage >= 0.6 && dice >= 0.4) || coverage >= 0.85
  return match ? dice + coverage : 0
}
const MAX_POSTINGS = 400
/** Past this many distinct looked-up tokens, indexing every sentence once is cheaper than scanning per token. */
const LAZY_TOKENS = 48

/**
 * Inverted index over head sentences, built on demand: a token's postings are found by a
 * substring pre-check and tokenising only the sentences that pass. Postings keep the first
 * MAX_POSTINGS sentences in order, exactly as indexing every sentence up front would.
 */
export class SentenceIndex {
  private readonly postings = new Map<string, number[]>()
  private exact: Set<string> | undefined
  private complete = false

  constructor(private readonly sentences: readonly Sentence[]) {}

  hasExact(lower: string): boolean {
    this.exact ??= new Set(this.sentences.map((s) => s.lower))
    return this.exact.has(lower)
  }

  /** Head sentences at or above the threshold, best first. */
  matches(base: Sentence): Array<{ sentence: Sentence; score: number }> {
    const candidates = new Set<number>()
    for (const t of base.tokens) for (const i of this.postingsOf(t)) candidates.add(i)
    const out: Array<{ sentence: Sentence; score: number }> = []
    for (const i of candidates) {
      const sentence = this.sentences[i]
      if (sentence === undefined) continue
      const score = similarity(base.tokens, sentence.tokens)
      if (score > 0) out.push({ sentence, score })
    }
    return out.sort((a, b) => b.score - a.score)
  }

  private postingsOf(token: string): readonly number[] {
    const known = this.postings.get(token)
    if (known !== undefined || this.complete) return known ?? []
    if (this.postings.size >= LAZY_TOKENS) return this.indexAll().get(token) ?? []
    const list: number[] = []
    for (let i = 0; i < this.sentences.length && list.length < MAX_POSTINGS; i++) {
      const s = this.sentences[i]
      if (s !== undefined && mayHaveToken(s.lower, token) && s.tokens.has(token)) list.push(i)
    }
    this.postings.set(token, list)
    return list
  }

  private indexAll(): Map<string, number[]> {
    this.postings.clear()
    this.sentences.forEach((s, i) => {
      for (const t of s.tokens) {
        const list = this.postings.get(t) ?? []
        if (list.length < MAX_POSTINGS) list.push(i)
        this.postings.set(t, list)
      }
    })
    this.complete = true
    return this.postings
  }
}
