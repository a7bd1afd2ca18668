// The rule registry, the one list of every rule PromptOps can report. Rules are defined
// beside the code that raises them; they are listed here:
// - DETECTORS judge one template change each (src/core/detect/*, data classes);
// - change-set rules are raised by the engine over all files: governance files changed
//   (policy), unreviewable stand-ins, memory schemas (src/core/memory);
// - shell-raised rules: an incomplete file list (src/core/setup), accuracy regressions
//   (src/core/metrics, from the audit branch's previous values).
// ALL_RULES feeds SARIF's rule table; RULES gives config overrides their defaults.
import type { Detector, RuleMeta } from '../detect/detector.js'
import { costDetector } from '../detect/cost.js'
import { dataClassesDetector } from '../data-classes/detector.js'
import { guardrailsDetector } from '../detect/guardrails/index.js'
import { injectionDetector } from '../detect/injection/index.js'
import { modelDetector } from '../detect/model.js'
import { piiDetector } from '../detect/pii/index.js'
import { POLICY_RULE } from '../detect/policy.js'
import { MEMORY_RULES } from '../memory/rules.js'
import { METRICS_RULES } from '../metrics/findings.js'
import { provenanceDetector } from '../detect/provenance.js'
import { schemaDetector } from '../detect/schema.js'
import { secretsDetector } from '../detect/secrets/index.js'
import { INCOMPLETE_CHANGE_RULE } from '../setup/incomplete-change.js'
import { toxicityDetector } from '../detect/toxicity/index.js'
import { UNREVIEWABLE_RULE } from '../detect/unreviewable.js'

export const DETECTORS: readonly Detector[] = [
  secretsDetector,
  piiDetector,
  injectionDetector,
  guardrailsDetector,
  toxicityDetector,
  modelDetector,
  schemaDetector,
  costDetector,
  provenanceDetector,
  dataClassesDetector,
]

export const ALL_RULES: readonly RuleMeta[] = [
  ...DETECTORS.flatMap((d) => d.rules),
  POLICY_RULE,
  UNREVIEWABLE_RULE,
  INCOMPLETE_CHANGE_RULE,
  ...MEMORY_RULES,
  ...METRICS_RULES,
]

export const RULES: ReadonlyMap<string, RuleMeta> = new Map(ALL_RULES.map((r) => [r.id, r]))
