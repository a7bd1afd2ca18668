import type { Detector } from '../detector.js'
import { canonicalAdded } from '../../canonical/change-view.js'
import { matchFindings } from '../../canonical/findings.js'
import { findSecrets } from './find-secrets.js'
import { SECRET_RULES } from './rules.js'

export const secretsDetector: Detector = {
  id: 'secrets',
  category: 'secrets',
  rules: SECRET_RULES,
  detect(change) {
    const added = canonicalAdded(change)
    return matchFindings(added, findSecrets(added.text), SECRET_RULES)
  },
}
