import type { Command } from '../io.js'
import { auditCommand } from './audit.js'
import { doctorCommand } from './doctor.js'
import { migrateCommand } from './migrate.js'
import { ownersCommand } from './owners.js'
import { redactCommand } from './redact.js'
import { reportCommand } from './report.js'
import { routeCommand } from './route.js'
import { scanCommand } from './scan.js'
import { schemaCommand } from './schema.js'
import { scoreCommand } from './score.js'
import { validateCommand } from './validate.js'

export const COMMANDS: readonly Command[] = [scoreCommand, scanCommand, ownersCommand, routeCommand, redactCommand, auditCommand, reportCommand, migrateCommand, validateCommand, doctorCommand, schemaCommand]
