// Prompt-injection exposure in added template content: where untrusted values land, how
// they are inserted, and text planted to hijack the model (override phrases, chat control
// tokens, invisible Unicode, exfiltration URLs).
import type { Detector, DetectorContext } from '../detector.js'
import type { FindingDraft, TemplateChange } from '../../types.js'
import { classifierFindings } from './classifier.js'
import { exfilFindings } from './exfil-urls.js'
import { hiddenUnicodeFindings } from './hidden-unicode.js'
import { overridePhraseFindings } from './override-phrases.js'
import { plantedInstructionFindings } from './planted-instructions.js'
import { INJECTION_RULES } from './rules.js'
import { addedLineSet, addedMessageLines, addedRawLines } from './scan-lines.js'
import { specialTokenFindings } from './special-tokens.js'
import { variableFindings } from './variables.js'

function detectInjection(change: TemplateChange, ctx: DetectorContext): FindingDraft[] {
  if (change.head === null) return []
  const messageLines = addedMessageLines(change)
  const textRules = [
    ...overridePhraseFindings(messageLines),
    ...specialTokenFindings(messageLines),
    // Anywhere in the file: a description or comment can be pasted into a prompt later.
    ...hiddenUnicodeFindings(addedRawLines(change)),
    ...exfilFindings(messageLines),
    ...plantedInstructionFindings(messageLines),
  ]
  const flagged = new Set(textRules.map((f) => f.line))
  return [
    ...variableFindings(change.head, addedLineSet(change)),
    ...textRules,
    ...classifierFindings(messageLines, ctx.config.classifiers.injection.threshold, flagged),
  ]
}

export const injectionDetector: Detector = {
  id: 'injection',
  category: 'injection',
  rules: INJECTION_RULES,
  detect: (change, ctx) => detectInjection(change, ctx),
}

export { classifyVariable, type VariableTrust } from './variable-names.js'
