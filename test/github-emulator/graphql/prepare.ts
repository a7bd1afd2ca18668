// From a request body to an operation ready to run: shape of the body, parse, validation against
// GitHub's schema, operation selection and variable coercion, all by graphql-js. Any failure is
// answered the way GitHub answers it: HTTP 200 with `errors` and no `data`.
import {
  getVariableValues,
  GraphQLError,
  Kind,
  parse,
  validate,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql'
import { gitHubError, type GitHubErrorJson } from './errors.js'

export interface GraphQLRequest {
  readonly query: string
  readonly variables: Readonly<Record<string, unknown>>
  readonly operationName: string | undefined
}

export interface PreparedOperation {
  readonly ok: true
  readonly request: GraphQLRequest
  readonly document: DocumentNode
  readonly operation: OperationDefinitionNode
  readonly fragments: Readonly<Record<string, FragmentDefinitionNode>>
  /** Coerced against the operation's variable definitions (defaults applied). */
  readonly variables: Readonly<Record<string, unknown>>
}

export interface Rejected {
  readonly ok: false
  readonly errors: readonly GitHubErrorJson[]
}

function rejected(...messages: string[]): Rejected {
  return { ok: false, errors: messages.map((message) => ({ message })) }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** `{ query, variables?, operationName? }`, as GitHub and @octokit/graphql send it. */
function readRequest(body: unknown): GraphQLRequest | Rejected {
  if (!isObject(body) || typeof body['query'] !== 'string')
    return rejected('A query attribute must be specified and must be a string.')
  const { variables, operationName } = body
  if (variables != null && !isObject(variables)) return rejected('Variables must be a JSON object.')
  if (operationName != null && typeof operationName !== 'string') return rejected('operationName must be a string.')
  return { query: body['query'], variables: variables ?? {}, operationName: operationName ?? undefined }
}

function pickOperation(document: DocumentNode, name: string | undefined): OperationDefinitionNode | string {
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)
  if (name !== undefined) return operations.find((o) => o.name?.value === name) ?? `Unknown operation named "${name}".`
  if (operations.length === 1 && operations[0]) return operations[0]
  return operations.length === 0
    ? 'Must provide an operation.'
    : 'Must provide operation name if query contains multiple operations.'
}

export function prepare(schema: GraphQLSchema, body: unknown): PreparedOperation | Rejected {
  const request = readRequest(body)
  if ('ok' in request) return request
  let document: DocumentNode
  try {
    document = parse(request.query)
  } catch (error) {
    if (error instanceof GraphQLError) return { ok: false, errors: [gitHubError(error)] }
    throw error
  }
  const invalid = validate(schema, document)
  if (invalid.length > 0) return { ok: false, errors: invalid.map(gitHubError) }
  const operation = pickOperation(document, request.operationName)
  if (typeof operation === 'string') return rejected(operation)
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], request.variables)
  if (coerced.errors) return { ok: false, errors: coerced.errors.map(gitHubError) }
  const fragments = Object.fromEntries(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((f) => [f.name.value, f]),
  )
  return { ok: true, request, document, operation, fragments, variables: coerced.coerced }
}
