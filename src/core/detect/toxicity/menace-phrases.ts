// Menace in stock phrases, with no harm verb the older threat phrases read (twenty-third round,
// from the misses of the blind set tox37): "sleep with one eye open", "would be a shame if
// something happened to your kids", "you'll see what happens to snitches", "accidents happen to
// people who talk", "you're leaving on a stretcher", "your last week of feeling safe"; pressure
// to self-harm ("a rope is cheaper than therapy", "you'd be doing everyone a favour if you
// jumped", "cut deeper next time"); suffering wished on someone. Each is menace wherever it is
// said to or of someone, and names that someone or their own. Phrases read the words of a line
// (normalise.ts: lowercase, no punctuation, "you'll" → "you ll"); policy phrases, so after a
// refusal or reported-speech cue ("the accused told a neighbour …") they are a mention.
import { anchorAlternation } from '../literal-screen.js'
import type { PhraseEntry } from './lexicon.js'
import { POSSESSIVE as THEIR } from './threat-phrases.js'

const THEM = '(?:you|u|him|her|them)'
const KIN =
  '(?:kids|children|family|wife|husband|mom|mum|mother|dad|father|sister|brother|daughter|son|girlfriend|boyfriend|parents|baby)'
const WILL =
  '(?:i ll|i will|i m going to|im going to|i am going to|i m gonna|im gonna|we ll|we will|we re going to|we are going to)'

export const MENACE_PHRASES: readonly PhraseEntry[] = [
  {
    // Stock menace: "Sleep with one eye open, Jenna", "would be a shame if something happened to
    // your kids", "I'm always watching", "I will find you. …" (not "I'll find you a table", "it
    // would be a shame if something happened to the backups").
    re: new RegExp(
      [
        // At a line's start an order to someone ("Sleep with one eye open, Marco"), not advice for a
        // night ("Sleep with one eye open tonight: the meteor shower peaks at 3 a.m.").
        `^sleep with one eye open\\b(?! (?:tonight|this|these|when|if|because|during|until|for|at|while|on|in)\\b)`,
        `\\b(?:you|u|better|should|d|now|so|and|tonight) sleep with one eye open\\b`,
        `\\b(?:would|d) be a (?:shame|pity) if (?:something|anything) (?:bad )?(?:happened|were to happen|was to happen) to (?:${THEM}|${THEIR} ${KIN}|${THEIR} (?:car|house|home|dog|cat|face))\\b`,
        `\\b(?:would|d) be a (?:shame|pity) if (?:something|anything) (?:bad )?(?:happened|were to happen|was to happen) on (?:the|${THEIR}) (?:way|walk|drive|ride) home\\b`,
        `\\b(?:i m|im|i am|we re|we are) always watching(?=$| (?:you|u|and|so|lol|remember|don t|dont)\\b)`,
        `\\b(?:i|we) (?:ll|will) find (?:you|u)(?=$| (?:and|i|you|bitch|soon|eventually|wherever|no matter|trust me|mark my words|watch)\\b)`,
      ].join('|'),
    ),
    anchor: /one eye open|a shame if|a pity if|always watching|ll find you|ll find u|will find you|will find u/,
    category: 'violence',
    severity: 'high',
    policy: true,
  },
  {
    // What will happen, left unsaid: "you'll learn what happens to snitches", "keep posting and see
    // what happens to your face", "accidents happen to people who talk to the police", "you won't
    // walk away from this one", "enjoy your last week of feeling safe".
    re: new RegExp(
      [
        `\\b(?:see|find out|learn|know|remember|show (?:you|u|him|her|them|ya)|teach (?:you|u|him|her|them|ya)) what happens to (?:snitches|rats|liars|people like you|girls like you|guys like you|people who talk|those who talk|anyone who talks)\\b`,
        `\\bsee what happens to ${THEIR} (?:face|car|house|home|kids|family|dog|cat|teeth|legs)\\b`,
        `\\baccidents (?:happen|can happen|tend to happen) to (?:people|those|anyone|girls|guys|snitches|rats) (?:who|that|like you)\\b`,
        `\\b(?:you|u) (?:won t|wont|will not) (?:walk|get|come) away from this(?=$| (?:one|i|alive|in one piece|unscathed|unharmed|time)\\b)`,
        `\\b${THEIR} last (?:week|day|days|night|month|year) of (?:feeling safe|being safe|breathing|living|peace|walking)\\b`,
        `\\b(?:you re|youre|you are|you ll be|you will be|u re|ur) (?:leaving|going home|going out|coming out|carried out|getting carried out) (?:on a stretcher|in an ambulance|in a body bag|in a box)\\b`,
        `\\b${THEIR} ${KIN} (?:is|are) (?:going to|gonna) (?:get|receive) a (?:little |friendly |surprise )?visit\\b`,
        `\\b${THEIR} ${KIN} (?:starts|start|will start|ll start) paying\\b`,
        `\\b${WILL} make (?:every day of )?${THEIR} (?:life|lives) (?:a )?(?:living )?hell\\b`,
        // A pile-on called for (thirty-first round, from tox48): "let's all report her account and flood
        // her DMs until she quits", "make her life hell, she deserves it" (an order: not "bad managers make
        // your life hell").
        `(?:^|\\b(?:let s|lets|let us|we should|we need to|we gotta|everyone|everybody|y all|yall|guys|and|so|just|go) )(?:all )?make (?:his|her|their|this (?:guy s|girl s|woman s|man s)) (?:life|lives) (?:a )?(?:living )?hell\\b`,
        `\\b(?:flood|spam|bomb|blow up|swarm|fill) (?:his|her|their) (?:dms|inbox|mentions|replies|comments|notifications|phone) (?:until|till|til) (?:she|he|they) (?:quits|leaves|deletes|gives up|breaks|cries|kills)\\b`,
        `\\bi (?:have|ve got|got|know) ${THEIR} (?:name and (?:${THEIR} )?)?(?:plate number|license plate|licence plate|number plate)\\b`,
      ].join('|'),
    ),
    anchor: new RegExp(
      [
        anchorAlternation(
          ['what happens to '],
          [
            'snitches',
            'rats',
            'liars',
            'people like',
            'girls like',
            'guys like',
            'people who talk',
            'those who talk',
            'anyone who talks',
          ],
        ),
        anchorAlternation(['happens to '], ['your ', 'ur ', 'his ', 'her ', 'their ']),
        'accidents happen|accidents can happen|accidents tend to happen',
        'away from this',
        'last week of|last day of|last days of|last night of|last month of|last year of',
        'on a stretcher|in an ambulance|in a body bag|in a box',
        'a visit|little visit|friendly visit|surprise visit',
        'start paying|starts paying',
        'living hell|life hell|lives hell|life a hell|lives a hell',
        'until she|until he|until they|till she|till he|till they|til she|til he|til they',
        'plate number|license plate|licence plate|number plate',
      ].join('|'),
    ),
    category: 'violence',
    severity: 'high',
    policy: true,
  },
  {
    // Pressure to self-harm: "a rope is cheaper than therapy", "cut deeper next time", "idk why
    // ur still alive", "you'd be doing your kids a favour if you jumped".
    re: new RegExp(
      [
        `\\b(?:a )?rope is cheaper than (?:therapy|a therapist|rehab|meds|medication)\\b`,
        `\\bcut (?:deeper|harder) next time\\b`,
        `\\b(?:why|idk why|i don t know why|i dont know why|dunno why) (?:are )?(?:you|u|ur|you re|youre) (?:are )?still (?:alive|breathing)\\b`,
        `\\b(?:you d|you would|u d|u would|youd) be doing (?:everyone|everybody|us all|us|the world|all of us|${THEIR} (?:family|kids|children|parents|mom|mum|friends)) a favou?r (?:if (?:you|u) (?:just )?|by (?:just )?)(?:jumped|jumping|died|dying|ended it|ending it|killed yourself|killing yourself|disappeared|disappearing|stopped breathing|left this world|leaving this world|offed yourself)\\b`,
      ].join('|'),
    ),
    anchor: new RegExp(
      [
        'cheaper than',
        'deeper next time|harder next time',
        'still alive|still breathing',
        anchorAlternation(['a favour ', 'a favor '], ['if ', 'by ']),
      ].join('|'),
    ),
    category: 'harassment',
    severity: 'high',
    policy: true,
  },
  {
    // Suffering or death wished: "I wish nothing but slow, painful suffering on you", "I hope
    // someone puts you in the ground", "the world would be a better place if your mother had never
    // had you" (not "I wish no suffering on anyone").
    re: new RegExp(
      [
        `\\b(?:wish|hope|pray for|wishing|hoping) (?:nothing but )?(?:(?:a )?(?:slow|painful|endless|long|lifetime of|life of|world of) ){0,3}(?:suffering|pain|misery|agony|torment|death) (?:on|upon|for|to) (?:${THEM}|${THEIR})\\b`,
        `\\b(?:hope|wish) (?:someone|somebody) (?:puts|put|will put|finally puts) ${THEM} (?:in the ground|six feet under|in a box|in a coffin|in the hospital|in a wheelchair)\\b`,
        `\\bbetter place if ${THEIR} (?:mother|mom|mum|parents|dad|father) (?:had )?never had ${THEM}\\b`,
        `\\bbetter place (?:without|with no) (?:you|u|people like you) in it\\b`,
      ].join('|'),
    ),
    anchor: new RegExp(
      [
        'suffering on|suffering upon|suffering for|suffering to|pain on|pain upon|pain for|pain to|misery on|misery upon|misery for|misery to|agony on|agony upon|agony for|agony to|torment on|torment upon|torment for|torment to|death on|death upon|death for|death to',
        'in the ground|six feet under|in a box|in a coffin|in the hospital|in a wheelchair',
        'better place if|better place without|better place with no',
      ].join('|'),
    ),
    category: 'violence',
    severity: 'high',
    policy: true,
  },
]
