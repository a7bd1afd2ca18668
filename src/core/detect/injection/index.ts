// Prompt-injection exposure in added template content: where untrusted values land, how
// they are inserted, and text planted to hijack the model (override phrases, chat control
// tokens, invisible Unicode, exfiltration URLs).
import type { Detector, DetectorContext } from '../detector.js'
import type { FindingDraft, TemplateChange } from '../../types.js'
import { classifierFindings } from './classifier.js'
import { exfilFindings } from './exfil-urls.js'
import { hiddenUnicodeFindings } from './hidden-unicode.js'
import { jailbreakMarkerFindings } from './jailbreak-markers.js'
import { OVERRIDE_LITERALS, overridePhraseFindings } from './override-phrases.js'
import { MARKER_LITERALS, mayHavePlantedInstruction, plantedInstructionFindings } from './planted-instructions.js'
import { LiteralScreen } from '../literal-screen.js'
import { INJECTION_RULES } from './rules.js'
import { addedLineSet, addedMessageLines, addedRawLines } from './scan-lines.js'
import { specialTokenFindings } from './special-tokens.js'
import { variableFindings } from './variables.js'

/** Both phrase rules' anchors in one screen: one pass over each line rules most lines out of both. */
const PHRASE_SCREEN = new LiteralScreen([...OVERRIDE_LITERALS, ...MARKER_LITERALS])

function detectInjection(change: TemplateChange, ctx: DetectorContext): FindingDraft[] {
  if (change.head === null) return []
  const messageLines = addedMessageLines(change)
  const phraseLines = messageLines.filter((l) => PHRASE_SCREEN.mayContain(l.text))
  const overrides = overridePhraseFindings(phraseLines)
  const overrideLines = new Set(overrides.map((f) => f.line))
  const textRules = [
    ...overrides,
    // Same rule: a line an override phrase already flagged needs no second finding.
    ...jailbreakMarkerFindings(messageLines.filter((l) => !overrideLines.has(l.line))),
    ...specialTokenFindings(
      messageLines,
      change.head.rawChatFormat === true && (change.base === null || change.base.rawChatFormat === true),
    ),
    // Anywhere in the file: a description or comment can be pasted into a prompt later.
    ...hiddenUnicodeFindings(addedRawLines(change)),
    ...exfilFindings(messageLines),
    // A second, narrower screen over the few lines that passed the shared one.
    ...plantedInstructionFindings(phraseLines.filter((l) => mayHavePlantedInstruction(l.text))),
  ]
  const flagged = new Set(textRules.map((f) => f.line))
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
