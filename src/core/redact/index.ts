export { redactText } from './redact-text.js'
export { redactJsonLine } from './redact-json-line.js'
export { isWholePlaceholder } from './placeholder.js'
export { mergeCounts } from './counts.js'
