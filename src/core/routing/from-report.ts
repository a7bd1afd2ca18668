// Bridges the risk report to the routing decision: the tier is the report's level; templates
// and policy files carry their owners as of the base revision.
import type { Config } from '../config/config.schema.js'
import type { Report } from '../report/types.js'
import { dataClassApprovals } from './data-class-requirements.js'
import type { Pushers, Review, RoutingInput } from './types.js'

export interface PullFacts {
  author: string
  /** Authors, co-authors and committers of the PR's commits, as GitHub resolved them. */
  coAuthors: string[]
  /** Who pushed the PR's commits; undefined when not checked (offline). */
  pushers?: Pushers
  reviews: Review[]
  teams: Record<string, string[]>
  headSha: string
  /** Per approved commit other than the head: null when nothing governed changed since, else why. */
  changedSince: Record<string, string | null>
  /** When the base branch was last switched or force-pushed (null: never). */
  baseChangedAt?: string | null
  /** Whether each review carries `author_can_push` (read from GitHub). */
  writeAccessKnown: boolean
}

/** `ownersOf`: owners of any changed path at the base revision (CODEOWNERS + config). */
export function routingInput(
  report: Report,
  config: Config,
  facts: PullFacts,
  ownersOf: (path: string) => string[],
): RoutingInput {
  return {
    level: report.level,
    reasons: tierReasons(report),
    policyFiles: report.policyFiles.map((path) => ({ path, owners: ownersOf(path) })),
    templates: report.templates.map((t) => ({ path: t.path, owners: t.owners })),
    tierPolicy: config.routing,
    author: facts.author,
    coAuthors: facts.coAuthors,
    ...(facts.pushers ? { pushers: facts.pushers } : {}),
    reviews: facts.reviews,
    teams: facts.teams,
    headSha: facts.headSha,
    changedSince: facts.changedSince,
    baseChangedAt: facts.baseChangedAt ?? null,
    writeAccessKnown: facts.writeAccessKnown,
    requireOwner: config.provenance.requireOwner,
    dataClasses: dataClassApprovals(report, config),
  }
}

/** Why this tier: the report's explanation, and what drove each file at the PR's level (its
 * highest finding), so the check names the rule a reviewer must look at. */
function tierReasons(report: Report): string[] {
  const top = report.templates.filter((t) => t.level === report.level && report.level !== 'low').slice(0, 3)
  const perFile = top.flatMap((t) => t.explanation.filter((e) => e.startsWith('level ')).map((e) => `${t.path}: ${e}`))
  return [...report.explanation, ...perFile]
}

/** Logins from GitHub noreply addresses (`123+login@users.noreply.github.com`). */
export function loginFromEmail(email: string): string | null {
  const m = /^(?:\d{1,12}\+)?([A-Za-z0-9-]{1,39})@users\.noreply\.github\.com$/i.exec(email.trim())
  return m?.[1] ?? null
}
