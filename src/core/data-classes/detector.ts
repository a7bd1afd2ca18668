// `data`: the findings of a template change's data-class assessment. Events (a class sent to a
// host it does not allow, or to an unknown host; a class added on such a host; a class removed)
// carry their class's severity; they also route to the class's approvers (routing/data-classes.ts)
// whatever severity overrides or suppressions do to the finding.
import type { Detector, RuleMeta } from '../detect/detector.js'
import type { FindingDraft, Level } from '../types.js'
import { assessChange } from './assess.js'
import { dataClassPolicy } from './policy.js'
import type { PresetName } from './presets.js'
import { personalDataSignals } from './signals.js'

const rule = (id: string, severity: Level, title: string, help: string): RuleMeta => ({
  id,
  category: 'data',
  severity,
  title,
  help,
})
const ASK = "The class's approvers (`dataClasses.classes.<class>.approvers`) must approve; see docs/data-classes.md."

export const DATA_RULES = {
  hostNotAllowed: rule(
    'data.host-not-allowed',
    'high',
    'Data class sent to a host its policy does not allow',
    `Templates of this data class may only call the providers, hosts and regions in \`dataClasses.classes.<class>.allow\` that carry the guarantees it requires. Move the template back, or have the policy changed. ${ASK}`,
  ),
  classAdded: rule(
    'data.class-added-on-disallowed-host',
    'high',
    'Data class added to a template on a host it does not allow',
    `The template now handles data of this class but calls a host the class does not allow. Move it to an allowed host in the same change. ${ASK}`,
  ),
  hostUnknown: rule(
    'data.host-unknown',
    'high',
    'Host of a classified template cannot be resolved',
    `The endpoint is filled in at run time (an environment variable, a named connection) or the file names none, so PromptOps cannot tell where the data goes; an unknown host is never allowed silently. Name the endpoint in the file, or declare it under \`dataClasses.deployments\`. ${ASK}`,
  ),
  classRemoved: rule(
    'data.class-removed',
    'high',
    'Data class removed from a template',
    `Removing a class removes its hosting rules from the template. ${ASK}`,
  ),
  unknownClass: rule(
    'data.unknown-class',
    'high',
    'Template declares an undefined data class',
    'Use a class defined under `dataClasses.classes` in promptops.yml (names are lowercase, e.g. `student-records`), or define it there first.',
  ),
  unclassified: rule(
    'data.unclassified',
    'medium',
    'Template handles personal data but has no data class',
    'Declare the data class it handles (`dataClasses:` in the template, or `dataClasses.assign` in promptops.yml) so its hosting rules and approvers apply.',
  ),
}

export const dataClassesDetector: Detector = {
  id: 'data',
  category: 'data',
  rules: Object.values(DATA_RULES),
  detect(change, { config }) {
    const head = change.head
    if (!head) return []
    const policy = dataClassPolicy(config)
    const assessed = assessChange(change, policy)
    const where = assessed.host.host ?? 'unknown host'
    const findings: FindingDraft[] = assessed.events.map((e) => ({
      rule: e.rule,
      severity: e.severity,
      line: e.line,
      message: e.message,
      evidence: `${e.dataClass} → ${where}`,
    }))
    const metaLine = head.metadata.dataClasses?.line ?? 1
    for (const v of assessed.existing) {
      findings.push({
        rule: v.verdict === 'unknown' ? DATA_RULES.hostUnknown.id : DATA_RULES.hostNotAllowed.id,
        severity: 'low',
        line: head.model.line ?? metaLine,
        message: `${v.dataClass}: ${v.reason} (unchanged by this change)`,
        informational: true,
        existing: { line: change.base?.model.line ?? 1 },
      })
    }
    if (assessed.unknownNames.length > 0) {
      const known = [...policy.classes.keys()]
      const hint = known.length > 0 ? `defined classes: ${known.join(', ')}` : 'no class is defined under dataClasses.classes'
      const names = assessed.unknownNames.map((n) => `"${n.slice(0, 64)}"`).join(', ')
      findings.push({
        rule: DATA_RULES.unknownClass.id,
        severity: 'high',
        line: metaLine,
        message: `Undefined data class ${names} (${hint})`,
      })
    }
    if (assessed.classes.length === 0 && assessed.unknownNames.length === 0)
      findings.push(...unclassified(change, head, policy, config.pii.phoneRegion))
    return findings
  },
}

type Change = Parameters<Detector['detect']>[0]

function unclassified(
  change: Change,
  head: NonNullable<Change['head']>,
  policy: ReturnType<typeof dataClassPolicy>,
  region: string,
): FindingDraft[] {
  const signals = personalDataSignals(head, region)
  const first = signals[0]
  if (first === undefined) return []
  const suggested = suggestion(first.suggests, policy)
  const seen = signals
    .slice(0, 3)
    .map((s) => s.what)
    .join(', ')
  const informational = !policy.defined
  const before =
    change.base && policy.assignedTo(change.oldPath ?? change.path).length === 0 && !change.base.metadata.dataClasses
      ? personalDataSignals(change.base, region)[0]
      : undefined
  return [
    {
      rule: DATA_RULES.unclassified.id,
      severity: policy.unclassifiedSeverity,
      line: first.line,
      message: `This template handles personal data (${seen}) but has no data class: declare one, e.g. \`dataClasses: [${suggested}]\``,
      evidence: first.what,
      ...(informational || before ? { informational: true } : {}),
      ...(before ? { existing: { line: before.line } } : {}),
    },
  ]
}

/** A defined class built on the suggested preset, else the preset's own name. */
function suggestion(preset: PresetName, policy: ReturnType<typeof dataClassPolicy>): string {
  return [...policy.classes.values()].find((c) => c.preset === preset)?.name ?? preset
}
