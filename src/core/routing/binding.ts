// What an approval given on an earlier commit is bound to: the pull request's change to every
// governed path, i.e. each path's state (mode and object id, so every byte and file mode) at the
// merge base and at the approved commit. The approval still holds at the head when every
// governed path either commit's change touches changes the same way (same state before and
// after). Rebases and merges of unrelated commits keep it; anything else governed voids it.

/** `mode:oid` of a path at a commit, or null when the path does not exist there. */
export type PathState = string | null

export interface ApprovalDiffs {
  /** Paths the change touched as of the approved commit (merge base → approved commit). */
  approvedPaths: readonly string[]
  /** Paths the change touches now (merge base → head). */
  currentPaths: readonly string[]
  isGoverned: (path: string) => boolean
  /** State of a path at the approved commit's merge base, the approved commit, the current
   * merge base and the head. */
  state: (at: 'approvedBase' | 'approved' | 'currentBase' | 'head', path: string) => PathState
}

/** null when the governed change is identical; else which governed paths differ. */
export function changedSinceApproval(d: ApprovalDiffs): string | null {
  const paths = [...new Set([...d.approvedPaths, ...d.currentPaths])].filter(d.isGoverned).sort()
  const changed = paths.filter(
    (p) => d.state('approvedBase', p) !== d.state('currentBase', p) || d.state('approved', p) !== d.state('head', p),
  )
  if (changed.length === 0) return null
  const shown = changed.slice(0, 10).join(', ')
  return `${shown}${changed.length > 10 ? ` and ${changed.length - 10} more` : ''} changed`
}
