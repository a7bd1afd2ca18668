// Prompt-template parsing: every supported format into the one `Template` model.
export { detectFormat } from './detect-format.js'
export { parseTemplate } from './parse-template.js'
export { normalizeParameterKey, pinnedRevision } from './model-spec.js'
export { normalizeRole, MAX_MESSAGES } from './messages.js'
export { scanVariables } from './variables.js'
export type { Dialect, FoundVariable } from './variables.js'
export { MAX_VARIABLES } from './collect-variables.js'
export { MAX_YAML_TOKENS, MAX_ALIAS_COUNT } from './yaml-source.js'
