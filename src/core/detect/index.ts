// The rule registry: every detector, in report order. A new rule is a new module here.
import type { Detector, RuleMeta } from './detector.js'
import { costDetector } from './cost.js'
import { dataClassesDetector } from '../data-classes/detector.js'
import { guardrailsDetector } from './guardrails/index.js'
import { injectionDetector } from './injection/index.js'
import { modelDetector } from './model.js'
import { piiDetector } from './pii/index.js'
import { POLICY_RULE } from './policy.js'
import { MEMORY_RULES } from '../memory/rules.js'
import { METRICS_RULES } from '../metrics/findings.js'
import { provenanceDetector } from './provenance.js'
import { schemaDetector } from './schema.js'
import { secretsDetector } from './secrets/index.js'
import { INCOMPLETE_CHANGE_RULE } from '../setup/incomplete-change.js'
import { toxicityDetector } from './toxicity/index.js'
import { UNREVIEWABLE_RULE } from './unreviewable.js'

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

export const ALL_RULES: readonly RuleMeta[] = [...DETECTORS.flatMap((d) => d.rules), POLICY_RULE, UNREVIEWABLE_RULE, INCOMPLETE_CHANGE_RULE, ...MEMORY_RULES, ...METRICS_RULES]

export const RULES: ReadonlyMap<string, RuleMeta> = new Map(ALL_RULES.map((r) => [r.id, r]))
