import type { Detector } from '../detector.js'
import { joinAddedLines, toFindings } from '../secrets/added-text.js'
import { findPii } from './find-pii.js'
import { PII_RULES } from './rules.js'

export const piiDetector: Detector = {
  id: 'pii',
  category: 'pii',
  rules: PII_RULES,
  detect(change) {
    const added = joinAddedLines(change.lines.added)
    return toFindings(added, findPii(added.text), PII_RULES)
  },
}
