import { readFile } from 'node:fs/promises'
import { decodeText } from '../../adapters/decode.js'
import { defaultConfig, parseConfig } from '../../core/config/parse-config.js'
import { unwrap } from '../../core/result.js'
import type { FileChange } from '../../core/types.js'
import { UsageError } from '../../core/errors.js'
import { mapLimit } from '../../adapters/map-limit.js'
import { absolute, parse, str } from '../args.js'
import type { Command } from '../io.js'
import { emitReport, REPORT_OPTIONS } from '../report-output.js'
import { createScorer } from '../parallel-score.js'
import { readTextArg } from '../read-text.js'

/** Files read at once: enough to keep the disk busy, few enough for any file-descriptor limit. */
const READ_CONCURRENCY = 32

const usage = `Usage: promptops scan FILE... [--format json|sarif|markdown|text] [--fail-on LEVEL] [--config FILE] [--output FILE]

Reports on files as if every line were added. Works outside any git repository. Every
file named is treated as a template (format from its name); paths in the report are as given.`

export const scanCommand: Command = {
  name: 'scan',
  usage,
  async run(argv, io) {
    const { values, positionals } = parse(argv, REPORT_OPTIONS, usage)
    if (values.help) return io.stdout(`${usage}\n`), 0
    if (positionals.length === 0) throw new UsageError(`no files given\n\n${usage}`)
    const scorer = createScorer(io.workerUrl, io.env)
    const configFile = str(values.config)
    const config = configFile ? unwrap(parseConfig(await readTextArg(io.cwd, configFile), configFile)) : defaultConfig()
    // Read in parallel; the first unreadable file in argument order is the one reported.
    const read = await mapLimit(positionals, READ_CONCURRENCY, (path) => readFile(absolute(io.cwd, path)).then((bytes) => ({ bytes }), (cause: NodeJS.ErrnoException) => ({ cause })))
    const files = positionals.map((path, i): FileChange => {
      const r = read[i]!
      if ('cause' in r) throw new UsageError(`${path}: cannot read (${r.cause.code ?? r.cause.message})`)
      const { text, binary } = decodeText(r.bytes)
      return { path, status: 'added', baseText: null, headText: text, ...(binary ? { binary } : {}) }
    })
    return emitReport(await scorer({ files, config, now: io.now(), governAll: true }), values, io)
  },
}
