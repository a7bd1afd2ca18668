// Moderation outcomes as findings. A flagged chunk is a `toxicity.moderation` finding; a
// chunk the provider could not check is a `toxicity.moderation-unchecked` finding (medium),
// never a silent pass: the change then needs a human look, and the message says why.
import type { RuleMeta } from '../detect/detector.js'
import type { FindingDraft, Level } from '../types.js'
import type { ModerationOutcome } from './types.js'

export const MODERATION_FLAGGED: RuleMeta = {
  id: 'toxicity.moderation',
  category: 'toxicity',
  severity: 'medium',
  title: 'Flagged by the configured external moderation provider',
  help:
    'The `moderation` provider in `.github/promptops.yml` (an OpenAI-compatible moderation endpoint or a guard model) ' +
    'flagged this added text. The finding names the provider and its categories. Severe categories (self-harm, ' +
    'minors, threats, graphic violence) are high.',
}

export const MODERATION_UNCHECKED: RuleMeta = {
  id: 'toxicity.moderation-unchecked',
  category: 'toxicity',
  severity: 'medium',
  title: 'External moderation could not check this text',
  help:
    'Moderation is configured but the provider was unreachable, timed out, refused the request or answered in a form ' +
    'PromptOps cannot read. The text is reported as not checked rather than passed; review it by hand or fix the ' +
    'provider settings (`moderation.url`, `moderation.apiKeyEnv`, `moderation.timeoutMs`).',
}

export const MODERATION_RULES: readonly RuleMeta[] = [MODERATION_FLAGGED, MODERATION_UNCHECKED]

const SEVERE = /self-harm|minors|threat|graphic|child|suicide|s1\b|s4\b|s11\b/i

function severityOf(categories: readonly string[]): Level {
  return categories.some((c) => SEVERE.test(c)) ? 'high' : 'medium'
}

/** Drafts per template path, in outcome order. */
export function moderationFindings(outcomes: readonly ModerationOutcome[]): Map<string, FindingDraft[]> {
  const byPath = new Map<string, FindingDraft[]>()
  for (const o of outcomes) {
    let draft: FindingDraft | null = null
    if (o.status === 'flagged') {
      const score = o.score === undefined ? '' : ` (score ${o.score.toFixed(2)})`
      draft = {
        rule: MODERATION_FLAGGED.id,
        severity: severityOf(o.categories),
        message: `Flagged by ${o.provider}: ${o.categories.join(', ') || 'unspecified category'}${score}.`,
        line: o.line,
        evidence: `${o.provider}: ${o.categories.slice(0, 5).join(', ')}`,
      }
    } else if (o.status === 'unchecked') {
      draft = {
        rule: MODERATION_UNCHECKED.id,
        severity: MODERATION_UNCHECKED.severity,
        message: `Not checked by ${o.provider}: ${o.reason}. Review the added text by hand.`,
        line: o.line,
        evidence: o.reason,
      }
    }
    if (draft !== null) byPath.set(o.path, [...(byPath.get(o.path) ?? []), draft])
  }
  return byPath
}
