export { piiDetector } from './detector.js'
export { findPii } from './find-pii.js'
