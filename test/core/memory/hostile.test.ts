// Linear time on hostile input: ~1 MB strings through every scanner in the memory module.
import { describe, expect, it } from '@jest/globals'
import { normalizeRepoPath, parseAdapter } from '../../../src/core/memory/adapter.js'
import { convertValue } from '../../../src/core/memory/convert.js'
import { parseSchemaText } from '../../../src/core/memory/json-text.js'
import { checkPlaybook } from '../../../src/core/memory/playbook.js'
import { parseRecords } from '../../../src/core/memory/records.js'
import { HANG_LIMIT_MS } from '../../helpers/hang-limit.js'

const MB = 1_000_000
const fast = (fn: () => unknown): void => {
  const start = performance.now()
  fn()
  expect(performance.now() - start).toBeLessThan(HANG_LIMIT_MS)
}

describe('hostile inputs complete fast', () => {
  it.each([
    ['playbook: many hashes', () => checkPlaybook('#'.repeat(MB))],
    ['playbook: heading with huge padding', () => checkPlaybook(`## ${' \t'.repeat(MB / 2)}x`)],
    ['playbook: unclosed comments', () => checkPlaybook('<!--'.repeat(MB / 4))],
    ['playbook: many fences', () => checkPlaybook('```\n'.repeat(MB / 4))],
    ['convert: long digit strings', () => convertValue('1'.repeat(MB), 'number')],
    ['convert: digits then junk', () => convertValue(`${'9'.repeat(MB)}.${'9'.repeat(MB)}x`, 'integer')],
    ['repo path: many ./', () => normalizeRepoPath('./'.repeat(MB / 2))],
    ['schema: deep brackets', () => parseSchemaText('['.repeat(MB))],
    ['schema: long string', () => parseSchemaText(`{"a":"${'\\\\'.repeat(MB / 2)}"}`)],
    ['records: one huge broken line', () => parseRecords(`{"a":${'1'.repeat(MB)}`, 'jsonl')],
    [
      'adapter: huge path',
      () => parseAdapter(`from: a.json\nto: b.json\nrules:\n  - drop: { path: ${'a.'.repeat(MB / 2)}b }\n`, 'x.yml'),
    ],
  ])('%s', (_name, fn) => fast(fn))
})

describe('hostile schemas diff in linear time', () => {
  it('50k removed and 50k added required fields', async () => {
    const { diffSchemas } = await import('../../../src/core/memory/schema-diff.js')
    const make = (prefix: string) => {
      const names = Array.from({ length: 50_000 }, (_, i) => `${prefix}${i}`)
      return { type: 'object', required: names, properties: Object.fromEntries(names.map((n) => [n, { type: 'string' }])) }
    }
    fast(() => expect(diffSchemas(make('a'), make('b')).breaking).toHaveLength(50_000))
  })
})
