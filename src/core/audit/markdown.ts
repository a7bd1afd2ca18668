// Markdown helpers for index pages: values from PRs (titles, logins, paths) are untrusted,
// so they are escaped rather than trusted to be plain.
import type { AuditRecord } from './record.schema.js'
import { recordPath } from './record.js'
import { relativeLink, templatePagePath } from './layout.js'
import { trimEndChar } from '../text.js'

export interface IndexOptions {
  /** e.g. `https://github.com` or a GHES URL; no trailing slash needed. */
  serverUrl: string
  /** The public verifier key (`<name>+<hex id>+<base64 key>`) readers verify against. */
  verifierKey: string
}

export function escapeMd(text: string): string {
  return text.replace(/[\r\n\t]+/g, ' ').replace(/[\\`*_[\]<>|#~!&]/g, (c) => `\\${c}`)
}

export function codeSpan(text: string): string {
  return text.includes('`') || /[\r\n]/.test(text) ? escapeMd(text) : `\`${text}\``
}

function base(serverUrl: string): string {
  return trimEndChar(serverUrl, '/')
}

export function prUrl(opts: IndexOptions, record: AuditRecord): string {
  return `${base(opts.serverUrl)}/${record.predicate.repository}/pull/${record.predicate.pr.number}`
}

export function commitUrl(opts: IndexOptions, repository: string, sha: string): string {
  return `${base(opts.serverUrl)}/${repository}/commit/${sha}`
}

export function repoUrl(opts: IndexOptions, repository: string): string {
  return `${base(opts.serverUrl)}/${repository}`
}

/** Unique logins that approved, in review order. */
export function approvers(record: AuditRecord): string[] {
  const names = record.predicate.approvals.filter((a) => a.state === 'APPROVED').map((a) => a.reviewer)
  return [...new Set(names)]
}

const MAX_TEMPLATES_IN_CELL = 3

/** One table row: seq, date, PR, level, templates, approvers (links relative to `page`). */
export function recordRow(page: string, record: AuditRecord, opts: IndexOptions): string {
  const p = record.predicate
  const templates = p.templates
    .slice(0, MAX_TEMPLATES_IN_CELL)
    .map((t) => `[${codeSpan(t.path)}](${relativeLink(page, templatePagePath(t.path))})`)
  const more = p.templates.length - MAX_TEMPLATES_IN_CELL
  if (more > 0) templates.push(`+${more} more`)
  const cells = [
    `[${p.seq}](${relativeLink(page, recordPath(record))})`,
    p.mergedAt.slice(0, 10),
    `[#${p.pr.number}](${prUrl(opts, record)})`,
    p.level,
    templates.join('<br>') || '—',
    approvers(record)
      .map((a) => `@${escapeMd(a)}`)
      .join(', ') || '—',
  ]
  return `| ${cells.join(' | ')} |`
}

export const RECORD_TABLE_HEAD = '| Seq | Merged (UTC) | PR | Level | Templates | Approvers |\n|---:|---|---|---|---|---|'
