// Per pull request, one evaluation at a time in this process. Deliveries that arrive while one
// runs share a single trailing run that starts after it ends, with their inputs merged, so it
// sees everything they saw: four events for the same PR in a burst cost two evaluations, not
// four, and two evaluations never race to create the same check run twice. Each run re-reads
// the pull request, so the order inputs arrived in does not decide anything. Across replicas the
// optional lock (Redis, see pull-lock.ts) serialises runs for one key the same way; without it,
// the use-case's re-check after a passing write and the check write's idempotence keep the
// outcome right.
import type { Trigger } from '../../src/flows/approval-check.js'
import { localOnly, type PullLock } from './pull-lock.js'
import { mergeTriggers } from './triggers.js'

export class Coalescer<T extends Trigger = Trigger> {
  constructor(readonly lock: PullLock = localOnly) {}

  readonly #slots = new Map<string, { running: Promise<void>; trailing: { inputs: T[]; done: Promise<void> } | null }>()

  /** Runs `run` over the inputs gathered for `key` (merged) and resolves once a run that
   * started after this call has finished; rejects if that run did. */
  submit(key: string, input: T, run: (merged: Trigger) => Promise<void>): Promise<void> {
    const slot = this.#slots.get(key)
    if (!slot) return this.#start(key, [input], run)
    if (slot.trailing) {
      slot.trailing.inputs.push(input)
      return slot.trailing.done
    }
    const inputs = [input]
    const done = slot.running.catch(() => undefined).then(() => this.#start(key, inputs, run, true))
    slot.trailing = { inputs, done }
    return done
  }

  /** Keys with a run in flight (for tests and logs). */
  get size(): number {
    return this.#slots.size
  }

  #start(key: string, inputs: T[], run: (merged: Trigger) => Promise<void>, fromTrailing = false): Promise<void> {
    const slot = this.#slots.get(key)
    // A trailing run becomes the running one; later arrivals queue behind it.
    const running = this.lock
      .hold(key, () => run(mergeTriggers(inputs)))
      .finally(() => {
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
