// Terminal output: compact, colour only when the caller says the stream is a TTY.
import type { Finding, Level } from '../types.js'
import { findingText } from './finding-text.js'
import { safe } from './sanitize.js'
import { suppressionsToReview } from './suppression-text.js'
import type { Report } from './types.js'

const COLOUR: Record<Level, string> = { low: '32', medium: '33', high: '35', critical: '31' }

export function renderText(report: Report, options: { color?: boolean } = {}): string {
  const paint = (level: Level, text: string): string => (options.color ? `\u001b[${COLOUR[level]}m${text}\u001b[0m` : text)
  const line = (f: Finding): string => {
    const { message, evidence } = findingText(f)
    const tag = f.suppressed ? ` (suppressed: ${safe(f.suppressed.reason)})` : f.informational ? ' (info)' : ''
    const where = `${safe(f.path)}:${f.line}${f.baseLine ? ' (base)' : ''}`
    return `  ${where}  ${paint(f.severity, f.severity.padEnd(8))} ${f.rule}  ${message}${evidence === null ? '' : `  [${evidence}]`}${tag}`
  }
  const out = [`PromptOps risk: ${paint(report.level, report.level.toUpperCase())} (score ${report.score}/100)`]
  for (const explanation of report.explanation) out.push(`  ${safe(explanation)}`)
  if (report.policyFiles.length > 0) out.push(`  governance files changed: ${report.policyFiles.map(safe).join(', ')}`)
  for (const t of report.templates) {
    const rename = t.oldPath ? `${safe(t.oldPath)} → ` : ''
    out.push('', `${rename}${safe(t.path)} [${t.status}, ${t.format}] ${paint(t.level, t.level)} ${t.score}/100`)
    for (const f of t.findings) out.push(line(f))
  }
  for (const i of report.ignored) out.push(`  ignored ${safe(i.path)}: ${safe(i.reason)}`)
  const templatePaths = new Set(report.templates.map((t) => t.path))
  const other = report.findings.filter((f) => f.category !== 'policy' && !templatePaths.has(f.path))
  if (other.length > 0) out.push('', 'other governed files')
  for (const f of other) out.push(line(f))
  const review = suppressionsToReview(report)
  if (review.length > 0) out.push('', 'suppressions to review', ...review.map((r) => `  ${r}`))
  if (report.findings.length === 0 && report.templates.length === 0) out.push('No governed prompt templates changed.')
  return out.join('\n')
}
