// Prompt-template parsing: every supported format into the one `Template` model.
export { detectFormat } from './detect-format.js'
export { parseTemplate } from './parse-template.js'
export { normalizeParameterKey, pinnedRevision } from './model-spec.js'
export { scanVariables } from './variables.js'
export type { Dialect } from './variables.js'
