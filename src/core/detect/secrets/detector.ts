import type { Detector } from '../detector.js'
import { joinAddedLines, toFindings } from './added-text.js'
import { findSecrets } from './find-secrets.js'
import { SECRET_RULES } from './rules.js'

export const secretsDetector: Detector = {
  id: 'secrets',
  category: 'secrets',
  rules: SECRET_RULES,
  detect(change) {
    const added = joinAddedLines(change.lines.added)
    return toFindings(added, findSecrets(added.text), SECRET_RULES)
  },
}
