// Guardrails removed or weakened between base and head: refusal, safety, scope,
// confidentiality, privacy, uncertainty and citation instructions. Sentences are matched
// fuzzily, so rewording that keeps the meaning and strength is not reported.
import type { Detector } from '../detector.js'
import type { FindingDraft, Template, TemplateChange } from '../../types.js'
import { renderSnippet } from '../injection/snippet.js'
import { guardrailKind, strengthOf, weakening } from './classify.js'
import { grantsPermission } from './permissions.js'
import { GUARDRAIL_REMOVED, GUARDRAIL_RULES, GUARDRAIL_WEAKENED, SYSTEM_REMOVED } from './rules.js'
import { linesWithTokens, messageSentences, sentencesOf, sentencesOfEither, type Sentence } from './sentences.js'
import { SentenceIndex } from './similarity.js'

/** Bounds the work on huge rewrites; beyond this many changed guardrails the PR is already high risk. */
const MAX_GUARDRAILS = 1000
const MAX_FILTER_TOKENS = 64

/** Guardrail sentences of the base system messages; only read when the head has none. */
function systemRemoved(base: Template, head: Template): FindingDraft[] {
  if (head.messages.some((m) => m.role === 'system')) return []
  const out: FindingDraft[] = []
  base.messages.forEach((message, index) => {
    if (message.role !== 'system') return
    const guardrails = messageSentences(message, index).filter((s) => guardrailKind(s.lower) !== null)
    const count = guardrails.length
    if (count === 0) return
    out.push({
      rule: SYSTEM_REMOVED.id,
      severity: 'critical',
      message: `The system message (${count} guardrail instruction${count > 1 ? 's' : ''}) was removed; the head has no system message.`,
      line: message.startLine,
      baseLine: true,
      evidence: renderSnippet(guardrails[0]?.text ?? '', 100),
    })
  })
  return out
}

function compareSentence(base: Sentence, index: SentenceIndex): FindingDraft | null {
  if (index.hasExact(base.lower)) return null
  const matches = index.matches(base)
  const strength = strengthOf(base.lower)
  const kind = guardrailKind(base.lower)
  const best = matches[0]
  if (best === undefined) {
    return {
      rule: GUARDRAIL_REMOVED.id,
      severity: 'high',
      message: `A ${kind} guardrail was removed: "${renderSnippet(base.text, 100)}"`,
      line: base.line,
      baseLine: true,
      evidence: renderSnippet(base.text, 100),
    }
  }
  // Any equally strong equivalent in the head keeps the guardrail in force.
  if (matches.some((m) => weakening(strength, strengthOf(m.sentence.lower)) === null)) return null
  return {
    rule: GUARDRAIL_WEAKENED.id,
    severity: 'high',
    message: `A ${kind} guardrail was weakened (${weakening(strength, strengthOf(best.sentence.lower))}): "${renderSnippet(base.text, 80)}" → "${renderSnippet(best.sentence.text, 80)}"`,
    line: best.sentence.line,
    evidence: renderSnippet(best.sentence.text, 100),
  }
}

/** Only added head lines can grant a new permission: `onAdded` holds the sentences touching one. */
function permissionGrants(onAdded: readonly Sentence[]): FindingDraft[] {
  return onAdded.flatMap((s) => {
    const grant = grantsPermission(s.lower)
    if (grant === null) return []
    return [
      {
        rule: GUARDRAIL_WEAKENED.id,
        severity: 'high' as const,
        message: `New text grants permission to break the rules: "${renderSnippet(grant, 80)}"`,
        line: s.line,
        evidence: renderSnippet(s.text, 100),
      },
    ]
  })
}

/**
 * Base guardrails on removed lines, in file order. An unchanged line cannot lose a
 * guardrail, so only removed lines are split and classified.
 */
function changedGuardrails(base: Template, removed: ReadonlySet<number>, skip: ReadonlySet<number>): Sentence[] {
  if (removed.size === 0) return []
  const out: Sentence[] = []
  base.messages.forEach((message, index) => {
    if (skip.has(index) || out.length >= MAX_GUARDRAILS) return
    for (const s of messageSentences(message, index, (line) => removed.has(line)))
      if (guardrailKind(s.lower) !== null) out.push(s)
  })
  return out.slice(0, MAX_GUARDRAILS)
}

/**
 * Head lines whose sentences can match a changed guardrail: those sharing a content token (an
 * exact match shares all of them). Undefined (every line) when a guardrail is made only of stop
 * words, or when many distinct tokens make the per-line substring filter cost more than
 * splitting everything.
 */
function candidateLines(head: Template, changed: readonly Sentence[]): ((line: number) => boolean) | undefined {
  const tokens = new Set<string>()
  for (const s of changed) {
    if (s.tokens.size === 0) return undefined
    for (const t of s.tokens) tokens.add(t)
  }
  if (tokens.size > MAX_FILTER_TOKENS) return undefined
  const lines = linesWithTokens(head, tokens)
  return (line) => lines.has(line)
}

/**
 * The head's sentences that can match a changed guardrail, and those on added lines (which
 * alone can grant a permission), from one split of the head where both are wanted.
 */
function headSentences(
  head: Template,
  changed: readonly Sentence[],
  added: ReadonlySet<number>,
): { candidates: Sentence[]; onAdded: Sentence[] } {
  const isAdded = (line: number): boolean => added.has(line)
  if (changed.length === 0) return { candidates: [], onAdded: added.size === 0 ? [] : sentencesOf(head, isAdded) }
  const candidates = candidateLines(head, changed)
  if (added.size === 0) return { candidates: sentencesOf(head, candidates), onAdded: [] }
  const both = sentencesOfEither(head, candidates, isAdded)
  return { candidates: both.a, onAdded: both.b }
}

function detectGuardrails(change: TemplateChange): FindingDraft[] {
  const { base, head } = change
  if (base === null || head === null) return []
  const lost = systemRemoved(base, head)
  const skipMessages = new Set(lost.length > 0 ? base.messages.flatMap((m, i) => (m.role === 'system' ? [i] : [])) : [])
  const changed = changedGuardrails(base, new Set(change.lines.removed.map((l) => l.line)), skipMessages)
  const { candidates, onAdded } = headSentences(head, changed, new Set(change.lines.added.map((l) => l.line)))
  const index = changed.length > 0 ? new SentenceIndex(candidates) : null
  const compared =
    index === null ? [] : changed.map((s) => compareSentence(s, index)).filter((f): f is FindingDraft => f !== null)
  return dedupe([...lost, ...compared, ...permissionGrants(onAdded)])
}

/** One weakening finding per head line; removals are per base line. */
function dedupe(findings: readonly FindingDraft[]): FindingDraft[] {
  const seen = new Set<string>()
  return findings.filter((f) => {
    const key = `${f.rule}:${f.baseLine === true ? 'b' : 'h'}:${f.line}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

export const guardrailsDetector: Detector = {
  id: 'guardrails',
  category: 'guardrails',
  rules: GUARDRAIL_RULES,
  detect: (change) => detectGuardrails(change),
}
