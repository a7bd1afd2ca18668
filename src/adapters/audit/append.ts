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

export async function appendWithRetry(store: AuditStore, input: AuditRecordInput, signer: Signer, now: Date, options: { maxAttempts?: number; serverUrl?: string; backoffMs?: (attempt: number) => number } = {}): Promise<AppendOutcome> {
  const maxAttempts = options.maxAttempts ?? 20
  for (let attempt = 1; attempt <= maxAttempts; attempt++) {
    const snapshot = await store.load()
    const records = readRecords(snapshot.files)
    if (snapshot.tip !== null && records.length > 0) {
      // Never build on a branch that does not verify: appending would launder tampering.
      const check = verifyLog({ files: snapshot.files, verifierKey: verifierKeyFor(signer), ...(options.serverUrl ? { serverUrl: options.serverUrl } : {}) })
      if (!check.ok) throw new AuditIntegrityError(`audit branch ${store.branch} does not verify; refusing to append: ${check.problems.slice(0, 3).map((p) => `${p.kind} ${p.path}: ${p.message}`).join('; ')}`)
    }
    const result = appendRecord({ records }, input, signer, now, options.serverUrl ? { serverUrl: options.serverUrl } : {})
    if (result.duplicate) return { status: 'duplicate', path: result.path, seq: result.record.predicate.seq, attempts: attempt, commit: snapshot.tip }
    const outcome = await store.commit(snapshot.tip, result.files, `Record PR #${input.pr.number} (seq ${result.record.predicate.seq})`)
    if (outcome.ok) return { status: 'appended', path: result.path, seq: result.record.predicate.seq, attempts: attempt, commit: outcome.commit }
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
