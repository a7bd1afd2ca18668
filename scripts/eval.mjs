// `npm run eval`: detector precision/recall on the labelled corpora in
// test/fixtures/corpora (committed samples, and referenced ones read from local mirrors: see
// test/fixtures/README.md), printed as a table and written into docs/detectors.md between the
// eval markers. The TypeScript evaluation (scripts/eval/) is bundled to a temp dir first.
//   --no-write   print only, leave docs/detectors.md alone
//   --check      exit 1 when docs/detectors.md is not up to date (nothing written)
//   --misses=N   list up to N false negatives and N false positives per category (default 8)
//   --show-test-misses  include misses of held-out test sources (never while tuning); for realworld,
//                       the test split's false alarms
// `npm run eval -- realworld`: the engine over real public templates and commits
// (test/fixtures/realworld, texts from local mirrors: see test/fixtures/README.md), written
// into docs/detectors.md between the realworld markers; same --no-write / --check.
// `npm run eval -- probes`: the probe sets written for this project (test/fixtures/probes; no
// mirrors needed), written between the probes markers; same --no-write / --check.
// `npm run eval -- dev`: the detectors on the dev split of the classifier data (.cache/classify,
// built by scripts/classify/extract.mjs), per source with misses (--misses=N); printed only.
//   --formats  instead, recall and benign texts flagged with every dev text rewritten
//              (capitals, wrapped, in a list, after a speaker label…: scripts/eval/formats.ts)
import { build } from 'esbuild'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'

const root = resolve(import.meta.dirname, '..')
const args = new Set(process.argv.slice(2))
const missLimit = Number(process.argv.find((a) => a.startsWith('--misses='))?.slice(9) ?? 8)
const DOC = join(root, 'docs/detectors.md')
const BEGIN = '<!-- eval:begin -->'
const END = '<!-- eval:end -->'

const realworld = args.has('realworld')
const probes = args.has('probes')
const dev = args.has('dev')

/** Replaces the text between two markers of docs/detectors.md, or checks it is current. */
function writeSection(begin, end, body) {
  const doc = readFileSync(DOC, 'utf8')
  const start = doc.indexOf(begin)
  const stop = doc.indexOf(end)
  if (start === -1 || stop < start) throw new Error(`${DOC}: missing ${begin} / ${end}`)
  const updated = `${doc.slice(0, start + begin.length)}\n${body}\n${doc.slice(stop)}`
  if (args.has('--check')) {
    if (updated !== doc) {
      console.error('docs/detectors.md is stale: run `npm run eval` and commit it.')
      process.exitCode = 1
    }
  } else if (!args.has('--no-write') && updated !== doc) {
    writeFileSync(DOC, updated)
    console.log('updated docs/detectors.md')
  }
}

const dir = mkdtempSync(join(tmpdir(), 'promptops-eval-'))
try {
  const outfile = join(dir, 'eval.mjs')
  await build({
    entryPoints: [
      join(root, realworld ? 'scripts/eval/realworld/entry.ts' : probes ? 'scripts/eval/probes.ts' : 'scripts/eval/entry.ts'),
    ],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    logLevel: 'warning',
    banner: {
      js: "import { createRequire as __evalCreateRequire } from 'node:module';\nconst require = __evalCreateRequire(import.meta.url);",
    },
  })
  if (dev) {
    const { evaluateClassifierDev, evaluateFormats, renderConsole, renderFormats } = await import(pathToFileURL(outfile).href)
    const results = args.has('--formats') ? evaluateFormats(root) : evaluateClassifierDev(root)
    if (results.length === 0)
      throw new Error('no classifier data: build .cache/classify with scripts/classify/extract.mjs (test/fixtures/README.md)')
    console.log(args.has('--formats') ? renderFormats(results) : renderConsole(results, missLimit))
  } else if (probes) {
    const { evaluateProbes, renderProbesMarkdown } = await import(pathToFileURL(outfile).href)
    const table = renderProbesMarkdown(evaluateProbes(join(root, 'test/fixtures/probes')))
    console.log(table)
    writeSection('<!-- probes:begin -->', '<!-- probes:end -->', table)
  } else if (realworld) {
    const rw = await import(pathToFileURL(outfile).href)
    const corpus = rw.loadCorpus(join(root, 'test/fixtures/realworld'))
    const store = rw.blobStore(join(root, '.cache/realworld'), process.env.PROMPTOPS_MIRROR ?? '/work/.mirror')
    const missing = store.missing(corpus)
    if (missing.length > 0)
      throw new Error(
        `realworld corpus: ${missing.length} texts are neither in .cache/realworld nor in a mirror (first: ${missing[0]}); see test/fixtures/README.md`,
      )
    const started = performance.now()
    const cases = rw.evaluateCorpus(corpus, store.read)
    console.log(rw.renderRealworldConsole(cases, 40, args.has('--show-test-misses')))
    console.log(`evaluated in ${Math.round(performance.now() - started)} ms`)
    writeSection('<!-- realworld:begin -->', '<!-- realworld:end -->', rw.renderRealworldMarkdown(cases))
  } else {
    const { evaluate, renderConsole, renderMarkdown } = await import(pathToFileURL(outfile).href)
    const started = performance.now()
    const results = evaluate(join(root, 'test/fixtures/corpora'))
    const unavailable = results.flatMap((r) => r.unavailable)
    if (unavailable.length > 0)
      throw new Error(
        `corpora: referenced sources unreadable (${unavailable.map((u) => `${u.source}: ${u.reason}`).join('; ')}); see test/fixtures/README.md`,
      )
    console.log(renderConsole(results, missLimit, args.has('--show-test-misses')))
    console.log(`evaluated in ${Math.round(performance.now() - started)} ms`)
    writeSection(BEGIN, END, renderMarkdown(results))
  }
} finally {
  rmSync(dir, { recursive: true, force: true })
}
