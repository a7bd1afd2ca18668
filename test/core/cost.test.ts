import { describe, expect, it } from '@jest/globals'
import { countTextTokens, tokenMethod } from '../../src/core/cost/tokens.js'
import { priceOf } from '../../src/core/cost/pricing.js'
import { HANG_LIMIT_MS } from '../helpers/hang-limit.js'

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
  it.each([['a'.repeat(100_000)], ['{{'.repeat(500_000)], [`word ${'x'.repeat(300)} word`]])('finishes on long runs without whitespace (%#)', (text) => {
    const started = performance.now()
    expect(countTextTokens(text, 'o200k_base')).toBeGreaterThan(0)
    expect(performance.now() - started).toBeLessThan(HANG_LIMIT_MS)
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
