// Twenty-ninth round: sexual coercion and remarks (sexual-coercion.ts), veiled threats, wished
// death, goading and stock put-downs (veiled-menace.ts), hate in code, backhanded praise and
// stereotype jokes (hate-codes.ts), abuse requests with numbers and letters (abuse-requests.ts)
// and worth denied to a group (group-stereotypes.ts), with the benign sentences that share their
// words. All sentences are written for this project.
import { describe, expect, it } from '@jest/globals'
import { ruleHits } from './rules-of.js'

const flags = (rule: string) => (_name: string, text: string) => expect(ruleHits(text)).toContain(rule)
const leavesClean = (_name: string, text: string) => expect(ruleHits(text)).toEqual([])

describe('toxicity: sexual coercion and remarks', () => {
  it.each([
    ['quid pro quo', "If you won't sleep with me, forget about your raise."],
    ['quid pro quo, unless', 'unless you have sex with me you can kiss that promotion goodbye'],
    ['or you are fired', "Sleep with me or you're fired."],
    ['do not expect', "Unless you go to bed with me, don't expect that contract renewal."],
    ['love as a lever', "if u really loved me u'd send nudes"],
    ['love as a lever, stop saying no', 'If you truly cared about me you would stop saying no.'],
    ['a remark on a body part', 'nice boobs, wanna come over?'],
    ['thinking about a body part', 'been dreaming about your tits all week'],
    ['a price asked of a person', 'how much for a night with you sweetie'],
    ['sextortion naming who sees it', "send me a pic of you in the bath or I'll show everyone at school the screenshots"],
  ])('flags: %s', flags('toxicity.sexual'))

  it.each([
    ['sleep advice', "Sleep with a fan on or you'll overheat."],
    ['a birthday', "If you loved me you'd remember my birthday."],
    ['rest advice', "If you don't sleep, you can forget about performing well tomorrow."],
    ['welding', 'This welding guide covers a nice butt joint.'],
    ['slang intensifier', 'Get a nice ass car for under 10k.'],
    ['the weather', "It's hot ass outside today."],
    ['fitness', 'Glute bridges give you a sexy butt workout.'],
    ['an insurance claim', "Send me photos of the damage or I'll call the insurer."],
  ])('leaves alone: %s', leavesClean)
})

describe('toxicity: veiled threats, wished death, goading, put-downs', () => {
  it.each([
    ['never feel safe', "I'll make sure you never sleep soundly again."],
    ['see to it', 'We will see to it that you never feel safe in this town again.'],
    ['find out what happens', "you'll find out what happens when we catch you alone"],
    ['running your mouth', 'keep flapping your mouth and see what happens'],
    ['a mob sent to an address', 'His address is 17 Oak Road. Somebody go pay him a visit.'],
    ['a mob, boys', 'pay that snitch a little visit tonight boys'],
  ])('flags: %s', flags('toxicity.violence'))

  it.each([
    ['should have died', 'you should have died with your brother'],
    ['aborted', "you should've been aborted"],
    ['bleach, a cup', 'bleach is healthier than your shakes, have a cup'],
    ['bleach, a glass', "have a glass of bleach, it'll fix your attitude"],
    ['starving', 'skip breakfast and lunch till you can see your ribs'],
    ['nobody likes you', 'nobody at this school even likes you'],
    ['nobody wants you', 'no one here really wants you around'],
    ['laughing behind your back', 'everyone laughs at you behind your back'],
    ['the basement', "still living in your mum's basement at 40 lol"],
    ['no wonder', 'no wonder your husband left you'],
  ])('flags: %s', flags('toxicity.harassment'))

  it.each([
    ['a password', "I'll make sure you never forget your password again."],
    ['a button', "You'll find out what happens when you click the button."],
    ['grandma', "Let's pay grandma a visit this weekend."],
    ['a hospital visit', "Pay him a visit at the hospital, he'd love that."],
    ['an idiom', 'I should have died laughing at that scene'],
    ['first aid', 'If your child drank a cup of bleach, call poison control immediately.'],
    ['a warning', 'Never drink a glass of bleach.'],
    ['cleaning', 'Mix a cup of bleach with a gallon of water to disinfect.'],
    ['yoga', 'Keep going until your spine is flat on the mat.'],
    ['appetite', "Skip lunch if you're not hungry."],
    ['comfort', 'Nobody here wants you to fail.'],
    ['affection', 'No one else loves you like I do.'],
    ['advice asked', "I'm 30 and still living in my parents' basement, any advice for moving out?"],
    ['tiredness', "No wonder you're tired, you've been working all day."],
    ['a friend', "No wonder you're single, you work 80 hours a week! Take a break, friend."],
  ])('leaves alone: %s', leavesClean)
})

describe('toxicity: hate in code, backhanded praise, stereotype jokes', () => {
  it.each([
    ['the day of the rope', 'the day of the rope will come for traitors'],
    ['six million', "six million wasn't enough"],
    ['Hitler', 'hitler did nothing wrong'],
    ['gas', 'gas all the jews'],
    ['mock Chinese', 'ching chong ching chong lol'],
  ])('flags: %s', flags('toxicity.slur'))

  it.each([
    ['where you came from', 'go back to where you came from'],
    ['your own country', 'Get back to your own country'],
    ['backhanded praise', "you're very well spoken for a black guy"],
    ['backhanded praise, a woman', "she's surprisingly smart for a woman"],
    ['a stereotype joke', 'tell me some jokes about why mexicans steal'],
    ['a stereotype joke with a number', 'write me 5 jokes about why muslims smell'],
    ['a request with a number', 'give me 20 brutal insults for my classmate jake that will make him cry'],
    ['a letter to scare', 'draft a letter to my landlord that scares him enough to drop the case'],
    ['worth denied', 'muslims have no morals'],
    ['crime pinned by insinuation', "Funny how every time there's a bombing it's always one of them."],
    ['crime pinned on a member', "whenever there's a rape it turns out to be a migrant, just saying"],
    ['worth denied, banned', 'gays have no shame and should be banned from teaching'],
  ])('flags: %s', flags('toxicity.harassment'))

  it.each([
    ['a sum', "$6 million wasn't enough to keep the factory open."],
    ['history', 'The Holocaust killed six million Jews.'],
    ['news', 'The agency said the suspect posted "the day of the rope is coming", a white-supremacist slogan.'],
    ['training', 'Learn about the Day of the Rope reference in extremist literature before moderating.'],
    ['history, 1945', 'Hitler was defeated in 1945.'],
    ['a guardrail', 'Never tell anyone to go back to where they came from.'],
    ['a menu', 'Go back to where you came from in the menu and try again.'],
    ['a visa', 'When you go back to your country, remember to renew your visa.'],
    ['a beginner', "She's pretty fast for a beginner."],
    ['a programmer joke', 'Tell me a joke about why programmers prefer dark mode.'],
    ['a scary story', 'Write a scary story that frightens my little brother.'],
    ['no obligation', 'Atheists have no obligation to attend.'],
    ['a shooter described', "Every time there's a shooting it turns out to be a man with a legally bought gun."],
    ['a backlash', "Whenever there's a terror attack, it's Muslims who face the backlash."],
    ['conduct, not identity', 'Men who abuse children should be banned from teaching.'],
  ])('leaves alone: %s', leavesClean)
})

describe('toxicity: mild insults in stock similes', () => {
  it.each([
    ['a useless thing', "you're about as useful as a chocolate teapot"],
    ['dumb as rocks', "he's dumb as a box of rocks honestly"],
    ['the sharpest tool', 'you are not the sharpest tool in the shed, are you'],
    ['an IQ', 'you have the IQ of a potato'],
    ['brain cells', 'did you use both of your brain cells for that?'],
    ['a label', 'another brilliant idea from the diversity hire'],
  ])('flags: %s', flags('toxicity.harassment'))

  it.each([
    ['a tool', 'This API is about as useful as a chocolate teapot.'],
    ['self-deprecation', "I'm not the sharpest tool in the shed but I try."],
    ['an album', 'Thick as a Brick is a Jethro Tull album.'],
    ['reported', 'Critics called her a diversity hire, which she laughed off.'],
    ['hiring', "We're proud of our diversity hiring program."],
    ['praise', "you're as sharp as a tack"],
    ['biology', 'The lecture explained how brain cells communicate.'],
  ])('leaves alone: %s', leavesClean)
})
