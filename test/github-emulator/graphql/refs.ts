// Ref: a branch or tag with its target, branch protection rule and ruleset rules.
import { nodeId, stableId } from '../fixtures/users.js'
import { connection } from './connection.js'
import { lookupObject } from './git-objects.js'
import { branchProtectionRule, branchRules } from './protection.js'
import type { GraphQLContext, Resolvers } from './resolver.js'
import { REPOSITORY, refSource, type RefSource } from './sources.js'

const BRANCH_PREFIX = 'refs/heads/'

/**
 * GitHub tries a fully qualified name first (`refs/heads/main`), then a short one as a branch,
 * then as a tag. Only exact ref names match: `main~1` is a revision, not a ref.
 */
export function findRef(ctx: GraphQLContext, name: string): Promise<RefSource | null> {
  return ctx.memo(`ref:${name}`, async () => {
    const candidates = name.startsWith('refs/') ? [name] : [`${BRANCH_PREFIX}${name}`, `refs/tags/${name}`]
    for (const qualified of candidates) {
      const found = (await ctx.emu.git.listRefs(qualified)).find((r) => r.ref === qualified)
      if (found) return refSource(qualified, found.sha)
    }
    return null
  })
}

function branchOf(ref: RefSource): string | undefined {
  return ref.qualifiedName.startsWith(BRANCH_PREFIX) ? ref.name : undefined
}

export const refResolvers: Resolvers<RefSource> = {
  id: (r) => nodeId('REF', stableId('ref', r.qualifiedName)),
  target: (r, _a, ctx) => lookupObject(ctx, r.oid),
  repository: () => REPOSITORY,
  branchProtectionRule: (r, _a, ctx) => {
    const branch = branchOf(r)
    return branch === undefined ? null : branchProtectionRule(ctx.emu, branch)
  },
  rules: (r, args, ctx, info) => {
    const branch = branchOf(r)
    return connection(branch === undefined ? [] : branchRules(ctx.emu.state.rulesets, branch), args, info)
  },
}
