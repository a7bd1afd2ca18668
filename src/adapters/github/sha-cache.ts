// A small in-process LRU for API answers addressed by commit SHA. Such answers never change,
// so caching them keeps replicas stateless in effect (any replica may answer any event) while
// a review on an unchanged head reuses what the previous event already fetched.
export class ShaCache<T> {
  readonly #entries = new Map<string, { value: T; weight: number }>()
  #weight = 0

  /** At most `capacity` entries, and at most `maxWeight` in total by `weigh` (e.g. bytes). */
  constructor(
    readonly capacity: number,
    readonly maxWeight = Infinity,
    readonly weigh: (value: T) => number = () => 0,
  ) {}

  has(key: string): boolean {
    return this.#entries.has(key)
  }

  /** The cached value (refreshing its recency); call only after `has`. */
  get(key: string): T {
    const entry = this.#entries.get(key)!
    this.#entries.delete(key)
    this.#entries.set(key, entry)
    return entry.value
  }

  set(key: string, value: T): void {
    this.#drop(key)
    const weight = this.weigh(value)
    if (weight > this.maxWeight) return
    this.#entries.set(key, { value, weight })
    this.#weight += weight
    while (this.#entries.size > this.capacity || this.#weight > this.maxWeight) this.#drop(this.#entries.keys().next().value as string)
  }

  #drop(key: string): void {
    const entry = this.#entries.get(key)
    if (!entry) return
    this.#weight -= entry.weight
    this.#entries.delete(key)
  }
}

export const isCommitSha = (ref: string): boolean => /^[0-9a-f]{40}$/.test(ref)
