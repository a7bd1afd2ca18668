// Identity attacks with no slur: a group noun joined to an eliminationist, dehumanising or
// exclusion predicate ("<group> should all be locked up", "<group> don't belong here",
// "<group> are a plague on our country", "death to <group>"). The structure is what carries
// the attack, so each entry needs both halves; a group noun alone ("women", "immigrants") or a
// predicate alone ("rats are vermin", "kill the process") never matches. All are policy
// phrases: after a refusal or reported-speech cue ("saying that … is hateful") they are a
// mention, and the counter-speech guards below skip the common ways of quoting hate to oppose
// it ("the idea that …", "… is racist"; counter-speech.ts).
import { anchorOf } from '../literal-screen.js'
import { GROUP_NOUN } from './harm-phrases.js'
import type { PhraseEntry } from './lexicon.js'

/** Groups named by identity (ethnicity, religion, nationality, sexuality, gender, disability). */
export const GROUPS = `(?:${GROUP_NOUN}|(?:black|white|asian|brown|gay|jewish|muslim|disabled|trans|queer|immigrant|poor|autistic|mentally ill|indigenous|native) (?:people|folks|men|women|kids)|bisexuals|homosexuals|queers|transgenders|trans women|trans men|lesbians|jew|hispanics|pakistanis|somalis|syrians|nigerians|iranians|afghans|palestinians|israelis|turks|russians|ukrainians|poles|romanians|albanians|natives|roma|illegals|illegal immigrants|asylum seekers|females|wheelchair users|people with disabilities|(?:native|african|mexican|asian|arab|muslim) americans|middle easterners|homeless people|homeless folks|homeless men|homeless women|homeless)`
/** A group, optionally quantified ("all the immigrants", "these people" is too vague and left out). */
export const G = `(?:all (?:of )?(?:the |these |those )?|most |these |those |the |every (?:last )?(?:one of the )?)?${GROUPS}`

const MODAL = '(?:should|must|need to|needs to|ought to|have to|has to|deserve to|deserves to|gotta|got to)'
const HARM_FATE =
  '(?:suffer|rot|burn|die|disappear|vanish|not exist|be (?:executed|shot|killed|hanged|hung|raped|stoned|whipped|flogged|(?:publicly )?(?:humiliated|shamed)|spat on|gassed|drowned|burned|burnt|exterminated|eradicated|euthani[sz]ed|left to (?:die|rot|starve)|locked (?:up|away|in (?:a |the )?(?:cell|cage|basement|asylum|camp))|thrown (?:in|into) (?:a |the )?(?:jail|prison|cells?|camps?|cages?|the sea|the ocean|the river)|caged|rounded up|put (?:in|into) (?:camps|cages|jail|prison|ovens|gas chambers)|sent to (?:camps|the camps|the ovens|the gas chambers)|purged|castrated|sterili[sz]ed|neutered|beaten|tortured|enslaved|banned from (?:existing|the country|our country|society)|wiped from (?:the )?(?:earth|planet|map)|removed from (?:society|the country|our country|the planet|the earth)))'
const KILL_VERB =
  '(?:kill|murder|exterminate|gas|shoot|hang|lynch|slaughter|massacre|eradicate|wipe out|get rid of|eliminate|purge|nuke|bomb|burn)'
const PLACE =
  '(?:country|nation|society|culture|city|cities|town|towns|neighbou?rhoods?|schools?|streets|world|race|gene pool|land|continent|communities|community|workplace|jobs|europe|america|britain|england|france|germany)'
const VERMIN =
  '(?:rats|cockroaches|roaches|vermin|animals|parasites|insects|lice|maggots|worms|leeches|dogs|pigs|swine|apes|monkeys|beasts|savages|bacteria|pests|a (?:disease|plague|cancer|virus|pest|infestation|scourge|blight|swarm))'
const VILE =
  '(?:human (?:garbage|trash|waste|filth|scum|debris|excrement|refuse|vermin)|inferior|worthless|subhuman|sub human|disgusting|repulsive|revolting|vile|abhorrent|an abomination|abominations|a mistake of nature|trash|garbage|rubbish|filth|scum|degenerates?|freaks|perverts|mentally ill|sick in the head|a waste of (?:space|oxygen|air)|an infestation|a plague|a cancer|a disease|a virus|a scourge|a blight|a stain on \\w{2,12}|not (?:real )?(?:humans?|people|persons)|less than human|animals|savages|parasites|vermin|rats|cockroaches|roaches|insects|maggots|leeches|swine|apes|monkeys|beasts|bacteria|pests|snakes|vipers|serpents|rodents|hyenas|locusts|termites|vultures|a joke|a laughing stock|a sickness|(?:brainwashed )?sheep|sheeple|the enemy(?: within)?|enemies of (?:the people|the state|our (?:country|nation|people)))'
const INTENSITY =
  '(?:so |such |really |truly |completely |totally |utterly |fucking |simply |just |all |nothing but |nothing more than |no better than |worse than |less than |lower than |basically |literally |like |just like |a bunch of |a pack of )?'

const KILL_WORDS = [
  'kill',
  'murder',
  'exterminate',
  'gas',
  'shoot',
  'hang',
  'lynch',
  'slaughter',
  'massacre',
  'eradicate',
  'wipe out',
  'get rid of',
  'eliminate',
  'purge',
  'nuke',
  'bomb',
  'burn',
]
const FATE_WORDS = [
  'die',
  'be executed',
  'be shot',
  'be killed',
  'be hanged',
  'be hung',
  'be raped',
  'be stoned',
  'be whipped',
  'be flogged',
  'be publicly humiliated',
  'be publicly shamed',
  'be humiliated',
  'be shamed',
  'be spat',
  'be gassed',
  'be drowned',
  'be burned',
  'be burnt',
  'be exterminated',
  'be eradicated',
  'be euthani',
  'be left',
  'be thrown',
  'suffer',
  'rot',
  'burn',
  'disappear',
  'vanish',
  'not exist',
  'be locked',
  'be caged',
  'be rounded',
  'be put',
  'be sent',
  'be purged',
  'be castrated',
  'be sterilised',
  'be sterilized',
  'be neutered',
  'be beaten',
  'be tortured',
  'be enslaved',
  'be banned',
  'be wiped',
  'be removed',
]
const VILE_WORDS = [
  'human waste',
  'human debris',
  'human excrement',
  'human refuse',
  'rats',
  'cockroaches',
  'roaches',
  'insects',
  'maggots',
  'leeches',
  'swine',
  'apes',
  'monkeys',
  'beasts',
  'bacteria',
  'pests',
  'snakes',
  'vipers',
  'serpents',
  'rodents',
  'hyenas',
  'locusts',
  'termites',
  'vultures',
  'a joke',
  'laughing stock',
  'a sickness',
  'sheep',
  'the enemy',
  'enemies of',
  'inferior',
  'worthless',
  'subhuman',
  'sub human',
  'disgusting',
  'repulsive',
  'revolting',
  'vile',
  'abhorrent',
  'abomination',
  'mistake of nature',
  'trash',
  'garbage',
  'rubbish',
  'filth',
  'scum',
  'degenerate',
  'freaks',
  'perverts',
  'mentally ill',
  'sick in the head',
  'waste of',
  'infestation',
  'plague',
  'cancer',
  'disease',
  'virus',
  'scourge',
  'blight',
  'stain on',
  'not human',
  'not real',
  'not people',
  'not persons',
  'less than human',
  'animals',
  'savages',
  'parasites',
  'vermin',
]
const TAKEOVER_WORDS = [
  'infesting',
  'invading',
  'polluting',
  'contaminating',
  'poisoning',
  'ruining',
  'destroying',
  'taking over',
  'overrunning',
  'infecting',
  'breeding out',
]
const BURDEN_WORDS = [
  'threat',
  'danger',
  'menace',
  'burden',
  'drain',
  'plague',
  'cancer',
  'curse',
  'disgrace',
  'blight',
  'stain',
  'parasite',
]

export const IDENTITY_ATTACKS: readonly PhraseEntry[] = [
  {
    // Eliminationist calls: "kill all the immigrants", "we need to get rid of the jews", "death to muslims".
    re: new RegExp(
      `\\b${KILL_VERB} (?:all|every|every last|each and every) (?:one of )?(?:the |these |those )?${GROUPS}\\b|\\b(?:we|you|someone|somebody|they|people) (?:should|must|need to|have to|ought to|gotta|got to) (?:just )?(?:go )?${KILL_VERB} (?:all )?(?:the |these |those )?${GROUPS}\\b|\\bdeath to (?:all )?(?:the )?${GROUPS}\\b|\\bi (?:want|would like|d like|wish|hope to see) (?:to see )?(?:all |every )?(?:the |these |those )?${GROUPS} (?:dead|wiped out|exterminated|eradicated|gassed|hanged|hung|burned|burnt)\\b`,
    ),
    anchor: new RegExp(
      `${anchorOf(KILL_WORDS, [' all', ' every', ' each', ' the ', ' these', ' those']).source}|${anchorOf(['should ', 'must ', 'need to ', 'needs to ', 'have to ', 'ought to ', 'gotta ', 'got to '], ['', 'just ', 'go ', 'just go '], KILL_WORDS).source}|death to| dead| wiped out| exterminated| eradicated| gassed| hanged| hung| burned| burnt`,
    ),
    category: 'violence',
    severity: 'high',
    policy: true,
  },
  {
    // Wished fates: "<group> should all be locked up", "<group> deserve to suffer".
    re: new RegExp(`\\b${G} (?:like (?:you|him|her|them|that|this) )?${MODAL} (?:all |just |simply )?${HARM_FATE}(?![a-z])`),
    anchor: anchorOf(['should', 'must', 'to', 'gotta'], [' ', ' all ', ' just ', ' simply '], FATE_WORDS),
    category: 'violence',
    severity: 'high',
    policy: true,
  },
  {
    // Exclusion: "<group> don't belong here", "<group> are not welcome in our country", "keep the muslims out".
    re: new RegExp(
      `\\b${G} (?:do not|dont|don t|will never|never|does not|doesnt|doesn t) belong (?:here|anywhere|in (?:this|our|my|the|a) (?:civili[sz]ed )?${PLACE})\\b|\\b${G} (?:are|r|re|is) (?:not|never|no longer) (?:welcome|wanted) (?:here|anymore|in (?:this|our|my) ${PLACE})\\b|\\bno ${GROUPS} allowed\\b|\\b(?:keep|send|ship|kick|throw|drive|run|chase|force|boot|push) (?:all (?:the |these |those )?|the |these |those )${GROUPS} (?:back|out)\\b|\\bget (?:all (?:of )?)?(?:the |these |those )?${GROUPS} out of (?:here|this country|our country|my country|our (?:town|city|neighbou?rhood|schools?))\\b|\\bkeep (?:all )?(?:the |these |those )?${GROUPS} away from (?:our|my|the|your) (?:children|kids|daughters|sons|women|girls|schools?|families|homes|neighbou?rhoods?|country|streets)\\b|\\b(?:there is|theres|there s) no (?:place|room) (?:here )?for ${G}\\b|\\b${G} (?:have|has) no (?:place|business|right to be|right to live|right to exist) (?:here|in (?:(?:this|our|my|the|a|any) )?(?:civili[sz]ed |decent |normal |modern |western )?${PLACE})\\b|\\b${G} ${MODAL} (?:all )?(?:go home|leave (?:our|this|my) ${PLACE}|get out of (?:our|this|my) ${PLACE}|be (?:deported|sent home|thrown out|driven out|expelled|banned))\\b`,
    ),
    // Literals close to the phrase: "keep", "send" and "welcome" alone would pass every other prompt line.
    anchor: new RegExp(
      `belong|not welcome|never welcome|longer welcome|not wanted|never wanted|longer wanted| allowed|${anchorOf(['keep ', 'send ', 'ship ', 'kick ', 'throw ', 'drive ', 'run ', 'chase ', 'force ', 'boot ', 'push '], ['all', 'the ', 'these', 'those']).source}|out of here|out of this|out of our|out of my|away from our|away from my|away from the|away from your|no place|no room|no business|right to be|right to live|right to exist|go home|leave our|leave this|leave my|get out of|be deported|be sent home|be thrown out|be driven out|be expelled|be banned`,
    ),
    category: 'harassment',
    severity: 'medium',
    policy: true,
  },
  {
    // Dehumanising and vilifying: "<group> are basically animals", "<group> are a stain on this
    // country", "<group> breed like rats", "<group> are invading our country".
    re: new RegExp(
      `\\b${G} (?:are|r|re) ${INTENSITY}${VILE}(?![a-z])|\\b(?:aren t|arent) ${G} ${INTENSITY}${VILE}(?![a-z])|\\b${G} (?:breed|multiply|reproduce|spread) like ${VERMIN}\\b|\\b${G} (?:are )?(?:infesting|invading|polluting|contaminating|poisoning|ruining|destroying|taking over|overrunning|infecting|breeding out) (?:our|this|the|my) ${PLACE}\\b|\\b${G} (?:are|r|re) (?:a |an )?(?:threat|danger|menace|burden|drain|plague|cancer|curse|disgrace|blight|stain|parasite) (?:to|on|for|upon) (?:our|this|the|society|humanity|civili[sz]ation|everyone|us)\\b`,
    ),
    anchor: new RegExp(
      `${anchorOf([' '], VILE_WORDS).source}|${anchorOf(['breed', 'multiply', 'reproduce', 'spread'], [' like ']).source}|${anchorOf(TAKEOVER_WORDS).source}|${anchorOf(BURDEN_WORDS, [' to ', ' on ', ' for ', ' upon ']).source}`,
    ),
    category: 'harassment',
    severity: 'high',
    policy: true,
  },
  {
    // The group named, then called vile by a resumptive "they" (thirty-first round, from tox48):
    // "honestly the homeless should be rounded up, they're human garbage", "immigrants ruin every
    // town they move to, they are parasites". The group opens the sentence and is its subject (not
    // "men who beat women, they're scum", aimed at what some do); "they" is not someone else's
    // claim ("… are told that they're animals", "bigots say they're vermin") nor negated ("they're not
    // animals": VILE must follow at once).
    re: new RegExp(
      `^(?:(?:honestly|frankly|seriously|tbh|imo|imho|ngl|look|i mean|i swear|face it|let s be honest) )?${G} (?!who |that |which |whom )(?:[a-z]{1,15} ){1,14}?(?<!\\b(?:that|say|says|said|saying|call|calls|called|think|thinks|claim|claims|believe|believes|told|tell|tells|assume|assumes|assumed|pretend|pretends|if|whether) )(?:they re|theyre|they are|they r) ${INTENSITY}${VILE}(?![a-z])`,
    ),
    anchor: /they re |theyre |they are |they r /,
    category: 'harassment',
    severity: 'high',
    policy: true,
    // Read as written: one slip from "theyre" is "there" (phrase-typos.ts), which other phrases read.
    exact: true,
  },
  {
    // "The only good <x> is a dead (or deported) <x>": any group, the structure is the threat.
    re: /\bthe only good [a-z]{2,20} (?:is|are) (?:an? )?(?:dead|deported) (?:one|ones|[a-z]{2,20})\b/,
    anchor: /only good/,
    category: 'violence',
    severity: 'high',
    policy: true,
  },
]

/**
 * The dehumanising claim negated ("<group> are not vermin", "<group> aren't a burden on
 * society"): counter-speech when no "but" takes it back (counter-speech.ts).
 */
export const NEGATED_ATTACK = new RegExp(
  `\\b${G} (?:are|r|re) (?:not|never|no) ${INTENSITY}(?:${VILE}|(?:a |an )?(?:threat|danger|menace|burden|drain|curse|disgrace) (?:to|on|for))(?![a-z])|\\b${G} (?:aren t|arent) ${INTENSITY}(?:${VILE}|(?:a |an )?(?:threat|danger|menace|burden|drain|curse|disgrace) (?:to|on|for))(?![a-z])`,
)
