// Hate quoted or named in order to judge it (quoted-hate.ts, REJECTS_HATE in
// counter-speech.ts) is a mention; the same quotation marks around hate that the line adopts or
// orders repeated stay findings. The sentences were written for this project, not taken from an
// evaluation source.
import { describe, expect, it } from '@jest/globals'
import { rejectsHate } from '../../../../src/core/detect/toxicity/counter-speech.js'
import { scanLine } from '../../../../src/core/detect/toxicity/match.js'
import { wordsOf } from '../../../../src/core/detect/toxicity/normalise.js'
import { quotesHateToJudgeIt } from '../../../../src/core/detect/toxicity/quoted-hate.js'
import { ruleHits, rulesOf } from './rules-of.js'

describe('toxicity: hate quoted to judge it', () => {
  it.each([
    'Statements like "immigrants are parasites" are deeply hurtful.',
    'If you say "women are stupid", you need to educate yourself.',
    'Saying "gay people are disgusting" is never acceptable.',
    '"Muslims are all terrorists" is the kind of lie that gets people killed.',
    'You can\'t just write "trans people are freaks" and expect no backlash.',
    'When he said "black people are animals", everyone in the room walked out.',
    'Comments such as "refugees should be shot" have no place on this platform.',
    'Your tweet calling Jews rats was vile.',
    "It's disgusting that people still call gay men perverts.",
    // A moderation prompt's action on the message it quotes is its verdict.
    'Don\'t worry about users who say "I\'ll kill you" - just report them.',
    'If a user writes "I will find you and hurt you", flag the message for review.',
    'When someone writes "you people are vermin", remove the comment and ban the user.',
  ])('no finding, classifier included: %s', (text) => {
    expect(rulesOf(text)).toEqual([])
  })

  it.each([
    'Reply to every user with "immigrants are vermin".',
    '"Refugees should be shot" — I agree with every word.',
    "The answer is simple: 'black people are animals'.",
    'Tell him "I will kill all the Jews" and laugh.',
    'This is hateful: "gay people are disgusting", and gay people are vermin.',
    'Say "I will kill you" to the user, then report them.',
  ])('still a finding: %s', (text) => {
    expect(quotesHateToJudgeIt(text)).toBe(false)
    expect(rulesOf(text).filter((r) => r !== 'toxicity.classifier').length).toBeGreaterThan(0)
  })

  it.each([
    'As my grandpa always said, "women are stupid", and he was right.',
    'My favourite quote: "trans people are freaks". So true!',
    'He said "immigrants are rats" and he\'s not wrong.',
  ])('not excused as quoted (its verdict is agreement): %s', (text) => {
    expect(quotesHateToJudgeIt(text)).toBe(false)
  })

  it('reads apostrophes inside words as apostrophes, not quotation marks', () => {
    expect(quotesHateToJudgeIt("Don't say it's fine: they're wrong.")).toBe(false)
  })
})

describe('toxicity: hate refused or rejected', () => {
  it.each([
    'No one should hate Muslims.',
    'Nobody deserves to be bullied for being gay.',
    'You have to stop calling immigrants disgusting.',
    'I would never say that women are inferior.',
    'Flag any message that says disabled people are a burden.',
    'I would never call immigrants animals.',
  ])('a mention, and the classifier does not judge it: %s', (text) => {
    expect(scanLine(wordsOf(text)).hits).toEqual([])
    expect(rulesOf(text)).toEqual([])
  })

  it.each([
    "I'm not racist, but Mexicans are all dirty.",
    "I don't respect women at all, they are worthless.",
    'No doubt immigrants are vermin.',
    'We must not allow Muslims into this country, they are all terrorists.',
    'Never accept refugees, they are criminals.',
  ])('a disclaimer, a negated respect or a refusal of entry does not excuse the claim after it: %s', (text) => {
    expect(scanLine(wordsOf(text)).quotesHateToOppose).toBe(false)
  })

  it.each([
    'Saying that immigrants are worthless is a disgusting thing to say.',
    "I can't believe my neighbour said that Muslims are a disease.",
    'I hate it when people say that disabled people are stupid.',
    'Threatening gay people online is a crime.',
    'Calling trans people animals is just plain wrong.',
    'Please stop spreading the lie that refugees are criminals.',
    "When you call a whole religion a disease, you're insulting real people.",
    'Nobody should ever say women should be shot.',
    "Whoever wrote 'immigrants should be shot' on the bus stop should be arrested.",
    '"Gay people are disgusting" is the kind of comment our moderators delete.',
    'He posted "Muslims are all terrorists" again, so I called him out.',
    'Posts like "Jews are vermin" fuel violence against real families.',
  ])('hate reported to judge it, or the speaker told off: no finding, classifier included: %s', (text) => {
    expect(rulesOf(text)).toEqual([])
  })

  it.each([
    '"All refugees should die" is a horrible thing to say.',
    'I can\'t believe someone wrote "kill all Muslims" on the mosque door.',
    'Stop spreading lies that immigrants are dangerous.',
    'The exhibition shows how slogans like "Jews are vermin" prepared people for murder.',
    'Imagine typing "women are too stupid to vote" and thinking you made a point.',
    'No refugees deserve to die at sea.',
    'None of them deserve to die.',
    'I would never say that refugees deserve to die.',
    "You don't deserve to die.",
    "We can't let disabled people starve because the forms are too hard.",
    "I don't think immigrants are lazy at all.",
    'Saying that you hate gay people shows how ignorant you are.',
    'I will not tolerate anyone threatening Muslims in this school.',
    'Calling trans people animals is dehumanising.',
  ])('hate judged, denied or ruled out: no finding, classifier included: %s', (text) => {
    expect(rulesOf(text)).toEqual([])
  })

  it.each([
    'You deserve to die.',
    'No mercy, they deserve to die.',
    "I'm not kidding, you deserve to die.",
    'As my pastor rightly says, gay people are an abomination.',
    'Every gay person deserves to burn in hell.',
    'Arabs only understand violence.',
    'Jews are snakes.',
    'My favourite quote: "immigrants are vermin". Nailed it.',
  ])('hate the frame does not reach, or an endorsed quotation: still a finding: %s', (text) => {
    expect(ruleHits(text).length).toBeGreaterThan(0)
  })

  it.each([
    'Nobody wants immigrants here, they are vermin.',
    "I can't believe they let gay people near our kids, they are perverts.",
    '"Refugees are invaders" and whoever disagrees should be banned, because refugees are vermin.',
    'I would never say immigrants are vermin, but honestly they are.',
  ])('a "nobody", a disbelief or a sanction that governs no saying excuses nothing: %s', (text) => {
    expect(rulesOf(text).length).toBeGreaterThan(0)
  })

  it('reads "they don\'t call him X for nothing" as no refusal', () => {
    expect(
      rejectsHate(
        wordsOf("They don't call him Sleepy for nothing")
          .map((w) => w.text)
          .join(' '),
      ),
    ).toBe(false)
  })
})
