// Counter-speech: hate quoted or named in order to oppose it ("the idea that <group> are
// vermin is a racist lie", "people who say <group> should be deported are bigots"). A policy
// phrase whose match is framed this way is a mention, not an attack, and the classifier does
// not judge that line either: its words are the words of the hate it rejects. Only explicit
// frames count (a judging verb or noun right before, a verdict right after); a bare "I say …"
// is left to the refusal and reported-speech cues of match.ts.
import { NEGATED_CLAIM } from './group-claims.js'
import { G, GROUPS, NEGATED_ATTACK } from './identity-attacks.js'

/**
 * Counter-speech that quotes hate to oppose it: "… is a racist lie", "… is hateful nonsense".
 * Tested on the text right after a match.
 */
const JUDGED_AFTER =
  /^ (?:is|are|was|were|sounds?|seems?|which is) (?:a |an |so |just |pure |such a |completely |totally |deeply |absolutely |simply |plain )?(?:racist|hateful|bigoted|bigotry|offensive|wrong|false|untrue|a lie|lies|a myth|a stereotype|harmful|dehumani[sz]ing|hate speech|unacceptable|not (?:ok|okay|true|acceptable)|nonsense|ignorant|discrimination|discriminatory|xenophobic|homophobic|transphobic|misogynistic|misogynist|sexist|ableist|antisemitic|islamophobic|propaganda|a slur)\b/
/** "the idea that …", "people who think …", "it is wrong to claim …": tested on the text right before. */
const QUOTED_BEFORE =
  /(?:\b(?:idea|notion|myth|lie|claim|stereotype|assumption|trope|rhetoric|narrative|propaganda|misconception|slogan|signs|posters|graffiti|chants|chanting|comments|posts|tweets) (?:that )?|\b(?:who|that|which) (?:think|thinks|believe|believes|claim|claims|say|says|insist|insists|argue|argues|tell|tells|shout|shouts|scream|screams|preach|preaches|write|writes|spread|spreads)(?: that| you| us| me)? |\b(?:wrong|false|hateful|racist|bigoted|ignorant|dangerous|cruel) to (?:say|claim|think|suggest|imply|believe|argue|pretend) (?:that )?|\b(?:people|some|many|they|racists|bigots|others) (?:think|thinks|believe|believes|say|says|claim|claims|assume|assumes) (?:that )?|\bnot true that |\b(?:do|did|would|could|can) you (?:really |honestly |seriously |actually |still )?(?:think|believe|say|claim|assume) (?:that )?|\bif you (?:think|believe|assume) (?:that )?|\bwhy (?:do|would|should) (?:you|anyone|people|they) (?:think|believe|say|assume) (?:that )?|\b(?:it is|it s|its|that is|that s) (?:false|untrue|a lie|a myth|wrong|nonsense) that |\b(?:no|not|never) (?:one|body|anyone|anybody)? ?(?:should|can|could|would) (?:ever )?(?:say|think|believe|claim|accept) (?:that )?)$/

/** Whether the phrase match `[start, end)` of `joined` (normalised words) is framed as counter-speech. */
export function framedAsCounterSpeech(joined: string, start: number, end: number): boolean {
  return JUDGED_AFTER.test(joined.slice(end, end + 60)) || QUOTED_BEFORE.test(joined.slice(Math.max(0, start - 80), start))
}

const NEGATION = /(?:^| )(?:not|never|no|aren t|arent|isn t|isnt|don t|dont|didn t) /

/** "<group> are not vermin; they are our neighbours", "<group> are not criminals" (not "… are not vermin, but …"). */
export function negatesAttack(joined: string): boolean {
  // A literal pre-check: the full pattern starts with a long group alternation, slow to try at every position.
  if (!NEGATION.test(joined)) return false
  const m = NEGATED_ATTACK.exec(joined) ?? NEGATED_CLAIM.exec(joined)
  return m !== null && !/\bbut\b/.test(joined.slice(m.index + m[0].length))
}

/**
 * Words that oppose hate rather than voice it: a verdict on it ("… is racist"), its name
 * ("hate speech", "bigotry", "islamophobia"), or a stand against it ("I don't hate …", "stop
 * spreading …", "deserve respect"). Counter-speech shares the words of the hate it answers, so
 * a paragraph with one of these must score higher before the classifier calls it toxic.
 */
const OPPOSES_HATE =
  /\b(?:is|are|was|were|that s|thats|it s|its|sounds) (?:so |very |deeply |completely |totally |just |pure |plain )?(?:racist|hateful|bigoted|sexist|homophobic|transphobic|xenophobic|antisemitic|islamophobic|misogynistic|ableist|discriminatory|dehumani[sz]ing|hate speech)\b|\b(?:hate speech|bigotry|prejudice|racism|sexism|homophobia|transphobia|xenophobia|antisemitism|islamophobia|misogyny|ableism)\b|\b(?:i|we) (?:don t|do not|dont|never) (?:hate|dislike)\b|\bstop (?:saying|calling|spreading|claiming|blaming|generali[sz]ing)\b|\b(?:deserve|deserves) (?:respect|dignity|equal|the same)\b|\bstand (?:with|against|up for)\b|\bhatred (?:of|toward|towards|against)\b|\bhate crimes?\b|\bno evidence (?:that|for)\b|\bconspiracy theor(?:y|ies)\b|\bstereotypes?\b|\bscapegoat(?:s|ing|ed)?\b|\b(?:equal rights|inclusion|inclusive|dignity|(?:is|are) (?:now |finally )?legal|celebrat(?:e|es|ed|ing|ion)|proud (?:to be|of being|of my|of our|of their|black|gay|trans|jewish|muslim|immigrant))\b/

/**
 * Words that speak well of a group ("<group> are wonderful", "I love <group>", "<group> are our
 * neighbours"): the classifier's data pairs identity words with hate, so praise is held to the
 * same higher bar as counter-speech.
 */
export const PRAISES_GROUP = new RegExp(
  `\\b${G} (?:are|r|re) (?:so |really |very |truly |just |all |such |always )?(?:an? )?(?:wonderful|great|amazing|awesome|brilliant|lovely|welcome|beautiful|kind|smart|intelligent|talented|valued|valuable|important|strong|brave|loved|equal|human beings|people too|gift|blessing|asset|assets|heroes|inspiration|inspiring|incredible|fantastic|generous|hard ?working|good people|decent people|our (?:friends|neighbours|neighbors|family|colleagues|equals))\\b|\\b(?:i|we) (?:absolutely |really |truly |genuinely |just |so |deeply |all )?(?:love|adore|cherish|admire|respect|support|appreciate|stand with|welcome|value|celebrate|embrace) (?:all )?(?:the |our |my )?${GROUPS}\\b|\\b${G} (?:make|makes|made) (?:the world|this country|our (?:country|city|town|community|lives|society)|everything) (?:a )?better\\b|\\btrans (?:women|men) are (?:real )?(?:women|men)\\b`,
)

/**
 * A frame that rejects the hateful words it carries: name-calling reported in order to judge it
 * ("your tweet calling <group> rats was vile", "it's disgusting that people still call <group>
 * perverts"), refused or told to stop ("I would never call <group> animals", "you have to
 * stop calling <group> disgusting"; not "they don't call him X for nothing"), or hatred itself
 * ruled out ("no one should hate <group>"). A line that says this and draws no rule hit is a
 * mention, and the classifier does not judge it (index.ts).
 */
export const REJECTS_HATE =
  /\bstop (?:calling|saying|claiming|implying|suggesting|pretending) |(?:^|\b(?:i|we|you|please) )(?:would |will |should |must )?(?:never|not|don t|do not|dont|won t|wouldn t|shouldn t) (?:ever )?(?:call|describe|label|refer to|compare) |\b(?:no one|nobody|noone|none of us) (?:should|must|ought to|deserves to|has the right to|may) (?:ever )?(?:hate|hurt|harass|attack|bully|mock|insult|despise|discriminate against|be (?:hated|hurt|harassed|attacked|bullied|mocked|insulted|discriminated against))\b|\b(?:calling|describing|referring to|labell?ing|branding|comparing|tweet|tweets|post|posts|comment|comments|remark|remarks|statement|statements|joke|jokes|rhetoric)(?: [a-z]{1,15}){0,6} (?:is|are|was|were|s) (?:so |deeply |completely |truly |just |pure |plain |absolutely |utterly )?(?:vile|disgusting|hurtful|degrading|shameful|disgraceful|appalling|despicable|abhorrent|unacceptable|wrong|ignorant|offensive|racist|hateful|bigoted|bigotry)\b|\b(?:it s|its|it is) (?:so |really |truly )?(?:disgusting|vile|shameful|appalling|sad|awful|wrong|unacceptable) that (?:people|some people|anyone|they|folks|politicians|some) (?:still )?(?:call|say|think|claim|believe|describe)\b/

/** Whether `text` (normalised words joined by spaces) speaks against hate or well of a group. */
export function opposesHate(text: string): boolean {
  return OPPOSES_HATE.test(text) || PRAISES_GROUP.test(text)
}
