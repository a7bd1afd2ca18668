// Where any of a few hundred keywords occurs, case-insensitively, in one pass: an
// Aho-Corasick automaton over ASCII with every transition precomputed, so each character
// costs one table lookup. Shared by detectors: gitleaks runs a rule only when one of its
// keywords is present, and the generated secret rules do the same (their keyed patterns start
// at the occurrences found here); the PII detector finds its field labels with it.

const ALPHABET = 128

export class KeywordIndex {
  readonly keywords: readonly string[]
  readonly #delta: Int32Array
  /** Keyword ids that end in each state (its own and those reached by failure links). */
  readonly #outputs: ReadonlyArray<readonly number[] | undefined>

  /** `keywords` must be lower-case ASCII. */
  constructor(keywords: readonly string[]) {
    this.keywords = keywords
    const next: Array<Map<number, number>> = [new Map<number, number>()]
    const own: number[][] = [[]]
    keywords.forEach((keyword, id) => {
      if (!/^[\x20-\x7e]+$/.test(keyword) || keyword !== keyword.toLowerCase())
        throw new Error(`keyword index: "${keyword}" is not lower-case ASCII`)
      let state = 0
      for (let i = 0; i < keyword.length; i++) {
        const code = keyword.charCodeAt(i)
        let to = next[state]?.get(code)
        if (to === undefined) {
          to = next.length
          next.push(new Map())
          own.push([])
          next[state]?.set(code, to)
        }
        state = to
      }
      own[state]?.push(id)
    })
    const delta = new Int32Array(next.length * ALPHABET)
    const outputs = new Array<number[] | undefined>(next.length)
    const fail = new Int32Array(next.length)
    // Breadth-first: a state's failure target is shallower, so its row is complete first.
    const queue: number[] = [0]
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head] as number
      const mine = own[state] ?? []
      const inherited = state === 0 ? [] : (outputs[fail[state] as number] ?? [])
      outputs[state] = mine.length + inherited.length > 0 ? [...mine, ...inherited] : undefined
      for (let code = 0; code < ALPHABET; code++) {
        const to = next[state]?.get(code)
        const viaFail = state === 0 ? 0 : (delta[(fail[state] as number) * ALPHABET + code] as number)
        if (to === undefined) {
          delta[state * ALPHABET + code] = viaFail
        } else {
          delta[state * ALPHABET + code] = to
          fail[to] = viaFail
          queue.push(to)
        }
      }
    }
    // Upper-case letters move like their lower-case forms.
    for (let s = 0; s < next.length; s++) {
      for (let c = 65; c <= 90; c++) delta[s * ALPHABET + c] = delta[s * ALPHABET + c + 32] as number
    }
    // A target state with outputs is stored negated, so the scan tests one sign per character.
    for (let i = 0; i < delta.length; i++) {
      const to = delta[i] as number
      if (outputs[to] !== undefined) delta[i] = -to
    }
    this.#delta = delta
    this.#outputs = outputs
  }

  /** Start offsets of every occurrence, per keyword id (undefined when it does not occur). */
  occurrences(text: string): Array<number[] | undefined> {
    const found = new Array<number[] | undefined>(this.keywords.length)
    const delta = this.#delta
    const outputs = this.#outputs
    // States with outputs are never 0 (the root has none), so the sign is unambiguous.
    let state = 0
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i)
      state = code < ALPHABET ? (delta[state * ALPHABET + code] as number) : 0
      if (state >= 0) continue
      state = -state
      for (const id of outputs[state] ?? []) {
        const start = i + 1 - (this.keywords[id] as string).length
        const list = found[id]
        if (list === undefined) found[id] = [start]
        else list.push(start)
      }
    }
    return found
  }
}
