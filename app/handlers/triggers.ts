// Which pull requests an event is about, and what its payload hints. The hints are only a
// head start: the use-case re-reads the pull request and ignores hints that are no longer true.
import type { Trigger } from '../../src/flows/approval-check.js'

interface PullPayload {
  number: number
  head?: { sha?: string }
  base?: { sha?: string; ref?: string }
}

export function triggersOf(event: string, payload: Record<string, unknown>): Trigger[] {
  // pull_request.edited matters only when the base branch changed.
  if (event === 'pull_request' && payload.action === 'edited' && !(payload.changes as { base?: unknown } | undefined)?.base) return []
  const pull = payload.pull_request as PullPayload | undefined
  if (pull) {
    const hint = { ...(pull.head?.sha ? { head: pull.head.sha } : {}), ...(pull.base?.sha ? { base: pull.base.sha } : {}), ...(pull.base?.ref ? { baseRef: pull.base.ref } : {}) }
    const before = typeof payload.before === 'string' ? [payload.before] : []
    return [{ pull: pull.number, hint, left: before }]
  }
  const p = payload as { check_run?: { pull_requests?: Array<{ number: number }> }; check_suite?: { pull_requests?: Array<{ number: number }> } }
  return (p.check_run?.pull_requests ?? p.check_suite?.pull_requests ?? []).map((x) => ({ pull: x.number }))
}

/** Triggers for one pull request gathered while an evaluation ran: every head it left, the
 * latest hint (the use-case checks it anyway). */
export function mergeTriggers(triggers: readonly Trigger[]): Trigger {
  const last = triggers.at(-1)!
  const heads = triggers.flatMap((t) => [...(t.left ?? []), ...(t.hint?.head ? [t.hint.head] : [])])
  const left = [...new Set(heads)].filter((h) => h !== last.hint?.head)
  return { pull: last.pull, ...(last.hint ? { hint: last.hint } : {}), left }
}
