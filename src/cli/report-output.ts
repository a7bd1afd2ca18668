// Shared by `score` and `scan`: render a report in the chosen format, apply --fail-on.
import { writeFile } from 'node:fs/promises'
// Direct module paths, not core/index.js: that barrel would load the engine before git runs.
import { renderJson } from '../core/report/json.js'
import { renderMarkdown, type MarkdownOptions } from '../core/report/markdown.js'
import { renderSarif } from '../core/report/sarif.js'
import { renderText } from '../core/report/text.js'
import type { Report } from '../core/report/types.js'
import { levelRank, type Level } from '../core/types.js'
import { VERSION } from '../version.js'
import { absolute, level, oneOf, str } from './args.js'
import type { CliIo } from './io.js'

export const FORMATS = ['json', 'sarif', 'markdown', 'text'] as const
export type Format = (typeof FORMATS)[number]

export const REPORT_OPTIONS = {
  format: { type: 'string', short: 'f' },
  'fail-on': { type: 'string' },
  output: { type: 'string', short: 'o' },
  config: { type: 'string' },
} as const

export function render(report: Report, format: Format, io: CliIo, markdown: MarkdownOptions = {}): string {
  switch (format) {
    case 'json':
      return renderJson(report)
    case 'sarif':
      return renderSarif(report, { toolVersion: VERSION })
    case 'markdown':
      return renderMarkdown(report, markdown)
    case 'text':
      return renderText(report, { color: io.isTTY && !io.env.NO_COLOR })
  }
}

type ReportFlags = { format?: string | boolean; 'fail-on'?: string | boolean; output?: string | boolean }

export async function emitReport(
  report: Report,
  values: ReportFlags,
  io: CliIo,
  markdown: MarkdownOptions = {},
): Promise<number> {
  const format = oneOf(str(values.format), FORMATS, '--format', io.isTTY ? 'text' : 'json')
  const failOn: Level | undefined = level(str(values['fail-on']), '--fail-on')
  const text = `${render(report, format, io, markdown)}\n`
  const output = str(values.output)
  if (output) await writeFile(absolute(io.cwd, output), text)
  else io.stdout(text)
  if (failOn && levelRank(report.level) >= levelRank(failOn)) {
    io.stderr(`promptops: risk level ${report.level} meets --fail-on ${failOn}\n`)
    return 1
  }
  return 0
}
