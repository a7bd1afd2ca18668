// Token counts per template. OpenAI models use their real BPE (gpt-tokenizer); other
// providers' tokenizers are not public or not bundled, so they get the documented
// estimate of 1 token per 4 characters (OpenAI's rule of thumb, within ~15% on English).
import { countTokens as countO200k } from 'gpt-tokenizer/encoding/o200k_base'
import { countTokens as countCl100k } from 'gpt-tokenizer/encoding/cl100k_base'
import type { Template } from '../types.js'
import { bareModelName } from './pricing.js'

export type TokenMethod = 'o200k_base' | 'cl100k_base' | 'estimate'

/** Texts larger than this are estimated: exact BPE on a 10 MB hostile file buys nothing. */
const EXACT_LIMIT = 2_000_000
/** BPE is quadratic in the length of one pre-token, so very long runs without whitespace
 * (`'a' × 100k`, `'{{' × 500k`) are estimated instead of tokenized. */
const LONG_RUN = 256
/** Special tokens in a prompt (`<|im_start|>`) are counted as the text they are, not refused. */
const AS_TEXT = { disallowedSpecial: new Set<string>() }

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
  let tokens = 0
  let exact = ''
  for (const [chunk, long] of splitLongRuns(text)) {
    if (long) tokens += Math.ceil(chunk.length / 4)
    else exact += chunk
  }
  return tokens + (exact ? count(exact, AS_TEXT) : 0)
}

/** Splits text into ordinary stretches and runs of ≥ LONG_RUN non-whitespace characters. */
function* splitLongRuns(text: string): Generator<[string, boolean]> {
  let start = 0
  let runStart = -1
  for (let i = 0; i <= text.length; i++) {
    const space = i === text.length || text.charCodeAt(i) <= 32
    if (!space && runStart < 0) runStart = i
    if (space && runStart >= 0) {
      if (i - runStart >= LONG_RUN) {
        if (runStart > start) yield [text.slice(start, runStart), false]
        yield [text.slice(runStart, i), true]
        start = i
      }
      runStart = -1
    }
  }
  if (start < text.length) yield [text.slice(start), false]
}

/** Counts already made in this run, keyed by method and text: a modified template's
 * unchanged messages are tokenized once for both versions. */
export type TokenCache = Map<string, number>

/** Prompt tokens per call: every message plus a small per-message framing overhead. */
export function templateTokens(template: Template, cache: TokenCache = new Map()): { tokens: number; method: TokenMethod } {
  const method = tokenMethod(template.model.id)
  let tokens = 0
  for (const message of template.messages) {
    const key = `${method}\u0000${message.text}`
    let count = cache.get(key)
    if (count === undefined) cache.set(key, (count = countTextTokens(message.text, method)))
    tokens += count + 4
  }
  return { tokens, method }
}
