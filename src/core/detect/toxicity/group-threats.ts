// Violence and hatred aimed at a group or at any one of its members, phrased without "you":
// "I'm going to stab the first <member> I see", "I would slap any <member>", "I detest every
// single <member>", "every <member> deserves a bullet", "someone should torch the mosque",
// "<group> belong in cages", "nobody wants <group> around here", "wouldn't it be great if
// <group> just disappeared", "<group> ruin everything". Each needs a named group or member
// (identity-attacks.ts, group-claims.ts) or a place of worship, and a harm that cannot be read
// innocently, so "I'll shoot the first photo", "every refugee deserves a fair hearing" or "the
// mosque was built in 1990" never match. Policy phrases: quoted or refused hate is a mention
// (match.ts).
import { anchorOf } from '../literal-screen.js'
import { MEMBER } from './group-claims.js'
import { G, GROUPS } from './identity-attacks.js'
import type { PhraseEntry } from './lexicon.js'

/** "I will", "we're going to", "I want to": the speaker announces or wants the harm. */
const INTENT =
  '(?:i|we) (?:will|ll|would|d|am going to|m going to|are going to|re going to|am gonna|m gonna|gonna|want to|wanna|would love to|d love to|intend to|plan to)'
const ASSAULT_VERBS = [
  'kill',
  'murder',
  'stab',
  'shoot',
  'hang',
  'lynch',
  'beat up',
  'beat',
  'hurt',
  'attack',
  'rape',
  'burn',
  'punch',
  'slaughter',
  'run over',
  'torch',
  'bash',
  'strangle',
  'behead',
  'slap',
  'smack',
  'hit',
  'kick',
  'spit on',
]
const ASSAULT = `(?:${ASSAULT_VERBS.join('|')})`
/** One member, picked out: "the first jew", "any gay guy", "the next disabled person". */
const ANY_MEMBER = `(?:the (?:first|next)|any|every|each|a|some) (?:single )?${MEMBER}(?: person| man| woman| guy| kid| boy| girl)?`
/** Who is asked or announced to attack a place: "someone should", "we're going to", "let's". */
const ATTACKER =
  '(?:(?:someone|somebody|we|you|i|people|they) (?:should|must|need to|needs to|ought to|have to|has to|will|ll|are going to|re going to|am going to|m going to|gonna|want to|wanna)|let s|lets)'
const TARGET_PLACE =
  '(?:mosques?|synagogues?|churches|church|temples?|gurdwaras?|gay (?:bars?|clubs?)|pride (?:parades?|march|marches)|refugee (?:centres?|centers?|camps?|shelters?|hostels?)|asylum (?:hostels?|centres?|centers?))'
/** What a group is said to deserve: "a bullet", "to hang". */
const DESERVED =
  '(?:a bullet|bullets|a beating|death|the death penalty|the rope|hell|to (?:die|hang|burn|suffer|rot in hell|be shot|be killed|be hanged|be beaten|be raped|be gassed|be exterminated))'
/** Where a group is said to belong: "in cages", "in the gutter". */
const CONFINEMENT =
  '(?:cages?|camps?|concentration camps?|zoos?|prisons?|jails?|gutters?|hell|ovens?|gas chambers?|chains|asylums?|mental (?:hospitals?|institutions?|asylums?)|graves?|the ground|trash|garbage|dumpsters?|sewers?|bins?)'

export const GROUP_THREATS: readonly PhraseEntry[] = [
  {
    // "I detest every single <member>", "I hate all <group>" (harm-phrases.ts reads the bare plural).
    re: new RegExp(
      `\\bi (?:really |just |truly |fucking )?(?:hate|despise|loathe|detest|can t stand|cannot stand|can not stand) (?:every|each|any|all) (?:single |last )?(?:${MEMBER}(?: person| man| woman| guy)?|(?:of )?(?:the |these |those )?${GROUPS})\\b`,
    ),
    anchor: anchorOf(['hate ', 'despise ', 'loathe ', 'detest ', 'stand '], ['every', 'each', 'any', 'all']),
    category: 'harassment',
    severity: 'medium',
    policy: true,
  },
  {
    // A group named, then hated by pronoun in the same sentence: "I have met many <group> and I
    // hate every single one of them" (the hate of a group said without naming it twice).
    re: new RegExp(
      `\\b${GROUPS}\\b[^.!?\\n]{0,60}?\\bi (?:really |just |truly |fucking )?(?:hate|despise|loathe|detest|can t stand|cannot stand|can not stand) (?:them(?: all)?|all of them|every (?:single )?one of them|each (?:and every )?one of them)\\b`,
    ),
    anchor: anchorOf(['hate ', 'despise ', 'loathe ', 'detest ', 'stand '], ['them', 'all of', 'every', 'each']),
    category: 'harassment',
    severity: 'medium',
    policy: true,
  },
  {
    // Exclusion by the speaker: "I would never hire a <member>", "we don't rent to <group>"
    // (not "date" or "marry": whom one partners is no exclusion of a group).
    re: new RegExp(
      `\\b(?:i|we) (?:would|will|d|ll) never (?:hire|employ|rent to|serve|promote|vote for|trust|work with) (?:a|an|any|another) ${MEMBER}(?: person| man| woman| guy| girl)?\\b|\\b(?:i|we) (?:do not|don t|dont|will not|won t|refuse to) (?:ever )?(?:hire|employ|rent to|serve|promote|vote for|trust|work with) (?:any )?${GROUPS}\\b`,
    ),
    anchor: anchorOf(
      ['never ', 'not ', ' t ', 'dont ', 'refuse to '],
      ['hire', 'employ', 'rent to', 'serve', 'promote', 'vote for', 'trust', 'work with', 'ever '],
    ),
    category: 'harassment',
    severity: 'medium',
    policy: true,
  },
  {
    // Contempt by comparison: "there is nothing worse than a <member>", "I'd rather die than live
    // next to a <member>".
    re: new RegExp(
      `\\bthere (?:is|s) nothing (?:worse|lower|more disgusting) than (?:a|an) ${MEMBER}\\b|\\b(?:i d|i would|id) rather (?:die|starve|be dead|move away|move out) than (?:live next to|live near|live with|work with|sit next to|be around|share (?:a|an|my) \\w{2,12} with) (?:a|an|any) ${MEMBER}\\b`,
    ),
    anchor: anchorOf([
      'nothing worse than',
      'nothing lower than',
      'nothing more disgusting than',
      'rather die',
      'rather starve',
      'rather be dead',
      'rather move',
    ]),
    category: 'harassment',
    severity: 'medium',
    policy: true,
  },
  {
    // Incapacity claimed of a whole group: "<group> are not capable of leading", "I don't think
    // <group> are capable of …".
    re: new RegExp(
      `\\b${G} (?:are|r|re) (?:not|never|simply not|just not) capable of\\b|\\b(?:i )?(?:do not|don t|dont) think ${G} (?:are|r|re) capable of\\b`,
    ),
    anchor: anchorOf([' capable of']),
    category: 'harassment',
    severity: 'medium',
    policy: true,
  },
  {
    // "I don't want any more <group> in my neighbourhood" (as "nobody wants", below).
    re: new RegExp(
      `\\b(?:i|we) (?:do not|don t|dont) want (?:any (?:more )?|more )?${GROUPS} (?:in|around|near) (?:my|our|this) (?:country|town|city|neighbou?rhood|street|school|building|area|community)\\b(?! (?:to|feeling|being|getting|left|treated|hurt|harmed|excluded))`,
    ),
    anchor: anchorOf(['want ']),
    category: 'harassment',
    severity: 'medium',
    policy: true,
  },
  {
    // "Nobody wants <group> around here".
    re: new RegExp(
      `\\b(?:nobody|no one|noone) (?:wants|needs|likes) (?:any |the |these |those )?${GROUPS} (?:around|here|in (?:this|our|my) ${'(?:country|town|city|neighbou?rhood|street|school|building)'})\\b(?!(?: here)? (?:to|feeling|being|getting|left|treated|hurt|harmed|excluded))`,
    ),
    anchor: anchorOf(['wants ', 'needs ', 'likes ']),
    category: 'harassment',
    severity: 'medium',
    policy: true,
  },
  {
    // "I'm going to stab the first jew I see", "I will beat up any gay guy", "we want to hurt immigrants".
    re: new RegExp(`\\b${INTENT} (?:go )?${ASSAULT} (?:${ANY_MEMBER}|(?:all )?(?:the |these |those )?${GROUPS})\\b`),
    anchor: anchorOf(ASSAULT_VERBS, [' the ', ' any ', ' every ', ' each ', ' a ', ' some ', ' all ', ' these ', ' those ', ' ']),
    category: 'violence',
    severity: 'high',
    policy: true,
  },
  {
    // "every refugee in this town deserves a bullet", "<group> deserve to hang".
    re: new RegExp(
      `\\b(?:every (?:single )?${MEMBER}(?: person| man| woman| guy| one)?(?: (?:in|on|at|of) (?:this|the|my|our|that|your) [a-z]{2,15})?|${G}) (?:deserve|deserves) ${DESERVED}(?![a-z])`,
    ),
    anchor: anchorOf(
      ['deserve'],
      ['s ', ' '],
      ['a bullet', 'bullets', 'a beating', 'death', 'the death', 'the rope', 'hell', 'to '],
    ),
    category: 'violence',
    severity: 'high',
    policy: true,
  },
  {
    // "someone should torch the synagogue", "let's burn down every mosque".
    re: new RegExp(
      `\\b${ATTACKER} (?:go )?(?:burn|torch|bomb|firebomb|blow up|shoot up|attack|raid|smash up|set fire to)(?: down)? (?:the|that|this|their|every|a|all the|all|those|these) ${TARGET_PLACE}\\b`,
    ),
    anchor: anchorOf([
      'mosque',
      'synagogue',
      'church',
      'temple',
      'gurdwara',
      'gay bar',
      'gay club',
      'pride ',
      'refugee ',
      'asylum ',
    ]),
    category: 'violence',
    severity: 'high',
    policy: true,
  },
  {
    // A hunt called for or announced: "let us hunt down the <group>", "we will hunt down every <member>".
    re: new RegExp(
      `\\b(?:let us|let s|lets|we should|we must|we need to|we will|we ll|we are going to|we re going to|we re gonna|time to|it s time to|its time to) (?:go )?(?:hunt down|round up|hunt|exterminate|wipe out|kill|lynch|beat up|attack|get rid of|drive out|purge) (?:(?:all )?(?:of )?(?:the |these |those )?${GROUPS}|(?:every|each|any) (?:single )?${MEMBER}(?: person| man| woman| guy| kid)?)\\b`,
    ),
    anchor: anchorOf([
      'hunt',
      'round up',
      'exterminate',
      'wipe out',
      'kill ',
      'lynch',
      'beat up',
      'attack',
      'get rid of',
      'drive out',
      'purge',
    ]),
    category: 'violence',
    severity: 'high',
    policy: true,
  },
  {
    // "<group> belong in cages", "<group> belong in the gutter".
    re: new RegExp(`\\b${G} (?:belong|belongs) (?:in|on) (?:a |the )?${CONFINEMENT}\\b`),
    anchor: /belongs? (?:in|on) /,
    category: 'harassment',
    severity: 'high',
    policy: true,
  },
  {
    // "wouldn't it be great if all the immigrants just disappeared", "the world would be better without <group>".
    re: new RegExp(
      `\\b(?:would be|d be|wouldn t it be|wouldnt it be|would not it be|will be) (?:so |much |a lot )?(?:great|nice|better|wonderful|amazing|good|awesome|lovely|perfect) if (?:all )?(?:of )?(?:the |these |those )?${GROUPS} (?:just |all |simply )?(?:disappeared|died|vanished|were (?:gone|dead|deported|wiped out|killed|exterminated|shot)|didn t exist|did not exist|went away|dropped dead)\\b|\\b(?:the world|this country|our country|society|everyone|we|life|everybody|humanity) (?:would be|d be|will be|is) (?:so |much |a lot |far )?better (?:off )?without (?:any |all )?(?:the |those |these )?${GROUPS}\\b`,
    ),
    anchor: new RegExp(
      `${anchorOf(['great', 'nice', 'better', 'wonderful', 'amazing', 'good', 'awesome', 'lovely', 'perfect'], [' if ']).source}|better without|better off without`,
    ),
    category: 'harassment',
    severity: 'high',
    policy: true,
  },
  {
    // "<group> ruin everything", "<group> destroy every country they go to".
    re: new RegExp(
      `\\b${G} (?:always |just |only )?(?:ruin|ruins|destroy|destroys|wreck|wrecks|spoil|spoils) (?:everything|every (?:place|country|city|town|neighbou?rhood|community|school|workplace|thing))\\b`,
    ),
    anchor: anchorOf(['ruin', 'destroy', 'wreck', 'spoil'], ['s ', ' '], ['every']),
    category: 'harassment',
    severity: 'medium',
    policy: true,
  },
  {
    // Existence held against a group: "I will never forgive <group> for existing" (the "never"
    // is part of the claim, not a refusal of it), "the world needs fewer <group>".
    re: new RegExp(
      `\\b(?:(?:i|we) (?:will |ll |can |could )?(?:never|not|don t|won t|can t|cannot) (?:ever )?forgive|hate|despise|loathe|detest) ${G} (?:just )?for (?:existing|being alive|being born|breathing)\\b|\\b(?:the world|this country|our country|society|europe|america|britain|this town|we|everyone) (?:needs|need|could use|would be better with) (?:far |a lot |way |much )?fewer (?:of )?(?:the |these |those )?${GROUPS}\\b`,
    ),
    // The verbs, not "for existing" or "fewer" alone: "for existing code", "fewer than five" are in
    // many prompt lines (the line screen reads these literals too).
    anchor: new RegExp(
      `${anchorOf(['forgive ', 'hate ', 'despise ', 'loathe ', 'detest ']).source}|${anchorOf(['needs ', 'need ', 'could use ', 'better with '], ['', 'far ', 'a lot ', 'way ', 'much '], ['fewer']).source}`,
    ),
    category: 'harassment',
    severity: 'high',
    policy: true,
  },
  {
    // A member kept away or threatened for being one: "I refuse to be served by a <member>",
    // "any <member> who comes near me will regret it".
    re: new RegExp(
      `\\b(?:i|we) (?:refuse to|won t|will not|would never|will never) (?:be served by|be treated by|work with|sit next to|rent to|hire|sell to|serve) (?:a|an|any) ${MEMBER}\\b|\\b(?:any|every) ${MEMBER}(?: person| man| woman| guy| kid)? (?:who|that) (?:comes|gets|walks|moves|dares to come) (?:near|close to|next to|into) (?:me|us|my|our)(?: [a-z]{2,12})? (?:will|is going to|gonna|ll) (?:regret it|be sorry|get hurt|pay|bleed|get what s coming)\\b`,
    ),
    // Whole phrases: "serve", "pay" and "hire" alone are in many prompt lines.
    anchor: new RegExp(
      `${anchorOf(['refuse to ', 'won t ', 'will not ', 'would never ', 'will never '], ['be served by', 'be treated by', 'work with a', 'sit next to', 'rent to', 'hire a', 'sell to', 'serve a']).source}|${anchorOf(['will ', 'll ', 'gonna ', 'going to '], ['regret it', 'be sorry', 'get hurt', 'pay', 'bleed', 'get what s coming']).source}`,
    ),
    category: 'harassment',
    severity: 'medium',
    policy: true,
  },
]
