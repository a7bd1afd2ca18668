// Group names misspelt on purpose or by a slip ("imigrants", "muzlims", "refugeez"): the group
// rules need the group named, so a misspelt name would let the claim through. The same slips
// as typos.ts (neighbouring letters swapped; in a longer name one inner letter dropped, a
// doubled one included), plus 's' written as 'z'. Only the last word of each name varies
// (the word GROUP_HEADS lists), the first letter never, and no slip may be another group word
// or a lexicon word. The phrase rules read the canonical name instead (match.ts).
import { GROUPS } from './identity-attacks.js'
import { expandAlternation } from './regex-source.js'
import { LEXICON_FORMS, neighbourSwaps } from './typos.js'

/** The last word of every group name GROUPS matches: a line that names a group has one of them. */
export const GROUP_HEADS: ReadonlySet<string> = new Set(expandAlternation(GROUPS).map((n) => n.slice(n.lastIndexOf(' ') + 1)))

const MIN_DROP = 6
const MIN_Z = 4
/** Slips that are ordinary words (found in the benign prompt texts of the classifier data). */
const ORDINARY = new Set(['americas'])

function slipsOf(name: string): string[] {
  const out = neighbourSwaps(name)
  for (let i = 2; i + 1 < name.length && name.length >= MIN_DROP; i++) out.push(name.slice(0, i) + name.slice(i + 1))
  for (let i = 1; i < name.length && name.length >= MIN_Z; i++) {
    if (name[i] === 's') out.push(`${name.slice(0, i)}z${name.slice(i + 1)}`)
  }
  out.push(name.replaceAll('s', 'z'))
  return out
}

/** Misspelt group word → the group word. */
export const GROUP_TYPOS: ReadonlyMap<string, string> = (() => {
  const typos = new Map<string, string>()
  for (const head of GROUP_HEADS) {
    for (const slip of slipsOf(head)) {
      if (slip !== head && !GROUP_HEADS.has(slip) && !LEXICON_FORMS.has(slip) && !ORDINARY.has(slip) && !typos.has(slip))
        typos.set(slip, head)
    }
  }
  return typos
})()
