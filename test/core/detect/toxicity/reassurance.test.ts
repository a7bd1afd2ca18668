// A negation that opens an idiom of reassurance ("don't worry", "no worries", "never mind", "don't
// be shy") governs the idiom, not the abuse after it: no refusal cue. Refusals keep theirs. All
// sentences are written for this project.
import { describe, expect, it } from '@jest/globals'
import { ruleHits } from './rules-of.js'

describe('toxicity: abuse after a reassuring idiom', () => {
  it.each([
    ["Don't forget, I'm always watching you.", 'toxicity.violence'],
    ['No worries, I will find where you live.', 'toxicity.violence'],
    ["Don't worry, I'm going to find out where you live.", 'toxicity.violence'],
    ['No offence, but you are a worthless piece of trash.', 'toxicity.harassment'],
  ])('flags %j', (text, rule) => {
    expect(ruleHits(text)).toContain(rule)
  })

  it.each([
    "Don't forget: never call users idiots or morons.",
    'Do not call users idiots or morons.',
    "Don't be afraid to say no to people who call you worthless.",
  ])('leaves %j alone', (text) => {
    expect(ruleHits(text)).toEqual([])
  })
})
