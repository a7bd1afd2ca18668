// Loads the committed OpenAPI subset and compiles Ajv validators for each operation.
import { readFileSync } from 'node:fs'
import { Ajv, type ValidateFunction, type ErrorObject } from 'ajv'
import addFormatsModule from 'ajv-formats'
import { COMPONENTS_ID, toJsonSchema, type Schema } from './to-json-schema.js'

export interface Parameter {
  readonly name: string
  readonly in: 'path' | 'query' | 'header' | 'cookie'
  readonly required: boolean
  readonly schema: Schema
}

export interface Operation {
  readonly operationId: string
  readonly parameters: readonly Parameter[]
  readonly requestBody: { readonly required: boolean; readonly schema: Schema } | null
  readonly responses: Readonly<Record<string, Schema | null>>
}

export interface Subset {
  readonly source: string
  readonly openapi: string
  readonly operations: Readonly<Record<string, Operation>>
  readonly components: { readonly schemas: Readonly<Record<string, Schema>> }
}

/** Outcome of one validation: `[]` when valid, else readable `path: message` lines. */
export type Problems = readonly string[]

export interface OperationValidator {
  readonly key: string
  readonly operation: Operation
  /** Validates and type-coerces path + query params (query strings → integers, booleans). */
  params(path: Record<string, string>, query: Record<string, string>): { problems: Problems; query: Record<string, unknown> }
  body(body: unknown): Problems
  /** `undefined` when the spec declares no such status for this operation. */
  response(status: number, body: unknown): Problems | undefined
}

export function loadSubset(): Subset {
  return JSON.parse(readFileSync(new URL('./subset.json', import.meta.url), 'utf8')) as Subset
}

// ajv-formats is CommonJS with a default export; under NodeNext the namespace may be wrapped.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (ajv: Ajv) => Ajv

function newAjv(subset: Subset, coerce: boolean): Ajv {
  const ajv = new Ajv({ strict: false, allErrors: true, coerceTypes: coerce, useDefaults: coerce, logger: false })
  addFormats(ajv)
  const definitions = Object.fromEntries(Object.entries(subset.components.schemas).map(([k, v]) => [k, toJsonSchema(v)]))
  ajv.addSchema({ $id: COMPONENTS_ID, definitions })
  return ajv
}

function describe(errors: ErrorObject[] | null | undefined): Problems {
  return (errors ?? []).slice(0, 20).map((e) => `${e.instancePath || '/'}: ${e.message ?? e.keyword}${paramsText(e)}`)
}

function paramsText(e: ErrorObject): string {
  const p = e.params as Record<string, unknown>
  if (typeof p['missingProperty'] === 'string') return ''
  if (Array.isArray(p['allowedValues'])) return ` (${p['allowedValues'].join(', ')})`
  return ''
}

function objectSchema(params: readonly Parameter[]): Schema {
  return {
    type: 'object',
    properties: Object.fromEntries(params.map((p) => [p.name, toJsonSchema(p.schema)])),
    required: params.filter((p) => p.required).map((p) => p.name),
  }
}

function run(fn: ValidateFunction, data: unknown): Problems {
  return fn(data) ? [] : describe(fn.errors)
}

/** Compiles every operation of the subset once; look validators up by "METHOD /template". */
export function compileSubset(subset: Subset = loadSubset()): Map<string, OperationValidator> {
  const strict = newAjv(subset, false)
  const coercing = newAjv(subset, true)
  const out = new Map<string, OperationValidator>()
  for (const [key, operation] of Object.entries(subset.operations)) {
    const pathParams = coercing.compile(objectSchema(operation.parameters.filter((p) => p.in === 'path')))
    const queryParams = coercing.compile(objectSchema(operation.parameters.filter((p) => p.in === 'query')))
    const body = operation.requestBody ? strict.compile(toJsonSchema(operation.requestBody.schema)) : null
    const responses = new Map<string, ValidateFunction | null>()
    for (const [status, schema] of Object.entries(operation.responses)) {
      responses.set(status, schema ? strict.compile(toJsonSchema(schema)) : null)
    }
    out.set(key, {
      key,
      operation,
      params(path, query) {
        const coerced: Record<string, unknown> = { ...query }
        const problems = [...run(pathParams, { ...path }), ...run(queryParams, coerced)]
        return { problems, query: coerced }
      },
      body(data) {
        if (!body) return data === undefined ? [] : ['/: this operation takes no request body']
        if (data === undefined) return operation.requestBody?.required ? ['/: request body is required'] : []
        return run(body, data)
      },
      response(status, data) {
        const fn = responses.get(String(status))
        if (fn === undefined) return undefined
        // Some error statuses are declared without content although GitHub sends an error body.
        if (fn === null) return data === undefined || status >= 400 ? [] : [`/: status ${status} is declared without a body`]
        return run(fn, data)
      },
    })
  }
  return out
}
