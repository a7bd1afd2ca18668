import { describe, expect, it } from '@jest/globals'
import { diffText, similarity, splitLines } from '../../../src/core/diff/line-diff.js'
import { pairRenames } from '../../../src/core/diff/renames.js'
import { HANG_LIMIT_MS } from '../../helpers/hang-limit.js'

describe('diffText', () => {
  const cases: Array<{ name: string; base: string | null; head: string | null; added: number[]; removed: number[] }> = [
    { name: 'new file: every line added', base: null, head: 'a\nb\n', added: [1, 2], removed: [] },
    { name: 'deleted file: every line removed', base: 'a\nb', head: null, added: [], removed: [1, 2] },
    { name: 'identical', base: 'a\nb\n', head: 'a\nb\n', added: [], removed: [] },
    { name: 'one line changed', base: 'a\nb\nc', head: 'a\nB\nc', added: [2], removed: [2] },
    { name: 'insert in the middle keeps later lines', base: 'a\nc\nd', head: 'a\nb\nc\nd', added: [2], removed: [] },
    { name: 'CRLF vs LF is not a change', base: 'a\r\nb\r\n', head: 'a\nb\n', added: [], removed: [] },
    { name: 'BOM is ignored', base: '\ufeffa\nb', head: 'a\nb', added: [], removed: [] },
  ]
  it.each(cases)('$name', ({ base, head, added, removed }) => {
    const diff = diffText(base, head)
    expect(diff.added.map((l) => l.line)).toEqual(added)
    expect(diff.removed.map((l) => l.line)).toEqual(removed)
  })

  it('keeps line text with line numbers', () => {
    expect(diffText('x\ny', 'x\nz').added).toEqual([{ line: 2, text: 'z' }])
  })

  it('falls back to a linear comparison for a wholesale rewrite of a huge file', () => {
    const base = Array.from({ length: 50_000 }, (_, i) => `base line ${i}`).join('\n')
    const head = Array.from({ length: 50_000 }, (_, i) => (i % 2 ? `base line ${i}` : `head line ${i}`)).join('\n')
    const started = performance.now()
    const diff = diffText(base, head)
    expect(performance.now() - started).toBeLessThan(HANG_LIMIT_MS)
    expect(diff.added).toHaveLength(25_000)
    expect(diff.removed).toHaveLength(25_000)
  })
})

describe('splitLines', () => {
  it('drops one trailing newline only', () => expect(splitLines('a\n\n')).toEqual(['a', '']))
})

describe('renames', () => {
  const body = Array.from({ length: 10 }, (_, i) => `line ${i}`).join('\n')
  it('pairs a removed and an added file with ≥ 50% shared lines', () => {
    const files = pairRenames([
      { path: 'old/a.prompt', status: 'removed', baseText: body, headText: null },
      { path: 'new/a.prompt', status: 'added', baseText: null, headText: `${body}\nextra` },
      { path: 'other.prompt', status: 'added', baseText: null, headText: 'unrelated' },
    ])
    expect(files).toEqual([
      { path: 'new/a.prompt', oldPath: 'old/a.prompt', status: 'renamed', baseText: body, headText: `${body}\nextra` },
      { path: 'other.prompt', status: 'added', baseText: null, headText: 'unrelated' },
    ])
  })
  it('leaves dissimilar files alone', () => {
    const files = [
      { path: 'a', status: 'removed' as const, baseText: 'x\ny', headText: null },
      { path: 'b', status: 'added' as const, baseText: null, headText: 'p\nq' },
    ]
    expect(pairRenames(files)).toEqual(files)
  })
  it('scores similarity like git (shared lines over all lines)', () => {
    expect(similarity('a\nb', 'a\nc')).toBe(0.5)
    expect(similarity('', '')).toBe(1)
  })
})
