// Two words written as one to slip past word matching: "gaypeople", "allwomen",
// "despisemuslims" (HateCheck's "missing word boundary" spelling, Röttger et al. 2021). A word
// is split only where it is an identity modifier, a quantifier or a verb of hate or harm run
// into a group noun, so compounds of ordinary English ("salespeople", "chairmen", "laypeople")
// are left whole: their first halves are not on the list.
const BEFORE = [
  // Identity modifiers.
  'gay',
  'trans',
  'black',
  'white',
  'asian',
  'brown',
  'disabled',
  'jewish',
  'muslim',
  'queer',
  'lesbian',
  'bisexual',
  'immigrant',
  'native',
  'indigenous',
  'autistic',
  'deaf',
  'blind',
  'african',
  'arab',
  'mexican',
  'chinese',
  'indian',
  // Quantifiers and determiners.
  'all',
  'these',
  'those',
  'the',
  'every',
  // Verbs of hate or harm.
  'hate',
  'despise',
  'detest',
  'loathe',
  'kill',
  'murder',
  'shoot',
  'deport',
  'ban',
]
const GROUP_NOUNS = [
  'people',
  'women',
  'men',
  'folks',
  'kids',
  'persons',
  'muslims',
  'jews',
  'immigrants',
  'migrants',
  'refugees',
  'gays',
  'lesbians',
  'blacks',
  'arabs',
  'asians',
  'mexicans',
  'foreigners',
]
const RUN_TOGETHER = new RegExp(`^(${BEFORE.join('|')})(${GROUP_NOUNS.join('|')})$`)
/** The shortest pair ("allmen", "themen") has six letters. */
const MIN_LENGTH = 6

/** The two words a run-together word stands for, or null: "gaypeople" → ["gay", "people"]. */
export function splitRunTogether(word: string): [string, string] | null {
  if (word.length < MIN_LENGTH) return null
  const m = RUN_TOGETHER.exec(word)
  return m === null ? null : [m[1] as string, m[2] as string]
}
