// promptfoo's `--output results.json` (its `OutputFile` type: `{ evalId, results:
// EvaluateSummaryV3 | V2, config, shareableUrl, metadata }`). Each row of `results.results`
// is one test × prompt × provider (× repeat) with a boolean `success`. Only the fields read
// here are checked; promptfoo adds fields freely.
import { z } from 'zod'
import { ok, type Result } from '../result.js'
import type { DocContext, EvalResultsError, EvalSummary } from './eval-summary.js'

const PromptSchema = z.object({
  raw: z.string().optional(),
  label: z.string().optional(),
  /** Older promptfoo versions: the label. */
  display: z.string().optional(),
  id: z.string().optional(),
})

const RowSchema = z.object({
  prompt: PromptSchema,
  success: z.boolean(),
  score: z.number().optional(),
})

export const PromptfooOutputSchema = z.object({
  results: z.object({
    version: z.number().optional(),
    results: z.array(RowSchema),
  }),
})

export type PromptfooOutput = z.infer<typeof PromptfooOutputSchema>

/** Pass rate per prompt, pooled over providers and repeats; errored rows count as failures. */
export function promptfooSummaries(
  output: PromptfooOutput,
  at: Array<string | number>,
  ctx: DocContext,
): Result<EvalSummary[], EvalResultsError> {
  const groups = new Map<string, { passed: number; total: number; line: number }>()
  for (const [i, row] of output.results.results.entries()) {
    const ref = promptRef(row.prompt)
    const group = groups.get(ref) ?? { passed: 0, total: 0, line: ctx.lineOf([...at, 'results', 'results', i, 'prompt']) }
    group.total++
    if (row.success) group.passed++
    groups.set(ref, group)
  }
  return ok(
    [...groups].map(([template, g]) => ({
      template,
      accuracy: g.passed / g.total,
      samples: g.total,
      source: 'promptfoo' as const,
      file: ctx.file,
      line: g.line,
    })),
  )
}

/** How promptfoo names a prompt: a `file://` id, else the file path that starts its label
 * (`<path>: <text>`, or `<label>: <path>: <text>` for a labelled text file), else the label
 * (a prompty `name:` or the user's own label), else the start of the raw text. */
export function promptRef(prompt: z.infer<typeof PromptSchema>): string {
  if (prompt.id?.startsWith('file://')) return prompt.id.slice('file://'.length)
  const label = prompt.label ?? prompt.display ?? ''
  const parts = label.slice(0, 4096).split(': ', 3)
  const path = parts.slice(0, 2).find(isPathLike)
  if (path !== undefined && parts.length > 1) return path.startsWith('file://') ? path.slice('file://'.length) : path
  if (label !== '') return label.slice(0, 1000)
  return (prompt.raw ?? '').slice(0, 80)
}

const TEMPLATE_EXTENSIONS = ['.txt', '.md', '.j2', '.jinja', '.hbs', '.mustache', '.json', '.yml', '.yaml', '.prompty', '.prompt']

function isPathLike(s: string): boolean {
  if (s.length === 0 || s.length > 1000 || s.includes('\n')) return false
  return s.includes('/') || s.includes('\\') || TEMPLATE_EXTENSIONS.some((e) => s.endsWith(e))
}
