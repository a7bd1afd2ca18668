// The port to the audit log's external witness (on GitHub: check runs the App creates; see
// docs/audit.md). Appends read it before building on the branch and write it after each
// commit; auditors read it to check a copy of the branch.
import type { Anchor } from '../../core/audit/index.js'

export interface WitnessTarget {
  /** Commit the witness is published on (a recorded merge commit). */
  commit: string
  title: string
  summary: string
}

export interface WitnessReading {
  /** Signed checkpoints witnessed for the branch; verifyLog checks the log extends each one. */
  anchors: Anchor[]
  /** Where the witness was looked for, for logs and reports. */
  searched: string
}

export interface AuditWitness {
  /**
   * Checkpoints witnessed for `branch`: those on the merge commit of the branch's newest
   * record (`lastMerge`), where every later append leaves its checkpoint; when there are none
   * (a log written before witnesses, a failed write) or no branch, the newest ones in the
   * default branch's recent history. Throws when it cannot read them.
   */
  read(branch: string, lastMerge: string | null): Promise<WitnessReading>
  /** Publishes a checkpoint committed in `auditCommit` on each target. Returns what failed; never throws. */
  write(branch: string, auditCommit: string, checkpoint: string, targets: readonly WitnessTarget[]): Promise<string[]>
  /** Reports a refused append on `commit`, where people look. Never throws. */
  refuse(commit: string, reason: string): Promise<void>
}
