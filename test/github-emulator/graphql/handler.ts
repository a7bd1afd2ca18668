// The GraphQL endpoint: POST /graphql (api.github.com) or /api/graphql (GHES).
// auth as REST → JSON → parse + validate against GitHub's schema → node limit → fault → execute.
// Everything the client got wrong, and every error GitHub would not have sent, is a violation.
import type { IncomingHttpHeaders } from 'node:http'
import { execute, Kind, OperationTypeNode, type ExecutionResult, type GraphQLError, type OperationDefinitionNode } from 'graphql'
import { faultReply } from '../faults.js'
import { callerOf, isJwt, parseBody, type PipelineDeps, type PipelineResult, type Violation } from '../pipeline.js'
import { MAX_NODES, queryCost } from './cost.js'
import { GitHubGraphQLError, gitHubError, isExpected, NotEmulatedError, type GitHubErrorJson } from './errors.js'
import { prepare, type PreparedOperation } from './prepare.js'
import { fieldResolverFor, requestContext, typeResolver, type RateLimitInfo } from './resolver.js'
import { RESOLVERS } from './resolvers.js'
import { githubSchema } from './schema.js'

/** The key faults and violations use for this endpoint under either path prefix. */
export const GRAPHQL_ROUTE = 'POST /graphql'
/** GitHub does not publish how much of a blob `text` returns; 512 KiB is the emulator's guess. */
export const DEFAULT_BLOB_TEXT_LIMIT = 512 * 1024
const POINTS_PER_HOUR = 5000
const DOCS = 'https://docs.github.com/graphql'

export interface GraphQLEndpointOptions {
  readonly blobTextLimit?: number
}

/** Where @octokit/graphql sends queries: a baseUrl ending in /api/v3 maps to /api/graphql. */
export function graphqlPath(pathPrefix: string): string {
  return /\/api\/v3$/.test(pathPrefix) ? pathPrefix.replace(/\/api\/v3$/, '/api/graphql') : `${pathPrefix}/graphql`
}

const fieldResolver = fieldResolverFor(RESOLVERS)

type RecordViolation = (kind: Violation['kind'], status: number, problems: string[]) => void

function describe(error: GraphQLError): string {
  const where = error.path ? `${error.path.join('.')}: ` : ''
  const original = error.originalError
  const type = original instanceof GitHubGraphQLError ? `${original.type}: ` : ''
  // A resolver crash carries its stack, like a REST handler crash does.
  const crashed = original && !(original instanceof GitHubGraphQLError) && !(original instanceof NotEmulatedError)
  const bug = crashed ? `\n${original.stack ?? ''}` : ''
  return `${where}${type}${error.message}${bug}`
}

function problemsOf(errors: readonly GitHubErrorJson[]): string[] {
  return errors.map(
    (e) =>
      `${e.type ? `${e.type}: ` : ''}${e.message}${e.locations?.[0] ? ` (${e.locations[0].line}:${e.locations[0].column})` : ''}`,
  )
}

export class GraphQLEndpoint {
  readonly path: string
  readonly #deps: PipelineDeps
  readonly #blobTextLimit: number
  #used = 0

  constructor(deps: PipelineDeps, options: GraphQLEndpointOptions = {}) {
    this.#deps = deps
    this.path = graphqlPath(deps.pathPrefix)
    this.#blobTextLimit = options.blobTextLimit ?? DEFAULT_BLOB_TEXT_LIMIT
  }

  /** Only POST is served; other methods fall through to the REST pipeline (and its 404). */
  matches(method: string, rawUrl: string): boolean {
    return method === 'POST' && new URL(rawUrl, 'http://emulator').pathname === this.path
  }

  async handle(method: string, rawUrl: string, headers: IncomingHttpHeaders, rawBody: string): Promise<PipelineResult> {
    const violation = (kind: Violation['kind'], status: number, problems: string[]) =>
      this.#deps.violations.push({ kind, method, url: rawUrl, operation: GRAPHQL_ROUTE, status, problems })
    try {
      return await this.#handle(headers, rawBody, violation)
    } catch (error) {
      // Resolver errors are caught by graphql-js; this is a crash in the endpoint itself.
      violation('graphql', 500, [`endpoint threw: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`])
      return { status: 500, body: { message: `emulator bug: ${error instanceof Error ? error.message : String(error)}` } }
    }
  }

  async #handle(headers: IncomingHttpHeaders, rawBody: string, violation: RecordViolation): Promise<PipelineResult> {
    const caller = callerOf(headers, this.#deps)
    if (!caller || isJwt(caller.token)) {
      const message = caller
        ? 'A JSON web token is not accepted here; use an installation access token'
        : 'This endpoint requires you to be authenticated.'
      violation('auth', 401, [caller ? message : 'missing or malformed authorization header'])
      return {
        status: 401,
        body: { message, documentation_url: `${DOCS}/guides/forming-calls-with-graphql#authenticating-with-graphql` },
        headers: this.#headers(),
      }
    }
    const parsed = parseBody(rawBody)
    if (!parsed.ok) {
      violation('json', 400, ['request body is not JSON'])
      return { status: 400, body: { message: 'Problems parsing JSON', documentation_url: DOCS }, headers: this.#headers() }
    }
    const { schema } = githubSchema()
    const prepared = prepare(schema, parsed.value)
    if (!prepared.ok) return this.#reject(prepared.errors, violation)
    if (prepared.operation.operation !== OperationTypeNode.QUERY)
      return this.#refuseWrite(prepared.operation, caller.readOnly, violation)
    const { cost, nodes } = queryCost(schema, prepared.fragments, prepared.operation, prepared.variables)
    if (nodes > MAX_NODES) {
      const message = `This query requests up to ${nodes.toLocaleString('en-US')} possible nodes which exceeds the maximum limit of ${MAX_NODES.toLocaleString('en-US')}.`
      return this.#reject([{ type: 'MAX_NODE_LIMIT_EXCEEDED', message }], violation)
    }
    const fault = this.#deps.faults.take('POST', '/graphql', GRAPHQL_ROUTE)
    const faulted = fault && faultReply(fault, Math.floor(Date.now() / 1000))
    if (faulted) return { ...faulted, headers: { ...this.#headers(), ...faulted.headers }, delayMs: fault.delayMs ?? 0 }
    this.#used += cost
    const result = await this.#execute(prepared, caller.login, { cost, nodeCount: nodes, ...this.#budget() })
    const errors = result.errors ?? []
    const unexpected = errors.filter((e) => !isExpected(e))
    if (unexpected.length > 0) violation('graphql', 200, unexpected.map(describe))
    const body = { data: result.data ?? null, ...(errors.length > 0 ? { errors: errors.map(gitHubError) } : {}) }
    return { status: 200, body, headers: this.#headers(), ...(fault?.delayMs ? { delayMs: fault.delayMs } : {}) }
  }

  #execute(prepared: PreparedOperation, actor: string, rateLimit: RateLimitInfo): Promise<ExecutionResult> {
    const contextValue = requestContext({ emu: this.#deps.ctx, actor, blobTextLimit: this.#blobTextLimit, rateLimit })
    return Promise.resolve(
      execute({
        schema: githubSchema().schema,
        document: prepared.document,
        operationName: prepared.operation.name?.value,
        variableValues: prepared.request.variables,
        contextValue,
        fieldResolver,
        typeResolver,
      }),
    )
  }

  #budget(): Omit<RateLimitInfo, 'cost' | 'nodeCount'> {
    // The window resets an hour after the emulator's clock starts, so answers are deterministic.
    const resetAt = new Date(this.#deps.ctx.state.startTime + 3600_000).toISOString().replace('.000Z', 'Z')
    return { limit: POINTS_PER_HOUR, used: this.#used, remaining: Math.max(0, POINTS_PER_HOUR - this.#used), resetAt }
  }

  #headers(): Record<string, string> {
    const budget = this.#budget()
    return {
      'x-ratelimit-resource': 'graphql',
      'x-ratelimit-limit': String(budget.limit),
      'x-ratelimit-remaining': String(budget.remaining),
      'x-ratelimit-used': String(budget.used),
      'x-ratelimit-reset': String(Date.parse(budget.resetAt) / 1000),
    }
  }

  #reject(errors: readonly GitHubErrorJson[], violation: RecordViolation): PipelineResult {
    violation('graphql', 200, problemsOf(errors))
    return { status: 200, body: { errors }, headers: this.#headers() }
  }

  /**
   * No mutation is emulated. A read-only (fork) token gets what GitHub sends it, FORBIDDEN per
   * field; any other token gets an error and a violation, since the answer would be invented.
   */
  #refuseWrite(operation: OperationDefinitionNode, readOnly: boolean, violation: RecordViolation): PipelineResult {
    if (operation.operation === OperationTypeNode.MUTATION && readOnly) {
      const fields = operation.selectionSet.selections.flatMap((s) => (s.kind === Kind.FIELD ? [s] : []))
      const data = Object.fromEntries(fields.map((f) => [f.alias?.value ?? f.name.value, null]))
      const errors = fields.map((f) => ({
        type: 'FORBIDDEN',
        path: [f.alias?.value ?? f.name.value],
        locations: f.loc ? [{ line: f.loc.startToken.line, column: f.loc.startToken.column }] : [],
        message: 'Resource not accessible by integration',
      }))
      return { status: 200, body: { data, errors }, headers: this.#headers() }
    }
    return this.#reject(
      [{ message: `The GitHub emulator serves queries only; ${operation.operation} operations are not emulated.` }],
      violation,
    )
  }
}
