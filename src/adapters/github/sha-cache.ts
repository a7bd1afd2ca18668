// An in-process LRU for API answers addressed by commit SHA. Such answers never change, so
// caching them keeps replicas stateless in effect (any replica may answer any event) while a
// review on an unchanged head reuses what the previous event already fetched. lru-cache does
// the bookkeeping; values are boxed because it stores no null (a file known to be absent).
import { LRUCache } from 'lru-cache'

export class ShaCache<T> {
  readonly #entries: LRUCache<string, { value: T }>

  /** At most `capacity` entries, and at most `maxWeight` in total by `weigh` (e.g. bytes). */
  constructor(capacity: number, maxWeight = Infinity, weigh: (value: T) => number = () => 0) {
    const bySize = Number.isFinite(maxWeight)
      ? { maxSize: maxWeight, sizeCalculation: (entry: { value: T }) => Math.max(1, Math.ceil(weigh(entry.value))) }
      : {}
    this.#entries = new LRUCache<string, { value: T }>({ max: capacity, ...bySize })
  }

  has(key: string): boolean {
    return this.#entries.has(key)
  }

  /** The cached value (refreshing its recency); call only after `has`. */
  get(key: string): T {
    const entry = this.#entries.get(key)
    if (entry === undefined) throw new Error(`internal: ${key} is not cached`)
    return entry.value
  }

  /** Stores `value`; one that alone weighs more than the budget is not kept (nor is the old one). */
  set(key: string, value: T): void {
    this.#entries.delete(key)
    this.#entries.set(key, { value })
  }
}

export const isCommitSha = (ref: string): boolean => /^[0-9a-f]{40}$/.test(ref)
