import { once } from 'node:events'
import { createReadStream, createWriteStream, type WriteStream } from 'node:fs'
import { readdir, readFile, stat } from 'node:fs/promises'
import { join, relative, resolve, sep } from 'node:path'
import { createInterface } from 'node:readline'
import picomatch from 'picomatch'
import type { Config } from '../../core/config/config.schema.js'
import { CONFIG_PATH, parseConfig } from '../../core/config/parse-config.js'
import { PromptOpsError, UsageError } from '../../core/errors.js'
import {
  checkRecords,
  compileSchema,
  migrateRecord,
  normalizeRepoPath,
  parseAdapter,
  parseRecordLine,
  parseRecords,
  parseSchemaText,
  recordFormat,
  type Adapter,
  type SchemaValidator,
} from '../../core/memory/index.js'
import { absolute, parse, str } from '../args.js'
import type { CliIo, Command } from '../io.js'

const usage = `Usage: promptops migrate --check [--repo DIR] [--adapter FILE]
       promptops migrate --in OLD.jsonl --out NEW.jsonl --adapter FILE [--repo DIR]

--check   applies every adapter in the memory.playbooks folder (or just --adapter) to the
          sample documents configured for its \`from\` schema (memory.schemas[].samples,
          JSON or JSONL) and validates each result against its \`to\` schema.
--in/--out streams a JSONL file through the adapter, one output line per record. Records
          that fail conversion or validation go, unchanged and with the reason, to
          NEW.jsonl.rejected.jsonl (always written, possibly empty): nothing is dropped.

Schema paths in an adapter are relative to --repo (default: the current directory).
Exit 0 when every record passes, 1 when any fails or is rejected, 2 on bad input.

Examples:
  promptops migrate --check
  promptops migrate --in memories.jsonl --out memories.v2.jsonl --adapter docs/migrations/user-memory-v1-to-v2.yml`

/** Reasons printed to stderr; the rest are counted (all of them are in the rejected file). */
const MAX_REPORTED = 20

const options = {
  check: { type: 'boolean' },
  repo: { type: 'string' },
  adapter: { type: 'string' },
  in: { type: 'string' },
  out: { type: 'string' },
} as const

export const migrateCommand: Command = {
  name: 'migrate',
  usage,
  async run(argv, io) {
    const { values, positionals } = parse(argv, options, usage)
    if (values.help) return (io.stdout(`${usage}\n`), 0)
    if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"\n\n${usage}`)
    const repo = absolute(io.cwd, str(values.repo) ?? '.')
    const adapterFile = str(values.adapter)
    if (values.check) {
      if (values.in !== undefined || values.out !== undefined)
        throw new UsageError(`--check does not take --in/--out\n\n${usage}`)
      return runCheck(repo, adapterFile === undefined ? undefined : absolute(io.cwd, adapterFile), io)
    }
    const input = str(values.in)
    const output = str(values.out)
    if (input === undefined || output === undefined || adapterFile === undefined)
      throw new UsageError(`give --check, or --in, --out and --adapter\n\n${usage}`)
    return runConvert(repo, absolute(io.cwd, adapterFile), absolute(io.cwd, input), absolute(io.cwd, output), io)
  },
}

// --- loading ---------------------------------------------------------------------------

const display = (repo: string, file: string): string => {
  const rel = relative(repo, file)
  return rel.startsWith('..') || rel === '' ? file : rel.split(sep).join('/')
}

async function readText(file: string, shown: string): Promise<string> {
  try {
    return await readFile(file, 'utf8')
  } catch (cause) {
    throw new UsageError(`${shown}: cannot read (${(cause as NodeJS.ErrnoException).code ?? 'error'})`)
  }
}

async function loadConfig(repo: string): Promise<Config> {
  const text = await readFile(join(repo, CONFIG_PATH), 'utf8').catch(() => null)
  const parsed = parseConfig(text, CONFIG_PATH)
  if (!parsed.ok) throw parsed.error
  return parsed.value
}

async function loadAdapter(repo: string, file: string): Promise<Adapter> {
  const shown = display(repo, file)
  const parsed = parseAdapter(await readText(file, shown), shown)
  if (!parsed.ok) throw parsed.error
  return parsed.value
}

async function loadValidator(repo: string, adapter: Adapter, side: 'from' | 'to'): Promise<SchemaValidator> {
  const schemaPath = adapter[side]
  const parsed = parseSchemaText(await readText(join(repo, schemaPath), `${schemaPath} (\`${side}\` of ${adapter.file})`))
  if (!parsed.ok) throw new UsageError(`${schemaPath}:${parsed.problem.line}: ${parsed.problem.message}`)
  const compiled = compileSchema(parsed.schema)
  if (!compiled.ok) throw new UsageError(`${schemaPath}:1: ${compiled.error}`)
  return compiled.value
}

/** Files under `repo` matching a repository-relative glob, sorted. */
async function globFiles(repo: string, glob: string): Promise<string[]> {
  const base = picomatch.scan(glob).base
  const matches = picomatch(glob)
  const entries = await readdir(join(repo, base), { recursive: true, withFileTypes: true }).catch(() => [])
  return entries
    .filter((e) => e.isFile())
    .map((e) => display(repo, join(e.parentPath, e.name)))
    .filter((p) => matches(p))
    .sort()
}

async function adapterFiles(repo: string, folder: string): Promise<string[]> {
  const entries = await readdir(join(repo, folder), { recursive: true }).catch(() => [] as string[])
  return entries
    .filter((e) => /\.ya?ml$/i.test(e))
    .sort()
    .map((e) => join(repo, folder, e))
}

// --- --check ---------------------------------------------------------------------------

async function runCheck(repo: string, only: string | undefined, io: CliIo): Promise<number> {
  const config = await loadConfig(repo)
  const folder = normalizeRepoPath(config.memory.playbooks) ?? config.memory.playbooks
  const files = only ? [only] : await adapterFiles(repo, folder)
  if (files.length === 0) return (io.stderr(`promptops migrate: no adapters (*.yml) in ${folder}\n`), 0)
  const problems: string[] = []
  let failed = 0
  for (const file of files) {
    try {
      failed += await checkAdapter(repo, await loadAdapter(repo, file), config, io)
    } catch (error) {
      if (!(error instanceof PromptOpsError)) throw error
      problems.push(error.message)
    }
  }
  if (problems.length > 0) throw new UsageError(problems.join('\n'))
  return failed > 0 ? 1 : 0
}

/** Prints the adapter's summary; returns how many records failed. */
async function checkAdapter(repo: string, adapter: Adapter, config: Config, io: CliIo): Promise<number> {
  const target = await loadValidator(repo, adapter, 'to')
  if (adapter.from !== adapter.to) await loadValidator(repo, adapter, 'from')
  const glob = config.memory.schemas.find((s) => normalizeRepoPath(s.path) === adapter.from)?.samples
  const samples = glob === undefined ? [] : await globFiles(repo, glob)
  io.stdout(`${adapter.file}: ${adapter.from} → ${adapter.to}\n`)
  if (samples.length === 0)
    io.stderr(
      `promptops migrate: ${adapter.file}: no sample documents configured for ${adapter.from} (memory.schemas[].samples)\n`,
    )
  let total = 0
  let failed = 0
  for (const sample of samples) {
    const format = recordFormat(sample)
    if (format === undefined) throw new UsageError(`${sample}: samples must be .json or .jsonl files`)
    const parsed = parseRecords(await readText(join(repo, sample), sample), format)
    if (parsed.problems.length > 0)
      throw new UsageError(parsed.problems.map((p) => `${sample}:${p.line}: ${p.message}`).join('\n'))
    const failures = checkRecords(adapter, target, parsed.records)
    for (const f of failures) io.stderr(f.errors.map((e) => `${sample}:${f.line}: ${e}\n`).join(''))
    io.stdout(`  ${sample}: ${parsed.records.length - failures.length}/${parsed.records.length} record(s) pass\n`)
    total += parsed.records.length
    failed += failures.length
  }
  io.stdout(`  ${failed === 0 ? 'ok' : 'FAILED'}: ${total - failed}/${total} record(s) migrate and validate\n`)
  return failed
}

// --- --in / --out ----------------------------------------------------------------------

async function write(stream: WriteStream, text: string): Promise<void> {
  if (!stream.write(text)) await once(stream, 'drain')
}

async function openOut(file: string, shown: string): Promise<WriteStream> {
  const stream = createWriteStream(file)
  try {
    await once(stream, 'open')
  } catch (cause) {
    throw new UsageError(`${shown}: cannot write (${(cause as NodeJS.ErrnoException).code ?? 'error'})`)
  }
  return stream
}

async function runConvert(repo: string, adapterFile: string, input: string, output: string, io: CliIo): Promise<number> {
  const rejectedPath = `${output}.rejected.jsonl`
  if (resolve(input) === resolve(output) || resolve(input) === resolve(rejectedPath))
    throw new UsageError('--in and --out must be different files')
  const adapter = await loadAdapter(repo, adapterFile)
  const target = await loadValidator(repo, adapter, 'to')
  const inShown = display(io.cwd, input)
  const info = await stat(input).catch(() => undefined)
  if (!info?.isFile()) throw new UsageError(`${inShown}: cannot read (not a file)`)
  const out = await openOut(output, display(io.cwd, output))
  const rejected = await openOut(rejectedPath, display(io.cwd, rejectedPath))
  const counts = { records: 0, written: 0, rejected: 0 }
  let lineNo = 0
  for await (const line of createInterface({ input: createReadStream(input, 'utf8'), crlfDelay: Infinity })) {
    lineNo++
    if (line.trim() === '') continue
    counts.records++
    const parsed = parseRecordLine(line)
    const result = parsed.ok ? migrateRecord(adapter, target, parsed.value) : { ok: false as const, errors: [parsed.message] }
    if (result.ok) {
      await write(out, `${JSON.stringify(result.value)}\n`)
      counts.written++
      continue
    }
    counts.rejected++
    // The original record (or raw text when it is not JSON) is kept whole, with the reasons.
    await write(
      rejected,
      `${JSON.stringify({ line: lineNo, errors: result.errors, ...(parsed.ok ? { record: parsed.value } : { raw: line }) })}\n`,
    )
    if (counts.rejected <= MAX_REPORTED) io.stderr(result.errors.map((e) => `${inShown}:${lineNo}: ${e}\n`).join(''))
  }
  await Promise.all([new Promise((r) => out.end(r)), new Promise((r) => rejected.end(r))])
  const more = counts.rejected > MAX_REPORTED ? ` (first ${MAX_REPORTED} shown above)` : ''
  io.stderr(
    `promptops migrate: ${counts.records} record(s): ${counts.written} written to ${display(io.cwd, output)}, ${counts.rejected} rejected to ${display(io.cwd, rejectedPath)}${more}\n`,
  )
  return counts.rejected > 0 ? 1 : 0
}
