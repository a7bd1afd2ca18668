// Exactly one level label, plus one facet label per category with counted findings.
// Only labels with our prefixes are ever removed: other labels are the team's business.
import type { Config } from '../config/config.schema.js'
import { CATEGORIES, LEVELS, type Category, type Level } from '../types.js'
import type { Report } from '../report/types.js'
import { counts } from '../scoring/score.js'

export interface LabelSpec {
  name: string
  color: string
  description: string
}

export interface LabelPlan {
  add: string[]
  remove: string[]
  /** Definitions for labels that may not exist yet in the repository. */
  definitions: LabelSpec[]
}

export interface LabelPrefixes {
  level: string
  facet: string
}

/**
 * The label prefixes, from `labels` in promptops.yml: the one source for every surface.
 * The Action's `label-prefix` input is deprecated; while it exists, a non-empty value
 * overrides `labels.prefix` (so workflows that set it keep their labels).
 */
export function labelPrefixes(labels: Config['labels'], deprecatedLevelPrefix = ''): LabelPrefixes {
  return { level: deprecatedLevelPrefix || labels.prefix, facet: labels.facetPrefix }
}

const LEVEL_COLOURS: Record<Level, string> = { low: '0e8a16', medium: 'fbca04', high: 'd93f0b', critical: 'b60205' }

export function levelLabel(prefix: string, level: Level): LabelSpec {
  return { name: `${prefix}:${level}`, color: LEVEL_COLOURS[level], description: `PromptOps: prompt change risk is ${level}` }
}

export function facetLabel(prefix: string, category: Category): LabelSpec {
  return { name: `${prefix}:${category}`, color: 'c5def5', description: `PromptOps: ${category} findings in this prompt change` }
}

export function planLabels(report: Report, current: readonly string[], prefixes: LabelPrefixes): LabelPlan {
  const wanted = [levelLabel(prefixes.level, report.level)]
  const categories = new Set(report.findings.filter(counts).map((f) => f.category))
  for (const c of CATEGORIES) if (categories.has(c)) wanted.push(facetLabel(prefixes.facet, c))
  const ours = new Set([...LEVELS.map((l) => `${prefixes.level}:${l}`), ...CATEGORIES.map((c) => `${prefixes.facet}:${c}`)])
  const have = new Set(current)
  const wantedNames = new Set(wanted.map((l) => l.name))
  return {
    add: wanted.filter((l) => !have.has(l.name)).map((l) => l.name),
    remove: current.filter((name) => ours.has(name) && !wantedNames.has(name)),
    definitions: wanted,
  }
}
