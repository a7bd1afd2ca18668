import { describe, expect, it } from '@jest/globals'
import { normalizeRepoPath, parseAdapter, type Adapter } from '../../../src/core/memory/adapter.js'
import { applyAdapter } from '../../../src/core/memory/apply-adapter.js'
import { convertValue, type ConvertTarget } from '../../../src/core/memory/convert.js'

const FILE = 'docs/migrations/a.yml'

function adapter(rules: string): Adapter {
  const parsed = parseAdapter(`from: schemas/m.json\nto: ./schemas/m2.json\nrules:\n${rules}`, FILE)
  if (!parsed.ok) throw parsed.error
  return parsed.value
}

describe('parseAdapter', () => {
  it('parses every rule kind with its line and normalises paths', () => {
    const a = adapter(
      [
        '  - rename: { from: user_name, to: name }',
        '  - move: { from: prefs.lang, to: settings.language }',
        '  - default: { path: tier, value: free }',
        '  - convert: { path: age, to: integer }',
        '  - drop: { path: legacy_notes }',
      ].join('\n'),
    )
    expect(a.from).toBe('schemas/m.json')
    expect(a.to).toBe('schemas/m2.json')
    expect(a.rules).toEqual([
      { kind: 'rename', from: 'user_name', to: 'name', line: 4 },
      { kind: 'move', from: 'prefs.lang', to: 'settings.language', line: 5 },
      { kind: 'default', path: 'tier', value: 'free', line: 6 },
      { kind: 'convert', path: 'age', to: 'integer', line: 7 },
      { kind: 'drop', path: 'legacy_notes', line: 8 },
    ])
  })

  it.each([
    [
      'broken YAML (unclosed flow map)',
      'from: a.json\nto: b.json\nrules:\n  - rename: { from: a, to: b\n  - drop: { path: x }\n',
      5,
      'end with a }',
    ],
    ['duplicate key', 'from: a.json\nfrom: b.json\nto: b.json\nrules:\n  - drop: { path: x }\n', 2, 'unique'],
    [
      'unknown rule',
      'from: a.json\nto: b.json\nrules:\n  - rename: { from: a, to: b }\n  - explode: { path: x }\n',
      5,
      'unknown rule "explode"',
    ],
    [
      'two kinds in one rule',
      'from: a.json\nto: b.json\nrules:\n  - { drop: { path: a }, move: { from: a, to: b } }\n',
      4,
      'exactly one of',
    ],
    ['missing rule field', 'from: a.json\nto: b.json\nrules:\n  - rename: { from: a }\n', 4, 'rules.0.rename.to'],
    ['unknown rule field', 'from: a.json\nto: b.json\nrules:\n  - drop: { path: a, force: true }\n', 4, 'force'],
    [
      'bad convert target',
      'from: a.json\nto: b.json\nrules:\n  - convert:\n      path: age\n      to: date\n',
      6,
      'rules.0.convert.to',
    ],
    ['default without value', 'from: a.json\nto: b.json\nrules:\n  - default: { path: tier }\n', 4, 'value'],
    ['rename to a dotted path', 'from: a.json\nto: b.json\nrules:\n  - rename: { from: a, to: b.c }\n', 4, 'use move'],
    ['prototype key', 'from: a.json\nto: b.json\nrules:\n  - move: { from: a, to: __proto__.polluted }\n', 4, '__proto__'],
    ['empty path segment', 'from: a.json\nto: b.json\nrules:\n  - drop: { path: a..b }\n', 4, 'empty segment'],
    ['escaping schema path', 'from: ../secrets.json\nto: b.json\nrules:\n  - drop: { path: a }\n', 1, 'repository-relative'],
    ['absolute schema path', 'from: a.json\nto: /etc/passwd\nrules:\n  - drop: { path: a }\n', 2, 'repository-relative'],
    ['no rules', 'from: a.json\nto: b.json\nrules: []\n', 3, 'at least one rule'],
    ['missing from', 'to: b.json\nrules:\n  - drop: { path: a }\n', 1, 'from'],
    ['unknown top-level key', 'from: a.json\nto: b.json\nversion: 2\nrules:\n  - drop: { path: a }\n', 1, 'version'],
    ['custom tag', 'from: !!js/function "x"\nto: b.json\nrules:\n  - drop: { path: a }\n', 1, ''],
    ['empty file', '', 1, 'from'],
  ])('%s', (_name, text, line, message) => {
    const parsed = parseAdapter(text, FILE)
    expect(parsed.ok).toBe(false)
    if (parsed.ok) return
    expect(parsed.error.issues[0]?.line).toBe(line)
    expect(parsed.error.message).toContain(`${FILE}:${line}:`)
    expect(parsed.error.message).toContain(message)
  })

  it.each([
    ['./a/b.json', 'a/b.json'],
    ['a/b.json', 'a/b.json'],
    ['a/../b.json', undefined],
    ['C:/x.json', undefined],
    ['a\\b.json', undefined],
    ['a//b.json', undefined],
  ])('normalizeRepoPath(%j) = %j', (input, want) => expect(normalizeRepoPath(input)).toBe(want))
})

describe('applyAdapter', () => {
  const a = adapter(
    [
      '  - rename: { from: user_name, to: name }',
      '  - move: { from: prefs.lang, to: settings.language }',
      '  - default: { path: tier, value: free }',
      '  - convert: { path: age, to: integer }',
      '  - drop: { path: legacy_notes }',
    ].join('\n'),
  )

  it.each([
    {
      name: 'full v1 document',
      doc: { user_name: 'Ada', prefs: { lang: 'en', tone: 'formal' }, age: '36', legacy_notes: 'x' },
      want: { name: 'Ada', prefs: { tone: 'formal' }, settings: { language: 'en' }, tier: 'free', age: 36 },
    },
    {
      name: 'absent sources are no-ops (idempotent on migrated data)',
      doc: { name: 'Ada', settings: { language: 'fr' }, tier: 'pro', age: 40 },
      want: { name: 'Ada', settings: { language: 'fr' }, tier: 'pro', age: 40 },
    },
    { name: 'default keeps an existing falsy value', doc: { tier: null }, want: { tier: null } },
  ])('$name', ({ doc, want }) => {
    const before = structuredClone(doc)
    const result = applyAdapter(a, doc)
    expect(result).toEqual({ ok: true, value: want })
    expect(doc).toEqual(before)
  })

  it.each([
    {
      name: 'rename onto an existing field',
      doc: { user_name: 'Ada', name: 'Grace' },
      line: 4,
      message: '"name" already has a value',
    },
    {
      name: 'move through a non-object',
      doc: { prefs: { lang: 'en' }, settings: 'dark' },
      line: 5,
      message: '"settings" is not an object',
    },
    { name: 'convert that fails', doc: { age: 'about 40' }, line: 7, message: 'cannot convert string to integer: not a number' },
    { name: 'convert with a fractional part', doc: { age: 36.5 }, line: 7, message: 'fractional part' },
  ])('error: $name', ({ doc, line, message }) => {
    const before = structuredClone(doc)
    const result = applyAdapter(a, doc)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.errors[0]?.line).toBe(line)
    expect(result.errors[0]?.message).toContain(message)
    expect(doc).toEqual(before)
  })

  it('reports every failing rule, not just the first', () => {
    const result = applyAdapter(a, { user_name: 'Ada', name: 'x', age: 'old' })
    expect(result.ok ? [] : result.errors.map((e) => e.rule)).toEqual([0, 3])
  })

  it('refuses non-object documents', () => {
    for (const doc of [null, [], 'x', 3]) expect(applyAdapter(a, doc)).toMatchObject({ ok: false, errors: [{ rule: -1 }] })
  })

  it('never shares structure with the input or the default value', () => {
    const b = adapter('  - default: { path: meta, value: { tags: [] } }')
    const first = applyAdapter(b, {})
    if (!first.ok) throw new Error('should apply')
    ;(first.value.meta as { tags: string[] }).tags.push('x')
    expect(applyAdapter(b, {})).toEqual({ ok: true, value: { meta: { tags: [] } } })
  })

  it('keeps own "__proto__" keys of records as plain data', () => {
    const doc = JSON.parse('{"__proto__": {"polluted": true}, "user_name": "Ada"}') as Record<string, unknown>
    const result = applyAdapter(a, doc)
    expect(result.ok).toBe(true)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })
})

describe('convertValue', () => {
  it.each<[unknown, ConvertTarget, unknown]>([
    ['42', 'integer', 42],
    [' 42 ', 'number', 42],
    ['-1.5e3', 'number', -1500],
    [7, 'integer', 7],
    [7, 'string', '7'],
    [true, 'string', 'true'],
    ['TRUE', 'boolean', true],
    ['0', 'boolean', false],
    [1, 'boolean', true],
    ['x', 'array', ['x']],
    [[1], 'array', [1]],
    [{ a: 1 }, 'array', [{ a: 1 }]],
  ])('%j → %s = %j', (value, target, want) => expect(convertValue(value, target)).toEqual({ ok: true, value: want }))

  it.each<[unknown, ConvertTarget]>([
    ['abc', 'number'],
    ['', 'number'],
    ['0x10', 'integer'],
    ['1.5', 'integer'],
    ['1e999', 'number'],
    [true, 'number'],
    ['yes', 'boolean'],
    [2, 'boolean'],
    [{}, 'string'],
    [[1], 'string'],
    [null, 'string'],
    [null, 'array'],
  ])('%j → %s fails', (value, target) => {
    const result = convertValue(value, target)
    expect(result.ok).toBe(false)
    // Messages name types only: memory values can be personal data.
    if (!result.ok && typeof value === 'string' && value.length > 1) expect(result.message).not.toContain(value)
  })
})
