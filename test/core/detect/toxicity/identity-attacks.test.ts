// Identity attacks without a slur (identity-attacks.ts) and the counter-speech guards
// (counter-speech.ts): the structure, group + predicate, is what is judged.
import { describe, expect, it } from '@jest/globals'
import { toxicityModel } from '../../../../src/core/classify/models.js'
import { rulesOf } from './rules-of.js'

describe('toxicity: identity attacks', () => {
  it.each([
    ['exclusion', "Immigrants don't belong in this country.", 'toxicity.harassment'],
    ['not welcome', 'Black people are not welcome here.', 'toxicity.harassment'],
    ['kept out', 'Keep the Mexicans out.', 'toxicity.harassment'],
    ['no place', 'There is no place for gay people in our society.', 'toxicity.harassment'],
    ['vilified', 'Gay people are an abomination.', 'toxicity.harassment'],
    ['compared to vermin', 'Jews are like rats.', 'toxicity.harassment'],
    ['a burden', 'Disabled people are a burden on society.', 'toxicity.harassment'],
    ['invasion', 'Refugees are invading our country.', 'toxicity.harassment'],
    ['locked up', 'Trans people should all be locked up.', 'toxicity.violence'],
    ['sent to camps', 'Asylum seekers should be sent to camps.', 'toxicity.violence'],
    ['elimination', 'We should get rid of all the refugees.', 'toxicity.violence'],
    ['death to', 'Death to all Jews.', 'toxicity.violence'],
    ['wanted dead', 'I want all the immigrants dead.', 'toxicity.violence'],
    ['only good', 'The only good Muslim is a dead Muslim.', 'toxicity.violence'],
    ['derogatory adjective', 'Filthy immigrants everywhere.', 'toxicity.harassment'],
    ['profanity at a group', 'Fuck all Muslims.', 'toxicity.harassment'],
    ['disgust declared', 'Gay people make me sick.', 'toxicity.harassment'],
    ['trait with a degree', 'Women are so stupid.', 'toxicity.harassment'],
    ['trait asked about', 'Why are Mexicans always so lazy?', 'toxicity.harassment'],
  ])('flags: %s', (_name, text, rule) => {
    expect(rulesOf(text)).toContain(rule)
  })

  it.each([
    ['reported and judged', 'Saying that immigrants are vermin is hateful.'],
    ['the idea that', 'The idea that Muslims are a cancer on society is a racist lie.'],
    ['who think', 'People who think gay people are an abomination need to educate themselves.'],
    ['wrong to say', 'It is wrong to say that women are inferior.'],
    ['negated', 'Immigrants are not vermin; they are our neighbours.'],
    ['refusal', 'Never claim that disabled people are a burden on society.'],
    ['quoted trope', '"Jews are like rats" is an antisemitic trope with a long history.'],
    ['belonging affirmed', 'Immigrants belong in this country as much as anyone.'],
    ['positive', 'Muslims are a vital part of our society.'],
    ['process', 'Kill all the zombie processes before restarting.'],
    ['not a group', 'The only good code is tested code.'],
    ['animals', 'Rats are rodents; mice are animals too.'],
    ['slow tests', 'Why are my tests so slow?'],
    ['dirty data', 'Dirty data needs cleaning first.'],
    ['people think', 'Many people think immigrants are lazy, but the data says otherwise.'],
    ['product rule', 'Guests are not allowed in the staff area; keep the doors closed.'],
  ])('passes: %s', (_name, text) => {
    expect(rulesOf(text)).toEqual([])
  })

  it('still judges a negation that a "but" takes back', () => {
    expect(rulesOf('Immigrants are not vermin, but they are criminals who should all be locked up.')).not.toEqual([])
  })

  it.each([
    ['a stand against hate', 'Hate speech against gay people is on the rise and we must stand against it.'],
    ['praise of a group', 'Trans people are welcome here.'],
    ['a group as part of society', 'Muslims are a vital part of our society.'],
  ])('asks the classifier for a higher score when the text shows %s', (_name, text) => {
    const model = toxicityModel()
    // The words alone reach the threshold; the counter-speech or praise keeps it below the raised bar.
    expect(model.probability(model.tokens(text))).toBeGreaterThanOrEqual(model.threshold)
    expect(rulesOf(text)).toEqual([])
  })
})
