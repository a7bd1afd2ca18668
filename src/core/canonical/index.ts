// One canonicalisation step for every detector and the redactor: see docs/detectors.md,
// "Canonical text".
export { canonicalAdded, canonicalMessageLines, type CanonicalLine } from './change-view.js'
export { canonicalText, type CanonicalText } from './canonical-text.js'
export { canonicalString } from './canonical-string.js'
export { MappedText, MappedBuilder, compose } from './mapped-text.js'
