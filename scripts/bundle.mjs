// Bundles the three shells into committed, dependency-free files: the Action runs
// dist/index.js as is; `npx promptops` runs dist/cli.js (+ dist/cli-chunks/); `npm start` runs
// dist/app.js; AWS Lambda runs dist/lambda/index.mjs. Nothing is left external, so the npm
// package, the Docker image and the Lambda zip need no node_modules. The licences of every
// bundled package go to dist/THIRD_PARTY_LICENSES (scripts/third-party-licenses.mjs).
// Deterministic output, so CI can fail when dist/ is stale (git status --porcelain dist).
import { build } from 'esbuild'
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { bundledIoredis } from './bundled-ioredis.mjs'
import { lazyBpeRanks } from './lazy-bpe-ranks.mjs'
import { thirdPartyLicenses } from './third-party-licenses.mjs'
import { yamlEnvOnce } from './yaml-env-once.mjs'

const pkg = JSON.parse(readFileSync('package.json', 'utf8'))
const versionFile = `// Kept in step with package.json by scripts/bundle.mjs (checked by a test).\nexport const VERSION = '${pkg.version}'\n`
if (readFileSync('src/version.ts', 'utf8') !== versionFile) writeFileSync('src/version.ts', versionFile)

const entries = [
  { in: 'src/action/index.ts', out: 'dist/index.js' },
  // The CLI is split: each command's module is a chunk under dist/cli-chunks/, imported when
  // the command runs, so `--help` or `schema` start without loading the engine.
  { in: 'src/cli/index.ts', out: 'dist/cli.js', shebang: true, chunks: 'cli-chunks' },
  { in: 'app/main.ts', out: 'dist/app.js' },
  // A folder that is exactly the Lambda deployment package (deploy/aws/template.yaml);
  // `.mjs`, because Lambda treats a `.js` file without a package.json as CommonJS.
  { in: 'app/lambda.ts', out: 'dist/lambda/index.mjs', folder: 'dist/lambda' },
].filter((e) => existsSync(e.in))

// ESM output; bundled CommonJS dependencies still call require(), so provide one.
const banner =
  "import { createRequire as __promptopsCreateRequire } from 'node:module';\nconst require = __promptopsCreateRequire(import.meta.url);"

const bundles = []
for (const entry of entries) {
  // Chunk names carry a content hash: remove the old ones so none is left behind.
  if (entry.chunks) rmSync(`dist/${entry.chunks}`, { recursive: true, force: true })
  if (entry.folder) rmSync(entry.folder, { recursive: true, force: true })
  const output = entry.chunks
    ? {
        entryPoints: { [entry.out.replace(/^dist\/|\.js$/g, '')]: entry.in, ...entry.also },
        outdir: 'dist',
        splitting: true,
        chunkNames: `${entry.chunks}/[name]-[hash]`,
      }
    : { entryPoints: [entry.in], outfile: entry.out }
  const result = await build({
    ...output,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    sourcemap: false,
    // Full licence texts ship in dist/THIRD_PARTY_LICENSES instead of scattered comments.
    legalComments: 'none',
    logLevel: 'warning',
    metafile: true,
    banner: { js: banner },
    // Tokenizer tables parsed on first use (start-up); Probot's ioredis bundled, never fetched;
    // yaml's debug switch read once, not per token.
    plugins: [lazyBpeRanks, bundledIoredis, yamlEnvOnce],
  })
  bundles.push({ name: entry.out, inputs: Object.keys(result.metafile.inputs) })
  if (entry.shebang) writeFileSync(entry.out, `#!/usr/bin/env node\n${readFileSync(entry.out, 'utf8')}`)
  console.log(`bundled ${entry.in} → ${entry.out}`)
}

mkdirSync('dist', { recursive: true })
writeFileSync('dist/THIRD_PARTY_LICENSES', thirdPartyLicenses(bundles))
for (const entry of entries.filter((e) => e.folder))
  copyFileSync('dist/THIRD_PARTY_LICENSES', `${entry.folder}/THIRD_PARTY_LICENSES`)
console.log('wrote dist/THIRD_PARTY_LICENSES')
