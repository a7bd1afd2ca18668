// The bundles swap src/core/cost/bpe-ranks.ts for tables parsed on first use
// (scripts/lazy-bpe-ranks.mjs): same data as gpt-tokenizer's, and nothing parsed at import.
import { describe, expect, it } from '@jest/globals'
import { build } from 'esbuild'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import cl100k from 'gpt-tokenizer/bpeRanks/cl100k_base'
import o200k from 'gpt-tokenizer/bpeRanks/o200k_base'
// @ts-expect-error: plain ESM script without type declarations
import { lazyBpeRanks } from '../../scripts/lazy-bpe-ranks.mjs'

type Ranks = { o200kRanks: () => unknown[]; cl100kRanks: () => unknown[] }

describe('tokenizer tables in the bundles', () => {
  it("hold exactly gpt-tokenizer's tables, parsed on first call only", async () => {
    const outfile = join(mkdtempSync(join(tmpdir(), 'promptops-ranks-')), 'ranks.mjs')
    await build({
      entryPoints: [resolve('src/core/cost/bpe-ranks.ts')],
      bundle: true,
      platform: 'node',
      format: 'esm',
      outfile,
      plugins: [lazyBpeRanks],
      logLevel: 'warning',
    })
    const parse = JSON.parse
    let parsed = 0
    JSON.parse = ((text: string, reviver?: (this: unknown, key: string, value: unknown) => unknown) => (
      parsed++,
      parse(text, reviver)
    )) as typeof JSON.parse
    try {
      const ranks = (await import(pathToFileURL(outfile).href)) as Ranks
      expect(parsed).toBe(0)
      expect(ranks.o200kRanks()).toEqual(o200k)
      expect(parsed).toBe(1)
      expect(ranks.o200kRanks()).toBe(ranks.o200kRanks())
      expect(parsed).toBe(1)
      expect(ranks.cl100kRanks()).toEqual(cl100k)
    } finally {
      JSON.parse = parse
    }
  }, 60_000)
})
