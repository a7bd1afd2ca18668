// Twenty-ninth round: the frames that make abusive words a mention, for the rules and the
// classifier alike: banter between friends (banter.ts), abuse reported to moderators and news or
// court reports of a quote (quoted-hate.ts), a word's use judged and prejudice answered by whom it
// targets (counter-speech.ts); and what still counts. All sentences are written for this project.
import { describe, expect, it } from '@jest/globals'
import { ruleHits, rulesOf } from './rules-of.js'

const noFinding = (_name: string, text: string) => expect(rulesOf(text)).toEqual([])

describe('toxicity: benign frames', () => {
  it.each([
    ['banter', 'lmao you absolute moron, you forgot the tickets again, love ya'],
    ['good sport', "you're trash at chess haha, good game though, rematch friday?"],
    ['abuse reported to moderators', 'Mods, please delete the reply above telling her to kys. Not cool.'],
    ['a court report', 'He was convicted of sending messages to a judge, including one that read "I will kill you."'],
    ['a news report', 'Woman charged after shouting "go back to your own country" at a shop assistant, police say.'],
    ['a slur judged', 'Saying "retard" as a joke isn\'t funny, it hurts people with learning disabilities.'],
    ['a word used as an insult', "Kids using 'gay' as a synonym for bad teaches queer teens that they are the punchline."],
    ['prejudice answered', "As a trans woman I am so tired of being told I'm a danger to children."],
    ['a spoiler, quoted', 'My brother texted "I\'ll kill you if you spoil the finale" lol, so dramatic'],
    ['a spoiler, the condition first', 'If you spoil the ending I will murder you, I swear'],
    ['leftovers', "I'll strangle you if you eat my leftovers again lol"],
    ['a surprise', "ugh, I'm going to kill you for spoiling the surprise haha"],
  ])('no finding: %s', noFinding)

  it.each([
    ['a taunt', 'you fucking idiot gg ez'],
    ['a threat to silence', "I'll kill you if you tell anyone"],
    ['a threat over children', 'If you touch my kids I will kill you'],
    ['identity claimed, then hate', 'As a gay man, I think trans people are mentally ill and dangerous.'],
    ['the lexicon word stays', 'you dumb bitch, love you'],
    ['the reporter joins in', 'Mods, delete the comment telling her to kys. You fucking idiots.'],
  ])('still flags: %s', (_name, text) => expect(ruleHits(text).length).toBeGreaterThan(0))
})
