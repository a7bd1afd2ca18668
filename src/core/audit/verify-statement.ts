// What a run of `promptops audit verify` proved, and what it could not: the difference
// between "this branch is consistent with itself" and "this is the App's whole, unaltered log"
// is the trust anchor (a pinned key, a checkpoint the auditor saved, the App's witness).

export interface VerifyFacts {
  /** Records found (highest seq). */
  size: number
  /** No problem was found. */
  intact: boolean
  /** The key was given by the auditor (--key), not read from the branch. */
  keyPinned: boolean
  /** Anchors the log was checked against: saved checkpoints and witnesses (by source). */
  anchors: readonly string[]
  /** How many of the anchors are the App's witnesses. */
  witnesses: number
  /** Where witnesses were looked for (null: not looked for). */
  witnessSearch: string | null
}

export interface VerifyStatement {
  /** True when the key or the log's extent is anchored to something outside the branch. */
  anchored: boolean
  proved: string[]
  notProved: string[]
}

export function verifyStatement(f: VerifyFacts): VerifyStatement {
  if (!f.intact)
    return {
      anchored: f.keyPinned || f.anchors.length > 0,
      proved: [],
      notProved: ['integrity: problems were found (listed above)'],
    }
  const key = f.keyPinned ? 'the key you pinned (--key)' : 'the key the branch itself publishes'
  const proved = [
    `${f.size} record(s) parse, hash and chain by seq and prevHash`,
    `the Merkle root of the records matches the checkpoint, which is signed by ${key}`,
    'every derived page (indexes, pointers, charts) matches the records',
    'no commit of the branch modified or deleted a record',
  ]
  if (f.anchors.length > 0)
    proved.push(`the log extends each of ${f.anchors.length} anchor(s), each signed by the same key: ${f.anchors.join('; ')}`)
  const notProved: string[] = []
  if (!f.keyPinned && f.anchors.length === 0) {
    notProved.push(
      "that the key is the App's: it was checked only against the key the branch publishes (trust on first use), " +
        "so a rewrite re-signed with a new key passes too; pin it with --key, or check the App's witness with --github-repo",
    )
  }
  if (f.anchors.length === 0) {
    const searched = f.witnessSearch ? ` (no witness found in ${f.witnessSearch})` : ''
    notProved.push(
      `that no records were cut off the end: a branch reset to an older commit still verifies; compare with a saved checkpoint (--checkpoint) or the App's witness (--github-repo)${searched}`,
    )
  } else if (f.witnesses === 0) {
    notProved.push("records appended after your saved checkpoint: only the App's witness (--github-repo) covers them")
  }
  return { anchored: f.keyPinned || f.anchors.length > 0, proved, notProved }
}
