// Eval results files written by the repo's own eval step, read into one summary per
// template. PromptOps never calls a model: it only reads what the eval step produced.
//
// Accepted formats (auto-detected, per JSON document):
// - promptfoo `--output results.json`: `{ evalId, results: { results: [...], stats }, config }`.
//   Accuracy is the pass rate of its rows (`success`), errors counting as failures, pooled
//   over providers and repeats; rows are grouped by prompt (file path in `prompt.label`).
// - `gh models eval FILE --json`: `{ name, model, testResults, summary: { totalTests,
//   passedTests, passRate } }`. Accuracy is `passedTests / totalTests`; the output has no
//   file path, so it maps by the template's `name:`.
// - the PromptOps shape: `{ "promptops": 1, "results": [{ "template": "prompts/x.prompt.yml",
//   "accuracy": 0.93, "samples": 120 }] }` — accuracy in 0..1, whatever the tool's notion
//   (pass rate or mean score); `template` is a repo path or a template `name`.
// A file may hold several documents back to back (a top-level array, JSON Lines, or
// `gh models eval --json >> file` in a loop).
import type { z } from 'zod'
import { err, ok, type Result } from '../result.js'
import { firstJsonError } from '../templates/json-check.js'
import { jsonPosAt, locateJson, type JsonPos } from '../templates/json-locate.js'
import { LineIndex, normalizeSource } from '../templates/source.js'
import { GhModelsOutputSchema, ghModelsSummaries } from './gh-models.js'
import { PromptfooOutputSchema, promptfooSummaries } from './promptfoo.js'
import { PromptOpsResultsSchema, promptOpsSummaries } from './promptops-shape.js'
import { EvalResultsError, type DocContext, type EvalSummary } from './eval-summary.js'

export { EvalResultsError, type EvalSummary } from './eval-summary.js'

const FORMATS_HINT =
  'expected promptfoo --output JSON ({"results": {"results": [...]}}), `gh models eval --json` output ({"summary": ..., "testResults": [...]}) or the PromptOps shape ({"promptops": 1, "results": [...]})'

export function parseEvalResults(text: string, file: string): Result<EvalSummary[], EvalResultsError> {
  const source = normalizeSource(text)
  const docs = splitDocuments(source, file)
  if (!docs.ok) return docs
  const summaries: EvalSummary[] = []
  for (const doc of docs.value) {
    const index = new LineIndex(doc.text)
    const positions = locateJson(index)
    const ctx: DocContext = { file, lineOf: (path) => doc.firstLine - 1 + lineAt(positions, path) }
    const parsed = summarize(JSON.parse(doc.text) as unknown, [], ctx)
    if (!parsed.ok) return parsed
    summaries.push(...parsed.value)
  }
  return ok(summaries)
}

function lineAt(root: JsonPos, path: ReadonlyArray<string | number>): number {
  for (let n = path.length; n >= 0; n--) {
    const pos = jsonPosAt(root, path.slice(0, n))
    if (pos) return pos.keyLine ?? pos.line
  }
  return root.line
}

/** Detects the format of one JSON value (arrays: each item) and summarises it. */
function summarize(value: unknown, at: Array<string | number>, ctx: DocContext): Result<EvalSummary[], EvalResultsError> {
  if (Array.isArray(value)) {
    const all: EvalSummary[] = []
    for (const [i, item] of value.entries()) {
      const one = summarize(item, [...at, i], ctx)
      if (!one.ok) return one
      all.push(...one.value)
    }
    return ok(all)
  }
  if (typeof value !== 'object' || value === null)
    return err(new EvalResultsError(ctx.file, ctx.lineOf(at), `not a recognised eval results document: ${FORMATS_HINT}`))
  const o = value as Record<string, unknown>
  if ('promptops' in o) return validated(PromptOpsResultsSchema, value, at, ctx, 'PromptOps eval results', promptOpsSummaries)
  if (typeof o.results === 'object' && o.results !== null && !Array.isArray(o.results))
    return validated(PromptfooOutputSchema, value, at, ctx, 'promptfoo output', promptfooSummaries)
  if ('summary' in o && 'testResults' in o)
    return validated(GhModelsOutputSchema, value, at, ctx, '`gh models eval --json` output', ghModelsSummaries)
  return err(new EvalResultsError(ctx.file, ctx.lineOf(at), `not a recognised eval results document: ${FORMATS_HINT}`))
}

function validated<S extends z.ZodType>(
  schema: S,
  value: unknown,
  at: Array<string | number>,
  ctx: DocContext,
  what: string,
  build: (v: z.infer<S>, at: Array<string | number>, ctx: DocContext) => Result<EvalSummary[], EvalResultsError>,
): Result<EvalSummary[], EvalResultsError> {
  const parsed = schema.safeParse(value)
  if (parsed.success) return build(parsed.data, at, ctx)
  const issue = parsed.error.issues[0] // zod reports at least one issue on failure
  const path = [...at, ...(issue?.path ?? []).filter((p): p is string | number => typeof p !== 'symbol')]
  const where = path.length ? `${path.join('.')}: ` : ''
  return err(new EvalResultsError(ctx.file, ctx.lineOf(path), `not valid ${what}: ${where}${issue?.message ?? 'invalid value'}`))
}

interface Doc {
  text: string
  firstLine: number
}

/** One or more JSON documents back to back; a syntax error names its line. */
function splitDocuments(text: string, file: string): Result<Doc[], EvalResultsError> {
  const index = new LineIndex(text)
  const docs: Doc[] = []
  for (const [start, end] of documentBounds(text)) {
    const doc = text.slice(start, end)
    const error = firstJsonError(doc)
    if (error) return err(new EvalResultsError(file, index.lineAt(start + error.offset), `invalid JSON: ${error.message}`))
    docs.push({ text: doc, firstLine: index.lineAt(start) })
  }
  if (docs.length === 0) return err(new EvalResultsError(file, 1, `empty file: ${FORMATS_HINT}`))
  return ok(docs)
}

/** Start/end offsets of top-level `{…}` / `[…]` values: one linear scan that skips strings.
 * Anything else at the top level runs to the end, so validation reports it. */
function documentBounds(text: string): Array<[number, number]> {
  const bounds: Array<[number, number]> = []
  let i = 0
  while (i < text.length) {
    while (i < text.length && ' \t\r\n'.includes(text.charAt(i))) i++
    if (i >= text.length) break
    const start = i
    if (text[i] !== '{' && text[i] !== '[') return [...bounds, [start, text.length]]
    let depth = 0
    for (; i < text.length; i++) {
      const c = text[i]
      if (c === '"') i = stringEnd(text, i)
      else if (c === '{' || c === '[') depth++
      else if ((c === '}' || c === ']') && --depth === 0) break
    }
    i = Math.min(i + 1, text.length)
    bounds.push([start, i])
  }
  return bounds
}

/** Offset of the closing quote of the string opening at `i` (or the end of text). */
function stringEnd(text: string, i: number): number {
  for (let j = i + 1; j < text.length; j++) {
    if (text[j] === '\\') j++
    else if (text[j] === '"') return j
  }
  return text.length
}
