// Reading commands over a local audit branch: export, show (verify is in verify.ts).
import { writeFile } from 'node:fs/promises'
import { exportCsv, exportJsonl, type AuditRecord } from '../../core/audit/index.js'
import { UsageError } from '../../core/errors.js'
import { defaultConfig } from '../../core/config/parse-config.js'
import { readRecords } from '../../flows/audit/append.js'
import { localAuditStore } from '../../adapters/git/audit-store.js'
import { absolute, oneOf, parse, str } from '../args.js'
import type { CliIo } from '../io.js'

const BRANCH = defaultConfig().audit.branch

async function loadBranch(io: CliIo, values: { repo?: string | boolean; branch?: string | boolean }) {
  const repo = absolute(io.cwd, str(values.repo) ?? '.')
  const store = localAuditStore(repo, str(values.branch) ?? BRANCH)
  const snapshot = await store.load()
  if (snapshot.tip === null) throw new UsageError(`${repo}: no audit branch "${store.branch}" (record a merge first)`)
  return { repo, store, snapshot }
}

export const exportUsage = `Usage: promptops audit export --repo DIR --format csv|jsonl [--since DATE] [--until DATE] [--template PATH] [--branch B] [--output FILE]

Exports records for auditors: CSV (RFC 4180, cells guarded against formula injection) or
JSONL (one canonical record per line).`

export async function auditExport(argv: string[], io: CliIo): Promise<number> {
  const opts = {
    repo: { type: 'string' },
    branch: { type: 'string' },
    format: { type: 'string' },
    since: { type: 'string' },
    until: { type: 'string' },
    template: { type: 'string' },
    output: { type: 'string' },
  } as const
  const { values } = parse(argv, opts, exportUsage)
  if (values.help) return (io.stdout(`${exportUsage}\n`), 0)
  const format = oneOf(str(values.format), ['csv', 'jsonl'] as const, '--format', 'jsonl')
  const { snapshot } = await loadBranch(io, values)
  const filter = {
    ...(values.since ? { since: values.since } : {}),
    ...(values.until ? { until: values.until } : {}),
    ...(values.template ? { template: values.template } : {}),
  }
  let text: string
  try {
    text = (format === 'csv' ? exportCsv : exportJsonl)(readRecords(snapshot.files), filter)
  } catch (error) {
    if (error instanceof RangeError) throw new UsageError(error.message)
    throw error
  }
  if (values.output) await writeFile(absolute(io.cwd, values.output), text)
  else io.stdout(text)
  return 0
}

export const showUsage = `Usage: promptops audit show --repo DIR [--branch B] (PR-NUMBER | TEMPLATE-PATH)

The history of one pull request or one template, newest last.`

export async function auditShow(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(argv, { repo: { type: 'string' }, branch: { type: 'string' } }, showUsage)
  if (values.help) return (io.stdout(`${showUsage}\n`), 0)
  const target = positionals[0]
  if (!target) throw new UsageError(`name a PR number or a template path\n\n${showUsage}`)
  const { snapshot } = await loadBranch(io, values)
  const records = readRecords(snapshot.files).filter((r) =>
    /^#?\d+$/.test(target)
      ? r.predicate.pr.number === Number(target.replace('#', ''))
      : r.predicate.templates.some((t) => t.path === target || t.oldPath === target),
  )
  if (records.length === 0) {
    io.stderr(`no records for ${target}\n`)
    return 0
  }
  io.stdout(`${records.map(describe).join('\n')}\n`)
  return 0
}

function describe(r: AuditRecord): string {
  const p = r.predicate
  const approvals =
    p.approvals
      .filter((a) => a.state === 'APPROVED')
      .map((a) => `@${a.reviewer}`)
      .join(', ') || 'none'
  return [
    `#${p.seq} ${p.mergedAt} PR #${p.pr.number} "${p.pr.title}" by @${p.pr.author}: ${p.level} (score ${p.score})`,
    `   merge ${p.mergeCommit.slice(0, 12)}, approvals: ${approvals}${p.overrides.length ? `, overrides: ${p.overrides.map((o) => `@${o.by} (${o.reason})`).join('; ')}` : ''}`,
    ...p.templates.map(
      (t) => `   ${t.oldPath ? `${t.oldPath} → ` : ''}${t.path} ${t.digest ? t.digest.slice(0, 12) : '(removed)'}`,
    ),
  ].join('\n')
}
