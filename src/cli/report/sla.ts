import { renderSlaReport, slaReport } from '../../core/governance/sla-report.js'
import { defaultConfig } from '../../core/config/parse-config.js'
import { UsageError } from '../../core/errors.js'
import { readRecords } from '../../flows/audit/append.js'
import { localAuditStore } from '../../adapters/git/audit-store.js'
import { oneOf, parse, str } from '../args.js'
import type { CliIo } from '../io.js'
import { gitRepoArg } from '../repo-arg.js'

export const slaUsage = `Usage: promptops report sla --repo DIR [--branch B] [--format text|json]

Time to first review per template and per owner, and SLA breaches, from the audit branch.

Examples:
  git fetch origin promptops-audit:promptops-audit && promptops report sla
  promptops report sla --repo ../prompts --format json`

export async function reportSla(argv: string[], io: CliIo): Promise<number> {
  const { values } = parse(argv, { repo: { type: 'string' }, branch: { type: 'string' }, format: { type: 'string' } }, slaUsage)
  if (values.help) return (io.stdout(`${slaUsage}\n`), 0)
  const store = localAuditStore(await gitRepoArg(io.cwd, values.repo), str(values.branch) ?? defaultConfig().audit.branch)
  const snapshot = await store.load()
  if (snapshot.tip === null) throw new UsageError(`no audit branch "${store.branch}"`)
  const report = slaReport(readRecords(snapshot.files))
  const format = oneOf(str(values.format), ['text', 'json'] as const, '--format', 'text')
  io.stdout(`${format === 'json' ? JSON.stringify(report, null, 2) : renderSlaReport(report)}\n`)
  return 0
}
