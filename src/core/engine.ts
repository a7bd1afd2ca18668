// The whole pipeline, in order: classify → pair renames → parse → diff → detect →
// apply config → score → report. Pure: the shells hand in file contents and get a report.
import type { Config } from './config/config.schema.js'
import { classifier, runsPromptOps, type FileClassifier } from './config/governed.js'
import { estimateCost, type CostEstimate } from './cost/estimate.js'
import { TokenCache } from './cost/tokens.js'
import type { Detector, DetectorContext } from './detect/detector.js'
import { DETECTORS, RULES } from './rules/index.js'
import { policyFindings } from './detect/policy.js'
import { codeownersShift } from './owners/locate.js'
import { baselineChange, markExisting, STATE_CATEGORIES } from './diff/existing.js'
import { splitLines } from './diff/line-diff.js'
import { diffTemplate } from './diff/template-diff.js'
import { resolveProvenance } from './governance/provenance.js'
import { selectTemplates } from './governance/sticky.js'
import { assembleReport, bySeverityThenPath } from './report/assemble.js'
import type { Report, TemplateReport } from './report/types.js'
import { applyConfig, type ApplyContext } from './scoring/apply-config.js'
import { SuppressionLedger } from './scoring/suppressions.js'
import { fingerprintDrafts } from './canonical/fingerprint.js'
import { counts, scoreFindings } from './scoring/score.js'
import { detectFormat, parseTemplate } from './templates/index.js'
import { memoryFindings } from './memory/findings.js'
import { templateDataClasses } from './data-classes/report.js'
import { unreviewableFinding } from './detect/unreviewable.js'
import { moderationFindings } from './moderation/findings.js'
import type { ModerationOutcome } from './moderation/types.js'
import type { FileChange, Finding, FindingDraft, Template, TemplateChange } from './types.js'
import { getOrSet } from './memo.js'
import { sha256Hex } from './audit/hash.js'

export interface ScoreInput {
  files: FileChange[]
  config: Config
  /** Owners per path (CODEOWNERS merged with config); the shell resolves CODEOWNERS. */
  ownersOf?: (path: string) => string[]
  /** Used for suppression expiry only. */
  now: Date
  /** Treat every file as a template whatever the globs say (`promptops scan FILE…`). */
  governAll?: boolean
  /** CODEOWNERS paths that exist at the base (the shells read all three). Without it, a change
   * of the file GitHub reads is reported as an ordinary policy change. */
  codeownersAtBase?: readonly string[]
  /** Outcomes of the configured external moderation (src/flows/moderated-score.ts), if any. */
  moderation?: readonly ModerationOutcome[]
  /** The detectors to run: every registered one (src/core/rules/index.ts) unless a test or an
   * embedder passes its own list (docs/architecture.md, "Add a detector"). */
  detectors?: readonly Detector[]
}

export function scoreChanges(input: ScoreInput): Report {
  const { config } = input
  const classify = classifier(config)
  const ownersOf = input.ownersOf ?? (() => [])
  const isPolicy = (path: string | undefined, f: FileChange): boolean =>
    path !== undefined &&
    (classify.isPolicyFile(path) || (classify.isWorkflow(path) && (runsPromptOps(f.baseText) || runsPromptOps(f.headText))))
  // Both sides of a rename: moving CODEOWNERS to another path GitHub reads changes the file its
  // old path's owners own, so they must approve as well as the new path's.
  const policyFiles = [
    ...new Set(input.files.flatMap((f) => [f.path, ...(f.oldPath ? [f.oldPath] : [])].filter((p) => isPolicy(p, f)))),
  ]
  const standIns = directoryStandIns(
    input.files,
    (path) => classify.isTemplate(path) || input.files.some((f) => f.path === path && (f.includedBy?.length ?? 0) > 0),
  )
  // A link or submodule standing in for a folder of templates is governed like them.
  const governs: FileClassifier =
    standIns.size === 0 ? classify : { ...classify, isTemplate: (path) => classify.isTemplate(path) || standIns.has(path) }
  const { judged, ignored } = selectTemplates(input.files, governs, input.governAll === true)
  const today = input.now.toISOString().slice(0, 10)
  const ledger = new SuppressionLedger(config.suppressions, today)
  const applyCtx: ApplyContext = { config, rules: RULES, today, ledger }
  const changedPaths = input.files.map((f) => f.path)
  // One token cache for the run: base and head share text, and so do templates.
  const tokenCache = new TokenCache()
  const moderated = moderationFindings(input.moderation ?? [])
  const templates: TemplateReport[] = []
  const files = judged.map(emptiedInclude)
  // In batches, so only one batch's parsed templates and detector state are held at once.
  for (let at = 0; at < files.length; at += DETECTION_BATCH) {
    const prepared = files
      .slice(at, at + DETECTION_BATCH)
      .map((file) => prepareTemplate(file, input, ownersOf, changedPaths, tokenCache))
    detectAll(prepared, input.detectors ?? DETECTORS)
    // Token counts as one pass too, for the same reason: the BPE rank table is large.
    for (const { base, head, ctx } of prepared) for (const side of [base, head]) if (side !== null) ctx.costOf(side)
    for (const p of prepared) templates.push(reportTemplate(p, input, ownersOf, applyCtx, moderated.get(p.file.path) ?? []))
  }
  const memory = memoryFindings(input.files, config).flatMap((f) => applyConfig(f.path, f.category, [f], applyCtx))
  const shift = input.codeownersAtBase === undefined ? null : codeownersShift(input.codeownersAtBase, input.files)
  const findings = [...templates.flatMap((t) => t.findings), ...policyFindings(policyFiles, shift), ...memory]
  const suppressions = config.suppressions.length > 0 ? { suppressions: ledger.statuses(findings) } : {}
  return assembleReport({ templates, findings, policyFiles, ignored, ...suppressions }, config)
}

/** A folder of templates (or of files templates include) replaced by a symbolic link or a
 * submodule: the files show as removed and the link as an ungoverned path, yet the runtime
 * still reads `prompts/x.txt` through it, from content no one reviews. Such a path is governed
 * (and unreviewable). */
export function directoryStandIns(files: readonly FileChange[], isTemplate: (path: string) => boolean): Set<string> {
  const removed = files.filter((f) => f.status === 'removed' && isTemplate(f.path)).map((f) => f.path)
  const out = new Set<string>()
  for (const f of files) {
    if (f.headMode !== '120000' && f.headMode !== '160000') continue
    if (removed.some((p) => p.startsWith(`${f.path}/`))) out.add(f.path)
  }
  return out
}

/** A deleted file that templates include is not gone from them: they now include nothing (a
 * loader's `ignore missing`) or a fallback. Judged as emptied, so removed guardrails show. */
function emptiedInclude(file: FileChange): FileChange {
  return file.status === 'removed' && (file.includedBy?.length ?? 0) > 0 && file.baseText !== null
    ? { ...file, headText: '' }
    : file
}

/** A template read and diffed, waiting for its detectors' findings. */
interface PreparedTemplate {
  file: FileChange
  base: Template | null
  head: Template | null
  unreviewable: Finding | null
  change: TemplateChange
  ctx: DetectorContext
  /** Each detector's drafts for `change`, by the detector's index; null when nothing is detected (unchanged or unreviewable). */
  drafts: FindingDraft[][] | null
}

/**
 * How many templates detectAll takes at once: enough that a detector's tables stay warm across
 * them, few enough that holding their parsed versions and detector state costs little memory.
 * On the benchmark corpus, batches of 50, 200 and 1,000 templates ran equally fast, with a peak
 * RSS over five runs of 471, 520–526 and 637–652 MB.
 */
const DETECTION_BATCH = 100

/**
 * Runs each detector over every template of a batch before the next detector: a detector's tables (the
 * phrase screens' automata of 1–2 MB, the classifiers' weights, the secret rules' regexes)
 * then stay in the processor's caches from one template to the next, where running every
 * detector on one template evicted the others' each time. Detectors are pure, so the order
 * changes no finding; on the benchmark corpus it took about a third off the run.
 */
function detectAll(prepared: readonly PreparedTemplate[], detectors: readonly Detector[]): void {
  for (let i = 0; i < detectors.length; i++) {
    const detector = detectors[i] as Detector
    for (const p of prepared) if (p.drafts !== null) p.drafts[i] = detector.detect(p.change, p.ctx)
  }
}

/** `changedPaths`: every path in the change, built once (not once per template). */
function prepareTemplate(
  file: FileChange,
  input: ScoreInput,
  ownersOf: (path: string) => string[],
  changedPaths: string[],
  tokenCache: TokenCache,
): PreparedTemplate {
  const { config } = input
  const unreviewable = unreviewableFinding(file)
  const base = side(file.oldPath ?? file.path, file.baseText, file.binary)
  // A symlink, submodule or LFS pointer is not scored as if its stand-in text were the prompt.
  const head = unreviewable
    ? null
    : file.unreadable
      ? unreadableSide(file.path, file.unreadable)
      : side(file.path, file.headText, file.binary)
  const change = diffTemplate(file, base, head)
  const costs = new Map<Template, CostEstimate>()
  const ctx: DetectorContext = {
    config,
    changedPaths,
    ownersOf,
    costOf: (t) => getOrSet(costs, t, () => estimateCost(t, config, tokenCache)),
  }
  const drafts = unreviewable || change.status === 'unchanged' ? null : []
  return { file, base, head, unreviewable, change, ctx, drafts }
}

function reportTemplate(
  prepared: PreparedTemplate,
  input: ScoreInput,
  ownersOf: (path: string) => string[],
  applyCtx: ApplyContext,
  moderated: FindingDraft[],
): TemplateReport {
  const { file, base, head, unreviewable, change, ctx, drafts } = prepared
  const { config } = input
  const detectors = input.detectors ?? DETECTORS
  const stateDetectors = detectors.filter((d) => STATE_CATEGORIES.has(d.category))
  // Reading other versions (the base, the whole head) must not count as using a suppression.
  const { ledger: _ledger, ...elsewhere } = applyCtx
  const detect = (c: TemplateChange, detectors: readonly Detector[], apply: ApplyContext = applyCtx): Finding[] =>
    detectors.flatMap((d) => applyConfig(file.path, d.category, fingerprintDrafts(c, d.category, d.detect(c, ctx)), apply))
  let findings: Finding[] =
    drafts === null
      ? []
      : [
          ...detectors.flatMap((d, i) =>
            applyConfig(file.path, d.category, fingerprintDrafts(change, d.category, drafts[i] ?? []), applyCtx),
          ),
          ...applyConfig(file.path, 'toxicity', fingerprintDrafts(change, 'toxicity', moderated), applyCtx),
        ]
  // Text a change touched but did not make risky: compare with the base version on its own.
  if (
    base &&
    head &&
    file.baseText !== null &&
    change.status !== 'added' &&
    findings.some((f) => counts(f) && STATE_CATEGORIES.has(f.category))
  ) {
    // A base finding only matters where it has a head finding's key (rule and evidence), and
    // every finding of a detector's rules has its category: the other detectors need not read the base.
    const headCategories = new Set(findings.map((f) => f.category))
    const before = detect(
      baselineChange(file, base),
      stateDetectors.filter((d) => headCategories.has(d.category)),
      elsewhere,
    )
    const headLines = splitLines(file.headText ?? '')
    findings = markExisting(
      findings,
      before.filter((f) => STATE_CATEGORIES.has(f.category)),
      { headLine: (n) => headLines[n - 1] ?? '', baseText: file.baseText },
    )
  }
  if (applyCtx.ledger?.wantsFullScan(file.path)) {
    // Everything the whole head version holds, to tell a stale suppression from one whose
    // content sits on a line this change did not touch.
    const wholeHead =
      head === null || change.status === 'added'
        ? []
        : detect(baselineChange({ ...file, baseText: file.headText }, head), stateDetectors, elsewhere)
    applyCtx.ledger.recordFile(file.path, head === null ? 'removed' : fingerprintsOf([...findings, ...wholeHead]))
  }
  // Never suppressible: what cannot be seen cannot be judged acceptable.
  if (unreviewable) findings = [unreviewable, ...findings]
  findings.sort(bySeverityThenPath)
  const score = scoreFindings(findings, config)
  const digest = {
    base: file.baseDigest ?? (file.baseText === null ? null : sha256Hex(file.baseText)),
    head: file.headDigest ?? (file.headText === null ? null : sha256Hex(file.headText)),
  }
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

function fingerprintsOf(findings: readonly Finding[]): string[] {
  return findings.flatMap((f) => (f.fingerprint === undefined ? [] : [f.fingerprint]))
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
