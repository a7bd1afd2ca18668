// `policy`: a change to promptops.yml, CODEOWNERS, configured `policyFiles` or a workflow that
// runs PromptOps rewrites who approves what. It is high (never suppressible), and routing also
// requires the owners of the changed file to approve (core/routing/requirements.ts).
import type { Finding } from '../types.js'
import type { RuleMeta } from './detector.js'

export const POLICY_RULE: RuleMeta = {
  id: 'policy.governance-file-changed',
  category: 'policy',
  severity: 'high',
  title: 'Governance file changed',
  help: 'This file decides how prompt changes are reviewed (config, CODEOWNERS, policyFiles, a workflow that runs PromptOps). The owners of the file must approve; the App always reads policy from the base branch, so the new rules apply only after merge.',
}

export function policyFinding(path: string): Finding {
  return {
    category: 'policy',
    rule: POLICY_RULE.id,
    severity: 'high',
    path,
    line: 1,
    message: `Governance file ${path} changed: its owners must approve`,
  }
}
