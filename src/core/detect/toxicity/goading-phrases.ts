// Goading someone toward self-harm or starvation, and urging others to beat someone up
// (twenty-seventh round, from the misses of the blind set tox42): "the world would honestly be
// better without you", "do us all a favor and go to sleep forever", "go play in traffic", "if I
// looked like you I'd ctrl+alt+delete myself", "you're not thin enough yet", "if you eat anything
// today you failed", "someone needs to beat the hell out of that kid", "knock her teeth out",
// "every cop deserves a brick to the face". The older self-harm phrases (harm-phrases.ts,
// menace-phrases.ts) needed these words with nothing between them; here an adverb may stand
// between ("honestly", "just"), and each phrase still names its target ("you", "him", "that kid")
// or is said to someone ("you're not thin enough"), so "we'd be better off without the legacy
// API" or "beat the hell out of the old record" never match. Phrases read the normalised words
// (normalise.ts: lowercase, no punctuation, "you'd" → "you d", "ctrl+alt+delete" → "ctrl alt
// delete"); policy phrases, so after a refusal, moderation or reported-speech cue ("never say
// …", "flag messages such as …", "he texted me …") they are a mention.
import { anchorAlternation } from '../literal-screen.js'
import type { PhraseEntry } from './lexicon.js'

const YOU = '(?:you|u|ya)'
/**
 * Words that may stand between the parts of a goading phrase without changing it, one word a
 * step: a star over overlapping alternatives ("so much" and "so") backtracks polynomially
 * (test/security/redos.test.ts).
 */
const ADVERB_WORD =
  '(?:honestly|genuinely|really|literally|truly|seriously|just|so|much|way|all|definitely|probably|actually|clearly|a|lot)'
const ADVERBS = `(?:${ADVERB_WORD} )*`
/** Who the goading says is better off: the world, everyone, "we". */
const BETTER_OFF =
  '(?:the world|this world|the planet|this planet|everyone|everybody|we|we all|society|your family|ur family|humanity)'
/** Who a favour is asked for. */
const FAVOURED = '(?:us|everyone|everybody|the world|humanity|your family|ur family|society)(?: all)?'
/** Ways of dying or vanishing for good a goading favour asks for. */
const GONE_FOR_GOOD =
  '(?:die|drop dead|disappear (?:permanently|forever|for good)|vanish (?:permanently|forever|for good)|go to sleep forever|sleep forever|never wake up|stop breathing|cease to exist|stop existing|end it all|end yourself|kill yourself|kys|unalive yourself|leave this world|leave this planet|jump off (?:a|the) (?:bridge|roof|cliff|building)|overdose|od|hang yourself|drink bleach)'
/** A self-killing the speaker says they would do in the target's place. */
const SELF_KILLING =
  '(?:(?:kill|killed|off|offed|hang|hanged|shoot|shot|unalive|unalived|delete|deleted|ctrl alt delete|ctrl alt deleted|uninstall|uninstalled) myself|(?:end|ended) (?:it|it all|my life|myself)|kms|(?:jump|jumped) off (?:a|the) (?:bridge|roof|cliff|building))'

/** Someone told to go and do it, or asked to by the crowd. */
const URGER = '(?:someone|somebody|anyone|anybody|y all|yall|you guys|u guys|we|one of you|some(?:one|body) here)'
const URGE = '(?:needs? to|should|has to|have to|gotta|got to|ought to|oughta|better|must|go|needs? to go|should go|pls|please)'
/** A person to beat: a pronoun, or "that/this/the" and a word for a person. */
const PERSON_NOUN =
  '(?:kid|guy|girl|dude|man|woman|boy|bitch|bastard|asshole|idiot|clown|loser|prick|cop|pig|teacher|ref|referee|creep|freak|snitch|rat|fool|punk|thug|ho|hoe|slut|whore|faggot|fag|fatass|nerd|weirdo)'
const TO_BEAT = `(?:him|her|them|${YOU}|his ass|her ass|their ass|their asses|(?:that|this|the|those|these) ${PERSON_NOUN}s?)`
/** Not bare "beat" ("we have to beat them on Saturday"), "shoot" (a photo) or "break" (a rival). */
const BEATING = '(?:beat up|stomp|curb stomp|jump|punch|smack|slap|knock out|shank|stab|pummel)'
const BEATEN = '(?:up|senseless|unconscious|to death|to a pulp|black and blue|bloody|half to death)'

export const GOADING_PHRASES: readonly PhraseEntry[] = [
  {
    // Goading toward self-harm with the words apart: "the world would honestly be better without
    // you", "do us all a favor and go to sleep forever", "go play in traffic", "just yeet yourself
    // off the planet", "if I were you I'd have ended it years ago", "go back to hurting yourself",
    // "nobody would even notice you're gone", "no one loves you and no one ever will".
    re: new RegExp(
      [
        `\\b${BETTER_OFF} (?:would|will|d|is|are) (?:(?:${ADVERB_WORD}|be) )*better (?:off )?without ${YOU}\\b`,
        `\\bdo ${FAVOURED} a (?:big |huge |massive )?favou?r and ${ADVERBS}(?:go )?${GONE_FOR_GOOD}\\b`,
        `\\bgo (?:play|run|walk|lie down|lay down|sleep) (?:in|on|into) (?:the )?(?:traffic|freeway|highway|motorway|train tracks|railroad tracks)\\b`,
        `\\b(?:yeet|throw|fling|launch) (?:yo)?urself off (?:a|the|this) (?:planet|earth|bridge|roof|cliff|building|balcony)\\b`,
        `\\buninstall (?:yo)?urself\\b`,
        `\\bif i (?:were|was|looked like|sounded like|had (?:your|ur) (?:face|life|body)) ${YOU} (?:i d|i would|id) (?:have |ve )?${ADVERBS}${SELF_KILLING}\\b`,
        // "If I were as fat and ugly as you I'd have ended it years ago."
        // Death celebrated: "everyone would throw a party if you died", "the day you die will be a holiday".
        `\\b(?:throw|have|hold) a (?:party|celebration) (?:if|when|the day) (?:you|u) (?:finally )?(?:die|died|dies|drop dead|dropped dead|killed yourself|kill yourself)\\b`,
        `\\bthe day (?:you|u) (?:die|drop dead) (?:will|would|is going to|should) be (?:a )?(?:national holiday|public holiday|holiday|the best day of my life)\\b`,
        `\\b(?:stop|quit) wasting (?:oxygen|sperm|everyone s oxygen)\\b`,
        // "Have you considered not existing?"
        `\\b(?:have you|ever|you should|maybe|why not|pls|please|just) (?:considered|consider|try|tried) not existing\\b`,
        `\\bif i (?:were|was|looked|sounded|acted) (?:as|that|so) (?:[a-z]{2,15} ){1,4}(?:as |like )?${YOU} (?:i d|i would|id) (?:have |ve )?${ADVERBS}${SELF_KILLING}\\b`,
        // "Everyone would be happier if you just disappeared for good."
        `\\b${BETTER_OFF} (?:would|will|d) (?:(?:${ADVERB_WORD}|be) ){0,4}(?:better off|happier|better|relieved|safer|glad) if ${YOU} (?:just |finally |simply )?(?:died|were dead|was dead|disappeared|vanished|were gone|was gone|killed yourself|ended it|weren t (?:here|around|alive|born)|wasn t (?:here|around|alive|born)|didn t exist|never existed|stopped existing|never woke up)\\b`,
        // Goaded on after saying so: "you feel suicidal? good. go through with it this time".
        `\\b(?:good|great|cool|fine|so|just|then|now|pls|please|lol|lmao|finally|ok|okay|yeah|well|go on|bro|mate|dude|seriously|honestly) (?:just |finally |actually )?go through with it (?:this time|already|for real|tonight|finally|then|you coward|coward)\\b`,
        `\\b(?:go back to|keep|keep on|start|try|go on) (?:hurting|cutting|starving|harming|burning) (?:yo)?urself\\b`,
        `\\b(?:nobody|no one|noone) (?:would|will|is going to|s going to|is gonna|gonna) (?:even |ever |really )?(?:notice (?:you re|youre|you are|ur|you were) gone|notice if (?:you|u) (?:died|were dead|were gone|disappeared)|miss (?:you|u|ya)|mourn (?:you|u)|cry (?:for|over) (?:you|u))\\b`,
        `\\b(?:no one|noone) (?:likes|loves|wants|cares about) ${YOU}\\b(?! (?:like|as much|more|the way|better))`,
      ].join('|'),
    ),
    anchor: new RegExp(
      [
        'without you|without u|without ya',
        'favour and|favor and',
        anchorAlternation(
          ['in ', 'on ', 'into '],
          ['', 'the '],
          ['traffic', 'freeway', 'highway', 'motorway', 'train tracks', 'railroad tracks'],
        ),
        'urself off',
        'uninstall',
        'if i were|if i was|if i looked|if i sounded|if i had|if i acted',
        'off if|happier if|better if|relieved if|safer if|glad if',
        'not existing',
        'a party if|a party when|a party the day|a celebration if|a celebration when|a celebration the day',
        'you die will|you die would|you die is|you die should|u die will|u die would|u die is|u die should|drop dead will|drop dead would|drop dead is|drop dead should',
        'wasting oxygen|wasting sperm|wasting everyone s oxygen',
        'through with it',
        anchorAlternation(['hurting', 'cutting', 'starving', 'harming', 'burning'], [' yourself', ' urself']),
        anchorAlternation(
          ['notice '],
          ['you re gone', 'youre gone', 'you are gone', 'ur gone', 'you were gone', 'if you', 'if u'],
        ),
        anchorAlternation(['miss ', 'mourn ', 'cry for ', 'cry over '], ['you', 'u', 'ya']),
        anchorAlternation(['no one ', 'noone '], ['likes', 'loves', 'wants', 'cares about']),
      ].join('|'),
    ),
    category: 'harassment',
    severity: 'high',
    policy: true,
  },
  {
    // Starvation pushed on someone (pro-eating-disorder "encouragement"): "you're not thin enough
    // yet", "if you eat anything today you failed us", "don't you dare eat today", "hunger is just
    // weakness leaving your body" (not "don't eat anything after midnight before surgery").
    re: new RegExp(
      [
        `\\b(?:you re|youre|you are|ur|u r|u re) (?:still |just |never )?not (?:thin|skinny|small|light) enough\\b`,
        `\\bif (?:you|u) eat (?:anything|something|today|tonight|at all|that|dinner|lunch|breakfast|again)(?: today| tonight| again)? (?:you (?:ve |have )?|u (?:ve )?)?(?:failed|fail|lose|lost|are weak|re weak|are disgusting|re disgusting|are a failure|re a failure|are pathetic|re pathetic|don t deserve)\\b`,
        `\\b(?:don t|dont|do not) (?:you )?dare (?:eat|eating)(?: anything| a thing| a bite)? (?:today|tonight|again|this week)\\b`,
        `\\bhunger is (?:just )?(?:weakness|the fat|fat) leaving (?:your|the|ur) body\\b`,
        `\\b(?:keep|go on|just) starving (?:yo)?urself\\b`,
      ].join('|'),
    ),
    anchor: new RegExp(
      [
        'thin enough|skinny enough|small enough|light enough',
        'you eat|u eat',
        'dare eat',
        'leaving your body|leaving the body|leaving ur body',
        'starving',
      ].join('|'),
    ),
    category: 'harassment',
    severity: 'high',
    policy: true,
  },
  {
    // Others urged to beat someone: "someone needs to beat the hell out of that kid", "somebody
    // knock her teeth out", "stomp him till he stops moving", "every cop deserves a brick to the
    // face", "don't let him leave without a broken jaw" (not "someone should beat the record").
    re: new RegExp(
      [
        `\\b${URGER} ${URGE} (?:go |just |fucking )?(?:${BEATING} ${TO_BEAT}|beat ${TO_BEAT} ${BEATEN})\\b`,
        `\\b(?:${URGER} ${URGE} |let s |lets |go |gonna |going to |ll |will |wanna |want to )(?:go )?beat the (?:hell|shit|crap|fuck|living daylights|snot|piss) out of ${TO_BEAT}\\b`,
        `\\bknock (?:his|her|their|your|ur) (?:fucking )?(?:teeth|lights) (?:out|in)\\b`,
        `\\b(?:curb |kerb )?stomp (?:him|her|them|${YOU}) (?:out|till|until|to death|into the ground|unconscious)\\b`,
        `\\bdeserves? (?:a|an) (?:brick|bat|bullet|fist|boot|knife|hammer|crowbar|punch|kick|pipe) (?:to|in|through|between|across) (?:the|his|her|their|your|ur) (?:face|head|skull|teeth|eyes|mouth|jaw|knees|kneecaps)\\b`,
        // "Don't let him leave without …" is part of the threat, not a refusal cue before it.
        `\\b(?:(?:don t|dont|do not) let (?:him|her|them) )?(?:leave|go|walk away|walk out|get away|go home) without a (?:broken|busted|smashed|bloody|shattered) (?:jaw|nose|face|arm|leg|ribs?|skull)\\b`,
      ].join('|'),
    ),
    anchor: new RegExp(
      [
        anchorAlternation(
          ['beat', 'stomp', 'jump', 'punch', 'smack', 'slap', 'knock out', 'shank', 'stab', 'pummel'],
          [
            ' him',
            ' her',
            ' them',
            ' you',
            ' u',
            ' ya',
            ' his ass',
            ' their ass',
            ' that ',
            ' this ',
            ' the ',
            ' those ',
            ' these ',
          ],
        ),
        'teeth out|teeth in|lights out|lights in',
        'deserve a |deserves a |deserve an |deserves an ',
        'without a broken|without a busted|without a smashed|without a bloody|without a shattered',
      ].join('|'),
    ),
    category: 'violence',
    severity: 'high',
    policy: true,
  },
]
