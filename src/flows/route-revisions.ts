// The approval decision for two revisions of a local clone (`promptops route`, `audit record`):
// score, gather what a clone can tell about the commits and approvals, evaluate routing.
import { classifier } from '../core/config/governed.js'
import { evaluateRouting, routingInput, type Review, type RoutingDecision } from '../core/routing/index.js'
import { pullFactsFromGit } from '../adapters/git/pull-facts.js'
import type { ScoredRevisions } from './score-revisions.js'

export async function routeRevisions(
  repo: string,
  scored: ScoredRevisions,
  given: { author: string; reviews: Review[]; teams: Record<string, string[]> },
): Promise<RoutingDecision> {
  const included = new Set(scored.report.templates.filter((t) => t.includedBy).map((t) => t.path))
  const facts = await pullFactsFromGit(repo, scored, given, classifier(scored.config), included)
  return evaluateRouting(routingInput(scored.report, scored.config, facts, (p) => scored.owners[p] ?? []))
}
