import { approvalSummary } from '../../core/report/approval-summary.js'
import { scoreRevisions } from '../../flows/score-revisions.js'
import { parse, required, str } from '../args.js'
import type { Command } from '../io.js'
import { emitReport, REPORT_OPTIONS } from '../report-output.js'
import { configOverride } from '../read-text.js'
import { gitRepoArg } from '../repo-arg.js'

const usage = `Usage: promptops score [--repo DIR] --base REF --head REF [--format json|sarif|markdown|text] [--fail-on LEVEL] [--config FILE] [--output FILE]

Diffs the prompt templates changed between two revisions (from their merge base, as a
pull request does) and reports the risk. Policy (.github/promptops.yml, CODEOWNERS) is
read from --base, as the App does; --config overrides it with a file on disk.
Exit 0 whatever the risk, 1 when --fail-on LEVEL is met, 2 on bad usage or input.

Examples:
  promptops score --base main --head HEAD                      # this branch, as its PR is scored
  promptops score --base main --head HEAD --format markdown    # the PR comment
  promptops score --repo ../prompts --base v1.2 --head main --format sarif -o promptops.sarif
  promptops score --base main --head HEAD --fail-on high       # exit 1 at high or critical`

export const scoreCommand: Command = {
  name: 'score',
  usage,
  async run(argv, io) {
    const { values } = parse(
      argv,
      { repo: { type: 'string' }, base: { type: 'string' }, head: { type: 'string' }, ...REPORT_OPTIONS },
      usage,
    )
    if (values.help) return (io.stdout(`${usage}\n`), 0)
    const repo = await gitRepoArg(io.cwd, values.repo)
    const configFile = str(values.config)
    const override = await configOverride(io.cwd, configFile)
    const { report, config, owners } = await scoreRevisions(
      repo,
      required(values.base, '--base', usage),
      required(values.head, '--head', usage),
      io.now(),
      override,
    )
    // The markdown is the PR comment, which says who must approve under the base's policy.
    return emitReport(report, values, io, { approval: approvalSummary(report, config, (p) => owners[p] ?? []) })
  },
}
