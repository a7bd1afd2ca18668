// Compares two versions of a memory/context JSON Schema and lists what breaks existing
// documents or their readers. Covers `type`, `enum`/`const`, `properties` + `required`,
// `additionalProperties`, `items` and `$defs`/`definitions`, recursively. Not analysed:
// `$ref` targets outside `$defs`, `anyOf`/`oneOf`/`allOf`, numeric and length limits.
//
// Rename heuristic: a required field that disappears, paired with a field that appears
// in the same object with the same `type` (both typeless counts as the same), is reported
// once as `renamed-required` instead of a removal plus an addition. Candidates that are
// required in the new version are tried first, then document order.
import { isPlainObject } from './json-text.js'
import { getOrSet } from '../memo.js'

export type BreakingKind = 'removed-required' | 'renamed-required' | 'type-narrowed' | 'enum-value-removed' | 'required-added'
export type CompatibleKind =
  'optional-added' | 'optional-removed' | 'type-widened' | 'enum-value-added' | 'required-relaxed' | 'required-added-with-default'

export interface SchemaChange<K extends string> {
  kind: K
  /** JSON Pointer into the schema (head side; base side for removals), e.g. `/properties/user/properties/name`. */
  pointer: string
  detail: string
}
export type BreakingChange = SchemaChange<BreakingKind>
export type CompatibleChange = SchemaChange<CompatibleKind>

export interface SchemaDiff {
  breaking: BreakingChange[]
  compatible: CompatibleChange[]
}

type Schema = Record<string, unknown>

/** Hostile schemas cannot recurse us into a stack overflow. */
const MAX_DEPTH = 64

const escape = (key: string): string => key.replaceAll('~', '~0').replaceAll('/', '~1')
/** `true` accepts everything; `false` accepts nothing (no type at all). */
const asSchema = (value: unknown): Schema => (isPlainObject(value) ? value : value === false ? { type: [] } : {})

export function diffSchemas(base: Schema, head: Schema): SchemaDiff {
  const out: SchemaDiff = { breaking: [], compatible: [] }
  walk(base, head, '', out, 0)
  return out
}

function walk(b: Schema, h: Schema, ptr: string, out: SchemaDiff, depth: number): void {
  if (depth > MAX_DEPTH) return
  compareType(b, h, ptr, out)
  compareEnum(b, h, ptr, out)
  compareObject(b, h, ptr, out, depth)
  compareItems(b, h, ptr, out, depth)
  for (const key of ['$defs', 'definitions']) {
    const bd = b[key]
    const hd = h[key]
    if (!isPlainObject(bd) || !isPlainObject(hd)) continue
    for (const name of Object.keys(bd))
      if (name in hd) walk(asSchema(bd[name]), asSchema(hd[name]), `${ptr}/${key}/${escape(name)}`, out, depth + 1)
  }
}

// --- type -----------------------------------------------------------------------------

/** `null` means unrestricted. */
function typesOf(s: Schema): Set<string> | null {
  const t = s.type
  if (typeof t === 'string') return new Set([t])
  if (Array.isArray(t)) return new Set(t.filter((x): x is string => typeof x === 'string'))
  return null
}

const accepts = (set: Set<string> | null, t: string): boolean =>
  set === null || set.has(t) || (t === 'integer' && set.has('number'))
const show = (set: Set<string> | null): string => (set === null ? 'any type' : set.size === 0 ? 'nothing' : [...set].join('|'))

function compareType(b: Schema, h: Schema, ptr: string, out: SchemaDiff): void {
  const bt = typesOf(b)
  const ht = typesOf(h)
  const lost = bt === null ? (ht === null ? [] : ['any']) : [...bt].filter((t) => !accepts(ht, t))
  const gained = ht === null ? (bt === null ? [] : ['any']) : [...ht].filter((t) => !accepts(bt, t))
  const detail = `type ${show(bt)} → ${show(ht)}`
  if (lost.length > 0) out.breaking.push({ kind: 'type-narrowed', pointer: ptr || '/', detail })
  else if (gained.length > 0) out.compatible.push({ kind: 'type-widened', pointer: ptr || '/', detail })
}

// --- enum / const ---------------------------------------------------------------------

function enumOf(s: Schema): unknown[] | null {
  if (Array.isArray(s.enum)) return s.enum as unknown[]
  return 'const' in s ? [s.const] : null
}

function compareEnum(b: Schema, h: Schema, ptr: string, out: SchemaDiff): void {
  const be = enumOf(b)
  const he = enumOf(h)
  const at = ptr || '/'
  if (be === null && he === null) return
  if (be === null)
    return void out.breaking.push({ kind: 'type-narrowed', pointer: at, detail: `now restricted to ${JSON.stringify(he)}` })
  if (he === null) return void out.compatible.push({ kind: 'type-widened', pointer: at, detail: 'enum restriction removed' })
  const headKeys = new Set(he.map((v) => JSON.stringify(v)))
  const baseKeys = new Set(be.map((v) => JSON.stringify(v)))
  for (const key of baseKeys)
    if (!headKeys.has(key)) out.breaking.push({ kind: 'enum-value-removed', pointer: at, detail: `enum value ${key} removed` })
  for (const key of headKeys)
    if (!baseKeys.has(key)) out.compatible.push({ kind: 'enum-value-added', pointer: at, detail: `enum value ${key} added` })
}

// --- objects --------------------------------------------------------------------------

const propsOf = (s: Schema): Record<string, unknown> => (isPlainObject(s.properties) ? s.properties : {})
const requiredOf = (s: Schema): Set<string> =>
  new Set(Array.isArray(s.required) ? s.required.filter((x): x is string => typeof x === 'string') : [])
const typeKey = (s: Schema): string => [...(typesOf(s) ?? ['*'])].sort().join('|')

/** Added fields grouped by type, required ones first: each removal takes the next of its type. */
function renameCandidates(
  added: string[],
  hp: Record<string, unknown>,
  hr: Set<string>,
): Map<string, { items: string[]; next: number }> {
  const queues = new Map<string, { items: string[]; next: number }>()
  for (const name of [...added.filter((a) => hr.has(a)), ...added.filter((a) => !hr.has(a))]) {
    const key = typeKey(asSchema(hp[name]))
    getOrSet(queues, key, () => ({ items: [], next: 0 })).items.push(name)
  }
  return queues
}

function compareObject(b: Schema, h: Schema, ptr: string, out: SchemaDiff, depth: number): void {
  const bp = propsOf(b)
  const hp = propsOf(h)
  const br = requiredOf(b)
  const hr = requiredOf(h)
  const at = (name: string): string => `${ptr}/properties/${escape(name)}`
  const inHead = (name: string): boolean => Object.hasOwn(hp, name) || hr.has(name)
  const added = Object.keys(hp).filter((n) => !Object.hasOwn(bp, n) && !br.has(n))
  const renamedTo = new Set<string>()
  const candidates = renameCandidates(added, hp, hr)
  for (const name of br) {
    if (inHead(name)) continue
    const from = asSchema(bp[name])
    const queue = candidates.get(typeKey(from))
    const to = queue?.items[queue.next++]
    if (to === undefined) {
      out.breaking.push({ kind: 'removed-required', pointer: at(name), detail: `required field "${name}" removed` })
      continue
    }
    renamedTo.add(to)
    out.breaking.push({ kind: 'renamed-required', pointer: at(to), detail: `required field "${name}" renamed to "${to}"` })
    walk(from, asSchema(hp[to]), at(to), out, depth + 1)
  }
  for (const name of hr) {
    if (br.has(name) || renamedTo.has(name)) continue
    const isNew = !Object.hasOwn(bp, name)
    const hasDefault = isPlainObject(hp[name]) && 'default' in hp[name]
    const what = isNew ? `new required field "${name}"` : `field "${name}" is now required`
    if (hasDefault)
      out.compatible.push({ kind: 'required-added-with-default', pointer: at(name), detail: `${what} (has a default)` })
    else out.breaking.push({ kind: 'required-added', pointer: at(name), detail: `${what} without a default` })
  }
  for (const name of br)
    if (!hr.has(name) && Object.hasOwn(hp, name))
      out.compatible.push({ kind: 'required-relaxed', pointer: at(name), detail: `field "${name}" is now optional` })
  for (const name of added)
    if (!hr.has(name) && !renamedTo.has(name))
      out.compatible.push({ kind: 'optional-added', pointer: at(name), detail: `optional field "${name}" added` })
  const closed = h.additionalProperties === false
  for (const name of Object.keys(bp)) {
    if (br.has(name) || inHead(name)) continue
    if (closed)
      out.breaking.push({
        kind: 'type-narrowed',
        pointer: at(name),
        detail: `optional field "${name}" removed while additionalProperties is false: documents carrying it are rejected`,
      })
    else out.compatible.push({ kind: 'optional-removed', pointer: at(name), detail: `optional field "${name}" removed` })
  }
  for (const name of Object.keys(bp))
    if (Object.hasOwn(hp, name)) walk(asSchema(bp[name]), asSchema(hp[name]), at(name), out, depth + 1)
  compareAdditional(b, h, ptr, out, depth)
}

function compareAdditional(b: Schema, h: Schema, ptr: string, out: SchemaDiff, depth: number): void {
  const ba = b.additionalProperties
  const ha = h.additionalProperties
  const at = `${ptr}/additionalProperties`
  if (ha === false && ba !== false)
    out.breaking.push({ kind: 'type-narrowed', pointer: at, detail: 'additional properties are no longer allowed' })
  else if (isPlainObject(ba) && isPlainObject(ha)) walk(ba, ha, at, out, depth + 1)
}

// --- arrays ---------------------------------------------------------------------------

function compareItems(b: Schema, h: Schema, ptr: string, out: SchemaDiff, depth: number): void {
  const bi = b.items
  const hi = h.items
  if (Array.isArray(bi) && Array.isArray(hi)) {
    for (let i = 0; i < Math.min(bi.length, hi.length); i++)
      walk(asSchema(bi[i]), asSchema(hi[i]), `${ptr}/items/${i}`, out, depth + 1)
  } else if (bi !== undefined && hi !== undefined && !Array.isArray(bi) && !Array.isArray(hi)) {
    walk(asSchema(bi), asSchema(hi), `${ptr}/items`, out, depth + 1)
  } else if (bi === undefined && hi !== undefined && !Array.isArray(hi)) {
    // Items were unconstrained; anything the new item schema rejects now breaks.
    walk({}, asSchema(hi), `${ptr}/items`, out, depth + 1)
  }
}
