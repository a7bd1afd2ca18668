// The Action's inputs, parsed once with zod. The Record<keyof Inputs, …> makes a missing
// input mapping a compile error.
import { z } from 'zod'
import { COMMENT_MODES } from '../core/plan/comment.js'
import { LEVELS } from '../core/types.js'

export const InputsSchema = z.object({
  githubToken: z.string(),
  config: z.string().min(1),
  failOn: z.enum([...LEVELS, 'none']),
  comment: z.enum(COMMENT_MODES),
  /** Deprecated: `labels.prefix` in promptops.yml is the source; empty = use it. */
  labelPrefix: z.string().max(40),
  labels: z.stringbool(),
  checkRun: z.stringbool(),
  sarifPath: z.string().min(1),
  reportPath: z.string().min(1),
  auditSigningKey: z.string(),
})
export type Inputs = z.infer<typeof InputsSchema>

const NAMES: Record<keyof Inputs, { name: string; fallback: string }> = {
  githubToken: { name: 'github-token', fallback: '' },
  config: { name: 'config', fallback: '.github/promptops.yml' },
  failOn: { name: 'fail-on', fallback: 'none' },
  comment: { name: 'comment', fallback: 'on-change' },
  labelPrefix: { name: 'label-prefix', fallback: '' },
  labels: { name: 'labels', fallback: 'true' },
  checkRun: { name: 'check-run', fallback: 'true' },
  sarifPath: { name: 'sarif-path', fallback: 'promptops.sarif' },
  reportPath: { name: 'report-path', fallback: 'promptops-report.json' },
  auditSigningKey: { name: 'audit-signing-key', fallback: '' },
}

export function readInputs(getInput: (name: string) => string): Inputs {
  const raw = Object.fromEntries(
    Object.entries(NAMES).map(([key, { name, fallback }]) => [key, getInput(name).trim() || fallback]),
  )
  const parsed = InputsSchema.safeParse(raw)
  if (parsed.success) return parsed.data
  const problems = parsed.error.issues.map(
    (i) => `input "${NAMES[i.path[0] as keyof Inputs]?.name ?? String(i.path[0])}": ${i.message}`,
  )
  throw new Error(`invalid inputs: ${problems.join('; ')}`)
}
