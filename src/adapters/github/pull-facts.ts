// Facts about a pull request the routing decision needs, read through the REST API:
// reviews, who co-authored it, team memberships, and template digests at reviewed commits.
import { createHash } from 'node:crypto'
import type { Config } from '../../core/config/config.schema.js'
import type { Report } from '../../core/report/types.js'
import { ABSENT_DIGEST, loginFromEmail, type PullFacts, type Review } from '../../core/routing/index.js'
import { readContent } from './contents.js'
import type { GitHubClient } from './octokit.js'
import type { RepoRef } from './repo-ref.js'

const BOTS = new Set(['web-flow', 'github-actions[bot]'])

export async function loadPullFacts(client: GitHubClient, repo: RepoRef, pull: { number: number; author: string; headSha: string }, report: Report, config: Config): Promise<PullFacts> {
  const [reviews, commits] = await Promise.all([
    client.paginate(client.rest.pulls.listReviews, { ...repo, pull_number: pull.number, per_page: 100 }),
    report.templates.length > 0 ? client.paginate(client.rest.pulls.listCommits, { ...repo, pull_number: pull.number, per_page: 100 }) : Promise.resolve([]),
  ])
  const coAuthors = new Set<string>()
  for (const c of commits) {
    for (const login of [c.author?.login, c.committer?.login]) if (login && !BOTS.has(login)) coAuthors.add(login)
    for (const m of c.commit.message.matchAll(/^Co-authored-by:[^<\n]{0,200}<([^<>\s]{1,320})>/gim)) {
      const login = loginFromEmail(m[1]!)
      if (login) coAuthors.add(login)
    }
  }
  coAuthors.delete(pull.author)
  const typed = reviews.map((r): Review => ({ id: Number(r.id), user: r.user ? { login: r.user.login } : null, state: r.state as Review['state'], commit_id: r.commit_id ?? null, body: r.body ?? null, ...(r.submitted_at ? { submitted_at: r.submitted_at } : {}) }))
  return {
    author: pull.author,
    coAuthors: [...coAuthors],
    reviews: typed,
    teams: await loadTeams(client, teamsNamed(report, config)),
    headSha: pull.headSha,
    digestsAt: await digestsAtReviewedCommits(client, repo, typed, pull.headSha, report),
  }
}

function teamsNamed(report: Report, config: Config): string[] {
  const all = [...report.templates.flatMap((t) => t.owners), ...Object.values(config.routing).flatMap((t) => (Array.isArray(t) ? t : t.require)), ...config.routing.overriders]
  return [...new Set(all.filter((o) => /^@[^/@\s]+\/[^/\s]+$/.test(o)).map((o) => o.slice(1)))]
}

/** Members per `org/team`. A team we cannot read stays absent, so it fails closed. */
async function loadTeams(client: GitHubClient, teams: string[]): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {}
  for (const team of teams) {
    const [org, slug] = team.split('/') as [string, string]
    try {
      out[team] = (await client.paginate(client.rest.teams.listMembersInOrg, { org, team_slug: slug, per_page: 100 })).map((m) => m.login)
    } catch (error) {
      if ((error as { status?: number }).status !== 404 && (error as { status?: number }).status !== 403) throw error
    }
  }
  return out
}

async function digestsAtReviewedCommits(client: GitHubClient, repo: RepoRef, reviews: Review[], head: string, report: Report): Promise<PullFacts['digestsAt']> {
  const commits = new Set(reviews.filter((r) => r.state === 'APPROVED' && r.commit_id && r.commit_id !== head).map((r) => r.commit_id!))
  const out: PullFacts['digestsAt'] = {}
  for (const commit of commits) {
    const digests: Record<string, string> = {}
    for (const t of report.templates) {
      const bytes = await readContent(client, repo, t.path, commit)
      digests[t.path] = bytes ? createHash('sha256').update(new TextDecoder().decode(bytes)).digest('hex') : ABSENT_DIGEST
    }
    out[commit] = digests
  }
  return out
}
