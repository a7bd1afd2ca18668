// Per pull request, one evaluation at a time in this process. Deliveries that arrive while one
// runs share a single trailing run that starts after it ends, so it sees everything they saw:
// four events for the same PR in a burst cost two evaluations, not four, and two evaluations
// never race to create the same check run twice. Across replicas the optional lock (Redis,
// see pull-lock.ts) serialises runs for one key the same way; without it nothing is shared.
import { localOnly, type PullLock } from './pull-lock.js'

export class Coalescer<T> {
  constructor(readonly lock: PullLock = localOnly) {}

  readonly #slots = new Map<string, { running: Promise<void>; trailing: { inputs: Map<string, T>; done: Promise<void> } | null }>()

  /** Runs `run` over the inputs gathered for `key` (deduplicated by `inputKey`, last wins) and
   * resolves once a run that started after this call has finished; rejects if that run did. */
  submit(key: string, inputKey: string, input: T, run: (inputs: T[]) => Promise<void>): Promise<void> {
    const slot = this.#slots.get(key)
    if (!slot) return this.#start(key, new Map([[inputKey, input]]), run)
    if (slot.trailing) {
      slot.trailing.inputs.set(inputKey, input)
      return slot.trailing.done
    }
    const inputs = new Map([[inputKey, input]])
    const done = slot.running.catch(() => undefined).then(() => this.#start(key, inputs, run, true))
    slot.trailing = { inputs, done }
    return done
  }

  /** Keys with a run in flight (for tests and logs). */
  get size(): number {
    return this.#slots.size
  }

  #start(key: string, inputs: Map<string, T>, run: (inputs: T[]) => Promise<void>, fromTrailing = false): Promise<void> {
    const slot = this.#slots.get(key)
    // A trailing run becomes the running one; later arrivals queue behind it.
    const running = this.lock.hold(key, () => run([...inputs.values()])).finally(() => {
      const current = this.#slots.get(key)
      if (current?.running === running && !current.trailing) this.#slots.delete(key)
    })
    if (fromTrailing && slot) {
      slot.running = running
      slot.trailing = null
    } else this.#slots.set(key, { running, trailing: null })
    return running
  }
}
