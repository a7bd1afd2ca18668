// CLI end to end, side by side with the current secretlint CLI on the same 1,000 files: the
// bundled `promptops` process (scan, and score on a two-commit repository) and `secretlint`,
// each a fresh process, interleaved round by round so machine load hits both alike.
import { execFileSync } from 'node:child_process'
import { mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { join } from 'node:path'
import { writeCorpus } from './lib/fs-corpus.mjs'
import { secretlintCli, writeSecretlintrc } from './lib/secretlint-cli.mjs'
import { median } from './lib/stats.mjs'
import { expectStatus, runNodeMeasured } from './lib/timed-process.mjs'

export const id = 'cli'
export const title = 'CLI end to end vs the secretlint CLI (same 1,000 files)'
export const method = [
  'Wall time of each process, spawn to exit, as a user or CI step sees it (Node start-up, loading code, reading the files or git, scanning, writing a JSON report to a file). `promptops scan` and `secretlint` read the same 1,000 corpus files from disk; `promptops score` reads a temp git repository whose two commits are the corpus and the same files with ~5% of lines edited (919 templates differ).',
  "secretlint is the current release (13.x needs Node ≥ 22; installed pinned into `.cache/secretlint13`) with `@secretlint/secretlint-rule-preset-recommend` as its only rule, run under the Node 24 that `scripts/node24.mjs` installs; `promptops` runs under the same Node 24 for the ratio, and under the bench's own Node for reference.",
  `Default threads: one on a machine with two cores (this one has ${availableParallelism()}), two from three cores on; the forced two-thread rows show why.`,
  'One warm-up round (file cache; it also fills the compile cache), then the timed rounds, each running every variant once in a rotating order; figures are medians. `promptops` keeps compiled code in a compile cache (Node ≥ 22.1, `module.enableCompileCache`): the "empty compile cache" rows are first runs with a fresh cache directory. CPU time and peak RSS come from `process.resourceUsage()` at exit (the process itself; git children not included).',
].join(' ')

const CLI = join(process.cwd(), 'dist', 'cli.js')
const MAX_ROUNDS = 5

export async function run(ctx) {
  const sl = secretlintCli()
  const { base, head } = ctx.corpus()
  const repo = makeRepo(join(ctx.tmpRoot, 'cli-repo'), base.files, head.files)
  const scanDir = writeCorpus(join(ctx.tmpRoot, 'cli-scan'), base.files)
  const rc = writeSecretlintrc(join(ctx.tmpRoot, 'secretlintrc.json'))
  const out = join(ctx.tmpRoot, 'cli-report.json')
  const cache = join(ctx.tmpRoot, 'compile-cache')
  const stale = staleness()
  if (stale) ctx.note(stale)

  const paths = base.files.map((f) => f.path)
  const scanArgs = ['scan', ...paths, '--format', 'json', '--output', out]
  const scoreArgs = ['score', '--repo', repo, '--base', 'HEAD~1', '--head', 'HEAD', '--format', 'json', '--output', out]
  const env = (extra = {}) => ({ ...process.env, NODE_COMPILE_CACHE: cache, ...extra })
  let fresh = 0
  const emptyCache = () => env({ NODE_COMPILE_CACHE: join(ctx.tmpRoot, `empty-cache-${fresh++}`) })
  const variants = {
    secretlint: () =>
      expectStatus(
        runNodeMeasured(sl.node, sl.bin, ['--secretlintrc', rc, '--format', 'json', '--output', out, 'prompts/**/*'], {
          cwd: scanDir,
          env: env(),
        }),
        [0, 1],
        'secretlint',
      ),
    scan24: () => ours(sl.node, scanArgs, scanDir, env()),
    score24: () => ours(sl.node, scoreArgs, repo, env()),
    scan: () => ours(process.execPath, scanArgs, scanDir, env()),
    score: () => ours(process.execPath, scoreArgs, repo, env()),
    scan24TwoThreads: () => ours(sl.node, scanArgs, scanDir, env({ PROMPTOPS_THREADS: '2' })),
    score24TwoThreads: () => ours(sl.node, scoreArgs, repo, env({ PROMPTOPS_THREADS: '2' })),
    scan24EmptyCache: () => ours(sl.node, scanArgs, scanDir, emptyCache()),
    score24EmptyCache: () => ours(sl.node, scoreArgs, repo, emptyCache()),
  }
  const names = Object.keys(variants)
  for (const name of names) variants[name]() // warm-up round
  const runs = Object.fromEntries(names.map((n) => [n, []]))
  const rounds = Math.min(MAX_ROUNDS, ctx.runs)
  for (let r = 0; r < rounds; r++) {
    for (let i = 0; i < names.length; i++) {
      const name = names[(i + r) % names.length]
      runs[name].push(variants[name]())
    }
    ctx.log(
      `round ${r + 1}/${rounds}: secretlint ${runs.secretlint.at(-1).ms.toFixed(0)} ms, scan ${runs.scan24.at(-1).ms.toFixed(0)} ms, score ${runs.score24.at(-1).ms.toFixed(0)} ms`,
    )
  }
  const startup = median(Array.from({ length: ctx.runs }, () => ours(process.execPath, ['schema'], repo, env()).ms))
  const scanned = (variants.scan24(), JSON.parse(readFileSync(out, 'utf8')))
  const scored = (variants.score24(), JSON.parse(readFileSync(out, 'utf8')))

  const m = (name, key = 'ms') => median(runs[name].map((r) => r[key]))
  const sec = m('secretlint')
  const v24 = `Node ${execFileSync(sl.node, ['--version'], { encoding: 'utf8' }).trim()}`
  const fmt = (name) => runs[name].map((r) => r.ms.toFixed(0)).join(', ')
  ctx.note(
    `secretlint ${sl.version}, preset ${sl.preset}, ${v24}; the bench's Node is ${process.version}. Rounds: ${rounds}. Runs (ms): ${names.map((n) => `${n} ${fmt(n)}`).join('; ')}.`,
  )
  ctx.note(
    `Median CPU time (ms) / peak RSS (MiB): ${names.map((n) => `${n} ${m(n, 'cpuMs').toFixed(0)} / ${(m(n, 'maxRssKiB') / 1024).toFixed(0)}`).join('; ')}.`,
  )
  ctx.note(
    `scan: ${scanned.counts.templates} templates, ${scanned.counts.findings} findings; score: ${scored.counts.templates} changed templates, ${scored.counts.findings} findings, level ${scored.level}.`,
  )
  const cmd = 'npm run bench -- cli'
  const row = (name, label, target) => ({
    name: label,
    value: m(name),
    unit: 'ms',
    ...(target ? { target: '< 1,500 ms on 2 cores', met: m(name) < 1500 } : {}),
    command: cmd,
  })
  const ratio = (name, label) => ({
    name: label,
    value: m(name) / sec,
    unit: '×',
    target: '≤ 1.0×',
    met: m(name) <= sec,
    command: cmd,
  })
  return [
    { name: `secretlint CLI ${sl.version} on the 1,000 files (${v24})`, value: sec, unit: 'ms', command: cmd },
    row('scan24', `\`promptops scan\` on the same files (${v24})`, true),
    ratio('scan24', '`promptops scan` / secretlint'),
    row('score24', `\`promptops score\`, ${scored.counts.templates} changed templates (${v24})`, true),
    ratio('score24', '`promptops score` / secretlint'),
    row('scan', `\`promptops scan\` (Node ${process.version})`),
    row('score', `\`promptops score\` (Node ${process.version})`),
    row('scan24TwoThreads', '`promptops scan`, two threads forced (PROMPTOPS_THREADS=2)'),
    row('score24TwoThreads', '`promptops score`, two threads forced (PROMPTOPS_THREADS=2)'),
    row('scan24EmptyCache', '`promptops scan`, empty compile cache (first run)'),
    row('score24EmptyCache', '`promptops score`, empty compile cache (first run)'),
    { name: 'CLI start-up (`promptops schema`)', value: startup, unit: 'ms', command: 'node dist/cli.js schema' },
  ]
}

function ours(node, args, cwd, env) {
  return expectStatus(runNodeMeasured(node, CLI, args, { cwd, env }), [0], `promptops ${args[0]}`)
}

function makeRepo(dir, baseFiles, headFiles) {
  mkdirSync(dir, { recursive: true })
  const git = (...args) =>
    execFileSync(
      'git',
      [
        '-c',
        'user.name=bench',
        '-c',
        'user.email=bench@example.invalid',
        '-c',
        'commit.gpgsign=false',
        '-c',
        'core.autocrlf=false',
        '-c',
        'gc.auto=0',
        ...args,
      ],
      { cwd: dir, stdio: 'pipe' },
    )
  writeCorpus(dir, baseFiles)
  git('init', '-q', '-b', 'main')
  git('add', '-A')
  git('commit', '-q', '-m', 'base: 1,000 templates')
  writeCorpus(dir, headFiles)
  git('commit', '-q', '-am', 'head: ~5% of lines edited')
  // Packed, as a clone is (a fresh commit leaves loose objects, twice as slow to read).
  git('gc', '-q')
  return dir
}

/** A note when dist/cli.js is older than the newest file under src/ (the figures are for the bundle). */
function staleness() {
  const built = statSync(CLI).mtimeMs
  const newest = newestMtime('src')
  return newest.mtime > built
    ? `dist/cli.js (built ${new Date(built).toISOString()}) is older than ${newest.path}; run \`npm run build\` first for current figures.`
    : undefined
}

function newestMtime(dir) {
  let best = { mtime: 0, path: dir }
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    const candidate = entry.isDirectory() ? newestMtime(path) : { mtime: statSync(path).mtimeMs, path }
    if (candidate.mtime > best.mtime) best = candidate
  }
  return best
}
