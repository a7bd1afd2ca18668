// `policy`: a change to promptops.yml, CODEOWNERS, configured `policyFiles` or a workflow that
// runs PromptOps rewrites who approves what. It is high (never suppressible), and routing also
// requires the owners of the changed file to approve (core/routing/requirements.ts).
import type { CodeownersShift } from '../owners/locate.js'
import type { Finding } from '../types.js'
import type { RuleMeta } from './detector.js'

export const POLICY_RULE: RuleMeta = {
  id: 'policy.governance-file-changed',
  category: 'policy',
  severity: 'high',
  title: 'Governance file changed',
  help: 'This file decides how prompt changes are reviewed (config, CODEOWNERS, policyFiles, a workflow that runs PromptOps). The owners of the file must approve; the App always reads policy from the base branch, so the new rules apply only after merge. Changing which CODEOWNERS file GitHub reads (removing or renaming the one in use while another exists) replaces every ownership rule at once and is critical.',
}

/** One finding per changed policy file; `shift` (when the shell knows which CODEOWNERS files
 * exist at the base) names a swap of the file GitHub reads, and files it ignores. */
export function policyFindings(paths: readonly string[], shift: CodeownersShift | null): Finding[] {
  const swapped = shift !== null && shift.before !== shift.after && shift.before !== null && shift.after !== null
  return paths.map((path) => {
    const finding: Finding = {
      category: 'policy',
      rule: POLICY_RULE.id,
      severity: 'high',
      path,
      line: 1,
      message: `Governance file ${path} changed: its owners must approve`,
    }
    const shadow = shift?.shadowed.find((s) => s.path === path)
    if (swapped && path === shift.before)
      return {
        ...finding,
        severity: 'critical',
        message: `${path} changed: after this merge GitHub reads code owners from ${shift.after} instead, so every ownership rule becomes ${shift.after}'s. Review ${shift.after} as the new ownership of the repository`,
      }
    if (shadow)
      return {
        ...finding,
        message: `Governance file ${path} changed, but GitHub reads ${shadow.by} first and ignores it: it takes effect as soon as ${shadow.by} is removed or renamed. Review its rules as if they were in force`,
      }
    return finding
  })
}
