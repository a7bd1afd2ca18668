// Threats, incitement to self-harm and direct insults phrased without a listed word: "I'm
// going to break your legs", "watch your back", "go drink bleach", "you don't deserve to
// live", "you are a complete waste of space". Each names its target ("you", "your", a third
// person) and a harm that cannot be read innocently, so "break the news", "break a leg" and
// "watch your back posture" never match. Policy phrases: after a refusal or reported-speech cue
// ("if a user says … ", "never write …") they are a mention.
import { anchorAlternation } from '../literal-screen.js'
import type { PhraseEntry } from './lexicon.js'

const OBJECTS = ['you', 'u', 'him', 'her', 'them', 'your']
const OWNERS = [' your', ' ur', ' his', ' her', ' their']

const TARGET = '(?:you|u|him|her|them|your (?:family|kids|children|wife|husband|mom|mother|dad|father|sister|brother))'
const POSSESSIVE = '(?:your|ur|his|her|their)'
const BODY = '(?:legs?|arms?|neck|face|jaw|skull|head|teeth|bones|nose|fingers|knees|ribs|spine)'
const WILL =
  '(?:i ll|i will|i m going to|im going to|i am going to|i m gonna|im gonna|i ma|we ll|we will|we re going to|we are going to|gonna)'

export const THREAT_PHRASES: readonly PhraseEntry[] = [
  {
    // Bodily harm announced: "I'm going to break your legs", "we will smash your face in".
    re: new RegExp(
      `\\b${WILL} (?:break|smash|bash|snap|cave|kick|punch|slice|cut|rip|tear|beat) ${POSSESSIVE} (?:fucking |stupid |ugly )?${BODY}\\b|\\b(?:bash|smash|kick|cave|beat) ${POSSESSIVE} (?:fucking |stupid |ugly )?(?:head|face|skull|teeth) in\\b`,
    ),
    anchor: new RegExp(
      anchorAlternation(
        ['break', 'smash', 'bash', 'snap', 'cave', 'kick', 'punch', 'slice', 'cut', 'rip', 'tear', 'beat'],
        OWNERS,
      ),
    ),
    category: 'violence',
    severity: 'high',
    policy: true,
  },
  {
    // Veiled and stock threats: "watch your back", "you'll pay for this", "you won't live to see …".
    re: new RegExp(
      `\\bwatch (?:your|ur) back(?! (?:posture|muscles|pain|form|while|when|during))\\b|\\b(?:you ll|you will|u ll|u will) (?:pay for (?:this|that|what you (?:did|said))|regret (?:this|that|it|the day|ever|crossing me|messing with me)(?! recipe)|be sorry|never walk again|wish you (?:were|had never been) (?:dead|born))\\b|\\b(?:you|u) (?:won t|will not|wont) (?:live|survive) (?:to see|long|the night|another day|through)\\b|\\b${WILL} (?:make ${TARGET} (?:pay|suffer|bleed|regret)|hurt ${TARGET}|end ${TARGET}|destroy ${TARGET}|ruin ${POSSESSIVE} life|put ${TARGET} in (?:the|a) (?:hospital|grave|ground|coffin|body bag)|hunt down ${TARGET}|come for ${TARGET})\\b|\\b(?:someone|somebody|they) should (?:put a bullet (?:in|through)|teach (?:you|him|her|them) a lesson|put (?:you|him|her|them) down|shut (?:you|him|her|them) up for good)\\b|\\bput a bullet (?:in|through) ${POSSESSIVE}\\b|\\b(?:hope|wish) (?:you|he|she|they) (?:gets?|receives?) what (?:s|is) coming\\b`,
    ),
    // Literals close to the phrase: "make", "end", "put" alone would pass most prompt lines.
    anchor: new RegExp(
      [
        'watch your back|watch ur back|be sorry|walk again|wish you were|wish you had never|hunt down|put a bullet|up for good|what s coming|what is coming',
        anchorAlternation(['pay for '], ['this', 'that', 'what']),
        anchorAlternation(['regret '], ['this', 'that', 'it', 'the day', 'ever', 'crossing', 'messing']),
        anchorAlternation(['live ', 'survive '], ['to see', 'long', 'the night', 'another day', 'through']),
        anchorAlternation(OBJECTS, [' pay', ' suffer', ' bleed', ' regret']),
        anchorAlternation(
          ['hurt ', 'end ', 'destroy ', 'come for '],
          ['you ', 'u ', 'him ', 'her ', 'them ', 'your family', 'your kids', 'your children'],
        ),
        anchorAlternation(['ruin'], OWNERS, [' life']),
        anchorAlternation([' in the ', ' in a '], ['hospital', 'grave', 'ground', 'coffin', 'body bag']),
        anchorAlternation(['teach ', 'put '], ['you', 'him', 'her', 'them'], [' a lesson', ' down']),
      ].join('|'),
    ),
    category: 'violence',
    severity: 'high',
    policy: true,
  },
  {
    // Death foretold: "you'll never walk out of here alive", "you'll end up in a ditch",
    // "someone needs to put you six feet under", "I'll gut you like a fish" (not "you'll end up
    // in the hospital's car park", "trust your gut; you …").
    re: /\b(?:you|u) (?:[a-z]{1,12} ){0,3}?(?:never|not|won t|wont|will not|don t) (?:walk|get|make it|come|leave|go)(?: [a-z]{1,12}){0,5}? alive\b|\b(?:you|u)(?: ll| will| re going to| are going to| gonna)? end up (?:in|at) (?:a |the )?(?:ditch|body bag|morgue|grave|coffin|river)\b|\bput (?:you|u|him|her|them) six feet under\b|\b(?:you|u)(?: ll| will| re going to| are going to| gonna) be six feet under\b|\b(?:gut|skin|bury|burn) (?:you|u|him|her|them) (?:alive|like a (?:fish|pig|deer|dog))\b/,
    anchor: / alive|end up in|end up at|six feet under|like a fish|like a pig|like a deer|like a dog/,
    category: 'violence',
    severity: 'high',
    policy: true,
  },
  {
    // Stock menace without a harm verb: "you'd better sleep with one eye open", "I'm coming for
    // you [tonight]" (not "coming for you at 9 to help"), "I know your home address" (not "I know
    // your address is on file").
    re: /\b(?:you d|you had|you ll|you will|you should|better) (?:better )?sleep with one eye open\b|\b(?:i m|im|i am|we re|we are) coming for (?:you|u|your family|your kids)(?=$| (?:tonight|soon|next|now|and|so|bitch|watch|run|hide|better|you))|\bi know (?:your (?:home )?address|where your (?:kids|family|children|wife|husband|mom|mother) (?:live|lives|go to school|sleep|are))(?! (?:is|was|has|from|on|in our))\b/,
    anchor: /one eye open|coming for |know your address|know your home address|know where your /,
    category: 'violence',
    severity: 'high',
    policy: true,
  },
  {
    // Incitement to self-harm: "go drink bleach", "you don't deserve to live", "slit your wrists".
    re: /\b(?:go |just )?(?:drink|swallow) (?:some )?bleach\b|\bslit (?:your|ur) wrists\b|\b(?:you|u) (?:don t|do not|dont) deserve to (?:live|exist|be alive|breathe)\b|\b(?:you|u) should (?:have been|ve been|of been) aborted\b|\b(?:you|u) (?:d|would|are|re) (?:be )?better off dead\b|\bwhy (?:don t|dont) (?:you|u) (?:just )?(?:die|disappear|end it|end your life|off yourself)\b|\bno one (?:wants|needs) (?:you|u) (?:alive|around|here|anymore)\b|\bjust end it already\b|\b(?:cut|hurt|starve|burn) (?:yourself|urself) (?:again|more|deeper|harder)\b|\b(?:you|u) deserve (?:the|this|that|all the|all this) pain\b/,
    anchor:
      /bleach|wrists|deserve to live|deserve to exist|deserve to be alive|deserve to breathe|aborted|better off dead|u die|u disappear|u just die|u just disappear|end it|end your life|off yourself|one wants|one needs|self again|self more|self deeper|self harder|deserve the pain|deserve this pain|deserve that pain|deserve all the pain|deserve all this pain/,
    category: 'harassment',
    severity: 'high',
    policy: true,
  },
  {
    // An insult with an intensifier between: "you are a complete waste of space", "you're a f***ing idiot".
    re: /\b(?:you|u) (?:are|re|r) (?:a |an |such a |such an )?(?:fucking|fuckin|fking|fcking|fkn|freaking|effing|stupid|dumb|complete|total|absolute|utter|pathetic|worthless|little|brainless|useless) (?:fucking |fuckin |fking |fcking |stupid |dumb |little )?(?:idiot|moron|imbecile|loser|failure|bastard|bitch|cunt|asshole|dickhead|disgrace|piece of (?:shit|crap|garbage|trash)|waste of (?:space|oxygen|air|skin))s?\b/,
    anchor: /idiot|moron|imbecile|loser|failure|bastard|bitch|cunt|asshole|dickhead|disgrace|piece of|waste of/,
    category: 'harassment',
    severity: 'medium',
    policy: true,
  },
]
