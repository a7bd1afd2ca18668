// Abuse aimed at a person or a group that the older phrases missed (twenty-eighth round, from the
// misses of tox45): sexual remarks on someone's body and coercion ("kept staring at your chest",
// "you've got a body made to be used", "send the ones without the top", "reply or I'll find you
// on Insta"), menace through someone's children ("your kids walk home alone, right? would be a
// shame"), calls to arms against a group or its places ("grab your guns, we're going to the pride
// parade", "every refugee shelter should burn tonight"), the "back to the kitchen" put-down,
// the antisemitic echo "(((name)))", and degrading insults without a listed word ("you braindead
// trash", "your whole bloodline is a mistake", "crawl back into your mom's basement", "useless
// waste of skin"). Each names its target ("you", "your", a group or its places) together with a
// part no innocent sentence has, so fitness and fashion advice ("wear something tighter for
// cycling"), a doctor's "looking at your chest X-ray", "send the photos without the watermark",
// "grab your bats, we're going to the game" or "crawl back into the cave" never match. Phrases
// read the normalised words (normalise.ts: lowercase, no punctuation, "you've" → "you ve") as
// written (`exact`: slips of their anchor words are English words, "string" of "staring", "stored"
// of "stormed"); policy phrases, so after a refusal, moderation or reported-speech cue they are a
// mention.
import { anchorAlternation } from '../literal-screen.js'
import { GROUPS } from './identity-attacks.js'
import type { PhraseEntry } from './lexicon.js'

const POSSESSIVE = '(?:your|ur|her|his)'
/** Parts of a body a sexual remark names. */
const BODY_PARTS = [
  'chest',
  'tits',
  'boobs',
  'breasts',
  'rack',
  'cleavage',
  'ass',
  'butt',
  'booty',
  'legs',
  'thighs',
  'body',
  'curves',
  'lips',
]
const BODY_PART = `(?:${BODY_PARTS.join('|')})`
/** What a clinician or a trainer looks at a chest or legs for. */
const CLINICAL_NEXT =
  '(?:x ray|xray|scan|scans|pain|muscles?|hair|tattoo|rash|mole|wound|injury|injuries|swelling|form|posture|position|alignment|scar|skin|veins?|of work|language|type|weight|temperature|measurements?)'
const GAZES = [
  'staring at',
  'stare at',
  'stared at',
  'stares at',
  'ogling',
  'ogle',
  'ogled',
  'gawking at',
  'gawk at',
  'leering at',
  'leer at',
  'checking out',
  'check out',
  'checked out',
  'stop looking at',
]
const GAZE = `(?:${GAZES.join('|')})`
const CLOTHES_WORDS = [
  'top',
  'shirt',
  'bra',
  'clothes',
  'clothing',
  'panties',
  'underwear',
  'bikini',
  'towel',
  'pants',
  'knickers',
  'dress',
  'skirt',
  't shirt',
]
const CLOTHES = `(?:${CLOTHES_WORDS.join('|')})`
const PICTURES =
  '(?:the ones|ones|one|some|more|a pic|pics|a photo|photos|a picture|pictures|a selfie|selfies|a video|videos|nudes)'
/** Children and family a menace names. */
const KIN =
  '(?:kids|children|son|daughter|boy|girl|little one|little ones|wife|husband|mom|mum|mother|dad|father|sister|brother|family|grandma|grandmother)'
/** Places of a group a call to burn or attack names. */
const GROUP_PLACE =
  '(?:(?:refugee|asylum|migrant|immigrant|refugees|migrants|immigrants) (?:shelters?|centres?|centers?|hostels?|camps?|hotels?|homes?|housing)|mosques?|synagogues?|gurdwaras?|temples?|churches|gay bars?|gay clubs?|pride (?:parade|march|event|festival)s?|abortion clinics?)'
const WEAPON_WORDS = [
  'guns',
  'rifles',
  'weapons',
  'bats',
  'baseball bats',
  'knives',
  'pitchforks',
  'machetes',
  'crowbars',
  'shotguns',
]
const WEAPONS = `(?:${WEAPON_WORDS.join('|')})`
/** Contempt words that may stand before "trash" in an insult said to someone. */
const CONTEMPT =
  '(?:braindead|brain dead|brainless|useless|worthless|pathetic|stupid|dumb|filthy|fucking|fkn|absolute|complete|total|disgusting|little|fat|ugly|sorry|inbred)'
const TRASH =
  '(?:trash|garbage|scum|filth|rubbish|trashbag|scumbag|dogshit|cockroach|maggot|vermin|sack of shit|excuse for a human)'
/** Nouns after which "trash" is a thing: "you useless garbage collector". */
const TRASH_THING =
  '(?:can|cans|bin|bins|bag|bags|collector|collectors|collection|truck|trucks|day|pickup|panda|fire|disposal|compactor|heap|pile|man|men|talk|tv|island)'

export const PERSON_ABUSE: readonly PhraseEntry[] = [
  {
    // Sexual remarks on someone's body or clothes, and pressure for pictures: "kept staring at
    // your chest the whole video", "I'd love to see more of those legs", "wear something shorter
    // to the office tomorrow", "you've got a body made to be used", "when are you sending the
    // ones without the top", "reply or I'll find you on Insta".
    re: new RegExp(
      [
        `\\b${GAZE} ${POSSESSIVE} ${BODY_PART}\\b(?!(?: [a-z]{1,15}){0,4} ${CLINICAL_NEXT}\\b| (?:to|so i can|so we can|while i|and) (?:check|assess|measure|examine|see if|look for|correct|spot)\\b)`,
        `\\bi (?:wanna|want to|d (?:like|love) to|would (?:like|love) to|prefer it when i can|love it when i can|like it when i can|need to|gotta|can t wait to|cant wait to) see (?:more of|all of|what s under|whats under) (?:those|your|ur|that|her) ${BODY_PART}\\b`,
        `\\bwear (?:something|anything|a (?:skirt|dress|top))? ?(?:even )?(?:tighter|shorter|sexier|skimpier|more revealing|lower cut|see through|more see through) for me\\b`,
        `\\bwear (?:something|anything|a (?:skirt|dress|top))? ?(?:even )?(?:shorter|sexier|skimpier|more revealing|lower cut|see through|more see through) (?:next time|tomorrow|to work|to the office|to class|to the meeting|on our date)\\b`,
        `\\b(?:body|ass|mouth|lips|tits) (?:made|built|designed|meant) (?:to be used|to be fucked|to be bred|to be owned|for (?:sex|fucking|breeding|my bed|sin|riding|being used))\\b`,
        `\\b(?:send|sending|show|showing|post|posting)(?: me)? (?:the |your |ur |those |some |more )?${PICTURES}(?: [a-z]{1,12}){0,2} (?:without|with no|minus) (?:the |your |ur |a |any )?${CLOTHES}\\b(?! (?:logo|brand|tag|watermark|label|sizes?|prices?|code)\\b)`,
        `\\b(?:reply|answer|respond|text (?:me )?back|pick up|call me|send (?:me )?(?:[a-z]{1,12} ){0,5}?(?:nudes|noods|pics?|photos?|more|them|it|underwear|lingerie|bra|tits|boobs|body|ass)|meet me|come over|unblock me)(?: me| to me| already| now)? or (?:else )?(?:i ll |i will |i m gonna |im gonna |i m going to |im going to |i |we ll |i m |im )?(?:find (?:you|u)|(?:tell|telling) (?:everyone|everybody|the whole (?:school|class|office)|all your friends|your (?:parents|boyfriend|husband|wife|family|mom|mum|dad|father|mother|school))|(?:show|post|leak|share|send) (?:(?:them|it) (?:to|online|everywhere|on|around)|(?:your|ur|the|those|these) (?:[a-z]{2,12} )?(?:pics|photos|pictures|nudes|videos?|texts|messages|dms|screenshots))|expose (?:you|u))\\b`,
        // "I'll leak your nudes to everyone at school", "I'll send your nudes to your husband" (not a
        // photographer's "I'll send the photos to your family").
        `\\b(?:i ll|i will|i m gonna|im gonna|i m going to|im going to|we ll) (?:(?:leak|spread) (?:your|ur|the|those|these|all your|all the) (?:[a-z]{2,12} )?(?:nudes|noods|pics|photos|pictures|videos?|sexts|screenshots)|(?:post|share|send|show|forward|release) (?:your|ur|the|those|these|all your|all the) (?:nudes|noods|sexts|nude (?:pics|photos|pictures|videos?)|naked (?:pics|photos|pictures|videos?)))(?: [a-z]{1,15}){0,4} (?:to|with) (?:everyone|everybody|the whole|all your|your|ur|his|her)\\b`,
        `\\b(?:look|looks|be|belong) (?:so |even |much |way )?(?:better|good|great|best|hot|sexy|cute|pretty) on (?:your|ur|her) knees\\b|\\bon (?:your|ur) knees (?:for me|where (?:you|u) belong)\\b`,
      ].join('|'),
    ),
    anchor: new RegExp(
      [
        anchorAlternation(GAZES, [' '], ['your', 'ur', 'her', 'his']),
        'see more of|see all of|see what s under|see whats under',
        'tighter for me|shorter for me|sexier for me|skimpier for me|revealing for me|lower cut for me|see through for me',
        anchorAlternation(
          ['shorter ', 'sexier ', 'skimpier ', 'revealing ', 'lower cut ', 'see through '],
          ['next time', 'tomorrow', 'to work', 'to the office', 'to class', 'to the meeting', 'on our date'],
        ),
        anchorAlternation(['body ', 'ass ', 'mouth ', 'lips ', 'tits '], ['made ', 'built ', 'designed ', 'meant ']),
        anchorAlternation(['without ', 'with no ', 'minus '], ['', 'the ', 'your ', 'ur ', 'a ', 'any '], CLOTHES_WORDS),
        anchorAlternation(
          [' or '],
          ['else ', 'i ', 'im ', 'we ll ', 'find ', 'tell ', 'telling ', 'show ', 'post ', 'leak ', 'share ', 'send ', 'expose '],
        ),
        anchorAlternation(
          ['leak ', 'post ', 'share ', 'send ', 'show ', 'spread ', 'forward ', 'release '],
          ['your ', 'ur ', 'the ', 'those ', 'these ', 'all '],
        ),
        'on your knees|on ur knees|on her knees',
      ].join('|'),
    ),
    category: 'sexual',
    severity: 'high',
    policy: true,
    exact: true,
  },
  {
    // Menace through someone's family or things: "your kids walk home from school alone, right?
    // would be a shame", "nice car, would be a shame if someone keyed it" (not "your kids will
    // love it, would be a shame to miss it", "a shame if it rains").
    re: new RegExp(
      [
        `\\b(?:your|ur) ${KIN} (?:still )?(?:walk|walks|go|goes|get|gets|take|takes|ride|rides|play|plays|wait|waits|are|is|stay|stays|come|comes|sleep|sleeps)(?: [a-z]{1,15}){0,6} (?:alone|by (?:themselves|himself|herself)|unsupervised|on (?:their|his|her) own)\\b(?: [a-z]{1,15}){0,8} (?:would|d|will|gonna) be a (?:shame|pity)(?=$| (?:if|right|eh|huh|innit|wouldn t it|wouldnt it)\\b)`,
        `\\b(?:hope|wish|pray)(?: that)? (?:your|ur|his|her|their) (?:plane|flight|car|bus|boat|train|helicopter|ship) (?:crashes|goes down|blows up|explodes|sinks|catches fire|falls out of the sky)\\b`,
        `\\bhang (?:every (?:last )?one of (?:them|those|these|the) |all (?:of )?(?:the|those|these) |the |those |these )?(?:traitors|politicians|bankers|cops|pigs|liberals|leftists|commies|communists|globalists|pedos|paedos|pedophiles|paedophiles|journalists|judges|senators|elites|jews|muslims|immigrants|gays|blacks)(?: [a-z]{1,15}){0,2} (?:from|on) (?:the |a )?(?:lampposts?|lamp posts?|trees?|bridges?|gallows|nearest tree)\\b`,
        `\\bnice (?:family|kids|little family|wife|husband|daughter|son|girlfriend|boyfriend|mom|mum|kid)(?: you (?:have|got|ve got)(?: there)?)?(?: [a-z]{1,15}){0,6} (?:be a )?(?:shame|pity) if (?:something|anything|someone|somebody) (?:happened|were to happen|was to happen|bad happened)\\b`,
        `\\b(?:would|d) be a (?:shame|pity) if (?:someone|somebody|anyone|something) (?:keyed|scratched|slashed|torched|smashed|burned|burnt|vandali[sz]ed|hurt|followed|visited) (?:it|them|him|her|you|u|${POSSESSIVE} [a-z]{2,15})\\b`,
      ].join('|'),
    ),
    anchor: new RegExp(
      [
        anchorAlternation(['be a '], ['shame', 'pity']),
        'crashes|goes down|blows up|explodes|sinks|catches fire|out of the sky',
        'lamppost|lamp post|tree|bridge|gallows',
        anchorAlternation(['shame if ', 'pity if '], ['someone', 'somebody', 'anyone', 'anything', 'something']),
      ].join('|'),
    ),
    category: 'violence',
    severity: 'high',
    policy: true,
    exact: true,
  },
  {
    // Calls to burn or attack a group's places, or to arm against them: "every refugee shelter in
    // this town should burn tonight", "let's torch the mosque", "grab your guns boys, we're going
    // to the pride parade" (not "grab your bats, we're going to the game").
    re: new RegExp(
      [
        `\\b${GROUP_PLACE}(?: [a-z]{1,15}){0,5} (?:should|must|need to|needs to|deserve to|deserves to|ought to|gotta|has to|have to|will|are going to|is going to|gonna) (?:all |just |finally )?(?:burn|be burned|be burnt|be torched|be firebombed|be bombed|go up in flames|be razed|be blown up|be attacked|be stormed|be smashed)\\b`,
        `\\b(?:let s|lets|we should|we need to|we must|we gotta|time to|go|gonna|going to|tonight we|who wants to) (?:go )?(?:burn|torch|firebomb|bomb|attack|raid|storm|smash up|burn down|blow up) (?:the|that|this|their|every|all the|those|a) ${GROUP_PLACE}\\b`,
        `\\b(?:grab|get|bring|load|pack|fetch|take) (?:your|ur|the|our|some|yer) ${WEAPONS}\\b(?: [a-z]{1,15}){0,10} (?:the |a |that |their |those |some )?(?:${GROUP_PLACE}|pride|${GROUPS})\\b`,
        `\\b(?:meet|gather|assemble|see you|be) (?:at|outside|in front of|by) (?:the|that|their|this) ${GROUP_PLACE}\\b(?: [a-z]{1,15}){0,8} (?:bring|grab|pack|load) (?:your |ur |the |our |some |yer )?${WEAPONS}\\b`,
        `\\btake up arms against (?:the |these |those |all (?:the )?)?(?:invaders|infidels|${GROUPS})\\b`,
        `\\bround (?:up (?:all|every|the|these|those)(?: of the)?|them all up) (?:${GROUPS}|illegal|immigrant|migrant|refugee|muslim|jew|invader|invaders)\\b`,
      ].join('|'),
    ),
    anchor: new RegExp(
      [
        anchorAlternation(
          [
            'should ',
            'must ',
            'need to ',
            'needs to ',
            'deserve to ',
            'deserves to ',
            'ought to ',
            'gotta ',
            'has to ',
            'have to ',
            'will ',
            'going to ',
            'gonna ',
          ],
          ['', 'all ', 'just ', 'finally '],
          [
            'burn',
            'be burned',
            'be burnt',
            'be torched',
            'be firebombed',
            'be bombed',
            'go up in',
            'be razed',
            'be blown',
            'be attacked',
            'be stormed',
            'be smashed',
          ],
        ),
        anchorAlternation(
          ['burn ', 'torch ', 'firebomb ', 'bomb ', 'attack ', 'raid ', 'storm ', 'smash up ', 'blow up ', 'burn down '],
          ['the ', 'that ', 'this ', 'their ', 'every ', 'all the ', 'those ', 'a '],
        ),
        anchorAlternation(['your ', 'ur ', 'the ', 'our ', 'some ', 'yer '], WEAPON_WORDS),
        anchorAlternation(['bring ', 'grab ', 'pack ', 'load '], WEAPON_WORDS),
        'take up arms',
        'round up all|round up every|round up the|round up these|round up those|round them all up',
      ].join('|'),
    ),
    category: 'violence',
    severity: 'high',
    policy: true,
    exact: true,
  },
  {
    // Degrading insults without a listed word: "uninstall you braindead trash", "your whole
    // bloodline is a mistake", "crawl back into your mom's basement", "as pathetic as your life",
    // "useless waste of skin", "go back to the kitchen girl", "leave ranked to the men".
    re: new RegExp(
      [
        `\\b(?:you|u) (?:${CONTEMPT} ){1,3}${TRASH}\\b(?! ${TRASH_THING}\\b)`,
        `\\b(?:your|ur) (?:whole |entire )?(?:bloodline|family tree|gene pool|lineage|existence|birth|family|life|parents|mother|mom|mum) (?:is|was|are|were) (?:a |an )?(?:(?:huge|big|total|complete|fucking|massive) )?(?:mistake|joke|disgrace|failure|embarrassment|abomination|error|waste)\\b`,
        `\\bcrawl back (?:into|in|to|under|inside) (?:your|ur) (?:(?:mom s|moms|mommy s|mum s|mother s|parents|parent s|momma s) )?(?:basement|hole|rock|cave|sewer|swamp|gutter|dumpster|trailer|cellar|pit)\\b`,
        `\\bas (?:pathetic|sad|worthless|useless|ugly|miserable|empty|meaningless|irrelevant|disgusting|stupid|dumb|fake|fat) as (?:your|ur) (?:life|face|existence|mom|mother|family|personality|love life|dad|father)\\b`,
        `\\b(?:waste of (?:skin|oxygen|sperm|flesh|a human being|human life|carbon)|oxygen thief)\\b`,
        `\\b(?:go|get|run) back (?:to|in|into) (?:the|ur|your) kitchen (?:girl|woman|women|sweetie|sweetheart|honey|hun|babe|toots|ladies|lady|bitch|missy|princess|where (?:you|u|she|they|women) belongs?)\\b`,
        `\\b(?:women|girls|females|she) (?:should|need to|belong|gotta|must|ought to) (?:just )?(?:stick to|stay in|go back to|get back to|be in) (?:the )?(?:kitchen|cooking|cleaning|making sandwiches|dishes|laundry)\\b`,
        `\\bleave (?:[a-z]{1,15} ){1,3}to the (?:men|real men|grown men|big boys)\\b`,
        `\\bmake me a sandwich (?:woman|girl|bitch|sweetie|sweetheart|honey|toots|ladies|wench)\\b|\\b(?:woman|women|girl|bitch|ladies) (?:go )?make me a sandwich\\b`,
      ].join('|'),
    ),
    anchor: new RegExp(
      [
        'trash|garbage|scum|filth|rubbish|dogshit|cockroach|maggot|vermin|sack of shit|excuse for a human',
        anchorAlternation(
          [
            'bloodline',
            'family tree',
            'gene pool',
            'lineage',
            'existence',
            'birth',
            'family',
            'life',
            'parents',
            'mother',
            'mom',
            'mum',
          ],
          [' is', ' was', ' are', ' were'],
          [
            ' a',
            ' an',
            ' mistake',
            ' joke',
            ' disgrace',
            ' failure',
            ' embarrassment',
            ' abomination',
            ' error',
            ' waste',
            ' huge',
            ' big',
            ' total',
            ' complete',
            ' fucking',
            ' massive',
          ],
        ),
        'crawl back',
        anchorAlternation(
          ['as '],
          [
            'pathetic',
            'sad',
            'worthless',
            'useless',
            'ugly',
            'miserable',
            'empty',
            'meaningless',
            'irrelevant',
            'disgusting',
            'stupid',
            'dumb',
            'fake',
            'fat',
          ],
          [' as your', ' as ur'],
        ),
        'waste of|oxygen thief',
        anchorAlternation(
          ['kitchen '],
          [
            'girl',
            'woman',
            'women',
            'sweetie',
            'sweetheart',
            'honey',
            'hun',
            'babe',
            'toots',
            'ladies',
            'lady',
            'bitch',
            'missy',
            'princess',
            'where',
          ],
        ),
        anchorAlternation(
          ['stick to ', 'stay in ', 'go back to ', 'get back to ', 'be in '],
          ['', 'the '],
          ['kitchen', 'cooking', 'cleaning', 'making sandwiches', 'dishes', 'laundry'],
        ),
        ' to the men| to the real men| to the grown men| to the big boys',
        'a sandwich',
      ].join('|'),
    ),
    category: 'harassment',
    severity: 'medium',
    policy: true,
    exact: true,
  },
  {
    // The antisemitic echo: "every bank CEO has (((that))) kind of last name", read as the word
    // "echoparens" before the name (normalise.ts); not where it is named to explain it ("the
    // (((echo))) is an antisemitic symbol").
    re: /\bechoparens\b/,
    anchor: /echoparens/,
    category: 'slur',
    severity: 'high',
    policy: true,
    exact: true,
    exceptNext:
      /^ [a-z]{1,20}(?: [a-z]{1,20})? (?:is|are|was|were|symbol|meme|echo) (?:an? |the )?(?:antisemitic|anti semitic|hate|echo|symbol|meme|slur|used|known|called|marker|sign)\b/,
    exceptPrev: /\b(?:called|known as|symbol|echo|meme|parentheses|brackets|such as|as in|e g|eg)\s*$/,
  },
]
