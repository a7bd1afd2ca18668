// Token counts per template. OpenAI models use their real BPE (gpt-tokenizer); other
// providers' tokenizers are not public or not bundled, so they get the documented
// estimate of 1 token per 4 characters (OpenAI's rule of thumb, within ~15% on English).
import { GptEncoding } from 'gpt-tokenizer/GptEncoding'
import type { Template } from '../types.js'
import { cl100kRanks, o200kRanks, type BpeRanks } from './bpe-ranks.js'
import { bareModelName } from './pricing.js'

export type TokenMethod = 'o200k_base' | 'cl100k_base' | 'estimate'

/** Texts larger than this are estimated: exact BPE on a 10 MB hostile file buys nothing. */
const EXACT_LIMIT = 2_000_000
/** BPE is quadratic in the length of one pre-token, so very long runs without whitespace
 * (`'a' × 100k`, `'{{' × 500k`) are estimated instead of tokenized. */
const LONG_RUN = 256
/** Special tokens in a prompt (`<|im_start|>`) are counted as the text they are, not refused. */
const AS_TEXT = { disallowedSpecial: new Set<string>() }

type Count = (text: string) => number

/**
 * gpt-tokenizer's BPE core, as the pinned version holds it behind members its types call private.
 * Its `countTokens` splits text with `String.prototype.matchAll`, which copies the split regex on
 * every call; a scan counts one chunk per line of every template, and V8 compiles each copy
 * anew, up to a sixth of the engine's time on 1,000 added templates. `countWith` runs the same regex
 * itself and the same rank lookup and merges; a property test holds it to
 * `countTokens`, and where the members are not found (another version) `countTokens` is used.
 */
interface BpeCore {
  tokenSplitRegex: RegExp
  getBpeRankFromString(piece: string): number | undefined
  bytePairEncode(piece: string): readonly number[]
}

/** The encoding's core when it has the members `countWith` reads, else null. */
export function bpeCoreOf(encoding: GptEncoding): BpeCore | null {
  const core = (encoding as unknown as { bytePairEncodingCoreProcessor?: Partial<BpeCore> }).bytePairEncodingCoreProcessor
  if (
    core === undefined ||
    !(core.tokenSplitRegex instanceof RegExp) ||
    !core.tokenSplitRegex.global ||
    typeof core.getBpeRankFromString !== 'function' ||
    typeof core.bytePairEncode !== 'function'
  )
    return null
  return core as BpeCore
}

/** A sticky copy of each core's split regex (see countWith). */
const stickyOf = new WeakMap<RegExp, RegExp>()

/**
 * Tokens of `text` with special tokens read as text, as `countTokens(text, AS_TEXT)` counts them.
 * The split regex's pre-tokens cover the text end to end, so each is tried where the last one
 * ended with a sticky copy and `test`, which builds no match array (an exec per pre-token
 * allocated ~50 MB of arrays per 10 MB scanned); where no pre-token starts there, the global
 * regex's exec finds the next one, exactly as an exec loop would.
 */
export function countWith(core: BpeCore, text: string): number {
  const re = core.tokenSplitRegex
  let sticky = stickyOf.get(re)
  if (sticky === undefined) {
    sticky = new RegExp(re.source, `${re.flags.replace('g', '')}y`)
    stickyOf.set(re, sticky)
  }
  const saved = re.lastIndex
  let tokens = 0
  let at = 0
  try {
    while (at <= text.length) {
      let start = at
      let end: number
      sticky.lastIndex = at
      if (sticky.test(text)) end = sticky.lastIndex
      else {
        re.lastIndex = at
        const m = re.exec(text)
        if (m === null) break
        start = m.index
        end = start + m[0].length
      }
      // No pre-token is empty; stepping past one keeps the loop finite if a version's regex allows it.
      if (end === start) {
        at = end + 1
        continue
      }
      const piece = text.slice(start, end)
      tokens += core.getBpeRankFromString(piece) !== undefined ? 1 : core.bytePairEncode(piece).length
      at = end
    }
  } finally {
    re.lastIndex = saved
  }
  return tokens
}

/** Built on first use, as `gpt-tokenizer/encoding/<name>` builds it at import. */
function lazyEncoding(name: 'o200k_base' | 'cl100k_base', ranks: () => BpeRanks): Count {
  let count: Count | undefined
  return (text) => {
    if (count === undefined) {
      const encoding = GptEncoding.getEncodingApi(name, ranks)
      const core = bpeCoreOf(encoding)
      count = core !== null ? (t) => countWith(core, t) : (t) => encoding.countTokens(t, AS_TEXT)
    }
    return count(text)
  }
}

const countO200k = lazyEncoding('o200k_base', o200kRanks)
const countCl100k = lazyEncoding('cl100k_base', cl100kRanks)

export function tokenMethod(modelId: string | undefined): TokenMethod {
  const name = modelId ? bareModelName(modelId) : ''
  if (/^(gpt-4o|gpt-4\.1|gpt-4\.5|gpt-5|o1|o3|o4|chatgpt-4o)/.test(name)) return 'o200k_base'
  if (/^(gpt-4|gpt-3\.5)/.test(name)) return 'cl100k_base'
  return 'estimate'
}

export function countTextTokens(text: string, method: TokenMethod): number {
  if (text.length === 0) return 0
  if (method === 'estimate' || text.length > EXACT_LIMIT) return Math.ceil(text.length / 4)
  const count = method === 'o200k_base' ? countO200k : countCl100k
  const runs = longRuns(text)
  if (runs.length === 0) return count(text)
  // The stretches between long runs are counted apart: joining them would merge tokens.
  let tokens = 0
  let at = 0
  for (const [start, end] of runs) {
    if (start > at) tokens += count(text.slice(at, start))
    tokens += Math.ceil((end - start) / 4)
    at = end
  }
  return tokens + (at < text.length ? count(text.slice(at)) : 0)
}

const isSpace = (c: number): boolean => c <= 32

/**
 * [start, end) of every run of ≥ LONG_RUN non-whitespace characters. Such a run covers one
 * of every LONG_RUN-spaced probe, so only text around non-space probes is read: most texts
 * have no long run and cost a few hundred probes.
 */
function longRuns(text: string): Array<[number, number]> {
  const runs: Array<[number, number]> = []
  let i = LONG_RUN - 1
  while (i < text.length) {
    if (isSpace(text.charCodeAt(i))) {
      i += LONG_RUN
      continue
    }
    let start = i
    while (start > 0 && !isSpace(text.charCodeAt(start - 1))) start--
    let end = i + 1
    while (end < text.length && !isSpace(text.charCodeAt(end))) end++
    if (end - start >= LONG_RUN) runs.push([start, end])
    i = end + LONG_RUN
  }
  return runs
}

/** Counts already made in this run, per method and chunk text: the two versions of a
 * modified template share most of their text, and templates of one repository share
 * boilerplate lines (the benchmark corpus repeats half its bytes), each tokenized once. */
export class TokenCache {
  readonly #byMethod = new Map<TokenMethod, Map<string, number>>()
  for(method: TokenMethod): Map<string, number> {
    let counts = this.#byMethod.get(method)
    if (!counts) this.#byMethod.set(method, (counts = new Map<string, number>()))
    return counts
  }
}

/**
 * Splits at line starts that no BPE pre-token can span: after a '\n', before a character
 * that is not whitespace (whitespace runs and newline runs are single pre-tokens) and not
 * '/' (o200k's punctuation pre-token may swallow "\n/"). Both encodings' split patterns
 * then restart there, so a text's count is the sum of its chunks' counts.
 */
function nextChunkEnd(text: string, start: number): number {
  for (let nl = text.indexOf('\n', start); nl !== -1 && nl + 1 < text.length; nl = text.indexOf('\n', nl + 1)) {
    const next = text.charCodeAt(nl + 1)
    if (next > 32 && next !== 47) return nl + 1
  }
  return text.length
}

/** Exact count of `text`, chunk by chunk through `cache`. */
function cachedCount(text: string, method: TokenMethod, cache: TokenCache): number {
  if (method === 'estimate' || text.length > EXACT_LIMIT) return countTextTokens(text, method)
  const counts = cache.for(method)
  let tokens = 0
  for (let start = 0; start < text.length;) {
    const end = nextChunkEnd(text, start)
    const chunk = text.slice(start, end)
    let count = counts.get(chunk)
    if (count === undefined) counts.set(chunk, (count = countTextTokens(chunk, method)))
    tokens += count
    start = end
  }
  return tokens
}

/** Prompt tokens per call: every message plus a small per-message framing overhead. Pass
 * a `cache` shared across a run to count repeated text once. */
export function templateTokens(template: Template, cache?: TokenCache): { tokens: number; method: TokenMethod } {
  const method = tokenMethod(template.model.id)
  let tokens = 0
  for (const message of template.messages) {
    tokens += (cache ? cachedCount(message.text, method, cache) : countTextTokens(message.text, method)) + 4
  }
  return { tokens, method }
}
