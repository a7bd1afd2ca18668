// The whole pipeline, in order: classify → pair renames → parse → diff → detect →
// apply config → score → report. Pure: the shells hand in file contents and get a report.
// The per-template stage (parse → … → score) is score-templates.ts.
import { classifier, isChatJson } from './config/governed.js'
import { RULES } from './detect/index.js'
import { policyFinding } from './detect/policy.js'
import { pairRenames } from './diff/renames.js'
import { memoryFindings } from './memory/findings.js'
import { assembleReport } from './report/assemble.js'
import type { Report, TemplateReport } from './report/types.js'
import { applyConfig, type ApplyContext } from './scoring/apply-config.js'
import { scoreTemplates, type ScoreInput } from './score-templates.js'
import { detectFormat } from './templates/index.js'
import type { FileChange } from './types.js'

export { scoreTemplates, sha256, type ScoreInput } from './score-templates.js'

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

export function assembleScore(input: ScoreInput, plan: ScorePlan, templates: TemplateReport[]): Report {
  const { config } = input
  const applyCtx: ApplyContext = { config, rules: RULES, today: input.now.toISOString().slice(0, 10) }
  const memory = memoryFindings(input.files, config).flatMap((f) => applyConfig(f.path, f.category, [f], applyCtx))
  return assembleReport({ templates, findings: [...templates.flatMap((t) => t.findings), ...plan.policyFiles.map(policyFinding), ...memory], policyFiles: plan.policyFiles, ignored: plan.ignored }, config)
}

