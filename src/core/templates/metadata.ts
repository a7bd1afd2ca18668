// Governance metadata shared by every format: owners, provenance tags, SLA and version.
// They may sit at the top level, under `metadata:`, or under `x-promptops:` (which wins).
import type { TemplateMetadata } from '../types.js'
import { asRecord, asString, firstString } from './values.js'
import type { Json } from './values.js'

function ownerList(value: unknown): string[] {
  if (typeof value === 'string') return value.split(/[\s,]+/).filter((s) => s.length > 0)
  if (Array.isArray(value)) return value.flatMap((v) => (typeof v === 'string' ? ownerList(v) : []))
  return []
}

function provenanceTags(value: unknown): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [key, v] of Object.entries(asRecord(value) ?? {})) {
    const s = asString(v)
    if (s !== undefined) out[key] = s
  }
  return out
}

/** Class names as written: a list, or one string of names separated by commas or spaces. */
function classNames(value: unknown): string[] {
  if (typeof value === 'string') return value.split(/[\s,]+/).filter((s) => s.length > 0)
  if (Array.isArray(value))
    return value.flatMap((v) => (typeof v === 'string' ? classNames(v) : v === null || v === undefined ? [] : [String(v)]))
  // A number or a mapping is kept as written, so validation reports it as an unknown class.
  // eslint-disable-next-line @typescript-eslint/no-base-to-string
  return value === undefined || value === null ? [] : [String(value)]
}

const LAYER_PATHS: ReadonlyArray<readonly string[]> = [[], ['metadata'], ['x-promptops']]

/** The line of a key path in the source, when the format can tell. */
export type KeyLine = (path: readonly string[]) => number | undefined

/**
 * Metadata from a parsed root object. `authors` (Prompty) are credits, not owners, so they
 * are ignored here.
 */
export function extractMetadata(root: Json | undefined, line = 1, keyLine: KeyLine = () => undefined): TemplateMetadata {
  const r = root ?? {}
  const meta = asRecord(r['metadata']) ?? {}
  const ext = asRecord(r['x-promptops']) ?? {}
  const layers = [r, meta, ext]
  const owners = [...new Set(layers.flatMap((l) => ownerList(l['owners'])))]
  const provenance = Object.assign({}, ...layers.map((l) => provenanceTags(l['provenance']))) as Record<string, string>
  const metadata: TemplateMetadata = { owners, provenance, line }
  const name = firstString(r['name'], meta['name'])
  const description = firstString(r['description'], meta['description'])
  const version = firstString(ext['version'], meta['version'], r['version'])
  const sla = firstString(ext['sla'], meta['sla'], r['sla'])
  if (name !== undefined) metadata.name = name
  if (description !== undefined) metadata.description = description
  if (version !== undefined) metadata.version = version
  if (sla !== undefined) metadata.sla = sla
  const declared = layers.flatMap((l, i) =>
    l['dataClasses'] === undefined
      ? []
      : [{ names: classNames(l['dataClasses']), path: [...(LAYER_PATHS[i] ?? []), 'dataClasses'] }],
  )
  const [firstDeclared] = declared
  if (firstDeclared !== undefined) {
    metadata.dataClasses = { names: [...new Set(declared.flatMap((d) => d.names))], line: keyLine(firstDeclared.path) ?? line }
  }
  return metadata
}

export function emptyMetadata(): TemplateMetadata {
  return { owners: [], provenance: {}, line: 1 }
}
