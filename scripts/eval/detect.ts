// One yes/no verdict per sample and category, from the detectors as the engine runs them.
import { defaultConfig } from '../../src/core/config/parse-config.js'
import { estimateCost, type CostEstimate } from '../../src/core/cost/estimate.js'
import type { Detector, DetectorContext } from '../../src/core/detect/detector.js'
import { injectionDetector } from '../../src/core/detect/injection/index.js'
import { findPii } from '../../src/core/detect/pii/index.js'
import { findSecrets } from '../../src/core/detect/secrets/index.js'
import { toxicityDetector } from '../../src/core/detect/toxicity/index.js'
import { diffTemplate } from '../../src/core/diff/template-diff.js'
import { parseTemplate } from '../../src/core/templates/index.js'
import type { FileChange, Template } from '../../src/core/types.js'
import type { EvalCategory } from './corpus.js'
import { getOrSet } from '../../src/core/memo.js'

/** Rules about how variables are interpolated: structural, not about the text itself. */
const STRUCTURAL_INJECTION_RULES = new Set([
  'injection.untrusted-in-system',
  'injection.undelimited-input',
  'injection.raw-unescaped',
])
const PATH = 'prompts/sample.txt'

export interface Verdict {
  flagged: boolean
  rules: string[]
}

function context(): DetectorContext {
  const config = defaultConfig()
  const costs = new Map<Template, CostEstimate>()
  return {
    config,
    changedPaths: [PATH],
    ownersOf: () => [],
    costOf: (t) => getOrSet(costs, t, () => estimateCost(t, config)),
  }
}

/** The sample as a newly added plain-text template, the way `promptops scan` sees a file. */
function templateRules(detector: Detector, text: string): string[] {
  const file: FileChange = { path: PATH, status: 'added', baseText: null, headText: text }
  const change = diffTemplate(file, null, parseTemplate(PATH, text))
  return detector.detect(change, context()).map((f) => f.rule)
}

export function verdict(category: EvalCategory, text: string): Verdict {
  const rules =
    category === 'secrets'
      ? findSecrets(text).map((m) => m.rule)
      : category === 'pii'
        ? findPii(text).map((m) => m.rule)
        : category === 'injection'
          ? templateRules(injectionDetector, text).filter((r) => !STRUCTURAL_INJECTION_RULES.has(r))
          : templateRules(toxicityDetector, text)
  return { flagged: rules.length > 0, rules: [...new Set(rules)] }
}
