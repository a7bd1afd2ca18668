// The PR comment: summary, a table per template, findings with line links, and a
// reviewer checklist for each category that has findings.
import { levelRank, type Category, type Finding, type Level } from '../types.js'
import { CHECKLIST } from './checklist.js'
import { mdInline, safe } from './sanitize.js'
import type { Report, TemplateReport } from './types.js'

export const COMMENT_MARKER = '<!-- promptops:risk-report -->'
const BADGE: Record<Level, string> = { low: '🟢 low', medium: '🟡 medium', high: '🟠 high', critical: '🔴 critical' }

export interface MarkdownOptions {
  /** Prefix for line links, e.g. `https://github.com/o/r/blob/<head-sha>/`. */
  blobUrl?: string
  /** Same for base-side lines (removals). */
  baseBlobUrl?: string
  /** Cap on findings listed per template (the rest are counted). */
  maxFindingsPerTemplate?: number
}

export function renderMarkdown(report: Report, options: MarkdownOptions = {}): string {
  const out: string[] = [COMMENT_MARKER, `## PromptOps risk: ${BADGE[report.level]} (score ${report.score}/100)`, '']
  if (report.templates.length === 0 && report.findings.length === 0) {
    out.push('No governed prompt templates changed.')
    return out.join('\n')
  }
  out.push(...report.explanation.map((e) => `- ${safe(e)}`), '')
  if (report.policyFiles.length > 0) {
    out.push(`> [!WARNING]\n> Governance files changed (${report.policyFiles.map((p) => `\`${mdInline(p)}\``).join(', ')}): this PR needs the top tier of approval.`, '')
  }
  if (report.templates.length > 0) {
    out.push('| Template | Change | Risk | Findings | Tokens/call | Est. cost/call |', '|---|---|---|---|---|---|')
    for (const t of report.templates) out.push(summaryRow(t))
    out.push('')
  }
  for (const t of report.templates.filter((t) => t.findings.length > 0)) out.push(...templateSection(t, options), '')
  const templatePaths = new Set(report.templates.map((t) => t.path))
  const other = report.findings.filter((f) => f.category !== 'policy' && !templatePaths.has(f.path))
  if (other.length > 0) out.push('### Other governed files', '', ...other.map((f) => `- \`${mdInline(f.path)}\` ${findingLine(f, options).slice(2)}`), '')
  out.push(...checklist(report.findings))
  return out.join('\n')
}

function summaryRow(t: TemplateReport): string {
  const name = t.oldPath ? `\`${mdInline(t.oldPath)}\` → \`${mdInline(t.path)}\`` : `\`${mdInline(t.path)}\``
  const tokens = `${t.cost.before?.inputTokens ?? '–'} → ${t.cost.after?.inputTokens ?? '–'}`
  const usd = (n: number | null | undefined): string => (n === null || n === undefined ? '–' : `$${n.toFixed(5)}`)
  const cost = `${usd(t.cost.before?.usdPerCall)} → ${usd(t.cost.after?.usdPerCall)}`
  return `| ${name} | ${t.status} | ${BADGE[t.level]} | ${t.findings.length} | ${tokens} | ${cost} |`
}

function templateSection(t: TemplateReport, options: MarkdownOptions): string[] {
  const max = options.maxFindingsPerTemplate ?? 50
  const lines = [`### \`${mdInline(t.path)}\` — ${BADGE[t.level]}`, '']
  for (const f of t.findings.slice(0, max)) lines.push(findingLine(f, options))
  if (t.findings.length > max) lines.push(`- …and ${t.findings.length - max} more (see the SARIF report or the job summary)`)
  return lines
}

function findingLine(f: Finding, options: MarkdownOptions): string {
  const base = f.baseLine ? options.baseBlobUrl : options.blobUrl
  const where = base ? `[L${f.line}](${base}${encodeURI(f.path)}#L${f.line})` : `L${f.line}`
  // Code spans take text literally (no backslash escapes): only backticks and newlines need care.
  const evidence = f.evidence && !f.message.includes(f.evidence) ? ` — \`${safe(f.evidence).replace(/`/g, "'").replace(/\r?\n/g, ' ')}\`` : ''
  const note = f.suppressed ? ` _(suppressed: ${mdInline(f.suppressed.reason)})_` : f.informational ? ' _(informational)_' : ''
  const text = `**${f.severity}** \`${f.rule}\` ${where}: ${mdInline(f.message)}${evidence}${note}`
  return f.suppressed ? `- ~~${f.severity}~~ ${text.slice(text.indexOf('`'))}` : `- ${text}`
}

function checklist(findings: Finding[]): string[] {
  const categories = new Map<Category, Level>()
  for (const f of findings) {
    if (f.suppressed || f.informational) continue
    const seen = categories.get(f.category)
    if (!seen || levelRank(f.severity) > levelRank(seen)) categories.set(f.category, f.severity)
  }
  if (categories.size === 0) return []
  const lines = ['### Reviewer checklist', '']
  for (const [category, level] of [...categories].sort((a, b) => levelRank(b[1]) - levelRank(a[1]))) {
    const item = CHECKLIST[category]
    lines.push(`- [ ] **${category}** (${level}): ${item.check} — ${item.why}`)
  }
  return lines
}
