// JSON text → value, or a problem with the line to fix. JSON.parse messages vary by Node
// version and may quote file content, so the line comes from our own linear scan.
import { firstJsonError } from '../templates/json-check.js'
import { locateJson, type JsonPos } from '../templates/json-locate.js'
import { LineIndex, normalizeSource } from '../templates/source.js'

export interface TextProblem {
  line: number
  message: string
}

export type JsonParse = { ok: true; value: unknown; index: LineIndex } | { ok: false; problem: TextProblem }

export function parseJsonText(text: string): JsonParse {
  const source = normalizeSource(text)
  const index = new LineIndex(source)
  const syntax = firstJsonError(source)
  if (syntax) return { ok: false, problem: { line: index.lineAt(syntax.offset), message: `invalid JSON: ${syntax.message}` } }
  try {
    return { ok: true, value: JSON.parse(source) as unknown, index }
  } catch (cause) {
    // The scanner accepted it, so this is a limit such as nesting depth; keep the message generic.
    return { ok: false, problem: { line: 1, message: `invalid JSON: ${(cause as Error).name}` } }
  }
}

export const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** Parses a JSON Schema file: valid JSON whose top level is an object. */
export function parseSchemaText(
  text: string,
): { ok: true; schema: Record<string, unknown>; index: LineIndex } | { ok: false; problem: TextProblem } {
  const parsed = parseJsonText(text)
  if (!parsed.ok) return parsed
  if (!isPlainObject(parsed.value)) return { ok: false, problem: { line: 1, message: 'a JSON Schema must be a JSON object' } }
  return { ok: true, schema: parsed.value, index: parsed.index }
}

/** Line of a JSON pointer in `index.text`, or of its deepest existing ancestor (1 at worst). */
export function lineOfPointer(index: LineIndex, pointer: string): number {
  const root: JsonPos = locateJson(index)
  const segments = pointer
    .split('/')
    .slice(1)
    .map((s) => s.replaceAll('~1', '/').replaceAll('~0', '~'))
  let pos: JsonPos = root
  let line = root.line
  for (const segment of segments) {
    const next = pos.items && /^\d{1,9}$/.test(segment) ? pos.items[Number(segment)] : pos.members?.get(segment)
    if (!next) break
    line = next.keyLine ?? next.line
    pos = next
  }
  return line
}
