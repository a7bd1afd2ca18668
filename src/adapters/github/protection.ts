// Required status checks on a branch, from classic branch protection and rulesets, and
// GitHub's own CODEOWNERS diagnostics. null means "could not tell" (no access).
import type { GitHubClient } from './octokit.js'
import type { RepoRef } from './repo-ref.js'

const status = (e: unknown): number | undefined => (e as { status?: number }).status

export async function requiredChecks(client: GitHubClient, repo: RepoRef, branch: string): Promise<string[] | null> {
  const checks = new Set<string>()
  let known = false
  try {
    const { data } = await client.rest.repos.getBranchProtection({ ...repo, branch })
    for (const c of data.required_status_checks?.contexts ?? []) checks.add(c)
    known = true
  } catch (e) {
    if (status(e) === 404) known = true // not protected (or no classic protection)
    else if (status(e) !== 403) throw e
  }
  try {
    const rules = await client.paginate(client.rest.repos.getBranchRules, { ...repo, branch, per_page: 100 })
    for (const rule of rules) {
      if (rule.type === 'required_status_checks') for (const c of rule.parameters?.required_status_checks ?? []) checks.add(c.context)
    }
    known = true
  } catch (e) {
    if (status(e) !== 403 && status(e) !== 404) throw e
  }
  return known ? [...checks] : null
}

export async function githubCodeownersErrors(client: GitHubClient, repo: RepoRef, ref: string): Promise<string[] | null> {
  try {
    const { data } = await client.rest.repos.codeownersErrors({ ...repo, ref })
    return data.errors.map((e) => `${e.path}:${e.line}: ${e.kind}${e.message ? ` (${e.message.split('\n')[0]})` : ''}`)
  } catch (e) {
    if (status(e) === 404 || status(e) === 403) return null
    throw e
  }
}
