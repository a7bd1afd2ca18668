import { renderDecisionText, type Review } from '../../core/routing/index.js'
import { UsageError } from '../../core/errors.js'
import { scoreRevisions } from '../../flows/score-revisions.js'
import { routeRevisions } from '../../flows/route-revisions.js'
import { oneOf, parse, required, str } from '../args.js'
import type { Command } from '../io.js'
import { readJsonFile } from '../read-json.js'
import { configOverride } from '../read-text.js'
import { gitRepoArg } from '../repo-arg.js'

const usage = `Usage: promptops route [--repo DIR] --base REF --head REF [--author LOGIN] [--approvals FILE] [--teams FILE] [--format json|text] [--explain] [--config FILE]

The approval decision the App would make for this change: tier, required groups, who
satisfies them, what is missing, and why. --approvals takes the JSON of GitHub's
list-reviews API; --teams a map of "org/team" to member logins. Co-authors are read from
commit trailers and GitHub noreply addresses. Offline, reviewers' write access and who pushed
the commits cannot be known: the decision lists them under "not checked" (the App checks
both). Exit 0 whether or not it is satisfied.

Examples:
  promptops route --base main --head HEAD --author alice --explain
  gh api repos/OWNER/REPO/pulls/42/reviews > reviews.json
  promptops route --base main --head HEAD --author alice --approvals reviews.json --format json`

export const routeCommand: Command = {
  name: 'route',
  usage,
  async run(argv, io) {
    const opts = {
      repo: { type: 'string' },
      base: { type: 'string' },
      head: { type: 'string' },
      author: { type: 'string' },
      approvals: { type: 'string' },
      teams: { type: 'string' },
      format: { type: 'string' },
      explain: { type: 'boolean' },
      config: { type: 'string' },
    } as const
    const { values } = parse(argv, opts, usage)
    if (values.help) return (io.stdout(`${usage}\n`), 0)
    const repo = await gitRepoArg(io.cwd, values.repo)
    const format = oneOf(str(values.format), ['json', 'text'] as const, '--format', values.explain || io.isTTY ? 'text' : 'json')
    const reviews = values.approvals ? await readJsonFile(io.cwd, values.approvals) : []
    if (!Array.isArray(reviews))
      throw new UsageError(`${values.approvals}: expected the JSON array returned by GitHub's list-reviews API`)
    const teams = values.teams ? await readJsonFile(io.cwd, values.teams) : {}
    if (typeof teams !== 'object' || teams === null || Array.isArray(teams))
      throw new UsageError(`${values.teams}: expected an object of "org/team": ["login", ...]`)
    const configFile = str(values.config)
    const override = await configOverride(io.cwd, configFile)
    const scored = await scoreRevisions(
      repo,
      required(values.base, '--base', usage),
      required(values.head, '--head', usage),
      io.now(),
      override,
    )
    const decision = await routeRevisions(repo, scored, {
      author: str(values.author) ?? '',
      reviews: reviews as Review[],
      teams: teams as Record<string, string[]>,
    })
    io.stdout(format === 'json' ? `${JSON.stringify(decision, null, 2)}\n` : `${renderDecisionText(decision)}\n`)
    return 0
  },
}
