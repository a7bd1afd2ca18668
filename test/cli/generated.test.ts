// Generated files must match their sources (CI also rebuilds dist/ and fails on a diff).
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { configJsonSchema, SCHEMA_URL } from '../../src/cli/commands/schema.js'
import { configReference } from '../../src/cli/schema-docs.js'
import { VERSION } from '../../src/version.js'

type SchemaNode = {
  description?: string
  properties?: Record<string, SchemaNode>
  items?: SchemaNode
  additionalProperties?: SchemaNode | boolean
  anyOf?: SchemaNode[]
}

/** Every key anywhere in the schema, with whether it has a description. */
function keys(node: SchemaNode, path = ''): Array<[string, boolean]> {
  const out: Array<[string, boolean]> = []
  for (const [key, child] of Object.entries(node.properties ?? {}))
    out.push([`${path}${key}`, Boolean(child.description?.trim())], ...keys(child, `${path}${key}.`))
  if (node.items) out.push(...keys(node.items, `${path.replace(/\.$/, '')}[].`))
  if (typeof node.additionalProperties === 'object') out.push(...keys(node.additionalProperties, `${path}<key>.`))
  for (const option of node.anyOf ?? []) out.push(...keys(option, path))
  return out
}

describe('generated files', () => {
  it('schema/promptops.schema.json matches the zod config schema (run `npm run schema`)', () => {
    expect(JSON.parse(readFileSync('schema/promptops.schema.json', 'utf8'))).toEqual(configJsonSchema())
  })
  it('docs/config.md is rendered from the same schema (run `npm run schema`)', () => {
    expect(readFileSync('docs/config.md', 'utf8')).toBe(configReference(configJsonSchema()))
  })
  it('every key of the config schema has a description (add .describe() in config.schema.ts)', () => {
    const all = keys(configJsonSchema())
    expect(all.length).toBeGreaterThan(60)
    expect(all.filter(([, described]) => !described).map(([key]) => key)).toEqual([])
  })
  it('the schema $id is where the committed file is served from, for the repository package.json names', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8'))
    const repo = /github\.com\/([^/]+\/[^/.]+)/.exec(pkg.repository.url)?.[1]
    expect(SCHEMA_URL).toBe(`https://raw.githubusercontent.com/${repo}/main/schema/promptops.schema.json`)
  })
  it('src/version.ts matches package.json (run `npm run build`)', () => {
    expect(VERSION).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version)
  })
})
