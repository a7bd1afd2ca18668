// Thirty-first round: families from the misses and false alarms of tox48, each tested on new
// wordings (none is a probe line) and on benign look-alikes; every exemption is tested with the
// attack it invites. All sentences are written for this project.
import { describe, expect, it } from '@jest/globals'
import { ruleHits, rulesOf } from './rules-of.js'

describe('toxicity: round 31 families', () => {
  it.each([
    // A group named, then called vile by a resumptive "they" (identity-attacks.ts); the homeless as a group.
    ['resumptive they, vermin', "Frankly the homeless ruin every park they sleep in, they're vermin."],
    ['resumptive they, parasites', 'Refugees should go back where they came from, they are parasites.'],
    ['human garbage', 'The homeless are human garbage.'],
    ['homeless rounded up', 'Homeless people should be rounded up and put in camps.'],
    // Brands said to "you" in other languages (abuse-multilingual.ts).
    ['German, you are vermin', 'Ihr seid Ungeziefer, alle miteinander.'],
    ['French, you are parasites', 'Vous êtes des parasites, rentrez chez vous.'],
    ['Spanish, you are a plague', 'Sois una plaga.'],
    ['Dutch, you are scum', 'Jullie zijn tuig.'],
    ['Spanish insult with an adjective', 'Eres una maldita inútil.'],
    ['Spanish order to die', 'Vete a morir, nadie te soporta.'],
    ['German order to die', 'Geh sterben, du Opfer.'],
    ['Portuguese slur to someone, back to the cage', 'Sua macaca, volta pra jaula.'],
    ['Portuguese, back to the jungle', 'Volta pra selva, macaco.'],
    ['Spanish, back to the jungle', 'Vuélvete a la selva, mono.'],
    ['German slur said to someone', 'Du Kanake, verpiss dich.'],
    ['German, to be deported', 'Die Ausländer gehören allesamt ausgewiesen.'],
    ['Polish, gas them', 'Do gazu z nimi wszystkimi.'],
    ['Polish, lock you in camps', 'Trzeba was wszystkich wysłać do obozu.'],
    ['Turkish, like cockroaches', 'Afganlar hamamböceği gibi her yere yayılıyor.'],
    ['Chinese, trash like you', '你这种垃圾也配说话？'],
    ['Chinese, why not go die yet', '你还不去死吗'],
    // Menace and a pile-on (menace-phrases.ts, policy-cues.ts).
    ['show you what happens', "Keep talking, Sam, and I'll show you what happens to rats."],
    ['a pile-on, spam until he deletes', "Let's all report his account and spam his DMs until he deletes it."],
    ['a pile-on, make her life hell', "Let's make her life hell until she logs off for good."],
  ])('flags: %s', (_name, text) => expect(ruleHits(text).length).toBeGreaterThan(0))

  it.each([
    ['homeless, negated', "Homeless people deserve housing; they're not garbage."],
    ['homeless, a shelter', 'The homeless shelter on 5th street is full tonight.'],
    ['homeless outreach', 'Our homeless outreach team hands out blankets every Friday.'],
    ['someone else’s claim', "Immigrants are often told that they're animals, which is vile."],
    ['praise in a gym', 'Ihr seid Tiere, was für ein Training!'],
    ['praise after a match', 'Sois unas bestias, ¡qué partido!'],
    ['muddy after a match', 'Siete sporchi di fango dopo la partita.'],
    ['teasing between friends', 'Eres un gran idiota, jaja te quiero.'],
    ['French, he will die', "Il va mourir si on ne l'opère pas."],
    ['Spanish, grandfather will die', 'Mi abuelo se va a morir pronto, estoy triste.'],
    ['a story, the jaguar', 'El jaguar vuelve a la selva después de la tormenta.'],
    ['a slur named to condemn it', 'Der Begriff Kanake ist eine rassistische Beleidigung.'],
    ['a documentary', 'The documentary shows you what happens to rats in a city sewer.'],
    ['a complaint about managers', 'Bad managers make your life hell.'],
    ['spam filters', 'Spam filters flood her inbox until she quits checking it.'],
  ])('no rule: %s', (_name, text) => expect(ruleHits(text)).toEqual([]))

  // The work and risk idioms are kept from the classifier (index.ts); the attacks they invite are not.
  it.each([
    ['a feature killed', 'We should kill this feature, nobody uses it and it slows the build.'],
    ['a dashboard killed', "Let's kill the old dashboard before the Q3 launch."],
    ['a pet’s risk', 'My cat licked some lily pollen. Will it kill her? Do we need a vet tonight?'],
    ['a dog’s risk', 'The puppy chewed a grape. Is that going to kill him? Should we drive to the vet?'],
  ])('no finding: %s', (_name, text) => expect(rulesOf(text)).toEqual([]))

  it.each([
    ['the idiom, then a person to kill', 'We need to kill this feature. Then kill the PM who wrote it.'],
    ['the idiom beside a death wish', 'Kill this feature and the idiot who built it, he should die.'],
    ['the risk question, then a wish', 'Is that going to kill him? Good, I hope he dies slowly.'],
    ['a feature’s owner', 'Kill the feature owner, he ruined the sprint and deserves to die.'],
  ])('still flags: %s', (_name, text) => expect(rulesOf(text).length).toBeGreaterThan(0))

  // The animals and "dirty" left out of the brands said to "you": the same frame with a real attack.
  it.each([
    ['praise word, then deportation', 'Ihr seid Tiere und gehört alle abgeschoben.'],
    ['praise word, then vermin', 'Ihr seid Tiere, ihr seid Ungeziefer.'],
    ['the jaguar frame said to a person', 'Seu macaco, volta pra selva que é o teu lugar.'],
  ])('still flags the exempted frame with an attack: %s', (_name, text) => expect(ruleHits(text).length).toBeGreaterThan(0))
})

describe('toxicity: round 31, claims asked and disclaimed, reported name-calling', () => {
  it.each([
    // The claim presupposed by a question (group-claims.ts, covert-abuse.ts).
    ['why so lazy', 'Why are Mexicans so lazy?'],
    ['why naturally violent', 'Seriously, why are Muslims naturally violent? Explain it to me.'],
    ['why less intelligent', 'Be honest with me: why are Somalis genetically less intelligent than everyone else?'],
    // The disclaimer that announces a generalisation (group-claims.ts).
    ['not racist, would not rent', "I'm not racist, but I wouldn't rent to any of them, they're dirty."],
    ['not sexist, never trust', 'Im not sexist or anything but i would never trust them with money'],
    ['not homophobic, my son', "Honestly I'm not homophobic but I wouldn't let my son play with them."],
    ['not a bigot, animals', 'I am not a bigot, but these people are animals.'],
    // The ableist slur (lexicon.ts).
    ['the slur aimed', 'Shut up, you spaz.'],
  ])('flags: %s', (_name, text) => expect(ruleHits(text).length).toBeGreaterThan(0))

  it.each([
    ['a question about bias', 'Why are Black people less likely to get a mortgage approved?'],
    ['the disclaimer alone', "I'm not racist, but I think the hiring process needs work."],
    ['the disclaimer refused', "Never write 'I'm not racist but I would never hire them' in a reply."],
    ['the disclaimer as an example to flag', "Flag replies like: I'm not racist but they're all criminals."],
    ['the verb, spaz out', 'My cat would spaz out whenever the doorbell rang.'],
    ['a spa', 'Spas and saunas are closed on Sundays.'],
  ])('no rule: %s', (_name, text) => expect(ruleHits(text)).toEqual([]))

  // Name-calling reported by the one it hurt, to get help (quoted-hate.ts): no finding at all.
  it.each([
    [
      'a sister called names, reported',
      'Someone under my post called my sister a fat whore. I reported it, but how do I get the site to act?',
    ],
    ['a son called names at school', 'A boy at school keeps calling my son a retard. What can I do?'],
    ['a troll, blocked', 'Some troll called me a slut under every post. I blocked him but he made a new account.'],
  ])('no finding: %s', (_name, text) => expect(rulesOf(text)).toEqual([]))

  // The attacks that frame invites.
  it.each([
    ['the report, then the same abuse in own words', 'Someone called my sister a fat whore and honestly she is one, the slut.'],
    ['reported, then a slur at the reader', "A user called me a faggot. Reported it. You're a faggot too though."],
    ['reported, then harm wished', 'Someone called my sister a whore. I reported it, but honestly I hope she gets hurt.'],
    ['the speaker the caller', 'I called my sister a fat whore. How do I make it stick?'],
    ['help asked for more abuse', 'Someone called her a whore. Help me write ten more insults like that for her.'],
    [
      'a comeback with a slur',
      'Someone called my sister a whore. I need help coming up with a comeback: call her a cheap slut back.',
    ],
    ['the disclaimer after an unrelated refusal', "Never write that. I'm not racist, but I'd never rent to them."],
  ])('still flags: %s', (_name, text) => expect(ruleHits(text).length).toBeGreaterThan(0))
})
