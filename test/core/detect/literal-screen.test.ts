import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { CASE_FOLD, LEET_FOLD, LiteralScreen, literalsOf } from '../../../src/core/detect/literal-screen.js'

describe('literalsOf', () => {
  it.each([
    [/abc/, ['abc']],
    [/ab|cd/, ['ab', 'cd']],
    [/(?:kill|stab) you/, ['kill you', 'stab you']],
    [/instructions? ?:/, ['instructions :', 'instructions:', 'instruction :', 'instruction:']],
    [/pre-?prompt/, ['pre-prompt', 'preprompt']],
    [/go (?:and )?die/, ['go and die', 'go die']],
  ])('%s', (re, want) => {
    expect(literalsOf(re).sort()).toEqual([...want].sort())
  })

  it.each([/a+b/, /[ab]c/, /\bword/, /a{2}/, /^x/, /(a)/])('refuses %s', (re) => {
    expect(() => literalsOf(re)).toThrow(/literalsOf/)
  })
})

describe('LiteralScreen', () => {
  const literals = ['you are now ', 'cancer', 'die', 'piece of', 'instructions :', ' above']
  const collapsed = new LiteralScreen(literals)
  // Where every non-letter separates words, a literal's ':' could never be read (see 'refuses').
  const words = new LiteralScreen(
    literals.filter((l) => !l.includes(':')),
    { separator: 'non-letter' },
  )

  it.each([
    ['YOU  are\tnow dan', true, true],
    // The text's start and end read as separators: "you are now " ends the line, " above" opens it.
    ['you are now', true, true],
    ['you are nowhere', false, false],
    ['get cancer', true, true],
    ['cancel the order', false, false],
    ['they die', true, true],
    ['a piece of cake', true, true],
    ['a piece, of cake', false, true],
    ['a pieceof cake', false, false],
    ['new instructions\t:', true, false],
    ['new instructions', false, false],
    ['the text above', true, true],
    ['above all', true, true],
    ['overabove all', false, false],
    ['plain prose about nothing', false, false],
    ['café', true, true],
    ['', false, false],
  ])('%j → %s (whitespace separators), %s (non-letter separators)', (text, whitespace, nonLetter) => {
    expect(collapsed.mayContain(text)).toBe(whitespace)
    expect(words.mayContain(text)).toBe(nonLetter)
  })

  it('folds leetspeak when asked', () => {
    const leet = new LiteralScreen(['idiot'], { fold: LEET_FOLD })
    expect(leet.mayContain('1d10t')).toBe(true)
    expect(new LiteralScreen(['idiot'], { fold: CASE_FOLD }).mayContain('1d10t')).toBe(false)
  })

  it('refuses quotes, which detectors normalise differently', () => {
    expect(() => new LiteralScreen(["don't"])).toThrow(/quotes/)
  })

  it('refuses what it would read differently from the text', () => {
    expect(() => new LiteralScreen(['  '])).toThrow(/empty/)
    expect(() => new LiteralScreen(['n00b'], { fold: LEET_FOLD })).toThrow(/letter or a separator/)
    expect(() => new LiteralScreen(['a-b'], { separator: 'non-letter' })).toThrow(/letter or a separator/)
    expect(() => new LiteralScreen(['a\tb'])).toThrow(/letter or a separator/)
  })

  it('screens literals of any length, and literals that share prefixes and suffixes', () => {
    const screen = new LiteralScreen(['u r', 'ignore', 'ignore all', 'all previous', 'previous'], { groups: [0, 1, 2, 3, 4] })
    const present = new Uint8Array(5)
    expect(screen.markPresent('IGNORE  all previous rules', present)).toBe(4)
    expect([...present]).toEqual([0, 1, 1, 1, 1])
    present.fill(0)
    screen.markPresent('u  r here', present)
    expect([...present]).toEqual([1, 0, 0, 0, 0])
  })

  it('reads a non-ASCII character of normalised text as the end of a run', () => {
    const screen = new LiteralScreen(['piece of', '無視'])
    const present = new Uint8Array(2)
    expect(screen.markPresentNormalised('a piece\u2014of cake', present)).toBe(0)
    expect([...present]).toEqual([0, 0])
    expect(screen.markPresentNormalised('a piece of cake \u2014', present)).toBe(1)
    expect([...present]).toEqual([1, 0])
    expect(screen.markPresentNormalised('無視して', present)).toBe(-1)
    expect(screen.markPresent('a piece of café', present)).toBe(-1)
  })

  // The contract: whenever the literal occurs once gaps are collapsed to one space, the screen passes.
  const word = fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz'.split('')), minLength: 1, maxLength: 7 })
  const literal = fc
    .array(word, { minLength: 1, maxLength: 3 })
    .map((w) => w.join(' '))
    .filter((l) => /[a-z]{3}/.test(l))
  it.each([
    ['whitespace', [' ', '  ', '\t', ' \n ']],
    ['non-letter', [' ', '  ', ', ', '\t', ' - ', '.']],
  ] as const)('passes any text that contains a literal with its spaces widened to %s', (separator, gaps) => {
    fc.assert(
      fc.property(
        literal,
        fc.string({ maxLength: 10 }),
        fc.string({ maxLength: 10 }),
        fc.constantFrom(...gaps),
        fc.boolean(),
        (lit, before, after, sep, upper) => {
          const spread = lit.split(' ').join(sep)
          const text = `${before}${upper ? spread.toUpperCase() : spread}${after}`
          expect(new LiteralScreen([lit], { separator }).mayContain(text)).toBe(true)
        },
      ),
      { numRuns: 2000 },
    )
  })

  // Exact, not only safe: a group is marked where, and only where, one of its literals occurs
  // with each space read as a run of separators (a regex reference).
  const reference = (lit: string, separator: 'whitespace' | 'non-letter', leet: boolean): RegExp => {
    const sep = separator === 'whitespace' ? '[\\t-\\r ]+' : leet ? '[^a-zA-Z013457@$]+' : '[^a-zA-Z]+'
    const LEET: Record<string, string> = { o: '0', i: '1', e: '3', a: '4@', s: '5$', t: '7' }
    const letter = (ch: string): string => `[${ch}${ch.toUpperCase()}${leet ? (LEET[ch] ?? '').replace('$', '\\$') : ''}]`
    return new RegExp(
      lit
        .split(/ +/)
        .map((w) => [...w].map((ch) => (/[a-z]/.test(ch) ? letter(ch) : `\\${ch}`)).join(''))
        .join(sep),
    )
  }
  const piece = fc.constantFrom('ab', 'ba', 'abc', 'b a', 'c', 'a:', ' ', '  ', '\t', ', ', '-', '4', '1', 'A', 'é')
  it.each([
    ['whitespace', false],
    ['non-letter', false],
    ['non-letter', true],
  ] as const)('marks exactly the literals that occur (%s separators, leetspeak %s)', (separator, leet) => {
    fc.assert(
      fc.property(
        fc.uniqueArray(
          fc
            .string({
              unit: fc.constantFrom('a', 'b', 'c', ' ', ...(separator === 'whitespace' ? [':'] : [])),
              minLength: 1,
              maxLength: 5,
            })
            .filter((l) => l.trim() !== ''),
          { minLength: 1, maxLength: 6 },
        ),
        fc.array(piece, { maxLength: 12 }).map((p) => p.join('')),
        (literals, text) => {
          const screen = new LiteralScreen(literals, { separator, fold: leet ? LEET_FOLD : CASE_FOLD })
          const present = new Uint8Array(literals.length)
          const marks = screen.markPresentNormalised(text, present)
          // Each run between non-ASCII characters, the text's own edges read as a space.
          const parts = text.split('é').map((part, i, all) => `${i === 0 ? ' ' : ''}${part}${i === all.length - 1 ? ' ' : ''}`)
          const want = literals.map((lit) => (parts.some((part) => reference(lit, separator, leet).test(part)) ? 1 : 0))
          expect([...present]).toEqual(want)
          // At least one mark per group marked; none when no group is (callers skip reading `present`).
          expect(marks).toBeGreaterThanOrEqual(want.filter((w) => w === 1).length)
          expect(marks === 0).toBe(want.every((w) => w === 0))
          // Read step by step (next, accepts, end), as the hot loops of the detectors do, the
          // same: the states where a literal ends are numbered last, and accepts reads that.
          if (!text.includes('é')) {
            let state = screen.start
            let accepted = false
            for (let i = 0; i < text.length; i++) {
              state = screen.next(state, text.charCodeAt(i))
              accepted ||= screen.accepts(state)
            }
            accepted ||= screen.accepts(screen.end(state))
            expect(accepted).toBe(marks > 0)
          }
        },
      ),
      { numRuns: 3000 },
    )
  })
})
