// A small in-process LRU for API answers addressed by commit SHA. Such answers never change,
// so caching them keeps replicas stateless in effect (any replica may answer any event) while
// a review on an unchanged head reuses what the previous event already fetched.
export class ShaCache<T> {
  readonly #entries = new Map<string, T>()
  constructor(readonly capacity: number) {}

  has(key: string): boolean {
    return this.#entries.has(key)
  }

  /** The cached value (refreshing its recency); call only after `has`. */
  get(key: string): T {
    const value = this.#entries.get(key) as T
    this.#entries.delete(key)
    this.#entries.set(key, value)
    return value
  }

  set(key: string, value: T): void {
    this.#entries.delete(key)
    this.#entries.set(key, value)
    if (this.#entries.size > this.capacity) this.#entries.delete(this.#entries.keys().next().value as string)
  }
}

export const isCommitSha = (ref: string): boolean => /^[0-9a-f]{40}$/.test(ref)
