// Slurs, harassment, sexual and violent content in added text. Offline and deterministic:
// a small curated lexicon with obfuscation-aware matching (see normalise.ts, lexicon.ts).
import { canonicalAdded } from '../../canonical/change-view.js'
import type { Detector } from '../detector.js'
import { levelRank, type FindingDraft, type Level, type TemplateChange } from '../../types.js'
import type { ToxicCategory } from './lexicon.js'
import { toxicHits, type ToxicHit } from './match.js'
import { wordsOf } from './normalise.js'
import { mayBeToxic } from './screen.js'
import { TOXICITY_RULES } from './rules.js'

const UNMASKED = new Set(['you', 'your', 'yourself', 'u', 'ya', 'i', 'a', 'an', 'the', 'him', 'her', 'them', 'to', 'of', 'in'])

/** "fuck" → "f***"; phrases keep pronouns readable: "kill you" → "k*** you". */
export function maskWord(text: string): string {
  return text
    .split(' ')
    .map((w) => (UNMASKED.has(w) || w.length < 2 ? w : `${w[0]}${'*'.repeat(w.length - 1)}`))
    .join(' ')
}

function lineFindings(line: number, hits: readonly ToxicHit[]): FindingDraft[] {
  const byCategory = new Map<ToxicCategory, ToxicHit[]>()
  for (const hit of hits) byCategory.set(hit.category, [...(byCategory.get(hit.category) ?? []), hit])
  return [...byCategory].map(([category, group]) => {
    const severity = group.reduce<Level>((worst, h) => (levelRank(h.severity) > levelRank(worst) ? h.severity : worst), 'low')
    const masked = [...new Set(group.map((h) => maskWord(h.canonical)))]
    return {
      rule: TOXICITY_RULES[category].id,
      severity,
      message: `${TOXICITY_RULES[category].title}: ${masked.slice(0, 5).join(', ')}.`,
      line,
      evidence: masked.slice(0, 5).join(', '),
    }
  })
}

function detectToxicity(change: TemplateChange): FindingDraft[] {
  const out: FindingDraft[] = []
  for (const { line, text } of canonicalAdded(change).lines()) {
    if (!mayBeToxic(text)) continue
    const hits = toxicHits(wordsOf(text))
    if (hits.length > 0) out.push(...lineFindings(line, hits))
  }
  return out
}

export const toxicityDetector: Detector = {
  id: 'toxicity',
  category: 'toxicity',
  rules: Object.values(TOXICITY_RULES),
  detect: (change) => detectToxicity(change),
}
