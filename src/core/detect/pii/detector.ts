import type { Detector } from '../detector.js'
import { joinAddedLines, toFindings } from '../secrets/added-text.js'
import { findPii } from './find-pii.js'
import { phoneRegion } from './phone.js'
import { PII_RULES } from './rules.js'

export const piiDetector: Detector = {
  id: 'pii',
  category: 'pii',
  rules: PII_RULES,
  detect(change, ctx) {
    const added = joinAddedLines(change.lines.added)
    return toFindings(added, findPii(added.text, { defaultCountry: phoneRegion(ctx.config.pii.phoneRegion) }), PII_RULES)
  },
}
