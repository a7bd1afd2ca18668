import { scoreRevisions } from '../../adapters/git/score-revisions.js'
import { absolute, parse, required, str } from '../args.js'
import type { Command } from '../io.js'
import { emitReport, REPORT_OPTIONS } from '../report-output.js'
import { createScorer } from '../parallel-score.js'
import { configOverride } from '../read-text.js'

const usage = `Usage: promptops score --repo DIR --base REF --head REF [--format json|sarif|markdown|text] [--fail-on LEVEL] [--config FILE] [--output FILE]

Diffs the prompt templates changed between two revisions (from their merge base, as a
pull request does) and reports the risk. Policy (.github/promptops.yml, CODEOWNERS) is
read from --base, as the App does; --config overrides it with a file on disk.
Exit 0 whatever the risk, 1 when --fail-on LEVEL is met, 2 on bad usage or input.`

export const scoreCommand: Command = {
  name: 'score',
  usage,
  async run(argv, io) {
    const { values } = parse(argv, { repo: { type: 'string' }, base: { type: 'string' }, head: { type: 'string' }, ...REPORT_OPTIONS }, usage)
    if (values.help) return io.stdout(`${usage}\n`), 0
    const scorer = createScorer(io.workerUrl, io.env)
    const repo = absolute(io.cwd, str(values.repo) ?? '.')
    const configFile = str(values.config)
    const override = await configOverride(io.cwd, configFile)
    const { report } = await scoreRevisions(repo, required(values.base, '--base', usage), required(values.head, '--head', usage), io.now(), override, scorer)
    return emitReport(report, values, io)
  },
}
