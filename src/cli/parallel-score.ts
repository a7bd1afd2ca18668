// Scoring spread over two threads for big change sets on machines with three or more cores.
// Each template is scored on its own, so the main thread and one worker take batches of
// templates from a shared counter until none are left (whoever is free takes the next, so the
// worker's start-up costs nothing when it starts late), and the report is assembled in the
// main thread exactly as scoreChanges does. Small change sets are scored in-process.
import { availableParallelism } from 'node:os'
import { Worker } from 'node:worker_threads'
import type { ScoreInput } from '../core/engine.js'
import type { Report, TemplateReport } from '../core/report/types.js'
import type { FileChange } from '../core/types.js'

/** What the worker gets: ScoreInput without the owners callback (functions do not cross threads). */
export interface WorkerJob {
  input: Omit<ScoreInput, 'ownersOf'>
  owners: Record<string, string[]>
  templates: FileChange[]
  changedPaths: string[]
  batches: Array<[number, number]>
  /** Int32Array over it: [0] is the next batch to take. */
  counter: SharedArrayBuffer
}

export type WorkerMessage = { batch: number; reports: TemplateReport[] } | { done: true } | { error: string }

/** Two threads only from three cores on: with one thread V8 already keeps a second core busy
 * (optimising compiler, concurrent GC: about a third of a run's instructions), so on two cores a
 * worker only adds its own start-up and a second JIT warm-up (measured: 15.1 G instructions in
 * all on one thread, 20.6 G on two, for the benchmark's 919-template score). */
const defaultThreads = (): number => (availableParallelism() > 2 ? 2 : 1)

/** Below this much template text (both sides) one thread is faster: a worker costs ~0.1 s to start. */
export const PARALLEL_MIN_BYTES = 2_000_000
const BATCH_BYTES = 256_000

/** Scores like scoreChanges, with owners as a record (what the shells have) instead of a callback. */
export type Scorer = (input: Omit<ScoreInput, 'ownersOf'>, owners?: Record<string, string[]>) => Promise<Report>

type Engine = typeof import('../core/engine.js')

/**
 * A scorer that starts loading the engine now, and a worker when there are cores to spare (so
 * both load while git or the file system is read). `workerUrl`: the bundled worker script;
 * without one everything runs in this thread. PROMPTOPS_THREADS=1 keeps one thread, =2 forces
 * the worker.
 */
export function createScorer(workerUrl: URL | undefined, env: Readonly<Record<string, string | undefined>>): Scorer {
  const engine: Promise<Engine> = import('../core/engine.js')
  const threads = workerUrl ? Number(env.PROMPTOPS_THREADS) || defaultThreads() : 1
  let worker = threads > 1 && workerUrl ? new Worker(workerUrl) : null
  worker?.unref()
  return async (plain, owners = {}) => {
    const { planScore, scoreTemplates, assembleScore } = await engine
    const input: ScoreInput = { ...plain, ownersOf: ownersFrom(owners) }
    const plan = planScore(input)
    const bytes = plan.templates.reduce((n, f) => n + (f.baseText?.length ?? 0) + (f.headText?.length ?? 0), 0)
    try {
      if (!worker || bytes < PARALLEL_MIN_BYTES) return assembleScore(input, plan, scoreTemplates(input, plan.templates, plan.changedPaths))
      const templates = await scoreShared(worker, scoreTemplates, plain, owners, plan.templates, plan.changedPaths)
      return assembleScore(input, plan, templates)
    } finally {
      void worker?.terminate()
      worker = null
    }
  }
}

/** The same lookup scoreRevisions always made, so a worker and this thread agree. */
export const ownersFrom = (owners: Record<string, string[]>) => (path: string): string[] => owners[path] ?? []

async function scoreShared(worker: Worker, scoreTemplates: Engine['scoreTemplates'], input: Omit<ScoreInput, 'ownersOf'>, owners: Record<string, string[]>, templates: FileChange[], changedPaths: string[]): Promise<TemplateReport[]> {
  const batches = batchesOf(templates)
  const counter = new SharedArrayBuffer(4)
  const next = new Int32Array(counter)
  const results: TemplateReport[][] = new Array(batches.length)
  const fromWorker = new Promise<void>((resolve, reject) => {
    worker.on('message', (m: WorkerMessage) => {
      if ('batch' in m) results[m.batch] = m.reports
      else if ('done' in m) resolve()
      else reject(new Error(`scoring worker: ${m.error}`))
    })
    worker.once('error', reject)
    worker.once('exit', (code) => reject(new Error(`scoring worker exited (${code}) before it finished`)))
  })
  fromWorker.catch(() => undefined) // awaited below; a failure here must not surface twice
  worker.ref()
  worker.postMessage({ input, owners, templates, changedPaths, batches, counter } satisfies WorkerJob)
  const local: ScoreInput = { ...input, ownersOf: ownersFrom(owners) }
  for (let b = Atomics.add(next, 0, 1); b < batches.length; b = Atomics.add(next, 0, 1)) {
    const [start, end] = batches[b]!
    results[b] = scoreTemplates(local, templates.slice(start, end), changedPaths)
  }
  await fromWorker
  return results.flat()
}

/** Contiguous [start, end) ranges of about BATCH_BYTES of text each, in report order. */
export function batchesOf(templates: FileChange[]): Array<[number, number]> {
  const batches: Array<[number, number]> = []
  let start = 0
  let bytes = 0
  templates.forEach((f, i) => {
    bytes += (f.baseText?.length ?? 0) + (f.headText?.length ?? 0)
    if (bytes >= BATCH_BYTES) {
      batches.push([start, i + 1])
      start = i + 1
      bytes = 0
    }
  })
  if (start < templates.length) batches.push([start, templates.length])
  return batches
}
