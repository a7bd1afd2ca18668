// Text → comparable words, undoing the usual obfuscations: case, diacritics and
// compatibility forms (NFKD), leetspeak inside words (5h1t), letters spelled out with
// separators (f.u.c.k, f u c k) and a group noun run into the word before it (gaypeople,
// run-together.ts). Repeated letters (fuuuck) are handled by the matcher.
// Word boundaries are kept, so "Scunthorpe" is one word and never contains a match.
import { foldHomoglyphs, LEET } from '../../classify/tokens.js'
import { splitRunTogether } from './run-together.js'
import { matchesOf } from '../../text.js'

export interface Word {
  text: string
  /** Sentence number within the line, for "is this a policy mention?" checks. */
  sentence: number
}

const LEET_CHAR = /[013457@$!]/g
const WORD_CHAR = /[\p{L}\p{N}@$]/u
export const ASCII_ONLY = /^[\x00-\x7f]*$/
const LETTER = /[a-z]/
const JOINER = new Set([' ', '.', '-', '_', '*', '·', '+', '/', '|'])
const ARTICLES = new Set(['a', 'i'])
/** '.', '!', '?', ';', newline. */
function isSentenceEnd(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 59 || c === 10
}
const INVISIBLE = /[\p{Cf}\p{M}]/gu

interface RawWord {
  text: string
  start: number
  end: number
}

/** '0'-'9', '@', '$', '!': the only characters deLeet may rewrite. */
function hasLeetCandidate(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i)
    if ((c >= 48 && c <= 57) || c === 64 || c === 36 || c === 33) return true
  }
  return false
}

function deLeet(word: string): string {
  if (!hasLeetCandidate(word) || !LETTER.test(word)) return word // plain numbers stay numbers
  // LEET maps every character LEET_CHAR matches, so no '@' or '$' survives.
  return word.replace(LEET_CHAR, (ch) => LEET[ch] ?? ch)
}

/** [a-z0-9@$] by char code: the ASCII word characters once text is lowercased. */
function isAsciiWordCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 64 || c === 36
}

/**
 * A '!' inside a word stands for an 'i' ("sh!t", "b!tch", "pr!ck"): it stays part of the word
 * when one to three letters of the word come before it and a letter follows. Anywhere else it
 * ends a sentence, including after a longer word with no space after it ("great!Thanks").
 */
const MAX_BEFORE_BANG = 3

function isBangInWord(text: string, i: number, start: number): boolean {
  if (start < 0 || i - start > MAX_BEFORE_BANG || text.charCodeAt(i) !== 33) return false
  const next = text.charCodeAt(i + 1)
  return next >= 97 && next <= 122
}

/** "f*** you", "s*** off": a word masked after its first letter, aimed at someone. */
const AIMED_AFTER_MASK = /^[ \t]{1,3}(?:you|u|yourself|urself|off|him|her|them)\b/i

/**
 * A masking '*' or '#' inside a word ("f*ck", "a**hole", "sh#t") stays part of it, so the
 * matcher can fill it in; a '*' before or after a word (markdown emphasis) does not, except
 * after a lone first letter aimed at someone ("f*** you").
 */
function isMaskInWord(text: string, i: number, start: number): boolean {
  const c = text.charCodeAt(i)
  if ((c !== 42 && c !== 35) || start < 0) return false
  let j = i
  while (text.charCodeAt(j) === 42 || text.charCodeAt(j) === 35) j++
  const next = text.charCodeAt(j)
  if (j - i > 4) return false
  if (next >= 97 && next <= 122) return true
  const first = text.charCodeAt(start)
  return (
    j - start >= 3 &&
    (text.charCodeAt(start + 1) === 42 || text.charCodeAt(start + 1) === 35) &&
    first >= 97 &&
    first <= 122 &&
    AIMED_AFTER_MASK.test(text.slice(j, j + 12))
  )
}

/** Most prompt text is ASCII: one linear scan instead of a Unicode test per character. */
function splitAsciiWords(text: string): RawWord[] {
  const words: RawWord[] = []
  let start = -1
  for (let i = 0; i <= text.length; i++) {
    const inWord =
      i < text.length && (isAsciiWordCode(text.charCodeAt(i)) || isMaskInWord(text, i, start) || isBangInWord(text, i, start))
    if (inWord && start < 0) start = i
    if (!inWord && start >= 0) {
      words.push({ text: deLeet(text.slice(start, i)), start, end: i })
      start = -1
    }
  }
  return words
}

function splitWords(text: string): RawWord[] {
  if (ASCII_ONLY.test(text)) return splitAsciiWords(text)
  const words: RawWord[] = []
  let start = -1
  for (let i = 0; i <= text.length; i++) {
    const inWord =
      i < text.length && (WORD_CHAR.test(text[i] ?? '') || isMaskInWord(text, i, start) || isBangInWord(text, i, start))
    if (inWord && start < 0) start = i
    if (!inWord && start >= 0) {
      // Look-alike letters ("fuсk" with a Cyrillic с) read as the Latin word they imitate.
      words.push({ text: deLeet(foldHomoglyphs(text.slice(start, i))), start, end: i })
      start = -1
    }
  }
  return words
}

/** Chat shorthand that opens a run of single letters: "u r a joke" is "you are a joke", not "ura joke". */
const SHORTHAND: ReadonlySet<string> = new Set(['u r', 'r u'])

/**
 * Merge runs of 3+ single letters joined by the same one-character separator: "f u c k",
 * "f.u.c.k" → "fuck". An article before a space-spelled run stays a word ("a f u c k"), and so
 * does chat shorthand that opens one ("u r a …").
 */
function joinSpelledOut(text: string, words: readonly RawWord[]): RawWord[] {
  const out: RawWord[] = []
  let i = 0
  while (i < words.length) {
    let j = i
    const sep = text[words[i]?.end ?? 0] ?? ''
    while (j + 1 < words.length && isSpelledStep(text, words[j], words[j + 1], sep)) j++
    if (j - i >= 2 && sep === ' ' && SHORTHAND.has(`${words[i]?.text ?? ''} ${words[i + 1]?.text ?? ''}`)) {
      out.push(words[i] as RawWord, words[i + 1] as RawWord)
      i += 2
      continue
    }
    if (j - i >= 3 && sep === ' ' && ARTICLES.has(words[i]?.text ?? '')) {
      out.push(words[i] as RawWord)
      i++
    }
    const run = j - i + 1
    if (run >= 3) {
      const slice = words.slice(i, j + 1)
      // Leetspeak reads across the joined letters: "k 1 l l" is "kill", as "k1ll" is.
      const joined = deLeet(slice.map((w) => w.text).join(''))
      const start = slice[0]?.start ?? 0
      const end = slice[slice.length - 1]?.end ?? 0
      // "f u c k i n g i d i o t" is two words; "f u c k" stays one.
      const parts = spelledWords(joined)
      if (parts === null) out.push({ text: joined, start, end })
      else for (const part of parts) out.push({ text: part, start, end })
      i = j + 1
    } else {
      out.push(words[i] as RawWord)
      i++
    }
  }
  return out
}

/**
 * Words a spelled-out insult is made of ("f u c k i n g i d i o t" is "fucking idiot", "s h u t u p"
 * "shut up"): the letters are read as these words when they are exactly a run of them and one is
 * an insult or a curse (INSULTS); otherwise the run stays one word.
 */
const INSULTS = new Set(
  'fuck fucking fuckin fucker fuckers fck shit shitty bitch bitches cunt cunts idiot idiots moron morons loser losers retard retards retarded stupid dumb dumbass asshole assholes bastard bastards whore slut prick dick dickhead twat wanker ugly fat worthless pathetic useless trash garbage scum kill die hate kys stfu'.split(
    ' ',
  ),
)
const GLUE = new Set(
  'you u your ur yourself are r a an the go and off up shut of piece such so total complete absolute little i m am is he she they them him her me my self kill die in hell'.split(
    ' ',
  ),
)
const INSULT_LIST = [...INSULTS]
const LONGEST_PIECE = 9
/** Longer runs are a word spelled out, or a long string of letters, never read as words. */
const MAX_SPELLED = 24

/** The run's letters as words of INSULTS and GLUE, at least one an insult; null when they are not. */
export function spelledWords(letters: string): string[] | null {
  if (letters.length < 5 || letters.length > MAX_SPELLED || !INSULT_LIST.some((w) => letters.includes(w))) return null
  // best[i]: a split of letters[0, i) into known words, fewest words first.
  const best: (string[] | null)[] = [[]]
  for (let i = 1; i <= letters.length; i++) {
    best[i] = null
    for (let k = Math.max(0, i - LONGEST_PIECE); k < i; k++) {
      const head = best[k]
      const piece = letters.slice(k, i)
      if (head === null || head === undefined || !(INSULTS.has(piece) || GLUE.has(piece))) continue
      if (best[i] === null || (best[i] as string[]).length > head.length + 1) best[i] = [...head, piece]
    }
  }
  const split = best[letters.length]
  return split !== null && split !== undefined && split.length >= 2 && split.some((w) => INSULTS.has(w)) ? split : null
}

function isSpelledStep(text: string, a: RawWord | undefined, b: RawWord | undefined, sep: string): boolean {
  if (a === undefined || b === undefined || a.text.length !== 1 || b.text.length !== 1) return false
  return b.start - a.end === 1 && text[a.end] === sep && JOINER.has(sep)
}

export function normaliseText(text: string): string {
  // ASCII is unchanged by NFKD and has no format or mark characters.
  if (ASCII_ONLY.test(text)) return text.toLowerCase()
  return text.normalize('NFKD').replace(INVISIBLE, '').toLowerCase()
}

/** "gaypeople" → "gay", "people" (run-together.ts); positions split at the seam. */
function splitRunTogetherWords(words: readonly RawWord[]): RawWord[] {
  let out: RawWord[] | null = null
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as RawWord
    const parts = splitRunTogether(w.text)
    if (parts === null) {
      out?.push(w)
      continue
    }
    out ??= words.slice(0, i)
    const seam = w.start + parts[0].length
    out.push({ text: parts[0], start: w.start, end: seam }, { text: parts[1], start: seam, end: w.end })
  }
  return out ?? (words as RawWord[])
}

/**
 * The antisemitic echo, a name in triple parentheses ("(((that))) kind of last name"): letters
 * only inside, so Lisp's "(((lambda" and arithmetic stay out.
 */
export const ECHO = /\({3} ?[a-z][a-z' .-]{0,30} ?\){3}/g

/**
 * Image prompts weight a keyword with parentheses ("((ugly)), (((deformed))), blurry",
 * "(masterpiece:1.2)"): a line with a double-parenthesised word or a numeric weight uses that
 * syntax, and so does a triple-parenthesised word followed by a comma, as in a tag list.
 */
const PROMPT_WEIGHTING = /(?<!\()\(\([^()\n]{1,40}\)\)(?!\))|\(\s?[^()\n]{1,40}:\s?\d(?:\.\d{1,3})?\s?\)/
const TAG_AFTER = /^\s{0,3},/

/**
 * What the echo marks: a pronoun or a stand-in ("(((they)))", "(((that))) kind of last name"), a
 * group it insinuates ("(((globalists)))", "(((the media)))"), or a one- or two-word name where
 * the line speaks of Jews, bankers or control. Prompt templates put triple parentheses around
 * placeholders ("(((Topic Here)))"), a character's name ("(((Goku))) is sleeping") and weighted
 * keywords far more often than anyone writes the echo: on ~15,000 real prompt files, every line a
 * first reading of the echo flagged (45) was one of those.
 */
const ECHOED_STAND_IN =
  /^(?:they|them|their|those|these|that|this|who|he|she|him|his|her|someone|somebody|certain people|the usual suspects|you know who|(?:the |our )?(?:globalists?|bankers?|financiers?|media|elites?|zionists?|jews?|jewish|cosmopolitans?|internationalists?|hollywood|lobby|puppet ?masters?|landlords?))$/
const ECHO_CONTEXT =
  /\b(?:jews?|jewish|zionists?|shekels?|goy(?:im)?|globalists?|bankers?|hollywood|(?:last|family) names?|surnames?|(?:controls?|owns|runs?) (?:the|half|all|every|our|everything))\b/
/** A name, not a phrase: one or two words ("(((Goldstein)))"), where the context decides. */
const ECHOED_NAME = /^[a-z][a-z'.-]*(?: [a-z][a-z'.-]*)?$/

/** A word "echoparens" before each echoed name, which the phrase rules read (person-abuse.ts). */
function withEchoes(text: string, words: RawWord[]): RawWord[] {
  if (!text.includes('(((') || PROMPT_WEIGHTING.test(text)) return words
  let out = words
  for (const m of matchesOf(ECHO, text)) {
    if (TAG_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 4))) continue
    const echoed = m[0].slice(3, -3).trim()
    if (!ECHOED_STAND_IN.test(echoed) && !(ECHOED_NAME.test(echoed) && ECHO_CONTEXT.test(text))) continue
    const at = out.findIndex((w) => w.start >= m.index)
    const marker = { text: 'echoparens', start: m.index, end: m.index }
    out = at < 0 ? [...out, marker] : [...out.slice(0, at), marker, ...out.slice(at)]
  }
  return out
}

export function wordsOf(line: string): Word[] {
  const text = normaliseText(line)
  const words = withEchoes(text, splitRunTogetherWords(joinSpelledOut(text, splitWords(text))))
  let sentence = 0
  let prevEnd = 0
  return words.map((w) => {
    for (let k = prevEnd; k < w.start; k++) if (isSentenceEnd(text.charCodeAt(k))) sentence++
    prevEnd = w.end
    return { text: w.text, sentence }
  })
}
