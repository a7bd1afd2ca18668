import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { splitLines } from '../../../src/core/diff/line-diff.js'

// What splitLines did before it split CR-free text by '\n': one regex split for every text.
const reference = (text: string): string[] => {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  const lines = body.split(/\r?\n/)
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop()
  return lines
}

describe('splitLines', () => {
  it('gives the lines of a split at /\\r?\\n/, with or without carriage returns', () => {
    const unit = fc.constantFrom('\n', '\r', '\r\n', '\n\r', 'a', 'line two', ' ', '\ufeff', '\u2028')
    fc.assert(
      fc.property(
        fc.oneof(
          fc.array(unit, { maxLength: 20 }).map((u) => u.join('')),
          fc.string({ maxLength: 30 }),
        ),
        (text) => {
          expect(splitLines(text)).toEqual(reference(text))
        },
      ),
      { numRuns: 5000 },
    )
  })
})
