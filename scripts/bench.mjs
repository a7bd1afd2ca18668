// `npm run bench [-- MODULE...] [--runs N] [--no-write]`: runs every benchmark module in
// scripts/bench/*.mjs (file-name order), prints one table and rewrites the generated block
// of docs/benchmarks.md. A new benchmark is a new module file exporting:
//   id (filter name), title, method? (markdown), run(ctx) → Promise<Row[]>
// Row: { name, value, unit, target?, met?, command }. See scripts/bench/README.md.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { buildCorpus, editCorpus } from './bench/lib/corpus.mjs'
import { bundleEngine, loadEngine } from './bench/lib/load-engine.mjs'
import { machineInfo } from './bench/lib/machine.mjs'
import { printTable, writeDocs } from './bench/lib/report.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
process.chdir(root)

const args = parseArgs(process.argv.slice(2))
const tmpRoot = mkdtempSync(join(tmpdir(), 'promptops-bench-'))
const memos = new Map()

const ctx = {
  runs: args.runs,
  warmup: 1,
  tmpRoot,
  engine: () => loadEngine(tmpRoot),
  enginePath: () => bundleEngine(tmpRoot),
  /** The shared corpus: base (1,000 templates), head (~5% of lines edited). */
  corpus: () =>
    memo('corpus', () => {
      const base = buildCorpus()
      const head = editCorpus(base.files)
      return { base, head }
    }),
  memo,
  log: (message) => console.log(`  ${message}`),
}

function memo(key, make) {
  if (!memos.has(key)) memos.set(key, make())
  return memos.get(key)
}

const machine = machineInfo()
console.log(
  `PromptOps benchmarks: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, Node ${machine.node}, ${machine.date}, load ${machine.load}`,
)

const { all, modules } = await discover()
const sections = []
try {
  for (const mod of modules) {
    const started = performance.now()
    console.log(`\n▶ ${mod.title} (${mod.id})`)
    const notes = []
    const rows = await runModule(mod, notes)
    for (const r of rows)
      console.log(
        `  ${r.name}: ${`${typeof r.value === 'number' ? +r.value.toFixed(2) : r.value} ${r.unit}`.trim()}${r.target ? ` (target ${r.target}${r.met === undefined ? '' : r.met ? ', met' : ', MISSED'})` : ''}  — ${r.command}`,
      )
    for (const n of notes) console.log(`  note: ${n}`)
    console.log(`  (${((performance.now() - started) / 1000).toFixed(1)} s)`)
    sections.push({
      id: mod.id,
      title: mod.title,
      method: mod.method,
      rows,
      notes,
      loadEnd: Math.round(loadavg()[0] * 100) / 100,
    })
  }
} finally {
  rmSync(tmpRoot, { recursive: true, force: true })
}

printTable(sections)
if (args.write) {
  writeDocs(
    'docs/benchmarks.md',
    sections,
    machine,
    all.map((m) => m.id),
  )
  console.log('\nwrote docs/benchmarks.md')
}

// A failing module is reported as a row (and a non-zero exit) rather than losing the others.
async function runModule(mod, notes) {
  try {
    return await mod.run({ ...ctx, note: (text) => notes.push(text) })
  } catch (error) {
    process.exitCode = 1
    notes.push(
      `Module failed: ${String(error?.stack ?? error)
        .split('\n')
        .slice(0, 3)
        .join(' / ')}`,
    )
    return [{ name: `${mod.title}: failed`, value: 'error', unit: '', command: `npm run bench -- ${mod.id}` }]
  }
}

async function discover() {
  const dir = join(root, 'scripts', 'bench')
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.mjs'))
    .sort()
  const mods = await Promise.all(files.map((f) => import(pathToFileURL(join(dir, f)).href)))
  return { all: mods, modules: args.only.length === 0 ? mods : mods.filter((m) => args.only.includes(m.id)) }
}

function parseArgs(argv) {
  const out = { only: [], runs: 5, write: true }
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]
    if (a === '--runs') out.runs = Math.max(1, Number(argv[++i]) || 5)
    else if (a === '--no-write') out.write = false
    else if (a.startsWith('-')) throw new Error(`unknown option ${a}`)
    else out.only.push(a)
  }
  return out
}
