import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { KeywordIndex } from '../../../src/core/detect/keyword-index.js'

const KEYWORDS = ['ab', 'abc', 'bca', 'c', 'q~', 'glpat-', 'a3-', 'dp.pt.']

/** Every start offset of `keyword` in `text`, case-insensitively (overlaps included). */
function naive(text: string, keyword: string): number[] | undefined {
  const lower = text.replace(/[A-Z]/g, (c) => c.toLowerCase())
  const out: number[] = []
  for (let at = lower.indexOf(keyword); at !== -1; at = lower.indexOf(keyword, at + 1)) out.push(at)
  return out.length > 0 ? out : undefined
}

describe('KeywordIndex', () => {
  const index = new KeywordIndex(KEYWORDS)
  const unit = fc.constantFrom(
    'a',
    'A',
    'B',
    'c',
    'q',
    '~',
    'g',
    'L',
    'p',
    't',
    '-',
    '3',
    'd',
    '.',
    'é',
    ' ',
    'Q',
    'x',
    'Z',
    '\u0100',
  )
  it('finds exactly the occurrences indexOf finds, case-insensitively', () => {
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 60 }), (text) => {
        expect(index.occurrences(text)).toEqual(KEYWORDS.map((k) => naive(text, k)))
      }),
      { numRuns: 3000 },
    )
  })
  it('says whether any keyword occurs, or that non-ASCII text came first', () => {
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 60 }), (text) => {
        const answer = index.occursIn(text)
        const found = KEYWORDS.some((k) => naive(text, k) !== undefined)
        if (answer !== undefined) expect(answer).toBe(found)
        // Undefined only where a non-ASCII character comes before any occurrence.
        else expect(/[^\x00-\x7f]/.test(text)).toBe(true)
      }),
      { numRuns: 3000 },
    )
  })
  it('marks the keywords that occur, case-insensitively', () => {
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 60 }), (text) => {
        const present = new Uint8Array(KEYWORDS.length)
        index.markPresent(text, present)
        expect([...present]).toEqual(KEYWORDS.map((k) => (naive(text, k) === undefined ? 0 : 1)))
      }),
      { numRuns: 3000 },
    )
  })
  it('with exactCase, marks exactly the keywords includes finds, in their own case', () => {
    // As the secrets detector screens its provider patterns' hints (find-secrets.ts).
    const exact = ['AC', 'ac', 'sk-', 'Key=', ':A', '|', 'aB.']
    const exactIndex = new KeywordIndex(exact, { exactCase: true })
    const exactUnit = fc.constantFrom('a', 'A', 'c', 'C', 's', 'k', 'K', '-', 'e', 'y', '=', ':', '|', 'b', 'B', '.', 'é', ' ')
    fc.assert(
      fc.property(fc.string({ unit: exactUnit, maxLength: 60 }), (text) => {
        const present = new Uint8Array(exact.length)
        exactIndex.markPresent(text, present)
        expect([...present]).toEqual(exact.map((k) => (text.includes(k) ? 1 : 0)))
      }),
      { numRuns: 3000 },
    )
    expect(() => new KeywordIndex(['é'], { exactCase: true })).toThrow('not ASCII')
  })
  it('rejects keywords it cannot match', () => {
    expect(() => new KeywordIndex(['Upper'])).toThrow('not lower-case ASCII')
    expect(() => new KeywordIndex(['é'])).toThrow('not lower-case ASCII')
  })
})
