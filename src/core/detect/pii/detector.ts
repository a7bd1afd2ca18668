import type { Detector } from '../detector.js'
import { canonicalAdded } from '../../canonical/change-view.js'
import { matchFindings } from '../../canonical/findings.js'
import { findPii } from './find-pii.js'
import { phoneRegion } from './phone.js'
import { PII_RULES } from './rules.js'

export const piiDetector: Detector = {
  id: 'pii',
  category: 'pii',
  rules: PII_RULES,
  detect(change, ctx) {
    const added = canonicalAdded(change)
    return matchFindings(added, findPii(added.text, { defaultCountry: phoneRegion(ctx.config.pii.phoneRegion) }), PII_RULES)
  },
}
