// Text → the words a classifier sees, with the usual obfuscations undone so "Ign0re",
// "іgnore" (Cyrillic і), "f u c k", "f.u.c.k", "fuuuuck" and "𝐟𝐮𝐜𝐤" read as the plain word:
//   - compatibility forms (NFKC: full-width, mathematical letters), diacritics and
//     invisible characters removed, lowercase;
//   - look-alike Cyrillic/Greek letters folded to Latin inside words that mix scripts (an
//     all-Cyrillic word stays Russian);
//   - leetspeak digits and signs inside words that also have letters (`sh1t`, `@ss`; `2024`
//     stays a number);
//   - a letter repeated three or more times squeezed to two (`fuuuck` → `fuuck`, `kill` kept);
//   - runs of 3+ single letters joined by one separator character merged into one word.
// Apostrophes inside words are dropped (`don't` → `dont`). Deterministic and linear.
import type { DropMode } from './features.js'
import { matchesOf } from '../text.js'

/** Leetspeak signs and the letters they stand for (the toxicity matcher reads the same). */
export const LEET: Readonly<Record<string, string>> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '@': 'a',
  $: 's',
  '!': 'i',
}
const HOMOGLYPHS: Readonly<Record<string, string>> = {
  а: 'a',
  в: 'b',
  е: 'e',
  ё: 'e',
  к: 'k',
  м: 'm',
  н: 'h',
  о: 'o',
  р: 'p',
  с: 'c',
  т: 't',
  у: 'y',
  х: 'x',
  і: 'i',
  ї: 'i',
  ј: 'j',
  ѕ: 's',
  ԁ: 'd',
  ԛ: 'q',
  ԝ: 'w',
  һ: 'h',
  ɡ: 'g',
  ո: 'n',
  ս: 'u',
  α: 'a',
  β: 'b',
  ε: 'e',
  η: 'n',
  ι: 'i',
  κ: 'k',
  ν: 'v',
  ο: 'o',
  ρ: 'p',
  τ: 't',
  υ: 'u',
  χ: 'x',
  ω: 'w',
}
const ASCII_ONLY = /^[\x00-\x7f]*$/
const INVISIBLE_OR_MARK = /[\p{Cf}\p{M}\u{E0000}-\u{E0FFF}\u034F]/gu
const APOSTROPHE_IN_WORD = /(\p{L})['’‘`](\p{L})/gu
const WORD = /[\p{L}\p{N}@$!]+/gu
export const SEPARATORS: ReadonlySet<string> = new Set([' ', '.', '-', '_', '*', '·', '+', '/', '|', ','])
const LATIN = /[a-z]/
const HAS_HOMOGLYPH = /[авеёкмнорстухіїјѕԁԛԝһɡոսαβεηικνορτυχω]/

/** Non-ASCII text with compatibility forms, marks and invisible characters undone, lowercase:
 * the tokeniser's normalisation before apostrophes inside words are dropped. */
function foldUnicode(text: string): string {
  return text.normalize('NFKC').normalize('NFKD').replace(INVISIBLE_OR_MARK, '').normalize('NFC').toLowerCase()
}

export function normaliseForClassifier(text: string): string {
  const lower = text.toLowerCase()
  if (ASCII_ONLY.test(lower)) return lower.replace(APOSTROPHE_IN_WORD, '$1$2')
  return foldUnicode(text).replace(APOSTROPHE_IN_WORD, '$1$2')
}

/** Punctuation, symbols and spaces outside ASCII, which the tokeniser reads as a word break and
 * nothing else: not '·' (it separates spelled-out letters) nor the curly apostrophes. */
const WORD_BREAK = /(?=[^\x00-\x7f])(?![·’‘])[\p{P}\p{S}\p{Z}]/gu

/**
 * Non-ASCII text as ASCII text with the same tokens: normalised as above, each word break made
 * '#' (a break and nothing else in ASCII too) and each curly apostrophe "'" (dropped inside a
 * word, like it). The fast line sums (line-stats.ts) read this instead of sending a line with an
 * em dash, an arrow or an emoji to the full tokeniser. Null when a letter, a digit or a
 * separator of spelled-out letters outside ASCII is left.
 */
export function asciiForClassifier(text: string): string | null {
  const ascii = foldUnicode(text).replace(WORD_BREAK, '#').replace(/[’‘]/g, "'")
  return ASCII_ONLY.test(ascii) ? ascii : null
}

/** Look-alike Cyrillic/Greek letters → Latin, in a lowercase word that also has Latin letters. */
export function foldHomoglyphs(word: string): string {
  if (ASCII_ONLY.test(word) || !LATIN.test(word) || !HAS_HOMOGLYPH.test(word)) return word
  return [...word].map((c) => HOMOGLYPHS[c] ?? c).join('')
}

export function foldWord(raw: string): string {
  let word = foldHomoglyphs(raw)
  // Leetspeak only inside words that have letters; a trailing '!' is punctuation.
  let end = word.length
  while (end > 0 && word.charCodeAt(end - 1) === 33) end--
  const body = word.slice(0, end)
  if (body !== word && !/[a-z]/.test(body)) return ''
  word = body
  if (/[a-z]/.test(word) && /[0-9@$!]/.test(word)) word = word.replace(/[013457@$!]/g, (c) => LEET[c] ?? c)
  else word = word.replace(/[@$!]/g, '')
  return word.replace(/(.)\1{2,}/gu, '$1$1')
}

interface Span {
  text: string
  start: number
  end: number
}

function spans(text: string): Span[] {
  const out: Span[] = []
  for (const m of matchesOf(WORD, text)) {
    const folded = foldWord(m[0])
    if (folded !== '') out.push({ text: folded, start: m.index, end: m.index + m[0].length })
  }
  return out
}

/** "f u c k" / "f.u.c.k" → "fuck": 3+ one-letter words, each one separator apart. */
function joinSpelled(text: string, words: readonly Span[]): string[] {
  const out: string[] = []
  let i = 0
  while (i < words.length) {
    const first = words[i] as Span
    const sep = text[first.end] ?? ''
    let j = i
    while (j + 1 < words.length && spelledStep(text, words[j] as Span, words[j + 1] as Span, sep)) j++
    if (j - i >= 2) {
      out.push(
        words
          .slice(i, j + 1)
          .map((w) => w.text)
          .join(''),
      )
      i = j + 1
    } else {
      out.push(first.text)
      i++
    }
  }
  return out
}

function spelledStep(text: string, a: Span, b: Span, sep: string): boolean {
  return a.text.length === 1 && b.text.length === 1 && b.start - a.end === 1 && text[a.end] === sep && SEPARATORS.has(sep)
}

/** The normalised words of `text`, in order. */
export function classifierTokens(text: string): string[] {
  const normal = normaliseForClassifier(text)
  return joinSpelled(normal, spans(normal))
}

/**
 * Exclamations and intensifiers ("fucking", "shit", "damn"): toxic only when aimed at
 * someone, which the lexicon judges. Insult nouns ("fucker", "shithead") are kept. A finite
 * list, so the fast path can compare hashes.
 */
const cross = (a: readonly string[], b: readonly string[]): string[] => a.flatMap((x) => b.map((y) => x + y))
export const PROFANITY: ReadonlySet<string> = new Set([
  ...cross(cross(['', 'mother'], ['fuck', 'fuk', 'fck', 'fcuk', 'phuck', 'fvck']), ['', 's', 'ed', 'ing', 'in', 'kin', 'king']),
  ...cross(['shit', 'shyt'], ['', 's', 'ty', 'ting']),
  ...['bullshit', 'damn', 'dammit', 'goddamn', 'goddamned', 'crap', 'crappy', 'bloody', 'hell'],
])

/**
 * Names of identity groups as the classifier reads them (lowercase, apostrophes dropped). Its
 * training data pairs them with hate, so a model that reads them learns that naming a group is
 * toxic ("trans people deserve respect" scored 0.93 on "trans people" alone).
 */
export const IDENTITY_WORDS: ReadonlySet<string> = new Set([
  'woman',
  'women',
  'girl',
  'girls',
  'female',
  'females',
  'gay',
  'gays',
  'lesbian',
  'lesbians',
  'bisexual',
  'bisexuals',
  'homosexual',
  'homosexuals',
  'queer',
  'queers',
  'trans',
  'transgender',
  'transgenders',
  'black',
  'blacks',
  'muslim',
  'muslims',
  'islam',
  'islamic',
  'jew',
  'jews',
  'jewish',
  'christian',
  'christians',
  'hindu',
  'hindus',
  'sikh',
  'sikhs',
  'immigrant',
  'immigrants',
  'migrant',
  'migrants',
  'refugee',
  'refugees',
  'disabled',
  'asian',
  'asians',
  'mexican',
  'mexicans',
  'arab',
  'arabs',
  'african',
  'africans',
  'latino',
  'latinos',
  'latina',
  'latinas',
  'hispanic',
  'hispanics',
  'chinese',
  'indian',
  'indians',
  'roma',
  'gypsy',
  'gypsies',
])

export function tokensFor(text: string, spec: { drop: DropMode }): string[] {
  const tokens = classifierTokens(text)
  if (spec.drop === 'none') return tokens
  const identity = spec.drop === 'profanity-identity'
  return tokens.filter((t) => !PROFANITY.has(t) && !(identity && IDENTITY_WORDS.has(t)))
}
