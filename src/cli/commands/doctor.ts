import { ungovernedCandidates } from '../../core/config/candidates.js'
import { classifier } from '../../core/config/governed.js'
import { diagnose, type DoctorCheck } from '../../core/doctor.js'
import { UsageError } from '../../core/errors.js'
import { ownersForPaths, parseCodeowners } from '../../core/owners/index.js'
import { checkSetup, type AppIdentity, type SetupCheck } from '../../core/setup/protection.js'
import { resolveCommit } from '../../adapters/git/git.js'
import { listFiles } from '../../adapters/git/repository.js'
import { loadPolicyAt } from '../../adapters/git/policy.js'
import { clientFromEnv, type GitHubClient } from '../../adapters/github/octokit.js'
import { appBySlug, approvalPosters, githubCodeownersErrors, readBranchSettings } from '../../adapters/github/protection.js'
import { parseRepo, type RepoRef } from '../../adapters/github/repo-ref.js'
import { VERSION } from '../../version.js'
import { absolute, oneOf, parse, str } from '../args.js'
import type { Command } from '../io.js'

const usage = `Usage: promptops doctor [--repo DIR] [--ref REF] [--github-repo OWNER/NAME] [--branch BRANCH]
                       [--app-id ID | --app-slug SLUG] [--format text|json]

Checks the setup: config and CODEOWNERS valid, every governed template owned. With a token in
GITHUB_TOKEN (API URL from GITHUB_API_URL) and --github-repo it also reads GitHub's settings:
BRANCH (default: the repository's default branch) must require promptops/approval from the
PromptOps App (not from any source), the audit branch (config audit.branch) must block force
pushes and deletion, GitHub's "approval of the most recent reviewable push" is checked where
GitHub's own reviews are required, and GitHub's CODEOWNERS errors are listed.
The App's id comes from --app-id, PROMPTOPS_APP_ID, or --app-slug (looked up); without
them it is inferred from the App that posted promptops/approval on recent pull requests.
Reading classic branch protection needs admin access; rulesets are readable with read access.
Exit 0 when nothing fails (warnings allowed), 2 otherwise.`

const ICON: Record<DoctorCheck['status'], string> = { ok: '✓', warn: '!', fail: '✗' }

function appIdOption(value: string | undefined, from: string): AppIdentity | null {
  if (value === undefined || value === '') return null
  if (!/^[1-9]\d{0,11}$/.test(value)) throw new UsageError(`${from} must be a GitHub App id, a positive number (got "${value}")`)
  return { id: Number(value), how: from }
}

async function githubSetup(
  client: GitHubClient,
  repo: RepoRef,
  branch: string | undefined,
  auditBranch: string,
  app: AppIdentity | null,
): Promise<{ branch: string; setup: SetupCheck[] }> {
  const base = branch ?? (await client.rest.repos.get({ ...repo })).data.default_branch
  const [baseSettings, audit, posters] = await Promise.all([
    readBranchSettings(client, repo, base),
    readBranchSettings(client, repo, auditBranch),
    approvalPosters(client, repo),
  ])
  return { branch: base, setup: checkSetup({ base: baseSettings, audit, app, posters }) }
}

export const doctorCommand: Command = {
  name: 'doctor',
  usage,
  async run(argv, io) {
    const opts = {
      repo: { type: 'string' },
      ref: { type: 'string' },
      'github-repo': { type: 'string' },
      branch: { type: 'string' },
      'app-id': { type: 'string' },
      'app-slug': { type: 'string' },
      format: { type: 'string' },
    } as const
    const { values } = parse(argv, opts, usage)
    if (values.help) return (io.stdout(`${usage}\n`), 0)
    const format = oneOf(str(values.format), ['text', 'json'] as const, '--format', 'text')
    const repo = absolute(io.cwd, str(values.repo) ?? '.')
    const commit = await resolveCommit(repo, str(values.ref) ?? 'HEAD')
    const policy = await loadPolicyAt(repo, commit)
    const config = policy.config.ok ? policy.config.value : null
    const paths = await listFiles(repo, commit)
    const governed = config ? paths.filter(classifier(config).isTemplate) : []
    const owners = config ? ownersForPaths(governed, policy.codeowners?.text, config.owners) : {}
    const remote = str(values['github-repo'])
    const token = io.env.GITHUB_TOKEN ?? io.env.GH_TOKEN
    const client = remote && token ? clientFromEnv(io.env, { token, userAgent: `promptops-cli/${VERSION}` }) : null
    const slug = str(values['app-slug'])
    const explicit = appIdOption(str(values['app-id']), '--app-id') ?? appIdOption(io.env.PROMPTOPS_APP_ID, 'PROMPTOPS_APP_ID')
    const app = explicit ?? (client && slug ? await appBySlug(client, slug) : null)
    const github =
      client && remote
        ? await githubSetup(client, parseRepo(remote), str(values.branch), config?.audit.branch ?? 'promptops-audit', app)
        : null
    const branch = github?.branch ?? str(values.branch) ?? 'main'
    const checks = diagnose({
      configError: policy.config.ok ? null : policy.config.error.message,
      configFound: policy.configText !== null,
      codeownersPath: policy.codeowners?.path ?? null,
      codeownersErrors: codeownersErrors(policy.codeowners),
      templates: governed.map((path) => ({ path, owners: owners[path] ?? [] })),
      setup: github?.setup ?? null,
      githubCodeownersErrors: client && remote ? await githubCodeownersErrors(client, parseRepo(remote), branch) : null,
      branch,
      ungoverned: config ? ungovernedCandidates(paths, classifier(config)) : [],
    })
    io.stdout(
      format === 'json'
        ? `${JSON.stringify({ checks }, null, 2)}\n`
        : `${checks.map((c) => `${ICON[c.status]} ${c.id}: ${c.message}`).join('\n')}\n`,
    )
    return checks.some((c) => c.status === 'fail') ? 2 : 0
  },
}

function codeownersErrors(codeowners: { path: string; text: string } | null | undefined): string[] {
  if (!codeowners) return []
  return parseCodeowners(codeowners.text).errors.map((e) => `${codeowners.path}:${e.line}: ${e.message}`)
}
