import { describe, expect, it } from '@jest/globals'
import { PHRASE_TYPOS } from '../../../../src/core/detect/toxicity/phrase-typos.js'
import fc from 'fast-check'
import { PHRASES, WORDS } from '../../../../src/core/detect/toxicity/lexicon.js'
import { phraseAnchorsPresent, toxicHits } from '../../../../src/core/detect/toxicity/match.js'
import { literalsOf } from '../../../../src/core/detect/literal-screen.js'
import { wordsOf } from '../../../../src/core/detect/toxicity/normalise.js'
import { mayBeToxic } from '../../../../src/core/detect/toxicity/screen.js'
import { readFileSync } from 'node:fs'

const readJsonl = (path: string): Array<{ text: string }> =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { text: string })

// The ASCII fast path and the pre-filters must never change a result: these properties pin
// them to the general (Unicode) path and to the full regexes.
const TOKENS = [
  'fuck',
  'f.u.c.k',
  'f u c k',
  'a f u c k',
  '5h1t',
  '$hit',
  'sh!t',
  'b!tch',
  'haet',
  'vermni',
  'immigrants are',
  'fuuuck',
  'p0rn',
  'porn',
  'never',
  'kill',
  'you',
  'yourself',
  'i',
  'will',
  'them',
  'shoot',
  'an',
  'email',
  'you are',
  'such an',
  'idiot',
  'go',
  'die',
  'piss off',
  'shut up',
  'bomb the school',
  'nude pics',
  'slit your throat',
  'someone should',
  'beat the',
  'out of',
  '.',
  '!',
  '?',
  ';',
  ',',
  '-',
  '_',
  '*',
  '+',
  '/',
  '|',
  '@',
  '$',
  '0',
  '1',
  '3',
  '4',
  '5',
  '7',
  '12',
  'a',
  'x',
  ' ',
  '  ',
  '\t',
  '\n',
  'Fuck',
  'KILL',
  'Niger',
  'Scunthorpe',
  'van',
  'dyke',
  'and',
  'span',
  // harm-grammar.ts
  'i hope',
  'your flight',
  'goes down over',
  'he s',
  'leaving in',
  'a ambulance',
  'find you',
  'floating in',
  'your kids',
  'grow up without a',
  'father',
  'we know where you',
  'jog',
]
const line = fc.array(fc.constantFrom(...TOKENS), { maxLength: 14 }).map((t) => t.join(' '))
const asciiLine = fc.oneof(
  line,
  fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABC 0134579@$.!?;-_*+/|\t\n'.split('')), maxLength: 60 }),
)

describe('toxicity fast paths', () => {
  it('ASCII lines split exactly as the Unicode path does', () => {
    // "\né" forces the Unicode path and only adds one trailing word in a new sentence.
    fc.assert(
      fc.property(asciiLine, (text) => {
        expect(wordsOf(text)).toEqual(wordsOf(`${text}\n\u00e9`).slice(0, -1))
      }),
      { numRuns: 2000 },
    )
  })

  it('a phrase anchor matches wherever its phrase does', () => {
    fc.assert(
      fc.property(line, (text) => {
        const joined = wordsOf(text)
          .map((w) => w.text)
          .join(' ')
        for (const phrase of PHRASES) if (phrase.re.test(joined)) expect(phrase.anchor.test(joined)).toBe(true)
      }),
      { numRuns: 3000 },
    )
  })

  it('the anchor screen reports every phrase whose anchor matches the joined words', () => {
    // Joined words as scanPhrases sees them, built from the anchors' own literals and words.
    const joinedLine = fc
      .array(fc.oneof(fc.constantFrom(...PHRASES.flatMap((p) => literalsOf(p.anchor))), fc.constantFrom(...TOKENS, 'é', 'мир')), {
        maxLength: 8,
      })
      .map((parts) => parts.join(' ').replace(/ +/g, ' '))
    fc.assert(
      fc.property(fc.oneof(joinedLine, line), (text) => {
        const present = phraseAnchorsPresent(text)
        PHRASES.forEach((phrase, i) => {
          if (phrase.anchor.test(text) && present !== null)
            expect([phrase.anchor.source, present[i]]).toEqual([phrase.anchor.source, 1])
        })
      }),
      { numRuns: 3000 },
    )
    expect(phraseAnchorsPresent('plain words about nothing')?.includes(1)).toBe(false)
  })

  it.each(PHRASES.map((p, i) => [i, p] as const))('phrase %i anchor is a plain pre-filter', (_i, phrase) => {
    expect(phrase.anchor.flags).toBe('')
    expect(phrase.anchor.source).not.toMatch(/\\b|\^|\$/)
  })

  // Table: stretched, suffixed and leetspeak spellings of every lexicon word still pass the
  // word pre-filter (slurs are in the lexicon ROT13-encoded; nothing is printed here).
  it.each(WORDS.map((w) => [w.word.length, w] as const))('word of length %i is found in all its spellings', (_n, entry) => {
    const stretched = entry.word.replace(/^(.)(.)/, '$1$1$1$2$2')
    const suffixed = `${entry.word}${entry.suffixes?.[0] ?? ''}`
    for (const spelling of [entry.word, stretched, suffixed, entry.word.toUpperCase()]) {
      // Aimed profanity counts only with a target ("fuck you"), so it gets one.
      const hits = toxicHits(wordsOf(entry.aimed === true ? `well ${spelling} you` : `well ${spelling} then`))
      expect(hits.map((h) => h.canonical)).toContain(entry.word)
    }
  })

  it('hard negatives that share a pre-filter key still do not match', () => {
    for (const text of [
      'Ship the shift',
      'Niger',
      'Scunthorpe',
      'raccoon',
      'cockpit',
      'assassin',
      'therapist',
      'shitake? no: shiitake',
    ]) {
      expect(toxicHits(wordsOf(text))).toEqual([])
    }
  })
})

describe('toxicity line screen', () => {
  // mayBeToxic may only rule out lines that the full path finds nothing in.
  // Non-ASCII lines are screened once normalised, their boundary characters made spaces:
  // pieces of lines joined by dashes, arrows, emoji (with joiners and variation selectors),
  // '·' (which joins spelled-out letters), curly quotes and full-width or look-alike letters.
  const nonAscii = fc
    .array(
      fc.oneof(
        fc.constantFrom(...TOKENS),
        fc.constantFrom(
          '—',
          '–',
          '→',
          '✅',
          '⚠️',
          '👩‍💻',
          '│',
          '·',
          '“',
          '”',
          '’',
          '…',
          '\u00a0',
          '\u3000',
          'é',
          'ｆｕｃｋ',
          'іdiot',
          'ﬁ',
        ),
      ),
      { maxLength: 14 },
    )
    .chain((pieces) => fc.constantFrom(' ', '', '—', '·').map((sep) => pieces.join(sep)))
  const anyLine = fc.oneof(line, asciiLine, nonAscii, fc.string({ maxLength: 40 }))
  it('never rejects a line with hits', () => {
    fc.assert(
      fc.property(anyLine, (text) => {
        if (toxicHits(wordsOf(text)).length > 0) expect(mayBeToxic(text)).toBe(true)
      }),
      { numRuns: 20000 },
    )
  })

  it('never rejects a line with a misspelt anchor word, whatever words share its first letters and length', () => {
    // The screen tests a word's hash only where a misspelling has its first letters and length.
    const typo = fc
      .constantFrom(...PHRASE_TYPOS.keys())
      .chain((t) => fc.constantFrom(t, t.slice(0, -1), `${t}s`, t.toUpperCase(), `${t.slice(0, 3)}x${t.slice(4)}`))
    fc.assert(
      fc.property(fc.array(fc.oneof(typo, fc.constantFrom(...TOKENS)), { maxLength: 8 }), (words) => {
        const text = words.join(' ')
        if (toxicHits(wordsOf(text)).length > 0) expect(mayBeToxic(text)).toBe(true)
      }),
      { numRuns: 5000 },
    )
  })

  it("reads a '!' between letters as an 'i', and a '!' after a word as the end of a sentence", () => {
    expect(wordsOf('you piece of sh!t').map((w) => w.text)).toEqual(['you', 'piece', 'of', 'shit'])
    expect(toxicHits(wordsOf('you sh!tty bot')).map((h) => h.canonical)).toContain('shit')
    expect(mayBeToxic('what a b!tch')).toBe(true)
    expect(wordsOf('Wow!That was great').map((w) => w.text)).toEqual(['wowithat', 'was', 'great'])
    expect(wordsOf('Great!Thanks').map((w) => w.text)).toEqual(['great', 'thanks'])
    const idiot = wordsOf('you idiot! go away')
    expect(idiot.map((w) => w.text)).toEqual(['you', 'idiot', 'go', 'away'])
    expect(idiot[2]?.sentence).toBe(1)
  })

  it('passes a masked word that starts with a leet sign (found by the property above)', () => {
    for (const text of ['5**u', 'what a 5h*t', '$**t']) {
      if (toxicHits(wordsOf(text)).length > 0) expect(mayBeToxic(text)).toBe(true)
    }
    expect(toxicHits(wordsOf('5**u')).length).toBeGreaterThan(0)
  })

  it.each(WORDS.map((w) => [w.word.length, w] as const))('passes every spelling of a lexicon word of length %i', (_n, entry) => {
    const stretched = entry.word.replace(/^(.)(.)/, '$1$1$1$2$2')
    const spelled = [...entry.word].join(' ')
    for (const spelling of [
      entry.word,
      stretched,
      entry.word.toUpperCase(),
      spelled,
      entry.word.replace(/s/g, '$').replace(/o/g, '0'),
    ]) {
      expect(mayBeToxic(`well ${spelling} then`)).toBe(true)
    }
  })

  it('rules out ordinary prompt lines', () => {
    for (const text of [
      'Answer the customer politely — cite the policy → done ✅',
      'Answer the customer politely and cite the policy.',
      'You are a helpful assistant for {{company}}.',
      '- Keep answers under 200 words',
      '',
    ]) {
      expect(mayBeToxic(text)).toBe(false)
    }
  })

  it('agrees with the full path on the toxicity corpus', () => {
    for (const { text } of readJsonl('test/fixtures/corpora/toxicity.jsonl')) {
      for (const l of text.split('\n')) if (toxicHits(wordsOf(l)).length > 0) expect(mayBeToxic(l)).toBe(true)
    }
  })
})
