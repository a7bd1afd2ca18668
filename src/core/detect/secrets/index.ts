export { secretsDetector } from './detector.js'
export { findSecrets } from './find-secrets.js'
export { SECRET_RULES } from './rules.js'
