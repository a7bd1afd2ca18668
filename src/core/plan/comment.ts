// One sticky comment per PR, found again by its hidden marker.
import { COMMENT_MARKER } from '../report/markdown.js'
import type { Report } from '../report/types.js'

/**
 * When to post the comment:
 * - `always`: on every run, even when no governed file changed;
 * - `on-change`: when a governed file (template or policy file) changed;
 * - `on-risk`: when the risk level is above low;
 * - `never`.
 * Before 1.0, `on-risk` meant what `on-change` means now (see CHANGELOG.md).
 */
export const COMMENT_MODES = ['always', 'on-change', 'on-risk', 'never'] as const
export type CommentMode = (typeof COMMENT_MODES)[number]

/** GitHub rejects issue comments longer than 65,536 characters. */
export const MAX_COMMENT_LENGTH = 65_536
const TRUNCATION_NOTE = '\n\n…truncated; the job summary and the JSON report have everything.'

export type CommentPlan =
  { action: 'create'; body: string } | { action: 'update'; id: number; body: string } | { action: 'none'; reason: string }

export function planComment(
  report: Report,
  body: string,
  mode: CommentMode,
  existing: Array<{ id: number; body?: string | null }>,
): CommentPlan {
  if (mode === 'never') return { action: 'none', reason: 'comments disabled' }
  const fitted = fitComment(body)
  const previous = existing.find((c) => c.body?.includes(COMMENT_MARKER))
  // A comment that already exists is kept current even when this run would not create one,
  // so a stale "high risk" never outlives the change that caused it.
  if (previous)
    return previous.body === fitted
      ? { action: 'none', reason: 'comment up to date' }
      : { action: 'update', id: previous.id, body: fitted }
  const reason = skipReason(report, mode)
  return reason === null ? { action: 'create', body: fitted } : { action: 'none', reason }
}

/** Why this mode posts no new comment for this report, or null when it does. */
function skipReason(report: Report, mode: Exclude<CommentMode, 'never'>): string | null {
  const governed = report.templates.length > 0 || report.findings.length > 0
  if (mode === 'always') return null
  if (!governed) return 'no governed prompt changed'
  if (mode === 'on-risk' && report.level === 'low') return 'low risk'
  return null
}

/** Cuts a body over GitHub's limit at a line break, keeping the marker, and says so. */
export function fitComment(body: string): string {
  if (body.length <= MAX_COMMENT_LENGTH) return body
  const room = MAX_COMMENT_LENGTH - TRUNCATION_NOTE.length
  const cut = body.lastIndexOf('\n', room)
  return `${body.slice(0, cut > 0 ? cut : room)}${TRUNCATION_NOTE}`
}
