// Step 1 of verification: read every record file, then check sequence numbers and the
// prevHash chain, attributing each break to the record that was actually changed.
import { leafHash, sha256Hex, type Bytes } from './hash.js'
import { canonicalForms } from './canonical-json.js'
import { RECORD_PATH, parseRecord, recordPath } from './record.js'
import type { AuditRecord } from './record.schema.js'
import type { Problem } from './problems.js'

export interface RecordEntry {
  path: string
  /** The seq encoded in the file name: the position the file claims. */
  seq: number
  record: AuditRecord | null
  hash: string
  leaf: Bytes
}

export function readRecord(path: string, text: string, problems: Problem[]): RecordEntry | null {
  const match = RECORD_PATH.exec(path)
  if (!match) return null
  const seq = Number(match[4])
  const record = parseRecord(text)
  if (record === null) {
    problems.push({ kind: 'edited', path, message: 'not a valid audit record (JSON or schema)' })
    return { path, seq, record, hash: sha256Hex(text), leaf: leafHash(text) }
  }
  const forms = canonicalForms(record)
  const canonical = Buffer.from(forms.compact, 'utf8')
  if (`${forms.pretty}\n` !== text)
    problems.push({ kind: 'edited', path, message: 'record file is not byte-for-byte as written' })
  if (record.predicate.seq !== seq) {
    problems.push({ kind: 'reordered', path, message: `file name says seq ${seq} but the record is seq ${record.predicate.seq}` })
  } else if (recordPath(record) !== path) {
    problems.push({ kind: 'edited', path, message: `record content belongs at ${recordPath(record)}` })
  }
  return { path, seq, record, hash: sha256Hex(canonical), leaf: leafHash(canonical) }
}

/** Picks one entry per seq (1..max); duplicates that nothing links to are `inserted`. */
export function orderEntries(
  entries: readonly RecordEntry[],
  missingPath: (seq: number) => string,
  problems: Problem[],
): Array<RecordEntry | null> {
  const bySeq = new Map<number, RecordEntry[]>()
  for (const e of entries) bySeq.set(e.seq, [...(bySeq.get(e.seq) ?? []), e])
  const max = entries.reduce((m, e) => Math.max(m, e.seq), 0)
  const ordered: Array<RecordEntry | null> = []
  for (let seq = 1; seq <= max; seq++) {
    const list = (bySeq.get(seq) ?? []).sort((a, b) => (a.path < b.path ? -1 : 1))
    if (list.length === 0) problems.push({ kind: 'deleted', path: missingPath(seq), message: `record seq ${seq} is missing` })
    const linked = new Set((bySeq.get(seq + 1) ?? []).map((n) => n.record?.predicate.prevHash))
    const prevHash = ordered[seq - 2]?.hash
    const chosen =
      list.find((e) => linked.has(e.hash)) ?? list.find((e) => e.record?.predicate.prevHash === prevHash) ?? list[0] ?? null
    for (const e of list) {
      if (e !== chosen)
        problems.push({
          kind: 'inserted',
          path: e.path,
          message: `second record with seq ${seq}; the chain does not lead through it`,
        })
    }
    ordered.push(chosen)
  }
  return ordered
}

/** Checks each link prev → cur; returns whether any chain problem was found. */
export function checkChain(ordered: ReadonlyArray<RecordEntry | null>, problems: Problem[]): boolean {
  const seqOfHash = new Map(ordered.flatMap((e) => (e ? [[e.hash, e.seq] as const] : [])))
  const first = ordered[0]
  const before = problems.length
  if (first?.record && first.record.predicate.prevHash !== null) {
    problems.push({ kind: 'chain', path: first.path, message: 'the first record must have prevHash null' })
  }
  const changed = new Set<number>()
  for (let i = 1; i < ordered.length; i++) {
    const prev = ordered[i - 1]
    const cur = ordered[i]
    if (!prev?.record || !cur?.record || changed.has(prev.seq) || linkOk(prev, cur)) continue
    const problem = classifyBreak(ordered, i, seqOfHash)
    if (problem.kind === 'chain') changed.add(cur.seq)
    problems.push(problem)
  }
  return problems.length > before
}

function linkOk(prev: RecordEntry, cur: RecordEntry): boolean {
  return cur.record?.predicate.prevHash === prev.hash
}

// A broken link prev → cur means either prev's content changed (cur and everything after
// still agree with each other) or cur's own prevHash changed (so cur's successor breaks too).
function classifyBreak(ordered: ReadonlyArray<RecordEntry | null>, i: number, seqOfHash: Map<string, number>): Problem {
  const prev = ordered[i - 1] as RecordEntry
  const cur = ordered[i] as RecordEntry
  const claimed = cur.record?.predicate.prevHash
  const target = claimed ? seqOfHash.get(claimed) : undefined
  if (target !== undefined && target !== prev.seq) {
    return { kind: 'reordered', path: cur.path, message: `seq ${cur.seq} links to seq ${target}, not seq ${prev.seq}` }
  }
  const next = ordered[i + 1]
  if (next?.record && linkOk(cur, next)) {
    return {
      kind: 'edited',
      path: prev.path,
      message: `record seq ${prev.seq} no longer hashes to the prevHash recorded by seq ${cur.seq}`,
    }
  }
  return { kind: 'chain', path: cur.path, message: `prevHash of seq ${cur.seq} does not match the hash of seq ${prev.seq}` }
}
