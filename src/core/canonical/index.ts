// One canonicalisation step for every detector and the redactor: see docs/detectors.md,
// "Canonical text".
export { canonicalAdded, canonicalMessageLines } from './change-view.js'
export { canonicalText } from './canonical-text.js'
export { canonicalString } from './canonical-string.js'
