// Appends records with optimistic concurrency: read the branch, check it (guard.ts: its own
// checkpoint, the writer's key, the external witness), build the records, compare-and-swap the
// ref; on a conflict (another writer got there first) re-read and rebuild. After a commit the
// new checkpoint is published to the witness. Idempotent: a record with the same repository +
// PR + merge SHA is never written twice, so webhook redelivery and racing replicas are safe.
import {
  appendRecord,
  CHECKPOINT_PATH,
  parseRecord,
  RECORD_PATH,
  type AuditRecord,
  type AuditRecordInput,
  type FileMap,
  type Signer,
} from '../../core/audit/index.js'
import { PromptOpsError } from '../../core/errors.js'
import { AuditIntegrityError, guardBranch } from './guard.js'
import type { AuditStore } from '../../adapters/audit/store.js'
import type { AuditWitness, WitnessTarget } from '../../adapters/audit/witness.js'

export { AuditIntegrityError } from './guard.js'

export interface AppendOutcome {
  status: 'appended' | 'duplicate'
  path: string
  seq: number
  attempts: number
  commit: string | null
}

export interface AppendOptions {
  maxAttempts?: number
  serverUrl?: string
  backoffMs?: (attempt: number) => number
  /** The external witness: checked before building on the branch, written after each commit. */
  witness?: AuditWitness
  warn?: (message: string) => void
}

export async function appendWithRetry(
  store: AuditStore,
  input: AuditRecordInput,
  signer: Signer,
  now: Date,
  options: AppendOptions = {},
): Promise<AppendOutcome> {
  const [outcome] = await appendMany(store, [input], signer, now, options)
  if (outcome === undefined || outcome instanceof Error) throw outcome ?? new PromptOpsError('audit', 'nothing appended')
  return outcome
}

/** Several records in one commit (a burst of merges costs one compare-and-swap, not N);
 * an input that cannot be recorded fails alone. */
export async function appendMany(
  store: AuditStore,
  inputs: readonly AuditRecordInput[],
  signer: Signer,
  now: Date,
  options: AppendOptions = {},
): Promise<Array<AppendOutcome | Error>> {
  const maxAttempts = options.maxAttempts ?? 20
  const serverUrl = options.serverUrl ? { serverUrl: options.serverUrl } : {}
  for (let attempt = 1; attempt <= maxAttempts; attempt++) {
    const snapshot = await store.load()
    const before = readRecords(snapshot.files)
    const guard = await guardBranch(store, snapshot, before, signer, options)
    if (guard.kind === 'moved') {
      await sleep(backoff(options, attempt))
      continue
    }
    let records = before
    const files: FileMap = { ...guard.repair }
    const added: AuditRecord[] = []
    const outcomes = inputs.map((input): AppendOutcome | Error => {
      try {
        const result = appendRecord({ records }, input, signer, now, serverUrl)
        const seq = result.record.predicate.seq
        if (result.duplicate) return { status: 'duplicate', path: result.path, seq, attempts: attempt, commit: snapshot.tip }
        Object.assign(files, result.files)
        records = [...records, result.record]
        added.push(result.record)
        return { status: 'appended', path: result.path, seq, attempts: attempt, commit: null }
      } catch (error) {
        return error as Error
      }
    })
    if (added.length === 0) return outcomes
    const outcome = await store.commit(snapshot.tip, files, commitMessage(added))
    if (outcome.ok) {
      await options.witness?.write(
        store.branch,
        outcome.commit,
        files[CHECKPOINT_PATH] as string,
        witnessTargets(before.at(-1), added, records.length),
      )
      return outcomes.map((o) => (o instanceof Error || o.status !== 'appended' ? o : { ...o, commit: outcome.commit }))
    }
    await sleep(backoff(options, attempt))
  }
  throw new PromptOpsError(
    'audit-contention',
    `could not append to ${store.branch} after ${maxAttempts} attempts (the branch kept moving)`,
  )
}

function commitMessage(added: readonly AuditRecord[]): string {
  const prs = added.map((r) => `#${r.predicate.pr.number}`).join(', ')
  const first = added[0]?.predicate.seq
  const last = added.at(-1)?.predicate.seq
  return `Record PR ${prs} (seq ${first}${added.length > 1 ? `–${last}` : ''})`
}

/** The newest record's merge commit, and the previous newest one: the next append reads the
 * newest record's merge commit, so a branch reset to any earlier state finds a later checkpoint
 * there, and a search of the default branch finds the newest checkpoint near its tip. */
function witnessTargets(previous: AuditRecord | undefined, added: readonly AuditRecord[], size: number): WitnessTarget[] {
  const newest = added.at(-1)
  if (!newest) return []
  const prs = added.map((r) => `#${r.predicate.pr.number} (record ${r.predicate.seq})`).join(', ')
  const footer =
    "The signed checkpoint below is the App's witness of the log: `promptops audit verify --github-repo` checks the audit branch against it."
  const targets: WitnessTarget[] = [
    {
      commit: newest.predicate.mergeCommit,
      title: `Recorded in the audit log (${size} records)`,
      summary: `Recorded: ${prs}. ${footer}`,
    },
  ]
  if (previous && previous.predicate.mergeCommit !== newest.predicate.mergeCommit) {
    targets.unshift({
      commit: previous.predicate.mergeCommit,
      title: `The audit log grew to ${size} records`,
      summary: `Record ${previous.predicate.seq} was the newest before ${prs} were recorded. ${footer}`,
    })
  }
  return targets
}

function backoff(options: AppendOptions, attempt: number): number {
  return options.backoffMs?.(attempt) ?? Math.min(2000, 25 * 2 ** attempt) * (0.5 + Math.random())
}

/** Records on the branch in seq order. */
export function readRecords(files: Record<string, string>): AuditRecord[] {
  const records: AuditRecord[] = []
  for (const [path, text] of Object.entries(files)) {
    if (!RECORD_PATH.test(path)) continue
    const record = parseRecord(text)
    if (!record) throw new AuditIntegrityError(`${path}: not a valid audit record`)
    records.push(record)
  }
  return records.sort((a, b) => a.predicate.seq - b.predicate.seq)
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms))
