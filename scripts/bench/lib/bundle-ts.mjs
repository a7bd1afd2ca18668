// Bundles a TypeScript entry (the GitHub emulator, an audit entry) with esbuild into a
// directory and imports it, like load-engine.mjs does for the core. Dependencies are bundled
// too: the output lives in a temp dir, where bare imports would not resolve.
import { build } from 'esbuild'
import { copyFileSync, mkdirSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'

const banner =
  "import { createRequire as __benchCreateRequire } from 'node:module';\nconst require = __benchCreateRequire(import.meta.url);"
const cache = new Map()

/** Imports `entry` (path from the repo root) bundled into `outDir/<name>/`; `assets` are
 * files the code reads relative to its own module URL, copied next to the bundle (a string
 * keeps its file name; `[from, as]` renames it). */
export function importBundled(entry, outDir, name, assets = []) {
  if (!cache.has(name)) cache.set(name, bundle(entry, join(outDir, name), assets))
  return cache.get(name)
}

async function bundle(entry, dir, assets) {
  mkdirSync(dir, { recursive: true })
  const outfile = join(dir, 'index.mjs')
  await build({
    entryPoints: [resolve(entry)],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    logLevel: 'warning',
    banner: { js: banner },
  })
  for (const asset of assets) {
    const [from, as] = Array.isArray(asset) ? asset : [asset, asset.split('/').pop()]
    copyFileSync(resolve(from), join(dirname(outfile), as))
  }
  return import(pathToFileURL(outfile).href)
}

/** The GitHub emulator (test/github-emulator), with its OpenAPI subset and GitHub's GraphQL
 * schema beside the bundle. */
export function loadEmulator(outDir) {
  const schema = 'node_modules/@octokit/graphql-schema'
  return importBundled('test/github-emulator/index.ts', outDir, 'emulator', [
    'test/github-emulator/openapi/subset.json',
    [`${schema}/schema.graphql`, 'graphql-schema.schema.graphql'],
    [`${schema}/package.json`, 'graphql-schema.package.json'],
  ])
}
