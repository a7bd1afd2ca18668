// The BPE rank tables of the two OpenAI encodings we count with, behind functions so an
// encoding is built only when a template's model needs it. The bundles (scripts/bundle.mjs)
// swap this module for one holding the same tables as JSON text, parsed on first call, so an
// encoding no template uses costs nothing (loading one costs ~0.1 s: 200k strings and a map
// of them; cl100k and o200k both were loaded at every start). Same data either way.
import cl100k from 'gpt-tokenizer/bpeRanks/cl100k_base'
import o200k from 'gpt-tokenizer/bpeRanks/o200k_base'

export type BpeRanks = (string | number[])[]

export const o200kRanks = (): BpeRanks => o200k
export const cl100kRanks = (): BpeRanks => cl100k
