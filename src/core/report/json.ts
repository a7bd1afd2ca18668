import type { Report } from './types.js'
import { safeOnce } from './sanitize.js'

/** Stable JSON (documented in docs/report-format.md); strings pass the redactor. */
export function renderJson(report: Report): string {
  const safe = safeOnce()
  return JSON.stringify(report, (_key, value: unknown) => (typeof value === 'string' ? safe(value) : value), 2)
}
