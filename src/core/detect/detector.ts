// A detector is a small, independent module: one category, a few stable rule ids,
// and a pure `detect` over one template change. Registered in src/core/rules/index.ts.
import type { Config } from '../config/config.schema.js'
import type { CostEstimate } from '../cost/estimate.js'
import type { Category, FindingDraft, Level, Template, TemplateChange } from '../types.js'

export interface RuleMeta {
  /** Stable id, `<category>.<name>`, e.g. `secrets.aws-access-key`. */
  id: string
  category: Category
  /** Default severity; config may override it. */
  severity: Level
  /** One line, shown as the SARIF rule's short description. */
  title: string
  /** Why it matters and how to fix it (markdown), shown in SARIF help and the reviewer checklist. */
  help: string
}

export interface DetectorContext {
  config: Config
  /** Paths of every file changed alongside the template (to find playbooks, adapters, ...). */
  changedPaths: readonly string[]
  /** Owners of a path (CODEOWNERS merged with config), when the shell knows them. */
  ownersOf: (path: string) => readonly string[]
  /** Memoised cost estimate of one template version. */
  costOf: (template: Template) => CostEstimate
}

export interface Detector {
  id: string
  category: Category
  rules: readonly RuleMeta[]
  detect(change: TemplateChange, ctx: DetectorContext): FindingDraft[]
}
