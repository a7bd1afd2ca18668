// RFC 6962 Merkle Tree Hash, computed iteratively with a compact range (the stack of
// perfect-subtree roots along the right edge), so n leaves cost n-1 node hashes and
// O(log n) memory — no recursion over 100,000 records.
import { emptyRoot, nodeHash, type Bytes } from './hash.js'

export class CompactRange {
  private readonly stack: Bytes[] = []
  private count = 0

  get size(): number {
    return this.count
  }

  /** Appends one leaf *hash* (already `leafHash`ed). */
  append(hash: Bytes): void {
    let node = hash
    // Each trailing 1-bit of the old size is a completed sibling subtree on the stack.
    for (let size = this.count; size % 2 === 1; size = Math.floor(size / 2)) {
      const left = this.stack.pop()
      if (left === undefined) throw new Error('compact range underflow')
      node = nodeHash(left, node)
    }
    this.stack.push(node)
    this.count += 1
  }

  /** MTH of the leaves appended so far: fold the subtree roots right to left. */
  root(): Bytes {
    let acc = this.stack[this.stack.length - 1]
    if (acc === undefined) return emptyRoot()
    for (let i = this.stack.length - 2; i >= 0; i--) acc = nodeHash(this.stack[i] as Bytes, acc)
    return acc
  }
}

export function rootFromLeafHashes(hashes: readonly Bytes[]): Bytes {
  const range = new CompactRange()
  for (const hash of hashes) range.append(hash)
  return range.root()
}

/** Roots of the first `size` leaves for several sizes, in one pass. */
export function rootsAtSizes(hashes: readonly Bytes[], sizes: readonly number[]): Map<number, Bytes> {
  const wanted = new Set(sizes.filter((s) => s >= 0 && s <= hashes.length))
  const roots = new Map<number, Bytes>()
  const range = new CompactRange()
  if (wanted.has(0)) roots.set(0, range.root())
  for (const hash of hashes) {
    range.append(hash)
    if (wanted.has(range.size)) roots.set(range.size, range.root())
  }
  return roots
}
