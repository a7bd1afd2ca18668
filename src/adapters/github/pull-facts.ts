// Facts about a pull request the routing decision needs, from what the API returned: which
// teams matter and their members, and reviews with each reviewer's write access.
import type { Config } from '../../core/config/config.schema.js'
import type { Review } from '../../core/routing/types.js'
import { mapLimit } from '../map-limit.js'
import type { GitHubClient } from './octokit.js'
import type { RepoRef } from './repo-ref.js'

/** `org/team` names among these owners and the routing's groups, overriders, policy owners
 * and data-class approvers. */
export function teamsNamed(owners: readonly string[], config: Config): string[] {
  const tiers = [config.routing.low, config.routing.medium, config.routing.high, config.routing.critical]
  const classApprovers = Object.values(config.dataClasses.classes).flatMap((c) => c.approvers ?? [])
  const all = [
    ...owners,
    ...tiers.flatMap((t) => t.require),
    ...config.routing.overriders,
    ...config.routing.policyOwners,
    ...classApprovers,
  ]
  return [...new Set(all.filter((o) => /^@[^/@\s]+\/[^/\s]+$/.test(o)).map((o) => o.slice(1)))].sort()
}

/** Members per `org/team` through REST. A team we cannot read stays absent, so it fails closed. */
export async function loadTeams(client: GitHubClient, teams: readonly string[]): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {}
  for (const team of teams) {
    const [org, slug] = team.split('/') as [string, string]
    try {
      out[team] = (
        await client.paginate('GET /orgs/{org}/teams/{team_slug}/members', { org, team_slug: slug, per_page: 100 })
      ).map((m) => m.login)
    } catch (error) {
      if ((error as { status?: number }).status !== 404 && (error as { status?: number }).status !== 403) throw error
    }
  }
  return out
}

/** Reviews with `author_can_push`: as the snapshot read them (GraphQL answers it per review), or
 * through REST when there were more than one page, asking each reviewer's permission once. */
export async function reviewsWithAccess(
  client: GitHubClient,
  repo: RepoRef,
  number: number,
  fromSnapshot: Review[] | null,
): Promise<Review[]> {
  if (fromSnapshot !== null) return fromSnapshot
  const listed = await client.paginate('GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews', {
    ...repo,
    pull_number: number,
    per_page: 100,
  })
  const reviews: Review[] = listed.map((r) => ({
    id: Number(r.id),
    user: r.user ? { login: r.user.login, type: r.user.type } : null,
    state: r.state as Review['state'],
    commit_id: r.commit_id ?? null,
    body: r.body ?? null,
    ...(r.submitted_at ? { submitted_at: r.submitted_at } : {}),
    // REST does not say whether someone else edited the body since.
    body_written_by: null,
  }))
  const logins = [...new Set(reviews.flatMap((r) => (r.user && r.user.type !== 'Bot' ? [r.user.login] : [])))]
  const access = new Map(await mapLimit(logins, 4, async (login) => [login, await canPush(client, repo, login)] as const))
  return reviews.map((r) => {
    const canPushNow = r.user ? access.get(r.user.login) : undefined
    return canPushNow === undefined ? r : { ...r, author_can_push: canPushNow }
  })
}

async function canPush(client: GitHubClient, repo: RepoRef, username: string): Promise<boolean> {
  try {
    const { data } = await client.rest.repos.getCollaboratorPermissionLevel({ ...repo, username })
    return data.permission === 'admin' || data.permission === 'write' || data.permission === 'maintain'
  } catch (error) {
    if ((error as { status?: number }).status === 404) return false
    throw error
  }
}
