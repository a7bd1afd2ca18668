// Cost against the size of the work: `promptops scan` and `promptops score` at 10, 100, 1,000
// and 10,000 templates (~10 KB each), and on one 10 MB template, each a fresh process: wall
// time, CPU time and peak RSS per size, and the marginal cost per template from one size to
// the next (a super-linear step shows as a growing marginal cost).
import { execFileSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { buildCorpus, editCorpus } from './lib/corpus.mjs'
import { writeCorpus } from './lib/fs-corpus.mjs'
import { HOSTILE_CASES } from './lib/hostile-cases.mjs'
import { MB, median } from './lib/stats.mjs'
import { expectStatus, runNodeMeasured } from './lib/timed-process.mjs'

export const id = 'scaling'
export const title = 'Scaling: time and memory against the number of templates'
const SIZES = [10, 100, 1000, 10_000]
/** A marginal cost per template this much above the previous step's is a super-linear step. */
const SUPERLINEAR = 1.5
export const method = [
  `The benchmark corpus generator at ${SIZES.map((n) => n.toLocaleString('en-US')).join(', ')} templates (~10 KB each, all six formats), written to disk for \`promptops scan\` and committed twice (base, then ~5% of lines edited) for \`promptops score\`; plus one 10 MB template (\`.md\` prose, the hostile-input case) for \`scan\`.`,
  "Each figure is one fresh `node dist/cli.js` process on one thread (`PROMPTOPS_THREADS=1`, so the slope is the algorithm's, not the worker's start-up), median of up to 3 runs for the smaller sizes and one run at 10,000; CPU time and peak RSS from `process.resourceUsage()` at exit.",
  `"Marginal" is the extra CPU time per extra template from the previous size: with linear cost it stays flat once start-up no longer dominates; a step above ${SUPERLINEAR}× the previous one is flagged. CPU time, not wall time, because on a shared machine the wall time of a long run mostly measures the other processes (the notes list both).`,
].join(' ')

const CLI = join(process.cwd(), 'dist', 'cli.js')

export async function run(ctx) {
  const rows = []
  const notes = []
  const cmd = 'npm run bench -- scaling'
  const results = { scan: [], score: [] }
  for (const n of SIZES) {
    ctx.log(`${n} templates: building`)
    const { dir, paths, bytes } = corpusRepo(join(ctx.tmpRoot, `scale-${n}`), n)
    const runs = n >= 10_000 ? 1 : Math.min(3, ctx.runs)
    for (const [kind, args] of [
      ['scan', ['scan', ...paths]],
      ['score', ['score', '--repo', dir, '--base', 'HEAD~1', '--head', 'HEAD']],
    ]) {
      const measured = Array.from({ length: runs }, () =>
        cli([...args, '--format', 'json', '--output', join(ctx.tmpRoot, 'scale-report.json')], dir),
      )
      const r = {
        n,
        bytes,
        ms: median(measured.map((m) => m.ms)),
        cpuMs: median(measured.map((m) => m.cpuMs)),
        rssMiB: Math.max(...measured.map((m) => m.maxRssKiB)) / 1024,
      }
      results[kind].push(r)
      ctx.log(`${n} templates, ${kind}: ${r.ms.toFixed(0)} ms, ${r.rssMiB.toFixed(0)} MiB`)
    }
  }
  for (const kind of ['scan', 'score']) {
    const list = results[kind]
    list.forEach((r, i) => {
      const prev = list[i - 1]
      const marginal = prev ? (r.cpuMs - prev.cpuMs) / (r.n - prev.n) : null
      r.marginalMs = marginal
      rows.push({
        name: `${kind}, ${r.n.toLocaleString('en-US')} templates (${(r.bytes / MB).toFixed(1)} MB): wall / CPU`,
        value: `${fmtMs(r.ms)} / ${fmtMs(r.cpuMs)}`,
        unit: 'ms',
        command: cmd,
      })
      rows.push({
        name: `${kind}, ${r.n.toLocaleString('en-US')} templates: peak RSS`,
        value: r.rssMiB,
        unit: 'MiB',
        command: cmd,
      })
    })
    const steps = list.slice(2).map((r, i) => ({ at: r.n, ratio: r.marginalMs / list[i + 1].marginalMs }))
    const worst = steps.reduce((a, b) => (b.ratio > a.ratio ? b : a), { at: 0, ratio: 0 })
    rows.push({
      name: `${kind}: largest growth of the marginal CPU per template between sizes`,
      value: worst.ratio,
      unit: '×',
      target: `≤ ${SUPERLINEAR}× (linear)`,
      met: worst.ratio <= SUPERLINEAR,
      command: cmd,
    })
    const last = list.at(-1)
    const marginals = list
      .slice(1)
      .map((r) => `→${r.n.toLocaleString('en-US')} ${r.marginalMs.toFixed(3)}`)
      .join(', ')
    notes.push(
      `${kind} marginal CPU per template (ms): ${marginals}; CPU per MB at 10,000: ${(last.cpuMs / (last.bytes / MB)).toFixed(0)} ms; peak RSS per MB of templates at 10,000: ${(last.rssMiB / (last.bytes / MB)).toFixed(1)} MiB.`,
    )
  }
  // One 10 MB template, against 1,000 templates of the same total size.
  const huge = HOSTILE_CASES['huge-md']()
  const hugeDir = join(ctx.tmpRoot, 'scale-huge')
  mkdirSync(join(hugeDir, 'prompts'), { recursive: true })
  writeFileSync(join(hugeDir, huge.path), huge.text)
  const hugeRun = cli(['scan', huge.path, '--format', 'json', '--output', join(ctx.tmpRoot, 'scale-report.json')], hugeDir)
  const thousand = results.scan.find((r) => r.n === 1000)
  rows.push({
    name: `scan, one ${(Buffer.byteLength(huge.text) / MB).toFixed(0)} MB template: wall / CPU`,
    value: `${fmtMs(hugeRun.ms)} / ${fmtMs(hugeRun.cpuMs)}`,
    unit: 'ms',
    command: cmd,
  })
  rows.push({ name: 'scan, one 10 MB template: peak RSS', value: hugeRun.maxRssKiB / 1024, unit: 'MiB', command: cmd })
  rows.push({
    name: 'scan, one 10 MB template / 1,000 templates of 10 MB in all (wall)',
    value: hugeRun.ms / thousand.ms,
    unit: '×',
    command: cmd,
  })
  for (const n of notes) ctx.note(n)
  ctx.note(
    `Runs on one thread (the default on two cores; two threads from three cores on, see the CLI section). Node ${process.version}.`,
  )
  return rows
}

function cli(args, cwd) {
  return expectStatus(
    runNodeMeasured(process.execPath, CLI, args, { cwd, env: { ...process.env, PROMPTOPS_THREADS: '1' } }),
    [0],
    `promptops ${args[0]}`,
  )
}

function corpusRepo(dir, count) {
  const base = buildCorpus({ count, targetBytes: count * 10_000 })
  const head = editCorpus(base.files)
  mkdirSync(dir, { recursive: true })
  const config = [
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
  ]
  const git = (...args) => execFileSync('git', [...config, ...args], { cwd: dir, stdio: 'pipe', maxBuffer: 2 ** 28 })
  writeCorpus(dir, base.files)
  git('init', '-q', '-b', 'main')
  git('add', '-A')
  git('commit', '-q', '-m', 'base')
  writeCorpus(dir, head.files)
  git('commit', '-q', '-am', 'head')
  git('gc', '-q')
  return { dir, paths: head.files.map((f) => f.path), bytes: base.bytes }
}

const fmtMs = (ms) => Math.round(ms).toLocaleString('en-US')
