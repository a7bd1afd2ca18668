// Where any of a few hundred keywords occurs, case-insensitively, in one pass: an
// Aho-Corasick automaton over ASCII with every transition precomputed, so each character
// costs one table lookup. Shared by detectors: gitleaks runs a rule only when one of its
// keywords is present, and the generated secret rules do the same (their keyed patterns start
// at the occurrences found here); the PII detector finds its field labels with it.

const ALPHABET = 128

export class KeywordIndex {
  readonly keywords: readonly string[]
  /** Character class of each ASCII code: 0 for a character no keyword contains, else its
   * (lower-case) letter's column. A row has one column per class, so the table stays small
   * enough for the cache however many ASCII characters the text uses. */
  readonly #classOf: Uint8Array
  /** Transitions by row offset (state × columns): the scan adds a class, with no multiply. */
  readonly #delta: Int32Array
  readonly #columns: number
  /** Keyword ids that end in each state (its own and those reached by failure links). */
  readonly #outputs: ReadonlyArray<readonly number[] | undefined>

  /** `keywords` must be lower-case ASCII (any printable ASCII with `exactCase`, which finds
   * them in their own case only). Built in typed arrays only: every detector module builds
   * its index at load, which a CLI run or an Action pays before the first file. */
  constructor(keywords: readonly string[], options: { exactCase?: boolean } = {}) {
    this.keywords = keywords
    const exactCase = options.exactCase === true
    for (const keyword of keywords)
      if (!/^[\x20-\x7e]+$/.test(keyword) || (!exactCase && keyword !== keyword.toLowerCase()))
        throw new Error(`keyword index: "${keyword}" is not ${exactCase ? '' : 'lower-case '}ASCII`)
    // Columns: one per distinct keyword character; upper-case letters share their lower-case column.
    const classOf = new Uint8Array(ALPHABET)
    let columns = 1
    for (const keyword of keywords)
      for (let i = 0; i < keyword.length; i++)
        if (classOf[keyword.charCodeAt(i)] === 0) classOf[keyword.charCodeAt(i)] = columns++
    if (!exactCase) for (let c = 65; c <= 90; c++) classOf[c] = classOf[c + 32] as number
    // The trie, as rows of child states (0: none; the root is never a child).
    const maxStates = keywords.reduce((n, k) => n + k.length, 1)
    const delta = new Int32Array(maxStates * columns)
    const own: Array<number[] | undefined> = []
    let states = 1
    keywords.forEach((keyword, id) => {
      let state = 0
      for (let i = 0; i < keyword.length; i++) {
        const cell = state * columns + (classOf[keyword.charCodeAt(i)] as number)
        if (delta[cell] === 0) delta[cell] = states++
        state = delta[cell] as number
      }
      ;(own[state] ??= []).push(id)
    })
    // Breadth-first: a state's failure target is shallower, so its row is complete first.
    // Column 0 (no keyword character) always leads back to the root.
    const outputs = new Array<number[] | undefined>(states)
    const fail = new Int32Array(states)
    const queue = new Int32Array(states)
    let tail = 1
    for (let head = 0; head < tail; head++) {
      const state = queue[head] as number
      const mine = own[state] ?? []
      const inherited = state === 0 ? [] : (outputs[fail[state] as number] ?? [])
      outputs[state] = mine.length + inherited.length > 0 ? [...mine, ...inherited] : undefined
      const row = state * columns
      const failRow = (fail[state] as number) * columns
      for (let column = 1; column < columns; column++) {
        const to = delta[row + column] as number
        const viaFail = state === 0 ? 0 : (delta[failRow + column] as number)
        if (to === 0) {
          delta[row + column] = viaFail
        } else {
          fail[to] = viaFail
          queue[tail++] = to
        }
      }
    }
    // Targets become row offsets; one with outputs is stored negated, so the scan tests one
    // sign per character.
    const table = new Int32Array(states * columns)
    for (let i = 0; i < table.length; i++) {
      const to = delta[i] as number
      table[i] = outputs[to] !== undefined ? -to * columns : to * columns
    }
    this.#classOf = classOf
    this.#delta = table
    this.#columns = columns
    this.#outputs = outputs
  }

  /** Start offsets of every occurrence, per keyword id (undefined when it does not occur). */
  occurrences(text: string): Array<number[] | undefined> {
    const found = new Array<number[] | undefined>(this.keywords.length)
    const classOf = this.#classOf
    const delta = this.#delta
    // Rows with outputs are never the root's (it has none), so the sign is unambiguous.
    let row = 0
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i)
      row = code < ALPHABET ? (delta[row + (classOf[code] as number)] as number) : 0
      if (row >= 0) continue
      row = -row
      this.#record(found, row / this.#columns, i)
    }
    return found
  }

  /**
   * Sets `present[id]` to 1 for each keyword that occurs in `text` (a keyword that occurs
   * twice is set twice), without recording where: for a screen that only asks which occur.
   */
  markPresent(text: string, present: Uint8Array): void {
    const classOf = this.#classOf
    const delta = this.#delta
    let row = 0
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i)
      row = code < ALPHABET ? (delta[row + (classOf[code] as number)] as number) : 0
      if (row >= 0) continue
      row = -row
      for (const id of this.#outputs[row / this.#columns] ?? []) present[id] = 1
    }
  }

  /**
   * Whether any keyword occurs in `text`, stopping at the first; undefined when a non-ASCII
   * character comes first (the index folds ASCII case only: the caller decides such text).
   */
  occursIn(text: string): boolean | undefined {
    const classOf = this.#classOf
    const delta = this.#delta
    let row = 0
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i)
      if (code >= ALPHABET) return undefined
      row = delta[row + (classOf[code] as number)] as number
      if (row < 0) return true
    }
    return false
  }

  #record(found: Array<number[] | undefined>, state: number, end: number): void {
    for (const id of this.#outputs[state] ?? []) {
      const start = end + 1 - (this.keywords[id] as string).length
      const list = found[id]
      if (list === undefined) found[id] = [start]
      else list.push(start)
    }
  }
}
