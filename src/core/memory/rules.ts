// Rule metadata for memory-schema findings, registered with the others for SARIF help
// and the reviewer checklist.
import type { RuleMeta } from '../detect/detector.js'

const rule = (id: string, severity: RuleMeta['severity'], title: string, help: string): RuleMeta => ({
  id,
  category: 'schema',
  severity,
  title,
  help,
})

export const MEMORY_RULE = {
  breaking: rule(
    'schema.memory-breaking-change',
    'high',
    'Memory schema changed incompatibly',
    'Stored memories written for the old schema no longer validate, or readers lose fields they rely on (removed/renamed required field, narrowed type, removed enum value, new required field without a default). In the same pull request, add a migration playbook (markdown with `## Change`, `## Impact`, `## Rollback`, `## Communication`) and a compatibility adapter (YAML with `from`, `to`, `rules`) under the configured `memory.playbooks` folder, then run `promptops migrate --check`.',
  ),
  migrated: rule(
    'schema.memory-breaking-change-migrated',
    'low',
    'Memory schema changed incompatibly, with a migration',
    'The incompatible change ships with a complete migration playbook and a compatibility adapter in the same pull request. Reviewers: check the adapter with `promptops migrate --check` and read the rollback plan.',
  ),
  playbook: rule(
    'schema.memory-playbook-incomplete',
    'high',
    'Migration playbook incomplete',
    'A migration playbook needs four non-empty sections: `## Change` (what changes), `## Impact` (who and what data is affected), `## Rollback` (how to undo it), `## Communication` (who is told, when).',
  ),
  adapter: rule(
    'schema.memory-adapter-invalid',
    'high',
    'Compatibility adapter invalid',
    'The adapter does not parse or uses an unknown rule. It must be YAML with `from` and `to` (repository-relative schema paths) and `rules`, each one of `rename`, `move`, `default`, `convert` or `drop`. Fix the line shown; `promptops migrate --check` reports the same errors.',
  ),
  invalid: rule(
    'schema.memory-schema-invalid',
    'high',
    'Memory schema does not parse',
    'A file listed under `memory.schemas` must be a JSON object (a JSON Schema). Fix the syntax at the line shown; until then its compatibility cannot be checked.',
  ),
  compatible: rule(
    'schema.memory-compatible-change',
    'low',
    'Memory schema changed compatibly',
    'Informational: fields were added as optional, types or enums widened. Existing memories still validate; no migration is needed.',
  ),
} as const

export const MEMORY_RULES: readonly RuleMeta[] = Object.values(MEMORY_RULE)
