// Counter-speech: hate quoted or named in order to oppose it ("the idea that <group> are
// vermin is a racist lie", "people who say <group> should be deported are bigots"). A policy
// phrase whose match is framed this way is a mention, not an attack, and the classifier does
// not judge that line either: its words are the words of the hate it rejects. Only explicit
// frames count (a judging verb or noun right before, a verdict right after); a bare "I say …"
// is left to the refusal and reported-speech cues of match.ts.
import { NEGATED_CLAIM } from './group-claims.js'
import { G, GROUPS, NEGATED_ATTACK } from './identity-attacks.js'
import { topLevelAlternatives } from './regex-source.js'

/**
 * Counter-speech that quotes hate to oppose it: "… is a racist lie", "… is hateful nonsense".
 * Tested on the text right after a match.
 */
const JUDGED_AFTER =
  /^ (?:is|are|was|were|sounds?|seems?|which is) (?:a |an |so |just |pure |such a |completely |totally |deeply |absolutely |simply |plain )?(?:racist|hateful|bigoted|bigotry|offensive|wrong|false|untrue|a lie|lies|a myth|a stereotype|harmful|dehumani[sz]ing|hate speech|unacceptable|not (?:ok|okay|true|acceptable)|nonsense|ignorant|discrimination|discriminatory|xenophobic|homophobic|transphobic|misogynistic|misogynist|sexist|ableist|antisemitic|islamophobic|propaganda|a slur|(?:a |an )?(?:horrible|awful|terrible|vile|disgusting|hurtful|cruel|shameful|appalling|despicable|abhorrent|disgraceful|sickening|evil)(?: thing to (?:say|write|post|think|believe))?)\b/
/** "the idea that …", "people who think …", "it is wrong to claim …": tested on the text right before. */
const QUOTED_BEFORE =
  /(?:\b(?:idea|ideas|notion|myth|myths|lie|lies|claim|stereotype|assumption|trope|rhetoric|narrative|propaganda|misconception|misconceptions|slogan|slogans|signs|posters|graffiti|chants|chanting|comments|posts|tweets) (?:like |such as )?(?:that )?|\bimagine (?:typing|saying|writing|posting|tweeting|believing|thinking|still thinking|actually believing) (?:that )?|\b(?:who|that|which) (?:think|thinks|believe|believes|claim|claims|say|says|insist|insists|argue|argues|tell|tells|shout|shouts|scream|screams|preach|preaches|write|writes|spread|spreads)(?: that| you| us| me)? |\b(?:wrong|false|hateful|racist|bigoted|ignorant|dangerous|cruel) to (?:say|claim|think|suggest|imply|believe|argue|pretend) (?:that )?|\b(?:people|some|many|they|racists|bigots|others) (?:think|thinks|believe|believes|say|says|claim|claims|assume|assumes) (?:that )?|\bnot true that |\b(?:do|did|would|could|can) you (?:really |honestly |seriously |actually |still )?(?:think|believe|say|claim|assume) (?:that )?|\bif you (?:think|believe|assume) (?:that )?|\bwhy (?:do|would|should) (?:you|anyone|people|they) (?:think|believe|say|assume) (?:that )?|\b(?:it is|it s|its|that is|that s) (?:false|untrue|a lie|a myth|wrong|nonsense) that |\b(?:no|not|never) (?:one|body|anyone|anybody)? ?(?:should|can|could|would) (?:ever )?(?:say|think|believe|claim|accept) (?:that )?|\b(?:nobody|noone) (?:should|can|could|would|must|may) (?:ever )?(?:say|think|believe|claim|accept|write|post) (?:that )?)$/

/** Whether the phrase match `[start, end)` of `joined` (normalised words) is framed as counter-speech. */
export function framedAsCounterSpeech(joined: string, start: number, end: number): boolean {
  const before = joined.slice(Math.max(0, start - 80), start)
  return JUDGED_AFTER.test(joined.slice(end, end + 60)) || QUOTED_BEFORE.test(before) || REPORTED_WITH_DISMAY.test(before)
}

const NEGATION = /(?:^| )(?:not|never|no|aren t|arent|isn t|isnt|don t|dont|didn t) /

/**
 * NEGATED_CLAIM's alternatives that name no group from GROUPS (a faith, "jews", "zionists"):
 * where the text names none, only they can match, and this regex finds the same first match
 * (same alternatives, same order) without trying the group list at every word.
 */
const NEGATED_CLAIM_UNGROUPED = new RegExp(
  topLevelAlternatives(NEGATED_CLAIM.source)
    .filter((a) => !a.includes(GROUPS))
    .join('|'),
  NEGATED_CLAIM.flags,
)

/**
 * "<group> are not vermin; they are our neighbours", "<group> are not criminals" (not "… are not
 * vermin, but …"). `mayNameGroup`: false only when the text names no group of GROUPS (match.ts,
 * mayNameAGroup), so the patterns that need one are not tried: each is a long group
 * alternation, slow to try at every word of a long line.
 */
export function negatesAttack(joined: string, mayNameGroup = true): boolean {
  // A literal pre-check: the full pattern starts with a long group alternation, slow to try at every position.
  if (!NEGATION.test(joined)) return false
  const m = mayNameGroup ? (NEGATED_ATTACK.exec(joined) ?? NEGATED_CLAIM.exec(joined)) : NEGATED_CLAIM_UNGROUPED.exec(joined)
  return m !== null && !/\bbut\b/.test(joined.slice(m.index + m[0].length))
}

/**
 * Words that oppose hate rather than voice it: a verdict on it ("… is racist"), its name
 * ("hate speech", "bigotry", "islamophobia"), or a stand against it ("I don't hate …", "stop
 * spreading …", "deserve respect"). Counter-speech shares the words of the hate it answers, so
 * a paragraph with one of these must score higher before the classifier calls it toxic.
 */
const OPPOSES_HATE =
  /\b(?:is|are|was|were|that s|thats|it s|its|sounds) (?:so |very |deeply |completely |totally |just |pure |plain )?(?:racist|hateful|bigoted|sexist|homophobic|transphobic|xenophobic|antisemitic|islamophobic|misogynistic|ableist|discriminatory|dehumani[sz]ing|hate speech)\b|\b(?:hate speech|bigotry|prejudice|racism|sexism|homophobia|transphobia|xenophobia|antisemitism|islamophobia|misogyny|ableism)\b|\b(?:i|we) (?:don t|do not|dont|never) (?:hate|dislike)\b|\bstop (?:saying|calling|spreading|claiming|blaming|generali[sz]ing)\b|\b(?:deserve|deserves) (?:respect|dignity|equal|the same)\b|\b(?:i|we) (?:don t|do not|dont|never) (?:think|believe|feel) (?:that )?(?:[a-z]+ ){1,3}(?:are|is) (?:a |an )?(?:threat|danger|dangerous|problem|burden|criminals?|inferior|evil|sick|broken|worthless)\b|\b(?:aren t|arent|are not|isn t|isnt|is not|weren t|were not) (?:a |an )?(?:broken|sick|mentally ill|ill|inferior|evil|dangerous|criminals?|threat|disease|diseased|subhuman|animals|vermin|worthless|lesser|stupid|lazy|terrorists?|rapists?|freaks?|monsters?|parasites?|predators?)\b|\bstand (?:with|against|up for)\b|\bhatred (?:of|toward|towards|against)\b|\bhate crimes?\b|\bno evidence (?:that|for)\b|\bconspiracy theor(?:y|ies)\b|\bstereotypes?\b|\bscapegoat(?:s|ing|ed)?\b|\b(?:equal rights|inclusion|inclusive|dignity|(?:is|are) (?:now |finally )?legal|celebrat(?:e|es|ed|ing|ion)|proud (?:to be|of being|of my|of our|of their|black|gay|trans|jewish|muslim|immigrant))\b/

/**
 * Words that speak well of a group ("<group> are wonderful", "I love <group>", "<group> are our
 * neighbours", "<group> are a vital part of our society"): the classifier's data pairs identity
 * words with hate, so praise is held to the same higher bar as counter-speech.
 */
export const PRAISES_GROUP = new RegExp(
  `\\b${G} (?:are|r|re) (?:so |really |very |truly |just |all |such |always )?(?:an? )?(?:wonderful|great|amazing|awesome|brilliant|lovely|welcome|beautiful|kind|smart|intelligent|talented|valued|valuable|important|strong|brave|loved|equal|human beings|people too|gift|blessing|asset|assets|heroes|inspiration|inspiring|incredible|fantastic|generous|hard ?working|good people|decent people|our (?:friends|neighbours|neighbors|family|colleagues|equals))\\b|\\b(?:i|we) (?:absolutely |really |truly |genuinely |just |so |deeply |all )?(?:love|adore|cherish|admire|respect|support|appreciate|stand with|welcome|value|celebrate|embrace) (?:all )?(?:the |our |my )?${GROUPS}\\b|\\b${G} (?:make|makes|made) (?:the world|this country|our (?:country|city|town|community|lives|society)|everything) (?:a )?better\\b|\\b${G} (?:are|r|re) (?:an? )?(?:vital |important |integral |essential |valued |key |cherished |welcome |big |huge )?part of (?:our|the|this) (?:society|community|communities|country|nation|city|town|team|family|history|culture|workforce|economy)\\b|\\btrans (?:women|men) are (?:real )?(?:women|men)\\b`,
)

const ADVERB =
  '(?:so |really |truly |deeply |completely |totally |just |pure |plain |absolutely |utterly |simply |very |incredibly |extremely )'
/** A verdict on words: "… is vile", "… is a disgusting thing to say". */
const VERDICT_WORD =
  '(?:vile|disgusting|horrible|awful|terrible|harmful|dehumani[sz]ing|hurtful|degrading|shameful|disgraceful|appalling|despicable|abhorrent|unacceptable|wrong|ignorant|offensive|racist|hateful|bigoted|bigotry|cruel|inexcusable|cowardly|not (?:ok|okay|funny|acceptable))'
/** A verdict on an act of harm: "threatening <group> online is a crime". */
const CRIME_WORD =
  '(?:a crime|a hate crime|illegal|against the law|cruel|cowardly|wrong|unacceptable|despicable|vile|disgusting|shameful)'
/** What someone is told to stop doing, or refuses to do, with hateful words. */
const SPEECH_ACT =
  '(?:calling|saying|claiming|implying|suggesting|pretending|posting|telling (?:people|everyone|others|kids|children|us|them|me)|spreading|repeating|sharing|making (?:jokes|fun)|joking)'
/** Words as the subject of a verdict: "calling <group> animals is wrong". */
const JUDGED_WORDS =
  '(?:calling|describing|referring to|labell?ing|branding|comparing|saying|claiming|suggesting|implying|telling people|tweet|tweets|post|posts|comment|comments|remark|remarks|statement|statements|joke|jokes|rhetoric)'
/** An act of harm as the subject of a verdict: "threatening <group> is a crime". */
const JUDGED_HARM = '(?:threatening|harassing|attacking|bullying|insulting|mocking|targeting|abusing|intimidating|assaulting)'
/** Someone else's words, reported with dismay: "I can't believe he said …", "I hate it when people say …". */
const REPORTER =
  '(?:he|she|they|you|someone|somebody|anyone|anybody|people|folks|others|my [a-z]+|his [a-z]+|her [a-z]+|their [a-z]+|the [a-z]+|this [a-z]+|that [a-z]+|a [a-z]+)'
const SAID =
  '(?:said|says|say|wrote|writes|write|tweeted|tweets|posted|posts|post|claimed|claims|claim|called|calls|call|thinks|think|thought|believes|believe|shouted|shouts|yelled|yells|repeated|repeats|joked|jokes|joke|pretend|pretends|implied|implies|imply)'

/** "I can't believe he said": someone else's words reported with dismay. */
const DISMAY = `\\b(?:can t|cant|cannot|couldn t|couldnt) believe (?:that )?${REPORTER} (?:actually |really |just |seriously |still |would )?${SAID}`
/** The same, tested on the text right before a match: "I can't believe someone wrote '…'". */
const REPORTED_WITH_DISMAY = new RegExp(`${DISMAY} (?:that )?$`)
/** What a group is wrongly said to be, in a belief the speaker denies: "I don't think <group> are lazy". */
const SLANDER =
  '(?:stupid|dumb|lazy|dirty|violent|dangerous|criminals?|inferior|evil|sick|broken|worthless|disgusting|vermin|animals|subhuman|parasites?|terrorists?|rapists?|diseased|mentally ill|lesser|freaks?|monsters?|predators?|scum|a (?:threat|danger|problem|burden|disease|plague))'
/** What words show of whoever says them: "… shows how misguided you are", "… makes you a bigot". */
const SHOWS_SPEAKER =
  '(?:shows?|proves?|reveals?|makes? you) (?:how |that |you (?:are |re )?)?(?:[a-z]+ ){0,2}(?:misguided|ignorant|hateful|racist|bigoted|small minded|narrow minded|closed minded|a bigot|a racist|a homophobe|a misogynist)'
/** Who says "as a … I'm tired of being told …" of the prejudice aimed at them. */
const SELF =
  'gay|lesbian|bi|bisexual|trans|transgender|queer|black|brown|asian|muslim|jewish|disabled|deaf|blind|autistic|immigrant|latina|latino|hispanic|arab|indigenous|native|refugee|sikh|hindu|chinese|mexican|african'
/** Harm that no one deserves: "no <group> deserve to die", "we shouldn't let <group> suffer". */
const UNDESERVED_HARM =
  '(?:die|suffer|starve|drown|be (?:killed|hurt|harmed|attacked|beaten|harassed|abused|bullied|persecuted|mistreated|treated (?:like|as) [a-z]+))'

/**
 * A frame that rejects the hateful words it carries: name-calling or hate reported in order to
 * judge it ("your tweet calling <group> rats was vile", "saying that <group> are worthless is a
 * disgusting thing to say", "threatening <group> online is a crime"), refused or told to stop
 * ("I would never call <group> animals", "you have to stop calling <group> disgusting", "stop
 * telling people that <group> are confused"; not "they don't call him X for nothing"), hatred
 * itself ruled out ("no one should hate <group>", "nobody should ever say <group> deserve …"),
 * someone else's words reported with dismay ("I can't believe he said …", "I hate it when people
 * say …") or the speaker told off ("you're insulting real people"). A paragraph that says this
 * and draws no rule hit is a mention, and the classifier does not judge it (index.ts).
 */
const REJECTS_HATE = new RegExp(
  [
    `\\bstop ${SPEECH_ACT} `,
    '(?:^|\\b(?:i|we|you|please) )(?:would |will |should |must )?(?:never|not|don t|do not|dont|won t|wouldn t|shouldn t) (?:ever )?(?:call|describe|label|refer to|compare) ',
    '\\b(?:no one|nobody|noone|none of us) (?:should|must|ought to|deserves to|has the right to|may) (?:ever )?(?:hate|hurt|harass|attack|bully|mock|insult|despise|discriminate against|be (?:hated|hurt|harassed|attacked|bullied|mocked|insulted|discriminated against))\\b',
    '\\b(?:no one|nobody|noone|none of us) (?:should|must|ought to|may|can) (?:ever )?(?:say|claim|suggest|imply|tell (?:anyone|people|others|you)|call|write|post) ',
    // Words judged, or judged by what they show of the speaker: "saying you hate <group> shows how misguided you are".
    `\\b${JUDGED_WORDS}(?: [a-z]{1,15}){0,6} (?:(?:is|are|was|were|s) ${ADVERB}{0,2}(?:a |an )?${ADVERB}?${VERDICT_WORD}|${SHOWS_SPEAKER})\\b`,
    `\\b${JUDGED_HARM}(?: [a-z]{1,15}){0,4} (?:is|are|was|were|s) ${ADVERB}{0,2}${CRIME_WORD}\\b`,
    '\\b(?:it s|its|it is) (?:so |really |truly )?(?:disgusting|vile|shameful|appalling|sad|awful|wrong|unacceptable) that (?:people|some people|anyone|they|folks|politicians|some) (?:still )?(?:call|say|think|claim|believe|describe)\\b',
    `${DISMAY}\\b`,
    `\\b(?:i|we) (?:really )?(?:hate|can t stand|cant stand|detest|despise) (?:it )?when ${REPORTER} (?:still )?${SAID}\\b`,
    // Harm ruled out: "no <group> deserve to die", "none of them should suffer", "we shouldn't let <group> starve".
    `\\b(?:no one|nobody|noone|no (?:[a-z]+ )?(?:people|person|persons|men|women|kids|children|folks|humans|[a-z]+s)|none of (?:them|us|you|these|those|the [a-z]+)) (?:deserves?|should|must|ought to|has to|have to) (?:ever )?(?:to )?${UNDESERVED_HARM}\\b`,
    `\\b(?:we|you|they|i|society|nobody|no one) (?:shouldn t|should not|must not|mustn t|can t|cannot|won t|will not|can never) (?:just )?(?:let|allow|make) (?:${G}|them|these people|those people|people|anyone|anybody) (?:to )?${UNDESERVED_HARM}\\b`,
    // A slander denied: "I don't think <group> are stupid at all" (not "… are human": denying worth is hate).
    `\\b(?:i|we) (?:don t|do not|dont|never|can t|cannot|won t) (?:ever )?(?:think|believe|agree|accept)(?: that)? (?:${G}|they) (?:are|is) (?:all |really |at all |ever )?${SLANDER}\\b`,
    // Refused as conduct: "I will not tolerate people threatening <group>".
    `\\b(?:will not|won t|wont|do not|don t|dont|refuse to|cannot|can t|will never|never) (?:tolerate|accept|stand for|allow|put up with|condone|excuse) (?:people |anyone |anybody |someone |others |this |that |the )?(?:${JUDGED_HARM}|${SPEECH_ACT})\\b`,
    '\\b(?:you re|you are|they re|they are|he s|she s) (?:just |only |really )?(?:insulting|hurting|demeaning|dehumani[sz]ing|degrading|offending) (?:real |actual |innocent |ordinary )?(?:people|them|others|everyone|families|kids|children|a whole)\\b',
    // A word's use as an insult judged: "using 'gay' to mean 'lame' tells the gay kids …".
    '\\b(?:using|use|uses|used) (?:the word |words like |a word like )?[a-z]{2,15} (?:to mean|as (?:an? )?(?:insult|slur|synonym for|putdown|put down))\\b',
    // Prejudice met by whom it targets: "as a gay man, I'm tired of being told my marriage is a threat".
    `\\bas an? (?:${SELF}) (?:[a-z]{2,15} )?(?:man|woman|person|guy|girl|kid|teen|dad|mom|mum|mother|father|parent|student|couple|family|immigrant|american|muslim|jew)?\\b(?: [a-z]{1,15}){0,6} (?:tired|sick|exhausted|done|fed up|weary) (?:of|with) (?:being (?:told|called|treated|asked|seen|looked at)|people (?:saying|telling|calling|assuming|asking)|hearing)\\b`,
  ].join('|'),
)

/** Whether `text` (normalised words joined by spaces) rejects the hate it carries (REJECTS_HATE), with no "but" taking it back. */
export function rejectsHate(text: string): boolean {
  const m = REJECTS_HATE.exec(text)
  return m !== null && !/\b(?:but|however|yet)\b/.test(text.slice(m.index + m[0].length))
}

/** Whether `text` (normalised words joined by spaces) speaks against hate or well of a group. */
export function opposesHate(text: string): boolean {
  return OPPOSES_HATE.test(text) || PRAISES_GROUP.test(text)
}
