// Threats and wishes of harm read as a grammar (harm-grammar.ts): an outcome that kills or maims,
// wished on a person or something of theirs, or foretold of them. The sentences were written for
// this project.
import { describe, expect, it } from '@jest/globals'
import { HARM_GRAMMAR } from '../../../../src/core/detect/toxicity/harm-grammar.js'
import { rulesOf } from './rules-of.js'

describe('toxicity: harm grammar', () => {
  it.each([
    ['a death wished', 'Honestly I pray she chokes on her next meal.'],
    ['choking on it', 'I pray he chokes on it, every last bite.'],
    ['a thing of theirs destroyed', 'hope your apartment burns down while you sleep'],
    ['a plane wished down', "Hoping his plane goes down over the pacific, he'd deserve it."],
    ['an accident wished', 'I wish your brother gets hit by a truck on the way home.'],
    ['rot in a cell', 'I hope they rot in prison for the rest of their lives.'],
    ['carried out', "Show up at practice again and you're going home in a body bag."],
    ['found dead', 'They will find you floating in the harbour by Monday.'],
    ['without a parent', 'Your children will grow up without a father, I promise you that.'],
    ['stalking', 'We know where you jog every morning.'],
  ])('flags: %s', (_name, text) => {
    expect(rulesOf(text)).toContain('toxicity.violence')
  })

  it.each([
    ['an app', 'I hope your app crashes less after this update.'],
    ['a negated wish', "I hope you don't get hurt on the trail this weekend."],
    ['a wish for nobody', 'We hope nobody gets hit by a car at that crossing again.'],
    ['a release', 'Hope your launch goes smoothly and nothing catches fire in production.'],
    ['news of a crash', 'The pilot was taken to hospital in an ambulance after the landing.'],
    ['a paramedic', 'Patients leave in an ambulance only when the triage nurse says so.'],
    ['a lost item', 'You will find your keys in the dish by the door.'],
    ['a statistic', 'Many children grow up without a father in the house.'],
    ['directions', 'I know where you can park near the stadium.'],
    ['a policy', 'Never write messages like "we know where you live" or "hope your house burns down".'],
  ])('passes: %s', (_name, text) => {
    expect(rulesOf(text).filter((r) => r !== 'toxicity.classifier')).toEqual([])
  })

  it('keeps each anchor in every sentence its phrase matches (the line screen relies on it)', () => {
    const combine = (...parts: readonly (readonly string[])[]): string[] =>
      parts.reduce<string[]>((acc, part) => acc.flatMap((a) => part.map((p) => `${a} ${p}`.trim())), [''])
    const sentences = [
      ...combine(
        ['you', 'he s', 'they re going to be'],
        ['leaving in', 'going home in', 'carried out in', 'wheeled out in'],
        ['an', 'a', 'the'],
        ['ambulance', 'body bag', 'coffin', 'hearse', 'stretcher'],
      ),
      ...combine(
        ['i hope', 'wishing that', 'pray'],
        ['you', 'she', 'your brother s car', 'their house'],
        ['dies', 'gets hit by a train', 'chokes to death', 'rots in jail', 'bleeds out', 'burns alive', 'never wakes up'],
      ),
      ...combine(
        ['hope'],
        ['your flight', 'his house'],
        ['goes up in flames', 'burns down', 'goes down over', 'explodes', 'sinks to the bottom'],
      ),
      ...combine(
        ['they ll find', 'someone found'],
        ['you', 'u', 'your body'],
        ['face down', 'dead', 'in a ditch', 'in the river', 'in pieces', 'floating in'],
      ),
      ...combine(['your kids', 'your baby'], ['will grow up', 'grow up'], ['without a mother', 'without their dad']),
      ...combine(['i know where', 'we know exactly where'], ['you', 'u'], ['live', 'park', 'go to school']),
    ]
    let matched = 0
    for (const text of sentences) {
      for (const { re, anchor } of HARM_GRAMMAR) {
        if (!re.test(text)) continue
        matched++
        expect([text, anchor.test(text)]).toEqual([text, true])
      }
    }
    expect(matched).toBeGreaterThan(sentences.length / 2)
  })
})
