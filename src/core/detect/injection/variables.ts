// Variable-level checks: where a value is interpolated and how.
import type { FindingDraft, Template, VariableUse } from '../../types.js'
import { RAW_UNESCAPED, UNDELIMITED_INPUT, UNTRUSTED_IN_SYSTEM } from './rules.js'
import { classifyVariable as classifyUncached, untrustedSource, type VariableTrust } from './variable-names.js'

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
  // Delimiters help, but the value still speaks with system authority. Retrieved content must
  // first be planted in a source (indirect injection): one level lower than user input.
  const source = untrustedSource(use.name)
  const severity = source === 'user' ? (use.delimited ? 'medium' : 'high') : use.delimited ? 'low' : 'medium'
  const what = source === 'user' ? 'user input' : 'retrieved content'
  return {
    rule: UNTRUSTED_IN_SYSTEM.id,
    severity,
    message: `\`${use.name}\` looks like ${what} and is interpolated into the system message${use.delimited ? ' (delimited)' : ''}; move it to a user message.`,
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

/**
 * Input types that cannot carry instructions: the template's own schema says the value is a
 * number, a flag, one of a closed set, a date, or media that never reaches the model as text.
 */
const NOT_TEXT =
  /^(?:number|integer|int|float|double|boolean|bool|enum|date|date-time|datetime|time|image|audio|file)(?:\|null)?$/i

function typedNames(head: Template): Set<string> {
  return new Set(head.inputs.filter((i) => i.type !== undefined && NOT_TEXT.test(i.type)).map((i) => i.name))
}

/** APIs where the template text is data to embed, not instructions to follow. */
const DATA_ONLY_APIS = new Set(['embedding', 'embeddings'])

/** Findings for variable uses on added lines, one per rule, line and variable. */
export function variableFindings(head: Template, added: ReadonlySet<number>): FindingDraft[] {
  const seen = new Set<string>()
  const out: FindingDraft[] = []
  if (DATA_ONLY_APIS.has(head.model.api?.toLowerCase() ?? '')) return out
  const typed = typedNames(head)
  for (const use of head.variables) {
    // A condition or loop over a value does not put its text in the prompt; a typed value is not text.
    if (!added.has(use.line) || use.reference || typed.has(use.name)) continue
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
