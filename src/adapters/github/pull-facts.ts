// Facts about a pull request the routing decision needs, from what the API returned:
// who co-authored it, which teams matter, template digests at reviewed commits.
import { createHash } from 'node:crypto'
import type { Config } from '../../core/config/config.schema.js'
import { ABSENT_DIGEST, loginFromEmail, type PullFacts } from '../../core/routing/index.js'
import type { GitHubClient } from './octokit.js'

const BOTS = new Set(['web-flow', 'github-actions[bot]'])

/** The fields of a REST commit (compare, pulls/commits) co-authorship is read from. */
export interface CommitLike {
  author?: { login?: string } | null
  committer?: { login?: string } | null
  commit: { message: string }
}

/** Everyone but the PR author who authored, committed or co-authored a commit of it. */
export function coAuthorsOf(commits: readonly CommitLike[], author: string): string[] {
  const coAuthors = new Set<string>()
  for (const c of commits) {
    for (const login of [c.author?.login, c.committer?.login]) if (login && !BOTS.has(login)) coAuthors.add(login)
    for (const m of c.commit.message.matchAll(/^Co-authored-by:[^<\n]{0,200}<([^<>\s]{1,320})>/gim)) {
      const login = loginFromEmail(m[1]!)
      if (login) coAuthors.add(login)
    }
  }
  coAuthors.delete(author)
  return [...coAuthors]
}

/** `org/team` names among these owners and the routing's groups and overriders. */
export function teamsNamed(owners: readonly string[], config: Config): string[] {
  const all = [...owners, ...Object.values(config.routing).flatMap((t) => (Array.isArray(t) ? t : t.require)), ...config.routing.overriders]
  return [...new Set(all.filter((o) => /^@[^/@\s]+\/[^/\s]+$/.test(o)).map((o) => o.slice(1)))].sort()
}

/** Members per `org/team` through REST. A team we cannot read stays absent, so it fails closed. */
export async function loadTeams(client: GitHubClient, teams: readonly string[]): Promise<Record<string, string[]>> {
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

/** Digests of each path at each commit (absent files get ABSENT_DIGEST). */
export function digestsAt(commits: readonly string[], paths: readonly string[], textAt: (sha: string, path: string) => string | null): PullFacts['digestsAt'] {
  const out: PullFacts['digestsAt'] = {}
  for (const commit of commits) {
    const digests: Record<string, string> = {}
    for (const path of paths) {
      const text = textAt(commit, path)
      digests[path] = text === null ? ABSENT_DIGEST : createHash('sha256').update(text).digest('hex')
    }
    out[commit] = digests
  }
  return out
}
