import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { ConfigSchema } from '../../../src/core/config/config.schema.js'
import { memoryFindings, MEMORY_RULES } from '../../../src/core/memory/index.js'
import type { FileChange } from '../../../src/core/types.js'

const SCHEMA = 'schemas/memory/user.json'
const config = ConfigSchema.parse({ memory: { schemas: [{ path: SCHEMA }], playbooks: 'docs/migrations' } })

const v1 = JSON.stringify(
  { type: 'object', required: ['user_name'], properties: { user_name: { type: 'string' }, age: { type: 'string' } } },
  null,
  2,
)
const v2 = JSON.stringify(
  { type: 'object', required: ['name'], properties: { name: { type: 'string' }, age: { type: 'string' } } },
  null,
  2,
)
const widened = JSON.stringify(
  {
    type: 'object',
    required: ['user_name'],
    properties: { user_name: { type: 'string' }, age: { type: 'string' }, nick: { type: 'string' } },
  },
  null,
  2,
)

const PLAYBOOK = '## Change\nRename.\n## Impact\nAll.\n## Rollback\nRevert.\n## Communication\nSlack.\n'
const ADAPTER = `from: ${SCHEMA}\nto: ${SCHEMA}\nrules:\n  - rename: { from: user_name, to: name }\n`

const schemaChange = (
  headText: string | null,
  baseText: string | null = v1,
  status: FileChange['status'] = 'modified',
): FileChange => ({ path: SCHEMA, status, baseText, headText })
const added = (path: string, headText: string): FileChange => ({ path, status: 'added', baseText: null, headText })

const rules = (files: FileChange[]) => memoryFindings(files, config).map((f) => `${f.rule}:${f.severity}:${f.path}:${f.line}`)

describe('memoryFindings', () => {
  it('breaking change without playbook or adapter → high, at the first changed property, saying what is missing', () => {
    const [f, ...rest] = memoryFindings([schemaChange(v2)], config)
    expect(rest).toEqual([])
    expect(f).toMatchObject({
      category: 'schema',
      rule: 'schema.memory-breaking-change',
      severity: 'high',
      path: SCHEMA,
      line: 7,
    })
    expect(f?.message).toContain('"user_name" renamed to "name"')
    expect(f?.message).toContain('Missing: a migration playbook (docs/migrations/*.md')
    expect(f?.message).toContain('an adapter (docs/migrations/*.yml')
  })

  it('complete playbook + adapter naming the schema → still reported, low, "satisfied by"', () => {
    const findings = memoryFindings(
      [schemaChange(v2), added('docs/migrations/v2.md', PLAYBOOK), added('docs/migrations/v2.yml', ADAPTER)],
      config,
    )
    expect(findings).toHaveLength(1)
    expect(findings[0]).toMatchObject({ rule: 'schema.memory-breaking-change-migrated', severity: 'low' })
    expect(findings[0]?.message).toContain('satisfied by docs/migrations/v2.md and docs/migrations/v2.yml')
  })

  it.each([
    {
      name: 'playbook missing a section',
      files: [
        added('docs/migrations/v2.md', PLAYBOOK.replace('## Rollback\nRevert.\n', '')),
        added('docs/migrations/v2.yml', ADAPTER),
      ],
      want: [
        'schema.memory-playbook-incomplete:high:docs/migrations/v2.md:1',
        'schema.memory-breaking-change:high:schemas/memory/user.json:7',
      ],
      says: 'missing ## Rollback',
    },
    {
      name: 'adapter with an unknown rule',
      files: [added('docs/migrations/v2.md', PLAYBOOK), added('docs/migrations/v2.yaml', `${ADAPTER}  - explode: { path: x }\n`)],
      want: [
        'schema.memory-adapter-invalid:high:docs/migrations/v2.yaml:5',
        'schema.memory-breaking-change:high:schemas/memory/user.json:7',
      ],
      says: 'docs/migrations/v2.yaml does not parse',
    },
    {
      name: 'adapter for another schema',
      files: [
        added('docs/migrations/v2.md', PLAYBOOK),
        added('docs/migrations/v2.yml', ADAPTER.replaceAll(SCHEMA, 'schemas/other.json')),
      ],
      want: ['schema.memory-breaking-change:high:schemas/memory/user.json:7'],
      says: 'an adapter',
    },
    {
      name: 'playbook and adapter outside the playbooks folder',
      files: [added('docs/v2.md', PLAYBOOK), added('migrations/v2.yml', ADAPTER)],
      want: ['schema.memory-breaking-change:high:schemas/memory/user.json:7'],
      says: 'a migration playbook',
    },
    {
      name: 'playbook removed in the PR does not count',
      files: [
        { path: 'docs/migrations/v2.md', status: 'removed', baseText: PLAYBOOK, headText: null } as FileChange,
        added('docs/migrations/v2.yml', ADAPTER),
      ],
      want: ['schema.memory-breaking-change:high:schemas/memory/user.json:7'],
      says: 'a migration playbook',
    },
  ])('incomplete: $name → stays high and says why', ({ files, want, says }) => {
    const findings = memoryFindings([schemaChange(v2), ...files], config)
    expect(findings.map((f) => `${f.rule}:${f.severity}:${f.path}:${f.line}`)).toEqual(want)
    expect(findings.find((f) => f.rule === 'schema.memory-breaking-change')?.message).toContain(says)
  })

  it.each([
    {
      name: 'compatible change → one informational low note',
      files: [schemaChange(widened)],
      want: ['schema.memory-compatible-change:low:schemas/memory/user.json:13'],
    },
    { name: 'whitespace-only change → nothing', files: [schemaChange(JSON.stringify(JSON.parse(v1)))], want: [] },
    { name: 'schema added → nothing to compare', files: [schemaChange(v2, null, 'added')], want: [] },
    { name: 'unconfigured JSON file → nothing', files: [{ ...schemaChange(v2), path: 'schemas/other.json' }], want: [] },
    {
      name: 'head does not parse → invalid, with line',
      files: [schemaChange('{\n  "type": "object",\n  "required": [\n}\n')],
      want: ['schema.memory-schema-invalid:high:schemas/memory/user.json:4'],
    },
    {
      name: 'schema deleted → high',
      files: [schemaChange(null, v1, 'removed')],
      want: ['schema.memory-breaking-change:high:schemas/memory/user.json:1'],
    },
    {
      name: 'renamed schema file is diffed against its old path',
      files: [
        { path: 'schemas/memory/user2.json', oldPath: SCHEMA, status: 'renamed', baseText: v1, headText: v2 } as FileChange,
      ],
      want: ['schema.memory-breaking-change:high:schemas/memory/user2.json:7'],
    },
    {
      name: 'incomplete playbook without any schema change is still flagged',
      files: [added('docs/migrations/old.md', '# Notes\n')],
      want: ['schema.memory-playbook-incomplete:high:docs/migrations/old.md:1'],
    },
  ])('$name', ({ files, want }) => {
    expect(rules(files)).toEqual(want)
  })

  it('the informational note is marked informational', () => {
    expect(memoryFindings([schemaChange(widened)], config)[0]?.informational).toBe(true)
  })

  it('exports rule metadata for every rule it emits', () => {
    const ids = MEMORY_RULES.map((r) => r.id)
    expect(ids).toEqual(
      expect.arrayContaining([
        'schema.memory-breaking-change',
        'schema.memory-playbook-incomplete',
        'schema.memory-adapter-invalid',
        'schema.memory-schema-invalid',
        'schema.memory-compatible-change',
      ]),
    )
    for (const r of MEMORY_RULES) expect(r).toMatchObject({ category: 'schema', id: expect.stringMatching(/^schema\./) })
  })
})

describe('the bundled example (examples/changes/memory-v2)', () => {
  const root = join(process.cwd(), 'examples')
  const read = (p: string): string => readFileSync(join(root, p), 'utf8')
  const exampleConfig = ConfigSchema.parse({ memory: { schemas: [{ path: 'schemas/memory/user-memory.json' }] } })
  const schema = {
    path: 'schemas/memory/user-memory.json',
    status: 'modified',
    baseText: read('prompt-repo/schemas/memory/user-memory.json'),
    headText: read('changes/memory-v2/schemas/memory/user-memory.json'),
  } as FileChange

  it('is a breaking change on its own', () => {
    const [f] = memoryFindings([schema], exampleConfig)
    expect(f).toMatchObject({ rule: 'schema.memory-breaking-change', severity: 'high' })
    expect(f?.message).toMatch(/renamed to "name".*renamed to "settings"/)
  })

  it('is satisfied by its playbook and adapter', () => {
    const files = [
      schema,
      added('docs/migrations/user-memory-v2.md', read('changes/memory-v2/docs/migrations/user-memory-v2.md')),
      added('docs/migrations/user-memory-v1-to-v2.yml', read('changes/memory-v2/docs/migrations/user-memory-v1-to-v2.yml')),
    ]
    expect(memoryFindings(files, exampleConfig).map((f) => `${f.rule}:${f.severity}`)).toEqual([
      'schema.memory-breaking-change-migrated:low',
    ])
  })
})
