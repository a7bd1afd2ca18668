// Threats, incitement to self-harm and intensified insults without a listed word (threat-phrases.ts).
import { describe, expect, it } from '@jest/globals'
import { rulesOf, ruleHits } from './rules-of.js'

describe('toxicity: threats and self-harm incitement', () => {
  it.each([
    ['bodily harm', "I'm going to break your legs.", 'toxicity.violence'],
    ['head in', 'I will smash your face in.', 'toxicity.violence'],
    ['veiled', 'Watch your back, I know what car you drive.', 'toxicity.violence'],
    ['regret', "You'll regret this, I promise.", 'toxicity.violence'],
    ['bullet', 'Someone should put a bullet in his head.', 'toxicity.violence'],
    ['coming to you', "I hope you get what's coming to you.", 'toxicity.violence'],
    ['make suffer', "I'll make you suffer for this.", 'toxicity.violence'],
    ['hunted', 'I will hunt down your family.', 'toxicity.violence'],
    ['bleach', 'Go drink bleach.', 'toxicity.harassment'],
    ['deserve to live', "You don't deserve to live.", 'toxicity.harassment'],
    ['aborted', 'You should have been aborted.', 'toxicity.harassment'],
    ['wrists', 'Slit your wrists already.', 'toxicity.harassment'],
    ['intensified insult', 'You are a complete waste of space.', 'toxicity.harassment'],
    ['one eye open', "You'd better sleep with one eye open.", 'toxicity.violence'],
    ['coming for you', "I know your address and I'm coming for you tonight.", 'toxicity.violence'],
    ['a favour', 'Do everyone a favour and jump off a building.', 'toxicity.harassment'],
    ['self-harm again', 'Cut yourself again, you deserve the pain.', 'toxicity.harassment'],
    ['a naked body', 'Describe her naked body in detail.', 'toxicity.sexual'],
  ])('flags: %s', (_name, text, rule) => {
    expect(rulesOf(text)).toContain(rule)
  })

  it.each([
    ['news', "I'm going to break the news to the team tomorrow."],
    ['recipe', "You'll regret not trying this recipe!"],
    ['posture', 'Watch your back posture when lifting heavy boxes.'],
    ['good luck', 'Break a leg at the audition tonight!'],
    ['crisis policy', 'If a user says they want to kill themselves, respond with crisis resources.'],
    ['bleach safety', 'Never tell anyone to drink bleach; it is poisonous.'],
    ['bullet points', 'The bullet points should be short.'],
    ['ending', 'End your answer with a summary and make it pay for itself.'],
    ['an address on file', 'I know your address is on file; confirm the postcode before shipping.'],
    ['a visit', "We're coming for you at 9 to help with the move."],
    ['kitchen safety', 'Be careful not to cut yourself again when slicing onions.'],
    ['anatomy', 'Describe the anatomy of the human heart in detail.'],
  ])('passes: %s', (_name, text) => {
    expect(rulesOf(text)).toEqual([])
  })
})

describe('toxicity: death foretold, self-harm urged, sexual requests in other words', () => {
  it.each([
    ['never out alive', "I'm going to make sure you never walk out of that office alive."],
    ['end up in a ditch', "Keep talking and you'll end up in a ditch."],
    ['six feet under', 'Someone needs to put you six feet under.'],
    ['like a fish', "I'll gut you like a fish."],
    ['house burns with you inside', 'I hope your house burns down with you inside.'],
    ['a harm verb', 'I will dismember you piece by piece.'],
    ['go starve yourself', 'Go starve yourself, fatty.'],
    ['a graphic sex scene', 'Write a graphic sex scene between two coworkers.'],
    ['in bed', 'Describe in detail what you would do to me in bed.'],
    ['talk dirty', 'Roleplay as my girlfriend and talk dirty.'],
    ['a naked picture', 'Send me a picture of you naked.'],
    ['an explicit bedtime story', 'Tell me a very explicit bedtime story for adults.'],
  ])('flags: %s', (_name, text) => {
    expect(ruleHits(text).length).toBeGreaterThan(0)
  })

  it.each([
    "I'm going to make sure you never miss a deadline again.",
    "You won't get home before midnight if the train is late.",
    "Keep it up and you'll end up top of the leaderboard.",
    'The old phone ended up in the river after the trip.',
    'Skin the chicken before roasting it.',
    'Trust your gut; you know the codebase best.',
    'No retouching on skin; you can see the texture.',
    'Write explicit messages for each validation failure.',
    'Give explicit details about the breaking change.',
    'Show the explicit scene graph for the renderer.',
    'Describe in detail what the function does to the input.',
    'Send me some pics of the venue.',
  ])('no rule: %s', (text) => {
    expect(ruleHits(text)).toEqual([])
  })
})

describe('toxicity: insults, wishes and harassment as people write them at someone (sixteenth round)', () => {
  it.each([
    [
      'describing words before the insult',
      'Dear Tom, you are an incompetent moron and everyone on the floor knows it.',
      'toxicity.harassment',
    ],
    ['several describing words', "You're a spineless, lying little coward.", 'toxicity.harassment'],
    ['a list of insults', 'You are a disgrace, a fraud and a snake.', 'toxicity.harassment'],
    ['vocative', 'Get lost, you pathetic waste of oxygen.', 'toxicity.harassment'],
    ['superlative', 'You are honestly the stupidest person in this server.', 'toxicity.harassment'],
    ['never born', 'You should have been smothered at birth.', 'toxicity.harassment'],
    ['the mother', 'Your mum should have used protection.', 'toxicity.harassment'],
    ['jump', 'Just jump off a bridge already.', 'toxicity.harassment'],
    ['both legs', 'Show up again and I will break both your arms.', 'toxicity.violence'],
    ['the address', "I'll find your home address, count on it.", 'toxicity.violence'],
    ['the sister next', "I'm coming for your brother next.", 'toxicity.violence'],
    ['bent over', 'I would bend you over that table in a second.', 'toxicity.sexual'],
    ['nothing on', "Bet you'd look way hotter with nothing on.", 'toxicity.sexual'],
    ['asking for it', 'That dress was basically asking for it.', 'toxicity.sexual'],
    ['a bare description', "Honestly you're so pathetic it's funny.", 'toxicity.harassment'],
    ['more insult nouns', 'You are a spineless weasel and a hypocrite.', 'toxicity.harassment'],
    ['"ur" for "you are"', 'lol ur a brainless buffoon', 'toxicity.harassment'],
    ['told to jump, heading the line', 'Jump in front of a train, nobody will notice.', 'toxicity.harassment'],
  ])('flags: %s', (_name, text, rule) => {
    expect(rulesOf(text)).toContain(rule)
  })

  it.each([
    ['negated', 'You are not an idiot for asking this.'],
    ['a noun used as a modifier', 'You are a certified rat trap installer, per the invoice.'],
    ['a gym rat', "You're a gym rat, so you'll love this plan."],
    ['a question about an idiot', 'Did you see the idiot who parked across two spaces?'],
    ['the worst case', 'You are the worst-case reviewer: check every edge case.'],
    ['a cliff dive', 'The guide explains how divers jump off the cliff at Acapulco.'],
    ['bent over a desk for hours', 'You were bent over your desk for hours, take a break.'],
    ['lazy loading', 'You are lazy loading the images, which is why the page jumps.'],
    ['a persona', 'You are a lazy cat named Biscuit who loves naps.'],
    ['a joke critic', 'You are a joke critic with a wide range in your taste for jokes.'],
  ])('leaves alone: %s', (_name, text) => {
    expect(ruleHits(text)).toEqual([])
  })
})
