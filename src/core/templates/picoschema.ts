// Dotprompt `input.schema`: Picoschema (`name?: type, description`, `(object)`, `(array)`,
// `(enum)` modifiers) or plain JSON Schema, flattened into declared inputs. Nested fields
// are named with dots (`address.street`; array items as `tags[].name`).
import type { DeclaredInput } from '../types.js'
import { asRecord, asString } from './values.js'
import type { Json } from './values.js'
import type { YamlPath, YamlView } from './yaml-view.js'

const MAX_DEPTH = 6

interface FieldKey {
  name: string
  optional: boolean
  modifier?: string
  description?: string
}

/** `tags?(array, the tags)` → name tags, optional, modifier array, description. */
export function parseFieldKey(raw: string): FieldKey {
  const open = raw.indexOf('(')
  const head = (open === -1 ? raw : raw.slice(0, open)).trim()
  const optional = head.endsWith('?')
  const key: FieldKey = { name: optional ? head.slice(0, -1).trim() : head, optional }
  if (open !== -1) {
    const close = raw.lastIndexOf(')')
    const inner = raw.slice(open + 1, close > open ? close : raw.length)
    const comma = inner.indexOf(',')
    key.modifier = (comma === -1 ? inner : inner.slice(0, comma)).trim().toLowerCase()
    const description = comma === -1 ? '' : inner.slice(comma + 1).trim()
    if (description) key.description = description
  }
  return key
}

function splitTypeDescription(value: string): { type: string; description?: string } {
  const comma = value.indexOf(',')
  if (comma === -1) return { type: value.trim() }
  return { type: value.slice(0, comma).trim(), description: value.slice(comma + 1).trim() }
}

function isJsonSchema(schema: Json): boolean {
  // A Picoschema may itself declare a field called `type`, so only `type: object` counts.
  return schema['type'] === 'object' || asRecord(schema['properties']) !== undefined
}

class SchemaReader {
  readonly out: DeclaredInput[] = []
  constructor(private readonly view: YamlView) {}

  private push(name: string, fields: Omit<DeclaredInput, 'name'>, keyPath: YamlPath): void {
    const input: DeclaredInput = { name }
    if (fields.type) input.type = fields.type
    if (fields.required !== undefined) input.required = fields.required
    if (fields.description) input.description = fields.description
    const line = this.view.keyLine(keyPath)
    if (line !== undefined) input.line = line
    this.out.push(input)
  }

  pico(schema: Json, path: YamlPath, prefix: string, depth: number): void {
    for (const [raw, value] of Object.entries(schema)) {
      const key = parseFieldKey(raw)
      if (key.name === '*' || key.name === '') continue
      const name = prefix + key.name
      const nested = asRecord(value)
      const text = asString(value)
      const parsed = text !== undefined ? splitTypeDescription(text) : undefined
      const type = key.modifier ?? (nested ? 'object' : (parsed?.type ?? 'any'))
      const description = key.description ?? parsed?.description
      this.push(name, { type, required: !key.optional, description }, [...path, raw])
      if (nested && depth < MAX_DEPTH) {
        const childPrefix = type === 'array' ? `${name}[].` : `${name}.`
        if (isJsonSchema(nested)) this.json(nested, [...path, raw], childPrefix, depth + 1)
        else this.pico(nested, [...path, raw], childPrefix, depth + 1)
      }
    }
  }

  json(schema: Json, path: YamlPath, prefix: string, depth: number): void {
    const props = asRecord(schema['properties']) ?? {}
    const required = Array.isArray(schema['required']) ? schema['required'] : []
    for (const [name, value] of Object.entries(props)) {
      const prop = asRecord(value) ?? {}
      const t = prop['type']
      // A closed set of values is not free text, whatever its base type.
      const type = Array.isArray(prop['enum']) ? 'enum' : Array.isArray(t) ? t.map(String).join('|') : asString(t)
      const description = asString(prop['description'])
      const keyPath = [...path, 'properties', name]
      this.push(prefix + name, { type, required: required.includes(name), description }, keyPath)
      if (asRecord(prop['properties']) && depth < MAX_DEPTH) this.json(prop, keyPath, `${prefix}${name}.`, depth + 1)
    }
  }
}

/** Declared inputs from the schema at `path` (a named schema reference yields none). */
export function schemaInputs(view: YamlView, path: YamlPath): DeclaredInput[] {
  const schema = asRecord(view.get(path))
  if (!schema) return []
  const reader = new SchemaReader(view)
  if (isJsonSchema(schema)) reader.json(schema, path, '', 0)
  else reader.pico(schema, path, '', 0)
  return reader.out
}
