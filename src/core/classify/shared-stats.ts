// Both shipped classifiers read every added line of a template: one pass over a line's
// characters scores it under both models, and the second detector finds its sums here.
// Kept per template change (a WeakMap entry that goes with the change), keyed by line text.
import type { LinearModel } from './linear-model.js'
import { lineStatsInto, type LineStats } from './line-stats.js'
import { injectionModel, toxicityModel } from './models.js'

const fresh = (): LineStats => ({ sum: 0, tokens: 0, first: 0, last: 0 })

export class SharedLineStats {
  readonly #models: readonly LinearModel[]
  readonly #byText = new Map<string, readonly LineStats[] | null>()

  constructor(models: readonly LinearModel[]) {
    this.#models = models
  }

  /** `model`'s sums for `text` (null: the line needs the full tokeniser). */
  get(model: LinearModel, text: string): LineStats | null {
    const index = this.#models.indexOf(model)
    if (index < 0 || model.spec.charMax > 0) return null
    let stats = this.#byText.get(text)
    if (stats === undefined) {
      const outs = this.#models.map(fresh)
      stats = lineStatsInto(
        outs,
        text,
        this.#models.map((m) => m.table),
      )
        ? outs
        : null
      this.#byText.set(text, stats)
    }
    return stats === null ? null : (stats[index] ?? null)
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
