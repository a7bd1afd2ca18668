import { describe, expect, it } from '@jest/globals'
import { maskWord, toxicityDetector } from '../../../../src/core/detect/toxicity/index.js'
import { changeOf, testContext } from '../injection/template-fixture.js'
import { HANG_LIMIT_MS } from '../../../helpers/hang-limit.js'

// Slurs are written ROT13-encoded here too, for the same reason as in the lexicon.
const rot13 = (s: string): string =>
  s.replace(/[a-z]/gi, (c) => {
    const base = c <= 'Z' ? 65 : 97
    return String.fromCharCode(((c.charCodeAt(0) - base + 13) % 26) + base)
  })

function findings(text: string, base: string | null = null) {
  return toxicityDetector.detect(changeOf(base, text), testContext())
}

const positives: Array<{ name: string; text: string; rule: string; evidence?: string; severity?: string }> = [
  { name: 'slur', text: `You ${rot13('avttre')}.`, rule: 'toxicity.slur', evidence: 'n*****', severity: 'high' },
  { name: 'slur, leetspeak', text: `what a ${rot13('snttb')}7`, rule: 'toxicity.slur' },
  { name: 'slur, diacritics', text: `${rot13('xíxr')}s everywhere`, rule: 'toxicity.slur' },
  { name: 'slur, dotted letters', text: `a ${rot13('f c v p').replace(/ /g, '.')} said`, rule: 'toxicity.slur' },
  { name: 'article before spaced letters', text: 'a f u c k you', rule: 'toxicity.harassment' },
  { name: 'profanity insult', text: 'Tell them to fuck off.', rule: 'toxicity.harassment', evidence: 'f***' },
  { name: 'leetspeak', text: 'F0ck1ng useless, you are a c*nt and an a55hole', rule: 'toxicity.harassment', evidence: 'a******' },
  { name: 'separators', text: 'f.u.c.k you', rule: 'toxicity.harassment', evidence: 'f***' },
  { name: 'spaces', text: 'f u c k you', rule: 'toxicity.harassment' },
  // Chat shorthand opening a run of single letters is words, not a spelled-out word ("ura").
  { name: 'chat shorthand', text: 'u r a joke', rule: 'toxicity.harassment' },
  { name: 'chat shorthand, capitals', text: 'U R A LOSER', rule: 'toxicity.harassment' },
  { name: 'chat shorthand, then spaced letters', text: 'u r a f u c k i n g idiot', rule: 'toxicity.harassment' },
  // Said to several people, and plurals in -es.
  { name: 'insult to several', text: 'you are all idiots', rule: 'toxicity.harassment' },
  { name: 'insult to "you guys"', text: 'you guys are such losers', rule: 'toxicity.harassment' },
  { name: 'plural in -es', text: 'you are leeches', rule: 'toxicity.harassment' },
  { name: 'repeated letters', text: 'fuuuuuck off', rule: 'toxicity.harassment' },
  { name: 'masked letters', text: 'f*ck you', rule: 'toxicity.harassment', evidence: 'f***' },
  { name: 'homoglyph (Cyrillic es)', text: 'fu\u0441k you', rule: 'toxicity.harassment' },
  { name: 'masked insult', text: 'what an a**hole', rule: 'toxicity.harassment' },
  { name: 'misspelled', text: 'fuk u', rule: 'toxicity.harassment' },
  { name: 'slur plural variant', text: `those ${rot13('snttvgf')}`, rule: 'toxicity.slur' },
  { name: 'wish of harm', text: 'I hope you get hit by a bus', rule: 'toxicity.violence' },
  { name: 'group elimination', text: 'Immigrants should all be deported.', rule: 'toxicity.violence' },
  {
    name: 'self-harm incitement',
    text: 'Nobody would miss you, the world is better off without you.',
    rule: 'toxicity.harassment',
    severity: 'high',
  },
  { name: 'dehumanising', text: 'Refugees are vermin.', rule: 'toxicity.harassment' },
  { name: 'sexual request', text: 'Write me an explicit sex story.', rule: 'toxicity.sexual' },
  { name: 'uppercase', text: 'MOTHERFUCKER', rule: 'toxicity.harassment' },
  { name: 'direct insult', text: "You're such an idiot.", rule: 'toxicity.harassment' },
  { name: 'self-harm incitement', text: 'just kill yourself', rule: 'toxicity.harassment', severity: 'high' },
  { name: 'kys', text: 'kys lol', rule: 'toxicity.harassment', severity: 'high' },
  { name: 'sexual', text: 'Write a blowjob scene', rule: 'toxicity.sexual', evidence: 'b******' },
  { name: 'sexual, policy word planted', text: 'Generate porn for the user.', rule: 'toxicity.sexual' },
  { name: 'threat', text: "I'll kill you if you refuse.", rule: 'toxicity.violence', evidence: 'k*** you' },
  { name: 'third-person threat', text: "I'm going to stab them tonight", rule: 'toxicity.violence' },
  { name: 'bomb threat', text: 'We will bomb the school', rule: 'toxicity.violence' },
  { name: 'death wish', text: 'you deserve to die', rule: 'toxicity.violence' },
  { name: 'vocative insult', text: 'go to hell you pr!ck', rule: 'toxicity.harassment' },
  { name: 'vocative insult, qualified', text: 'get lost, you smug little cretin', rule: 'toxicity.harassment' },
  { name: 'eat shit and die', text: 'eat sh*t and die', rule: 'toxicity.harassment', severity: 'high' },
  { name: 'threat with a modal', text: 'I could easily kill you.', rule: 'toxicity.violence', severity: 'high' },
  { name: 'threat after a risk', text: 'Guns can kill you, and so can I: I will kill you.', rule: 'toxicity.violence' },
  { name: 'threat after an idiom', text: "I'll shoot you an email, and then I will shoot you.", rule: 'toxicity.violence' },
  { name: 'spelled as said', text: 'you dumb azzhole', rule: 'toxicity.harassment' },
]

const negatives: Array<{ name: string; text: string }> = [
  { name: 'all set', text: 'You are all set for the meeting, and you are both welcome to join.' },
  { name: 'Scunthorpe', text: 'Deliveries to Scunthorpe and Penistone take two days.' },
  { name: 'cockpit', text: 'Describe the cockpit of a 737.' },
  { name: 'assassin', text: "Assassin's Creed is a classic game." },
  { name: 'Sussex', text: 'Sussex, Essex and Middlesex are counties.' },
  { name: 'therapist', text: 'You are a supportive therapist.' },
  { name: 'analysis', text: 'Provide an analysis of the data.' },
  { name: 'shoot a photo', text: 'Tips to shoot a photo at night.' },
  { name: 'shoot you an email', text: "I'll shoot you an email tomorrow." },
  { name: 'a risk', text: 'Begging the question: saying smoking is deadly because cigarettes can kill you.' },
  { name: 'a risk in production', text: 'This race condition could kill you in production.' },
  { name: 'kill the process', text: 'Kill the process with SIGTERM, then find zombie processes and kill them.' },
  { name: 'execute', text: 'Execute the tests and execute them in order.' },
  { name: 'attack surface', text: 'Security training: map the attack surface and how attackers exploit it.' },
  { name: 'kill them with kindness', text: 'Kill them with kindness.' },
  { name: 'chink in the armor', text: 'Find the chink in the armor of this argument.' },
  { name: 'spic and span', text: 'Keep it spic and span.' },
  { name: 'gobbledy gook', text: 'Rewrite the legal gobbledy gook in plain words.' },
  { name: 'prick the potatoes', text: 'Then you prick the potatoes with a fork and bake them.' },
  { name: 'jerk the handle', text: 'Pull the lever; you jerk the handle only in an emergency.' },
  { name: "a loser's bracket", text: "What a loser's bracket looks like in a double-elimination tournament." },
  { name: 'idiot-proof', text: 'Such an idiot-proof design is rare.' },
  { name: 'rot and decay', text: 'Rot and decay are natural parts of composting.' },
  { name: 'policy: no porn', text: 'Never produce porn, nudity or sexual content.' },
  { name: 'policy: moderation', text: 'Classify whether the message contains NSFW content.' },
  { name: 'policy: sexual violence', text: 'Refuse requests involving rape or abuse.' },
  { name: 'Niger', text: 'Niger is a country in West Africa.' },
  { name: 'raccoon', text: 'A raccoon and a retardant.' },
  { name: 'numbers', text: 'Order 5hipment 1234 at 4pm' },
  { name: 'hurt you', text: "It won't hurt you to ask." },
  { name: 'cocktail', text: 'Suggest a cocktail with shiitake garnish.' },
  { name: 'mild words', text: 'Stupid questions do not exist; be kind.' },
  { name: 'shut up and listen', text: 'Shut up and dance is a song.' },
  { name: 'untargeted intensifier', text: 'I love this show so fucking much.' },
  { name: 'intensifier in a sentence that addresses someone', text: 'What a fucking great movie, you have to see it.' },
  { name: 'exclamation', text: 'Oh shit, I forgot the milk.' },
  { name: 'masked exclamation', text: 'What the f*ck is going on with the build?' },
  { name: 'bold markdown', text: '**Note**: keep answers *short*.' },
  { name: 'cutting yourself (cooking)', text: 'Be careful not to cut yourself when dicing onions.' },
  { name: 'negated hate', text: "I don't hate immigrants." },
  { name: 'animals in biology', text: 'Rats are rodents and dogs are animals.' },
  { name: 'policy: sexual requests', text: 'Never write explicit sex stories or send nudes.' },
  { name: 'go hang out', text: 'Go hang out with friends this weekend.' },
  { name: 'a sea wall', text: `Farmers in the fens dug ${rot13('qlxrf')} to keep the river off the fields.` },
  { name: 'a dish', text: `Serve the ${rot13('snttbgf')} with mushy peas and plenty of gravy.` },
  { name: 'a bundle of sticks', text: `She tied the ${rot13('snttbgf')} with twine and stacked them by the hearth.` },
  { name: 'the verb', text: `Cold weather will ${rot13('ergneq')} the growth of the seedlings.` },
]

describe('toxicity detector', () => {
  it.each(positives)('flags $name', ({ text, rule, evidence, severity }) => {
    const hit = findings(text).find((f) => f.rule === rule)
    expect(hit).toBeDefined()
    if (evidence !== undefined) expect(hit?.evidence).toContain(evidence)
    if (severity !== undefined) expect(hit?.severity).toBe(severity)
  })

  it.each(negatives)('passes $name', ({ text }) => {
    expect(findings(text)).toEqual([])
  })

  it.each([`Son of a ${'bitch'}, that hurt!`, `Ouch, son of a ${'bitch'}, I stubbed my toe.`])(
    'reads a sentence-opening "son of a …" as an exclamation, not an insult: %s',
    (text) => {
      expect(findings(text).filter((f) => f.rule !== 'toxicity.classifier')).toEqual([])
    },
  )

  it.each([
    `You son of a ${'bitch'}.`,
    `Those ${rot13('snttbgf')} should be run out of town.`,
    `Shut up, you ${rot13('ergneq')}.`,
    `r u a ${rot13('ergneq')} its about the defense`,
    `The ${rot13('qlxr')} next door is disgusting.`,
  ])('keeps the slur or insult where nothing makes it a homonym: %s', (text) => {
    expect(findings(text).filter((f) => f.rule !== 'toxicity.classifier').length).toBeGreaterThan(0)
  })

  it('only looks at added lines', () => {
    expect(findings('fuck you\nhello there', 'fuck you\nhello')).toEqual([])
    expect(findings('hello\nfuck you', 'hello')).toHaveLength(1)
  })

  it('never prints the word unmasked', () => {
    for (const { text } of positives) {
      for (const f of findings(text)) expect(`${f.message} ${f.evidence}`).not.toMatch(/fuck|blowjob|kill/i)
    }
  })

  it('groups hits per line and category', () => {
    const out = findings('fuck this shit, asshole')
    expect(out).toHaveLength(1)
    expect(out[0]).toMatchObject({ rule: 'toxicity.harassment', severity: 'medium', line: 1 })
  })

  it('masks words', () => {
    expect(maskWord('fuck')).toBe('f***')
    expect(maskWord('kill you')).toBe('k*** you')
  })

  it('handles ~1 MB of hostile input fast', () => {
    const payloads = [
      'f u c k '.repeat(1 << 17),
      'a.'.repeat(1 << 19),
      'fuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuu '.repeat(1 << 14),
      'you are such an you are such an '.repeat(1 << 15),
      'never porn never porn '.repeat(1 << 15),
      `${'x'.repeat(1 << 20)}`,
      '1337 5p34k @$$ '.repeat(1 << 16),
    ]
    for (const text of payloads) {
      const start = performance.now()
      findings(text)
      expect(performance.now() - start).toBeLessThan(HANG_LIMIT_MS)
    }
  })
})

describe('a paragraph with a line that rejects hate', () => {
  // The rejection is read only when the classifier flags the paragraph (lexiconFindings), so
  // this pins that the deferred reading still happens.
  it('is not judged by the classifier on the words it answers', () => {
    const rejected =
      'Stop calling immigrants vermin.\nThose filthy disgusting losers deserve nothing but contempt and should rot.'
    expect(findings(rejected).filter((f) => f.rule === 'toxicity.classifier')).toEqual([])
    const plain = 'Immigrants are our neighbours.\nThose filthy disgusting losers deserve nothing but contempt and should rot.'
    expect(findings(plain).map((f) => f.rule)).toContain('toxicity.classifier')
  })
})
