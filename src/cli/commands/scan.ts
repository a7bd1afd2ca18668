import { readFile } from 'node:fs/promises'
import { decodeText } from '../../adapters/decode.js'
import { defaultConfig, parseConfig, unwrap, type FileChange } from '../../core/index.js'
import { scoreWithModeration } from '../../flows/moderated-score.js'
import { UsageError } from '../../core/errors.js'
import { absolute, parse, str } from '../args.js'
import type { Command } from '../io.js'
import { emitReport, REPORT_OPTIONS } from '../report-output.js'
import { readTextArg } from '../read-text.js'

const usage = `Usage: promptops scan FILE... [--format json|sarif|markdown|text] [--fail-on LEVEL] [--config FILE] [--output FILE]

Reports on files as if every line were added. Works outside any git repository. Every
file named is treated as a template (format from its name); paths in the report are as given.
Exit 0 whatever the risk, 1 when --fail-on LEVEL is met, 2 on bad usage or input.

Examples:
  promptops scan prompts/support/triage.prompt.yml
  promptops scan ~/Downloads/system-prompt.txt --format json --fail-on medium`

const READ_BATCH = 32

function unreadable(path: string, cause: unknown): UsageError {
  return new UsageError(`${path}: cannot read (${(cause as NodeJS.ErrnoException).code ?? (cause as Error).message})`)
}

export const scanCommand: Command = {
  name: 'scan',
  usage,
  async run(argv, io) {
    const { values, positionals } = parse(argv, REPORT_OPTIONS, usage)
    if (values.help) return (io.stdout(`${usage}\n`), 0)
    if (positionals.length === 0) throw new UsageError(`no files given\n\n${usage}`)
    const configFile = str(values.config)
    const config = configFile ? unwrap(parseConfig(await readTextArg(io.cwd, configFile), configFile)) : defaultConfig()
    const files: FileChange[] = []
    // READ_BATCH files at a time: one await per file left the process idle between reads
    // (a thousand sequential reads took longer than parsing them). The first unreadable
    // file in argument order is still the one reported.
    for (let at = 0; at < positionals.length; at += READ_BATCH) {
      const batch = positionals.slice(at, at + READ_BATCH)
      const read = await Promise.allSettled(batch.map((path) => readFile(absolute(io.cwd, path))))
      batch.forEach((path, i) => {
        const result = read[i] as PromiseSettledResult<Buffer>
        if (result.status === 'rejected') throw unreadable(path, result.reason)
        const { text, binary } = decodeText(result.value)
        files.push({ path, status: 'added', baseText: null, headText: text, ...(binary ? { binary } : {}) })
      })
    }
    return emitReport(
      await scoreWithModeration({ files, config, now: io.now(), governAll: true }, { env: process.env }),
      values,
      io,
    )
  },
}
