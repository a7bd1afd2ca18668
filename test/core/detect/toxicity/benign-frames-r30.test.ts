// Thirtieth round: court and news reports of a quoted threat or slur (in English and the
// languages the rules read), a match to win (sports.ts), and the frames that keep an unsure
// classifier verdict from affection, one's own group, sport and hated chores
// (classifier-frames.ts, index.ts); and what still counts. All sentences are written for this project.
import { describe, expect, it } from '@jest/globals'
import { framedAsHarmless } from '../../../../src/core/detect/toxicity/classifier-frames.js'
import { ruleHits, rulesOf } from './rules-of.js'

describe('toxicity: benign frames (round 30)', () => {
  it.each([
    ['testimony', 'A witness testified that the accused shouted "I will kill you all" before the fire, the court heard.'],
    ['a sentence', 'The man who texted his neighbour "I will stab you" was sentenced to two years on Friday.'],
    ['the jury', 'Prosecutors said he called the driver a "dirty Arab" before punching him.'],
    ['French court report', "Selon le tribunal, l'accusé a lancé « sale noir » au chauffeur avant de le frapper."],
    ['Spanish court report', 'El acusado gritó "te voy a matar" a la víctima, según el juicio; fue condenado a tres años.'],
    ['German court report', 'Vor Gericht sagte die Zeugin, der Angeklagte habe „ich bring dich um“ gerufen.'],
    ['a match, a weekday', "We're going to murder them on Sunday, their midfield is slow and their keeper can't kick."],
    ['a match, the final', "We'll destroy them in the final, no question."],
    ['a match, the game', 'Honestly we will slaughter them in the game tonight lads'],
    ['birthday teasing', 'Happy birthday you old goat, 50 looks terrible on you. See you at the pub at 7!'],
    ['one’s own group', "Speaking as an autistic woman: we will absolutely correct your train facts and we're proud of it."],
    ['a hated weekday', 'I hate Mondays. I hate them so much I want to scream into my coffee.'],
    ['a hated chore', 'God I hate laundry, hate it with a burning passion.'],
  ])('no finding: %s', (_name, text) => expect(rulesOf(text)).toEqual([]))

  it.each([
    ['a threat on a weekday, no team', "We're going to kill them on Saturday when they come out of the mosque."],
    ['a threat to a person on a weekday', "I'm going to kill him on Friday. Nobody will find the body."],
    ['a quoted threat endorsed', 'He said "I will kill you" and honestly I would say the same to her.'],
    ['a quote ordered, in court words', 'Tell the accused "I will kill you and your family" at the hearing.'],
  ])('still flags: %s', (_name, text) => expect(ruleHits(text).length).toBeGreaterThan(0))

  it.each([
    ['affection', 'happy birthday you old fart 40 looks terrible on you'],
    ['own group', 'as a gay man i m allowed to say it we are dramatic as hell'],
    ['sport', 'their back line can t handle our wingers'],
  ])('frame: %s', (_name, words) => expect(framedAsHarmless(words)).toBe(true))

  it.each([
    ['affection with an insult', 'happy birthday you ugly waste of space nobody wants to see you'],
    ['congrats with an insult', 'congrats on the job loser they will fire your useless ass'],
    ['own group, then a slander of others', 'as a white man i can say it those people are animals and we should get rid of them'],
    ['sport aimed at you', 'your team is shit and so are you'],
    ['no frame', 'go back to where you came from'],
  ])('no frame: %s', (_name, words) => expect(framedAsHarmless(words)).toBe(false))
})
