// Appends one record with optimistic concurrency: read the branch, check it against its own
// checkpoint, build the record, compare-and-swap the ref; on a conflict (another writer got
// there first) re-read and rebuild. Idempotent: a record with the same repository + PR +
// merge SHA is never written twice, so webhook redelivery and racing replicas are safe.
import { appendRecord, parseRecord, RECORD_PATH, verifyLog, type AuditRecord, type AuditRecordInput, type Signer } from '../../core/audit/index.js'
import { verifierKeyFor } from '../../core/audit/note.js'
import { PromptOpsError } from '../../core/errors.js'
import type { AuditStore } from './store.js'

export interface AppendOutcome {
  status: 'appended' | 'duplicate'
  path: string
  seq: number
  attempts: number
  commit: string | null
}

export class AuditIntegrityError extends PromptOpsError {
  constructor(message: string) {
    super('audit-integrity', message)
    this.name = 'AuditIntegrityError'
  }
}

export interface AppendOptions {
  maxAttempts?: number
  serverUrl?: string
  backoffMs?: (attempt: number) => number
}

export async function appendWithRetry(store: AuditStore, input: AuditRecordInput, signer: Signer, now: Date, options: AppendOptions = {}): Promise<AppendOutcome> {
  const [outcome] = await appendMany(store, [input], signer, now, options)
  if (outcome === undefined || outcome instanceof Error) throw outcome ?? new PromptOpsError('audit', 'nothing appended')
  return outcome
}

/** Several records in one commit (a burst of merges costs one compare-and-swap, not N);
 * an input that cannot be recorded fails alone. */
export async function appendMany(store: AuditStore, inputs: readonly AuditRecordInput[], signer: Signer, now: Date, options: AppendOptions = {}): Promise<Array<AppendOutcome | Error>> {
  const maxAttempts = options.maxAttempts ?? 20
  const serverUrl = options.serverUrl ? { serverUrl: options.serverUrl } : {}
  for (let attempt = 1; attempt <= maxAttempts; attempt++) {
    const snapshot = await store.load()
    let records = readRecords(snapshot.files)
    if (snapshot.tip !== null && records.length > 0) {
      // Never build on a branch that does not verify: appending would launder tampering.
      const check = verifyLog({ files: snapshot.files, verifierKey: verifierKeyFor(signer), ...serverUrl })
      if (!check.ok) throw new AuditIntegrityError(`audit branch ${store.branch} does not verify; refusing to append: ${check.problems.slice(0, 3).map((p) => `${p.kind} ${p.path}: ${p.message}`).join('; ')}`)
    }
    const files: Record<string, string> = {}
    const outcomes = inputs.map((input): AppendOutcome | Error => {
      try {
        const result = appendRecord({ records }, input, signer, now, serverUrl)
        const seq = result.record.predicate.seq
        if (result.duplicate) return { status: 'duplicate', path: result.path, seq, attempts: attempt, commit: snapshot.tip }
        Object.assign(files, result.files)
        records = [...records, result.record]
        return { status: 'appended', path: result.path, seq, attempts: attempt, commit: null }
      } catch (error) {
        return error as Error
      }
    })
    const appended = outcomes.filter((o): o is AppendOutcome => !(o instanceof Error) && o.status === 'appended')
    if (appended.length === 0) return outcomes
    const prs = appended.map((o) => o.path.replace(/^.*-pr-(\d+)\.json$/, '#$1')).join(', ')
    const outcome = await store.commit(snapshot.tip, files, `Record PR ${prs} (seq ${appended[0]!.seq}${appended.length > 1 ? `–${appended.at(-1)!.seq}` : ''})`)
    if (outcome.ok) return outcomes.map((o) => (o instanceof Error || o.status !== 'appended' ? o : { ...o, commit: outcome.commit }))
    await sleep(options.backoffMs?.(attempt) ?? Math.min(2000, 25 * 2 ** attempt) * (0.5 + Math.random()))
  }
  throw new PromptOpsError('audit-contention', `could not append to ${store.branch} after ${maxAttempts} attempts (the branch kept moving)`)
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
