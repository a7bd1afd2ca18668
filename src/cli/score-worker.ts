// The scoring worker (bundled as dist/cli-worker.js): takes batches of templates from the
// shared counter until none are left and posts each batch's reports. See parallel-score.ts.
import { parentPort } from 'node:worker_threads'
import { enableCompileCache } from './compile-cache.js'
import { ownersFrom, type WorkerJob, type WorkerMessage } from './parallel-score.js'

const port = parentPort
if (!port) throw new Error('score-worker.js runs as a worker thread only')
enableCompileCache()
// Loaded at once, so the engine compiles while the main thread is still reading git.
const engine = import('../core/score-templates.js')

port.on('message', (job: WorkerJob) => {
  const post = (m: WorkerMessage): void => port.postMessage(m)
  engine.then(({ scoreTemplates }) => {
    const input = { ...job.input, ownersOf: ownersFrom(job.owners) }
    const next = new Int32Array(job.counter)
    for (let b = Atomics.add(next, 0, 1); b < job.batches.length; b = Atomics.add(next, 0, 1)) {
      const [start, end] = job.batches[b]!
      post({ batch: b, reports: scoreTemplates(input, job.templates.slice(start, end), job.changedPaths) })
    }
    post({ done: true })
  }).catch((error: unknown) => post({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) }))
})
