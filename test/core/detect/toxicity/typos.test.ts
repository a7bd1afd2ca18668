// Misspellings one slip away from a lexicon word (typos.ts), and words masked to their end
// and aimed at someone (normalise.ts).
import { describe, expect, it } from '@jest/globals'
import { toxicityDetector } from '../../../../src/core/detect/toxicity/index.js'
import { TYPOS } from '../../../../src/core/detect/toxicity/typos.js'
import { changeOf, testContext } from '../injection/template-fixture.js'

const rulesOf = (text: string): string[] => toxicityDetector.detect(changeOf(null, text), testContext()).map((f) => f.rule)

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
