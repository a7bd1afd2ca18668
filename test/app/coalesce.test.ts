// Per-PR coalescing: one run at a time, a burst shares one trailing run whose input merges
// everything that arrived meanwhile (every head the PR left, the latest hint).
import { describe, expect, it } from '@jest/globals'
import { Coalescer } from '../../app/handlers/coalesce.js'
import { mergeTriggers, triggersOf } from '../../app/handlers/triggers.js'
import type { Trigger } from '../../src/flows/approval-check.js'

const deferred = () => {
  let resolve!: () => void
  let reject!: (e: Error) => void
  const promise = new Promise<void>((a, b) => ((resolve = a), (reject = b)))
  return { promise, resolve, reject }
}

const at = (head: string, left: string[] = []): Trigger => ({ pull: 1, hint: { head, base: 'b', baseRef: 'main' }, left })

describe('Coalescer', () => {
  it('runs once, then once more for everything that arrived meanwhile', async () => {
    const c = new Coalescer()
    const runs: Trigger[] = []
    const gate = deferred()
    const run = async (t: Trigger) => {
      runs.push(t)
      if (runs.length === 1) await gate.promise
    }
    const first = c.submit('pr#1', at('h1'), run)
    const later = [
      c.submit('pr#1', at('h2', ['h1']), run),
      c.submit('pr#1', at('h3', ['h2']), run),
      c.submit('pr#1', at('h3'), run),
    ]
    expect(runs).toEqual([{ pull: 1, hint: at('h1').hint, left: [] }])
    gate.resolve()
    await Promise.all([first, ...later])
    // One trailing run: the latest hint, and every head the PR left on the way (h1 and h2).
    expect(runs).toHaveLength(2)
    expect(runs[1]!.hint?.head).toBe('h3')
    expect([...runs[1]!.left!].sort()).toEqual(['h1', 'h2'])
    expect(c.size).toBe(0)
  })

  it('keeps different keys independent', async () => {
    const c = new Coalescer()
    const runs: string[] = []
    await Promise.all([1, 2, 3].map((n) => c.submit(`pr#${n}`, at(`h${n}`), async (t) => void runs.push(t.hint!.head!))))
    expect(runs.sort()).toEqual(['h1', 'h2', 'h3'])
  })

  it('still runs the trailing work after a failed run, and reports each run’s own failure', async () => {
    const c = new Coalescer()
    const gate = deferred()
    const seen: string[] = []
    const first = c.submit('pr', at('a'), async (t) => {
      seen.push(t.hint!.head!)
      await gate.promise
    })
    const second = c.submit('pr', at('b'), async (t) => {
      seen.push(t.hint!.head!)
      throw new Error('trailing failed')
    })
    gate.reject(new Error('first failed'))
    await expect(first).rejects.toThrow('first failed')
    await expect(second).rejects.toThrow('trailing failed')
    expect(seen).toEqual(['a', 'b'])
    expect(c.size).toBe(0)
  })

  it('starts a new trailing run for arrivals during the trailing run', async () => {
    const c = new Coalescer()
    const gates = [deferred(), deferred()]
    const runs: string[] = []
    const run = async (t: Trigger) => {
      const i = runs.push(t.hint!.head!) - 1
      if (gates[i]) await gates[i].promise
    }
    const p1 = c.submit('pr', at('1'), run)
    const p2 = c.submit('pr', at('2'), run)
    gates[0]!.resolve()
    await p1
    await new Promise((r) => setImmediate(r))
    expect(runs).toEqual(['1', '2'])
    const p3 = c.submit('pr', at('3'), run)
    gates[1]!.resolve()
    await Promise.all([p2, p3])
    expect(runs).toEqual(['1', '2', '3'])
    expect(c.size).toBe(0)
  })
})

describe('triggersOf', () => {
  it('takes the PR number and hints from a pull_request payload, and `before` as a head left behind', () => {
    const payload = {
      action: 'synchronize',
      before: 'old',
      pull_request: { number: 7, head: { sha: 'new' }, base: { sha: 'b', ref: 'main' } },
    }
    expect(triggersOf('pull_request', payload)).toEqual([
      { pull: 7, hint: { head: 'new', base: 'b', baseRef: 'main' }, left: ['old'] },
    ])
  })
  it('ignores an edit that did not change the base', () => {
    expect(triggersOf('pull_request', { action: 'edited', changes: { title: {} }, pull_request: { number: 7 } })).toEqual([])
    expect(triggersOf('pull_request', { action: 'edited', changes: { base: {} }, pull_request: { number: 7 } })).toHaveLength(1)
  })
  it('takes only PR numbers from check events (no hints: they are re-read)', () => {
    expect(triggersOf('check_run', { check_run: { pull_requests: [{ number: 3 }, { number: 4 }] } })).toEqual([
      { pull: 3 },
      { pull: 4 },
    ])
  })
  it('merges a burst: a hinted head superseded by a later hint counts as left behind', () => {
    expect(mergeTriggers([at('x'), at('y')])).toEqual({ pull: 1, hint: at('y').hint, left: ['x'] })
  })
})
