// Validates documents against a memory JSON Schema with Ajv (draft-07 by default, 2019-09
// and 2020-12 when `$schema` says so), with formats. Messages name the instance path and
// the rule broken, never the offending value.
import { Ajv, type ErrorObject, type Options } from 'ajv'
import { Ajv2019 } from 'ajv/dist/2019.js'
import { Ajv2020 } from 'ajv/dist/2020.js'
import addFormatsModule from 'ajv-formats'
import { err, ok, type Result } from '../result.js'

// ajv-formats is CommonJS: the callable sits on `.default` under some loaders only.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (ajv: Ajv) => Ajv

export interface SchemaValidator {
  /** `[]` when valid, else `"/pointer: message"` lines. */
  validate(value: unknown): string[]
}

function ajvFor(schema: Record<string, unknown>): Ajv {
  const options: Options = { allErrors: true, strict: false, validateFormats: true }
  const dialect = typeof schema.$schema === 'string' ? schema.$schema : ''
  const ajv = dialect.includes('2020-12')
    ? new Ajv2020(options)
    : dialect.includes('2019-09')
      ? new Ajv2019(options)
      : new Ajv(options)
  return addFormats(ajv)
}

export function describeError(e: ErrorObject): string {
  const at = e.instancePath === '' ? '/' : e.instancePath
  const params = e.params as Record<string, unknown>
  const extra = typeof params.additionalProperty === 'string' ? ` ("${params.additionalProperty}")` : ''
  return `${at}: ${e.message ?? e.keyword}${extra}`
}

export function compileSchema(schema: Record<string, unknown>): Result<SchemaValidator, string> {
  try {
    const check = ajvFor(schema).compile(schema)
    return ok({
      validate(value) {
        return check(value) ? [] : (check.errors ?? []).map(describeError)
      },
    })
  } catch (cause) {
    return err(`not a usable JSON Schema: ${(cause as Error).message}`)
  }
}
