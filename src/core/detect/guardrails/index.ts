// Guardrails removed or weakened between base and head: refusal, safety, scope,
// confidentiality, privacy, uncertainty and citation instructions. Sentences are matched
// fuzzily, so rewording that keeps the meaning and strength is not reported.
import type { Detector } from '../detector.js'
import type { FindingDraft, Template, TemplateChange } from '../../types.js'
import { renderSnippet } from '../injection/snippet.js'
import { guardrailKind, strengthOf, weakening } from './classify.js'
import { grantsPermission } from './permissions.js'
import { GUARDRAIL_REMOVED, GUARDRAIL_RULES, GUARDRAIL_WEAKENED, SYSTEM_REMOVED } from './rules.js'
import { sentencesOf, type Sentence } from './sentences.js'
import { SentenceIndex } from './similarity.js'

/** Bounds the work on huge rewrites; beyond this many changed guardrails the PR is already high risk. */
const MAX_GUARDRAILS = 1000

function systemRemoved(base: Template, head: Template, guardrails: readonly Sentence[]): FindingDraft[] {
  if (head.messages.some((m) => m.role === 'system')) return []
  const out: FindingDraft[] = []
  base.messages.forEach((message, index) => {
    const count = guardrails.filter((s) => s.message === index).length
    if (message.role !== 'system' || count === 0) return
    out.push({
      rule: SYSTEM_REMOVED.id,
      severity: 'critical',
      message: `The system message (${count} guardrail instruction${count > 1 ? 's' : ''}) was removed; the head has no system message.`,
      line: message.startLine,
      baseLine: true,
      evidence: renderSnippet(guardrails.find((s) => s.message === index)?.text ?? '', 100),
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

function permissionGrants(head: readonly Sentence[], added: ReadonlySet<number>): FindingDraft[] {
  return head.flatMap((s) => {
    const grant = added.has(s.line) ? grantsPermission(s.lower) : null
    if (grant === null) return []
    return [{ rule: GUARDRAIL_WEAKENED.id, severity: 'high' as const, message: `New text grants permission to break the rules: "${renderSnippet(grant, 80)}"`, line: s.line, evidence: renderSnippet(s.text, 100) }]
  })
}

function detectGuardrails(change: TemplateChange): FindingDraft[] {
  const { base, head } = change
  if (base === null || head === null) return []
  const removedLines = new Set(change.lines.removed.map((l) => l.line))
  const guardrails = sentencesOf(base).filter((s) => guardrailKind(s.lower) !== null)
  const headSentences = sentencesOf(head)
  const lost = systemRemoved(base, head, guardrails)
  const skipMessages = new Set(lost.length > 0 ? base.messages.flatMap((m, i) => (m.role === 'system' ? [i] : [])) : [])
  const index = new SentenceIndex(headSentences)
  const changed = guardrails.filter((s) => removedLines.has(s.line) && !skipMessages.has(s.message)).slice(0, MAX_GUARDRAILS)
  const compared = changed.map((s) => compareSentence(s, index)).filter((f): f is FindingDraft => f !== null)
  return dedupe([...lost, ...compared, ...permissionGrants(headSentences, new Set(change.lines.added.map((l) => l.line)))])
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
