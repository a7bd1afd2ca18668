// Bundles the three shells into committed, dependency-free files (the Action runs
// dist/index.js as is; `npx promptops` runs dist/cli.js; `npm start` runs dist/app.js).
// Deterministic output, so CI can fail when dist/ is stale (git diff --exit-code dist).
import { build } from 'esbuild'
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { lazyBpeRanks } from './lazy-bpe-ranks.mjs'

const pkg = JSON.parse(readFileSync('package.json', 'utf8'))
const versionFile = `// Kept in step with package.json by scripts/bundle.mjs (checked by a test).\nexport const VERSION = '${pkg.version}'\n`
if (readFileSync('src/version.ts', 'utf8') !== versionFile) writeFileSync('src/version.ts', versionFile)

const entries = [
  { in: 'src/action/index.ts', out: 'dist/index.js' },
  // The CLI is split: each command's module is a chunk under dist/cli-chunks/, imported when
  // the command runs, so `--help` or `schema` start without loading the engine.
  // dist/cli-worker.js: the scoring worker thread, sharing the engine chunk with the commands.
  { in: 'src/cli/index.ts', out: 'dist/cli.js', shebang: true, chunks: 'cli-chunks', also: { 'cli-worker': 'src/cli/score-worker.ts' } },
  // Probot stays a runtime dependency of the App (it serves its own static pages), and so does
  // ioredis, which Probot loads itself when REDIS_URL is set.
  { in: 'app/main.ts', out: 'dist/app.js', external: ['probot', 'ioredis'] },
  { in: 'app/lambda.ts', out: 'dist/lambda.js', external: ['probot', 'ioredis'] },
].filter((e) => existsSync(e.in))

// ESM output; bundled CommonJS dependencies still call require(), so provide one.
const banner = "import { createRequire as __promptopsCreateRequire } from 'node:module';\nconst require = __promptopsCreateRequire(import.meta.url);"

for (const entry of entries) {
  // Chunk names carry a content hash: remove the old ones so none is left behind.
  if (entry.chunks) rmSync(`dist/${entry.chunks}`, { recursive: true, force: true })
  const output = entry.chunks
    ? { entryPoints: { [entry.out.replace(/^dist\/|\.js$/g, '')]: entry.in, ...entry.also }, outdir: 'dist', splitting: true, chunkNames: `${entry.chunks}/[name]-[hash]` }
    : { entryPoints: [entry.in], outfile: entry.out }
  await build({
    ...output,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    sourcemap: false,
    legalComments: 'none',
    logLevel: 'warning',
    external: entry.external ?? [],
    banner: { js: banner },
    plugins: [lazyBpeRanks], // tokenizer tables parsed on first use (start-up)
  })
  if (entry.shebang) writeFileSync(entry.out, `#!/usr/bin/env node\n${readFileSync(entry.out, 'utf8')}`)
  console.log(`bundled ${entry.in} → ${entry.out}`)
}
