// The whole pipeline, in order: classify → pair renames → parse → diff → detect →
// apply config → score → report. Pure: the shells hand in file contents and get a report.
import { createHash } from 'node:crypto'
import type { Config } from './config/config.schema.js'
import { classifier, isChatJson, runsPromptOps } from './config/governed.js'
import { estimateCost, type CostEstimate } from './cost/estimate.js'
import { TokenCache } from './cost/tokens.js'
import type { Detector, DetectorContext } from './detect/detector.js'
import { DETECTORS, RULES } from './detect/index.js'
import { policyFinding } from './detect/policy.js'
import { baselineChange, markExisting, STATE_CATEGORIES } from './diff/existing.js'
import { splitLines } from './diff/line-diff.js'
import { pairRenames } from './diff/renames.js'
import { diffTemplate } from './diff/template-diff.js'
import { resolveProvenance } from './governance/provenance.js'
import { assembleReport, bySeverityThenPath } from './report/assemble.js'
import type { Report, TemplateReport } from './report/types.js'
import { applyConfig, type ApplyContext } from './scoring/apply-config.js'
import { counts, scoreFindings } from './scoring/score.js'
import { detectFormat, parseTemplate } from './templates/index.js'
import { memoryFindings } from './memory/findings.js'
import { templateDataClasses } from './data-classes/report.js'
import { unreviewableFinding } from './detect/unreviewable.js'
import { moderationFindings } from './moderation/findings.js'
import type { ModerationOutcome } from './moderation/types.js'
import type { FileChange, Finding, FindingDraft, Template, TemplateChange } from './types.js'

export interface ScoreInput {
  files: FileChange[]
  config: Config
  /** Owners per path (CODEOWNERS merged with config); the shell resolves CODEOWNERS. */
  ownersOf?: (path: string) => string[]
  /** Used for suppression expiry only. */
  now: Date
  /** Treat every file as a template whatever the globs say (`promptops scan FILE…`). */
  governAll?: boolean
  /** Outcomes of the configured external moderation (src/flows/moderated-score.ts), if any. */
  moderation?: readonly ModerationOutcome[]
}

export const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex')

export function scoreChanges(input: ScoreInput): Report {
  const { config } = input
  const classify = classifier(config)
  const ownersOf = input.ownersOf ?? (() => [])
  const isPolicy = (path: string | undefined, f: FileChange): boolean => path !== undefined && (classify.isPolicyFile(path) || (classify.isWorkflow(path) && (runsPromptOps(f.baseText) || runsPromptOps(f.headText))))
  const policyFiles = input.files.filter((f) => isPolicy(f.path, f) || isPolicy(f.oldPath, f)).map((f) => f.path)
  const ignored: Report['ignored'] = []
  const standIns = directoryStandIns(input.files, classify.isTemplate)
  const isGoverned = (f: FileChange): boolean => classify.isTemplate(f.path) || (f.oldPath !== undefined && classify.isTemplate(f.oldPath)) || (f.includedBy?.length ?? 0) > 0 || standIns.has(f.path)
  const governed = input.files.filter((f) => {
    if (!input.governAll && !isGoverned(f)) return false
    const text = f.headText ?? f.baseText
    if (detectFormat(f.path) === 'json-chat' && text !== null && !isChatJson(text)) {
      ignored.push({ path: f.path, reason: 'JSON without a prompt shape (messages[], a LangChain template, prompt text): not a template' })
      return false
    }
    return true
  })
  const applyCtx: ApplyContext = { config, rules: RULES, today: input.now.toISOString().slice(0, 10) }
  const changedPaths = input.files.map((f) => f.path)
  // One token cache for the run: base and head share text, and so do templates.
  const tokenCache = new TokenCache()
  const moderated = moderationFindings(input.moderation ?? [])
  const judged = pairRenames(governed).map((f) => (input.governAll ? f : intoGovernance(f, classify.isTemplate)))
  const templates = judged.map((file) => reportTemplate(file, input, ownersOf, applyCtx, changedPaths, tokenCache, moderated.get(file.path) ?? []))
  const memory = memoryFindings(input.files, config).flatMap((f) => applyConfig(f.path, f.category, [f], applyCtx))
  return assembleReport({ templates, findings: [...templates.flatMap((t) => t.findings), ...policyFiles.map(policyFinding), ...memory], policyFiles, ignored }, config)
}

/** A folder of templates replaced by a symbolic link or a submodule: the templates show as
 * removed and the link as an ungoverned path, yet the runtime still reads `prompts/x.txt`
 * through it, from content no one reviews. Such a path is governed (and unreviewable). */
export function directoryStandIns(files: readonly FileChange[], isTemplate: (path: string) => boolean): Set<string> {
  const removed = files.filter((f) => f.status === 'removed' && isTemplate(f.path)).map((f) => f.path)
  const out = new Set<string>()
  for (const f of files) {
    if (f.headMode !== '120000' && f.headMode !== '160000') continue
    if (removed.some((p) => p.startsWith(`${f.path}/`))) out.add(f.path)
  }
  return out
}

/** `changedPaths`: every path in the change, built once (not once per template). */
/** A file renamed into governance from an ungoverned path was never reviewed as a template:
 * judge it as added (its ungoverned past is not a baseline a reviewer approved). */
function intoGovernance(f: FileChange, isTemplate: (path: string) => boolean): FileChange {
  if (f.oldPath === undefined || isTemplate(f.oldPath) || !isTemplate(f.path)) return f
  const { baseText: _text, baseMode: _mode, baseDigest: _digest, ...rest } = f
  return { ...rest, status: 'added', baseText: null }
}

function reportTemplate(file: FileChange, input: ScoreInput, ownersOf: (path: string) => string[], applyCtx: ApplyContext, changedPaths: string[], tokenCache: TokenCache, moderated: FindingDraft[]): TemplateReport {
  const { config } = input
  const unreviewable = unreviewableFinding(file)
  const base = side(file.oldPath ?? file.path, file.baseText, file.binary)
  // A symlink, submodule or LFS pointer is not scored as if its stand-in text were the prompt.
  const head = unreviewable ? null : file.unreadable ? unreadableSide(file.path, file.unreadable) : side(file.path, file.headText, file.binary)
  const change = diffTemplate(file, base, head)
  const costs = new Map<Template, CostEstimate>()
  const ctx: DetectorContext = {
    config,
    changedPaths,
    ownersOf,
    costOf: (t) => costs.get(t) ?? costs.set(t, estimateCost(t, config, tokenCache)).get(t)!,
  }
  const detect = (c: TemplateChange, detectors: readonly Detector[]): Finding[] => detectors.flatMap((d) => applyConfig(file.path, d.category, d.detect(c, ctx), applyCtx))
  let findings: Finding[] = unreviewable || change.status === 'unchanged' ? [] : [...detect(change, DETECTORS), ...applyConfig(file.path, 'toxicity', moderated, applyCtx)]
  // Text a change touched but did not make risky: compare with the base version on its own.
  if (base && head && file.baseText !== null && change.status !== 'added' && findings.some((f) => counts(f) && STATE_CATEGORIES.has(f.category))) {
    const before = detect(baselineChange(file, base), DETECTORS.filter((d) => STATE_CATEGORIES.has(d.category)))
    const headLines = splitLines(file.headText ?? '')
    findings = markExisting(findings, before.filter((f) => STATE_CATEGORIES.has(f.category)), { headLine: (n) => headLines[n - 1] ?? '', baseText: file.baseText })
  }
  // Never suppressible: what cannot be seen cannot be judged acceptable.
  if (unreviewable) findings = [unreviewable, ...findings]
  findings.sort(bySeverityThenPath)
  const score = scoreFindings(findings, config)
  const digest = { base: file.baseDigest ?? (file.baseText === null ? null : sha256(file.baseText)), head: file.headDigest ?? (file.headText === null ? null : sha256(file.headText)) }
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
    owners: ownersAtBase(file, base, ownersOf),
    // The SLA is policy too: the base version's, never one the author just wrote.
    ...(base?.metadata.sla ? { sla: base.metadata.sla } : {}),
    ...(file.includedBy?.length ? { includedBy: file.includedBy } : {}),
    ...(head?.metadata.name ? { name: head.metadata.name } : {}),
    digest,
    dataClasses: templateDataClasses(change, config),
  }
}

/** Owners come from the base revision only: CODEOWNERS and config for the path (and the old
 * path of a rename), the template's own `owners:` as it was at base, and for an included file
 * the owners of the templates that include it. `owners:` written in the head names nobody. */
function ownersAtBase(file: FileChange, base: Template | null, ownersOf: (path: string) => string[]): string[] {
  const paths = [file.path, ...(file.oldPath ? [file.oldPath] : []), ...(file.includedBy ?? [])]
  return [...new Set([...paths.flatMap(ownersOf), ...(base?.metadata.owners ?? [])])]
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

