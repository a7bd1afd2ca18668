// Markdown for the `promptops/approval` check run summary. User-controlled text (review
// bodies, paths) is escaped so it cannot inject markup or mentions.
import { at } from './summary.js'
import type { Requirement, RoutingDecision } from './types.js'

const ICON = { success: '✅', action_required: '⏳', failure: '❌' } as const

export function renderDecisionMarkdown(decision: RoutingDecision): string {
  const out = [`### ${ICON[decision.status]} ${esc(decision.summary)}`, '', '**Why this tier**', '']
  for (const reason of decision.reasons) out.push(`- ${esc(reason)}`)
  out.push('', '**Requirements**', '')
  if (decision.requirements.length === 0) out.push('- No human approval required.')
  for (const r of decision.requirements) out.push(...requirementLines(r, 0))
  if (decision.counted.length > 0) {
    out.push('', '| Counted approval | Commit | Why it counts |', '|---|---|---|')
    for (const c of decision.counted)
      out.push(
        `| ${code(c.login)} | ${code(c.commit.slice(0, 7))} | ${c.via === 'head' ? 'head commit' : 'templates unchanged since'} |`,
      )
  }
  if (decision.discounted.length > 0) {
    out.push('', '| Not counted | Reason |', '|---|---|')
    for (const d of decision.discounted) out.push(`| ${code(d.login)} | ${esc(d.reason)} |`)
  }
  if (decision.notChecked.length > 0) {
    out.push('', '**Not checked here**', '')
    for (const n of decision.notChecked) out.push(`- ${esc(n)}`)
  }
  if (decision.overrides.length > 0) {
    out.push('', '**Overrides**', '')
    for (const o of decision.overrides) out.push(`- ${code(o.login)}: ${esc(o.reason)}`)
  }
  return `${out.join('\n')}\n`
}

function requirementLines(r: Requirement, depth: number): string[] {
  const pad = '  '.repeat(depth)
  const box = r.satisfied ? '[x]' : '[ ]'
  const parts: string[] = []
  if (r.approvedBy.length > 0) parts.push(`approved by ${r.approvedBy.map((l) => code(at(l))).join(', ')}`)
  if (!r.satisfied && r.missing.length > 0) parts.push(`missing ${r.missing.map((m) => code(at(m))).join(', ')}`)
  if (!r.satisfied && r.blocked !== undefined) parts.push(`**cannot be met:** ${esc(r.blocked)}`)
  const lines = [`${pad}- ${box} ${esc(r.description)}${parts.length > 0 ? ` — ${parts.join('; ')}` : ''}`]
  for (const child of r.children ?? []) lines.push(...requirementLines(child, depth + 1))
  return lines
}

/** Escapes markdown/HTML metacharacters and defuses @mentions. */
function esc(text: string): string {
  return text
    .replace(/[\\`*_{}[\]()#+!|<>~]/g, (ch) => `\\${ch}`)
    .replace(/@/g, '@\u200b')
    .replace(/\r?\n/g, ' ')
}

/** Inline code never mentions or links; backticks inside are replaced. */
function code(text: string): string {
  return `\`${text.replace(/`/g, "'")}\``
}
