// A pre-filter for "may this text contain one of these literals?", for the per-line
// phrase detectors. A union regex of many literals costs ~15 ns per character in V8 (no
// common prefix, so no fast skip); this is one pass over char codes with bitmap lookups.
// It answers `true` whenever a literal could be present, so a detector that skips lines it
// rejects returns exactly what it would without it (the property tests pin that).
//
// How: each literal marks its rarest run of four ASCII letters (three when it has no four
// in a row) in a bitmap. Where the text has a marked run, the literal is matched around it
// on the raw text, the way the detector's normalisation would see it: letters through
// `fold` (case, and leetspeak digits for toxicity), each space of the literal as a run of
// separators (whitespace where the detector collapses whitespace, any non-letter where it
// keeps only words), other characters exactly. Raw non-ASCII text is never screened out: its
// normalisation is not ASCII folding; a detector screens it once normalised instead
// (markPresentNormalised).
import { RUN_RANKS } from './run-frequency.js'

/** Char code (< 128) → letter index 1–26, or 0 for "not a letter". */
export type Fold = Uint8Array

function makeFold(extra: Readonly<Record<string, string>> = {}): Fold {
  const fold = new Uint8Array(128)
  for (let c = 0; c < 26; c++) {
    fold[97 + c] = c + 1
    fold[65 + c] = c + 1
  }
  for (const [from, to] of Object.entries(extra)) fold[from.charCodeAt(0)] = to.charCodeAt(0) - 96
  return fold
}

/** ASCII letters, either case. */
export const CASE_FOLD: Fold = makeFold()
/** Letters plus the leetspeak digits and signs toxicity normalises (`5h1t`, `$hit`, `@ss`). */
export const LEET_FOLD: Fold = makeFold({ '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's' })

export interface ScreenOptions {
  fold?: Fold
  /** What a space in a literal stands for in raw text: a whitespace run (text whose
   * whitespace is collapsed) or a run of non-letters (text reduced to words). */
  separator?: 'whitespace' | 'non-letter'
  /** Group of each literal, in order (default: its index), for `markPresent`. */
  groups?: readonly number[]
}

/** How common each run of three or four letters is in prompt text (rank = ⌊log2 count⌋),
 * generated from benign prompt paragraphs; a run not listed ranks below all of them. */
const RUN_RANK = new Map<string, number>(RUN_RANKS.flatMap(([rank, runs]) => runs.split(' ').map((run) => [run, rank])))

/** Letter frequency in English text (%, a–z): breaks ties between runs of equal rank. */
const FREQUENCY = [
  8.2, 1.5, 2.8, 4.3, 12.7, 2.2, 2.0, 6.1, 7.0, 0.15, 0.8, 4.0, 2.4, 6.7, 7.5, 1.9, 0.1, 6.0, 6.3, 9.1, 2.8, 1.0, 2.4, 0.15, 2.0,
  0.07,
]

/** Five bits per folded code (0–26): a window of four is 20 bits, its last three 15 bits. */
const TRI_MASK = (1 << 15) - 1
const QUAD_MASK = (1 << 20) - 1
/** Pattern codes: 1–26 letters, SEPARATOR for a space, EXACT + char code for anything else. */
const SEPARATOR = 0
const EXACT = 1000

/** The window key after `letter` (0 for a non-letter): the last four folded codes, five bits
 * each (shifts and a mask: cheaper in the per-character loop than base-27 arithmetic). */
export const nextWindow = (window: number, letter: number): number => ((window << 5) | letter) & QUAD_MASK

interface Candidate {
  pattern: Uint16Array
  /** Index in `pattern` of the marked run's last letter. */
  at: number
  /** Letters in the marked run (3 or 4): the window already matched them. */
  run: number
  group: number
}

/** Flags in `LiteralScreen.marked`: some literal's marked run of four / of three ends here. */
const QUAD = 1
const TRI = 2

export class LiteralScreen {
  /** By window key: QUAD | TRI where some literal's marked run ends. A three-letter run is
   * marked under all 32 codes before it, so one lookup per character covers both lengths. */
  readonly marked = new Uint8Array(QUAD_MASK + 1)
  readonly #byQuad = new Map<number, Candidate[]>()
  /** By three-letter key (15 bits): a dense array, read for every common word such as "you". */
  readonly #byTri: Array<Candidate[] | undefined> = new Array<Candidate[] | undefined>(TRI_MASK + 1).fill(undefined)
  readonly #fold: Fold
  /** 1 for an ASCII code that a space in a literal stands for. */
  readonly #separator = new Uint8Array(128)
  /** The non-ASCII code units of the literals the screen cannot index (see markPresentNormalised). */
  readonly #unindexed = new Set<number>()

  /** Throws when an ASCII literal has no three consecutive letters (it cannot be screened). */
  constructor(literals: Iterable<string>, options: ScreenOptions = {}) {
    const fold = options.fold ?? CASE_FOLD
    this.#fold = fold
    for (let c = 0; c < 128; c++) {
      const separates = options.separator === 'non-letter' ? fold[c] === 0 : c === 32 || (c >= 9 && c <= 13)
      this.#separator[c] = separates ? 1 : 0
    }
    let index = -1
    for (const literal of literals) {
      index++
      if (!/^[\x00-\x7f]*$/.test(literal)) {
        // Only non-ASCII text can hold it: never screened out while it may.
        for (let i = 0; i < literal.length; i++) if (literal.charCodeAt(i) >= 128) this.#unindexed.add(literal.charCodeAt(i))
        continue
      }
      const pattern = patternOf(literal)
      const run = rarestRun(pattern, 4) ?? rarestRun(pattern, 3)
      if (run === null) throw new Error(`literal screen: "${literal}" has no three consecutive letters`)
      const key = run.letters.reduce((k, c) => (k << 5) | c, 0)
      const candidate = { pattern, at: run.end, run: run.letters.length, group: options.groups?.[index] ?? index }
      if (run.letters.length === 4) {
        this.marked[key] = (this.marked[key] as number) | QUAD
        this.#byQuad.set(key, [...(this.#byQuad.get(key) ?? []), candidate])
      } else {
        for (let before = 0; before < 32; before++) {
          const window = (before << 15) | key
          this.marked[window] = (this.marked[window] as number) | TRI
        }
        this.#byTri[key] = [...(this.#byTri[key] ?? []), candidate]
      }
    }
  }

  mayContain(text: string): boolean {
    const fold = this.#fold
    const marked = this.marked
    let window = 0
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i)
      if (code >= 128) return true
      window = ((window << 5) | (fold[code] ?? 0)) & QUAD_MASK
      if (marked[window] !== 0 && this.confirm(window, text, i)) return true
    }
    return false
  }

  /**
   * Sets `present[group]` to 1 for the group of every literal that may occur in `text` (the
   * same test as `mayContain`, literal by literal); false when the text is not ASCII, so any
   * literal may occur and `present` is incomplete.
   */
  markPresent(text: string, present: Uint8Array): boolean {
    return this.#markPresent(text, present, false)
  }

  /**
   * `markPresent` for text already normalised the way its detector reads it (so it is matched
   * as it stands, not through a normalisation of its own). There a non-ASCII character is part
   * of no literal the screen indexes, all of them ASCII, so it only ends a run, the way an em
   * dash, an arrow or an emoji does: without this, every line holding one went down the full
   * path. False, `present` incomplete, when the text holds a character of a literal the screen
   * does not index.
   */
  markPresentNormalised(text: string, present: Uint8Array): boolean {
    return this.#markPresent(text, present, true)
  }

  #markPresent(text: string, present: Uint8Array, normalised: boolean): boolean {
    const fold = this.#fold
    const marked = this.marked
    const unindexed = this.#unindexed
    let window = 0
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i)
      if (code >= 128) {
        if (!normalised || unindexed.has(code)) return false
        window = 0
        continue
      }
      window = ((window << 5) | (fold[code] ?? 0)) & QUAD_MASK
      const flags = marked[window] as number
      if (flags === 0) continue
      if (flags & QUAD) this.#markMatches(this.#byQuad.get(window), text, i, present)
      if (flags & TRI) this.#markMatches(this.#byTri[window & TRI_MASK], text, i, present)
    }
    return true
  }

  #markMatches(candidates: readonly Candidate[] | undefined, text: string, i: number, present: Uint8Array): void {
    if (candidates === undefined) return
    for (let k = 0; k < candidates.length; k++) {
      const { pattern, at, run, group } = candidates[k] as Candidate
      if (present[group] === 1) continue
      if (this.#matches(pattern, at - run, -1, text, i - run) && this.#matches(pattern, at + 1, 1, text, i + 1))
        present[group] = 1
    }
  }

  /** Whether a literal matches around a marked window ending at text[i] (see `marked`). */
  confirm(window: number, text: string, i: number): boolean {
    const flags = this.marked[window] as number
    return (
      ((flags & QUAD) !== 0 && this.#anyMatches(this.#byQuad.get(window), text, i)) ||
      ((flags & TRI) !== 0 && this.#anyMatches(this.#byTri[window & TRI_MASK], text, i))
    )
  }

  // Indexed loops, here and in #markMatches: with `for (const … of candidates)` each call paid
  // for an iterator in the engine's process (toxicity's screen: ~265 → ~170 ms on 10 MB).
  #anyMatches(candidates: readonly Candidate[] | undefined, text: string, i: number): boolean {
    if (candidates === undefined) return false
    for (let k = 0; k < candidates.length; k++) {
      const { pattern, at, run } = candidates[k] as Candidate
      if (this.#matches(pattern, at - run, -1, text, i - run) && this.#matches(pattern, at + 1, 1, text, i + 1)) return true
    }
    return false
  }

  /** Matches `pattern` from index `p` stepping by `step` (±1) against text from `t`. */
  #matches(pattern: Uint16Array, p: number, step: 1 | -1, text: string, t: number): boolean {
    const separator = this.#separator
    const fold = this.#fold
    for (; p >= 0 && p < pattern.length; p += step) {
      const want = pattern[p] as number
      if (t < 0 || t >= text.length) return false
      const code = text.charCodeAt(t)
      if (code >= 128) return false
      if (want === SEPARATOR) {
        if (separator[code] !== 1) return false
        while (t >= 0 && t < text.length && separator[text.charCodeAt(t)] === 1) t += step
        continue
      }
      if (want >= EXACT ? code !== want - EXACT : fold[code] !== want) return false
      t += step
    }
    return true
  }
}

/** Literal → pattern codes; runs of spaces become one SEPARATOR. */
function patternOf(literal: string): Uint16Array {
  const out: number[] = []
  for (const ch of literal) {
    const code = ch.charCodeAt(0)
    if (code === 39 || code === 96)
      throw new Error(`literal screen: quotes in "${literal}" are normalised differently by each detector`)
    if (code === 32) {
      if (out[out.length - 1] !== SEPARATOR) out.push(SEPARATOR)
    } else out.push(CASE_FOLD[code] || EXACT + code)
  }
  return Uint16Array.from(out)
}

/**
 * The run of `n` consecutive letters that is rarest in prompt text (by RUN_RANK, then by the
 * product of its letters' frequencies), or null. Every marked run that occurs in a text costs
 * a check of each literal that marked it, so the rarest run makes the sharpest screen: ranked
 * by letters alone, "your" (y is a rare letter) keyed a hundred literals and was checked at
 * every "your" of a prompt.
 */
function rarestRun(pattern: Uint16Array, n: number): { letters: number[]; end: number } | null {
  let best: { letters: number[]; end: number } | null = null
  let bestRank = Infinity
  let bestScore = Infinity
  for (let i = 0; i + n <= pattern.length; i++) {
    const letters = [...pattern.subarray(i, i + n)]
    if (letters.some((c) => c === SEPARATOR || c >= EXACT)) continue
    const rank = RUN_RANK.get(String.fromCharCode(...letters.map((c) => 96 + c))) ?? -1
    const score = letters.reduce((p, c) => p * (FREQUENCY[c - 1] ?? 1), 1)
    if (rank < bestRank || (rank === bestRank && score < bestScore))
      [best, bestRank, bestScore] = [{ letters, end: i + n - 1 }, rank, score]
  }
  return best
}

/**
 * Every string a simple regex source matches: literals, `|`, non-capturing groups and `?`
 * after a character or group. Anything else throws, so a new anchor with richer syntax fails
 * loudly at load time instead of weakening a screen.
 */
export function literalsOf(re: RegExp): string[] {
  const source = re.source
  let pos = 0
  const alternation = (): string[] => {
    const out: string[] = []
    for (;;) {
      out.push(...sequence())
      if (source[pos] !== '|') return out
      pos++
    }
  }
  const sequence = (): string[] => {
    let acc = ['']
    while (pos < source.length && source[pos] !== '|' && source[pos] !== ')') {
      let atom: string[]
      if (source.startsWith('(?:', pos)) {
        pos += 3
        atom = alternation()
        if (source[pos] !== ')') throw new Error(`literalsOf: unclosed group in /${source}/`)
        pos++
      } else if (source[pos] === '\\' && /[-.\\/:?()|[\]]/.test(source[pos + 1] ?? '')) {
        atom = [source[pos + 1] as string]
        pos += 2
      } else if (/[[\]{}*+^$\\.(]/.test(source[pos] ?? '')) {
        throw new Error(`literalsOf: unsupported syntax at ${pos} in /${source}/`)
      } else {
        atom = [source[pos++] as string]
      }
      if (source[pos] === '?') {
        pos++
        atom = [...atom, '']
      }
      acc = acc.flatMap((prefix) => atom.map((a) => prefix + a))
      if (acc.length > 10_000) throw new Error(`literalsOf: /${source}/ expands to too many literals`)
    }
    return acc
  }
  const out = alternation()
  if (pos !== source.length) throw new Error(`literalsOf: unbalanced ")" in /${source}/`)
  return out
}

/** `(?:a|b|c)`: one of the given regex pieces. */
export const alternation = (pieces: readonly string[]): string => `(?:${pieces.join('|')})`

/**
 * A phrase's anchor as every combination of the given pieces (literal text only, as the
 * phrase detectors' anchors require): anchors close to the phrase keep the line screen sharp
 * ("die" alone would let every "audience" through).
 */
export const anchorAlternation = (...pieces: readonly (readonly string[])[]): string => pieces.map(alternation).join('')
export const anchorOf = (...pieces: readonly (readonly string[])[]): RegExp => new RegExp(anchorAlternation(...pieces))
