// One sticky comment per PR, found again by its hidden marker.
import { COMMENT_MARKER } from '../report/markdown.js'
import type { Report } from '../report/types.js'

export type CommentMode = 'always' | 'on-risk' | 'never'

export type CommentPlan = { action: 'create'; body: string } | { action: 'update'; id: number; body: string } | { action: 'none'; reason: string }

export function planComment(report: Report, body: string, mode: CommentMode, existing: Array<{ id: number; body?: string | null }>): CommentPlan {
  if (mode === 'never') return { action: 'none', reason: 'comments disabled' }
  const previous = existing.find((c) => c.body?.includes(COMMENT_MARKER))
  const governed = report.templates.length > 0 || report.findings.length > 0
  const wanted = mode === 'always' || (mode === 'on-risk' && governed)
  // A comment that already exists is kept current even when this run would not create one,
  // so a stale "high risk" never outlives the change that caused it.
  if (previous) return previous.body === body ? { action: 'none', reason: 'comment up to date' } : { action: 'update', id: previous.id, body }
  if (!wanted) return { action: 'none', reason: 'no governed prompt changed' }
  return { action: 'create', body: body.length > 65_000 ? `${body.slice(0, 64_000)}\n\n…truncated; see the job summary.` : body }
}
