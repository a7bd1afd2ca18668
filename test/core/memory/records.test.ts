import { describe, expect, it } from '@jest/globals'
import { parseAdapter } from '../../../src/core/memory/adapter.js'
import { checkRecords, migrateRecord } from '../../../src/core/memory/migrate-record.js'
import { parseRecords, recordFormat } from '../../../src/core/memory/records.js'
import { compileSchema } from '../../../src/core/memory/validator.js'

describe('parseRecords', () => {
  it('JSONL: one record per non-blank line, broken lines reported with their line', () => {
    const parsed = parseRecords('{"a":1}\n\n{"a":2}\r\n{"a":\n[1]\n', 'jsonl')
    expect(parsed.records).toEqual([
      { line: 1, value: { a: 1 } },
      { line: 3, value: { a: 2 } },
      { line: 5, value: [1] },
    ])
    expect(parsed.problems).toEqual([{ line: 4, message: 'invalid JSON: unexpected end of input' }])
  })

  it('JSON: an object is one record, an array one record per item with its line', () => {
    expect(parseRecords('\n{"a":1}', 'json').records).toEqual([{ line: 2, value: { a: 1 } }])
    expect(parseRecords('[\n  {"a":1},\n  {"a":2}\n]', 'json').records).toEqual([
      { line: 2, value: { a: 1 } },
      { line: 3, value: { a: 2 } },
    ])
    expect(parseRecords('[\n  {"a":1},\n  {"a":\n]', 'json').problems).toEqual([
      { line: 4, message: expect.stringContaining('invalid JSON') },
    ])
  })

  it.each([
    ['a.jsonl', 'jsonl'],
    ['a.NDJSON', 'jsonl'],
    ['a.json', 'json'],
    ['a.txt', undefined],
  ])('recordFormat(%s) = %s', (path, want) => expect(recordFormat(path)).toBe(want))
})

describe('compileSchema / migrateRecord', () => {
  const schema = {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    type: 'object',
    required: ['name', 'tier'],
    properties: { name: { type: 'string' }, tier: { enum: ['free', 'pro'] }, seen: { type: 'string', format: 'date-time' } },
    additionalProperties: false,
  }
  const target = compileSchema(schema)
  const adapter = parseAdapter(
    'from: a.json\nto: b.json\nrules:\n  - rename: { from: user_name, to: name }\n  - default: { path: tier, value: free }\n',
    'm.yml',
  )
  if (!target.ok || !adapter.ok) throw new Error('fixtures must parse')

  it.each([
    { name: 'migrates and validates', doc: { user_name: 'Ada' }, want: { ok: true, value: { name: 'Ada', tier: 'free' } } },
    {
      name: 'validation failure names the path, not the value',
      doc: { user_name: 'Ada', tier: 'gold' },
      want: { ok: false, errors: ['does not match b.json: /tier: must be equal to one of the allowed values'] },
    },
    {
      name: 'unknown field',
      doc: { user_name: 'Ada', extra: 'secret-value' },
      want: { ok: false, errors: ['does not match b.json: /: must NOT have additional properties ("extra")'] },
    },
    {
      name: 'formats are checked',
      doc: { user_name: 'Ada', seen: 'yesterday' },
      want: { ok: false, errors: ['does not match b.json: /seen: must match format "date-time"'] },
    },
    {
      name: 'adapter failure names the adapter line',
      doc: { user_name: 'Ada', name: 'Grace' },
      want: { ok: false, errors: ['m.yml:4: rename user_name → name: "name" already has a value; refusing to overwrite it'] },
    },
  ])('$name', ({ doc, want }) => {
    expect(migrateRecord(adapter.value, target.value, doc)).toEqual(want)
  })

  it('checkRecords lists failures by line', () => {
    const failures = checkRecords(adapter.value, target.value, [
      { line: 1, value: { user_name: 'a' } },
      { line: 2, value: 'not an object' },
    ])
    expect(failures).toEqual([{ line: 2, errors: ['a memory document must be a JSON object'] }])
  })

  it.each([
    ['draft-07', { $schema: 'http://json-schema.org/draft-07/schema#', type: 'string' }],
    ['2019-09', { $schema: 'https://json-schema.org/draft/2019-09/schema', type: 'string' }],
    ['no $schema', { type: 'string' }],
  ])('compiles %s schemas', (_name, s) => {
    const compiled = compileSchema(s)
    expect(compiled.ok && compiled.value.validate('x')).toEqual([])
  })

  it('an unusable schema is an error, not a crash', () => {
    expect(compileSchema({ type: 'no-such-type' })).toMatchObject({
      ok: false,
      error: expect.stringContaining('not a usable JSON Schema'),
    })
  })
})
