// Where an audit branch lives: a local clone (git plumbing) or a GitHub repository (git
// data API). Both give the whole tree at a tip and commit new files on top of it with
// compare-and-swap on the branch ref — never a force push.
import type { FileMap } from '../../core/audit/derive.js'

export interface AuditSnapshot {
  /** Commit the branch points at; null when the branch does not exist yet. */
  tip: string | null
  files: FileMap
}

export type CommitOutcome = { ok: true; commit: string } | { ok: false; reason: 'conflict' }

export interface AuditStore {
  readonly branch: string
  load(): Promise<AuditSnapshot>
  /** Writes `files` on top of `tip` (added or replaced). Returns conflict when the branch moved. */
  commit(tip: string | null, files: FileMap, message: string): Promise<CommitOutcome>
}
