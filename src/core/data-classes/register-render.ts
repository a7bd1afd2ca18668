// The register as a terminal table, JSON, CSV (for spreadsheets; cells guarded against formula
// injection) and markdown (the audit branch's register page and pull-request friendly output).
import { csvCell } from '../audit/export.js'
import { codeSpan, escapeMd } from '../audit/markdown.js'
import type { RegisterRow } from './register.js'

export const REGISTER_COLUMNS = [
  'template',
  'classes',
  'model',
  'provider',
  'host',
  'region',
  'hosting',
  'owners',
  'redact',
  'last_pr',
  'last_merged',
  'last_approvers',
] as const
/** CSV adds the source of the host's assertions. */
const CSV_COLUMNS = [...REGISTER_COLUMNS, 'host_note'] as const

const dash = (v: string | null | undefined): string => (v === null || v === undefined || v === '' ? '-' : v)
const list = (items: readonly string[]): string => (items.length === 0 ? '-' : items.join(' '))

function cells(r: RegisterRow): string[] {
  return [
    r.path,
    list([...r.classes, ...r.undefinedClasses.map((c) => `${c}(undefined)`)]),
    dash(r.model),
    dash(r.provider),
    dash(r.host ?? 'unknown'),
    dash(r.region),
    r.verdict,
    list(r.owners),
    r.redactTelemetry ? 'yes' : 'no',
    r.lastApproval ? `#${r.lastApproval.pr}` : '-',
    r.lastApproval ? r.lastApproval.mergedAt.slice(0, 10) : '-',
    r.lastApproval ? list(r.lastApproval.approvers.map((a) => `@${a}`)) : '-',
  ]
}

export function summarize(rows: readonly RegisterRow[]): {
  templates: number
  classified: number
  notAllowed: number
  unknownHost: number
} {
  return {
    templates: rows.length,
    classified: rows.filter((r) => r.classes.length > 0).length,
    notAllowed: rows.filter((r) => r.verdict === 'not-allowed').length,
    unknownHost: rows.filter((r) => r.verdict === 'unknown').length,
  }
}

export function renderRegisterTable(rows: readonly RegisterRow[]): string {
  if (rows.length === 0) return 'no governed templates\n'
  const head = REGISTER_COLUMNS.map((c) => c.replace(/_/g, ' '))
  const body = rows.map(cells)
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((r) => (r[i] ?? '').length)))
  const line = (row: readonly string[]): string =>
    row
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd()
  const s = summarize(rows)
  return `${[line(head), ...body.map(line)].join('\n')}\n\n${s.templates} templates, ${s.classified} classified, ${s.notAllowed} on a host their class does not allow, ${s.unknownHost} on an unknown host\n`
}

export function renderRegisterJson(rows: readonly RegisterRow[]): string {
  return `${JSON.stringify({ summary: summarize(rows), templates: rows }, null, 2)}\n`
}

export function renderRegisterCsv(rows: readonly RegisterRow[]): string {
  return `${[CSV_COLUMNS.join(','), ...rows.map((r) => [...cells(r), r.hostNote ?? ''].map(csvCell).join(','))].join('\r\n')}\r\n`
}

export interface RegisterMarkdownOptions {
  /** Link target for a row's last approval (the audit record). */
  recordLink?: (row: RegisterRow) => string | null
}

export function renderRegisterMarkdown(rows: readonly RegisterRow[], options: RegisterMarkdownOptions = {}): string {
  const s = summarize(rows)
  const out = [
    `${s.templates} templates, ${s.classified} classified, ${s.notAllowed} on a host their class does not allow, ${s.unknownHost} on an unknown host.`,
    '',
    '| Template | Classes | Model | Host | Region | Hosting | Owners | Redact | Last approval |',
    '|---|---|---|---|---|---|---|---|---|',
  ]
  for (const r of rows) {
    const row = cells(r)
    const c = (i: number): string => row[i] ?? ''
    const link = options.recordLink?.(r) ?? null
    const pr = r.lastApproval
      ? `${link ? `[#${r.lastApproval.pr}](${link})` : `#${r.lastApproval.pr}`} ${r.lastApproval.mergedAt.slice(0, 10)} ${escapeMd(c(11))}`
      : '—'
    const host = r.provider ? `${escapeMd(c(4))} (${escapeMd(r.provider)})` : escapeMd(c(4))
    out.push(
      `| ${codeSpan(r.path)} | ${escapeMd(c(1))} | ${escapeMd(c(2))} | ${host} | ${escapeMd(c(5))} | ${r.verdict} | ${escapeMd(c(7))} | ${c(8)} | ${pr} |`,
    )
  }
  return `${out.join('\n')}\n`
}
