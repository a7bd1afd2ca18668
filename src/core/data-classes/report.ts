// The `dataClasses` field of a template's report: classes, resolved host, verdicts, events.
import type { Config } from '../config/config.schema.js'
import type { TemplateChange } from '../types.js'
import { assessChange } from './assess.js'
import { dataClassPolicy } from './policy.js'
import type { TemplateDataClasses } from './types.js'

export function templateDataClasses(change: TemplateChange, config: Config): TemplateDataClasses {
  const { classes, host, verdicts, redactTelemetry, events } = assessChange(change, dataClassPolicy(config))
  return { classes, host, verdicts, redactTelemetry, events }
}
