// What verification reports: one problem per finding, each naming the file and the kind of
// tampering it points to, so an auditor knows where to look.
export type ProblemKind =
  'edited' | 'deleted' | 'reordered' | 'inserted' | 'chain' | 'root' | 'signature' | 'rewrite' | 'derived' | 'unknown-file'

export interface Problem {
  kind: ProblemKind
  path: string
  message: string
}

export interface VerifyResult {
  ok: boolean
  /** Number of records (highest seq) found. */
  size: number
  /** Hex RFC 6962 root over the records, when they form a complete sequence. */
  root: string | null
  problems: Problem[]
}
