// The SHA-addressed LRU: bounded by entries and by total weight, least recent out first.
import { describe, expect, it } from '@jest/globals'
import { ShaCache } from '../../../src/adapters/github/sha-cache.js'

describe('ShaCache', () => {
  it('evicts the least recently used entry beyond its capacity', () => {
    const c = new ShaCache<number>(2)
    c.set('a', 1)
    c.set('b', 2)
    expect(c.get('a')).toBe(1) // a is now the most recent
    c.set('c', 3)
    expect([c.has('a'), c.has('b'), c.has('c')]).toEqual([true, false, true])
  })
  it('keeps the total weight within budget and never stores what alone exceeds it', () => {
    const c = new ShaCache<string>(100, 10, (s) => s.length)
    c.set('a', 'xxxx')
    c.set('b', 'yyyy')
    c.set('c', 'zzzz') // 12 > 10: a goes
    expect([c.has('a'), c.has('b'), c.has('c')]).toEqual([false, true, true])
    c.set('big', 'w'.repeat(11))
    expect(c.has('big')).toBe(false)
    c.set('b', 'y') // replacing an entry releases its old weight
    c.set('d', 'dddd')
    expect([c.has('b'), c.has('c'), c.has('d')]).toEqual([true, true, true])
  })
  it('caches null answers (a file known to be absent)', () => {
    const c = new ShaCache<string | null>(5)
    c.set('absent', null)
    expect(c.has('absent')).toBe(true)
    expect(c.get('absent')).toBeNull()
  })
})
