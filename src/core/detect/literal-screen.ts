// A pre-filter for "may this text contain one of these literals?", for the per-line
// phrase detectors. A union regex of many literals costs ~15 ns per character in V8 (no
// common prefix, so no fast skip); this is one pass over char codes through a table.
// It answers `true` whenever a literal could be present, so a detector that skips lines it
// rejects returns exactly what it would without it (the property tests pin that).
//
// How: the literals are compiled into an Aho–Corasick automaton (one state per literal
// prefix, failure links folded into a full transition table), read over the raw text the way
// the detector's normalisation would see it: letters through `fold` (case, and leetspeak
// digits for toxicity), each space of a literal as a run of separators (whitespace where the
// detector collapses whitespace, any non-letter where it keeps only words), other characters
// exactly. The text's start and end read as separators too, so " say " is found in "Say it":
// an anchor's space keeps "essay" out, not an order that opens its line (the detectors test
// their anchor regexes on the line with a space either side, to agree). Every character is
// one table step, whatever the literals. Hand-written because
// the npm Aho–Corasick packages match exact strings only (no folding, no separator runs) and
// report matches as objects, which a per-line screen cannot afford. Raw non-ASCII text is
// never screened out: its normalisation is not ASCII folding; a detector screens it once
// normalised instead (markPresentNormalised).

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

/** Symbols: 0 for a character no literal holds, 1–26 letters, SEPARATOR for a run of
 * separators, then one symbol per other character some literal holds (`:`, `-`, …). */
const SEPARATOR = 27
const FIRST_EXACT = 28

export class LiteralScreen {
  /** The symbol of each ASCII code. */
  readonly #symbol = new Uint8Array(128)
  readonly #alphabet: number
  /** `#next[state * #alphabet + symbol]`: the state after reading that symbol. */
  readonly #next: Uint16Array | Uint32Array
  /** The groups of the literals that end on entering state s: `#groups[#groupStart[s] … #groupStart[s + 1])`. */
  readonly #groupStart: Uint32Array
  readonly #groups: Uint32Array
  /** States from this one on, and only they, are where some literal ends (compile numbers
   * them last), so the per-character test reads no table. */
  readonly #firstAccepting: number
  /** The non-ASCII code units of the literals the screen cannot index (see markPresentNormalised). */
  readonly #unindexed = new Set<number>()
  /** Where reading a text starts: after the separator its start stands for. */
  readonly start: number

  /** Throws on an empty literal, on quotes, and on a character the text side reads differently
   * (a literal's `\t` or digit where the text folds or separates it). */
  constructor(literals: Iterable<string>, options: ScreenOptions = {}) {
    const fold = options.fold ?? CASE_FOLD
    for (let c = 0; c < 128; c++) {
      const separates = options.separator === 'non-letter' ? fold[c] === 0 : c === 32 || (c >= 9 && c <= 13)
      this.#symbol[c] = fold[c] || (separates ? SEPARATOR : 0)
    }
    let alphabet = FIRST_EXACT
    const patterns: Array<{ symbols: number[]; group: number }> = []
    let index = -1
    for (const literal of literals) {
      index++
      if (literal.trim() === '') throw new Error(`literal screen: an empty literal would match everywhere`)
      if (!/^[\x00-\x7f]*$/.test(literal)) {
        // Only non-ASCII text can hold it: never screened out while it may.
        for (let i = 0; i < literal.length; i++) if (literal.charCodeAt(i) >= 128) this.#unindexed.add(literal.charCodeAt(i))
        continue
      }
      const symbols: number[] = []
      for (let i = 0; i < literal.length; i++) {
        const code = literal.charCodeAt(i)
        if (code === 39 || code === 96)
          throw new Error(`literal screen: quotes in "${literal}" are normalised differently by each detector`)
        if (code === 32) {
          if (symbols[symbols.length - 1] !== SEPARATOR) symbols.push(SEPARATOR)
        } else if (CASE_FOLD[code] !== 0) {
          symbols.push(CASE_FOLD[code] as number)
        } else {
          if (this.#symbol[code] !== 0 && (this.#symbol[code] as number) < FIRST_EXACT)
            throw new Error(`literal screen: "${literal[i]}" in "${literal}" is a letter or a separator in the text`)
          if (this.#symbol[code] === 0) this.#symbol[code] = alphabet++
          symbols.push(this.#symbol[code] as number)
        }
      }
      patterns.push({ symbols, group: options.groups?.[index] ?? index })
    }
    this.#alphabet = alphabet
    const automaton = compile(patterns, alphabet)
    this.#next = automaton.next
    this.#groupStart = automaton.groupStart
    this.#groups = automaton.groups
    this.#firstAccepting = automaton.firstAccepting
    this.start = this.#next[SEPARATOR] as number
  }

  /** The state after reading `code` (an ASCII code) in `state`; reading a text starts in `start`. */
  next(state: number, code: number): number {
    return this.#next[state * this.#alphabet + (this.#symbol[code] as number)] as number
  }

  /** The state after the separator a text's end stands for. */
  end(state: number): number {
    return this.#next[state * this.#alphabet + SEPARATOR] as number
  }

  /** Whether some literal ends where reading reached `state`. */
  accepts(state: number): boolean {
    return state >= this.#firstAccepting
  }

  mayContain(text: string): boolean {
    let state = this.start
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i)
      if (code >= 128) return true
      state = this.next(state, code)
      if (this.accepts(state)) return true
    }
    return this.accepts(this.end(state))
  }

  /**
   * Sets `present[group]` to 1 for the group of every literal that may occur in `text` (the
   * same test as `mayContain`, literal by literal) and answers how many times it set one (a
   * group set twice counts twice), so a caller learns "none" without reading `present`; -1
   * when the text is not ASCII, so any literal may occur and `present` is incomplete.
   */
  markPresent(text: string, present: Uint8Array): number {
    return this.#markPresent(text, present, false)
  }

  /**
   * `markPresent` for text already normalised the way its detector reads it (so it is matched
   * as it stands, not through a normalisation of its own). There a non-ASCII character is part
   * of no literal the screen indexes, all of them ASCII, so it only ends a run, the way an em
   * dash, an arrow or an emoji does: without this, every line holding one went down the full
   * path. -1, `present` incomplete, when the text holds a character of a literal the screen
   * does not index.
   */
  markPresentNormalised(text: string, present: Uint8Array): number {
    return this.#markPresent(text, present, true)
  }

  #markPresent(text: string, present: Uint8Array, normalised: boolean): number {
    const symbol = this.#symbol
    const next = this.#next
    const alphabet = this.#alphabet
    const groupStart = this.#groupStart
    const groups = this.#groups
    const firstAccepting = this.#firstAccepting
    let state = this.start
    let marks = 0
    for (let i = 0; i <= text.length; i++) {
      if (i === text.length) state = this.end(state)
      else {
        const code = text.charCodeAt(i)
        if (code >= 128) {
          if (!normalised || this.#unindexed.has(code)) return -1
          state = 0 // no indexed literal holds it
          continue
        }
        state = next[state * alphabet + (symbol[code] as number)] as number
      }
      if (state < firstAccepting) continue
      for (let k = groupStart[state] as number, end = groupStart[state + 1] as number; k < end; k++) {
        present[groups[k] as number] = 1
        marks++
      }
    }
    return marks
  }
}

/**
 * The Aho–Corasick automaton of `patterns` as a full transition table. A state entered by
 * SEPARATOR stays there on further separators, so a run of them reads as one symbol, as a
 * space of a literal means.
 */
function compile(
  patterns: ReadonlyArray<{ symbols: readonly number[]; group: number }>,
  alphabet: number,
): { next: Uint16Array | Uint32Array; groupStart: Uint32Array; groups: Uint32Array; firstAccepting: number } {
  // The trie: state → (symbol → child) by state * alphabet + symbol; states are numbered in
  // creation order, and each state's parent and symbol are kept for the breadth-first pass.
  const child = new Map<number, number>()
  const parent: number[] = [0]
  const enteredBy: number[] = [0]
  const own: number[][] = [[]]
  for (const { symbols, group } of patterns) {
    let state = 0
    for (const symbol of symbols) {
      let to = child.get(state * alphabet + symbol)
      if (to === undefined) {
        to = enteredBy.length
        child.set(state * alphabet + symbol, to)
        parent.push(state)
        enteredBy.push(symbol)
        own.push([])
      }
      state = to
    }
    ;(own[state] as number[]).push(group)
  }
  const states = enteredBy.length
  const children: number[][] = Array.from({ length: states }, () => [])
  for (let state = 1; state < states; state++) (children[parent[state] as number] as number[]).push(state)
  const next = new Uint32Array(states * alphabet)
  const fail = new Uint32Array(states)
  const matched: number[][] = new Array<number[]>(states)
  const none: number[] = []
  matched[0] = none
  // Breadth first, so a state's failure target is complete before the state is: its row
  // starts as a copy of the failure target's, then the state's own edges replace entries.
  const queue = [0]
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head] as number
    const failed = fail[state] as number
    if (state !== 0) {
      next.copyWithin(state * alphabet, failed * alphabet, failed * alphabet + alphabet)
      const mine = own[state] as number[]
      const inherited = matched[failed] as number[]
      matched[state] = mine.length === 0 ? inherited : inherited.length === 0 ? mine : [...new Set([...mine, ...inherited])]
    }
    for (const to of children[state] as number[]) {
      const symbol = enteredBy[to] as number
      fail[to] = state === 0 ? 0 : (next[failed * alphabet + symbol] as number)
      next[state * alphabet + symbol] = to
      queue.push(to)
    }
  }
  for (let state = 1; state < states; state++) if (enteredBy[state] === SEPARATOR) next[state * alphabet + SEPARATOR] = state
  // Renumbered so the states where a literal ends come last, the rest in their order (the
  // root stays 0): "a literal ends here" is then one comparison, with no table read.
  const renumbered = new Uint32Array(states)
  let firstAccepting = 0
  for (let state = 0; state < states; state++) if ((matched[state] as number[]).length === 0) renumbered[state] = firstAccepting++
  let last = firstAccepting
  for (let state = 0; state < states; state++) if ((matched[state] as number[]).length > 0) renumbered[state] = last++
  const table = new Uint32Array(states * alphabet)
  const groupStart = new Uint32Array(states + 1)
  const groups: number[] = []
  const byNumber = new Uint32Array(states)
  for (let state = 0; state < states; state++) byNumber[renumbered[state] as number] = state
  for (let number = 0; number < states; number++) {
    const state = byNumber[number] as number
    for (let symbol = 0; symbol < alphabet; symbol++)
      table[number * alphabet + symbol] = renumbered[next[state * alphabet + symbol] as number] as number
    groupStart[number] = groups.length
    for (const group of matched[state] as number[]) groups.push(group)
  }
  groupStart[states] = groups.length
  return {
    next: states <= 0xffff ? new Uint16Array(table) : table,
    groupStart,
    groups: Uint32Array.from(groups),
    firstAccepting,
  }
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
      } else if (source[pos] === '\\' && /[-.\\/:?()|[\]*+]/.test(source[pos + 1] ?? '')) {
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
