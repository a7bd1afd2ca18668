import { ungovernedCandidates } from '../../core/config/candidates.js'
import { classifier } from '../../core/config/governed.js'
import { diagnose, type DoctorCheck } from '../../core/doctor.js'
import { ownersForPaths, parseCodeowners } from '../../core/owners/index.js'
import { git, resolveCommit } from '../../adapters/git/git.js'
import { loadPolicyAt } from '../../adapters/git/policy.js'
import { createClient } from '../../adapters/github/octokit.js'
import { githubCodeownersErrors, requiredChecks } from '../../adapters/github/protection.js'
import { parseRepo } from '../../adapters/github/repo-ref.js'
import { VERSION } from '../../version.js'
import { absolute, oneOf, parse, str } from '../args.js'
import type { Command } from '../io.js'

const usage = `Usage: promptops doctor [--repo DIR] [--ref REF] [--github-repo OWNER/NAME] [--branch BRANCH] [--format text|json]

Checks the setup: config and CODEOWNERS valid, every governed template owned, and — with
a token in GITHUB_TOKEN (API URL from GITHUB_API_URL) and --github-repo — that BRANCH
(default main) requires the promptops/approval check, and GitHub's own CODEOWNERS errors.
Exit 0 when nothing fails (warnings allowed), 2 otherwise.`

const ICON: Record<DoctorCheck['status'], string> = { ok: '✓', warn: '!', fail: '✗' }

export const doctorCommand: Command = {
  name: 'doctor',
  usage,
  async run(argv, io) {
    const opts = { repo: { type: 'string' }, ref: { type: 'string' }, 'github-repo': { type: 'string' }, branch: { type: 'string' }, format: { type: 'string' } } as const
    const { values } = parse(argv, opts, usage)
    if (values.help) return io.stdout(`${usage}\n`), 0
    const repo = absolute(io.cwd, str(values.repo) ?? '.')
    const branch = str(values.branch) ?? 'main'
    const commit = await resolveCommit(repo, str(values.ref) ?? 'HEAD')
    const policy = await loadPolicyAt(repo, commit)
    const config = policy.config.ok ? policy.config.value : null
    const paths = (await git(repo, ['ls-tree', '-r', '-z', '--name-only', commit])).split('\0').filter(Boolean)
    const governed = config ? paths.filter(classifier(config).isTemplate) : []
    const owners = config ? ownersForPaths(governed, policy.codeowners?.text, config.owners) : {}
    const remote = str(values['github-repo'])
    const token = io.env.GITHUB_TOKEN ?? io.env.GH_TOKEN
    const client = remote && token ? createClient({ token, baseUrl: io.env.GITHUB_API_URL ?? 'https://api.github.com', userAgent: `promptops-cli/${VERSION}` }) : null
    const checks = diagnose({
      configError: policy.config.ok ? null : policy.config.error.message,
      configFound: policy.configText !== null,
      codeownersPath: policy.codeowners?.path ?? null,
      codeownersErrors: policy.codeowners ? parseCodeowners(policy.codeowners.text).errors.map((e) => `${policy.codeowners!.path}:${e.line}: ${e.message}`) : [],
      templates: governed.map((path) => ({ path, owners: owners[path] ?? [] })),
      requiredChecks: client && remote ? await requiredChecks(client, parseRepo(remote), branch) : null,
      githubCodeownersErrors: client && remote ? await githubCodeownersErrors(client, parseRepo(remote), branch) : null,
      branch,
      ungoverned: config ? ungovernedCandidates(paths, classifier(config)) : [],
    })
    const format = oneOf(str(values.format), ['text', 'json'] as const, '--format', 'text')
    io.stdout(format === 'json' ? `${JSON.stringify({ checks }, null, 2)}\n` : `${checks.map((c) => `${ICON[c.status]} ${c.id}: ${c.message}`).join('\n')}\n`)
    return checks.some((c) => c.status === 'fail') ? 2 : 0
  },
}
