import { describe, it, expect } from '@jest/globals'
import { emptyRoot, leafHash, nodeHash, toHex, type Bytes } from '../../../src/core/audit/hash.js'
import { CompactRange, rootFromLeafHashes, rootsAtSizes } from '../../../src/core/audit/tree.js'
import { vectors } from './helpers.js'

const rfc = vectors<{ leaves: string[]; roots: string[] }>('rfc6962')

/** RFC 6962 section 2.1, literally: split at the largest power of two smaller than n. */
function referenceRoot(hashes: Bytes[]): Bytes {
  if (hashes.length === 0) return emptyRoot()
  if (hashes.length === 1) return hashes[0] as Bytes
  let k = 1
  while (k * 2 < hashes.length) k *= 2
  return nodeHash(referenceRoot(hashes.slice(0, k)), referenceRoot(hashes.slice(k)))
}

describe('Merkle tree hash', () => {
  it.each(rfc.roots.map((root, size) => ({ size, root })))(
    'matches the RFC 6962 reference root for size $size',
    ({ size, root }) => {
      expect(toHex(rootFromLeafHashes(rfc.leaves.slice(0, size).map((hex) => leafHash(Buffer.from(hex, 'hex')))))).toBe(root)
    },
  )

  const leaves = Array.from({ length: 70 }, (_, i) => leafHash(`leaf ${i}`))
  it.each(Array.from({ length: 70 }, (_, i) => i + 1))('equals the naive recursive tree for n=%i', (n) => {
    expect(toHex(rootFromLeafHashes(leaves.slice(0, n)))).toBe(toHex(referenceRoot(leaves.slice(0, n))))
  })

  it('rootsAtSizes returns prefix roots in one pass and skips impossible sizes', () => {
    const roots = rootsAtSizes(leaves, [0, 5, 64, 70, 71, -1])
    expect([...roots.keys()].sort((a, b) => a - b)).toEqual([0, 5, 64, 70])
    expect(toHex(roots.get(5) as Bytes)).toBe(toHex(referenceRoot(leaves.slice(0, 5))))
    expect(toHex(roots.get(0) as Bytes)).toBe(rfc.roots[0])
  })

  it('CompactRange keeps O(log n) state', () => {
    const range = new CompactRange()
    for (let i = 0; i < 1023; i++) range.append(leaves[i % 70] as Bytes)
    expect(range.size).toBe(1023)
    expect((range as unknown as { stack: Bytes[] }).stack.length).toBe(10)
  })

  it('order matters: swapping two leaves changes the root', () => {
    const swapped = [leaves[1], leaves[0], ...leaves.slice(2, 9)] as Bytes[]
    expect(toHex(rootFromLeafHashes(swapped))).not.toBe(toHex(rootFromLeafHashes(leaves.slice(0, 9))))
  })
})
