import { describe, expect, it } from '@jest/globals'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { COMMANDS } from '../../src/cli/commands/index.js'
import { migrateCommand } from '../../src/cli/commands/migrate.js'
import type { CliIo } from '../../src/cli/io.js'
import { PromptOpsError } from '../../src/core/errors.js'
import { cli, type CliRun } from '../helpers/cli-io.js'

const examples = join(process.cwd(), 'examples')

/** Through the real dispatcher once `migrate` is registered; until then, the same error mapping. */
async function migrate(argv: string[], cwd: string): Promise<CliRun> {
  if (COMMANDS.some((c) => c.name === 'migrate')) return cli(['migrate', ...argv], { cwd })
  let stdout = ''
  let stderr = ''
  const io: CliIo = {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    readStdin: async () => '',
    cwd,
    isTTY: false,
    now: () => new Date(0),
    env: {},
  }
  try {
    return { code: await migrateCommand.run(argv, io), stdout, stderr }
  } catch (error) {
    if (!(error instanceof PromptOpsError)) throw error
    return { code: 2, stdout, stderr: `${stderr}promptops migrate: ${error.message}\n` }
  }
}

/** The example repository with the memory-v2 change applied (as on its PR branch). */
function v2Repo(): string {
  const dir = mkdtempSync(join(tmpdir(), 'migrate-'))
  cpSync(join(examples, 'prompt-repo'), dir, { recursive: true })
  cpSync(join(examples, 'changes', 'memory-v2'), dir, { recursive: true })
  return dir
}

const ADAPTER = 'docs/migrations/user-memory-v1-to-v2.yml'
const lines = (path: string): unknown[] =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as unknown)

describe('promptops migrate --check', () => {
  it('passes on the bundled example: every sample migrates and validates', async () => {
    const repo = v2Repo()
    const run = await migrate(['--check', '--repo', repo], tmpdir())
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    expect(run.stdout).toContain(`${ADAPTER}: schemas/memory/user-memory.json → schemas/memory/user-memory.json`)
    expect(run.stdout).toContain('schemas/memory/samples/users.jsonl: 4/4 record(s) pass')
  })

  it('exits 1 and names file:line and why for a record that fails', async () => {
    const repo = v2Repo()
    const samples = join(repo, 'schemas/memory/samples/users.jsonl')
    writeFileSync(
      samples,
      `${readFileSync(samples, 'utf8')}{"user_id":"usr_aaaaaaaa","user_name":"Bo","age":"about 40","prefs":{},"updated_at":"2026-01-01T00:00:00Z"}\n`,
    )
    const run = await migrate(['--check', '--adapter', ADAPTER], repo)
    expect(run.code).toBe(1)
    expect(run.stderr).toContain(
      `schemas/memory/samples/users.jsonl:5: ${ADAPTER}:13: convert age to integer: cannot convert string to integer: not a number`,
    )
    expect(run.stdout).toContain('FAILED: 4/5')
  })

  it('reports validation failures against the target schema', async () => {
    const repo = v2Repo()
    writeFileSync(
      join(repo, ADAPTER),
      readFileSync(join(repo, ADAPTER), 'utf8').replace('  - default: { path: tier, value: free }\n', ''),
    )
    const run = await migrate(['--check', '--repo', repo], tmpdir())
    expect(run.code).toBe(1)
    expect(run.stderr).toContain(
      "schemas/memory/samples/users.jsonl:1: does not match schemas/memory/user-memory.json: /: must have required property 'tier'",
    )
  })

  it.each([
    {
      name: 'broken YAML adapter',
      edit: (r: string) => writeFileSync(join(r, ADAPTER), 'from: a.json\nto: [\n'),
      want: `${ADAPTER}:3:`,
    },
    {
      name: 'unknown rule',
      edit: (r: string) =>
        writeFileSync(
          join(r, ADAPTER),
          'from: schemas/memory/user-memory.json\nto: schemas/memory/user-memory.json\nrules:\n  - zap: { path: x }\n',
        ),
      want: `${ADAPTER}:4: rules.0: unknown rule "zap"`,
    },
    {
      name: 'invalid JSON schema',
      edit: (r: string) =>
        writeFileSync(join(r, 'schemas/memory/user-memory.json'), '{\n  "type": "object",\n  "required": ["a",]\n}\n'),
      want: 'schemas/memory/user-memory.json:3: invalid JSON',
    },
    {
      name: 'missing target schema',
      edit: (r: string) =>
        writeFileSync(join(r, ADAPTER), readFileSync(join(r, ADAPTER), 'utf8').replace(/^to: .*$/m, 'to: schemas/nope.json')),
      want: 'schemas/nope.json (`to` of docs/migrations/user-memory-v1-to-v2.yml): cannot read (ENOENT)',
    },
    {
      name: 'JSONL sample with a broken line',
      edit: (r: string) => writeFileSync(join(r, 'schemas/memory/samples/users.jsonl'), '{"user_name":"a"}\n{"user_name":\n'),
      want: 'schemas/memory/samples/users.jsonl:2: invalid JSON',
    },
    {
      name: 'bad config',
      edit: (r: string) => writeFileSync(join(r, '.github/promptops.yml'), 'memory:\n  schemas: 3\n'),
      want: '.github/promptops.yml:2: memory.schemas',
    },
  ])('bad input ($name) → exit 2 with file:line', async ({ edit, want }) => {
    const repo = v2Repo()
    edit(repo)
    const run = await migrate(['--check', '--repo', repo], tmpdir())
    expect(run.code).toBe(2)
    expect(run.stderr).toContain(want)
  })

  it('with no adapters there is nothing to check', async () => {
    const repo = mkdtempSync(join(tmpdir(), 'migrate-'))
    cpSync(join(examples, 'prompt-repo'), repo, { recursive: true })
    const run = await migrate(['--check'], repo)
    expect(run.code).toBe(0)
    expect(run.stderr).toContain('no adapters (*.yml) in docs/migrations')
  })
})

describe('promptops migrate --in/--out', () => {
  it('streams every record: migrated ones to --out, failures unchanged with reasons to .rejected.jsonl', async () => {
    const repo = v2Repo()
    const input = join(repo, 'old.jsonl')
    const good =
      '{"user_id":"usr_aaaaaaaa","user_name":"Ada","age":"36","prefs":{"lang":"en"},"updated_at":"2026-01-01T00:00:00Z"}'
    const badAge = '{"user_id":"usr_bbbbbbbb","user_name":"Bo","age":"about 40","prefs":{},"updated_at":"2026-01-01T00:00:00Z"}'
    const badSchema = '{"user_id":"nope","user_name":"Cy","prefs":{},"updated_at":"2026-01-01T00:00:00Z"}'
    writeFileSync(input, `${good}\n\n${badAge}\n{"broken":\n${badSchema}\n${good.replace('Ada', 'Eve')}`)
    const run = await migrate(['--in', 'old.jsonl', '--out', 'out/new.jsonl', '--adapter', ADAPTER], repo)
    // out/ does not exist yet: a clear error, not a crash.
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('out/new.jsonl: cannot write')
    mkdirSync(join(repo, 'out'))
    const ok = await migrate(['--in', 'old.jsonl', '--out', 'out/new.jsonl', '--adapter', ADAPTER], repo)
    expect(ok.code).toBe(1)
    expect(lines(join(repo, 'out/new.jsonl'))).toEqual([
      {
        user_id: 'usr_aaaaaaaa',
        name: 'Ada',
        age: 36,
        settings: { language: 'en' },
        tier: 'free',
        updated_at: '2026-01-01T00:00:00Z',
      },
      {
        user_id: 'usr_aaaaaaaa',
        name: 'Eve',
        age: 36,
        settings: { language: 'en' },
        tier: 'free',
        updated_at: '2026-01-01T00:00:00Z',
      },
    ])
    const rejected = lines(join(repo, 'out/new.jsonl.rejected.jsonl')) as Array<{
      line: number
      errors: string[]
      record?: unknown
      raw?: string
    }>
    expect(rejected.map((r) => r.line)).toEqual([3, 4, 5])
    expect(rejected[0]?.record).toEqual(JSON.parse(badAge))
    expect(rejected[1]?.raw).toBe('{"broken":')
    expect(rejected[2]?.errors.join()).toContain('/user_id: must match pattern')
    expect(ok.stderr).toContain('old.jsonl:3: docs/migrations/user-memory-v1-to-v2.yml:13: convert age to integer')
    expect(ok.stderr).toContain('5 record(s): 2 written to out/new.jsonl, 3 rejected to out/new.jsonl.rejected.jsonl')
  })

  it('exit 0 when everything migrates; the rejected file is written empty (no stale rejects)', async () => {
    const repo = v2Repo()
    writeFileSync(join(repo, 'new.jsonl.rejected.jsonl'), 'stale\n')
    const run = await migrate(
      ['--in', 'schemas/memory/samples/users.jsonl', '--out', 'new.jsonl', '--adapter', ADAPTER, '--repo', '.'],
      repo,
    )
    expect(run.code).toBe(0)
    expect(lines(join(repo, 'new.jsonl'))).toHaveLength(4)
    expect(readFileSync(join(repo, 'new.jsonl.rejected.jsonl'), 'utf8')).toBe('')
  })

  it('handles a large input with back-pressure, one output line per record', async () => {
    const repo = v2Repo()
    const record = (i: number): string =>
      JSON.stringify({
        user_id: `usr_${String(i).padStart(8, '0')}`,
        user_name: `U${i}`,
        age: String(i % 90),
        prefs: { lang: 'de' },
        updated_at: '2026-01-01T00:00:00Z',
      })
    writeFileSync(join(repo, 'big.jsonl'), `${Array.from({ length: 20000 }, (_, i) => record(i)).join('\n')}\n`)
    const run = await migrate(['--in', 'big.jsonl', '--out', 'big.v2.jsonl', '--adapter', ADAPTER], repo)
    expect(run.code).toBe(0)
    const out = readFileSync(join(repo, 'big.v2.jsonl'), 'utf8').split('\n')
    expect(out).toHaveLength(20001)
    expect(JSON.parse(out[19999] ?? '')).toMatchObject({ name: 'U19999', age: 19999 % 90, tier: 'free' })
  })

  it.each([
    {
      name: 'missing --out',
      argv: ['--in', 'a.jsonl', '--adapter', ADAPTER],
      want: 'give --check, or --in, --out and --adapter',
    },
    { name: '--check with --in', argv: ['--check', '--in', 'a.jsonl'], want: '--check does not take --in/--out' },
    {
      name: 'same file in and out',
      argv: ['--in', 'a.jsonl', '--out', './a.jsonl', '--adapter', ADAPTER],
      want: 'must be different files',
    },
    {
      name: 'missing input',
      argv: ['--in', 'nope.jsonl', '--out', 'x.jsonl', '--adapter', ADAPTER],
      want: 'nope.jsonl: cannot read',
    },
    {
      name: 'missing adapter',
      argv: ['--in', 'a.jsonl', '--out', 'x.jsonl', '--adapter', 'nope.yml'],
      want: 'nope.yml: cannot read (ENOENT)',
    },
    { name: 'unknown flag', argv: ['--frobnicate'], want: 'Unknown option' },
  ])('usage error: $name → exit 2', async ({ argv, want }) => {
    const repo = v2Repo()
    const run = await migrate(argv, repo)
    expect(run.code).toBe(2)
    expect(run.stderr).toContain(want)
    expect(existsSync(join(repo, 'x.jsonl'))).toBe(false)
  })
})
