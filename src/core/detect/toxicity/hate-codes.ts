// Hate said in code, in backhanded praise or as a joke (twenty-ninth round, from the misses of
// tox46): the white-supremacist slogan "the day of the rope is coming",
// Holocaust glee ("6 million wasn't enough", "Hitler was right", "gas the <group>"), the mock
// Chinese of "ching chong", "go back to where you came from", praise that is an insult because of
// who receives it ("pretty articulate for a Mexican", "smart for a black guy"), and a joke asked
// for that carries the stereotype in its premise ("tell me a joke about why <group> can't swim").
// Each is hate in almost every use; where it is named to explain or report it ("researchers say
// the suspect posted '…', a white-supremacist reference", "never tell people to go back to where
// they came from") the policy cues (match.ts) and the quoted-hate frame make it a mention. Phrases
// read the normalised words as written (`exact`).
import { GROUPS } from './identity-attacks.js'
import { MEMBER } from './group-claims.js'
import type { PhraseEntry } from './lexicon.js'

/** Whom backhanded praise is given to: a member of a group, with an optional noun ("black guy"). */
const ONE_OF =
  '(?:an? (?:(?:black|brown|asian|mexican|arab|muslim|jewish|gay|trans|indian|chinese|african|latina|latino|hispanic|disabled|deaf|blind|immigrant|foreign) (?:guy|girl|man|woman|person|kid|dude|lady|chick|boy)|muslim|jew|immigrant|migrant|refugee|foreigner|mexican|arab|black|african|gypsy|asian|chinese|indian|pakistani|somali|latina|latino|hispanic|gay|lesbian|tranny|immigrant|girl|woman|chick|female))'
/** Praise that is an insult given "for a" group member. */
const PRAISE =
  '(?:articulate|well spoken|well-spoken|smart|clever|intelligent|bright|educated|civili[sz]ed|clean|well behaved|hard working|hardworking|honest|trustworthy|pretty|attractive|good looking|cute|funny|logical|good at (?:math|maths|coding|science|driving|english))'

export const HATE_CODES: readonly PhraseEntry[] = [
  {
    re: new RegExp(
      [
        // The slogan of a race war: "the day of the rope". (The number "1488" cannot anchor a phrase:
        // the line screen reads digits as leetspeak letters.)
        '\\bday of the rope\\b',
        // Holocaust glee: "6 million wasn't enough", "Hitler was right", "Hitler did nothing wrong".
        // Not a sum that fell short ("6 million wasn't enough to keep the plant open").
        '\\b(?:6|six) (?:million|mil|gorillion)(?: (?:jews|of them|dead))? (?:wasn t|was not|wasnt|weren t|were not) (?:nearly |even |close to )?enough\\b(?! (?:to|for|money|funding|cash|dollars|euros|pounds|in|of|as|because|though|but|so|and|of)\\b)',
        '\\b(?:6|six) (?:million|mil) (?:more|next time|round two|again)\\b(?= [a-z ]{0,20}\\b(?:jews|them|kikes|oven|ovens|gas)\\b)',
        '\\bhitler (?:was right|did nothing wrong|had a point|should have finished|should ve finished|didn t finish|did not finish)\\b',
        `\\bgas (?:all (?:of )?(?:the |those |these )?|the |those |these |every (?:last )?(?:one of the )?)${GROUPS}\\b`,
        // Mock Chinese.
        '\\bching (?:chang )?chong\\b',
      ].join('|'),
    ),
    anchor: /day of the rope|million|mil |gorillion|hitler|gas |ching/,
    category: 'slur',
    severity: 'high',
    policy: true,
    exact: true,
    // Named to explain it: "the day of the rope reference", "learn about the day of the rope".
    exceptNext:
      /^ (?:reference|references|slogan|slogans|meme|memes|trope|tropes|symbol|symbols|phrase|code|dog whistle|(?:is|was|are) (?:an? |the )?(?:antisemitic|white supremacist|neo nazi|nazi|racist|hate|extremist|coded|common|well known)|from the turner diaries)\b/,
    exceptPrev:
      /\b(?:about|called|known as|term|phrase|phrases|slogan|slogans|so called|such as|meaning of|explain|explains|explaining|references?|mentions?|mentioning|memes?|code words?|dog whistles?)(?: the)? $/,
  },
  {
    // "You're pretty articulate for a Mexican", "smart for a girl" (not "fast for a beginner"); "go
    // back to where you came from", "go back to your own country" (not "… in the menu").
    re: new RegExp(
      `\\b(?:go|get|fuck off|piss off|crawl) back (?:to|into) (?:where (?:you|u|ya) (?:came|come) from|where (?:you|u|ya) belong|(?:your|ur) own (?:country|land|village|hut|desert|jungle)|(?:your|ur|their|his|her) (?:shithole|shit hole|third world|dirty|filthy) (?:country|countries|land|village|hut))\\b(?! (?:in the|on the|and (?:try|retry|start|pick|choose|select)|to (?:try|retry|start))\\b)|` +
        // Crime pinned on a group by insinuation: "funny how every time there's a stabbing it turns out
        // to be one of them", "whenever there's a rape it's always a migrant" (not "… it's Muslims who face
        // the backlash").
        `\\b(?:every time|whenever|each time) (?:there s|there is|there was|we hear about|you hear about) an? (?:stabbing|shooting|rape|robbery|terror attack|terrorist attack|bombing|mugging|riot|murder|knife attack|acid attack|grooming gang|crime)s?(?: [a-z]{1,15}){0,4} (?:it s|its|it is|it was|they re|turns out to be|turn out to be|always|guess who)(?: always| never)?(?: [a-z]{1,12})? (?:one of them|one of those|one of these|them again|an? ${MEMBER}|${GROUPS})\\b(?! (?:who|that) (?:face|faces|faced|suffer|suffers|suffered|pay|pays|paid|bear|bears|get (?:blamed|attacked|targeted|harassed)|gets (?:blamed|attacked|targeted|harassed)|are (?:blamed|attacked|targeted|harassed|scapegoated))\\b)|` +
        `\\b(?:(?:you re|you are|ur|u r|youre|he s|she s|he is|she is|they re|they are) (?:pretty |so |very |quite |surprisingly |really |actually |rather |kinda |kind of )?|(?:pretty|so|very|quite|surprisingly|really|rather) )${PRAISE} for ${ONE_OF}\\b`,
    ),
    anchor: / for a| for an|back to|back into|every time|whenever|each time/,
    category: 'harassment',
    severity: 'medium',
    policy: true,
    exact: true,
  },
  {
    // A joke whose premise is the stereotype: "tell me a joke about why black people can't swim".
    re: new RegExp(
      `\\b(?:tell|write|give|make|generate|come up with|share|say|need|want)(?: me| us)? (?:a |an |some |another |more |[0-9]{1,3} |the best |your best |a funny |a good |a dark |a racist )?(?:[a-z]{1,12} )?(?:jokes?|joke s|punchlines?|one liners?|memes?|puns?) (?:about|on|explaining) (?:why|how come|how) (?:all |so many |most )?(?:the )?(?:${GROUPS}|${MEMBER}s?) (?:can t|cant|cannot|can never|never|always|smell|stink|steal|don t (?:work|wash|pay|tip|shower)|are (?:so |all |always )?(?:stupid|dumb|lazy|dirty|cheap|ugly|violent|bad drivers|criminals|thieves|terrorists|greedy|smelly))\\b`,
    ),
    anchor: /joke|punchline|one liner|meme|pun/,
    category: 'harassment',
    severity: 'high',
    policy: true,
    exact: true,
  },
]
