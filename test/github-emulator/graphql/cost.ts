// A query's rate-limit cost and node count, computed before execution the way GitHub documents
// ("Rate limits and query limits for the GraphQL API"): a connection is fetched once per item of
// the connections above it; cost = max(1, round(requests / 100)); nodes = Σ fetches × page size,
// at most 500,000. A connection without first/last (a bare totalCount) counts one fetch, no nodes.
import {
  getArgumentValues,
  getNamedType,
  isCompositeType,
  isUnionType,
  Kind,
  OperationTypeNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql'
import { included, isConnectionField } from './connection.js'

export const MAX_NODES = 500_000

export interface QueryCost {
  readonly cost: number
  readonly nodes: number
}

/** Totals per single fetch of a selection set; they scale linearly with the fetches above. */
interface Totals {
  readonly requests: number
  readonly nodes: number
}

export function queryCost(
  schema: GraphQLSchema,
  fragments: Readonly<Record<string, FragmentDefinitionNode>>,
  operation: OperationDefinitionNode,
  variables: Readonly<Record<string, unknown>>,
): QueryCost {
  // Memoised per fragment, so a fragment spread many times is walked once (linear time).
  const perFragment = new Map<string, Totals>()
  const walk = (set: SelectionSetNode, parent: GraphQLCompositeType): Totals => {
    let requests = 0
    let nodes = 0
    const add = (t: Totals) => {
      requests += t.requests
      nodes += t.nodes
    }
    for (const s of set.selections) {
      if (!included(s, variables)) continue
      if (s.kind === Kind.FIELD) {
        // Unions have only __typename; introspection fields are not in getFields().
        const field = isUnionType(parent) ? undefined : parent.getFields()[s.name.value]
        const type = field && getNamedType(field.type)
        if (!field || !s.selectionSet || !isCompositeType(type)) continue
        const below = walk(s.selectionSet, type)
        if (!isConnectionField(field)) add(below)
        else {
          const { first, last } = getArgumentValues(field, s, variables) as { first?: number | null; last?: number | null }
          const size = Math.max(0, first ?? 0, last ?? 0)
          add({ requests: 1 + size * below.requests, nodes: size + size * below.nodes })
        }
      } else if (s.kind === Kind.INLINE_FRAGMENT) {
        const type = s.typeCondition ? schema.getType(s.typeCondition.name.value) : parent
        if (isCompositeType(type)) add(walk(s.selectionSet, type))
      } else {
        const name = s.name.value
        const fragment = fragments[name]
        const type = fragment && schema.getType(fragment.typeCondition.name.value)
        if (!fragment || !isCompositeType(type)) continue
        let totals = perFragment.get(name)
        if (!totals) perFragment.set(name, (totals = walk(fragment.selectionSet, type)))
        add(totals)
      }
    }
    return { requests, nodes }
  }
  const root = operation.operation === OperationTypeNode.QUERY ? schema.getQueryType() : schema.getMutationType()
  const totals = root ? walk(operation.selectionSet, root) : { requests: 0, nodes: 0 }
  return { cost: Math.max(1, Math.round(totals.requests / 100)), nodes: totals.nodes }
}
