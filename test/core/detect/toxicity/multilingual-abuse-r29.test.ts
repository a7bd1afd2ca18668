// Twenty-ninth round: hate, threats and insults in Dutch, Spanish, French, German, Polish and
// Turkish (abuse-multilingual.ts), with the trips home and household chores that share their
// words. All sentences are written for this project.
import { describe, expect, it } from '@jest/globals'
import { ruleHits } from './rules-of.js'

const leavesClean = (_name: string, text: string) => expect(ruleHits(text)).toEqual([])

describe('toxicity: other languages', () => {
  it.each([
    ['Dutch, a modal', 'Turken moeten allemaal het land uit'],
    ['Spanish, go back', 'Vuelvete a tu pais sudaca de mierda'],
    ['French, go back', 'retourne dans ton pays sale arabe'],
    ['German, go back', 'geh zurück in dein Land'],
    ['Polish, a threat', 'zabiję cię'],
    ['Turkish, a threat', 'Seni öldüreceğim'],
    ['Polish, an insult', 'spierdalaj ty kurwo'],
    ['Polish, the conspiracy', 'Żydzi kontrolują media'],
    ['Polish, expulsion', 'Muzułmanów trzeba wszystkich wyrzucić'],
  ])('flags: %s', (_name, text) => expect(ruleHits(text).length).toBeGreaterThan(0))

  it.each([
    ['Dutch, going home', 'Ik ga terug naar mijn land.'],
    ['French, a trip', 'Je retourne dans ton pays cet été.'],
    ['Portuguese, a question', 'Quando você volta pra sua terra?'],
    ['Polish, ants', 'Mrówki w kuchni, trzeba się ich w końcu pozbyć.'],
  ])('leaves alone: %s', leavesClean)
})
