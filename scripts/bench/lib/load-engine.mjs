// Bundles engine-entry.ts with esbuild into a temp file and imports it, so the benchmarks
// run the TypeScript core in-process without ts-node. One bundle per process.
import { build } from 'esbuild'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { lazyBpeRanks } from '../../lazy-bpe-ranks.mjs'
import { yamlEnvOnce } from '../../yaml-env-once.mjs'

const here = dirname(fileURLToPath(import.meta.url))
// Bundled CommonJS dependencies still call require() (same banner as scripts/bundle.mjs).
const banner =
  "import { createRequire as __benchCreateRequire } from 'node:module';\nconst require = __benchCreateRequire(import.meta.url);"

let bundled
let loaded

/** Path of the bundled engine (built once, into `outDir` or a fresh temp dir). */
export function bundleEngine(outDir) {
  bundled ??= (async () => {
    const outfile = join(outDir ?? mkdtempSync(join(tmpdir(), 'promptops-bench-')), 'engine.mjs')
    await build({
      entryPoints: [join(here, 'engine-entry.ts')],
      outfile,
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'esm',
      logLevel: 'warning',
      banner: { js: banner },
      plugins: [lazyBpeRanks, yamlEnvOnce], // as scripts/bundle.mjs builds the shipped bundles
    })
    return outfile
  })()
  return bundled
}

/** The bundled engine module (see engine-entry.ts for its exports). */
export function loadEngine(outDir) {
  loaded ??= bundleEngine(outDir).then((file) => import(pathToFileURL(file).href))
  return loaded
}
