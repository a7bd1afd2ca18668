// CLI end to end: the bundled `promptops` process on a temp git repository holding the
// corpus, with a head commit editing ~5% of lines (what a pull request run costs).
import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { writeCorpus } from './lib/fs-corpus.mjs'
import { median } from './lib/stats.mjs'
import { expectStatus, runTimed } from './lib/timed-process.mjs'

export const id = 'cli'
export const title = 'CLI end to end (node dist/cli.js)'
export const method =
  'Wall time of the `node dist/cli.js` process, spawn to exit, as a user or CI step sees it: Node start-up, loading the 6 MB bundle, git plumbing, parsing, scoring and writing the JSON report (to a file). The temp repo has two commits: the 1,000-template corpus, then the same files with ~5% of lines edited. Median of the timed runs after one warm-up.'

const CLI = join(process.cwd(), 'dist', 'cli.js')
const MAX_RUNS = 3 // each run is seconds; keeps the whole bench within a few minutes

export async function run(ctx) {
  const { base, head } = ctx.corpus()
  const repo = makeRepo(join(ctx.tmpRoot, 'cli-repo'), base.files, head.files)
  const out = join(ctx.tmpRoot, 'cli-report.json')
  const runs = Math.min(MAX_RUNS, ctx.runs)
  const stale = staleness()
  if (stale) ctx.note(stale)

  const startup = timed(() => runCli(['schema'], repo), ctx.runs)
  const scoreArgs = ['score', '--repo', repo, '--base', 'HEAD~1', '--head', 'HEAD', '--format', 'json', '--output', out]
  const score = timed(() => runCli(scoreArgs, repo), runs)
  const scored = JSON.parse(readFileSync(out, 'utf8'))
  const scanArgs = ['scan', ...base.files.map((f) => f.path), '--format', 'json', '--output', out]
  const scan = timed(() => runCli(scanArgs, repo), runs)
  const scanned = JSON.parse(readFileSync(out, 'utf8'))

  ctx.note(`score run: ${scored.counts.templates} changed templates, ${scored.counts.findings} findings, level ${scored.level}; scan run: ${scanned.counts.templates} templates, ${scanned.counts.findings} findings. Runs (ms): score ${fmt(score.times)}; scan ${fmt(scan.times)}.`)
  return [
    { name: 'CLI start-up (`promptops schema`)', value: startup.median, unit: 'ms', command: 'node dist/cli.js schema' },
    { name: `\`promptops score\`, ${scored.counts.templates} templates changed (5% of lines), median of ${runs}`, value: score.median, unit: 'ms', command: 'node dist/cli.js score --repo DIR --base HEAD~1 --head HEAD --format json --output FILE' },
    { name: `\`promptops scan\` on 1,000 files, median of ${runs}`, value: scan.median, unit: 'ms', command: 'node dist/cli.js scan prompts/… (1,000 paths) --format json --output FILE' },
  ]
}

function runCli(args, cwd) {
  return expectStatus(runTimed(process.execPath, [CLI, ...args], { cwd }), [0], `promptops ${args[0]}`).ms
}

function timed(once, runs) {
  once() // warm-up: file cache, git objects
  const times = Array.from({ length: runs }, once)
  return { median: median(times), times }
}

function makeRepo(dir, baseFiles, headFiles) {
  const git = (...args) => execFileSync('git', ['-c', 'user.name=bench', '-c', 'user.email=bench@example.invalid', '-c', 'commit.gpgsign=false', '-c', 'core.autocrlf=false', ...args], { cwd: dir, stdio: 'pipe' })
  writeCorpus(dir, baseFiles)
  git('init', '-q', '-b', 'main')
  git('add', '-A')
  git('commit', '-q', '-m', 'base: 1,000 templates')
  writeCorpus(dir, headFiles)
  git('commit', '-q', '-am', 'head: ~5% of lines edited')
  return dir
}

/** A note when dist/cli.js is older than the newest file under src/ (the figures are for the bundle). */
function staleness() {
  const built = statSync(CLI).mtimeMs
  const newest = newestMtime('src')
  return newest.mtime > built ? `dist/cli.js (built ${new Date(built).toISOString()}) is older than ${newest.path}; run \`npm run build\` first for current figures.` : undefined
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

const fmt = (times) => times.map((t) => t.toFixed(0)).join(', ')
