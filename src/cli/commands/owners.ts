import { ownersForPaths } from '../../core/owners/index.js'
import { unwrap } from '../../core/result.js'
import { UsageError } from '../../core/errors.js'
import { resolveCommit } from '../../adapters/git/git.js'
import { loadPolicyAt } from '../../adapters/git/policy.js'
import { parse, str } from '../args.js'
import type { Command } from '../io.js'
import { gitRepoArg } from '../repo-arg.js'

const usage = `Usage: promptops owners [--repo DIR] [--ref REF] PATH...

Prints the owners of each path as JSON ({"path": ["@owner", ...]}): CODEOWNERS with
GitHub's semantics (first of .github/CODEOWNERS, CODEOWNERS, docs/CODEOWNERS; last
matching line wins) plus owners from promptops.yml, as of REF (default HEAD). [] = unowned.

Examples:
  promptops owners prompts/support/triage.prompt.yml
  promptops owners --repo ../prompts --ref main prompts/a.prompty prompts/b.prompty`

export const ownersCommand: Command = {
  name: 'owners',
  usage,
  async run(argv, io) {
    const { values, positionals } = parse(argv, { repo: { type: 'string' }, ref: { type: 'string' } }, usage)
    if (values.help) return (io.stdout(`${usage}\n`), 0)
    if (positionals.length === 0) throw new UsageError(`no paths given\n\n${usage}`)
    const repo = await gitRepoArg(io.cwd, values.repo)
    const policy = await loadPolicyAt(repo, await resolveCommit(repo, str(values.ref) ?? 'HEAD'))
    const config = unwrap(policy.config)
    // Keys exactly as given; matching uses the path without a leading "./".
    const asked = positionals.map((given) => ({ given, path: given.replace(/^\.\//, '') }))
    const owners = ownersForPaths(
      asked.map((a) => a.path),
      policy.codeowners?.text,
      config.owners,
    )
    const byArgument = Object.fromEntries(asked.map(({ given, path }) => [given, owners[path] ?? []]))
    io.stdout(`${JSON.stringify(byArgument, null, 2)}\n`)
    return 0
  },
}
