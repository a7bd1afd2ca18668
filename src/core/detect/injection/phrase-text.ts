// How injection phrase rules read a line (override-phrases.ts, planted-instructions.ts) and how
// the phrase lists write their own words (multilingual-overrides.ts): one normalisation.
const INVISIBLE = /[\p{Cf}\u{E0000}-\u{E0FFF}\uFE00-\uFE0F\u034F]/gu
const MARKS = /\p{M}/gu
/** Whitespace runs → one space; a lone ' ' (the common case) is left alone instead of rewritten. */
const ODD_SPACES = /[\s\u00A0]{2,}|[^\S ]/g
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/
/** Lowercase, compatibility-decomposed, marks and invisible characters removed, single spaces. */
export function normalisePhraseText(text: string): string {
  if (PRINTABLE_ASCII.test(text)) return text.toLowerCase().replace(ODD_SPACES, ' ')
  return text
    .replace(INVISIBLE, '')
    .normalize('NFKD')
    .replace(MARKS, '')
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(ODD_SPACES, ' ')
}

/** `(?:a|b)` of phrase words written as people write them, normalised as a line is and escaped. */
export const phraseAlternation = (...words: string[]): string =>
  `(?:${words.map((w) => normalisePhraseText(w).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`
