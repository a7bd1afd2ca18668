// Shared builders for routing tables (not a test file itself).
import type { Review, RoutingInput, RoutingPolicy } from '../../../src/core/routing/index.js'

export const HEAD = 'h'.repeat(40)
export const OLD = 'o'.repeat(40)
export const OLDER = 'p'.repeat(40)

export const DEFAULT_POLICY: RoutingPolicy = {
  low: { approvals: 0, codeowners: true, allOwners: false, require: [] },
  medium: { approvals: 1, codeowners: true, allOwners: false, require: [] },
  high: { approvals: 1, codeowners: true, allOwners: true, require: [] },
  critical: { approvals: 2, codeowners: true, allOwners: true, require: [] },
  overriders: ['@org/release-captains'],
  policyOwners: [],
}

export function input(over: Partial<RoutingInput> = {}): RoutingInput {
  return {
    level: 'medium',
    reasons: ['model.temperature: temperature raised'],
    policyFiles: [],
    templates: [{ path: 'prompts/support.prompt.yml', owners: ['@org/prompt-owners'] }],
    tierPolicy: DEFAULT_POLICY,
    author: 'alice',
    coAuthors: [],
    reviews: [],
    teams: { 'org/prompt-owners': ['bob', 'carol'], 'org/release-captains': ['rita'], 'org/security': ['sam'] },
    headSha: HEAD,
    changedSince: { [OLD]: null, [OLDER]: 'prompts/support.prompt.yml changed' },
    writeAccessKnown: false,
    requireOwner: false,
    ...over,
  }
}

export function review(login: string | null, state: Review['state'], commit = HEAD, body: string | null = null): Review {
  return { user: login === null ? null : { login }, state, commit_id: commit, body }
}

export function policy(
  tier: 'low' | 'medium' | 'high' | 'critical',
  rule: Partial<RoutingPolicy['low']>,
  overriders?: string[],
): RoutingPolicy {
  return { ...DEFAULT_POLICY, [tier]: { ...DEFAULT_POLICY[tier], ...rule }, overriders: overriders ?? DEFAULT_POLICY.overriders }
}
