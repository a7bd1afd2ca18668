// `model`: the model, its revision, sampling parameters, tools or response format changed.
// Behaviour can shift a lot with no text change, so reviewers should see these.
import type { FindingDraft, Level } from '../types.js'
import type { Detector, RuleMeta } from './detector.js'

const rule = (id: string, severity: Level, title: string, help: string): RuleMeta => ({
  id,
  category: 'model',
  severity,
  title,
  help,
})

export const MODEL_RULES = {
  changed: rule(
    'model.changed',
    'medium',
    'Model changed',
    'A different model answers this prompt: re-run evals and check cost, latency and refusal behaviour before merging.',
  ),
  revision: rule(
    'model.revision-changed',
    'medium',
    'Model revision changed',
    'A new model snapshot can change outputs for identical prompts; re-run the evals for this template.',
  ),
  parameter: rule(
    'model.parameter-changed',
    'low',
    'Sampling or limit parameter changed',
    'Temperature, top_p or token limits change output variety and length; confirm the new values are intended.',
  ),
  tools: rule(
    'model.tools-changed',
    'high',
    'Tools changed',
    'Tools the model may call widen what a prompt injection can do; review each added tool and its permissions.',
  ),
  responseFormat: rule(
    'model.response-format-changed',
    'medium',
    'Response format changed',
    'Callers parse the response; a changed format or JSON schema can break them.',
  ),
}

/** Big jumps matter more than nudges: temperature above 1 or max tokens doubled. */
function parameterSeverity(field: string, from: unknown, to: unknown): Level {
  if (/temperature/i.test(field) && typeof to === 'number' && to > 1) return 'medium'
  if (/max.?(output|completion)?.?tokens/i.test(field) && typeof from === 'number' && typeof to === 'number' && to > from * 2)
    return 'medium'
  return 'low'
}

const show = (v: unknown): string => (v === undefined ? '(unset)' : JSON.stringify(v).slice(0, 80))

export const modelDetector: Detector = {
  id: 'model',
  category: 'model',
  rules: Object.values(MODEL_RULES),
  detect(change) {
    const head = change.head
    if (!head || !change.base) return []
    const line = head.model.line ?? head.metadata.line ?? 1
    return change.modelChanges.map((c): FindingDraft => {
      const text = `${c.field}: ${show(c.from)} → ${show(c.to)}`
      if (c.field === 'model')
        return { rule: MODEL_RULES.changed.id, severity: 'medium', line, message: `Model changed (${text})`, evidence: text }
      if (c.field === 'revision' || c.field === 'api')
        return { rule: MODEL_RULES.revision.id, severity: 'medium', line, message: `Model ${text}`, evidence: text }
      if (c.field === 'tools')
        return {
          rule: MODEL_RULES.tools.id,
          severity: 'high',
          line,
          message: 'Tools available to the model changed',
          evidence: 'tools changed',
        }
      if (c.field === 'responseFormat')
        return {
          rule: MODEL_RULES.responseFormat.id,
          severity: 'medium',
          line,
          message: 'Response format changed',
          evidence: 'response format changed',
        }
      return {
        rule: MODEL_RULES.parameter.id,
        severity: parameterSeverity(c.field, c.from, c.to),
        line,
        message: `Parameter ${text}`,
        evidence: text,
      }
    })
  },
}
