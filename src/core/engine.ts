// The whole pipeline, in order: classify → pair renames → parse → diff → detect →
// apply config → score → report. Pure: the shells hand in file contents and get a report.
import { createHash } from 'node:crypto'
import type { Config } from './config/config.schema.js'
import { classifier, isChatJson } from './config/governed.js'
import { estimateCost, type CostEstimate } from './cost/estimate.js'
import { TokenCache } from './cost/tokens.js'
import type { DetectorContext } from './detect/detector.js'
import { DETECTORS, RULES } from './detect/index.js'
import { policyFinding } from './detect/policy.js'
import { pairRenames } from './diff/renames.js'
import { diffTemplate } from './diff/template-diff.js'
import { resolveProvenance } from './governance/provenance.js'
import { assembleReport, bySeverityThenPath } from './report/assemble.js'
import type { Report, TemplateReport } from './report/types.js'
import { applyConfig, type ApplyContext } from './scoring/apply-config.js'
import { scoreFindings } from './scoring/score.js'
import { detectFormat, parseTemplate } from './templates/index.js'
import { memoryFindings } from './memory/findings.js'
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

export function scoreChanges(input: ScoreInput): Report {
  const plan = planScore(input)
  return assembleScore(input, plan, scoreTemplates(input, plan.templates, plan.changedPaths))
}

/** What scoreChanges does before and after the per-template work, exposed so a shell can
 * spread `scoreTemplates` over threads (each template is scored independently; the token
 * cache only saves time) and still get exactly scoreChanges' report. */
export interface ScorePlan {
  /** Governed files, renames paired, in report order. */
  templates: FileChange[]
  /** Every path in the change. */
  changedPaths: string[]
  policyFiles: string[]
  ignored: Report['ignored']
}

export function planScore(input: ScoreInput): ScorePlan {
  const classify = classifier(input.config)
  const policyFiles = input.files.filter((f) => classify.isPolicyFile(f.path) || (f.oldPath !== undefined && classify.isPolicyFile(f.oldPath))).map((f) => f.path)
  const ignored: Report['ignored'] = []
  const governed = input.files.filter((f) => {
    if (!input.governAll && !classify.isTemplate(f.path) && !(f.oldPath && classify.isTemplate(f.oldPath))) return false
    const text = f.headText ?? f.baseText
    if (detectFormat(f.path) === 'json-chat' && text !== null && !isChatJson(text)) {
      ignored.push({ path: f.path, reason: 'JSON without messages[]: not a chat template' })
      return false
    }
    return true
  })
  return { templates: pairRenames(governed), changedPaths: input.files.map((f) => f.path), policyFiles, ignored }
}

/** Reports for `templates` (a slice of a plan's, in order). */
export function scoreTemplates(input: ScoreInput, templates: FileChange[], changedPaths: string[]): TemplateReport[] {
  const applyCtx: ApplyContext = { config: input.config, rules: RULES, today: input.now.toISOString().slice(0, 10) }
  const ownersOf = input.ownersOf ?? (() => [])
  // One token cache for the run: base and head share text, and so do templates.
  const tokenCache = new TokenCache()
  return templates.map((file) => reportTemplate(file, input, ownersOf, applyCtx, changedPaths, tokenCache))
}

export function assembleScore(input: ScoreInput, plan: ScorePlan, templates: TemplateReport[]): Report {
  const { config } = input
  const applyCtx: ApplyContext = { config, rules: RULES, today: input.now.toISOString().slice(0, 10) }
  const memory = memoryFindings(input.files, config).flatMap((f) => applyConfig(f.path, f.category, [f], applyCtx))
  return assembleReport({ templates, findings: [...templates.flatMap((t) => t.findings), ...plan.policyFiles.map(policyFinding), ...memory], policyFiles: plan.policyFiles, ignored: plan.ignored }, config)
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

