// Banter excuses a mild insult said to a friend with a token of affection or good sport; it never
// excused the lexicon's words, and now never a policy phrase either (a wished harm, a claim about
// a group): affection for the listener makes no joke of "women are too emotional to vote".
import { describe, expect, it } from '@jest/globals'
import { rulesOf } from './rules-of.js'

describe('toxicity: banter does not excuse claims about a group', () => {
  it.each([
    ['affection first', 'Love you man. Women are too emotional to be allowed to vote.'],
    ['affection, then "but"', 'Love you man. But women should not be allowed to vote.'],
    ['a joke marker', 'Immigrants are vermin lol jk, no hard feelings'],
    ['good sport', 'gg tho, rematch tomorrow. Women are too emotional to be allowed to vote.'],
  ])('finding: %s', (_name, text) => expect(rulesOf(text)).not.toEqual([]))

  it.each([
    ['keys locked in again', 'lmao you absolute idiot, you locked your keys in the car AGAIN 😂 love you man'],
    ['trash at the game', 'bro you are trash at this game gg tho, rematch tomorrow?'],
  ])('no finding: %s', (_name, text) => expect(rulesOf(text)).toEqual([]))
})
