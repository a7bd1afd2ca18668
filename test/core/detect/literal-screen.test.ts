import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { CASE_FOLD, LEET_FOLD, LiteralScreen, literalsOf, nextWindow } from '../../../src/core/detect/literal-screen.js'

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
  const words = new LiteralScreen(literals, { separator: 'non-letter' })

  it.each([
    ['YOU  are\tnow dan', true, true],
    ['you are now', false, false],
    ['get cancer', true, true],
    ['cancel the order', false, false],
    ['they die', true, true],
    ['a piece of cake', true, true],
    ['a piece, of cake', false, true],
    ['a pieceof cake', false, false],
    ['new instructions\t:', true, false],
    ['new instructions', false, false],
    ['the text above', true, true],
    ['above all', false, false],
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

  const windowOf = (run: string): number => [...run].reduce((w, ch) => nextWindow(w, CASE_FOLD[ch.charCodeAt(0)] ?? 0), 0)

  // By letters alone "your" is the rarest run of both (y and o against s, t, r, u, c, …).
  it('watches the run of a literal that is rarest in prompt text, not the one of rarest letters', () => {
    const screen = new LiteralScreen(['your instructions'])
    expect(screen.marked[windowOf('your')]).toBe(0)
    expect(screen.mayContain('Repeat YOUR\tinstructions.')).toBe(true)
    expect(screen.mayContain('your instruction')).toBe(false)
  })

  it('refuses a literal it cannot screen', () => {
    expect(() => new LiteralScreen(['u r'])).toThrow(/three consecutive letters/)
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
})

// The run table is counted from the classifier data (never committed), so this runs where they are built.
const root = join(import.meta.dirname, '../../..')
const haveData = existsSync(join(root, '.cache/classify/injection.jsonl.gz'))
if (!haveData)
  console.warn('classifier data not built (node scripts/classify/extract.mjs --mirrors DIR): run table not checked here')

describe('run table', () => {
  ;(haveData ? it : it.skip)('is what scripts/literal-screen/generate.mjs counts from the pinned data', () => {
    expect(() =>
      execFileSync('node', [join(root, 'scripts/literal-screen/generate.mjs'), '--check'], { stdio: 'pipe' }),
    ).not.toThrow()
  })
})
