// `promptops report metrics`: per-template cost and accuracy over time, read from a local
// audit branch, as a text table, JSON, mermaid charts (markdown) or an SVG chart.
import { writeFile } from 'node:fs/promises'
import { readRecords } from '../../flows/audit/append.js'
import { localAuditStore } from '../../adapters/git/audit-store.js'
import { defaultConfig } from '../../core/config/parse-config.js'
import { UsageError } from '../../core/errors.js'
import {
  metricsOverTime,
  renderMetricsJson,
  renderMetricsTable,
  renderMermaid,
  renderSvg,
  type TemplateSeries,
} from '../../core/metrics/index.js'
import { absolute, oneOf, parse, str } from '../args.js'
import type { CliIo } from '../io.js'
import { gitRepoArg } from '../repo-arg.js'

export const metricsUsage = `Usage: promptops report metrics --repo DIR [--branch B] [--template PATH] [--format table|json|mermaid|svg] [--output FILE]

Per-template prompt tokens, USD per call and eval accuracy at each merged PR, from the
audit branch (default promptops-audit). --format mermaid prints markdown with xychart-beta
line charts; svg writes one self-contained SVG chart. --template keeps one template
(its current or any earlier path).

Examples:
  promptops report metrics --template prompts/support/triage.prompt.yml
  promptops report metrics --format svg --output metrics.svg`

const FORMATS = ['table', 'json', 'mermaid', 'svg'] as const
const RENDER: Record<(typeof FORMATS)[number], (series: readonly TemplateSeries[]) => string> = {
  table: renderMetricsTable,
  json: renderMetricsJson,
  mermaid: renderMermaid,
  svg: renderSvg,
}

export async function reportMetrics(argv: string[], io: CliIo): Promise<number> {
  const opts = {
    repo: { type: 'string' },
    branch: { type: 'string' },
    template: { type: 'string' },
    format: { type: 'string', short: 'f' },
    output: { type: 'string', short: 'o' },
  } as const
  const { values, positionals } = parse(argv, opts, metricsUsage)
  if (values.help) return (io.stdout(`${metricsUsage}\n`), 0)
  if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"\n\n${metricsUsage}`)
  const format = oneOf(str(values.format), FORMATS, '--format', 'table')
  const repo = await gitRepoArg(io.cwd, values.repo)
  const store = localAuditStore(repo, str(values.branch) ?? defaultConfig().audit.branch)
  const snapshot = await store.load()
  if (snapshot.tip === null) throw new UsageError(`${repo}: no audit branch "${store.branch}" (record a merge first)`)
  const template = str(values.template)
  const series = metricsOverTime(readRecords(snapshot.files), template === undefined ? {} : { template })
  if (template !== undefined && series.length === 0) io.stderr(`no records for ${template}\n`)
  const text = RENDER[format](series)
  const output = str(values.output)
  if (output) await writeFile(absolute(io.cwd, output), text)
  else io.stdout(text)
  return 0
}
