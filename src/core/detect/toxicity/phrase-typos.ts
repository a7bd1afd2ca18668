// The words a phrase rule is anchored on, misspelt ("I haet <group>", "<group> are
// disgustign", "<group> are vermni"): one slip away from an anchor word, as typos.ts reads the
// lexicon (neighbouring letters swapped, the first kept; in a word of six letters or more one
// inner letter after the second dropped; four-letter words only swapped). The phrase rules
// read the anchor word instead (match.ts), and the line screen lets such a line through
// (screen.ts). A slip is only ever read inside a phrase rule, whose other half (a group, a
// target, a modal) must still be there, so "I hte the bus" matches nothing. Left out: slips
// that are words in the benign prompt texts of the classifier data ("tried" from "tired",
// "files" from "flies", "metal" from "mental"), slips of another anchor word, lexicon word or
// group word, and the function words among the anchors ("their", "should", "never"), whose
// slips are common typos carrying no hate.
import { literalsOf } from '../literal-screen.js'
import { GROUP_HEADS, GROUP_TYPOS } from './group-typos.js'
import { PHRASES } from './lexicon.js'
import { LEXICON_FORMS, neighbourSwaps, TYPOS } from './typos.js'

const MIN_LENGTH = 4
const MIN_DROP = 6

const FUNCTION_WORDS = new Set(
  'about again against always another back been better come coming down each ever every find good great have just keep know leave less life like live long longer make more most must need needs never nice nobody nothing only open over people persons really real right room seen self send sent should simply some still stop take than that their them these they this those through truly upon walk want wanted wants watch were what where white with without your yourself'.split(
    ' ',
  ),
)

/** Slips that are words of the benign prompt texts (found by listing every slip against them). */
const ORDINARY = new Set(
  'apse beats bene beta chats exits files garage lair lairs loner metal moons muts noting prefect pron refuge reuse satin strange tempe though tried violet'.split(
    ' ',
  ),
)

/** Each phrase's anchor literals, expanded once: the line screens (screen.ts, match.ts) and the typo reading read them. */
export const ANCHOR_LITERALS_BY_PHRASE: readonly (readonly string[])[] = PHRASES.map((p) => literalsOf(p.anchor))

/** Every literal the phrase anchors match. */
export const PHRASE_ANCHOR_LITERALS: readonly string[] = ANCHOR_LITERALS_BY_PHRASE.flat()

/** Every word of four letters or more in a phrase anchor, function words and exact rules left out. */
export const ANCHOR_WORDS: ReadonlySet<string> = new Set(
  ANCHOR_LITERALS_BY_PHRASE.filter((_, i) => PHRASES[i]?.exact !== true)
    .flat()
    .flatMap((literal) => literal.split(/[^a-z]+/))
    .filter((w) => w.length >= MIN_LENGTH && !FUNCTION_WORDS.has(w)),
)

function slipsOf(word: string): string[] {
  const out = word.length === MIN_LENGTH ? [] : neighbourSwaps(word)
  if (word.length === MIN_LENGTH) {
    // neighbourSwaps leaves words under five letters alone: swap the two inner letters here.
    if (word[1] !== word[2]) out.push(`${word[0]}${word[2]}${word[1]}${word[3]}`)
    if (word[2] !== word[3]) out.push(`${word[0]}${word[1]}${word[3]}${word[2]}`)
  }
  for (let i = 2; i + 1 < word.length && word.length >= MIN_DROP; i++) {
    if (word[i] !== word[i - 1] && word[i] !== word[i + 1]) out.push(word.slice(0, i) + word.slice(i + 1))
  }
  return out
}

const taken = (slip: string): boolean =>
  ANCHOR_WORDS.has(slip) ||
  LEXICON_FORMS.has(slip) ||
  TYPOS.has(slip) ||
  GROUP_HEADS.has(slip) ||
  GROUP_TYPOS.has(slip) ||
  FUNCTION_WORDS.has(slip) ||
  ORDINARY.has(slip)

/** Misspelt anchor word → the anchor word (the first anchor word wins when two share a slip). */
export const PHRASE_TYPOS: ReadonlyMap<string, string> = (() => {
  const typos = new Map<string, string>()
  for (const word of ANCHOR_WORDS) {
    for (const slip of slipsOf(word)) if (!taken(slip) && !typos.has(slip)) typos.set(slip, word)
  }
  return typos
})()

/** Chat shorthand the group rules must read as the word ("black ppl are trash"). */
const SHORTHAND: ReadonlyMap<string, string> = new Map([
  ['ppl', 'people'],
  ['ppls', 'people'],
])

/** The word as the phrase rules read it: a misspelt group name or anchor word corrected. */
export const phraseSpelling = (word: string): string =>
  GROUP_TYPOS.get(word) ?? PHRASE_TYPOS.get(word) ?? SHORTHAND.get(word) ?? word
