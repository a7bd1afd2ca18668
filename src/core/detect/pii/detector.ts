import type { Detector } from '../detector.js'
import { canonicalAdded } from '../../canonical/change-view.js'
import { matchFindings } from '../../canonical/findings.js'
import { findPiiSkippingPlainLines } from './find-pii.js'
import { phoneRegion } from './phone.js'
import { PII_RULES } from './rules.js'

export const piiDetector: Detector = {
  id: 'pii',
  category: 'pii',
  rules: PII_RULES,
  detect(change, ctx) {
    const added = canonicalAdded(change)
    // findPii's matches, from only the lines that can hold one (most prompt lines have no digit
    // or `@`): the label and number scans then read a small part of the text.
    const matches = findPiiSkippingPlainLines(added.text, { defaultCountry: phoneRegion(ctx.config.pii.phoneRegion) })
    return matchFindings(added, matches, PII_RULES)
  },
}
