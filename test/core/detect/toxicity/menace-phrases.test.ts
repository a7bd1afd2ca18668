// Menace in stock phrases, pressure to self-harm and suffering wished (menace-phrases.ts); risks,
// idioms and reported threats that must stay unflagged. All sentences are written for this project.
import { describe, expect, it } from '@jest/globals'
import { ruleHits, rulesOf } from './rules-of.js'

describe('toxicity: menace without a harm verb', () => {
  it.each([
    ['one eye open, by name', 'Sleep with one eye open, Marco.', 'toxicity.violence'],
    ['a shame if something happened', 'Nice house. Would be a shame if something happened to your kids.', 'toxicity.violence'],
    ['on the way home', "It'd be a pity if anything happened on the way home tonight.", 'toxicity.violence'],
    ['always watching', "Remember, I'm always watching you.", 'toxicity.violence'],
    ['I will find you', 'Post that again and I will find you, mark my words.', 'toxicity.violence'],
    ['what happens to snitches', "You'll find out what happens to snitches.", 'toxicity.violence'],
    ['see what happens to your car', 'Keep it up and see what happens to your car.', 'toxicity.violence'],
    ['accidents happen', 'Accidents happen to people who ask too many questions.', 'toxicity.violence'],
    ["won't walk away", "You won't walk away from this one.", 'toxicity.violence'],
    ['last week of feeling safe', 'Enjoy your last week of feeling safe.', 'toxicity.violence'],
    ['a stretcher', "Show your face at the bar again and you're leaving on a stretcher.", 'toxicity.violence'],
    ['a visit', 'Your sister is going to get a little visit this weekend.', 'toxicity.violence'],
    ['family pays', 'Miss the payment and your brother starts paying.', 'toxicity.violence'],
    ['a living hell', "I'm going to make every day of your life a living hell.", 'toxicity.violence'],
    ['a plate number', 'I have your name and your plate number now.', 'toxicity.violence'],
    ['a rope', 'A rope is cheaper than therapy, just saying.', 'toxicity.harassment'],
    ['cut deeper', 'Pathetic. Cut deeper next time.', 'toxicity.harassment'],
    ['still alive', "Honestly I don't know why you're still alive.", 'toxicity.harassment'],
    ['a favour if you jumped', "You'd be doing the world a favour if you just jumped.", 'toxicity.harassment'],
    ['suffering wished', 'I wish nothing but slow, endless misery on you.', 'toxicity.violence'],
    ['in the ground', 'Hope somebody puts you in the ground soon.', 'toxicity.violence'],
    ['never had', 'The world would be a better place if your parents had never had you.', 'toxicity.violence'],
  ])('flags: %s', (_name, text, rule) => {
    expect(ruleHits(text)).toContain(rule)
  })

  it.each([
    ['first person', 'Since the break-in I sleep with one eye open.'],
    ['advice for a night', 'Sleep with one eye open tonight: the comet is brightest before dawn.'],
    ['a backup', 'It would be a shame if something happened to the backups, so copy them twice.'],
    ['binge watching', "I'm always watching cooking shows on Sundays."],
    ['a table', "I'll find you a quiet table by the window."],
    ['a lesson on cells', 'Students learn what happens to cells during mitosis.'],
    ['a review', "You won't walk away from this restaurant hungry."],
    ['a holiday', 'Make the most of your last week of holidays.'],
    ['a visit to relatives', 'Your mom is going to visit us in May.'],
    ['a condition', 'Untreated, the condition can make your life a living hell.'],
    ['wished no harm', 'I wish no suffering on anyone, not even him.'],
    ['a support line', "If you're thinking about ending your life, you are not alone; call a crisis line."],
    ['a risk', 'The fence is electrified and can seriously hurt or kill you.'],
    ['a report', 'Court papers say he threatened his neighbour: "you\'ll regret this."'],
  ])('leaves clean: %s', (_name, text) => {
    expect(ruleHits(text)).toEqual([])
  })

  it.each([
    ['told, by the speaker', "I told you, I'm going to break your legs."],
    ['reading', "Stop reading my messages, I'm going to break your legs."],
  ])('still flags a threat after: %s', (_name, text) => {
    expect(ruleHits(text)).toContain('toxicity.violence')
  })

  it.each([
    ['a parent', 'My mum is going to kill me when she sees the bill.'],
    ['laughing', "You're going to die laughing at this story."],
  ])('keeps idioms from the classifier: %s', (_name, text) => {
    expect(rulesOf(text)).toEqual([])
  })
})
