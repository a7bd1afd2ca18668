// The PR comment: summary, a table per template, findings with line links (long lists
// folded), who must approve, and a reviewer checklist for each category with findings.
import type { Finding, Level } from '../types.js'
import type { ApprovalRequirement, ApprovalSummary } from './approval-summary.js'
import { checklistItems } from './checklist.js'
import { dataClassesMarkdown } from '../data-classes/markdown.js'
import { findingText } from './finding-text.js'
import { mdInline, safe } from './sanitize.js'
import { suppressionEntries, suppressionsToReview } from './suppression-text.js'
import type { Report, TemplateReport } from './types.js'

export const COMMENT_MARKER = '<!-- promptops:risk-report -->'
const BADGE: Record<Level, string> = { low: '🟢 low', medium: '🟡 medium', high: '🟠 high', critical: '🔴 critical' }
/** Findings shown before the rest of a list is folded into `<details>`. */
export const FINDINGS_SHOWN = 5

export interface MarkdownOptions {
  /** Prefix for line links, e.g. `https://github.com/o/r/blob/<head-sha>/`. */
  blobUrl?: string
  /** Same for base-side lines (removals). */
  baseBlobUrl?: string
  /** Cap on findings listed per template (the rest are counted). */
  maxFindingsPerTemplate?: number
  /** Who must approve (routing policy and owners); rendered as an "Approval" section. */
  approval?: ApprovalSummary
  /** Where the `promptops/approval` check is shown, e.g. the PR's checks tab. */
  checksUrl?: string
}

export function renderMarkdown(report: Report, options: MarkdownOptions = {}): string {
  const out: string[] = [COMMENT_MARKER, `## PromptOps risk: ${BADGE[report.level]} (score ${report.score}/100)`, '']
  if (report.templates.length === 0 && report.findings.length === 0) {
    out.push('No governed prompt templates changed.')
    return out.join('\n')
  }
  out.push(...report.explanation.map((e) => `- ${safe(e)}`), '')
  if (report.policyFiles.length > 0) {
    out.push(
      `> [!WARNING]\n> Governance files changed (${report.policyFiles.map((p) => `\`${mdInline(p)}\``).join(', ')}): this PR needs the top tier of approval.`,
      '',
    )
  }
  if (report.templates.length > 0) {
    out.push('| Template | Change | Risk | Findings | Tokens/call | Est. cost/call |', '|---|---|---|---|---|---|')
    for (const t of report.templates) out.push(summaryRow(t))
    out.push('')
  }
  out.push(...dataClassesMarkdown(report))
  for (const t of report.templates.filter((t) => t.findings.length > 0)) out.push(...templateSection(t, options), '')
  const templatePaths = new Set(report.templates.map((t) => t.path))
  const other = report.findings.filter((f) => f.category !== 'policy' && !templatePaths.has(f.path))
  if (other.length > 0)
    out.push(
      '### Other governed files',
      '',
      ...folded(other.map((f) => `- \`${mdInline(f.path)}\` ${findingLine(f, options).slice(2)}`)),
      '',
    )
  if (options.approval) out.push(...approvalSection(options.approval, options.checksUrl), '')
  out.push(...suppressionSection(report))
  out.push(...checklist(report))
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
  const lines = t.findings.slice(0, max).map((f) => findingLine(f, options))
  if (t.findings.length > max) lines.push(`- …and ${t.findings.length - max} more (see the SARIF report or the job summary)`)
  return [`### \`${mdInline(t.path)}\` — ${BADGE[t.level]}`, '', ...folded(lines)]
}

/** Long lists keep the first (most severe) findings visible and fold the rest. */
function folded(lines: string[]): string[] {
  if (lines.length <= FINDINGS_SHOWN + 1) return lines
  const rest = lines.slice(FINDINGS_SHOWN)
  return [...lines.slice(0, FINDINGS_SHOWN), '', `<details><summary>${rest.length} more</summary>`, '', ...rest, '', '</details>']
}

function findingLine(f: Finding, options: MarkdownOptions): string {
  const base = f.baseLine ? options.baseBlobUrl : options.blobUrl
  const where = base ? `[L${f.line}](${base}${encodeURI(f.path)}#L${f.line})` : `L${f.line}`
  const { message, evidence } = findingText(f)
  // Code spans take text literally (no backslash escapes): only backticks and newlines need care.
  const shown = evidence === null ? '' : ` — \`${evidence.replace(/`/g, "'").replace(/\r?\n/g, ' ')}\``
  const note = f.suppressed ? ` _(suppressed: ${mdInline(f.suppressed.reason)})_` : f.informational ? ' _(informational)_' : ''
  const text = `**${f.severity}** \`${f.rule}\` ${where}: ${mdInline(message)}${shown}${note}`
  return f.suppressed ? `- ~~${f.severity}~~ ${text.slice(text.indexOf('`'))}` : `- ${text}`
}

function approvalSection(approval: ApprovalSummary, checksUrl: string | undefined): string[] {
  const check = checksUrl ? `[\`promptops/approval\`](${checksUrl})` : '`promptops/approval`'
  const lines = ['### Approval', '']
  if (approval.requirements.length === 0)
    return [...lines, `${BADGE[approval.tier]} tier: no approval required; the ${check} check passes by itself.`]
  lines.push(
    `${BADGE[approval.tier]} tier: the ${check} check passes once all of these hold (the author's own approval never counts):`,
    '',
  )
  const add = (r: ApprovalRequirement, depth: number): void => {
    const who = r.approvers.length > 0 ? ` — ${r.approvers.map((a) => `\`${a.replace(/`/g, "'")}\``).join(', ')}` : ''
    const blocked = r.blocked === undefined ? '' : ` — **cannot be met:** ${mdInline(r.blocked)}`
    // Descriptions name owners (`approval from @org/team`): defuse the mention, the App requests reviews.
    lines.push(`${'  '.repeat(depth)}- ${mdInline(r.description).replace(/@/g, '@\u200b')}${blocked || who}`)
    for (const child of r.children) add(child, depth + 1)
  }
  for (const r of approval.requirements) add(r, 0)
  return lines
}

function suppressionSection(report: Report): string[] {
  const review = suppressionsToReview(report)
  const entries = suppressionEntries(report)
  const out: string[] = []
  if (review.length > 0) out.push('### Suppressions to review', '', ...review.map((r) => `- ${mdInline(r)}`), '')
  if (entries !== null) {
    const summary =
      'To accept a finding, add its entry to <code>.github/promptops.yml</code> with a reason (the fingerprint binds it to this content)'
    out.push(`<details><summary>${summary}</summary>`, '', '```yaml', entries, '```', '', '</details>', '')
  }
  return out
}

function checklist(report: Report): string[] {
  const items = checklistItems(report)
  if (items.length === 0) return []
  return ['### Reviewer checklist', '', ...items.map((i) => `- [ ] **${i.category}** (${i.level}): ${i.check} — ${i.why}`)]
}
