import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { DelimiterIndex } from '../../../src/core/templates/delimiters.js'
import { Finder } from '../../../src/core/templates/finder.js'

/**
 * DelimiterIndex before its quote walk skipped from line break to line break: every character
 * up to each use read in turn. Texts here hold no tags, fences or delimiter lines, so the only
 * ranges are triple-quoted blocks, computed as the index does.
 */
function reference(text: string): (start: number, end: number) => boolean {
  const ranges: Array<[number, number]> = []
  let open = -1
  for (let i = text.indexOf('"""'); i !== -1; i = text.indexOf('"""', i + 3)) {
    if (open < 0) open = i + 3
    else {
      ranges.push([open, i])
      open = -1
    }
  }
  const nextStraight = new Finder(text, '"')
  const nextCurlyClose = new Finder(text, '\u201d')
  const nextNewline = new Finder(text, '\n')
  let pos = 0
  let straight = 0
  let curly = 0
  return (start, end) => {
    if (ranges.some(([s, e]) => s <= start && e >= end)) return true
    const before = text[start - 1]
    const after = text[end]
    if ((before === "'" || before === '`') && after === before) return true
    for (; pos < start; pos++) {
      const c = text[pos]
      if (c === '\n') straight = curly = 0
      else if (c === '"') straight++
      else if (c === '\u201c') curly++
      else if (c === '\u201d') curly = Math.max(0, curly - 1)
    }
    const eol = nextNewline.next(end)
    const lineEnd = eol === -1 ? text.length : eol
    if (straight % 2 === 1) {
      const q = nextStraight.next(end)
      if (q !== -1 && q < lineEnd) return true
    }
    if (curly > 0) {
      const q = nextCurlyClose.next(end)
      if (q !== -1 && q < lineEnd) return true
    }
    return false
  }
}

describe('DelimiterIndex quotes', () => {
  const unit = fc.constantFrom('a', 'word ', ' ', '"', '\u201c', '\u201d', '\n', "'", '`', '{{x}}', '\n\n')
  const case_ = fc
    .array(unit, { minLength: 1, maxLength: 40 })
    .map((u) => u.join(''))
    .chain((text) =>
      fc.tuple(
        fc.constant(text),
        // Uses in increasing order (as found in the text), possibly overlapping or spanning a line break.
        fc
          .array(fc.tuple(fc.nat(text.length), fc.nat(6)), { maxLength: 8 })
          .map((uses) => uses.map(([s, len]) => [s, Math.min(text.length, s + len)] as const).sort((a, b) => a[0] - b[0])),
      ),
    )

  it('answers every use as the character-by-character walk did', () => {
    fc.assert(
      fc.property(case_, ([text, uses]) => {
        const index = new DelimiterIndex(text)
        const want = reference(text)
        for (const [start, end] of uses)
          expect([start, end, index.isDelimited(start, end)]).toEqual([start, end, want(start, end)])
      }),
      { numRuns: 5000 },
    )
  })
})
