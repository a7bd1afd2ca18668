// Misspellings one slip away from a lexicon word (typos.ts), words masked to their end and
// aimed at someone (normalise.ts), and two words run together (run-together.ts).
import { describe, expect, it } from '@jest/globals'
import { PHRASE_TYPOS } from '../../../../src/core/detect/toxicity/phrase-typos.js'
import { splitRunTogether } from '../../../../src/core/detect/toxicity/run-together.js'
import { TYPOS } from '../../../../src/core/detect/toxicity/typos.js'
import { rulesOf, ruleHits } from './rules-of.js'

describe('toxicity: misspellings', () => {
  it.each([
    ['swapped letters', 'you are such an asshoel'],
    ['swap near the start', 'shut up you btich'],
    ['dropped letter', 'you stupid assole'],
    ['aimed misspelling', 'you fucikng moron'],
    ['masked to the end', 'f*** you'],
    ['masked, reflexive', 'go f*** yourself'],
  ])('flags: %s', (_name, text) => {
    expect(rulesOf(text)).toContain('toxicity.harassment')
  })

  it.each([
    ['sitting', 'I was sitting in a batch job queue.'],
    ['botch', "Botch the job and you'll have to redo it."],
    ['a name', 'Use the Dark1 to Dark3 variants for the accent colour.'],
    ['markdown emphasis', '**Note** you must reply in JSON.'],
    ['emphasis before you', 'Use **bold** for headings and *italics* for you.'],
  ])('passes: %s', (_name, text) => {
    expect(rulesOf(text)).toEqual([])
  })

  it('never varies a short word or a policy word', () => {
    expect(TYPOS.has('fukc')).toBe(false)
    expect(TYPOS.has('seting')).toBe(false)
    expect([...TYPOS.keys()].every((w) => w.length >= 4)).toBe(true)
  })
})

describe('toxicity: misspelt words of the phrase rules', () => {
  it.each([
    ['hate, swapped', 'I haet women.'],
    ['despise, swapped', 'I despies gay people.'],
    ['disgusting, swapped', 'Muslims are disgustign.'],
    ['vermin, swapped', 'Immigrants are vermni.'],
    ['abomination, swapped', 'Gay people are an abomniation.'],
    ['worthless, swapped', 'Disabled people are worthelss.'],
    ['exterminated, dropped', 'Jews should be exterminatd.'],
    ['criminals, dropped', 'Immigrants are crimnals.'],
  ])('flags: %s', (_name, text) => {
    expect(ruleHits(text).length).toBeGreaterThan(0)
  })

  it.each([
    ['no group', 'I haet Mondays.'],
    ['no group, a typo in a review', 'The report is disgustign in its formatting errors, please fix.'],
    ['an anatomy typo', 'Check the inferoir vena cava measurement.'],
    ['a slip that is a word', 'I tried the new menu and the metal chairs.'],
  ])('passes: %s', (_name, text) => {
    expect(ruleHits(text)).toEqual([])
  })

  it('never reads an ordinary word as a misspelling', () => {
    for (const word of ['tried', 'files', 'metal', 'though', 'garage', 'strange', 'their', 'should'])
      expect(PHRASE_TYPOS.has(word)).toBe(false)
    expect(PHRASE_TYPOS.get('disgustign')).toBe('disgusting')
    expect([...PHRASE_TYPOS.keys()].every((w) => w.length >= 4)).toBe(true)
  })
})

describe('toxicity: two words run together', () => {
  it.each([
    'Gaypeople are disgusting.',
    'I despise transpeople.',
    'Allmuslims should be deported.',
    'Blackpeople should be thrown in jail.',
  ])('reads the words apart: %s', (text) => {
    expect(ruleHits(text).length).toBeGreaterThan(0)
  })

  it.each(['salespeople', 'chairmen', 'laypeople', 'townspeople', 'spokeswomen', 'semen'])(
    'leaves ordinary compounds, and words too short to be two, whole: %s',
    (word) => {
      expect(splitRunTogether(word)).toBeNull()
    },
  )

  it('splits at the seam', () => {
    expect(splitRunTogether('gaypeople')).toEqual(['gay', 'people'])
    expect(splitRunTogether('hatejews')).toEqual(['hate', 'jews'])
  })

  it.each(['Our salespeople meet the townspeople on Friday.', 'Thank the chairmen and the laypeople.'])('passes: %s', (text) => {
    expect(rulesOf(text)).toEqual([])
  })
})
