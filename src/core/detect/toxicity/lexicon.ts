// The curated lexicon. Deliberately small: words that are offensive in almost every use,
// plus targeted phrases (threats, self-harm incitement, direct insults) instead of bare
// verbs like "kill" or "shoot" that prompts use innocently ("kill the process").
//
// Slurs are stored ROT13-encoded so this file does not read as a list of slurs in code
// review, search results or grep output; they are decoded once at load. ROT13 is not a
// secret, only a courtesy to readers.
import type { Level } from '../../types.js'
import { GROUP_CLAIMS } from './group-claims.js'
import { GROUP_STEREOTYPES } from './group-stereotypes.js'
import { GROUP_THREATS } from './group-threats.js'
import { HARM_PHRASES } from './harm-phrases.js'
import { GROUP_HOSTILITY } from './group-hostility.js'
import { IDENTITY_ATTACKS } from './identity-attacks.js'
import { THREAT_PHRASES } from './threat-phrases.js'
import { MENACE_PHRASES } from './menace-phrases.js'
import { ABUSE_REQUESTS } from './abuse-requests.js'
import { HARM_GRAMMAR } from './harm-grammar.js'
import { GOADING_PHRASES } from './goading-phrases.js'
import { MULTILINGUAL_HARM_PHRASES } from './harm-multilingual.js'
import { PERSON_ABUSE } from './person-abuse.js'
import { MULTILINGUAL_ABUSE } from './abuse-multilingual.js'
import { SEXUAL_COERCION } from './sexual-coercion.js'
import { VEILED_MENACE } from './veiled-menace.js'
import { HATE_CODES } from './hate-codes.js'
import { SPORTS_FIXTURE_NEXT } from './sports.js'
import { COVERT_ABUSE } from './covert-abuse.js'

export type ToxicCategory = 'slur' | 'harassment' | 'sexual' | 'violence'

export interface WordEntry {
  word: string
  category: ToxicCategory
  severity: Level
  /** Allowed endings: `s` for plurals, `ing`… */
  suffixes?: readonly string[]
  /** Commonly named in safety policies ("never produce porn"): skipped after a refusal cue. */
  policy?: boolean
  /**
   * Profanity that is only toxic when aimed at someone ("fuck you", "you shitty bot"); as an
   * intensifier or an exclamation ("so fucking good", "oh shit") it is left alone.
   */
  aimed?: boolean
  /**
   * Idioms that reuse the word innocently, tested on the words that follow (up to five) and
   * on those that precede it in its sentence (up to four), joined by spaces.
   */
  exceptNext?: RegExp
  exceptPrev?: RegExp
  /**
   * Words that make it a homonym anywhere near it in its sentence (eight words either side):
   * the sea walls of "the Dutch build dykes", the dish of "faggots and peas".
   */
  innocentNear?: RegExp
}

export interface PhraseEntry {
  re: RegExp
  /**
   * Literal text every match of `re` contains (a pre-filter, so it must never be stricter
   * than `re`): lines without it skip the phrase. No flags, no anchors, no \b.
   */
  anchor: RegExp
  category: ToxicCategory
  severity: Level
  policy?: boolean
  /** Tested on the text right after the match. */
  exceptNext?: RegExp
  /** Tested on the text right before the match (up to 60 characters, ending with a space). */
  exceptPrev?: RegExp
  /**
   * Its anchor words are read only as written, never one slip away (phrase-typos.ts): the rules
   * in other languages, whose words' slips are English words ("matate" → "matte").
   */
  exact?: boolean
}

function rot13(s: string): string {
  return s.replace(/[a-z]/g, (c) => String.fromCharCode(((c.charCodeAt(0) - 97 + 13) % 26) + 97))
}

type Spec = Omit<WordEntry, 'category' | 'severity'> & { severity?: Level }

function entries(category: ToxicCategory, severity: Level, specs: readonly Spec[]): WordEntry[] {
  return specs.map((spec) => ({ ...spec, category, severity: spec.severity ?? severity }))
}

const PLURAL = ['s'] as const

const SLURS = entries('slur', 'high', [
  { word: rot13('avttre'), suffixes: PLURAL },
  { word: rot13('avttn'), suffixes: ['s', 'z'] },
  // Also a British meatball dish and a bundle of sticks for the fire.
  {
    word: rot13('snttbg'),
    suffixes: PLURAL,
    innocentNear:
      /\b(?:gravy|peas|mash|onions?|recipe|butcher s?|pork|liver|oven|baked|dish|firewood|kindling|fireplace|hearth|bundles?|sticks|brushwood)\b/,
  },
  { word: rot13('xvxr'), suffixes: PLURAL },
  { word: rot13('fcvp'), suffixes: PLURAL, exceptNext: /^(?:and|n) span\b/ },
  { word: rot13('puvax'), suffixes: PLURAL, exceptNext: /^in (?:the |his |her |their |its |my |our |your )?armou?r\b/ },
  { word: rot13('jrgonpx'), suffixes: PLURAL },
  { word: rot13('genaal'), suffixes: ['s'] },
  // The verb: "retard the ignition timing", "retards corrosion".
  {
    word: rot13('ergneq'),
    suffixes: ['s', 'ed'],
    exceptNext:
      /^(?:the (?:[a-z]+ )?(?:growth|progress|development|ignition|timing|spark|engine|corrosion|combustion|oxidation|fire|flames?|reaction|rate|process|setting|curing|drying|germination|aging|ageing|decay)|growth|progress|development|ignition|timing|spark|corrosion|combustion|oxidation|fire|flames?|burning|germination|setting|curing|drying)\b/,
  },
  { word: rot13('enturnq'), suffixes: PLURAL },
  // The ableist slur (thirty-first round, from tox48): "ban this autistic spaz"; not the verb, "my laptop spazzed out" is another word, "spaz out" is left alone.
  { word: rot13('fcnm'), suffixes: ['zes'], exceptNext: /^(?:out|outs)\b/ },
  { word: rot13('gbjryurnq'), suffixes: PLURAL },
  { word: rot13('tbbx'), suffixes: PLURAL, exceptPrev: /\bgobbledy$/ },
  // Also a sea wall or ditch: "the Dutch build dykes to hold back the sea".
  {
    word: rot13('qlxr'),
    suffixes: PLURAL,
    exceptPrev: /\bvan$/,
    innocentNear:
      /\b(?:sea|seas|water|waters|river|rivers|floods?|flooding|polders?|dutch|netherlands|tides?|tidal|canals?|levees?|dams?|embankments?|marsh|marshes|fens?|drainage|ditch|ditches|coast|coastal|dredg(?:e|ed|ing))\b/,
  },
  { word: rot13('cnxv'), suffixes: PLURAL },
  { word: rot13('ornare'), suffixes: PLURAL },
  // Spelling variants seen in the wild (the normaliser already folds case, leetspeak, repeats).
  { word: rot13('avttnu'), suffixes: ['s', 'z'] },
  { word: rot13('avttuh'), suffixes: ['s', 'z'] },
  { word: rot13('snt'), suffixes: ['s', 'git', 'gits', 'gy'] },
  { word: rot13('qnexvr'), suffixes: PLURAL },
  { word: rot13('mvccreurnq'), suffixes: PLURAL },
  { word: rot13('xlxr'), suffixes: PLURAL },
  { word: rot13('fcvpx'), suffixes: PLURAL },
  { word: rot13('genaavr'), suffixes: PLURAL },
  { word: rot13('avppn'), suffixes: ['s', 'z'] },
  { word: rot13('avtthu'), suffixes: ['s', 'z'] },
  { word: rot13('avtyrg'), suffixes: PLURAL },
  { word: rot13('jvttn'), suffixes: ['s', 'z'] },
  { word: rot13('zhmmvr'), suffixes: PLURAL },
  { word: rot13('zhfybvq'), suffixes: PLURAL },
  { word: rot13('puvaxl') },
])

const AIMED = ['s', 'ed', 'ing', 'in'] as const

const HARASSMENT = entries('harassment', 'medium', [
  { word: 'fuck', suffixes: AIMED, aimed: true },
  ...['fucker', 'fuckface', 'fuckhead', 'fuckwit', 'fucktard', 'fuckwad'].map((word) => ({ word, suffixes: PLURAL })),
  { word: 'fuk', suffixes: AIMED, aimed: true },
  { word: 'fck', suffixes: AIMED, aimed: true },
  { word: 'fcuk', suffixes: AIMED, aimed: true },
  { word: 'phuck', suffixes: AIMED, aimed: true },
  { word: 'fvck', suffixes: AIMED, aimed: true },
  { word: 'biatch', suffixes: ['es'] },
  { word: 'biotch', suffixes: ['es'] },
  { word: 'motherfucker', suffixes: PLURAL },
  { word: 'motherfucking', aimed: true },
  { word: 'cunt', suffixes: PLURAL },
  { word: 'asshole', suffixes: PLURAL },
  // Spelled as said: "azzhole".
  { word: 'azzhole', suffixes: PLURAL },
  // Not the exclamation that opens a sentence: "Son of a bitch, that hurt!" ("you son of a bitch" is aimed).
  {
    word: 'bitch',
    suffixes: ['es', 'y', 'ing'],
    exceptPrev: /^(?:(?:oh|ah|aw|ow|ouch|ugh|argh|well|man|damn|god|gosh|yeah|holy|and) )*son of a$/,
  },
  { word: 'dickhead', suffixes: PLURAL },
  { word: 'shithead', suffixes: PLURAL },
  { word: 'douchebag', suffixes: PLURAL },
  { word: 'dumbass', suffixes: ['es'] },
  { word: 'wanker', suffixes: PLURAL },
  { word: 'twat', suffixes: PLURAL },
  { word: 'cocksucker', suffixes: PLURAL },
  { word: 'stfu' },
  { word: 'kys', severity: 'high' },
])

const PROFANITY = entries('harassment', 'low', [
  { word: 'shit', suffixes: ['s', 'ty', 'ting'], aimed: true },
  { word: 'bullshit', aimed: true },
])

const SEXUAL = entries('sexual', 'medium', [
  { word: 'porn', suffixes: ['o', 'ography', 'ographic', 's'], policy: true },
  { word: 'blowjob', suffixes: PLURAL },
  { word: 'handjob', suffixes: PLURAL },
  { word: 'cumshot', suffixes: PLURAL },
  { word: 'gangbang', suffixes: PLURAL },
  { word: 'deepthroat', suffixes: ['ing', 'ed'] },
  { word: 'masturbat', suffixes: ['e', 'es', 'ed', 'ing', 'ion'], policy: true },
  { word: 'orgasm', suffixes: PLURAL, policy: true },
  { word: 'horny' },
  { word: 'slut', suffixes: ['s', 'ty'] },
  { word: 'whore', suffixes: PLURAL },
  { word: 'milf', suffixes: PLURAL },
  { word: 'hentai' },
  { word: 'nsfw', policy: true },
  { word: 'sexting', policy: true },
  { word: 'boobs' },
])

// Discussing sexual violence (news, support, policy) is not violent content; a threat is.
const VIOLENCE = entries('violence', 'high', [
  { word: 'rape', suffixes: ['s', 'd'], policy: true, aimed: true },
  { word: 'rapist', suffixes: PLURAL, policy: true, aimed: true },
])

export const WORDS: readonly WordEntry[] = [...SLURS, ...HARASSMENT, ...PROFANITY, ...SEXUAL, ...VIOLENCE]

// Not "hurt" ("it won't hurt you to ask") nor "execute" ("execute them in order"); bare
// "kill them" is a process-management phrase, so third persons need a first-person threat.
const YOU = '(?:you|u|ya|all of you|your family|everyone|everybody)'
const THIRD = '(?:him|her|them)'
const THREAT =
  '(?:i ll|i will|i m going to|im going to|i am going to|i m gonna|im gonna|i want to|i wanna|we ll|we will|we re going to)'
const HARM_VERB =
  '(?:kill|murder|stab|shoot|strangle|choke|behead|lynch|torture|butcher|slaughter|beat up|rape|dismember|decapitate|disembowel|maim|bludgeon)'
/**
 * A risk, not a threat: "cigarettes can kill you", "this bug could kill you in production", "the
 * fence can seriously hurt or kill you". A modal of possibility after anything but "I" or "we"
 * (who would be making the threat).
 */
const RISK_MODAL =
  /(?:^|\b(?!(?:i|we) )\w+ )(?:can|could|may|might) (?:easily |actually |literally |really |seriously |badly |even )?(?:(?:hurt|injure|harm|burn|shock|poison|maim) or )?$/
/** A petty offence, the cause of a hyperbolic "I'll kill you": a spoiler, food taken, lateness. */
const PETTY_OFFENCE =
  '(?:spoil|spoils|spoiled|spoilt|spoiling|tell me (?:the|how it) end|eat|eats|ate|eating|drink|drank|drinking|finish|finished|finishing|steal|stole|stealing|touch|touched|touching|use|used|using|take|took|taking) (?:the |my |our |that |this |one more |another |any more |the last )?(?:finale|ending|end|episode|season|show|series|movie|film|book|game|match|spoilers?|surprise|plot|twist|food|fries|snacks?|leftovers|lunch|dinner|dessert|pizza|cake|cookies?|chocolate|chips|candy|sandwich|coffee|tea|beer|wine|drink|last slice|last piece|last bite|charger|mug|shampoo|towel|hoodie|seat|parking spot|remote)'
/** "I'll shoot you an email", "kill them with kindness", "beat you to it", "slaughter them at trivia", "I'll kill you if you spoil the finale". */
const HARMLESS_OBJECT = new RegExp(
  `^(?: (?:an?|another|the|my|our|a quick) (?:email|e mail|message|text|note|line|dm|invite|link|reminder|update|call|reply|photo|picture|pic)| with kindness| to it|${SPORTS_FIXTURE_NEXT}| at (?:chess|this|that|the|trivia|quiz|pool|darts|bowling|poker|cards|scrabble|monopoly|bingo|karaoke|ping pong|tennis|golf|basketball|football|soccer|volleyball)| (?:if|when|the moment|the second) (?:you|u) (?:ever |even |dare |so much as |try to |go and )?${PETTY_OFFENCE}\\b| for (?:${PETTY_OFFENCE}\\b|being late|forgetting (?:my|our|the) (?:birthday|anniversary|keys|tickets)))`,
)

/** A risk (RISK_MODAL), or a petty offence first: "if you spoil the ending I will murder you". */
const RISK_OR_PETTY = new RegExp(
  `${RISK_MODAL.source}|\\bif (?:you|u) (?:ever |even |dare |so much as )?${PETTY_OFFENCE}(?: [a-z]{1,15}){0,3} (?:i ll|i will|i m going to|im going to|i m gonna|im gonna|i d|i swear i ll|i swear i will) $`,
)

/** The text before "deserve(s)" denies it: "no one", "no <people>", "none of them", "don't". */
const NOT_DESERVING =
  /(?:\b(?:no one|noone|nobody|no single [a-z]+|not a single [a-z]+|no (?:[a-z]+ )?(?:people|persons?|men|women|man|woman|kids?|child|children|folks|humans?|animals?|[a-z]+s)|none of (?:them|us|you|these|those|the [a-z]+)|don t|dont|doesn t|doesnt|do not|does not|didn t|did not|never) (?:ever |really |truly |actually )?)$/
export const PHRASES: readonly PhraseEntry[] = [
  {
    re: /\bkill (?:yo)?urself\b|\bgo (?:and )?die\b|\b(?:hope|wish) (?:that )?you (?:die|get cancer)\b|\byou should (?:die|kill yourself)\b|\bnobody (?:likes|loves|wants) you\b(?! (?:to|like|as much as|more than|better than|the way)\b)/,
    anchor: /urself|die|cancer|nobody/,
    category: 'harassment',
    severity: 'high',
  },
  {
    re: /\byou (?:are|re|r) (?:an? |such an? |so |really |a complete |a total |an absolute |the biggest )?(?:idiot|moron|imbecile|stupid|dumb|worthless|pathetic|loser|failure|disgusting|trash|garbage|bastard|piece of (?:shit|crap|garbage))\b/,
    anchor: /idiot|moron|imbecile|stupid|dumb|worthless|pathetic|loser|failure|disgusting|trash|garbage|bastard|piece of/,
    category: 'harassment',
    severity: 'medium',
  },
  // An insult as a vocative: "go to hell you prick", "you stupid moron" (not "then you prick the
  // potatoes", "you jerk the handle": a verb takes an object). Not after "what a" or "such an":
  // there the word is as often a modifier ("a loser's bracket", "such an idiot-proof design").
  {
    re: /\byou (?:(?:stupid|dumb|fucking|absolute|complete|total|little|pathetic|worthless|filthy|smug) ){0,2}(?:prick|jerk|moron|idiot|imbecile|scumbag|dipshit|jackass|loser|cretin|troll|worm|maggot|parasite|clown|waste of (?:space|oxygen|air|skin))s?\b(?! (?:the|a|an|it|them|him|her|your|my|his|our|their|this|that|each|some|holes?|through|with|off|on|up|out|around|back|away)\b)/,
    anchor: /prick|jerk|moron|idiot|imbecile|scumbag|dipshit|jackass|loser|cretin|troll|worm|maggot|parasite|clown|waste of/,
    category: 'harassment',
    severity: 'medium',
  },
  // "Eat shit and die", "rot and die".
  {
    re: /\beat (?:shit|a dick|a bag of dicks)\b|\b(?:rot|burn|eat shit|choke) and die\b/,
    anchor: /eat |and die/,
    category: 'harassment',
    severity: 'high',
  },
  {
    re: /\bi (?:hate|despise|loathe) you\b|\b(?:stupid|dumb|fucking|worthless|braindead|brain dead|brainless|retarded) (?:idiot|moron|imbecile|loser)s?\b|\b(?:so|too) (?:ugly|fat) and (?:fat|ugly|stupid)\b/,
    anchor: /hate|despise|loathe|idiot|moron|imbecile|loser|ugly|fat/,
    category: 'harassment',
    severity: 'medium',
  },
  // Threats against people: "someone should shoot that reporter", "we are going to burn your
  // house down" (not "shoot a photo").
  {
    re: /\b(?:someone|somebody) should (?:shoot|kill|stab|hang|beat) (?:that|this|the|him|her|them)\b|\b(?:going to|gonna|will) (?:burn|torch) (?:your|his|her|their) (?:house|home|car)(?: down)?\b|\bbeat the (?:shit|crap|hell|fuck) out of you\b/,
    anchor: /one should|body should|burn|torch|beat the/,
    category: 'violence',
    severity: 'high',
  },
  // "kill all humans" (not "kill all processes"). A policy phrase: quoted to condemn it ("I can't
  // believe someone wrote 'kill all …'") or refused, it is a mention (match.ts).
  {
    re: /\bkill all (?:humans|people|women|men|jews|muslims|christians|immigrants)\b/,
    anchor: /kill all/,
    category: 'violence',
    severity: 'high',
    policy: true,
  },
  {
    re: /\bpiss off\b|\bshut the fuck up\b|\bshut up\b(?= (?:you|idiot|moron|bitch))(?! you (?:[a-z]+ ){0,2}(?:i love you|i luv you|love you|luv you|ily)\b)/,
    anchor: /piss off|shut /,
    category: 'harassment',
    severity: 'medium',
  },
  {
    re: new RegExp(`\\b${HARM_VERB} ${YOU}\\b|\\b${THREAT} ${HARM_VERB} ${THIRD}\\b`),
    anchor: new RegExp(`${HARM_VERB} `),
    category: 'violence',
    severity: 'high',
    exceptNext: HARMLESS_OBJECT,
    exceptPrev: RISK_OR_PETTY,
  },
  // "I know where you live", "you're going to die" (not "… die laughing", an idiom).
  {
    re: /\bslit (?:your|his|her|their) throats?\b|\bi know where you live\b|\byou (?:will|re going to|are going to|gonna) die\b(?! (?:laughing|of laughter|of embarrassment|of boredom|of shame|of cuteness|happy)\b)|\bdie in a fire\b/,
    anchor: /throat|where you live|die/,
    category: 'violence',
    severity: 'high',
  },
  // "You deserve to die", not where the subject or the verb is negated: "no one deserves to
  // die", "no Muslims deserve to die", "none of them deserve to die", "you don't deserve to die".
  // A policy phrase: refused ("I would never say <group> deserve to die") it is a mention.
  {
    re: /\bdeserves? to die\b/,
    anchor: /to die/,
    category: 'violence',
    severity: 'high',
    policy: true,
    exceptPrev: NOT_DESERVING,
  },
  {
    re: /\b(?:bomb|shoot up|blow up|burn down) (?:the|a|your|this|that) (?:school|office|building|church|mosque|synagogue|temple|airport|station|house|hospital|mall)\b/,
    anchor: /bomb|shoot up|blow up|burn down/,
    category: 'violence',
    severity: 'high',
    policy: true,
  },
  {
    re: /\banal sex\b|\boral sex\b|\bsex (?:tape|slave)s?\b|\bnude (?:pics|photos|selfies)\b/,
    anchor: /sex|nude/,
    category: 'sexual',
    severity: 'medium',
    policy: true,
  },
  { re: /\bfuck (?:you|u|ya|off|yourself|urself|him|her|them)\b/, anchor: /fuck/, category: 'harassment', severity: 'medium' },
  ...HARM_PHRASES,
  ...GROUP_STEREOTYPES,
  ...GROUP_CLAIMS,
  ...IDENTITY_ATTACKS,
  ...GROUP_HOSTILITY,
  ...GROUP_THREATS,
  ...THREAT_PHRASES,
  ...MENACE_PHRASES,
  ...ABUSE_REQUESTS,
  ...HARM_GRAMMAR,
  ...GOADING_PHRASES,
  ...MULTILINGUAL_HARM_PHRASES,
  ...PERSON_ABUSE,
  ...MULTILINGUAL_ABUSE,
  ...SEXUAL_COERCION,
  ...VEILED_MENACE,
  ...HATE_CODES,
  ...COVERT_ABUSE,
]
