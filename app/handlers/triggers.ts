// Which pull requests an event is about, and what its payload hints. The hints are only a
// head start: the use-case re-reads the pull request and ignores hints that are no longer true.
import type { Trigger } from '../../src/flows/approval-check.js'

interface PullPayload {
  number: number
  head?: { sha?: string }
  base?: { sha?: string; ref?: string }
}

/** The parts of the subscribed events' payloads read here (each event has some of them). */
interface EventPayload {
  action?: string
  changes?: { base?: unknown }
  pull_request?: PullPayload
  before?: unknown
  check_run?: { pull_requests?: Array<{ number: number }> }
  check_suite?: { pull_requests?: Array<{ number: number }> }
}

export function triggersOf(event: string, webhookPayload: object): Trigger[] {
  const payload = webhookPayload as EventPayload
  // pull_request.edited matters only when the base branch changed.
  if (event === 'pull_request' && payload.action === 'edited' && !payload.changes?.base) return []
  const pull = payload.pull_request
  if (pull) {
    const hint = {
      ...(pull.head?.sha ? { head: pull.head.sha } : {}),
      ...(pull.base?.sha ? { base: pull.base.sha } : {}),
      ...(pull.base?.ref ? { baseRef: pull.base.ref } : {}),
    }
    const before = typeof payload.before === 'string' ? [payload.before] : []
    return [{ pull: pull.number, hint, left: before }]
  }
  return (payload.check_run?.pull_requests ?? payload.check_suite?.pull_requests ?? []).map((x) => ({ pull: x.number }))
}

/** Triggers for one pull request gathered while an evaluation ran: every head it left, the
 * latest hint (the use-case checks it anyway). */
export function mergeTriggers(triggers: readonly Trigger[]): Trigger {
  const last = triggers.at(-1)
  if (last === undefined) throw new Error('mergeTriggers needs at least one trigger')
  const heads = triggers.flatMap((t) => [...(t.left ?? []), ...(t.hint?.head ? [t.hint.head] : [])])
  const left = [...new Set(heads)].filter((h) => h !== last.hint?.head)
  return { pull: last.pull, ...(last.hint ? { hint: last.hint } : {}), left }
}
