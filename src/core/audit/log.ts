// Appending one decision to the audit branch: the pure half. Returns the files to write;
// the adapter commits them (never force-pushing) after verifying the current branch.
import type { AuditRecord } from './record.schema.js'
import {
  buildRecord,
  recordHash,
  recordIdempotencyKey,
  recordLeafHash,
  recordPath,
  serializeRecord,
  idempotencyKey,
  type AuditRecordInput,
} from './record.js'
import { rootFromLeafHashes } from './tree.js'
import { signCheckpoint, type Checkpoint } from './checkpoint.js'
import { verifierKeyFor, type Signer } from './note.js'
import { AuditInputError } from './errors.js'
import { CHECKPOINT_PATH } from './layout.js'
import { deriveForAppend, type FileMap } from './derive.js'

export interface AuditState {
  /** Every record on the branch, in seq order (as read and verified by the adapter). */
  records: readonly AuditRecord[]
}

export interface LogOptions {
  /** Base URL for PR and commit links; defaults to `https://github.com`. */
  serverUrl?: string
}

export type AppendResult =
  | { duplicate: false; files: FileMap; record: AuditRecord; path: string; checkpoint: Checkpoint }
  | { duplicate: true; path: string; record: AuditRecord }

export const DEFAULT_SERVER_URL = 'https://github.com'
/** Merge times further ahead of `now` than this are refused as clock or input errors. */
const MAX_CLOCK_SKEW_MS = 10 * 60 * 1000

export function appendRecord(
  state: AuditState,
  input: AuditRecordInput,
  signer: Signer,
  now: Date,
  options: LogOptions = {},
): AppendResult {
  const key = idempotencyKey(input.repository, input.pr.number, input.mergeCommit)
  const existing = state.records.find((r) => recordIdempotencyKey(r) === key)
  if (existing) return { duplicate: true, path: recordPath(existing), record: existing }
  if (Date.parse(input.mergedAt) > now.getTime() + MAX_CLOCK_SKEW_MS) {
    throw new AuditInputError('audit-invalid', 'mergedAt', `${input.mergedAt} is in the future`)
  }
  const last = state.records[state.records.length - 1]
  const record = buildRecord(input, last ? { seq: last.predicate.seq, hash: recordHash(last) } : null)
  const records = [...state.records, record]
  const checkpoint = checkpointFor(records, signer.name)
  const opts = { serverUrl: options.serverUrl ?? DEFAULT_SERVER_URL, verifierKey: verifierKeyFor(signer) }
  const path = recordPath(record)
  const files: FileMap = {
    [path]: serializeRecord(record),
    [CHECKPOINT_PATH]: signCheckpoint(checkpoint, signer),
    ...deriveForAppend(records, record, opts),
  }
  return { duplicate: false, files, record, path, checkpoint }
}

export function checkpointFor(records: readonly AuditRecord[], origin: string): Checkpoint {
  return { origin, size: records.length, root: rootFromLeafHashes(records.map(recordLeafHash)) }
}
