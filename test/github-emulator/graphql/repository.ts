// Query.repository and Repository: only the emulated repository exists.
import { stableId } from '../fixtures/users.js'
import { notFound } from './errors.js'
import { expressionPath, lookupObject } from './git-objects.js'
import { findRef } from './refs.js'
import { argsOf, type GraphQLContext, type Resolver, type Resolvers } from './resolver.js'
import { REPOSITORY, organizationSource, repoNodeId, webUrl, type PullSource, type RepositorySource } from './sources.js'

/** GitHub matches owner and name case-insensitively. */
function sameName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase()
}

export function isEmulatedOwner(ctx: GraphQLContext, login: string): boolean {
  return sameName(login, ctx.emu.repo.owner)
}

export function isEmulatedRepository(ctx: GraphQLContext, owner: string, name: string): boolean {
  return isEmulatedOwner(ctx, owner) && sameName(name, ctx.emu.repo.repo)
}

export const queryRepository: Resolver<unknown> = (_root, args, ctx) => {
  const { owner, name } = argsOf<{ owner: string; name: string }>(args)
  if (!isEmulatedRepository(ctx, owner, name))
    throw notFound(`Could not resolve to a Repository with the name '${owner}/${name}'.`)
  return REPOSITORY
}

export const repositoryResolvers: Resolvers<RepositorySource> = {
  id: (_r, _a, ctx) => repoNodeId(ctx.emu),
  databaseId: (_r, _a, ctx) => stableId('repo', `${ctx.emu.repo.owner}/${ctx.emu.repo.repo}`),
  name: (_r, _a, ctx) => ctx.emu.repo.repo,
  nameWithOwner: (_r, _a, ctx) => `${ctx.emu.repo.owner}/${ctx.emu.repo.repo}`,
  owner: (_r, _a, ctx) => organizationSource(ctx.emu.repo.owner),
  url: (_r, _a, ctx) => webUrl(ctx.emu),
  isPrivate: (_r, _a, ctx) => ctx.emu.repo.private,
  isFork: (_r, _a, ctx) => ctx.emu.repo.fork,
  createdAt: (_r, _a, ctx) => ctx.emu.repo.createdAt,
  defaultBranchRef: (_r, _a, ctx) => findRef(ctx, `refs/heads/${ctx.emu.repo.defaultBranch}`),
  ref: (_r, args, ctx) => findRef(ctx, argsOf<{ qualifiedName: string }>(args).qualifiedName),
  // A missing object is null without an error, as on GitHub.
  object: (_r, args, ctx) => {
    const { expression, oid } = argsOf<{ expression?: string | null; oid?: string | null }>(args)
    if (expression != null) return lookupObject(ctx, expression, expressionPath(expression))
    if (oid != null && /^[0-9a-f]{4,40}$/i.test(oid)) return lookupObject(ctx, oid.toLowerCase())
    return null
  },
  pullRequest: (_r, args, ctx): PullSource => {
    const { number } = argsOf<{ number: number }>(args)
    const pr = ctx.emu.state.pulls.get(number)
    if (!pr) throw notFound(`Could not resolve to a PullRequest with the number of ${number}.`)
    return { __typename: 'PullRequest', pr }
  },
}
