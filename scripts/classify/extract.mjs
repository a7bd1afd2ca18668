// Builds .cache/classify/<category>.jsonl.gz from the pinned public sources (sources.mjs):
//   node scripts/classify/extract.mjs --mirrors DIR
// DIR holds one git repository per source (`<owner>+<name>/repo` or `<owner>/<name>`, bare or
// not); every file is read at its pinned commit, so the output is the same on every machine.
// Each sample gets a split: train / dev / test by a hash of its source and group (a template
// file, a HateCheck template, a near-duplicate key), so near-copies never straddle splits;
// sources marked `split: 'test'` are held out whole. The output is a git-ignored cache: the
// texts belong to their sources (fetched repositories), so none of them is committed here;
// train.mjs, the eval and the weights test read the cache once it is built.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { gzipSync } from 'node:zlib'
import { gitDirOf } from './read-git.mjs'
import { SOURCES } from './sources.mjs'

const root = resolve(import.meta.dirname, '../..')
const mirrors =
  process.argv.find((a) => a.startsWith('--mirrors='))?.slice(10) ?? process.argv[process.argv.indexOf('--mirrors') + 1]
if (!mirrors || mirrors.startsWith('--')) {
  console.error('usage: node scripts/classify/extract.mjs --mirrors DIR')
  process.exit(2)
}

const MAX_CHARS = 4000

export function fnv1a(text) {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193)
  return h >>> 0
}

/** Near-duplicate key: case, punctuation and spacing ignored, first 200 letters. */
const dedupKey = (text) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .slice(0, 200)

function splitOf(source, group) {
  // A source may assign its own groups (fourth-wave-sources.mjs splits by vendor).
  if (typeof source.split === 'function') return source.split(group)
  if (source.split) return source.split
  const r = fnv1a(`${source.id}\u0000${group}`) / 2 ** 32
  return r < 0.7 ? 'train' : r < 0.85 ? 'dev' : 'test'
}

function samplesOf(source) {
  const rows = source.read(gitDirOf(mirrors, source.repo))
  const cleaned = rows
    .map((r) => ({
      ...r,
      text: String(r.text ?? '')
        .replace(/\r\n/g, '\n')
        .trim()
        .slice(0, MAX_CHARS),
    }))
    .filter((r) => r.text.length >= 3)
  if (source.sample === undefined || cleaned.length <= source.sample) return cleaned
  // A deterministic sample: the rows whose text hashes lowest.
  return cleaned
    .map((r) => ({ r, h: fnv1a(r.text) }))
    .sort((a, b) => a.h - b.h || (a.r.text < b.r.text ? -1 : 1))
    .slice(0, source.sample)
    .map(({ r }) => r)
}

function build(category) {
  const byKey = new Map()
  const conflicts = new Set()
  for (const source of SOURCES[category]) {
    const rows = samplesOf(source)
    for (const row of rows) {
      const key = dedupKey(row.text)
      const seen = byKey.get(key)
      if (seen !== undefined) {
        if (seen.label !== row.label) conflicts.add(key)
        continue
      }
      const group = row.group ?? key
      byKey.set(key, {
        text: row.text,
        label: row.label,
        source: source.id,
        split: splitOf(source, group),
        ...(row.note ? { note: row.note } : {}),
      })
    }
    console.log(`${category}: ${source.id}: ${rows.length} rows`)
  }
  for (const key of conflicts) byKey.delete(key)
  return [...byKey.values()]
}

const outDir = join(root, '.cache/classify')
mkdirSync(outDir, { recursive: true })
for (const category of Object.keys(SOURCES)) {
  const samples = build(category)
  const text = samples.map((s) => JSON.stringify(s)).join('\n') + '\n'
  writeFileSync(join(outDir, `${category}.jsonl.gz`), gzipSync(text, { level: 9 }))
  const count = (split, label) => samples.filter((s) => s.split === split && s.label === label).length
  console.log(
    `${category}: ${samples.length} samples; train +${count('train', true)}/-${count('train', false)}, dev +${count('dev', true)}/-${count('dev', false)}, test +${count('test', true)}/-${count('test', false)}`,
  )
}
