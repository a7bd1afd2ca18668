// Threats, incitement to self-harm and direct insults phrased without a listed word: "I'm
// going to break your legs", "watch your back", "go drink bleach", "you don't deserve to
// live", "you are a complete waste of space". Each names its target ("you", "your", a third
// person) and a harm that cannot be read innocently, so "break the news", "break a leg" and
// "watch your back posture" never match. Policy phrases: after a refusal or reported-speech cue
// ("if a user says … ", "never write …") they are a mention.
import { anchorAlternation } from '../literal-screen.js'
import type { PhraseEntry } from './lexicon.js'
import { SPORTS_FIXTURE_NEXT } from './sports.js'

const OWNERS = [' your', ' ur', ' his', ' her', ' their']

const RELATIVES = ['family', 'kids', 'children', 'wife', 'husband', 'mom', 'mother', 'dad', 'father', 'sister', 'brother']
const TARGET = `(?:you|u|him|her|them|your (?:${RELATIVES.join('|')}))`
/** TARGET's words as anchor literals. */
const TARGET_WORDS = ['you', 'u', 'him', 'her', 'them', ...RELATIVES.map((r) => `your ${r}`)]
export const POSSESSIVE = '(?:your|ur|his|her|their)'
const BODY = '(?:legs?|arms?|neck|face|jaw|skull|head|teeth|bones|nose|fingers|knees|ribs|spine)'
const WILL =
  '(?:i ll|i will|i m going to|im going to|i am going to|i m gonna|im gonna|i ma|we ll|we will|we re going to|we are going to|gonna)'

/**
 * Nouns that insult whoever they are said of, rare in prompt text as they stand: each word, and
 * "waste of" / "piece of", is its own screen literal.
 */
const INSULT_WORDS = [
  ...['idiot', 'moron', 'imbecile', 'cretin', 'dumbass', 'dunce', 'buffoon', 'halfwit', 'dimwit', 'nitwit', 'numbskull'],
  ...['bonehead', 'airhead', 'dipshit', 'jackass', 'scumbag', 'dirtbag', 'shitstain', 'lowlife', 'degenerate', 'asshole'],
  ...['arsehole', 'dickhead', 'douchebag', 'douche', 'wanker', 'tosser', 'twat', 'bastard', 'bitch', 'cunt', 'prick'],
  ...['loser', 'disgrace', 'coward', 'hypocrite', 'weasel', 'parasite', 'leech', 'scum', 'fatass', 'embarrassment'],
]
const INSULT_NOUN = `${INSULT_WORDS.join('|')}|waste of (?:a )?(?:space|oxygen|air|skin|salary|sperm|breath|human being)|piece of (?:shit|crap|garbage|trash|filth)`
const INSULT_ANCHOR = [...INSULT_WORDS, 'waste of', 'piece of'].join('|')
/**
 * …and these are common words as well ("a joke", "pigment", "creep in"), so they count only right
 * after "you are a/an/such a …", whose words with the noun are the screen's literals.
 */
const COMMON_INSULT_NOUN = ['clown', 'fraud', 'snake', 'freak', 'creep', 'pig', 'failure', 'joke']
/** What may follow such a noun when it ends its clause ("you're a fraud and everyone knows it"); not a noun ("a joke critic"). */
const CLAUSE_GOES_ON =
  '(?:and|or|but|who|that|like|lol|haha|lmao|i|you|we|nobody|everyone|everybody|because|so|honestly|seriously|period|just|get|go|shut|stop|admit|too|as|stay|leave|never|always)'
const BEFORE_COMMON_NOUN = ['a ', 'an ', 'such a ', 'such an ', 'the biggest ', 'one big ']

/** A word that describes: an adjective's ending, or a common one without it. */
const DESCRIBING =
  '(?:[a-z]{2,14}(?:ing|ed|less|ous|ful|y|ic|ive|ent|ant|able|ible|ish|al|id)|absolute|complete|total|utter|little|big|fat|ugly|dumb|sad|smug|filthy|sorry|two faced|fucking|fkn|damn|goddamn|bloody|useless|worthless)'
/** A vocative's describing word: no "-ing" verb ("you feeding pigs"), no "-y" adverb-like word. */
const VOCATIVE_DESCRIBING =
  '(?:[a-z]{2,14}(?:less|ous|ful|ish|id)|absolute|complete|total|utter|little|big|fat|ugly|dumb|stupid|sad|smug|filthy|dirty|slimy|sniveling|snivelling|miserable|pathetic|disgusting|insufferable|incompetent|ignorant|arrogant|brainless|two faced|fucking|fkn|damn|goddamn|bloody)'
/** Nouns after which an insult noun is a modifier instead ("a loser fan", "a coward show"). */
const NOUN_AFTER =
  '(?:poison|trap|traps|race|farm|farmer|farmers|latin|costume|costumes|show|car|fish|school|nose|makeup|collector|truck|bin|can|fan|fans|pen|pit|skin|iron|tail|tails)\\b'
/** …or a verb with its object ("you rat me out", "you pig out on"), after a vocative. */
const OBJECT_AFTER = '(?:out|in|on|up|me|us|the|a|an|it|them|him|her|your|my|his|our|their|this|that)\\b'

export const THREAT_PHRASES: readonly PhraseEntry[] = [
  {
    // Bodily harm announced: "I'm going to break your legs", "we will smash your face in".
    re: new RegExp(
      `\\b${WILL} (?:break|smash|bash|snap|cave|kick|punch|slice|cut|rip|tear|beat) (?:both |all |every one of )?${POSSESSIVE} (?:fucking |stupid |ugly )?${BODY}\\b|\\b(?:bash|smash|kick|cave|beat) ${POSSESSIVE} (?:fucking |stupid |ugly )?(?:head|face|skull|teeth) in\\b|\\b(?:${WILL}|i d|id|i would) (?:break|snap|crack|smash) every (?:single )?bone in ${POSSESSIVE} (?:fucking |stupid |ugly )?(?:body|face|hand|hands|head|skull|leg|legs|arm|arms)\\b|\\b(?:i d|id|i would) (?:break|smash|bash|snap|cave|punch|rip|tear|beat) (?:both |all |every one of )?${POSSESSIVE} (?:fucking |stupid |ugly )?${BODY}\\b`,
    ),
    anchor: new RegExp(
      anchorAlternation(
        ['break', 'smash', 'bash', 'snap', 'cave', 'kick', 'punch', 'slice', 'cut', 'rip', 'tear', 'beat'],
        ['', ' both', ' all', ' every one of'],
        OWNERS,
      ) + '|every bone in|every single bone in',
    ),
    category: 'violence',
    severity: 'high',
    policy: true,
  },
  {
    // Veiled and stock threats: "watch your back", "you'll pay for this", "you won't live to see …".
    re: new RegExp(
      `\\bwatch (?:your|ur) back(?! (?:posture|muscles|pain|form|while|when|during))\\b|\\b(?:you ll|you will|u ll|u will) (?:pay for (?:this|that|what you (?:did|said))|regret (?:this|that|it|the day|ever|crossing me|messing with me)(?! recipe)|be sorry|never walk again|wish you (?:were|had never been) (?:dead|born))\\b|\\b(?:you|u) (?:won t|will not|wont) (?:live|survive) (?:to see|long|the night|another day|through)\\b|\\b${WILL} (?:make ${TARGET} (?:pay|suffer|bleed|regret)|hurt ${TARGET}|end ${TARGET}|destroy ${TARGET}|ruin ${POSSESSIVE} life|put ${TARGET} in (?:the|a) (?:hospital|grave|ground|coffin|body bag)|hunt down ${TARGET}|come for ${TARGET}|(?:find|track down) (?:your|ur) (?:home )?(?:address|house|home)|find (?:out )?where (?:you|u) live)\\b|\\b(?:someone|somebody|they) should (?:put a bullet (?:in|through)|teach (?:you|him|her|them) a lesson|put (?:you|him|her|them) down|shut (?:you|him|her|them) up for good)\\b|\\b(?:i m|im|i am|we re|we are) putting ${TARGET} in (?:the|a) (?:hospital|grave|ground|coffin|body bag)\\b|\\bput a bullet (?:in|through) ${POSSESSIVE}\\b|\\b(?:hope|wish) (?:you|he|she|they) (?:gets?|receives?) what (?:s|is) coming\\b`,
    ),
    // Literals close to the phrase: "make", "end", "put" alone would pass most prompt lines.
    anchor: new RegExp(
      [
        'watch your back|watch ur back|be sorry|walk again|wish you were|wish you had never|hunt down|put a bullet|up for good|what s coming|what is coming|your address|ur address|your home|ur home|your house|ur house|where you live|where u live',
        anchorAlternation(['pay for '], ['this', 'that', 'what']),
        anchorAlternation(['regret '], ['this', 'that', 'it', 'the day', 'ever', 'crossing', 'messing']),
        anchorAlternation(['live ', 'survive '], ['to see', 'long', 'the night', 'another day', 'through']),
        anchorAlternation(TARGET_WORDS, [' pay', ' suffer', ' bleed', ' regret']),
        // With the space after: "hurt you " is not in "hurt your feelings" (a line's end reads as one).
        anchorAlternation(['hurt ', 'end ', 'destroy ', 'come for '], TARGET_WORDS, [' ']),
        anchorAlternation(['ruin'], OWNERS, [' life']),
        anchorAlternation([' in the ', ' in a '], ['hospital', 'grave', 'ground', 'coffin', 'body bag']),
        anchorAlternation(['teach ', 'put '], ['you', 'him', 'her', 'them'], [' a lesson', ' down']),
      ].join('|'),
    ),
    category: 'violence',
    severity: 'high',
    policy: true,
    // A match to win: "we'll destroy them in the final" (sports.ts).
    exceptNext: new RegExp(`^${SPORTS_FIXTURE_NEXT}`),
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
    re: /\b(?:you d|you had|you ll|you will|you should|better) (?:better )?sleep with one eye open\b|\b(?:i m|im|i am|we re|we are) coming for (?:you|u|your family|your kids)(?=$| (?:tonight|soon|next|now|and|so|bitch|watch|run|hide|better|you))|\b(?:i m|im|i am|we re|we are) coming for (?:her|him|them|your [a-z]{2,12}) next\b|\bi know (?:your (?:home )?address|where your (?:kids|family|children|wife|husband|mom|mother) (?:live|lives|go to school|sleep|are))(?! (?:is|was|has|from|on|in our))\b/,
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
  // Sixteenth round: insults, wishes and harassment as people write them at someone.
  {
    // An insult after "you are" with describing words before it, any of them: "you are an
    // incompetent moron", "you're a spineless, slimy, two-faced weasel", "you are a disgrace, a
    // fraud and a coward" (not "you are not an idiot": a describing word ends like one, -ing,
    // -less, -ous, …, or is a known one). Said to several too: "you are all leeches", "you guys are
    // such idiots".
    re: new RegExp(
      `\\b(?:(?:you|u)(?: guys| people| lot| all| two)? (?:are|re|r)|ur|youre|y ?all are)(?: all| both)?(?: (?:genuinely|truly|really|honestly|just|literally|basically|officially|nothing but|nothing more than))? (?:an? |such an? |such |the |one |one big )?(?:${DESCRIBING} ){0,3}(?:${INSULT_NOUN})(?:es|s)?\\b(?! ${NOUN_AFTER})`,
    ),
    anchor: new RegExp(INSULT_ANCHOR),
    category: 'harassment',
    severity: 'medium',
    policy: true,
  },
  {
    // The same with a common word as the noun ("you're a fraud", "you are such a clown"): right after
    // the article, and ending its clause (not a persona's "you are a joke critic").
    re: new RegExp(
      `\\b(?:(?:you|u) (?:are|re|r)|ur|youre) (?:${BEFORE_COMMON_NOUN.join('|')})(?:${COMMON_INSULT_NOUN.join('|')})s?(?=$| ${CLAUSE_GOES_ON}\\b)`,
    ),
    anchor: new RegExp(anchorAlternation(BEFORE_COMMON_NOUN, COMMON_INSULT_NOUN)),
    category: 'harassment',
    severity: 'medium',
    policy: true,
  },
  {
    // An insult as a vocative with describing words: "you absolute waste of oxygen", "you
    // sniveling little weasel" (not "did you see the idiot", "you two idiots are hilarious": the
    // words between must describe).
    re: new RegExp(
      `(?:^|\\b(?:and|shut up|screw|fuck|bye|go away|get lost|thanks|thank) )(?:you|u) (?:${VOCATIVE_DESCRIBING} ){1,3}(?:${INSULT_NOUN})(?:es|s)?\\b(?! (?:${NOUN_AFTER}|${OBJECT_AFTER}))`,
    ),
    anchor: new RegExp(INSULT_ANCHOR),
    category: 'harassment',
    severity: 'medium',
    policy: true,
  },
  {
    // Superlative contempt: "you are genuinely the dumbest person I have ever met", "ur the worst human alive".
    re: /\b(?:you|u) (?:are|re|r) (?:genuinely |truly |really |honestly |literally |easily |by far |officially )?the (?:dumbest|stupidest|ugliest|worst|most (?:useless|pathetic|incompetent|annoying|disgusting|worthless|idiotic|ignorant|stupid|braindead|insufferable)) (?:person|human|human being|man|woman|guy|girl|kid|player|idiot|people|creature|thing|excuse for a (?:human|person|man|woman))\b/,
    anchor:
      /dumbest|stupidest|ugliest|worst|most useless|most pathetic|most incompetent|most annoying|most disgusting|most worthless|most idiotic|most ignorant|most stupid|most braindead|most insufferable/,
    category: 'harassment',
    severity: 'medium',
    policy: true,
  },
  {
    // Contempt as a bare description of the reader: "you are so pathetic", "ur braindead", "you're
    // honestly repulsive" (not "you are lazy loading the list", "you're stupid fast"; a persona's
    // "you are a lazy cat" has an article and is not read here).
    re: /\b(?:(?:you|u) (?:are|re|r)|ur|youre)(?: (?:so|really|truly|such|very|incredibly|extremely|fucking|fkn|just|literally|genuinely|honestly|beyond|completely|utterly|totally))* (?:braindead|brain dead|brainless|clueless|useless|worthless|pathetic|disgusting|repulsive|revolting|hideous|incompetent|idiotic|moronic|retarded|delusional|spineless|gutless|despicable|pitiful|vile|insufferable|stupid as|dumb as|thick as)\b(?! (?:loading|load|fast|good|rich|easy|simple|lucky|evaluation|mode|tool|tools|helpful)\b)/,
    anchor:
      /braindead|brain dead|brainless|clueless|useless|worthless|pathetic|disgusting|repulsive|revolting|hideous|incompetent|idiotic|moronic|retarded|delusional|spineless|gutless|despicable|pitiful|vile|insufferable|stupid as|dumb as|thick as/,
    category: 'harassment',
    severity: 'medium',
    policy: true,
  },
  {
    // Harm wished on someone: "wish ur whole family burned in that fire", "I hope your kids get
    // sick", "someone should run you over" (not "I hope you get better", "hope your house sells").
    re: /\b(?:hope|wish|pray) (?:that )?(?:you|u|ur|your|his|her|their)(?: (?:whole|entire|stupid|little))? ?(?:family|kids|children|mom|mum|mother|dad|father|wife|husband|dog|cat|house|baby|grandma)?(?: all)? (?:die|dies|died|burn|burns|burned|burnt|rot|rots|drown|drowns|drowned|(?:get|gets|got|catch|catches) (?:cancer|sick|hurt|killed|raped|run over|aids|shot|stabbed))\b|\b(?:someone|somebody) (?:should|needs to|ought to) (?:just )?run (?:you|u|him|her|them) over\b/,
    anchor:
      / die| dies| died| burn| rot| drown|cancer| sick| hurt|killed|raped|run over| aids| shot|stabbed|run you over|run u over|run him over|run her over|run them over/,
    category: 'violence',
    severity: 'high',
    policy: true,
  },
  {
    // Mockery of how someone looks: "imagine being this ugly and still posting selfies".
    re: /\bimagine being (?:this|that|so) (?:ugly|fat|stupid|dumb|pathetic|worthless|useless|disgusting|hideous)\b/,
    anchor: /imagine being/,
    category: 'harassment',
    severity: 'medium',
    policy: true,
  },
  {
    // Wished never born: "you should've been drowned at birth", "your mother should have swallowed".
    re: /\b(?:you|u) should (?:have|ve|of) been (?:drowned|strangled|smothered|killed|put down|euthani[sz]ed|left to die|thrown away)(?: at birth| as a baby)?\b|\b(?:your|ur|yo) (?:mother|mom|mum|mama|momma|parents|dad|father) should (?:have|ve|of) (?:swallowed|aborted you|used (?:a )?(?:condom|protection))\b/,
    anchor: /ve been|have been|of been|should have|should ve|should of/,
    category: 'harassment',
    severity: 'high',
    policy: true,
  },
  {
    // Told to kill themselves in other words: "jump off a bridge, loser", "go jump in front of a train".
    re: /(?:^|\b(?:go|just|pls|please|you should|u should|why don t you|why dont you|why not|do us all a favou?r and) )(?:go )?jump (?:off|in front of) (?:a |the |some )?(?:bridge|cliff|building|roof|train|bus|truck|window|tall building)\b/,
    anchor: /jump off|jump in front/,
    category: 'harassment',
    severity: 'high',
    policy: true,
  },
  {
    // Sexual harassment aimed at someone: "wanna sit on my face", "I'd bend you over the desk", "you'd
    // look even better with nothing on", "that skirt is practically asking for it".
    re: /\b(?:sit|ride) on my (?:face|dick|cock|lap)\b|\bbend (?:you|u|her|him) over\b|\b(?:look|looks|be) (?:even |much |way )?(?:better|hotter|sexier|nicer) with nothing on\b|\b(?:skirt|dress|outfit|leggings|top|shorts|clothes) (?:is|are|was|were) (?:practically |basically |literally |just |clearly )?(?:asking|begging) for it\b|\bsend (?:me )?(?:nudes|noods)\b/,
    anchor:
      /on my face|on my dick|on my cock|on my lap|bend you over|bend u over|bend her over|bend him over|nothing on|asking for it|begging for it|nudes|noods/,
    category: 'sexual',
    severity: 'high',
    policy: true,
  },
]
