import { z } from 'zod'
import { ConfigSchema } from '../../core/config/config.schema.js'
import { oneOf, parse, str } from '../args.js'
import type { Command } from '../io.js'
import { configReference } from '../schema-docs.js'

const usage = `Usage: promptops schema [--format json|markdown]

Prints the JSON Schema of .github/promptops.yml (the same file as
schema/promptops.schema.json), or with --format markdown the configuration reference
(docs/config.md). Both come from the descriptions in the zod config schema.

Examples:
  promptops schema > promptops.schema.json
  promptops schema --format markdown`

/** Where the committed schema is served from: the raw file on the default branch. */
export const SCHEMA_URL = 'https://raw.githubusercontent.com/promptops/promptops/main/schema/promptops.schema.json'

export function configJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(ConfigSchema, { io: 'input', target: 'draft-2020-12' }) as Record<string, unknown>
  return { ...schema, $id: SCHEMA_URL, title: 'PromptOps configuration (.github/promptops.yml)' }
}

export const schemaCommand: Command = {
  name: 'schema',
  usage,
  async run(argv, io) {
    const { values } = parse(argv, { format: { type: 'string', short: 'f' } }, usage)
    if (values.help) return (io.stdout(`${usage}\n`), 0)
    const format = oneOf(str(values.format), ['json', 'markdown'] as const, '--format', 'json')
    const schema = configJsonSchema()
    io.stdout(format === 'json' ? `${JSON.stringify(schema, null, 2)}\n` : configReference(schema))
    return 0
  },
}
