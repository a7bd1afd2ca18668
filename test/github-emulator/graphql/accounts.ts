// Users, bots, the organization (the repository's owner) and its teams (`state.teams`).
import { nodeId, stableId } from '../fixtures/users.js'
import { connection } from './connection.js'
import { notFound } from './errors.js'
import { isEmulatedOwner, isEmulatedRepository } from './repository.js'
import { argsOf, type GraphQLContext, type Resolver, type Resolvers } from './resolver.js'
import { REPOSITORY, actorSource, organizationSource, teamSource, type ActorSource, type TeamSource } from './sources.js'

function profileUrl(ctx: GraphQLContext, login: string): string {
  return `${ctx.emu.urls.web}/${encodeURIComponent(login)}`
}

/** Id fields as REST's simple-user gives them (derived from the REST login). */
const accountFields: Resolvers<ActorSource> = {
  id: (a) => nodeId('U', stableId('user', a.restLogin)),
  databaseId: (a) => stableId('user', a.restLogin),
  url: (a, _x, ctx) => profileUrl(ctx, a.restLogin),
  resourcePath: (a) => `/${encodeURIComponent(a.restLogin)}`,
  avatarUrl: (a) => `https://avatars.githubusercontent.com/u/${stableId('user', a.restLogin)}?v=4`,
}

export const userResolvers: Resolvers<ActorSource> = { ...accountFields, name: () => null }
export const botResolvers: Resolvers<ActorSource> = accountFields

export const organizationResolvers: Resolvers<ActorSource> = {
  ...accountFields,
  name: () => null,
  team: (o, args, ctx) => {
    const { slug } = argsOf<{ slug: string }>(args)
    return ctx.emu.state.teams.has(`${o.login}/${slug}`) ? teamSource(o.login, slug) : null
  },
  // RepositoryOwner.repository answers null, without an error, for a missing repository.
  repository: (o, args, ctx) => (isEmulatedRepository(ctx, o.login, argsOf<{ name: string }>(args).name) ? REPOSITORY : null),
}

interface MemberArgs {
  readonly membership?: 'ALL' | 'IMMEDIATE' | 'CHILD_TEAM' | null
  readonly role?: 'MEMBER' | 'MAINTAINER' | null
  readonly query?: string | null
}

export const teamResolvers: Resolvers<TeamSource> = {
  id: (t) => nodeId('T', stableId('team', `${t.org}/${t.slug}`)),
  databaseId: (t) => stableId('team', `${t.org}/${t.slug}`),
  name: (t) => t.slug, // REST names emulated teams by their slug too
  combinedSlug: (t) => `${t.org}/${t.slug}`,
  organization: (t) => organizationSource(t.org),
  url: (t, _a, ctx) => `${ctx.emu.urls.web}/orgs/${t.org}/teams/${t.slug}`,
  // Members in the order REST lists them; the emulator has no child teams and no maintainers.
  members: (t, args, ctx, info) => {
    const { membership, role, query } = argsOf<MemberArgs>(args)
    const logins =
      membership === 'CHILD_TEAM' || role === 'MAINTAINER' ? [] : (ctx.emu.state.teams.get(`${t.org}/${t.slug}`) ?? [])
    const wanted = query ? logins.filter((l) => l.toLowerCase().includes(query.toLowerCase())) : logins
    const team = `${ctx.emu.urls.web}/orgs/${t.org}/teams/${t.slug}`
    const users = wanted.map((login): ActorSource => ({ __typename: 'User', login, restLogin: login }))
    return connection(users, args, info, (user) => ({
      role: 'MEMBER',
      memberAccessUrl: `${team}/members/${user.login}`,
      memberAccessResourcePath: new URL(`${team}/members/${user.login}`).pathname,
    }))
  },
}

export const queryOrganization: Resolver<unknown> = (_root, args, ctx) => {
  const { login } = argsOf<{ login: string }>(args)
  if (!isEmulatedOwner(ctx, login)) throw notFound(`Could not resolve to an Organization with the login of '${login}'.`)
  return organizationSource(ctx.emu.repo.owner)
}

/** Any login is a user (as on the REST side) except the organization and app bots. */
export const queryUser: Resolver<unknown> = (_root, args, ctx) => {
  const { login } = argsOf<{ login: string }>(args)
  if (isEmulatedOwner(ctx, login) || login.endsWith('[bot]'))
    throw notFound(`Could not resolve to a User with the login of '${login}'.`)
  return actorSource(login)
}

/** `viewer` is typed User!, so the token's actor is shown as a User with the REST login. */
export const queryViewer: Resolver<unknown> = (_root, _args, ctx): ActorSource => ({
  __typename: 'User',
  login: ctx.actor,
  restLogin: ctx.actor,
})
