// Hateful claims about a whole group that need neither a slur nor a quantifier: the group
// branded as criminals ("<group> are criminals and drug dealers", "every <member> is a potential
// terrorist"), the conspiracy, invasion and contagion tropes ("<group> control the banks",
// "<group> breed like rabbits", "<group> bring crime and disease", "<group> only come here to
// …", "<group> are taking our jobs"), a faith or identity called a disease ("<faith> is a
// cancer"), worth denied ("<x> lives don't matter"), atrocity denial and victim blaming, and
// the "woman's place" wording. Each entry needs a named group (identity-attacks.ts) and the
// predicate right after it, so "the criminals are in jail", "the bank controls the money" or
// "women run the meeting" never match; a negation between them ("<group> are not criminals")
// breaks the match. All are policy phrases: quoted or refused hate ("the claim that … is a
// lie", "never say …") is a mention (counter-speech.ts, match.ts).
import { anchorOf } from '../literal-screen.js'
import { G, GROUPS } from './identity-attacks.js'
import type { PhraseEntry } from './lexicon.js'

/** What a group is branded as; plural nouns after "are", singular after "every <member> is a". */
const BRANDS = [
  'criminals',
  'thieves',
  'rapists',
  'terrorists',
  'murderers',
  'killers',
  'drug dealers',
  'gangsters',
  'thugs',
  'pedophiles',
  'paedophiles',
  'child molesters',
  'predators',
  'groomers',
  'invaders',
  'freeloaders',
  'scroungers',
  'moochers',
  'welfare queens',
  'liars',
  'crooks',
  'cheats',
  'jihadists',
  'barbarians',
  'suicide bombers',
  'drug mules',
  'smugglers',
]
const BRAND = `(?:${BRANDS.join('|')})`
const SINGULAR_BRAND = `(?:${BRANDS.map((b) => b.replace(/ves$/, 'f').replace(/s$/, '')).join('|')})`
/** Members of a group, one at a time ("every muslim", "every single immigrant"). */
export const MEMBER =
  '(?:muslim|jew|immigrant|migrant|refugee|asylum seeker|foreigner|mexican|arab|black|african|gypsy|roma|asian|chinese|indian|pakistani|somali|syrian|afghan|gay|lesbian|homosexual|trans person|transgender|disabled person|woman|feminist)'
/** Whose lives ("<x> lives don't matter"). */
const LIVES =
  '(?:black|white|brown|muslim|jewish|gay|trans|queer|immigrant|migrant|refugee|asian|arab|disabled|native|indigenous|women s|female|palestinian|israeli)'
/** Adjectives that brand a group when stated bare ("<group> are lazy and live on welfare"). */
const BARE_TRAITS = [
  'lazy',
  'stupid',
  'dumb',
  'violent',
  'dangerous',
  'dirty',
  'filthy',
  'greedy',
  'primitive',
  'backward',
  'inferior',
  'untrustworthy',
  'deceitful',
  'barbaric',
  'useless',
  'worthless',
  'a burden',
  'a waste of',
  'incapable of',
  'unable to think',
  'too stupid',
  'too emotional',
  'evil',
  'wicked',
  'pathetic',
  'idiots',
  'morons',
  'imbeciles',
  'delusional',
  'disgraceful',
  'a disgrace',
  'sex objects',
  'objects to be',
  'property to be',
  'nothing but property',
  'nothing but objects',
  'mere property',
  'mere objects',
  'the worst thing',
  'the worst people',
  'the worst kind',
  'nothing but trouble',
  'troublemakers',
]
const LEAD =
  '(?:just |basically |simply |mostly |really |naturally |genetically |inherently |by nature |all |nothing but |a bunch of |a pack of |potential |born )?'
const PLACE_NAME =
  '(?:our|this|my|the|their|your) (?:country|nation|society|culture|cities|city|towns|neighbou?rhoods?|schools?|streets|jobs|women|way of life)|europe|america|britain|england|france|germany|the west|the world'
const CONSPIRACY_TARGET =
  '(?:the )?(?:world|media|banks|banking system|financial system|money|government|governments|hollywood|press|news|economy|wall street|federal reserve|un|united nations)'
const CONSPIRING = '(?:jews|the jews|jewish people|zionists|jewish bankers|muslims|the muslims|islamists|immigrants|migrants)'
const FAITH_OR_IDENTITY =
  '(?:islam|judaism|christianity|hinduism|their religion|the muslim religion|the jewish religion|homosexuality|being gay|being trans|being transgender|transgenderism|feminism|gay marriage|same sex marriage|interracial marriage|mixed marriages?|race mixing)'

export const GROUP_CLAIMS: readonly PhraseEntry[] = [
  {
    // The disclaimer that announces a generalisation (thirty-first round, from tox48): "I'm not
    // racist, but I'd never hire one of them, they're lazy by nature", "I'm not homophobic or
    // anything but I wouldn't let my son play with them". Both halves are needed: the disclaimer
    // alone ("I'm not racist, but I think the process needs work") is no finding, nor someone
    // else's refusal ("… but my neighbour is, and he won't hire them").
    re: new RegExp(
      `\\b(?:i m|im|i am) not (?:a )?(?:racist|sexist|homophobic|transphobic|islamophobic|antisemitic|xenophobic|bigot|bigoted|prejudiced)(?: or anything)?(?: at all)? but(?: [a-z]{1,15}){0,12}? (?:(?:they|these people|those people|all of them|most of them) (?:re|are|r) (?:all |just |so |naturally |genetically |by nature |basically )?(?:lazy|stupid|dumb|violent|dangerous|dirty|filthy|criminals|thieves|animals|savages|inferior|primitive|untrustworthy|liars|parasites|greedy|freaks|perverts|disgusting)|i (?:d |would |will |ll |do )?(?:never|not|wouldn t|won t|refuse to|don t|dont) (?:ever )?(?:hire|rent to|date|trust|sit next to|let (?:my|our) (?:kids|children|daughter|son) (?:date|marry|play with|near)) (?:one of them|any of them|them|those people|these people))\\b`,
    ),
    anchor: /racist|sexist|homophobic|transphobic|islamophobic|antisemitic|xenophobic|bigot|prejudiced/,
    category: 'harassment',
    severity: 'medium',
    // Not a policy phrase: its own "not" and "but" would read as a refusal taken back (policy-cues.ts).
    // A refusal or a quotation right before it makes it a mention: "never write 'I'm not racist, but …'",
    // "replies such as …", "when someone starts with …".
    exceptPrev:
      /\b(?:(?:never|don t|dont|do not|avoid|not|no|refuse to|must not)(?: [a-z]{1,15}){0,3} (?:say|says|write|use|post|reply|respond|output|generate|produce|type|answer)|like|such as|says|said|saying|starts with|start with|begins with|begin with|e g|for example|flag|report|detect|classify|remove|delete) $/,
    exact: true,
  },
  {
    // "<group> are criminals and drug dealers", "<group> are lazy and live on welfare",
    // "every muslim is a potential terrorist"; the claim presupposed by a question, "why are <group> so lazy?".
    re: new RegExp(
      `\\b(?:${G} (?:are|r|re)|why (?:are|r) ${G}) ${LEAD}(?:${BRAND}|${BARE_TRAITS.join('|')})(?![a-z])|\\bevery (?:single )?${MEMBER}(?: man| woman| person| guy)?(?: (?:i|we) (?:have |ve )?(?:ever )?(?:met|known|seen|worked with|dealt with)| (?:who|that)(?: [a-z]{1,15}){1,6}?)? (?:is|s|was|has been) (?:either )?(?:a |an )?(?:potential |secret |future |basically |just |born )?${SINGULAR_BRAND}\\b`,
    ),
    anchor: new RegExp(
      `${anchorOf([' '], [...BRANDS, ...BARE_TRAITS]).source}|${
        anchorOf(
          [' '],
          BRANDS.map((b) => b.replace(/ves$/, 'f').replace(/s$/, '')),
        ).source
      }`,
    ),
    category: 'harassment',
    severity: 'medium',
    policy: true,
  },
  {
    // The child-predator slander: "<group> … want to prey on little girls" (a named group in the
    // sentence: "online predators groom children" is the safety text it must leave alone).
    re: new RegExp(
      `\\b${G}\\b[^.!?]{0,60}?\\b(?:want to|wants to|trying to|try to|tries to|out to|only want to|just want to|are there to) (?:prey on|groom|molest|abuse|rape|get their hands on) (?:little |young |our |innocent |vulnerable )?(?:girls|boys|children|kids|minors)\\b`,
    ),
    anchor: anchorOf(
      ['prey on', 'groom', 'molest', 'abuse', 'rape', 'hands on'],
      [' '],
      ['little', 'young', 'our', 'innocent', 'vulnerable', 'girls', 'boys', 'children', 'kids', 'minors'],
    ),
    category: 'harassment',
    severity: 'high',
    policy: true,
  },
  {
    // Brutishness: "<group> only understand violence", "<group> only respond to force".
    re: new RegExp(
      `\\b${G} (?:only|just) (?:understand|understands|respect|respects|respond to|responds to|know|knows) (?:violence|the whip|a beating|beatings|fists|bullets|the language of violence)\\b`,
    ),
    // Verb and object together: "only know" and "bullets" alone are common in prompt lines.
    anchor: anchorOf(
      ['understand ', 'understands ', 'respect ', 'respects ', 'respond to ', 'responds to ', 'know ', 'knows '],
      ['violence', 'the whip', 'a beating', 'beatings', 'fists', 'bullets', 'the language of violence'],
    ),
    category: 'harassment',
    severity: 'medium',
    policy: true,
  },
  {
    // Conspiracy tropes: "<group> control the banks and the media", "<group> are behind every war".
    re: new RegExp(
      `\\b${CONSPIRING} (?:secretly |really |basically |still )?(?:control|controls|run|runs|own|owns|rule|rules|manipulate|manipulates|pull the strings of) (?:all |all of |most of |our )?${CONSPIRACY_TARGET}\\b|\\b${CONSPIRING} (?:are|were) (?:secretly )?behind (?:every|all|most|the|all the|all of the|most of the) (?:wars?|terror|attacks?|crises|crisis|pandemic|plague|problems?)\\b`,
    ),
    // The group words, not the verbs: "run" and "own" are in every other prompt line.
    anchor: anchorOf(['jew', 'zionist', 'muslim', 'islamist', 'immigrant', 'migrant']),
    category: 'harassment',
    severity: 'medium',
    policy: true,
  },
  {
    // Invasion, breeding and contagion tropes: "<group> breed like rabbits", "they will outnumber
    // us", "<group> bring crime and disease", "<group> only come here to rape our women".
    re: new RegExp(
      `\\b(?:${G}|they|these people|those people) (?:breed|multiply|reproduce) like (?:rabbits|rats|cockroaches|roaches|flies|vermin|insects|animals|mice|bugs)\\b|\\b(?:${G}|they|these people|those people) (?:will|are going to|are trying to|want to|plan to) (?:outnumber|outbreed|out breed) (?:us|white people|whites|the natives|our people)\\b|\\b${G} (?:bring|brings|spread|spreads|carry|carries|import|imports) (?:nothing but |only )?(?:crime|diseases?|drugs|violence|terrorism|terror|rape|aids|hiv|chaos|filth)\\b|\\b(?:${G}|they|these people|those people) (?:only |just )?(?:come|came|coming) (?:here|to (?:${PLACE_NAME})) (?:only |just )?to (?:rape|steal|rob|sponge|scrounge|leech|live off|live on (?:benefits|welfare|handouts)|take (?:our|your) (?:jobs|women|money|benefits|homes)|claim (?:benefits|welfare)|commit crimes?|sell drugs)\\b`,
    ),
    anchor: new RegExp(
      [
        anchorOf(
          [' like '],
          ['rabbits', 'rats', 'cockroaches', 'roaches', 'flies', 'vermin', 'insects', 'animals', 'mice', 'bugs'],
        ).source,
        anchorOf(['outnumber', 'outbreed', 'out breed']).source,
        anchorOf(['crime', 'disease', 'drugs', 'violence', 'terror', 'rape', 'aids', 'hiv', 'chaos', 'filth']).source,
        anchorOf(
          ['to '],
          ['steal', 'rob', 'sponge', 'scrounge', 'leech', 'live o', 'take our', 'take your', 'claim', 'commit', 'sell'],
        ).source,
      ].join('|'),
    ),
    category: 'harassment',
    severity: 'medium',
    policy: true,
  },
  {
    // A faith or an identity called a disease or a cult: "<faith> is a cancer spreading across …".
    re: new RegExp(
      `\\b${FAITH_OR_IDENTITY} (?:is|s) (?:nothing but |just |basically |really |simply )?(?:a |an )?(?:cancer|disease|plague|virus|poison|mental illness|mental disorder|sickness|perversion|abomination|death cult|cult of death|satanic cult|religion of (?:violence|hate|hatred|war|terror|death)|crime against nature|unnatural|degenerate|disgusting|sick|not compatible with (?:democracy|freedom|our values|western values|the west|civili[sz]ation|modern society))\\b`,
    ),
    anchor: anchorOf([
      'cancer',
      'disease',
      'plague',
      'virus',
      'poison',
      'mental',
      'sick',
      'perversion',
      'abomination',
      'cult',
      'religion of ',
      'against nature',
      'unnatural',
      'degenerate',
      'disgusting',
      'not compatible',
    ]),
    category: 'harassment',
    severity: 'medium',
    policy: true,
  },
  {
    // Incompatibility and enmity: "<group> are incompatible with western civilisation".
    re: new RegExp(
      `\\b${G} (?:(?:are|r|re) (?:simply |just |fundamentally |completely |totally )?(?:incompatible with|not compatible with|the enemy of|enemies of|at war with)|(?:aren t|arent) (?:simply |just |fundamentally |remotely |even )?compatible with) (?:western |our |european |american |modern |civili[sz]ed |christian |democratic )?(?:civili[sz]ation|values|society|culture|way of life|democracy|freedom|country|nation|people)\\b`,
    ),
    anchor: anchorOf(['compatible with', 'enemy of', 'enemies of', 'at war with']),
    category: 'harassment',
    severity: 'medium',
    policy: true,
  },
  {
    // What a group is said to do to "us": "<group> are taking our jobs", "<group> are raping our
    // women", "<group> are trying to indoctrinate our children", "<group> want to impose sharia",
    // "<group> refuse to integrate", "<group> commit most of the crime".
    re: new RegExp(
      `\\b${G} (?:are |keep )?(?:taking|stealing|take|steal) (?:all )?(?:our|your) (?:jobs|houses|homes|benefits|women|land|country|money)\\b|\\b${G} (?:are )?(?:raping|killing|attacking|robbing|murdering|assaulting) (?:our|white) (?:women|girls|children|kids|people)\\b|\\b${G} (?:are (?:trying to |out to )?|want to |try to )?(?:indoctrinate|indoctrinating|groom|grooming|recruit|recruiting|corrupt|corrupting|brainwash|brainwashing) (?:our |the )?(?:children|kids|youth|young people)\\b|\\b${G} (?:want to|are trying to|will|plan to) (?:impose|bring|force) (?:sharia|their religion|islam|their laws)\\b|\\b(?:is|are) (?:being|getting) islami[sz]ed\\b|\\bthe islami[sz]ation of (?:europe|the west|our country|britain|england|america|france|germany|sweden)\\b|\\b${G} (?:refuse|refuses|do not want|don t want|will never|never) (?:to )?(?:integrate|assimilate|adapt|learn our language)\\b|\\b${G} (?:commit|commits|are responsible for) (?:most|all|the majority|a majority) of (?:the )?(?:crimes?|rapes|murders|violence|terrorism)\\b`,
    ),
    anchor: new RegExp(
      [
        anchorOf(['taking ', 'stealing ', 'take ', 'steal '], ['our ', 'your ', 'all ']).source,
        anchorOf(['raping', 'killing', 'attacking', 'robbing', 'murdering', 'assaulting'], [' our', ' white']).source,
        // Objects, not verbs, where the verb is an everyday word ("recruit", "bring", "commit", "integrate").
        anchorOf([' children', ' kids', ' youth', ' young people']).source,
        anchorOf(['sharia', 'religion', 'islam', 'their laws']).source,
        anchorOf(['islamis', 'islamiz']).source,
        anchorOf(
          ['refuse', 'refuses', 'not want', 't want', 'never'],
          [' to ', ' '],
          ['integrate', 'assimilate', 'adapt', 'learn our'],
        ).source,
        anchorOf(['crime', 'rapes', 'murders', 'violence', 'terrorism']).source,
      ].join('|'),
    ),
    category: 'harassment',
    severity: 'medium',
    policy: true,
  },
  {
    // Trust, worth and reason denied to every member: "no <member> can ever be trusted", "there
    // is no such thing as a decent <member>", "<group> will never amount to anything", "<group>
    // are only good for one thing", "<group> can't think logically".
    re: new RegExp(
      `\\bno (?:single )?${MEMBER}(?: person| man| woman)? (?:can|should|will|could) (?:ever )?be trusted\\b|\\b(?:can t|cannot|can not|never|don t|do not|dont) (?:ever )?trust (?:a |an |any |the |those |these )?(?:single )?(?:${MEMBER}|${GROUPS})\\b|\\b${G} (?:can|should|will) never be trusted\\b|\\bthere (?:is|s) no such thing as (?:a |an )?(?:good|decent|honest|smart|intelligent|nice|civili[sz]ed|peaceful|trustworthy|innocent|normal) ${MEMBER}\\b|\\b${G} (?:will )?never amount to anything\\b|\\b${G} (?:are|r|re) (?:only|just) good for (?:one thing|sex|breeding|cooking|cleaning|making babies|nothing)\\b|\\b${G} (?:can t|cannot|can not) (?:think (?:logically|straight|rationally|for themselves)|control themselves|be civili[sz]ed)\\b`,
    ),
    anchor: anchorOf([
      'trusted',
      'trust ',
      'no such thing',
      'amount to',
      'good for ',
      'think logically',
      'think straight',
      'think rationally',
      'think for',
      'control themselves',
      'be civili',
    ]),
    category: 'harassment',
    severity: 'medium',
    policy: true,
  },
  {
    // Worth denied: "<group> lives don't matter", "<group> deserve nothing but contempt", and
    // "typical <member> behaviour" (a group as a byword).
    re: new RegExp(
      `\\b${LIVES} lives (?:don t|do not|dont|doesn t|never) matter\\b|\\b${G} (?:do not|don t|dont|does not|doesn t) deserve to (?:live|exist|breathe|be alive|have children|have rights|be here)\\b(?! (?:in|like|with|under|on|without|through|as|at|near))|\\b${LIVES} lives (?:are|r) (?:worthless|meaningless|cheap|expendable|not worth (?:anything|saving|living))\\b|\\b${G} (?:deserve|deserves) (?:nothing but |only )?(?:contempt|hatred|to be hated|no rights|no respect|no sympathy|no mercy|no help)\\b|\\btypical ${MEMBER}(?: person| man| woman| guy)? (?:behaviou?r|move|thing|mentality|(?:always |so |just |again )?(?:lying|stealing|cheating|whining|complaining|begging|scamming|lazy|stupid|dumb|violent|greedy|dirty)|(?:always|forever|constantly) (?:counting (?:money|pennies|coins|every penny)|pulling the strings|scheming|plotting|stealing|lying|cheating|begging|breeding|complaining|whining|scamming|[a-z]{2,12}ing (?:the|our|other|everyone|everybody|people)))\\b`,
    ),
    anchor: / lives |deserve|typical /,
    category: 'harassment',
    severity: 'medium',
    policy: true,
  },
  {
    // Denying or excusing atrocities: "the Holocaust never happened", "she was asking for it".
    re: /\bthe holocaust (?:never happened|did not happen|didn t happen|is (?:a |an )?(?:lie|hoax|myth|fabrication)|was (?:a |an )?(?:lie|hoax|myth|fabrication|exaggerated|made up|fake|invented))\b|\bholocaust hoax\b|\b(?:raped|rape victims?|assaulted)(?: [a-z]{1,20}){0,5} (?:were|was|are|is|re|s) (?:just |really |clearly |obviously )?asking for it\b/,
    anchor: /holocaust|asking for it/,
    category: 'harassment',
    severity: 'medium',
    policy: true,
  },
  {
    // "Women belong in the kitchen", "a woman's place is in the home".
    re: /\b(?:women|woman|girls|females|wives)(?: s)? (?:belong|belongs|should (?:stay|be kept|remain)|need to stay|ought to stay|must stay) (?:in the kitchen|at home|in the home|barefoot|in their place|in bed|silent|quiet)\b|\b(?:women|girls|females|wives) (?:should|must) be seen and not heard\b|\ba (?:woman|wife|girl) s (?:only )?place is in the (?:kitchen|home|house|bedroom)\b/,
    anchor: /belong|should stay|should be kept|should remain|need to stay|ought to stay|must stay|place is in|seen and not heard/,
    category: 'harassment',
    severity: 'medium',
    policy: true,
  },
]

/**
 * The same claims negated ("<group> are not criminals", "<faith> is not a disease", "<group> do
 * not control the media"): counter-speech when no "but" takes it back (counter-speech.ts).
 */
export const NEGATED_CLAIM = new RegExp(
  `\\b${G} (?:are|r|re) (?:not|never|no longer) ${LEAD}(?:${BRAND}|${BARE_TRAITS.join('|')}|(?:a |an )?(?:threat|danger|menace) (?:to|for))(?![a-z])|\\b${G} (?:aren t|arent) ${LEAD}(?:${BRAND}|${BARE_TRAITS.join('|')}|(?:a |an )?(?:threat|danger|menace) (?:to|for))(?![a-z])|\\b${FAITH_OR_IDENTITY} (?:is not|isn t|isnt|is never|was never) (?:[a-z]{1,20} ){0,8}?(?:a |an )?(?:cancer|disease|plague|virus|poison|mental illness|mental disorder|sickness|perversion|abomination|cult)\\b|\\b${CONSPIRING} (?:do not|don t|dont|never did|did not|didn t) (?:secretly )?(?:control|run|own|rule|manipulate)\\b|\\bnot (?:all|every) (?:of )?(?:the )?${GROUPS} (?:are|is)\\b`,
)
