// `policy`: a change to promptops.yml, CODEOWNERS or workflows rewrites who approves what
// (or what runs with the repo's token), so it is always the top tier.
import type { Finding } from '../types.js'
import type { RuleMeta } from './detector.js'

export const POLICY_RULE: RuleMeta = {
  id: 'policy.governance-file-changed',
  category: 'policy',
  severity: 'critical',
  title: 'Governance file changed',
  help: 'This file decides how prompt changes are reviewed (config, CODEOWNERS) or what runs in CI (workflows). Changes need the top tier of approval; the App always reads policy from the base branch, so the new rules apply only after merge.',
}

export function policyFinding(path: string): Finding {
  return { category: 'policy', rule: POLICY_RULE.id, severity: 'critical', path, line: 1, message: `Governance file ${path} changed: routed to the top tier` }
}
