// Group commit for the audit branch. Within one process, appends to a branch never race each
// other: while one commit is in flight, later records queue, and the next commit carries all
// of them (each still its own record file, seq and checkpoint step; the tree is exactly what
// one-by-one appends would give). A burst of N merges costs a few commits, not N, which keeps
// replicas' compare-and-swap contention and GitHub's write limits low. Replicas still race on
// the ref; a lost race re-reads and rebuilds the whole batch. The App creates one at startup.
import type { AuditRecordInput, Signer } from '../../src/core/audit/index.js'
import { appendMany, type AppendOutcome } from '../../src/flows/audit/append.js'
import type { AuditStore } from '../../src/adapters/audit/store.js'
import type { AuditWitness } from '../../src/adapters/audit/witness.js'

interface Waiter {
  input: AuditRecordInput
  resolve: (outcome: AppendOutcome) => void
  reject: (error: unknown) => void
}

interface Queue {
  store: AuditStore
  signer: Signer
  serverUrl: string
  witness: AuditWitness
  warn: (message: string) => void
  waiting: Waiter[]
}

export interface GroupOptions {
  signer: Signer
  serverUrl: string
  witness: AuditWitness
  warn: (message: string) => void
}

export class GroupCommit {
  readonly #queues = new Map<string, Queue>()

  /** Appends `input` to the branch behind `key` (repository + branch), batched with whatever else is waiting. */
  append(key: string, store: AuditStore, input: AuditRecordInput, options: GroupOptions): Promise<AppendOutcome> {
    return new Promise((resolve, reject) => {
      const queue = this.#queues.get(key)
      if (queue) return void queue.waiting.push({ input, resolve, reject })
      const fresh: Queue = { store, ...options, waiting: [{ input, resolve, reject }] }
      this.#queues.set(key, fresh)
      void this.#drain(key, fresh)
    })
  }

  async #drain(key: string, queue: Queue): Promise<void> {
    while (queue.waiting.length > 0) {
      const batch = queue.waiting.splice(0)
      try {
        const outcomes = await appendMany(
          queue.store,
          batch.map((w) => w.input),
          queue.signer,
          new Date(),
          { serverUrl: queue.serverUrl, witness: queue.witness, warn: queue.warn },
        )
        batch.forEach((w, i) => (outcomes[i] instanceof Error ? w.reject(outcomes[i]) : w.resolve(outcomes[i] as AppendOutcome)))
      } catch (error) {
        for (const w of batch) w.reject(error)
      }
    }
    this.#queues.delete(key)
  }
}
