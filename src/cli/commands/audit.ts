import { UsageError } from '../../core/errors.js'
import { auditExport, auditShow, auditVerify, exportUsage, showUsage, verifyUsage } from '../audit/read.js'
import { auditReconcile, reconcileUsage } from '../audit/reconcile.js'
import { auditRecord, recordUsage } from '../audit/record.js'
import type { Command } from '../io.js'

const SUBCOMMANDS = { record: auditRecord, verify: auditVerify, export: auditExport, show: auditShow, reconcile: auditReconcile } as const
const usage = `Usage: promptops audit record|verify|export|show|reconcile ...

${recordUsage}

${verifyUsage}

${exportUsage}

${showUsage}

${reconcileUsage}`

export const auditCommand: Command = {
  name: 'audit',
  summary: 'append-only, tamper-evident audit branch: record, verify, export, show, reconcile',
  usage,
  async run(argv, io) {
    const [sub, ...rest] = argv
    if (sub === undefined || sub === '--help' || sub === '-h') return io.stdout(`${usage}\n`), sub === undefined ? 2 : 0
    const run = SUBCOMMANDS[sub as keyof typeof SUBCOMMANDS]
    if (!run) throw new UsageError(`unknown audit command "${sub}"\n\n${usage}`)
    return run(rest, io)
  },
}
