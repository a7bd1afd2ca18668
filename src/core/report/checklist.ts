// What a reviewer should check for each category, and why it matters. Shown in the PR
// comment for every category that has counted findings.
import { levelRank, type Category, type Level } from '../types.js'
import type { Report } from './types.js'

export const CHECKLIST: Readonly<Record<Category, { check: string; why: string }>> = {
  secrets: {
    check: 'Remove the credential from the template and rotate it',
    why: 'anything in a prompt is sent to the model provider, logged in traces and readable by anyone with repo access; assume it is leaked.',
  },
  pii: {
    check: 'Replace personal data with synthetic examples or variables',
    why: 'prompts are copied into logs, evals and vendor systems; real personal data there breaks data-protection duties.',
  },
  injection: {
    check: 'Delimit untrusted input and keep it out of the system role',
    why: 'text a user controls that lands in instructions can override them (prompt injection) and exfiltrate data.',
  },
  guardrails: {
    check: 'Confirm every removed or weakened safety/scope instruction is intended',
    why: 'guardrails are what keep the model on task and refusing harmful requests; silent removal is a common regression.',
  },
  toxicity: {
    check: 'Check offensive, sexual or violent wording is intended and necessary',
    why: 'the model mirrors its instructions; such text can surface to end users.',
  },
  model: {
    check: 'Re-run the evals for the new model or parameters',
    why: 'the same prompt behaves differently on another model, revision or temperature.',
  },
  schema: {
    check: 'Update every caller for added, removed or renamed variables',
    why: 'callers that send the old variables render empty slots or fail at run time.',
  },
  cost: {
    check: 'Confirm the token increase is worth its cost',
    why: 'prompt tokens are paid on every call, so growth multiplies with traffic.',
  },
  provenance: {
    check: 'Record the dataset slice, model revision and owner',
    why: 'audits must trace which data and model a prompt was validated against, and who answers for it.',
  },
  policy: {
    check: 'Have the governance owners review the policy change',
    why: 'config, CODEOWNERS and workflows decide who approves prompts; changing them changes the rules for everyone.',
  },
  data: {
    check: "Confirm the data class and the host it is sent to with the class's approvers",
    why: 'student, health and personal data may only go to providers and regions your contracts allow; moving a template elsewhere changes who sees that data.',
  },
}

export interface ChecklistItem {
  category: Category
  /** The highest severity among the category's counted findings. */
  level: Level
  check: string
  why: string
}

/** One item per category with counted findings, highest severity first. */
export function checklistItems(report: Report): ChecklistItem[] {
  const categories = new Map<Category, Level>()
  for (const f of report.findings) {
    if (f.suppressed || f.informational) continue
    const seen = categories.get(f.category)
    if (!seen || levelRank(f.severity) > levelRank(seen)) categories.set(f.category, f.severity)
  }
  return [...categories]
    .sort((a, b) => levelRank(b[1]) - levelRank(a[1]))
    .map(([category, level]) => ({
      category,
      level,
      ...CHECKLIST[category],
      ...(category === 'cost' ? { check: costCheck(report) } : {}),
    }))
}

/** The cost item names what grew: prompt tokens, the model's price per call, or both. */
function costCheck(report: Report): string {
  const flagged = new Set(
    report.findings.filter((f) => f.category === 'cost' && !f.suppressed && !f.informational).map((f) => f.path),
  )
  let tokensRose = false
  let priceRose = false
  for (const t of report.templates.filter((t) => flagged.has(t.path))) {
    const { before, after } = t.cost
    if (!before || !after) continue
    if (after.inputTokens > before.inputTokens) tokensRose = true
    // A dearer model: the price per call rose with the model change.
    if (
      before.model !== after.model &&
      before.usdPerCall !== null &&
      after.usdPerCall !== null &&
      after.usdPerCall > before.usdPerCall
    )
      priceRose = true
  }
  if (tokensRose && priceRose) return "Confirm the token increase and the new model's higher price are worth their cost"
  if (priceRose) return "Confirm the new model's higher price per call is worth it (prompt tokens did not grow)"
  return CHECKLIST.cost.check
}
