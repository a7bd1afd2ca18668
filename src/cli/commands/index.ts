import type { Command } from '../io.js'
import { scanCommand } from './scan.js'
import { schemaCommand } from './schema.js'
import { scoreCommand } from './score.js'
import { validateCommand } from './validate.js'

export const COMMANDS: readonly Command[] = [scoreCommand, scanCommand, validateCommand, schemaCommand]
