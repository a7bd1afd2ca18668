// Misspellings one slip away from a lexicon word: two neighbouring letters swapped ("btich",
// "asshoel") or, in a longer word, one inner letter after the second dropped ("assole"). The
// first letter is kept fixed, and only words of five letters or more are varied, so a slip cannot land on a
// short everyday word; forms that are themselves English words ("waker" from "wanker") and
// policy words (named in safety text, where "seting" would be a typo of "setting") are left out.
import { WORDS, type WordEntry } from './lexicon.js'

const MIN_SWAP = 5
const MIN_DROP = 6
/** Slips that are ordinary words or common typos of ordinary words. */
const ORDINARY = new Set(['waker', 'waner', 'bobos', 'sitty', 'fucing'])

/** The word with two neighbouring letters swapped, the first letter kept (words of MIN_SWAP letters or more). */
export function neighbourSwaps(form: string): string[] {
  const out: string[] = []
  for (let i = 1; i + 1 < form.length && form.length >= MIN_SWAP; i++) {
    if (form[i] !== form[i + 1]) out.push(form.slice(0, i) + (form[i + 1] ?? '') + (form[i] ?? '') + form.slice(i + 2))
  }
  return out
}

function slipsOf(form: string, drops: boolean): string[] {
  const out = neighbourSwaps(form)
  // Not the second letter: dropping it changes how the word starts ("shitting" → "sitting").
  for (let i = 2; i + 1 < form.length && drops && form.length >= MIN_DROP; i++) {
    if (form[i] !== form[i - 1] && form[i] !== form[i + 1]) out.push(form.slice(0, i) + form.slice(i + 1))
  }
  return out
}

/** Every form the lexicon matches exactly (word and suffixed forms). */
export const LEXICON_FORMS: ReadonlySet<string> = new Set(
  WORDS.flatMap((e) => [e.word, ...(e.suffixes ?? []).map((s) => e.word + s)]),
)

/** Misspelling → the entry it misspells (the first entry wins when two share a slip). */
export const TYPOS: ReadonlyMap<string, WordEntry> = (() => {
  const typos = new Map<string, WordEntry>()
  for (const entry of WORDS) {
    if (entry.policy === true) continue
    for (const form of [entry.word, ...(entry.suffixes ?? []).map((s) => entry.word + s)]) {
      // Slurs sit close to names and words ("Darke"): only swaps for them.
      for (const slip of slipsOf(form, entry.category !== 'slur')) {
        if (!LEXICON_FORMS.has(slip) && !ORDINARY.has(slip) && !typos.has(slip)) typos.set(slip, entry)
      }
    }
  }
  return typos
})()
