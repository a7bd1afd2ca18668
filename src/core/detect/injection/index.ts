// Prompt-injection exposure in added template content: where untrusted values land, how
// they are inserted, and text planted to hijack the model (override phrases, chat control
// tokens, invisible Unicode, exfiltration URLs).
import type { Detector } from '../detector.js'
import type { FindingDraft, TemplateChange } from '../../types.js'
import { exfilFindings } from './exfil-urls.js'
import { hiddenUnicodeFindings } from './hidden-unicode.js'
import { overridePhraseFindings } from './override-phrases.js'
import { INJECTION_RULES } from './rules.js'
import { addedLineSet, addedMessageLines, addedRawLines } from './scan-lines.js'
import { specialTokenFindings } from './special-tokens.js'
import { variableFindings } from './variables.js'

function detectInjection(change: TemplateChange): FindingDraft[] {
  if (change.head === null) return []
  const messageLines = addedMessageLines(change)
  return [
    ...variableFindings(change.head, addedLineSet(change)),
    ...overridePhraseFindings(messageLines),
    ...specialTokenFindings(messageLines, change.head.rawChatFormat === true && (change.base === null || change.base.rawChatFormat === true)),
    // Anywhere in the file: a description or comment can be pasted into a prompt later.
    ...hiddenUnicodeFindings(addedRawLines(change)),
    ...exfilFindings(messageLines),
  ]
}

export const injectionDetector: Detector = {
  id: 'injection',
  category: 'injection',
  rules: INJECTION_RULES,
  detect: (change) => detectInjection(change),
}

export { classifyVariable, type VariableTrust } from './variable-names.js'
