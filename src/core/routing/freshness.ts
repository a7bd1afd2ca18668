// An approval stays valid across rebases and unrelated commits, but not across any
// change to a governed template: every template's digest at the approved commit must
// equal its head digest.
import type { FreshVia, RoutingInput } from './types.js'

export type Freshness = { fresh: true; via: FreshVia } | { fresh: false; reason: string }

export function approvalFreshness(commit: string | null, input: Pick<RoutingInput, 'headSha' | 'templates' | 'digestsAt'>): Freshness {
  if (commit !== null && commit === input.headSha) return { fresh: true, via: 'head' }
  const at = commit === null ? undefined : input.digestsAt[commit]
  if (at === undefined) {
    return { fresh: false, reason: `approved commit ${short(commit)} is unknown, so unchanged prompts cannot be proven; re-approve at ${short(input.headSha)}` }
  }
  const changed = input.templates.filter((t) => at[t.path] !== t.digest).map((t) => t.path)
  if (changed.length > 0) return { fresh: false, reason: `stale: ${changed.join(', ')} changed since approval at ${short(commit)}` }
  return { fresh: true, via: 'unchanged-templates' }
}

export function short(sha: string | null): string {
  return sha === null || sha === '' ? '(none)' : sha.slice(0, 7)
}
