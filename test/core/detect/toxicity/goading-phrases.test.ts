// Goading toward self-harm or starvation, and beatings urged on others (goading-phrases.ts), with
// the idioms, sports talk, support messages and reports that share their words. All sentences
// are written for this project.
import { describe, expect, it } from '@jest/globals'
import { ruleHits } from './rules-of.js'

describe('toxicity: goading toward self-harm', () => {
  it.each([
    ['an adverb before "be"', 'Everyone would genuinely be better off without you, Dana.'],
    ['an adverb after "be"', 'this planet would be so much better without you in it'],
    ['a favour, with "all" and "just"', 'do us all a favour and just stop breathing'],
    ['sleep forever', 'Do everyone a favor and go to sleep forever.'],
    ['traffic', 'nobody asked, go play in the traffic'],
    ['yeet', 'yeet yourself off a bridge already'],
    ['uninstall', 'uninstall yourself, noob'],
    ['if I were you', "If I were you I'd have killed myself by now."],
    ['if I looked like you', 'if i looked like u id end it all'],
    ['go back to it', 'Go back to cutting yourself, it suited you.'],
    ['nobody would notice', "No one would even notice you're gone."],
    ['nobody would cry', 'nobody is gonna cry over you'],
    ['no one loves you', 'No one loves you, Kim.'],
  ])('flags: %s', (_name, text) => {
    expect(ruleHits(text)).toContain('toxicity.harassment')
  })

  it.each([
    ['better off without a thing', 'We would honestly be better off without the legacy API.'],
    ['a favour asked', 'Do us a favour and close the door on your way out.'],
    ['traffic data', 'The dashboard shows a spike in traffic on Mondays.'],
    ['a traffic warning', 'Children should never play in traffic.'],
    ['advice in first person', 'If I were you I would ask for a refund.'],
    ['love, compared', 'No one loves you like your grandmother does.'],
    ['a support line', "If you're hurting yourself, please talk to someone you trust."],
    ['missed, kindly', "We'll miss you at the office, good luck in Lisbon!"],
  ])('leaves clean: %s', (_name, text) => {
    expect(ruleHits(text)).toEqual([])
  })
})

describe('toxicity: starvation pushed on someone', () => {
  it.each([
    ['not thin enough', "You're still not skinny enough, keep going."],
    ['if you eat', 'If you eat lunch today you failed.'],
    ['dare', "Don't you dare eat tonight."],
    ['the slogan', 'Hunger is just the fat leaving your body.'],
    ['keep starving', 'keep starving yourself, it shows'],
  ])('flags: %s', (_name, text) => {
    expect(ruleHits(text)).toContain('toxicity.harassment')
  })

  it.each([
    ['fasting before surgery', 'Do not eat anything after midnight before your surgery.'],
    ['a recipe', 'Make sure the sauce is thin enough to pour.'],
    ['a joke about cake', "Don't you dare eat my cake while I'm out!"],
    ['a clinical note', 'The patient reported starving herself for weeks before admission.'],
  ])('leaves clean: %s', (_name, text) => {
    expect(ruleHits(text)).toEqual([])
  })
})

describe('toxicity: beatings urged', () => {
  it.each([
    ['someone needs to', 'Someone needs to beat the crap out of that guy.'],
    ['we gotta', 'we gotta jump him after practice'],
    ['beat up', 'somebody should beat him senseless'],
    ['beat up, the person after', 'someone should beat up that kid after school'],
    ['teeth', 'knock his teeth out, I dare you'],
    ['stomp', 'stomp her until she stops crying'],
    ['a brick', 'That ref deserves a brick to the head.'],
    ['a broken nose', "Don't let them walk away without a broken nose."],
  ])('flags: %s', (_name, text) => {
    expect(ruleHits(text)).toContain('toxicity.violence')
  })

  it.each([
    ['sports', 'We have to beat them on Saturday to make the playoffs.'],
    ['a record', 'Someone needs to beat the hell out of that old record.'],
    ['a trivia night', "We're going to slaughter them at trivia tonight."],
    ['a rug', 'This rug deserves a good beating in the yard.'],
    ['a report', 'The court heard the men stomped him until he lost consciousness in 2019.'],
  ])('leaves clean: %s', (_name, text) => {
    expect(ruleHits(text)).toEqual([])
  })
})

describe('toxicity: spelled-out leetspeak', () => {
  it('reads "k 1 l l  y 0 u r s 3 l f" as the words it spells', () => {
    expect(ruleHits('k 1 l l  y 0 u r s 3 l f')).toContain('toxicity.harassment')
  })
  it('leaves a spelled-out code of digits alone', () => {
    expect(ruleHits('Your code is 4 7 1 9, enter it within 5 minutes.')).toEqual([])
  })
})
