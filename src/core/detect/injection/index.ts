// Prompt-injection exposure in added template content: where untrusted values land, how
// they are inserted, and text planted to hijack the model (override phrases, chat control
// tokens, invisible Unicode, exfiltration URLs).
import type { Detector, DetectorContext } from '../detector.js'
import type { FindingDraft, TemplateChange } from '../../types.js'
import { classifierFindings } from './classifier.js'
import { decodedLines, encodedOrderFindings } from './encoded-orders.js'
import { exampleRunLines } from './example-runs.js'
import { exfilFindings } from './exfil-urls.js'
import { hiddenUnicodeFindings } from './hidden-unicode.js'
import { jailbreakMarkerFindings } from './jailbreak-markers.js'
import { overridePhraseFindings } from './override-phrases.js'
import {
  joinedPhraseLines,
  markersOf,
  mayHaveMarker,
  phraseLines as phraseLinesOf,
  type JoinedPhraseLine,
  type PhraseLine,
} from './phrase-screen.js'
import { plantedInstructionFindings } from './planted-instructions.js'
import { INJECTION_RULES } from './rules.js'
import { addedLineSet, addedMessageLines, addedRawLines, type ScanLine } from './scan-lines.js'
import { specialTokenFindings } from './special-tokens.js'
import { variableFindings } from './variables.js'

/**
 * Override phrases on single lines, plus those found on two lines read as one where neither
 * line alone had one: a phrase that only a line break kept apart.
 */
function overridesWithSplitPhrases(lines: readonly PhraseLine[], joined: readonly JoinedPhraseLine[]): FindingDraft[] {
  const findings = overridePhraseFindings(lines)
  const flagged = new Set(findings.map((f) => f.line))
  const unflagged = joined.filter((l) => !flagged.has(l.line) && !flagged.has(l.next))
  if (unflagged.length === 0) return findings
  const nextOf = new Map(unflagged.map((l) => [l.line, l.next]))
  // One finding per split phrase: the pair that starts on its second line may read it again.
  const covered = new Set<number>()
  for (const f of overridePhraseFindings(unflagged)) {
    if (covered.has(f.line)) continue
    covered.add(f.line)
    covered.add(nextOf.get(f.line) ?? f.line)
    findings.push(f)
  }
  return findings
}

/** Planted markers on screened lines: only those the screen says may hold one are read. */
const plantedFindingsOf = (lines: readonly PhraseLine[]): FindingDraft[] =>
  plantedInstructionFindings(lines.filter(mayHaveMarker).map((l) => ({ ...l, markers: markersOf(l) })))

/** Override phrases and planted markers in the decoded copies of lines that say they are encoded. */
function decodedFindings(lines: readonly ScanLine[]): FindingDraft[] {
  const decoded = decodedLines(lines)
  if (decoded.length === 0) return []
  const screened = phraseLinesOf(decoded)
  return [...overridePhraseFindings(screened), ...plantedFindingsOf(screened)].map((f) => ({
    ...f,
    message: `In the text read back from ROT13 or reversed: ${f.message}`,
  }))
}

function detectInjection(change: TemplateChange, ctx: DetectorContext): FindingDraft[] {
  if (change.head === null) return []
  const messageLines = addedMessageLines(change)
  // Attacks a defended prompt shows as examples are no orders to the phrase rules (example-runs.ts).
  const examples = exampleRunLines(change)
  const orderLines = examples.size === 0 ? messageLines : messageLines.filter((l) => !examples.has(l.line))
  // One screen for both phrase rules: most lines are ruled out of both in one pass.
  const phraseLines = phraseLinesOf(orderLines)
  const joinedLines = joinedPhraseLines(orderLines, phraseLines)
  const overrides = overridesWithSplitPhrases(phraseLines, joinedLines)
  const overrideLines = new Set(overrides.map((f) => f.line))
  const textRules = [
    ...overrides,
    // Same rule: a line an override phrase already flagged needs no second finding.
    ...jailbreakMarkerFindings(orderLines.filter((l) => !overrideLines.has(l.line))),
    ...specialTokenFindings(
      messageLines,
      change.head.rawChatFormat === true && (change.base === null || change.base.rawChatFormat === true),
    ),
    // Anywhere in the file: a description or comment can be pasted into a prompt later.
    ...hiddenUnicodeFindings(addedRawLines(change)),
    ...exfilFindings(messageLines),
    // Line by line only: its markers are about where a line starts ("User:" opening a line is a
    // template's own turn, in the middle of one a forged turn).
    ...plantedFindingsOf(phraseLines),
    ...encodedOrderFindings(messageLines),
  ]
  const flagged = new Set(textRules.map((f) => f.line))
  // Thirty-first round: ROT13 or reversed payloads read back, judged by the same phrase rules.
  for (const f of decodedFindings(orderLines)) {
    if (flagged.has(f.line)) continue
    flagged.add(f.line)
    textRules.push(f)
  }
  return [
    ...variableFindings(change.head, addedLineSet(change)),
    ...textRules,
    ...classifierFindings(messageLines, ctx.config.classifiers.injection.threshold, flagged, change),
  ]
}

export const injectionDetector: Detector = {
  id: 'injection',
  category: 'injection',
  rules: INJECTION_RULES,
  detect: (change, ctx) => detectInjection(change, ctx),
}

export { classifyVariable } from './variable-names.js'
