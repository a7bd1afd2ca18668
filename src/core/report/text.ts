// Terminal output: compact, colour only when the caller says the stream is a TTY.
import type { Level } from '../types.js'
import { safe } from './sanitize.js'
import type { Report } from './types.js'

const COLOUR: Record<Level, string> = { low: '32', medium: '33', high: '35', critical: '31' }

export function renderText(report: Report, options: { color?: boolean } = {}): string {
  const paint = (level: Level, text: string): string => (options.color ? `\u001b[${COLOUR[level]}m${text}\u001b[0m` : text)
  const out = [`PromptOps risk: ${paint(report.level, report.level.toUpperCase())} (score ${report.score}/100)`]
  for (const line of report.explanation) out.push(`  ${safe(line)}`)
  if (report.policyFiles.length > 0) out.push(`  governance files changed: ${report.policyFiles.join(', ')}`)
  for (const t of report.templates) {
    const rename = t.oldPath ? `${t.oldPath} → ` : ''
    out.push('', `${rename}${t.path} [${t.status}, ${t.format}] ${paint(t.level, t.level)} ${t.score}/100`)
    for (const f of t.findings) {
      const tag = f.suppressed ? ' (suppressed)' : f.informational ? ' (info)' : ''
      out.push(`  ${f.path}:${f.line}  ${paint(f.severity, f.severity.padEnd(8))} ${f.rule}  ${safe(f.message)}${f.evidence ? `  [${safe(f.evidence)}]` : ''}${tag}`)
    }
  }
  for (const i of report.ignored) out.push(`  ignored ${i.path}: ${i.reason}`)
  const templatePaths = new Set(report.templates.map((t) => t.path))
  for (const f of report.findings.filter((f) => f.category !== 'policy' && !templatePaths.has(f.path))) {
    out.push(`  ${f.path}:${f.line}  ${paint(f.severity, f.severity.padEnd(8))} ${f.rule}  ${safe(f.message)}`)
  }
  if (report.findings.length === 0 && report.templates.length === 0) out.push('No governed prompt templates changed.')
  return out.join('\n')
}
