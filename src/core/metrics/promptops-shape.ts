// The PromptOps eval results shape, for any eval tool: convert its output to this.
//   { "promptops": 1,
//     "results": [{ "template": "prompts/support/triage.prompt.yml", "accuracy": 0.93, "samples": 120 }] }
// `template`: a repo path (relative to the repo root) or a template's `name:`.
// `accuracy`: 0..1 (pass rate, or a mean score in 0..1 — the tool decides).
// `samples`: how many cases the accuracy is over (0 = not measured: no finding is raised).
// Result entries are strict, so a typo such as `acuracy` is an error, not a silent skip.
import { z } from 'zod'
import { ok, type Result } from '../result.js'
import type { DocContext, EvalResultsError, EvalSummary } from './eval-summary.js'

export const PromptOpsResultsSchema = z.object({
  promptops: z.literal(1, { error: 'unsupported version: expected "promptops": 1' }),
  results: z.array(
    z.strictObject({
      template: z.string().min(1).max(1000),
      accuracy: z.number().min(0).max(1),
      samples: z.number().int().nonnegative(),
    }),
  ),
})

export type PromptOpsResults = z.infer<typeof PromptOpsResultsSchema>

export function promptOpsSummaries(
  doc: PromptOpsResults,
  at: Array<string | number>,
  ctx: DocContext,
): Result<EvalSummary[], EvalResultsError> {
  return ok(
    doc.results.map((r, i) => ({ ...r, source: 'promptops' as const, file: ctx.file, line: ctx.lineOf([...at, 'results', i]) })),
  )
}
