// `schema`: the variables a template expects are its API. Callers that render it with
// the old names silently send empty slots or fail, so added/removed/renamed variables
// and newly required inputs are flagged.
import type { FindingDraft, Template } from '../types.js'
import type { Detector, RuleMeta } from './detector.js'

const rule = (id: string, severity: RuleMeta['severity'], title: string, help: string): RuleMeta => ({
  id,
  category: 'schema',
  severity,
  title,
  help,
})

export const SCHEMA_RULES = {
  added: rule(
    'schema.variable-added',
    'medium',
    'Template variable added',
    'Every caller must now pass this variable, or the model sees an empty slot. Update callers in the same release.',
  ),
  removed: rule(
    'schema.variable-removed',
    'low',
    'Template variable removed',
    'Callers still pass a value that is now ignored; check nothing depended on it reaching the model.',
  ),
  renamed: rule(
    'schema.variable-renamed',
    'high',
    'Template variable renamed',
    'Callers using the old name now render an empty slot. Rename in every caller, or keep the old name.',
  ),
  requiredInput: rule(
    'schema.required-input-added',
    'high',
    'Required input added',
    'A newly required input breaks every caller that does not send it.',
  ),
  parseError: rule(
    'parse-error',
    'high',
    'Template does not parse',
    'The file could not be parsed, so it cannot be reviewed automatically and may not load at run time. Fix the syntax at the line shown.',
  ),
  notUnderstood: rule(
    'schema.not-understood',
    'low',
    'Construct not understood',
    'A valid construct whose effect PromptOps cannot see (a custom helper, a partial or include from another file). Informational: review what it renders by hand.',
  ),
}

/** Roots of the names a template used: `subject.type` and `docs[].title` count as `subject` and `docs`. */
function usedRoots(t: Template): Set<string> {
  return new Set(t.variables.map((v) => v.name.split(/[.[]/)[0] ?? v.name))
}

const firstLine = (t: Template | null, name: string): number =>
  t?.variables.find((v) => v.name === name)?.line ?? t?.metadata.line ?? 1

export const schemaDetector: Detector = {
  id: 'schema',
  category: 'schema',
  rules: Object.values(SCHEMA_RULES),
  detect(change) {
    const { head, base } = change
    const findings: FindingDraft[] = []
    for (const issue of head?.parseErrors ?? []) {
      findings.push({
        rule: SCHEMA_RULES.parseError.id,
        severity: 'high',
        line: issue.line,
        message: `Does not parse: ${issue.message}`,
      })
    }
    for (const notice of head?.notices ?? []) {
      findings.push({
        rule: SCHEMA_RULES.notUnderstood.id,
        severity: 'low',
        line: notice.line,
        message: `Not understood: ${notice.message}`,
        informational: true,
      })
    }
    if (!head || !base || head.parseErrors.length > 0) return findings
    const v = change.variables
    for (const name of v.added) {
      findings.push({
        rule: SCHEMA_RULES.added.id,
        severity: 'medium',
        line: firstLine(head, name),
        message: `New variable {{${name}}}: callers must supply it`,
        evidence: name,
      })
    }
    for (const name of v.removed) {
      findings.push({
        rule: SCHEMA_RULES.removed.id,
        severity: 'low',
        line: firstLine(base, name),
        baseLine: true,
        message: `Variable {{${name}}} removed`,
        evidence: name,
      })
    }
    for (const { from, to } of v.renamed) {
      findings.push({
        rule: SCHEMA_RULES.renamed.id,
        severity: 'high',
        line: firstLine(head, to),
        message: `Variable {{${from}}} renamed to {{${to}}}: callers using the old name break`,
        evidence: `${from} → ${to}`,
      })
    }
    const before = new Set(base.inputs.filter((i) => i.required).map((i) => i.name))
    // Callers already had to pass what the base template used: declaring it required breaks no one.
    const used = usedRoots(base)
    for (const input of head.inputs) {
      const root = input.name.split(/[.[]/)[0] ?? input.name
      if (
        input.required &&
        !before.has(input.name) &&
        !used.has(root) &&
        !v.added.includes(input.name) &&
        !v.renamed.some((r) => r.to === input.name)
      ) {
        findings.push({
          rule: SCHEMA_RULES.requiredInput.id,
          severity: 'high',
          line: input.line ?? 1,
          message: `Input "${input.name}" is now required`,
          evidence: input.name,
        })
      }
    }
    return findings
  },
}
