import { describe, expect, it } from '@jest/globals'
import { bpeCoreOf, countTextTokens, countWith, templateTokens, TokenCache, tokenMethod } from '../../src/core/cost/tokens.js'
import { parseTemplate } from '../../src/core/templates/index.js'
import { priceOf } from '../../src/core/cost/pricing.js'
import { HANG_LIMIT_MS } from '../helpers/hang-limit.js'
import fc from 'fast-check'
import { countTokens } from 'gpt-tokenizer/encoding/o200k_base'
import { GptEncoding } from 'gpt-tokenizer/GptEncoding'
import { cl100kRanks, o200kRanks } from '../../src/core/cost/bpe-ranks.js'

describe('token counting', () => {
  it('uses the real OpenAI tokenizers and estimates elsewhere', () => {
    expect(tokenMethod('openai/gpt-4o-mini')).toBe('o200k_base')
    expect(tokenMethod('gpt-4-0613')).toBe('cl100k_base')
    expect(tokenMethod('googleai/gemini-1.5-flash')).toBe('estimate')
    expect(countTextTokens('Hello world', 'o200k_base')).toBe(2)
    expect(countTextTokens('a'.repeat(40), 'estimate')).toBe(10)
  })
  it('counts chat special tokens as text instead of throwing', () => {
    expect(countTextTokens('<|im_start|>system<|im_end|>', 'o200k_base')).toBeGreaterThan(3)
  })
  it.each([['a'.repeat(100_000)], ['{{'.repeat(500_000)], [`word ${'x'.repeat(300)} word`]])(
    'finishes on long runs without whitespace (%#)',
    (text) => {
      const started = performance.now()
      expect(countTextTokens(text, 'o200k_base')).toBeGreaterThan(0)
      expect(performance.now() - started).toBeLessThan(HANG_LIMIT_MS)
    },
  )
})

// tokens.ts counts with gpt-tokenizer's own split regex and BPE but its own loop (countWith):
// it must give what the library's countTokens gives, and must be in use with the pinned version.
describe('counting with the BPE core', () => {
  const AS_TEXT = { disallowedSpecial: new Set<string>() }
  const piece = fc.constantFrom(
    'Hello',
    ' world',
    "don't",
    "I'm",
    '  ',
    '\n',
    '\n\n',
    '\t',
    '123',
    '4567',
    '3.14',
    'é',
    'naïve',
    '日本語',
    '👩‍💻',
    '🙂',
    '<|endoftext|>',
    '<|im_start|>',
    '{{name}}',
    'https://x.example/a?b=1',
    '!!!',
    '...',
    '—',
    'ALLCAPS',
    'camelCase',
    ' ',
  )
  it.each([
    ['o200k_base', o200kRanks],
    ['cl100k_base', cl100kRanks],
  ] as const)('%s: the same count as countTokens', (name, ranks) => {
    const encoding = GptEncoding.getEncodingApi(name, ranks)
    const core = bpeCoreOf(encoding)
    expect(core).not.toBeNull()
    if (core === null) return
    fc.assert(
      fc.property(
        fc.oneof(
          fc.array(piece, { maxLength: 30 }).map((p) => p.join('')),
          fc.string({ unit: 'grapheme', maxLength: 40 }),
        ),
        (text) => {
          expect(countWith(core, text)).toBe(encoding.countTokens(text, AS_TEXT))
        },
      ),
      { numRuns: 1500 },
    )
  })
})

describe('long runs', () => {
  // Reference: every maximal run of ≥ 256 non-whitespace characters is estimated at 4
  // characters a token, the stretches between them are tokenized exactly, each on its own.
  const reference = (text: string): number =>
    text
      .split(/([^\x00-\x20]{256,})/)
      .reduce(
        (n, part, i) =>
          n + (i % 2 === 1 ? Math.ceil(part.length / 4) : part ? countTokens(part, { disallowedSpecial: new Set() }) : 0),
        0,
      )
  const piece = fc.oneof(
    fc.string({ maxLength: 30 }),
    fc.integer({ min: 200, max: 700 }).map((n) => 'x'.repeat(n)),
    fc.constantFrom(' ', '\n', '\t'),
  )
  it('estimates exactly the long runs', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (parts) => {
        const text = parts.join('')
        expect(countTextTokens(text, 'o200k_base')).toBe(reference(text))
      }),
      { numRuns: 500 },
    )
  })
})

describe('chunked counting', () => {
  // A shared cache counts line-start chunks separately: the sum must equal the whole count.
  const unit = fc.constantFrom(
    'a',
    'B',
    ' ',
    '  ',
    '\n',
    '\n\n',
    '\t',
    '/',
    '.',
    ',',
    '!',
    "'s",
    '1',
    '23',
    'é',
    '<|im_start|>',
    'x'.repeat(300),
  )
  it.each(['openai/gpt-4o', 'openai/gpt-4', 'meta/llama-3'])('%s: chunked equals unchunked', (model) => {
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 40 }), (parts) => {
        const content = parts.join('')
        const text = `model: ${model}\nmessages:\n  - role: user\n    content: ${JSON.stringify(content)}\n`
        const template = parseTemplate('a.prompt.yml', text)
        expect(templateTokens(template, new TokenCache()).tokens).toBe(templateTokens(template).tokens)
      }),
      { numRuns: 400 },
    )
  })
  it('one cache shared by different templates and both encodings counts each exactly', () => {
    const doc = (model: string, content: string) =>
      parseTemplate('a.prompt.yml', `model: ${model}\nmessages:\n  - role: user\n    content: ${JSON.stringify(content)}\n`)
    fc.assert(
      fc.property(fc.array(fc.array(unit, { maxLength: 20 }), { minLength: 2, maxLength: 4 }), (docs) => {
        const cache = new TokenCache()
        for (const [i, parts] of docs.entries()) {
          const template = doc(i % 2 ? 'openai/gpt-4' : 'openai/gpt-4o', parts.join(''))
          expect(templateTokens(template, cache).tokens).toBe(templateTokens(template).tokens)
        }
      }),
      { numRuns: 200 },
    )
  })
})

describe('pricing', () => {
  it('matches by the longest model prefix, with config overrides first', () => {
    expect(priceOf('openai/gpt-4o-2024-08-06', {})).toEqual({ input: 2.5, output: 10 })
    expect(priceOf('gpt-4o-mini', {})).toEqual({ input: 0.15, output: 0.6 })
    expect(priceOf('my-model', { 'my-model': { input: 1, output: 2 } })).toEqual({ input: 1, output: 2 })
    expect(priceOf('unknown-model', {})).toBeNull()
  })
})
