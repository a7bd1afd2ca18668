// `node scripts/eval/import.mjs <source>`: (re)writes test/fixtures/corpora/external/<source>.jsonl,
// the references to one external source's labelled samples, from the local mirror of its
// repository at the commit pinned in external/sources.json ($PROMPTOPS_MIRROR, default
// /work/.mirror; the project's fetch tool brings a missing repository). The TypeScript importers
// (scripts/eval/import/) are bundled first, their dependencies left to node_modules.
import { build } from 'esbuild'
import { mkdirSync, rmSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'

const root = resolve(import.meta.dirname, '../..')
const names = process.argv.slice(2)
if (names.length === 0) throw new Error('usage: node scripts/eval/import.mjs <source>...')
const dir = join(root, '.cache/eval-import')
mkdirSync(dir, { recursive: true })
const outfile = join(dir, `import-${process.pid}.mjs`)
try {
  await build({
    entryPoints: [join(root, 'scripts/eval/import/entry.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    packages: 'external',
    logLevel: 'warning',
  })
  const { runImport } = await import(pathToFileURL(outfile).href)
  for (const name of names) {
    const { file, positives, negatives } = runImport(
      join(root, 'test/fixtures/corpora'),
      name,
      process.env.PROMPTOPS_MIRROR ?? '/work/.mirror',
    )
    console.log(`${name}: ${positives} positive, ${negatives} negative references → ${file}`)
  }
} finally {
  rmSync(outfile, { force: true })
}
