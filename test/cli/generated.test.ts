// Generated files must match their sources (CI also rebuilds dist/ and fails on a diff).
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { configJsonSchema } from '../../src/cli/commands/schema.js'
import { VERSION } from '../../src/version.js'

describe('generated files', () => {
  it('schema/promptops.schema.json matches the zod config schema (run `npm run schema`)', () => {
    expect(JSON.parse(readFileSync('schema/promptops.schema.json', 'utf8'))).toEqual(configJsonSchema())
  })
  it('src/version.ts matches package.json (run `npm run build`)', () => {
    expect(VERSION).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version)
  })
})
