// One allocation-free pass that rules a line out before words are built: nearly every
// prompt line has no lexicon word, no phrase anchor and no spelled-out run, and building
// its normalised words costs ten times more than this scan. A line this rejects has no hits
// (the property tests compare it with the full path), so skipping it changes no result.
import { LEET_FOLD, LiteralScreen } from '../literal-screen.js'
import { KEY_LENGTH, spellsLexiconWord } from './match.js'
import { WORDS } from './lexicon.js'
import { TYPOS } from './typos.js'
import { PHRASE_ANCHOR_LITERALS, PHRASE_TYPOS } from './phrase-typos.js'
import { ASCII_ONLY, ECHO, normaliseText } from './normalise.js'

const ANCHORS = new LiteralScreen(PHRASE_ANCHOR_LITERALS, { fold: LEET_FOLD, separator: 'non-letter' })

/** Word characters of the ASCII path ([a-z0-9@$] once lowercased), folded as deLeet does:
 * letters and leet signs → 1–26, other digits → 27, anything else → 0. */
const CODE = new Uint8Array(128)
for (let c = 0; c < 128; c++) CODE[c] = LEET_FOLD[c] || (c >= 48 && c <= 57 ? 27 : 0)

/** The first KEY_LENGTH letters with repeats squeezed, as match.ts keys words, in base 28. */
function squeezedKey(word: string): number {
  let key = 0
  let taken = 0
  let prev = -1
  for (let i = 0; i < word.length && taken < KEY_LENGTH; i++) {
    const c = CODE[word.charCodeAt(i)] ?? 0
    if (c !== prev) {
      key = key * 28 + c
      taken++
    }
    prev = c
  }
  return key
}
const KEYS = new Uint8Array(28 ** KEY_LENGTH)
for (const word of [...WORDS.map((e) => e.word), ...TYPOS.keys()]) KEYS[squeezedKey(word)] = 1

/** FNV-1a over the folded letter codes of `text[start, end)`. */
function wordHash(text: string, start: number, end: number): number {
  let hash = 0x811c9dc5
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ (CODE[text.charCodeAt(i)] ?? 0), 16777619)
  return hash
}
/**
 * Misspelt anchor words (phrase-typos.ts): their squeezed first letters with a bit for each
 * length (bit 31 for 31 or more), then their hashes, so most words cost one lookup (the first
 * letters alone let common words through: "the", "you"); a hash collision only sends a line
 * down the full path.
 */
const PHRASE_TYPO_LENGTHS = new Uint32Array(28 ** KEY_LENGTH)
const lengthBit = (length: number): number => 1 << Math.min(length, 31)
for (const typo of PHRASE_TYPOS.keys()) {
  const key = squeezedKey(typo)
  PHRASE_TYPO_LENGTHS[key] = (PHRASE_TYPO_LENGTHS[key] as number) | lengthBit(typo.length)
}
const PHRASE_TYPO_HASHES = new Set([...PHRASE_TYPOS.keys()].map((typo) => wordHash(typo, 0, typo.length)))

/** The word as the matcher sees it: lowercase, leetspeak folded (a superset of deLeet). */
function foldedWord(line: string, start: number, end: number): string {
  let out = ''
  for (let i = start; i < end; i++) {
    const code = line.charCodeAt(i)
    const c = LEET_FOLD[code] ?? 0
    out += c === 0 ? line[i] : String.fromCharCode(96 + c)
  }
  return out
}

/** A letter (or a leet sign for one: "5**t"), a masking '*'/'#' run, a letter: "f*ck" is
 * matched by filling the mask in; or a word masked to its end and aimed at someone ("f*** you"). */
const MASKED = /[a-z0-9@$][*#]{1,4}(?:[a-z0-9@$]|[ \t]{1,3}(?:you|u|yourself|urself|off|him|her|them)\b)/i

/** ECHO without the global flag, for a test. */
const ECHO_ANYWHERE = new RegExp(ECHO.source, 'i')

const BANG_IN_WORD = /[a-z0-9@$*#]![a-z]/i

/** Non-ASCII punctuation, symbols and spaces, which the full path reads as word boundaries and
 * nothing else; not '·', which joins spelled-out letters ("f·u·c·k"). */
const BOUNDARY = /(?=[^\x00-\x7f])(?!·)[\p{P}\p{S}\p{Z}]/gu

/**
 * A non-ASCII line as the full path reads it (normaliseText: compatibility forms decomposed,
 * marks and format characters removed) with each boundary character made a space, which
 * the full path also reads as a boundary; null when a character that can be part of a word is
 * left (a letter or digit of another script, a look-alike letter). Em dashes, arrows, box
 * drawing and emoji then no longer send a line down the full path.
 */
function withAsciiBoundaries(line: string): string | null {
  const text = normaliseText(line).replace(BOUNDARY, ' ')
  return ASCII_ONLY.test(text) ? text : null
}

/** False only when `line` cannot produce a toxicity hit. */
export function mayBeToxic(raw: string): boolean {
  const line = ASCII_ONLY.test(raw) ? raw : withAsciiBoundaries(raw)
  if (line === null) return true
  if ((line.includes('*') || line.includes('#')) && MASKED.test(line)) return true
  // A '!' between letters is read as an 'i' ("sh!t", normalise.ts): rare in prompts, so the full path decides.
  if (line.includes('!') && BANG_IN_WORD.test(line)) return true
  // A name in triple parentheses, the antisemitic echo (normalise.ts).
  if (line.includes('(((') && ECHO_ANYWHERE.test(line)) return true
  let key = 0
  let taken = 0
  let prev = -1
  let wordLength = 0
  let gap = 0
  let singles = 0
  // Where the phrase anchors' automaton has read to (the line is ASCII here), from the
  // separator the line's start stands for to the one its end stands for.
  let anchorState = ANCHORS.start
  for (let i = 0; i <= line.length; i++) {
    const code = i < line.length ? line.charCodeAt(i) : 32
    const c = CODE[code] ?? 0
    anchorState = i < line.length ? ANCHORS.next(anchorState, code) : ANCHORS.end(anchorState)
    if (ANCHORS.accepts(anchorState)) return true
    if (c !== 0) {
      if (wordLength === 0) {
        // A run of single-letter words one separator apart may be spelled out ("f u c k").
        singles = gap === 1 ? singles : 0
        key = 0
        taken = 0
        prev = -1
      }
      wordLength++
      if (c !== prev && taken < KEY_LENGTH) {
        key = key * 28 + c
        taken++
      }
      prev = c
      gap = 0
      continue
    }
    if (wordLength > 0) {
      if (KEYS[key] === 1 && spellsLexiconWord(foldedWord(line, i - wordLength, i))) return true
      if (
        ((PHRASE_TYPO_LENGTHS[key] as number) & lengthBit(wordLength)) !== 0 &&
        PHRASE_TYPO_HASHES.has(wordHash(line, i - wordLength, i))
      )
        return true
      singles = wordLength === 1 ? singles + 1 : 0
      if (singles >= 3) return true
      wordLength = 0
    }
    gap++
  }
  return false
}
