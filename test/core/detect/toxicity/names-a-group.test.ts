// Phrases that name a group are tried only on lines that have a group name's last word: an
// exact pre-filter (derived from the rules' own sources), checked here against the rules.
import { describe, expect, it } from '@jest/globals'
import { GROUPS } from '../../../../src/core/detect/toxicity/identity-attacks.js'
import { PHRASES } from '../../../../src/core/detect/toxicity/lexicon.js'
import { expandAlternation, topLevelAlternatives } from '../../../../src/core/detect/toxicity/regex-source.js'
import { NAMES_A_GROUP, toxicHits } from '../../../../src/core/detect/toxicity/match.js'
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
