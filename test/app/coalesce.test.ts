// Per-PR coalescing: one run at a time, a burst shares one trailing run that sees it all.
import { describe, expect, it } from '@jest/globals'
import { Coalescer } from '../../app/handlers/coalesce.js'

const deferred = () => {
  let resolve!: () => void
  let reject!: (e: Error) => void
  const promise = new Promise<void>((a, b) => ((resolve = a), (reject = b)))
  return { promise, resolve, reject }
}

describe('Coalescer', () => {
  it('runs once, then once more for everything that arrived meanwhile', async () => {
    const c = new Coalescer<string>()
    const runs: string[][] = []
    const gate = deferred()
    const run = async (inputs: string[]) => {
      runs.push(inputs)
      if (runs.length === 1) await gate.promise
    }
    const first = c.submit('pr#1', 'a', 'a1', run)
    const later = [c.submit('pr#1', 'b', 'b1', run), c.submit('pr#1', 'a', 'a2', run), c.submit('pr#1', 'b', 'b2', run)]
    expect(runs).toEqual([['a1']])
    gate.resolve()
    await Promise.all([first, ...later])
    // Inputs deduplicated by key, the last arrival winning.
    expect(runs).toEqual([['a1'], ['b2', 'a2']])
    expect(c.size).toBe(0)
  })

  it('keeps different keys independent', async () => {
    const c = new Coalescer<number>()
    const runs: number[][] = []
    await Promise.all([1, 2, 3].map((n) => c.submit(`pr#${n}`, 'x', n, async (i) => void runs.push(i))))
    expect(runs.sort()).toEqual([[1], [2], [3]])
  })

  it('still runs the trailing work after a failed run, and reports each run’s own failure', async () => {
    const c = new Coalescer<string>()
    const gate = deferred()
    const seen: string[][] = []
    const first = c.submit('pr', 'a', 'a', async (i) => {
      seen.push(i)
      await gate.promise
    })
    const second = c.submit('pr', 'b', 'b', async (i) => {
      seen.push(i)
      throw new Error('trailing failed')
    })
    gate.reject(new Error('first failed'))
    await expect(first).rejects.toThrow('first failed')
    await expect(second).rejects.toThrow('trailing failed')
    expect(seen).toEqual([['a'], ['b']])
    expect(c.size).toBe(0)
  })

  it('starts a new trailing run for arrivals during the trailing run', async () => {
    const c = new Coalescer<number>()
    const gates = [deferred(), deferred()]
    const runs: number[][] = []
    const run = async (inputs: number[]) => {
      const i = runs.push(inputs) - 1
      if (gates[i]) await gates[i].promise
    }
    const p1 = c.submit('pr', '1', 1, run)
    const p2 = c.submit('pr', '2', 2, run)
    gates[0]!.resolve()
    await p1
    await new Promise((r) => setImmediate(r))
    expect(runs).toEqual([[1], [2]])
    const p3 = c.submit('pr', '3', 3, run)
    gates[1]!.resolve()
    await Promise.all([p2, p3])
    expect(runs).toEqual([[1], [2], [3]])
    expect(c.size).toBe(0)
  })
})
