import { describe, expect, it } from '@jest/globals'
import { diffSchemas, type BreakingKind, type CompatibleKind } from '../../../src/core/memory/schema-diff.js'
import { lineOfPointer, parseSchemaText } from '../../../src/core/memory/json-text.js'

type S = Record<string, unknown>
const obj = (properties: S, required: string[] = [], extra: S = {}): S => ({ type: 'object', properties, required, ...extra })
const str = { type: 'string' }
const int = { type: 'integer' }

interface Case {
  name: string
  base: S
  head: S
  breaking: Array<[BreakingKind, string]>
  compatible?: CompatibleKind[]
}

const cases: Case[] = [
  { name: 'identical', base: obj({ a: str }, ['a']), head: obj({ a: str }, ['a']), breaking: [], compatible: [] },
  {
    name: 'required field removed',
    base: obj({ a: str, b: int }, ['a', 'b']),
    head: obj({ a: str }, ['a']),
    breaking: [['removed-required', '/properties/b']],
  },
  {
    name: 'required field renamed (same type)',
    base: obj({ user_name: str }, ['user_name']),
    head: obj({ name: str }, ['name']),
    breaking: [['renamed-required', '/properties/name']],
  },
  {
    name: 'removed required + added field of another type is not a rename',
    base: obj({ user_name: str }, ['user_name']),
    head: obj({ count: int }),
    breaking: [['removed-required', '/properties/user_name']],
    compatible: ['optional-added'],
  },
  {
    name: 'rename prefers a field required in head',
    base: obj({ a: str }, ['a']),
    head: obj({ note: str, b: str }, ['b']),
    breaking: [['renamed-required', '/properties/b']],
    compatible: ['optional-added'],
  },
  {
    name: 'type narrowed string|null → string',
    base: obj({ a: { type: ['string', 'null'] } }),
    head: obj({ a: str }),
    breaking: [['type-narrowed', '/properties/a']],
  },
  {
    name: 'type narrowed number → integer',
    base: obj({ a: { type: 'number' } }),
    head: obj({ a: int }),
    breaking: [['type-narrowed', '/properties/a']],
  },
  {
    name: 'type changed string → integer',
    base: obj({ a: str }),
    head: obj({ a: int }),
    breaking: [['type-narrowed', '/properties/a']],
  },
  {
    name: 'untyped → typed is narrowing',
    base: obj({ a: {} }),
    head: obj({ a: str }),
    breaking: [['type-narrowed', '/properties/a']],
  },
  {
    name: 'enum value removed',
    base: obj({ t: { enum: ['a', 'b', 'c'] } }),
    head: obj({ t: { enum: ['a', 'c'] } }),
    breaking: [['enum-value-removed', '/properties/t']],
  },
  {
    name: 'const changed',
    base: obj({ v: { const: 1 } }),
    head: obj({ v: { const: 2 } }),
    breaking: [['enum-value-removed', '/properties/v']],
    compatible: ['enum-value-added'],
  },
  {
    name: 'enum introduced narrows',
    base: obj({ t: str }),
    head: obj({ t: { type: 'string', enum: ['x'] } }),
    breaking: [['type-narrowed', '/properties/t']],
  },
  {
    name: 'new required field without default',
    base: obj({ a: str }),
    head: obj({ a: str, tier: str }, ['tier']),
    breaking: [['required-added', '/properties/tier']],
  },
  {
    name: 'existing optional field becomes required',
    base: obj({ a: str }),
    head: obj({ a: str }, ['a']),
    breaking: [['required-added', '/properties/a']],
  },
  {
    name: 'nested: user.name removed',
    base: obj({ user: obj({ name: str, id: int }, ['name', 'id']) }, ['user']),
    head: obj({ user: obj({ id: int }, ['id']) }, ['user']),
    breaking: [['removed-required', '/properties/user/properties/name']],
  },
  {
    name: 'array items: item field type narrowed',
    base: obj({ facts: { type: 'array', items: obj({ text: { type: ['string', 'null'] } }) } }),
    head: obj({ facts: { type: 'array', items: obj({ text: str }) } }),
    breaking: [['type-narrowed', '/properties/facts/items/properties/text']],
  },
  {
    name: 'additionalProperties closed',
    base: obj({ a: str }),
    head: obj({ a: str }, [], { additionalProperties: false }),
    breaking: [['type-narrowed', '/additionalProperties']],
  },
  {
    name: 'optional field removed from a closed object',
    base: obj({ a: str, legacy: str }, [], { additionalProperties: false }),
    head: obj({ a: str }, [], { additionalProperties: false }),
    breaking: [['type-narrowed', '/properties/legacy']],
  },
  {
    name: '$defs are compared',
    base: { $defs: { id: str } },
    head: { $defs: { id: int } },
    breaking: [['type-narrowed', '/$defs/id']],
  },
  {
    name: 'keys with / and ~ are escaped',
    base: obj({ 'a/b~c': str }, ['a/b~c']),
    head: obj({}),
    breaking: [['removed-required', '/properties/a~1b~0c']],
  },
  // Hard negatives: compatible changes.
  {
    name: 'optional field added',
    base: obj({ a: str }, ['a']),
    head: obj({ a: str, b: int }, ['a']),
    breaking: [],
    compatible: ['optional-added'],
  },
  {
    name: 'type widened string → string|null',
    base: obj({ a: str }),
    head: obj({ a: { type: ['string', 'null'] } }),
    breaking: [],
    compatible: ['type-widened'],
  },
  {
    name: 'type widened integer → number',
    base: obj({ a: int }),
    head: obj({ a: { type: 'number' } }),
    breaking: [],
    compatible: ['type-widened'],
  },
  {
    name: 'enum value added',
    base: obj({ t: { enum: ['a'] } }),
    head: obj({ t: { enum: ['a', 'b'] } }),
    breaking: [],
    compatible: ['enum-value-added'],
  },
  {
    name: 'enum removed entirely',
    base: obj({ t: { enum: ['a'] } }),
    head: obj({ t: {} }),
    breaking: [],
    compatible: ['type-widened'],
  },
  {
    name: 'required relaxed to optional',
    base: obj({ a: str }, ['a']),
    head: obj({ a: str }),
    breaking: [],
    compatible: ['required-relaxed'],
  },
  {
    name: 'new required field with a default',
    base: obj({}),
    head: obj({ tier: { type: 'string', default: 'free' } }, ['tier']),
    breaking: [],
    compatible: ['required-added-with-default'],
  },
  {
    name: 'optional field removed from an open object',
    base: obj({ a: str, b: str }),
    head: obj({ a: str }),
    breaking: [],
    compatible: ['optional-removed'],
  },
  {
    name: 'description-only edit',
    base: obj({ a: { type: 'string', description: 'x' } }),
    head: obj({ a: { type: 'string', description: 'y' } }),
    breaking: [],
    compatible: [],
  },
]

describe('diffSchemas', () => {
  it.each(cases)('$name', ({ base, head, breaking, compatible }) => {
    const diff = diffSchemas(base, head)
    expect(diff.breaking.map((c) => [c.kind, c.pointer])).toEqual(breaking)
    if (compatible) expect(diff.compatible.map((c) => c.kind)).toEqual(compatible)
    for (const c of diff.breaking) expect(c.detail.length).toBeGreaterThan(0)
  })

  it('renames recurse into the renamed field', () => {
    const base = obj({ prefs: obj({ lang: str }, ['lang']) }, ['prefs'])
    const head = obj({ settings: obj({ language: str }, ['language']) }, ['settings'])
    expect(diffSchemas(base, head).breaking.map((c) => c.kind + ' ' + c.pointer)).toEqual([
      'renamed-required /properties/settings',
      'renamed-required /properties/settings/properties/language',
    ])
  })

  it('stops at a bounded depth on hostile nesting', () => {
    let base: S = str
    let head: S = int
    for (let i = 0; i < 5000; i++) {
      base = obj({ x: base })
      head = obj({ x: head })
    }
    expect(diffSchemas(base, head).breaking).toEqual([])
  })

  it('treats boolean subschemas: true → false narrows', () => {
    expect(diffSchemas(obj({ a: true }), obj({ a: false })).breaking.map((c) => c.kind)).toEqual(['type-narrowed'])
  })
})

describe('parseSchemaText', () => {
  it.each([
    ['{\n  "type": "object",\n  "properties": {\n    "a": { "type": "string" },\n  }\n}\n', 5, 'invalid JSON'],
    ['[1, 2]', 1, 'must be a JSON object'],
    ['', 1, 'invalid JSON'],
    ['{"a": 1}\n{"b": 2}', 2, 'invalid JSON'],
  ])('%j → problem at line %i', (text, line, message) => {
    const parsed = parseSchemaText(text)
    expect(parsed.ok).toBe(false)
    if (!parsed.ok) {
      expect(parsed.problem.line).toBe(line)
      expect(parsed.problem.message).toContain(message)
    }
  })

  it('locates pointers, falling back to the nearest ancestor', () => {
    const text =
      '{\n  "properties": {\n    "user": {\n      "properties": {\n        "name": { "type": "string" }\n      }\n    }\n  }\n}\n'
    const parsed = parseSchemaText(text)
    if (!parsed.ok) throw new Error('should parse')
    expect(lineOfPointer(parsed.index, '/properties/user/properties/name')).toBe(5)
    expect(lineOfPointer(parsed.index, '/properties/user/properties/gone')).toBe(4)
    expect(lineOfPointer(parsed.index, '/')).toBe(1)
  })
})
