// `gh models eval FILE.prompt.yml --json` (github/gh-models cmd/eval: `EvaluationSummary`
// = `{ name, description, model, testResults[], summary: { totalTests, passedTests,
// failedTests, passRate } }`, passRate in percent, 100 when there are no tests). The output
// carries the prompt file's `name:`, not its path.
import { z } from 'zod'
import { err, ok, type Result } from '../result.js'
import { EvalResultsError, type DocContext, type EvalSummary } from './eval-summary.js'

const count = z.number().int().nonnegative()

export const GhModelsOutputSchema = z.object({
  name: z.string(),
  model: z.string().optional(),
  testResults: z.array(z.unknown()),
  summary: z.object({
    totalTests: count,
    passedTests: count,
    failedTests: count.optional(),
    passRate: z.number().min(0).max(100),
  }),
})

export type GhModelsOutput = z.infer<typeof GhModelsOutputSchema>

export function ghModelsSummaries(
  output: GhModelsOutput,
  at: Array<string | number>,
  ctx: DocContext,
): Result<EvalSummary[], EvalResultsError> {
  const { totalTests, passedTests } = output.summary
  if (passedTests > totalTests)
    return err(
      new EvalResultsError(
        ctx.file,
        ctx.lineOf([...at, 'summary', 'passedTests']),
        `not valid \`gh models eval --json\` output: summary.passedTests (${passedTests}) exceeds summary.totalTests (${totalTests})`,
      ),
    )
  // Counts, not the rounded percentage; with no tests gh-models reports 100%.
  const accuracy = totalTests > 0 ? passedTests / totalTests : output.summary.passRate / 100
  return ok([
    {
      template: output.name,
      accuracy,
      samples: totalTests,
      source: 'gh-models',
      file: ctx.file,
      line: ctx.lineOf([...at, 'name']),
    },
  ])
}
