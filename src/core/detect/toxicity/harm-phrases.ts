// Phrase families for toxicity that no single word carries: wishes and threats of harm,
// incitement to self-harm, dehumanising a group, and requests for sexual content. They run on
// the normalised words joined by single spaces ("you're" → "you re"). Each needs a target (a
// person, "you", a group) so "kill the process" or "rats are rodents" never match, and all
// are policy phrases: after a refusal or reported-speech cue ("never say…", "if you say…") they
// are a mention, not an attack.
import { anchorOf } from '../literal-screen.js'
import type { PhraseEntry } from './lexicon.js'

export const GROUP_NOUN =
  '(?:women|men|girls|gays|gay people|lesbians|trans people|transgender people|blacks|black people|whites|white people|jews|muslims|christians|hindus|sikhs|immigrants|migrants|refugees|foreigners|mexicans|asians|chinese|arabs|africans|indians|latinos|gypsies|disabled people|the disabled|liberals|conservatives|leftists|feminists|atheists|catholics)'
const GROUP = `(?:they|these people|those people|all of them|(?:all |most |these |those |the )?${GROUP_NOUN})`
const PERSON = '(?:you|u|he|she|they|him|her|them|your (?:family|kids|children|mother|mom|wife|husband))'

const DEHUMANISING =
  '(?:vermin|parasites|cockroaches|rats|animals|beasts|savages|subhumans?|sub humans?|apes|monkeys|pigs|dogs|insects|leeches|scum|filth|a (?:disease|plague|cancer|virus)|not (?:human|people)|less than human)'
const ELIMINATE =
  '(?:killed|shot|hanged|hung|exterminated|gassed|eradicated|wiped out|executed|slaughtered|lynched|burned|burnt|euthanized|sterilized|deported|put down|eliminated|wiped off the (?:map|earth))'

/** The first word of each ELIMINATE alternative. */
const ELIMINATE_VERBS = [
  'killed',
  'shot',
  'hanged',
  'hung',
  'exterminated',
  'gassed',
  'eradicated',
  'wiped',
  'executed',
  'slaughtered',
  'lynched',
  'burned',
  'burnt',
  'euthanized',
  'sterilized',
  'deported',
  'put down',
  'eliminated',
]
const MODALS = ['should', 'must', 'need to', 'needs to', 'ought to', 'deserve to', 'deserves to', 'have to', 'has to']

/** Adjectives that make any requested thing sexual ("an erotic description"). */
const SEXUAL_ADJECTIVE =
  '(?:erotic|sexual|sexy|nsfw|x rated|xxx|smutty|smut|pornographic|porn|kinky|lewd|raunchy|horny|sex)(?: sex| sexual| porn)?'
const SEXUAL_THING =
  '(?:story|stories|scene|scenes|fanfic|fan fiction|roleplay|role play|description|message|messages|texts?|poem|fantasy|fantasies|pics?|photos?|pictures?|images?|videos?|chat|sexts?|talk|details|encounters?|acts?|intercourse)'
/**
 * Adjectives that are sexual only before a story or a picture: "an explicit story", but not
 * "explicit messages for each validation failure" or "the explicit scene graph".
 */
const LOOSE_ADJECTIVE = '(?:explicit|dirty|naughty|steamy)'
const LOOSE_THING =
  '(?:(?:bedtime |short |love |romance |fan )?(?:story|stories|fanfic|fiction|roleplay|role play|fantasy|fantasies)|sexts?|pics?|photos?|pictures?|images?|videos?|talk|chat)'
/** What a sexual request asks for, after its verb. */
const SEXUAL_REQUEST = `(?:${SEXUAL_ADJECTIVE} (?:(?:bedtime|short|love|romance|fan) )?${SEXUAL_THING}|${LOOSE_ADJECTIVE} (?:(?:sex|sexual|porn) ${SEXUAL_THING}|${LOOSE_THING}))`

export const HARM_PHRASES: readonly PhraseEntry[] = [
  {
    // "I hope you die", "wish your family gets killed", "hope they all rot", "hope your house burns down with you inside".
    re: new RegExp(
      `\\b(?:hope|wish|pray) (?:that )?(?:${PERSON}|${GROUP}) (?:all )?(?:die|dies|get (?:killed|shot|raped|hit by a (?:car|bus|truck)|cancer|aids|murdered|stabbed|hurt)|gets (?:killed|shot|raped|murdered|stabbed|hurt)|burn|burns|rot|rots|suffer|suffers|drown|choke|starve)\\b|\\b(?:hope|wish|pray) (?:that )?(?:your|ur) (?:house|home|car|apartment|place) (?:burns?|catches fire|blows up|explodes?|gets (?:burned|burnt|blown up|torched))(?: down)? with (?:you|u|your (?:family|kids|children)) (?:still )?(?:inside|in it)\\b`,
    ),
    anchor: /hope |wish |pray /,
    category: 'violence',
    severity: 'high',
    policy: true,
  },
  {
    // "they should all be exterminated", "you deserve to be shot", "women need to be put down".
    re: new RegExp(
      `\\b(?:${PERSON}|${GROUP}) (?:should|must|need to|needs to|ought to|deserve to|deserves to|have to|has to) (?:all )?(?:be ${ELIMINATE}|die)\\b`,
    ),
    anchor: anchorOf([...ELIMINATE_VERBS.map((e) => `be ${e}`), ...MODALS.flatMap((m) => [`${m} die`, `${m} all die`])]),
    category: 'violence',
    severity: 'high',
    policy: true,
  },
  {
    re: /\b(?:i|we) (?:will|ll|am going to|m going to|re going to|are going to|gonna) (?:find|hunt|track) (?:you|u) down\b|\byou (?:will|ll) never see it coming\b|\byour days are numbered\b/,
    anchor: /find|hunt|track|never see it coming|days are numbered/,
    category: 'violence',
    severity: 'high',
    policy: true,
  },
  {
    // Incitement to self-harm.
    re: /\b(?:hang|off|end|unalive) (?:yo)?urself\b|\bgo (?:jump off a (?:bridge|cliff|building|roof)|drown yourself)\b|\b(?:nobody|no one) (?:would|will) (?:miss|care about|care if) you\b|\b(?:the world|everyone|we|everybody) (?:would be|is|are|d be) better (?:off )?without you\b|\byou should (?:just )?(?:end it|end your life|commit suicide|stop breathing|not exist|never have been born)\b|\bgo (?:and )?(?:starve|cut|hurt|burn|poison|overdose) (?:yourself|urself)\b|\bdo (?:us|everyone|the world) a favou?r and (?:die|disappear|kill yourself|end it|go die|end your life|off yourself|hang yourself|drink bleach|jump off (?:a|the) (?:bridge|building|cliff|roof))\b/,
    anchor:
      /urself|go jump off|go drown yourself|go starve|go cut|go hurt|go burn|go poison|go overdose|go and|miss you|care about you|care if you|without you|should end|should just end|suicide|stop breathing|should not exist|should just not exist|been born|a favor and|a favour and/,
    category: 'harassment',
    severity: 'high',
    policy: true,
  },
  {
    // Hatred declared against a group: "I hate immigrants" (not "I don't hate …").
    re: new RegExp(
      `\\bi (?:really |just |fucking |truly )?(?:hate|despise|loathe|detest|can t stand|cannot stand|can not stand|can t bear|cannot bear) (?:all )?${GROUP_NOUN}\\b`,
    ),
    anchor: anchorOf(
      ['i '],
      ['', 'really ', 'just ', 'fucking ', 'truly '],
      [
        'hate ',
        'despise ',
        'loathe ',
        'detest ',
        'can t stand ',
        'cannot stand ',
        'can not stand ',
        'can t bear ',
        'cannot bear ',
      ],
    ),
    category: 'harassment',
    severity: 'medium',
    policy: true,
  },
  {
    // Dehumanising a group: "immigrants are vermin", "they are a disease".
    re: new RegExp(`\\b${GROUP} (?:are|r|re) (?:nothing but |just |all |such |no better than |worse than )?${DEHUMANISING}\\b`),
    // Each noun follows a space in every match, so a leading space keeps "shapes" and "congrats" out.
    anchor: anchorOf(
      [' '],
      [
        'vermin',
        'parasites',
        'cockroaches',
        'rats',
        'animals',
        'beasts',
        'savages',
        'subhuman',
        'sub human',
        'apes',
        'monkeys',
        'pigs',
        'dogs',
        'insects',
        'leeches',
        'scum',
        'filth',
        'a disease',
        'a plague',
        'a cancer',
        'a virus',
        'not human',
        'not people',
        'less than human',
      ],
    ),
    category: 'harassment',
    severity: 'high',
    policy: true,
  },
  {
    // Requests for sexual content ("write me an explicit story", "send nudes").
    re: new RegExp(
      `\\b(?:write|describe|generate|create|tell|send|give|make|show|produce)(?: me| us)? (?:in (?:graphic|explicit|vivid|lurid|great) detail )?(?:an? |some |more |the )?(?:(?:very|really|super|extremely|graphic|detailed|hot|long|short|vivid|wild) ){0,3}${SEXUAL_REQUEST}\\b|\\bwhat (?:you|u) (?:would|d|will|wanna|want to|are going to|re going to) do to (?:me|my body) in bed\\b|\\b(?:talk|speak|whisper|text) dirty\\b|\\b(?:send|show|give)(?: me)? (?:a |some |more )?(?:pics?|pictures?|photos?|selfies?|videos?|nudes) of (?:you|yourself|your body|her|him|them) (?:naked|nude|topless|undressed|in (?:your |her |his )?(?:underwear|lingerie|bra|panties))\\b|\\b(?:send|show) (?:me )?(?:your )?(?:nudes|naked (?:pics|photos|pictures|selfies)|tits|boobs|dick pics?)\\b|\\b(?:talk|speak) dirty to me\\b|\\b(?:describe|show|draw|write about) (?:her|his|their|your|my) (?:naked|nude) (?:body|bodies|breasts|chest|butt)\\b|\\b(?:let s|lets|i want to|wanna) (?:have )?(?:sex|cybersex|phone sex|sext)\\b`,
    ),
    anchor:
      /explicit|erotic|sexual|sexy|dirty|nsfw|rated|xxx|steamy|smut|porn|kinky|lewd|raunchy|naughty|horny|nude|naked|tits|boobs|dick|sex|sext|in bed|underwear|lingerie|topless|undressed|panties| bra /,
    category: 'sexual',
    severity: 'medium',
    policy: true,
  },
]
