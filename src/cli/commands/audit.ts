import { UsageError } from '../../core/errors.js'
import { auditExport, auditShow, exportUsage, showUsage } from '../audit/read.js'
import { auditVerify, verifyUsage } from '../audit/verify.js'
import { reconcileUsage, recordUsage } from '../audit/usage.js'
import type { Command, CliIo } from '../io.js'

type Subcommand = (argv: string[], io: CliIo) => Promise<number>
/** record and reconcile score pull requests: their modules (and the engine) load on use. */
const SUBCOMMANDS: Record<string, () => Promise<Subcommand>> = {
  record: async () => (await import('../audit/record.js')).auditRecord,
  verify: async () => auditVerify,
  export: async () => auditExport,
  show: async () => auditShow,
  reconcile: async () => (await import('../audit/reconcile.js')).auditReconcile,
}
const usage = `Usage: promptops audit record|verify|export|show|reconcile ...

${recordUsage}

${verifyUsage}

${exportUsage}

${showUsage}

${reconcileUsage}`

export const auditCommand: Command = {
  name: 'audit',
  usage,
  async run(argv, io) {
    const [sub, ...rest] = argv
    if (sub === undefined || sub === '--help' || sub === '-h') return (io.stdout(`${usage}\n`), sub === undefined ? 2 : 0)
    const load = Object.hasOwn(SUBCOMMANDS, sub) ? SUBCOMMANDS[sub] : undefined
    if (!load) throw new UsageError(`unknown audit command "${sub}"\n\n${usage}`)
    return (await load())(rest, io)
  },
}
