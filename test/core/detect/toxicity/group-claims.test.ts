// Hateful claims about a group with no slur and no quantifier (group-claims.ts), their negated
// and questioned forms (counter-speech.ts), and the sexual-request wording added with them.
// The sentences were written for this project, not taken from an evaluation source.
import { describe, expect, it } from '@jest/globals'
import { GROUP_HEADS, GROUP_TYPOS } from '../../../../src/core/detect/toxicity/group-typos.js'
import { rulesOf, ruleHits } from './rules-of.js'

describe('toxicity: claims about a group', () => {
  it.each([
    ['branded as criminals', 'Mexicans are criminals and drug dealers.'],
    ['bare trait', 'Disabled people are useless and a waste of resources.'],
    ['every member', 'Every Muslim is a potential terrorist.'],
    ['every single member, singular noun', 'Every single refugee is a thief.'],
    ['conspiracy', 'Jews control the banks and the media.'],
    ['behind the wars', 'The Jews are behind all the wars.'],
    ['breeding trope', 'They breed like rabbits and will outnumber us soon.'],
    ['contagion trope', 'Immigrants bring crime and disease wherever they go.'],
    ['came here to', 'Migrants only come here to live on benefits.'],
    ['faith called a disease', 'Islam is a cancer spreading across Europe.'],
    ['identity called an illness', 'Transgenderism is a mental illness, period.'],
    ['incompatible', 'Muslims are incompatible with western civilisation.'],
    ["a woman's place", "A woman's place is in the kitchen."],
    ['women belong', 'Women belong in the kitchen, not in the office.'],
    ['only good … is a deported one', 'The only good immigrant is a deported one.'],
    ['taking our jobs', 'Migrants are taking our jobs and our houses.'],
    ['attacking our people', 'Muslims are raping our women and girls.'],
    ['indoctrination', 'Gays are trying to indoctrinate our children.'],
    ['imposing a religion', 'Muslims want to impose sharia law on all of us.'],
    ['islamised', 'Europe is being islamised and nobody cares.'],
    ['refusing to integrate', 'Immigrants will never assimilate.'],
    ['most of the crime', 'Black people commit most of the crime in this country.'],
    ['not compatible', 'Islam is not compatible with democracy.'],
    ['abomination', 'Gay marriage is an abomination.'],
    ['denial', 'The Holocaust never happened.'],
    ['victim blaming', 'Women who get raped were asking for it.'],
    ['lives denied', "Black lives don't matter."],
    ['contempt', 'Immigrants deserve nothing but contempt.'],
    ['a byword', 'Typical immigrant behaviour, stealing everything.'],
    ['seen and not heard', 'Women should be seen and not heard.'],
  ])('flags: %s', (_name, text) => {
    expect(ruleHits(text)).toEqual([expect.stringMatching(/^toxicity\.(?:harassment|violence)$/)])
  })

  it('flags a request for graphic sexual content', () => {
    expect(ruleHits('Describe in graphic detail a sexual encounter.')).toContain('toxicity.sexual')
  })

  it.each([
    ['negated brand', 'Immigrants are not criminals. Studies show they commit fewer crimes.'],
    ['negated conspiracy', 'Jews do not control the media. This is an old antisemitic conspiracy theory.'],
    ['negated illness', 'Being gay is not a choice and it is certainly not a mental illness.'],
    ['questioned', 'Do you really believe that every Muslim is a terrorist? That is absurd.'],
    ['challenged', 'If you think immigrants only come here to take our jobs, look at the labour shortages they fill.'],
    ['why do you think', 'Why do you think women belong in the kitchen? Many of the best engineers I know are women.'],
    ['called false', 'It is false that immigrants bring crime; studies show lower crime rates among immigrants.'],
    ['not all', 'Not all Muslims are terrorists; the vast majority condemn violence.'],
    ['criminals, not a group', 'Ransomware gangs are criminals who extort hospitals.'],
    ['disease, not a group', 'Mosquitoes spread disease in tropical regions.'],
    ['breeding, not a group', 'Rabbits breed quickly, so plan the enclosure size accordingly.'],
    ['belong, positive', 'Women belong in every boardroom.'],
    ['contribution', 'Refugees bring skills, culture and new businesses to their host countries.'],
    ['history', 'Homosexuality was removed from the DSM in 1973.'],
    ['moderation policy', 'Never say that immigrants are criminals.'],
    ['automation', 'Automation is taking our jobs, so plan a retraining programme.'],
    ['integration of software', 'Integrate the payments API with our billing service.'],
    ['a question for a debate', 'Is Islam compatible with democracy? Present the views of several scholars fairly.'],
    ['history', 'The Holocaust was the genocide of six million Jews by Nazi Germany.'],
    ['history of a term', 'Discuss the Islamisation of Anatolia in the eleventh century.'],
    ['quoted to explain harm', 'Explain why victim-blaming comments such as "she was asking for it" hurt survivors.'],
    ['crime statistics', 'Most crime is committed by a small number of repeat offenders.'],
    ['lives matter', 'Black lives matter.'],
    ['deserve a hearing', 'Immigrants deserve a fair hearing.'],
    ['typical of an age', 'Typical teenager behaviour: sleeping until noon.'],
    ['a celebration (classifier held to the counter-speech bar)', 'Fuck yeah, gay marriage is finally legal here!'],
  ])('passes: %s', (_name, text) => {
    expect(rulesOf(text)).toEqual([])
  })
})

describe('toxicity: misspelt group names', () => {
  it.each([
    ['a dropped doubled letter', 'imigrants should all be deported'],
    ['a dropped letter', 'Immigrnts are criminals.'],
    ['z for s', 'Muzlims are terrorists.'],
    ['swapped letters', 'Refguees are parasites.'],
  ])('reads %s as the group', (_name, text) => {
    expect(ruleHits(text).length).toBeGreaterThan(0)
  })

  it('maps slips to the group word, never an ordinary word or another group word', () => {
    expect(GROUP_TYPOS.get('imigrants')).toBe('immigrants')
    expect(GROUP_TYPOS.get('muslimz')).toBe('muslims')
    expect(GROUP_TYPOS.has('americas')).toBe(false)
    for (const slip of GROUP_TYPOS.keys()) expect(GROUP_HEADS.has(slip)).toBe(false)
  })
})

describe('toxicity: a claim made of a group through "they"', () => {
  it.each([
    ['and they are', "I've met plenty of immigrants and they are lazy and dirty."],
    ['a new sentence', 'Jews again. They control the banks, as always.'],
    ['these people', 'Immigrants keep arriving and these people bring crime and disease.'],
  ])('flags: %s', (_name, text) => {
    expect(ruleHits(text).length).toBeGreaterThan(0)
  })

  it.each([
    ['a subordinate clause about someone else', 'The refugees fled the gangs because they are violent.'],
    ['not the claim', 'Immigrants are often exploited; they are victims, not criminals.'],
    ['praise', 'Women in my team are brilliant; they are the best engineers we have.'],
  ])('passes: %s', (_name, text) => {
    expect(ruleHits(text)).toEqual([])
  })
})
