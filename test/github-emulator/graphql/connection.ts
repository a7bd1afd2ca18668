// Relay connections the way GitHub serves them: opaque cursors, first/last/after/before, and
// GitHub's rules that graphql-js does not know: a connection whose nodes or edges are selected
// needs `first` or `last` (a bare `totalCount` does not), and each must be within 1..100.
import {
  getDirectiveValues,
  getNamedType,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  Kind,
  type GraphQLField,
  type GraphQLResolveInfo,
  type SelectionNode,
  type SelectionSetNode,
} from 'graphql'
import { GitHubGraphQLError } from './errors.js'
import type { Args } from './resolver.js'

export const MAX_PAGE_SIZE = 100

export interface PageInfo {
  readonly hasNextPage: boolean
  readonly hasPreviousPage: boolean
  readonly startCursor: string | null
  readonly endCursor: string | null
}

export interface Connection<T> {
  readonly totalCount: number
  readonly nodes: readonly T[]
  readonly edges: ReadonlyArray<Record<string, unknown> & { readonly cursor: string; readonly node: T }>
  readonly pageInfo: PageInfo
}

interface PageArgs {
  readonly first?: number | null
  readonly last?: number | null
  readonly after?: string | null
  readonly before?: string | null
}

const connectionFields = new WeakMap<GraphQLField<unknown, unknown>, boolean>()

/** A field returning a `…Connection` type and taking `first`/`last`, as GitHub's connections do. */
export function isConnectionField(field: GraphQLField<unknown, unknown>): boolean {
  let known = connectionFields.get(field)
  if (known === undefined) {
    const args = new Set(field.args.map((a) => a.name))
    known = getNamedType(field.type).name.endsWith('Connection') && args.has('first') && args.has('last')
    connectionFields.set(field, known)
  }
  return known
}

/** False when `@skip(if: true)` or `@include(if: false)` removes the selection. */
export function included(node: SelectionNode, variables: Readonly<Record<string, unknown>>): boolean {
  if (getDirectiveValues(GraphQLSkipDirective, node, variables)?.['if'] === true) return false
  return getDirectiveValues(GraphQLIncludeDirective, node, variables)?.['if'] !== false
}

function selectsItems(info: GraphQLResolveInfo): boolean {
  const visit = (set: SelectionSetNode | undefined): boolean =>
    (set?.selections ?? []).some((s) => {
      if (!included(s, info.variableValues)) return false
      if (s.kind === Kind.FIELD) return s.name.value === 'nodes' || s.name.value === 'edges'
      if (s.kind === Kind.INLINE_FRAGMENT) return visit(s.selectionSet)
      return visit(info.fragments[s.name.value]?.selectionSet)
    })
  return info.fieldNodes.some((f) => visit(f.selectionSet))
}

/** Throws GitHub's MISSING_PAGINATION_BOUNDARIES / EXCESSIVE_PAGINATION field errors. */
export function checkPagination(info: GraphQLResolveInfo, args: Args): void {
  const { first, last } = args as PageArgs
  const name = info.fieldName
  if (first == null && last == null) {
    if (!selectsItems(info)) return
    const message = `You must provide a \`first\` or \`last\` value to properly paginate the \`${name}\` connection.`
    throw new GitHubGraphQLError('MISSING_PAGINATION_BOUNDARIES', message, true)
  }
  for (const [arg, value] of [
    ['first', first],
    ['last', last],
  ] as const) {
    if (value == null) continue
    if (value > MAX_PAGE_SIZE) {
      const message = `Requesting ${value} records on the \`${name}\` connection exceeds the \`${arg}\` limit of ${MAX_PAGE_SIZE} records.`
      throw new GitHubGraphQLError('EXCESSIVE_PAGINATION', message, true)
    }
    // GitHub documents 1..100 for first and last.
    if (value < 1) {
      const message = `\`${arg}\` on the \`${name}\` connection must be between 1 and ${MAX_PAGE_SIZE}, not ${value}.`
      throw new GitHubGraphQLError('EXCESSIVE_PAGINATION', message, true)
    }
  }
}

// A cursor names the connection type and an index into its (filtered) list, so a cursor from
// another connection is refused, as GitHub refuses a cursor it did not issue.
function encodeCursor(kind: string, index: number): string {
  return Buffer.from(`cursor:v2:${kind}:${index}`).toString('base64')
}

function decodeCursor(kind: string, cursor: string): number {
  const match = /^cursor:v2:([A-Za-z]+):(\d{1,9})$/.exec(Buffer.from(cursor, 'base64').toString('utf8'))
  if (!match || match[1] !== kind || encodeCursor(kind, Number(match[2])) !== cursor) {
    throw new GitHubGraphQLError('INVALID_CURSOR_ARGUMENTS', `\`${cursor}\` does not appear to be a valid cursor.`, true)
  }
  return Number(match[2])
}

/** One page of `items` (already filtered and ordered) shaped as a GitHub connection. */
export function connection<T>(
  items: readonly T[],
  args: Args,
  info: GraphQLResolveInfo,
  edgeFields: (node: T) => Record<string, unknown> = () => ({}),
): Connection<T> {
  const { first, last, after, before } = args as PageArgs
  const kind = getNamedType(info.returnType).name
  let start = after == null ? 0 : Math.min(items.length, decodeCursor(kind, after) + 1)
  let end = before == null ? items.length : Math.min(items.length, decodeCursor(kind, before))
  start = Math.min(start, end)
  if (first != null) end = Math.min(end, start + Math.max(0, first))
  if (last != null) start = Math.max(start, end - Math.max(0, last))
  const nodes = items.slice(start, end)
  const edges = nodes.map((node, i) => ({ ...edgeFields(node), cursor: encodeCursor(kind, start + i), node }))
  return {
    totalCount: items.length,
    nodes,
    edges,
    pageInfo: {
      hasNextPage: end < items.length,
      hasPreviousPage: start > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  }
}
