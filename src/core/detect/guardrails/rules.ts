// Rule metadata for the guardrails detector.
import type { RuleMeta } from '../detector.js'

export const GUARDRAIL_REMOVED: RuleMeta = {
  id: 'guardrails.removed',
  category: 'guardrails',
  severity: 'high',
  title: 'Guardrail instruction removed',
  help:
    'A refusal, safety, scope, confidentiality, privacy, uncertainty or citation instruction in the base version has no ' +
    'equivalent in the head version. Restore it, or have the owners confirm the removal is intended.',
}

export const GUARDRAIL_WEAKENED: RuleMeta = {
  id: 'guardrails.weakened',
  category: 'guardrails',
  severity: 'high',
  title: 'Guardrail instruction weakened',
  help:
    'A guardrail became softer ("never" → "try not to", "must" → "should", "always" → "sometimes"), gained an exception ' +
    '("unless the user asks"), or a new line grants permission to break the rules. Keep the original strength.',
}

export const SYSTEM_REMOVED: RuleMeta = {
  id: 'guardrails.system-removed',
  category: 'guardrails',
  severity: 'critical',
  title: 'System message with guardrails removed',
  help:
    'The head version has no system message, but the base system message carried guardrails. Instructions in user ' +
    'messages carry less authority and are easier to override. Restore the system message.',
}

export const GUARDRAIL_RULES: readonly RuleMeta[] = [GUARDRAIL_REMOVED, GUARDRAIL_WEAKENED, SYSTEM_REMOVED]
