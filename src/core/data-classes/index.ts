// Data classes and hosting responsibilities (docs/data-classes.md).
export type { ClassVerdict, DataClassEvent, HostVerdict, ResolvedHost, TemplateDataClasses } from './types.js'
export { dataClassPolicy, type DataClassPolicy, type EffectiveClass } from './policy.js'
export { resolveHost } from './resolve-host.js'
export { judgeHost, overallVerdict, describeHost, type OverallVerdict } from './judge.js'
export { PRESETS, PRESET_NAMES, type Preset, type PresetName } from './presets.js'
export { registerFromFiles, registerFromRecords, type RegisterRow, type RegisterFile, type LastApproval } from './register.js'
export { renderRegisterTable, renderRegisterJson, renderRegisterCsv, renderRegisterMarkdown } from './register-render.js'
