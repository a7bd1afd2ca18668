// How resolvers attach to the SDL-built schema. One fieldResolver looks up
// `map[parentType][field]`; a field with no resolver reads the same-named property of its source
// object; abstract types (GitObject, Actor, RequestedReviewer, RuleParameters…) resolve through
// the source's `__typename`. This file is the resolver boundary: sources arrive as `unknown`.
import { isNonNullType, type GraphQLFieldResolver, type GraphQLResolveInfo, type GraphQLTypeResolver } from 'graphql'
import type { EmulatorContext } from '../context.js'
import { checkPagination, isConnectionField } from './connection.js'
import { NotEmulatedError } from './errors.js'

export interface RateLimitInfo {
  readonly limit: number
  readonly cost: number
  readonly used: number
  readonly remaining: number
  readonly resetAt: string
  readonly nodeCount: number
}

/** What every resolver of one request sees. */
export interface GraphQLContext {
  readonly emu: EmulatorContext
  /** Login of the token's owner (`viewer`). */
  readonly actor: string
  /** Bytes of a blob that `Blob.text` returns before `isTruncated` turns true. */
  readonly blobTextLimit: number
  readonly rateLimit: RateLimitInfo
  /** Shares one git read among the fields and aliases of a request that need it. */
  memo<T>(key: string, load: () => Promise<T>): Promise<T>
}

export type Args = Readonly<Record<string, unknown>>
export type Resolver<S> = (source: S, args: Args, ctx: GraphQLContext, info: GraphQLResolveInfo) => unknown
export type Resolvers<S> = Readonly<Record<string, Resolver<S>>>
/** Resolvers by GraphQL type name; `never` lets each type's table declare its own source type. */
export type ResolverMap = Readonly<Record<string, Resolvers<never>>>

/** graphql-js coerced the arguments against the schema already; this types them for a resolver. */
export function argsOf<T>(args: Args): T {
  return args as T
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null
}

export function requestContext(fields: Omit<GraphQLContext, 'memo'>): GraphQLContext {
  const cache = new Map<string, Promise<unknown>>()
  return {
    ...fields,
    memo<T>(key: string, load: () => Promise<T>): Promise<T> {
      let hit = cache.get(key)
      if (!hit) cache.set(key, (hit = load()))
      return hit as Promise<T>
    },
  }
}

export function fieldResolverFor(map: ResolverMap): GraphQLFieldResolver<unknown, GraphQLContext, Args> {
  return (source, args, ctx, info) => {
    const field = info.parentType.getFields()[info.fieldName]
    if (field && isConnectionField(field)) checkPagination(info, args)
    const resolve = map[info.parentType.name]?.[info.fieldName]
    // The table for parentType was written for that type's sources, so the cast is sound.
    if (resolve) return resolve(source as never, args, ctx, info)
    if (isRecord(source) && Object.hasOwn(source, info.fieldName)) return source[info.fieldName]
    // Null is an honest answer for a nullable field the emulator does not model; a non-null one
    // has no honest answer, so it becomes an error (and a violation) rather than invented data.
    if (isNonNullType(info.returnType)) throw new NotEmulatedError(`${info.parentType.name}.${info.fieldName} is not emulated`)
    return null
  }
}

export const typeResolver: GraphQLTypeResolver<unknown, GraphQLContext> = (value) =>
  isRecord(value) && typeof value['__typename'] === 'string' ? value['__typename'] : undefined
