// Banter between friends (twenty-ninth round, from the false alarms of tox46): a mild insult said
// with the words that make it a joke between people who like each other ("lmao you absolute idiot,
// you locked your keys in the car AGAIN 😂 love you man", "bro you're trash at this game gg tho,
// rematch tomorrow?"). Only the insult phrases of medium or low severity are excused, and only
// with a token of affection or good sport in the same window: "love you", "gg tho", "rematch",
// "jk". The lexicon's words ("bitch", "fuck you": the public data labels them offensive even
// between friends), slurs, threats, sexual remarks, "kys" and the high-severity phrases stay
// findings whatever follows them, and so does a bare "gg" (a taunt as often as a courtesy). So do
// the policy phrases, a wished harm or a claim about a group ("Love you man. Women are too
// emotional to be allowed to vote."): affection for the listener makes no joke of those.
import type { ToxicHit } from './match.js'
import { WORDS } from './lexicon.js'

/** The lexicon's words: a hit on one of them ("bitch", "fuck") is never excused as banter. */
const LEXICON_WORDS: ReadonlySet<string> = new Set(WORDS.map((e) => e.word))

const FRIENDLY =
  /\b(?:love (?:you|ya|u)|luv (?:you|ya|u)|ily|gg (?:tho|though|wp|well played)|good game|rematch|jk|j k|just kidding|just joking|no hard feelings)\b/

/** Whether every hit is a mild insult and the window's words (normalised, joined) say it in jest. */
export function saidInJest(hits: readonly ToxicHit[], words: string): boolean {
  return (
    hits.length > 0 &&
    hits.every(
      (h) => h.category === 'harassment' && h.severity !== 'high' && h.policy !== true && !LEXICON_WORDS.has(h.canonical),
    ) &&
    FRIENDLY.test(words)
  )
}
