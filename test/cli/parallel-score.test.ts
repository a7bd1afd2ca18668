// The bundled CLI (dist/cli.js) spreads big change sets over a worker thread: its reports must
// be byte for byte the ones a single thread writes, for `scan` and for `score`.
import { beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { batchesOf, PARALLEL_MIN_BYTES } from '../../src/cli/parallel-score.js'
// @ts-expect-error: plain ESM script without type declarations (the benchmarks' corpus)
import { buildCorpus, editCorpus } from '../../scripts/bench/lib/corpus.mjs'
// @ts-expect-error: plain ESM script without type declarations
import { writeCorpus } from '../../scripts/bench/lib/fs-corpus.mjs'

const CLI = resolve('dist/cli.js')
type CorpusFile = { path: string; text: string }

let dir: string
let paths: string[]

beforeAll(() => {
  // Enough text that the CLI takes the two-thread path.
  const base = (buildCorpus as (o: object) => { files: CorpusFile[] })({ count: 240, targetBytes: PARALLEL_MIN_BYTES * 1.2, seed: 7 })
  const head = (editCorpus as (f: CorpusFile[]) => { files: CorpusFile[] })(base.files)
  dir = mkdtempSync(join(tmpdir(), 'promptops-parallel-'))
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.invalid', '-c', 'commit.gpgsign=false', ...args], { cwd: dir, stdio: 'pipe' })
  ;(writeCorpus as (d: string, f: CorpusFile[]) => void)(dir, base.files)
  git('init', '-q', '-b', 'main')
  git('add', '-A')
  git('commit', '-q', '-m', 'base')
  ;(writeCorpus as (d: string, f: CorpusFile[]) => void)(dir, head.files)
  git('commit', '-q', '-am', 'head')
  paths = head.files.map((f) => f.path)
}, 60_000)

function report(args: string[], threads: string): string {
  const out = join(dir, `report-${threads}.json`)
  execFileSync(process.execPath, [CLI, ...args, '--format', 'json', '--output', out], { cwd: dir, env: { ...process.env, PROMPTOPS_THREADS: threads }, stdio: 'pipe' })
  return readFileSync(out, 'utf8')
}

describe('scoring on two threads (dist/cli.js)', () => {
  it('writes the same scan report as one thread', () => {
    const two = report(['scan', ...paths], '2')
    expect(two).toBe(report(['scan', ...paths], '1'))
    expect(JSON.parse(two).counts.templates).toBe(paths.length)
  }, 60_000)

  it('writes the same score report as one thread', () => {
    const args = ['score', '--repo', dir, '--base', 'HEAD~1', '--head', 'HEAD']
    const two = report(args, '2')
    expect(two).toBe(report(args, '1'))
    expect(JSON.parse(two).counts.templates).toBeGreaterThan(100)
  }, 60_000)
})

describe('batchesOf', () => {
  const file = (bytes: number) => ({ path: 'p', status: 'modified' as const, baseText: 'x'.repeat(bytes), headText: 'y'.repeat(bytes) })
  it('cuts contiguous batches of about 256 KB that cover every template in order', () => {
    const files = Array.from({ length: 50 }, (_, i) => file(10_000 + i))
    const batches = batchesOf(files)
    expect(batches[0]![0]).toBe(0)
    expect(batches.at(-1)![1]).toBe(50)
    batches.slice(1).forEach(([start], i) => expect(start).toBe(batches[i]![1]))
    expect(batches.length).toBeGreaterThan(3)
  })
  it('closes a batch at the template that makes it big enough', () => {
    expect(batchesOf([file(10), file(1_000_000), file(10)])).toEqual([[0, 2], [2, 3]])
  })
})
