// `promptops audit verify`, the pure half: given the whole branch tree, recompute records,
// chain, Merkle root, checkpoint signature, derived files, and consistency with every anchor
// (a checkpoint an auditor saved, or one the App witnessed), which is what exposes a
// truncated, deleted or re-signed branch.
import { toHex, type Bytes } from './hash.js'
import { rootsAtSizes } from './tree.js'
import { parseCheckpoint, type Checkpoint } from './checkpoint.js'
import { CHECKPOINT_PATH, ROOT_README, VERIFIER_KEY_PATH, isDerivedPath } from './layout.js'
import { RECORD_PATH } from './record.js'
import type { AuditRecord } from './record.schema.js'
import { deriveAll, type FileMap } from './derive.js'
import { DEFAULT_SERVER_URL } from './log.js'
import { checkChain, orderEntries, readRecord, type RecordEntry } from './verify-records.js'
import type { Problem, VerifyResult } from './problems.js'
import { publishedVerifierKey, type Anchor } from './witness.js'

export interface VerifyInput {
  /** The whole branch tree: path → content. */
  files: FileMap
  verifierKey: string
  /** Checkpoints saved earlier or witnessed by the App: the log must extend each of them. */
  anchors?: readonly Anchor[]
  serverUrl?: string
}

export function verifyLog(input: VerifyInput): VerifyResult {
  const problems: Problem[] = []
  const entries = Object.entries(input.files).flatMap(([path, text]) => readRecord(path, text, problems) ?? [])
  const pointers = lazyPointerIndex(input.files)
  const ordered = orderEntries(
    entries,
    (seq) => pointers().get(seq) ?? `records/**/${String(seq).padStart(8, '0')}-pr-*.json`,
    problems,
  )
  const chainBroken = checkChain(ordered, problems)
  const complete = ordered.every((e) => e?.record)
  const leaves = complete ? ordered.map((e) => (e as RecordEntry).leaf) : null
  const rekeyed = checkPublishedKey(input, problems)
  const current = checkCurrent(input, ordered, leaves, chainBroken, problems)
  for (const anchor of input.anchors ?? []) checkAnchor(input, anchor, leaves, current, problems)
  const records = ordered.flatMap((e) => (e?.record ? [e.record] : []))
  checkDerived(input, records, new Set(entries.map((e) => e.path)), rekeyed, problems)
  const root = leaves ? rootsAtSizes(leaves, [leaves.length]).get(leaves.length) : undefined
  return { ok: problems.length === 0, size: ordered.length, root: root ? toHex(root) : null, problems }
}

function checkCurrent(
  input: VerifyInput,
  ordered: ReadonlyArray<RecordEntry | null>,
  leaves: Bytes[] | null,
  chainBroken: boolean,
  problems: Problem[],
): Checkpoint | null {
  const text = input.files[CHECKPOINT_PATH]
  if (text === undefined) {
    if (ordered.length > 0) problems.push({ kind: 'deleted', path: CHECKPOINT_PATH, message: 'the signed checkpoint is missing' })
    return null
  }
  const cp = parseCheckpoint(text, input.verifierKey)
  if (!cp.ok) {
    problems.push({ kind: 'signature', path: CHECKPOINT_PATH, message: cp.error.message })
    return null
  }
  const n = ordered.length
  const { size } = cp.value
  if (size > n)
    problems.push({ kind: 'deleted', path: CHECKPOINT_PATH, message: `checkpoint covers ${size} records but only ${n} exist` })
  for (let seq = size + 1; seq <= n; seq++) {
    const e = ordered[seq - 1]
    if (e)
      problems.push({
        kind: 'inserted',
        path: e.path,
        message: `record seq ${seq} is not covered by the signed checkpoint (size ${size})`,
      })
  }
  if (leaves && size <= n) {
    const root = rootsAtSizes(leaves, [size]).get(size) as Bytes
    if (!Buffer.from(root).equals(cp.value.root)) reportRoot(ordered, size, root, cp.value.root, chainBroken, problems)
  }
  return cp.value
}

function reportRoot(
  ordered: ReadonlyArray<RecordEntry | null>,
  size: number,
  got: Bytes,
  want: Bytes,
  chainBroken: boolean,
  problems: Problem[],
): void {
  const last = ordered[size - 1]
  // With an intact chain, a root mismatch means the newest covered record changed
  // (the only record no successor vouches for) or the chain was rewritten from some point.
  if (!chainBroken && last)
    problems.push({ kind: 'edited', path: last.path, message: `record seq ${last.seq} does not match the signed checkpoint` })
  problems.push({
    kind: 'root',
    path: CHECKPOINT_PATH,
    message: `Merkle root of ${size} records is ${toHex(got)}, checkpoint says ${toHex(want)}`,
  })
}

/** A branch that publishes another key than the one verifying it was re-keyed (or the key is wrong). */
function checkPublishedKey(input: VerifyInput, problems: Problem[]): boolean {
  const published = publishedVerifierKey(input.files)
  if (published === null || published === input.verifierKey.trim()) return false
  problems.push({
    kind: 'signature',
    path: VERIFIER_KEY_PATH,
    message: `the branch publishes verifier key ${published}, not ${input.verifierKey.trim()}: it was re-keyed`,
  })
  return true
}

function checkAnchor(
  input: VerifyInput,
  anchor: Anchor,
  leaves: Bytes[] | null,
  current: Checkpoint | null,
  problems: Problem[],
): void {
  const path = anchor.source
  const saved = parseCheckpoint(anchor.checkpoint, input.verifierKey)
  if (!saved.ok) {
    problems.push({
      kind: 'signature',
      path,
      message: `${saved.error.message}: not signed by the key in use (a re-keyed log, or a forged anchor)`,
    })
    return
  }
  const { size, root } = saved.value
  if (current && current.size < size) {
    problems.push({
      kind: 'rewrite',
      path: CHECKPOINT_PATH,
      message: `checkpoint size ${current.size} is smaller than the ${size} of ${path}: history was truncated`,
    })
  }
  if (!leaves) return // records are already reported broken; no root to compare
  if (leaves.length < size) {
    problems.push({
      kind: 'rewrite',
      path,
      message: `the log has ${leaves.length} records, fewer than the ${size} of this checkpoint: it was truncated or deleted`,
    })
    return
  }
  const prefix = rootsAtSizes(leaves, [size]).get(size) as Bytes
  if (!Buffer.from(prefix).equals(root)) {
    problems.push({
      kind: 'rewrite',
      path,
      message: `the first ${size} records no longer hash to this checkpoint's root: history was rewritten`,
    })
  }
}

function checkDerived(
  input: VerifyInput,
  records: readonly AuditRecord[],
  recordPaths: Set<string>,
  rekeyed: boolean,
  problems: Problem[],
): void {
  if (records.length === 0 && Object.keys(input.files).length === 0) return
  const expected = deriveAll(records, { serverUrl: input.serverUrl ?? DEFAULT_SERVER_URL, verifierKey: input.verifierKey })
  for (const [path, content] of Object.entries(expected)) {
    if (rekeyed && (path === VERIFIER_KEY_PATH || path === ROOT_README)) continue // reported once, as the key
    const actual = input.files[path]
    if (actual !== content)
      problems.push({
        kind: 'derived',
        path,
        message: actual === undefined ? 'derived file is missing' : 'derived file differs from what the records produce',
      })
  }
  for (const path of Object.keys(input.files)) {
    if (path === CHECKPOINT_PATH || recordPaths.has(path) || Object.hasOwn(expected, path)) continue
    if (isDerivedPath(path)) problems.push({ kind: 'derived', path, message: 'derived file that no record produces' })
    else problems.push({ kind: 'unknown-file', path, message: 'file is not part of the audit log layout' })
  }
}

/** seq → record path as named by the PR pointers: the best guess at a deleted record's path. */
function lazyPointerIndex(files: FileMap): () => Map<number, string> {
  let index: Map<number, string> | null = null
  return () => {
    if (index) return index
    index = new Map()
    for (const [path, text] of Object.entries(files)) {
      if (!path.startsWith('by-pr/')) continue
      for (const s of text.split('"')) {
        const m = RECORD_PATH.exec(s)
        if (m) index.set(Number(m[4]), s)
      }
    }
    return index
  }
}
