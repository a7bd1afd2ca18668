import { UsageError } from '../../core/errors.js'
import type { Command } from '../io.js'
import { reportSla, slaUsage } from '../report/sla.js'
import { metricsUsage, reportMetrics } from '../report/metrics.js'
import { dataClassesUsage, reportDataClasses } from '../report/data-classes.js'

const REPORTS = { sla: reportSla, metrics: reportMetrics, 'data-classes': reportDataClasses } as const
const usage = `Usage: promptops report sla|metrics|data-classes ...

${slaUsage}

${metricsUsage}

${dataClassesUsage}`

export const reportCommand: Command = {
  name: 'report',
  usage,
  async run(argv, io) {
    const [sub, ...rest] = argv
    if (sub === undefined || sub === '--help' || sub === '-h') return (io.stdout(`${usage}\n`), sub === undefined ? 2 : 0)
    const run = REPORTS[sub as keyof typeof REPORTS]
    if (!run) throw new UsageError(`unknown report "${sub}"\n\n${usage}`)
    return run(rest, io)
  },
}
