// Phrases that name a group (and the negated-attack check) are tried only on lines that may name
// one: a pre-filter derived from the rules' own sources, checked here against the rules.
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { negatesAttack } from '../../../../src/core/detect/toxicity/counter-speech.js'
import { GROUPS } from '../../../../src/core/detect/toxicity/identity-attacks.js'
import { PHRASES } from '../../../../src/core/detect/toxicity/lexicon.js'
import { expandAlternation, topLevelAlternatives } from '../../../../src/core/detect/toxicity/regex-source.js'
import { mayNameAGroup, NAMES_A_GROUP, toxicHits } from '../../../../src/core/detect/toxicity/match.js'
import { wordsOf } from '../../../../src/core/detect/toxicity/normalise.js'

describe('regex-source', () => {
  it('splits top-level alternatives, not those inside groups or classes', () => {
    expect(topLevelAlternatives('a|(?:b|c)d|[|x]|\\|y')).toEqual(['a', '(?:b|c)d', '[|x]', '\\|y'])
  })
  it('expands words and nested groups, and refuses other syntax', () => {
    expect(expandAlternation('x|(?:gay|trans) (?:men|women)')).toEqual(['x', 'gay men', 'gay women', 'trans men', 'trans women'])
    expect(() => expandAlternation('neighbou?rs')).toThrow(/"\?"/)
  })
  it('reads the whole group list', () => {
    const names = expandAlternation(GROUPS)
    expect(names).toContain('middle easterners')
    expect(names).toContain('mentally ill people')
    expect(names.length).toBeGreaterThan(100)
  })
})

describe('phrases that name a group', () => {
  it('are the group-attack phrases (and no phrase aimed at a person)', () => {
    expect(NAMES_A_GROUP.size).toBeGreaterThanOrEqual(5)
    for (const phrase of NAMES_A_GROUP) expect(phrase.re.source).toContain(GROUPS)
    const personal = PHRASES.filter((p) => /\(\?:you\|u\b/.test(p.re.source))
    for (const phrase of personal) expect(NAMES_A_GROUP.has(phrase)).toBe(false)
  })

  it.each([
    'immigrants do not belong in this country',
    'send all the refugees back',
    'no muslims allowed',
    'gay men are not welcome here',
    'the disabled should be removed from society',
  ])('still flags "%s", and its group phrase is one of them', (text) => {
    expect(toxicHits(wordsOf(text)).length).toBeGreaterThan(0)
    expect([...NAMES_A_GROUP].some((p) => p.re.test(text))).toBe(true)
  })
  it('skips them on a line that names no group, whatever its anchors say', () => {
    // "send the" and "allowed" are anchors of the exclusion phrases.
    expect(toxicHits(wordsOf('send the conversation to the reviewer; emojis are not allowed'))).toEqual([])
  })
})

describe('the whole-name pre-filter (mayNameAGroup)', () => {
  const names = expandAlternation(GROUPS)
  // Words the group phrases and the negated claims are made of, parts of names on their own
  // ("white", "people"), and words that are not plain ([a-z0-9]), which send the test to the
  // last-word superset.
  const word = fc.oneof(
    fc.constantFrom(...names),
    fc.constantFrom(...names.map((n) => n.split(' ')[0] as string)),
    fc.constantFrom(
      'all',
      'of',
      'the',
      'these',
      'those',
      'most',
      'every',
      'are',
      'r',
      're',
      'not',
      'never',
      'no',
      'aren t',
      'arent',
      'is',
      'a',
      'an',
      'threat',
      'to',
      'burden',
      'on',
      'society',
      'vermin',
      'criminals',
      'animals',
      'stupid',
      'dirty',
      'lazy',
      'violent',
      'should',
      'die',
      'be',
      'removed',
      'send',
      'back',
      'allowed',
      'belong',
      'here',
      'but',
      'people',
      'users',
      'kids',
      'men',
      'women',
      'islam',
      'jews',
      'zionists',
      'control',
      'the media',
      'disease',
      'welcome',
      'is not',
      'isn t',
      'do not',
      'don t',
      'cancer',
      'run',
      'feminism',
      'islamists',
      'jewish bankers',
      'x*men',
      'münchen',
      'f*ck',
    ),
  )
  // Claims and their denials, in the shape the negated-claim patterns read.
  const claim = fc
    .tuple(
      fc.array(word, { maxLength: 3 }),
      fc.oneof(
        fc.constantFrom(...names),
        fc.constantFrom('islam', 'feminism', 'being gay', 'zionists', 'islamists', 'jewish bankers', 'people'),
      ),
      fc.constantFrom('are not', 'aren t', 'is not', 'isn t', 'do not', 'don t', 'are'),
      fc.constantFrom('a', 'the', 'really', 'secretly', ''),
      fc.constantFrom('cancer', 'disease', 'vermin', 'criminals', 'a threat to', 'control', 'run', 'stupid', 'kind'),
      fc.array(word, { maxLength: 3 }),
    )
    .map(([before, subject, verb, filler, object, after]) => [...before, subject, verb, filler, object, ...after].join(' '))
  const line = fc
    .oneof(
      fc.array(word, { minLength: 1, maxLength: 12 }).map((ws) => ws.join(' ')),
      claim,
    )
    .map((text) => text.split(' ').filter((w) => w !== ''))

  it('never rules out a line on which a phrase naming a group matches', () => {
    fc.assert(
      fc.property(line, (texts) => {
        const joined = texts.join(' ')
        if ([...NAMES_A_GROUP].some((p) => p.re.test(joined))) expect(mayNameAGroup(texts)).toBe(true)
      }),
      { numRuns: 3000 },
    )
  })
  it('leaves the negated-attack test unchanged', () => {
    fc.assert(
      fc.property(line, (texts) => {
        const joined = texts.join(' ')
        expect(negatesAttack(joined, mayNameAGroup(texts))).toBe(negatesAttack(joined, true))
      }),
      { numRuns: 3000 },
    )
  })
  it('needs a whole name where every word is plain, and a last word otherwise', () => {
    expect(mayNameAGroup(['ask', 'people', 'kindly'])).toBe(false)
    expect(mayNameAGroup(['ask', 'gay', 'people', 'kindly'])).toBe(true)
    expect(mayNameAGroup(['the', 'immigrants'])).toBe(true)
    expect(mayNameAGroup(['x*men', 'people'])).toBe(true)
    expect(mayNameAGroup(['x*men', 'today'])).toBe(false)
  })
})
