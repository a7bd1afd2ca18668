// Bridges the risk report to the routing decision: the tier is the report's level, the
// governed templates carry their owners and head digests (removed ones: `absent`).
import type { Config } from '../config/config.schema.js'
import type { Report } from '../report/types.js'
import type { Review, RoutingInput } from './types.js'

export const ABSENT_DIGEST = 'absent'

export interface PullFacts {
  author: string
  coAuthors: string[]
  reviews: Review[]
  teams: Record<string, string[]>
  headSha: string
  /** Digests of the report's template paths at each reviewed commit. */
  digestsAt: Record<string, Record<string, string>>
}

export function routingInput(report: Report, config: Config, facts: PullFacts): RoutingInput {
  return {
    level: report.level,
    reasons: report.explanation,
    policyFilesChanged: report.policyFiles,
    templates: report.templates.map((t) => ({ path: t.path, owners: t.owners, digest: t.digest.head ?? ABSENT_DIGEST })),
    tierPolicy: config.routing,
    author: facts.author,
    coAuthors: facts.coAuthors,
    reviews: facts.reviews,
    teams: facts.teams,
    headSha: facts.headSha,
    digestsAt: facts.digestsAt,
    requireOwner: config.provenance.requireOwner,
  }
}

/** Logins from GitHub noreply addresses (`123+login@users.noreply.github.com`). */
export function loginFromEmail(email: string): string | null {
  const m = /^(?:\d{1,12}\+)?([A-Za-z0-9-]{1,39})@users\.noreply\.github\.com$/i.exec(email.trim())
  return m ? m[1]! : null
}
