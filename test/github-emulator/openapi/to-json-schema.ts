// OpenAPI 3.0 schemas are "almost" JSON Schema: `nullable: true` has no JSON Schema meaning
// and `$ref`s point into the OpenAPI document. This converts one schema so Ajv can use it.

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }
export type Schema = { [key: string]: Json }

const SCHEMA_MAPS = new Set(['properties', 'patternProperties'])
const SCHEMA_ONE = new Set(['items', 'additionalProperties', 'not'])
const SCHEMA_LIST = new Set(['allOf', 'anyOf', 'oneOf'])
const COMPONENT_PREFIX = '#/components/schemas/'

/** Id under which the converted component schemas are registered with Ajv. */
export const COMPONENTS_ID = 'github-components'

function isSchema(value: Json | undefined): value is Schema {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function convertChild(key: string, value: Json): Json {
  if (SCHEMA_MAPS.has(key) && isSchema(value)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, isSchema(v) ? toJsonSchema(v) : v]))
  }
  if (SCHEMA_ONE.has(key) && isSchema(value)) return toJsonSchema(value)
  if (SCHEMA_LIST.has(key) && Array.isArray(value)) return value.map((v) => (isSchema(v) ? toJsonSchema(v) : v))
  if (key === '$ref' && typeof value === 'string' && value.startsWith(COMPONENT_PREFIX)) {
    return `${COMPONENTS_ID}#/definitions/${value.slice(COMPONENT_PREFIX.length)}`
  }
  return value
}

/** Converts `nullable` (3.0) to a JSON Schema null type; 3.1 `type: [..., 'null']` passes through. */
export function toJsonSchema(schema: Schema): Schema {
  const out: Schema = {}
  for (const [key, value] of Object.entries(schema)) {
    if (key !== 'nullable') out[key] = convertChild(key, value)
  }
  if (schema['nullable'] !== true) return out
  const type = out['type']
  if (typeof type === 'string') {
    out['type'] = [type, 'null']
    const values = out['enum']
    if (Array.isArray(values) && !values.includes(null)) out['enum'] = [...values, null]
    return out
  }
  // No single type to widen (e.g. `allOf: [$ref]` or `oneOf`): accept null beside the schema.
  return { anyOf: [out, { type: 'null' }] }
}
