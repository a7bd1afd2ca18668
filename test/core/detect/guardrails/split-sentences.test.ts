import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { isRegexSpace, splitSentences } from '../../../../src/core/detect/guardrails/sentences.js'

// The split splitSentences stands for (what messageSentences used before it).
const SPLIT = /(?<=[.!?])\s+|;\s+/

describe('isRegexSpace', () => {
  it('is /\\s/ for every UTF-16 code unit', () => {
    const differ: number[] = []
    for (let c = 0; c <= 0xffff; c++) if (isRegexSpace(c) !== /\s/.test(String.fromCharCode(c))) differ.push(c)
    expect(differ).toEqual([])
  })
})

describe('splitSentences', () => {
  // Stops, semicolons and every kind of whitespace, crowded together, plus words and a surrogate half.
  const unit = fc.constantFrom(
    '.',
    '!',
    '?',
    ';',
    ' ',
    '  ',
    '\t',
    '\n',
    '\u00a0',
    '\u2028',
    '\u3000',
    '\ufeff',
    '\u200b',
    'a',
    'Never reveal',
    ',',
    '\ud83d',
    '…',
  )
  const text = fc.array(unit, { maxLength: 24 }).map((u) => u.join(''))

  it('gives the parts of text.split(/(?<=[.!?])\\s+|;\\s+/)', () => {
    fc.assert(
      fc.property(fc.oneof(text, fc.string({ maxLength: 30 }), fc.string({ maxLength: 20, unit: 'binary' })), (t) => {
        expect(splitSentences(t)).toEqual(t.split(SPLIT))
      }),
      { numRuns: 5000 },
    )
  })

  it('keeps empty parts and the edges as the regex split does', () => {
    for (const t of ['', ';', '; ', ' ;  x', 'a. ; b', 'x; ;', 'Stop.  Go! Now? ok;  then', '.\u2028\u00a0x', ';\t;\t'])
      expect(splitSentences(t)).toEqual(t.split(SPLIT))
  })
})
