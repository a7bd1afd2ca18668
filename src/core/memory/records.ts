// Memory documents from sample files: JSONL (one document per non-blank line) or JSON
// (one object, or an array of them). Every record keeps its line; every broken line is a
// problem with its line, never skipped silently.
import { locateJson } from '../templates/json-locate.js'
import { parseJsonText, type TextProblem } from './json-text.js'

export interface SampleRecord {
  line: number
  value: unknown
}

export interface ParsedRecords {
  records: SampleRecord[]
  problems: TextProblem[]
}

export type RecordFormat = 'jsonl' | 'json'

export function recordFormat(path: string): RecordFormat | undefined {
  if (/\.(?:jsonl|ndjson)$/i.test(path)) return 'jsonl'
  return /\.json$/i.test(path) ? 'json' : undefined
}

/** One JSONL line (without its newline). */
export function parseRecordLine(text: string): { ok: true; value: unknown } | { ok: false; message: string } {
  const parsed = parseJsonText(text)
  return parsed.ok ? { ok: true, value: parsed.value } : { ok: false, message: parsed.problem.message }
}

export function parseJsonl(text: string): ParsedRecords {
  const out: ParsedRecords = { records: [], problems: [] }
  text.split('\n').forEach((raw, i) => {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw
    if (line.trim() === '') return
    const parsed = parseRecordLine(line)
    if (parsed.ok) out.records.push({ line: i + 1, value: parsed.value })
    else out.problems.push({ line: i + 1, message: parsed.message })
  })
  return out
}

export function parseJsonDocuments(text: string): ParsedRecords {
  const parsed = parseJsonText(text)
  if (!parsed.ok) return { records: [], problems: [parsed.problem] }
  if (!Array.isArray(parsed.value))
    return { records: [{ line: locateJson(parsed.index).line, value: parsed.value }], problems: [] }
  const items = locateJson(parsed.index).items ?? []
  return { records: parsed.value.map((value: unknown, i) => ({ line: items[i]?.line ?? 1, value })), problems: [] }
}

export function parseRecords(text: string, format: RecordFormat): ParsedRecords {
  return format === 'jsonl' ? parseJsonl(text) : parseJsonDocuments(text)
}
