// Dot paths into a JSON document (`prefs.lang`): object keys only, no array indexes.
// Keys that would reach Object.prototype are refused when the adapter is parsed, so the
// plain property writes below cannot pollute prototypes.
import { isPlainObject } from './json-text.js'

export const MAX_PATH_SEGMENTS = 32
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'prototype', 'constructor'])

/** Why a dot path is unusable, or undefined when it is fine. */
export function pathProblem(path: string): string | undefined {
  const segments = path.split('.')
  if (segments.length > MAX_PATH_SEGMENTS) return `at most ${MAX_PATH_SEGMENTS} segments`
  if (segments.some((s) => s.trim() === '')) return 'empty segment (paths look like `prefs.lang`)'
  const bad = segments.find((s) => FORBIDDEN_KEYS.has(s))
  return bad === undefined ? undefined : `"${bad}" is not allowed as a key`
}

type Doc = Record<string, unknown>

export type Lookup = { found: true; value: unknown } | { found: false }

export function getAt(doc: Doc, path: string): Lookup {
  let node: unknown = doc
  for (const key of path.split('.')) {
    if (!isPlainObject(node) || !Object.hasOwn(node, key)) return { found: false }
    node = node[key]
  }
  return { found: true, value: node }
}

/** The object that holds the last segment, creating missing intermediate objects. */
export function parentOf(
  doc: Doc,
  path: string,
  create: boolean,
): { ok: true; parent: Doc; key: string } | { ok: false; message: string } {
  const segments = path.split('.')
  const key = segments.pop() ?? ''
  let node: Doc = doc
  const walked: string[] = []
  for (const segment of segments) {
    walked.push(segment)
    const next = Object.hasOwn(node, segment) ? node[segment] : undefined
    if (next === undefined && create) {
      const made: Doc = {}
      node[segment] = made
      node = made
    } else if (isPlainObject(next)) node = next
    else
      return {
        ok: false,
        message: next === undefined ? `"${walked.join('.')}" is missing` : `"${walked.join('.')}" is not an object`,
      }
  }
  return { ok: true, parent: node, key }
}

export function deleteAt(doc: Doc, path: string): void {
  const at = parentOf(doc, path, false)
  if (at.ok) delete at.parent[at.key]
}
