// Both shipped classifiers read every added line of a template: one pass over a line's
// characters scores it under both models, and the second detector finds its sums here.
// Kept per template change (a WeakMap entry that goes with the change), keyed by line number
// and checked against the line's text: hashing every line's text for a Map costs more than
// scoring it again.
import type { LinearModel } from './linear-model.js'
import { lineStatsInto, type LineStats, type Table } from './line-stats.js'
import { injectionModel, toxicityModel } from './models.js'

const fresh = (): LineStats => ({ sum: 0, tokens: 0, first: 0, last: 0 })

/** Numbers kept per line and model: sum, tokens, first, last. */
const FIELDS = 4

export class SharedLineStats {
  readonly #models: readonly LinearModel[]
  readonly #tables: readonly Table[]
  /** Scratch sums for lineStatsInto, one per model. */
  readonly #scratch: readonly LineStats[]
  /** What `get` returns, one per model: overwritten by the next call for that model. */
  readonly #views: readonly LineStats[]
  /** By line number: 1 + its row in #rows, 0 when not yet scored. Numbers, not an object
   * per line: every added line is looked up, and allocations cost GC time. */
  #rowOfLine = new Int32Array(64)
  /** The text each row was scored for (the detectors may read different text for a line). */
  readonly #textOf: string[] = []
  /** Whether the row's line needs the full tokeniser. */
  readonly #slow: boolean[] = []
  #rows = new Float64Array(256)

  constructor(models: readonly LinearModel[]) {
    this.#models = models
    this.#tables = models.map((m) => m.table)
    this.#scratch = models.map(fresh)
    this.#views = models.map(fresh)
  }

  /**
   * `model`'s sums for `text`, line `line` of the template (null: the line needs the full
   * tokeniser). The object returned is reused: read it before the next call.
   */
  get(model: LinearModel, line: number, text: string): LineStats | null {
    const index = this.#models.indexOf(model)
    if (index < 0 || model.spec.charMax > 0) return null
    let row = line < this.#rowOfLine.length ? (this.#rowOfLine[line] as number) - 1 : -1
    if (row < 0 || this.#textOf[row] !== text) {
      row = this.#score(text)
      this.#rowFor(line, row)
    }
    if (this.#slow[row] === true) return null
    const at = (row * this.#models.length + index) * FIELDS
    const rows = this.#rows
    const view = this.#views[index] as LineStats
    view.sum = rows[at] as number
    view.tokens = rows[at + 1] as number
    view.first = rows[at + 2] as number
    view.last = rows[at + 3] as number
    return view
  }

  #rowFor(line: number, row: number): void {
    if (line >= this.#rowOfLine.length) {
      const grown = new Int32Array(Math.max(line + 1, this.#rowOfLine.length * 2))
      grown.set(this.#rowOfLine)
      this.#rowOfLine = grown
    }
    this.#rowOfLine[line] = row + 1
  }

  /** Scores `text` under every model into a new row. */
  #score(text: string): number {
    const row = this.#textOf.length
    this.#textOf.push(text)
    const slow = !lineStatsInto(this.#scratch, text, this.#tables)
    this.#slow.push(slow)
    if (!slow) this.#store(row)
    return row
  }

  /** Copies the scratch sums into `row`. */
  #store(row: number): void {
    const width = this.#models.length * FIELDS
    if ((row + 1) * width > this.#rows.length) {
      const grown = new Float64Array(Math.max((row + 1) * width, this.#rows.length * 2))
      grown.set(this.#rows)
      this.#rows = grown
    }
    let at = row * width
    for (const stats of this.#scratch) {
      this.#rows[at++] = stats.sum
      this.#rows[at++] = stats.tokens
      this.#rows[at++] = stats.first
      this.#rows[at++] = stats.last
    }
  }
}

const byOwner = new WeakMap<object, SharedLineStats>()

/** The shared sums of one template change's lines under the shipped models. */
export function sharedLineStats(owner: object): SharedLineStats {
  let shared = byOwner.get(owner)
  if (shared === undefined) {
    shared = new SharedLineStats([injectionModel(), toxicityModel()])
    byOwner.set(owner, shared)
  }
  return shared
}
