import { z } from 'zod'
import { ConfigSchema } from '../../core/config/config.schema.js'
import type { Command } from '../io.js'

const usage = `Usage: promptops schema

Prints the JSON Schema of .github/promptops.yml (the same file as schema/promptops.schema.json).`

export function configJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(ConfigSchema, { io: 'input', target: 'draft-2020-12' }) as Record<string, unknown>
  return { ...schema, $id: 'https://promptops.dev/schema/promptops.schema.json', title: 'PromptOps configuration (.github/promptops.yml)' }
}

export const schemaCommand: Command = {
  name: 'schema',
  usage,
  async run(argv, io) {
    if (argv.includes('--help') || argv.includes('-h')) return io.stdout(`${usage}\n`), 0
    io.stdout(`${JSON.stringify(configJsonSchema(), null, 2)}\n`)
    return 0
  },
}
