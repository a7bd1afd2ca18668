// `provenance`: a governed template must say where it came from and who owns it.
// Informational unless the config requires tags (then they count at the configured severity).
import picomatch from 'picomatch'
import type { Config } from '../config/config.schema.js'
import { resolveProvenance } from '../governance/provenance.js'
import type { FindingDraft, Level } from '../types.js'
import type { Detector, RuleMeta } from './detector.js'

const rule = (id: string, title: string, help: string): RuleMeta => ({
  id,
  category: 'provenance',
  severity: 'medium',
  title,
  help,
})

export const PROVENANCE_RULES = {
  missing: rule(
    'provenance.missing-tag',
    'Provenance tag missing',
    'Add the tag to the template metadata (`provenance:`) or to `provenance.tags` in promptops.yml, so audits can trace which data and model this prompt was validated with.',
  ),
  stale: rule(
    'provenance.stale-model-revision',
    'Model changed but its revision tag did not',
    'The model changed, so the recorded model revision no longer describes what was evaluated. Update `modelRevision`.',
  ),
  unpinned: rule(
    'provenance.unpinned-model',
    'Model not pinned to a revision',
    'A floating model alias can change under you; pin a dated snapshot or record `modelRevision`.',
  ),
  owner: rule(
    'provenance.missing-owner',
    'Template has no owner',
    'Add an owner in CODEOWNERS or `owners:` in promptops.yml so changes are routed to someone accountable.',
  ),
}

function configOwners(path: string, config: Config): string[] {
  return config.owners.filter((o) => picomatch.isMatch(path, o.pattern, { dot: true })).flatMap((o) => o.owners)
}

export const provenanceDetector: Detector = {
  id: 'provenance',
  category: 'provenance',
  rules: Object.values(PROVENANCE_RULES),
  detect(change, { config, ownersOf }) {
    const head = change.head
    if (!head || head.parseErrors.length > 0) return []
    const required = config.provenance.required
    const severity: Level = config.provenance.severity
    const informational = required.length === 0
    const line = head.metadata.line ?? 1
    const { tags } = resolveProvenance(head, 'digest', config)
    const findings: FindingDraft[] = []
    const missing = (required.length > 0 ? required : ['dataset', 'modelRevision']).filter((t) => !tags[t])
    for (const tag of missing) {
      findings.push({
        rule: PROVENANCE_RULES.missing.id,
        severity,
        line,
        message: `Provenance tag "${tag}" is missing`,
        evidence: tag,
        informational,
      })
    }
    const base = change.base
    if (
      base &&
      base.model.id !== head.model.id &&
      base.metadata.provenance.modelRevision !== undefined &&
      base.metadata.provenance.modelRevision === head.metadata.provenance.modelRevision
    ) {
      findings.push({
        rule: PROVENANCE_RULES.stale.id,
        severity,
        line: head.model.line ?? line,
        message: `Model changed to ${head.model.id ?? '(unset)'} but modelRevision is still "${head.metadata.provenance.modelRevision}"`,
        informational,
      })
    }
    if (head.model.id && !head.model.revision && !tags.modelRevision && !missing.includes('modelRevision')) {
      findings.push({
        rule: PROVENANCE_RULES.unpinned.id,
        severity: 'low',
        line: head.model.line ?? line,
        message: `Model ${head.model.id} is not pinned to a revision`,
        informational: true,
      })
    }
    const owners = [...ownersOf(head.path), ...head.metadata.owners, ...configOwners(head.path, config)]
    if (owners.length === 0) {
      const counts = config.provenance.requireOwner
      findings.push({
        rule: PROVENANCE_RULES.owner.id,
        severity: counts ? 'high' : severity,
        line,
        message: 'No owner: not in CODEOWNERS, promptops.yml owners or template metadata',
        informational: !counts,
      })
    }
    return findings
  },
}
