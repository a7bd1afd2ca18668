// The per-template stage of the pipeline: parse both sides → diff → detect → apply config →
// score, one template at a time. Pure. scoreChanges (engine.ts) runs it over every governed
// file; a shell may run it on slices in several threads (it imports nothing the report
// assembly needs, such as the memory-schema checks and their zod schemas).
import { createHash } from 'node:crypto'
import type { Config } from './config/config.schema.js'
import { estimateCost, type CostEstimate } from './cost/estimate.js'
import { TokenCache } from './cost/tokens.js'
import type { DetectorContext } from './detect/detector.js'
import { DETECTORS, RULES } from './detect/index.js'
import { diffTemplate } from './diff/template-diff.js'
import { resolveProvenance } from './governance/provenance.js'
import { bySeverityThenPath } from './report/assemble.js'
import type { TemplateReport } from './report/types.js'
import { applyConfig, type ApplyContext } from './scoring/apply-config.js'
import { scoreFindings } from './scoring/score.js'
import { detectFormat, parseTemplate } from './templates/index.js'
import type { FileChange, Finding, Template } from './types.js'

export interface ScoreInput {
  files: FileChange[]
  config: Config
  /** Owners per path (CODEOWNERS merged with config); the shell resolves CODEOWNERS. */
  ownersOf?: (path: string) => string[]
  /** Used for suppression expiry only. */
  now: Date
  /** Treat every file as a template whatever the globs say (`promptops scan FILE…`). */
  governAll?: boolean
}

export const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex')

/** Reports for `templates` (a slice of a plan's, in order). */
export function scoreTemplates(input: ScoreInput, templates: FileChange[], changedPaths: string[]): TemplateReport[] {
  const applyCtx: ApplyContext = { config: input.config, rules: RULES, today: input.now.toISOString().slice(0, 10) }
  const ownersOf = input.ownersOf ?? (() => [])
  // One token cache for the run: base and head share text, and so do templates.
  const tokenCache = new TokenCache()
  return templates.map((file) => reportTemplate(file, input, ownersOf, applyCtx, changedPaths, tokenCache))
}

/** `changedPaths`: every path in the change, built once (not once per template). */
function reportTemplate(file: FileChange, input: ScoreInput, ownersOf: (path: string) => string[], applyCtx: ApplyContext, changedPaths: string[], tokenCache: TokenCache): TemplateReport {
  const { config } = input
  const base = side(file.oldPath ?? file.path, file.baseText, file.binary)
  const head = file.unreadable ? unreadableSide(file.path, file.unreadable) : side(file.path, file.headText, file.binary)
  const change = diffTemplate(file, base, head)
  const costs = new Map<Template, CostEstimate>()
  const ctx: DetectorContext = {
    config,
    changedPaths,
    ownersOf,
    costOf: (t) => costs.get(t) ?? costs.set(t, estimateCost(t, config, tokenCache)).get(t)!,
  }
  const findings: Finding[] = change.status === 'unchanged' ? [] : DETECTORS.flatMap((d) => applyConfig(file.path, d.category, d.detect(change, ctx), applyCtx))
  findings.sort(bySeverityThenPath)
  const score = scoreFindings(findings, config)
  const digest = { base: file.baseText === null ? null : sha256(file.baseText), head: file.headText === null ? null : sha256(file.headText) }
  return {
    path: file.path,
    ...(file.oldPath ? { oldPath: file.oldPath } : {}),
    status: change.status,
    format: detectFormat(file.path),
    level: score.level,
    score: score.score,
    explanation: score.explanation,
    findings,
    linesAdded: change.lines.added.length,
    linesRemoved: change.lines.removed.length,
    cost: { before: base ? ctx.costOf(base) : null, after: head ? ctx.costOf(head) : null },
    variables: change.variables,
    modelChanges: change.modelChanges,
    provenance: head ? resolveProvenance(head, digest.head, config).tags : {},
    owners: [...new Set([...ownersOf(file.path), ...(head?.metadata.owners ?? [])])],
    ...(head?.metadata.sla ? { sla: head.metadata.sla } : {}),
    ...(head?.metadata.name ? { name: head.metadata.name } : {}),
    digest,
  }
}

function side(path: string, text: string | null, binary: boolean | undefined): Template | null {
  if (text === null && !binary) return null
  if (binary) {
    const t = parseTemplate(path, '')
    return { ...t, parseErrors: [{ message: 'binary file: a prompt template must be UTF-8 text', line: 1 }] }
  }
  return parseTemplate(path, text ?? '')
}

/** Never skip silently: a file we could not read is a parse error on its first line. */
function unreadableSide(path: string, reason: string): Template {
  return { ...parseTemplate(path, ''), parseErrors: [{ message: `content could not be read: ${reason}`, line: 1 }] }
}

