// Both shipped classifiers read every added line of a template: one pass over a line's
// characters scores it under both models, and the second detector finds its sums here.
// Kept per template change (a WeakMap entry that goes with the change), keyed by line text.
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
  /** Line text → its row in #rows, or -1 when the line needs the full tokeniser. A number,
   * not an object per line: every added line is looked up, and allocations cost GC time. */
  readonly #rowOf = new Map<string, number>()
  #rows = new Float64Array(256)
  #used = 0

  constructor(models: readonly LinearModel[]) {
    this.#models = models
    this.#tables = models.map((m) => m.table)
    this.#scratch = models.map(fresh)
    this.#views = models.map(fresh)
  }

  /**
   * `model`'s sums for `text` (null: the line needs the full tokeniser). The object returned
   * is reused: read it before the next call.
   */
  get(model: LinearModel, text: string): LineStats | null {
    const index = this.#models.indexOf(model)
    if (index < 0 || model.spec.charMax > 0) return null
    const key = withoutIndent(text)
    let row = this.#rowOf.get(key)
    if (row === undefined) {
      row = lineStatsInto(this.#scratch, key, this.#tables) ? this.#store() : -1
      this.#rowOf.set(key, row)
    }
    if (row < 0) return null
    const at = (row * this.#models.length + index) * FIELDS
    const rows = this.#rows
    const view = this.#views[index] as LineStats
    view.sum = rows[at] as number
    view.tokens = rows[at + 1] as number
    view.first = rows[at + 2] as number
    view.last = rows[at + 3] as number
    return view
  }

  /** Copies the scratch sums into a new row. */
  #store(): number {
    const width = this.#models.length * FIELDS
    if ((this.#used + 1) * width > this.#rows.length) {
      const grown = new Float64Array(this.#rows.length * 2)
      grown.set(this.#rows)
      this.#rows = grown
    }
    let at = this.#used * width
    for (const stats of this.#scratch) {
      this.#rows[at++] = stats.sum
      this.#rows[at++] = stats.tokens
      this.#rows[at++] = stats.first
      this.#rows[at++] = stats.last
    }
    return this.#used++
  }
}

/**
 * The line without its leading spaces and tabs, which are separators before the first word:
 * its sums are the same. The toxicity classifier reads raw file lines and the injection
 * classifier message lines, so a YAML block scalar's line ("      Never share …") then finds
 * the sums of its message line ("Never share …") instead of being read a second time.
 */
function withoutIndent(text: string): string {
  let start = 0
  while (start < text.length && (text.charCodeAt(start) === 32 || text.charCodeAt(start) === 9)) start++
  return start === 0 ? text : text.slice(start)
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
