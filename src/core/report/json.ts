import type { Report } from './types.js'
import { safe } from './sanitize.js'

/** Stable JSON (documented in docs/report-format.md); strings pass the redactor. */
export function renderJson(report: Report): string {
  return JSON.stringify(report, (_key, value: unknown) => (typeof value === 'string' ? safe(value) : value), 2)
}
