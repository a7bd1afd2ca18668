// Variable-level checks: where a value is interpolated and how.
import type { FindingDraft, Template, VariableUse } from '../../types.js'
import { RAW_UNESCAPED, UNDELIMITED_INPUT, UNTRUSTED_IN_SYSTEM } from './rules.js'
import { classifyVariable as classifyUncached, type VariableTrust } from './variable-names.js'

// Hot on large templates with many uses of the same few names.
const trustCache = new Map<string, VariableTrust>()
function classifyVariable(name: string): VariableTrust {
  let trust = trustCache.get(name)
  if (trust === undefined) {
    trust = classifyUncached(name)
    if (trustCache.size < 10_000) trustCache.set(name, trust)
  }
  return trust
}

function untrustedInSystem(use: VariableUse): FindingDraft | null {
  if (use.role !== 'system' || classifyVariable(use.name) !== 'untrusted') return null
  // Delimiters help, but the value still speaks with system authority.
  return {
    rule: UNTRUSTED_IN_SYSTEM.id,
    severity: use.delimited ? 'medium' : 'high',
    message: `\`${use.name}\` looks like untrusted input and is interpolated into the system message${use.delimited ? ' (delimited)' : ''}; move it to a user message.`,
    line: use.line,
    evidence: `{{${use.name}}} in system role`,
  }
}

function undelimited(use: VariableUse): FindingDraft | null {
  if ((use.role !== 'user' && use.role !== 'unknown') || use.delimited) return null
  const trust = classifyVariable(use.name)
  if (trust === 'trusted') return null
  return {
    rule: UNDELIMITED_INPUT.id,
    severity: trust === 'untrusted' ? 'medium' : 'low',
    message: `\`${use.name}\` is interpolated without delimiters; wrap it (e.g. \`<${use.name}>…</${use.name}>\`) and treat it as data.`,
    line: use.line,
    evidence: `{{${use.name}}} undelimited in ${use.role} role`,
  }
}

function rawUnescaped(use: VariableUse): FindingDraft | null {
  if (!use.raw) return null
  return {
    rule: RAW_UNESCAPED.id,
    severity: 'medium',
    message: `\`${use.name}\` is inserted raw (unescaped); its markup and delimiters reach the model verbatim.`,
    line: use.line,
    evidence: `raw ${use.syntax} use of ${use.name}`,
  }
}

const CHECKS = [untrustedInSystem, undelimited, rawUnescaped]

/** Findings for variable uses on added lines, one per rule, line and variable. */
export function variableFindings(head: Template, added: ReadonlySet<number>): FindingDraft[] {
  const seen = new Set<string>()
  const out: FindingDraft[] = []
  for (const use of head.variables) {
    // A condition or loop over a value does not put its text in the prompt.
    if (!added.has(use.line) || use.reference) continue
    for (const check of CHECKS) {
      const finding = check(use)
      const key = `${finding?.rule}:${use.line}:${use.name}`
      if (finding === null || seen.has(key)) continue
      seen.add(key)
      out.push(finding)
    }
  }
  return out
}
