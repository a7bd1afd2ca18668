// esbuild plugin: the `yaml` package's parser reads `process.env.LOG_TOKENS` (a debug switch)
// for every token it emits, and in Node every `process.env` read is a call into the runtime
// (getenv), not a property load: parsing the benchmark's modified run (1,838 templates, both
// sides; 117,324 tokens) took 270–288 ms with those reads and 230–241 ms without (alternated
// separate processes), about 340 ns a read. The plugin reads the switch
// once, when the module loads, which is the only change: setting LOG_TOKENS before start still
// logs every token. Used by scripts/bundle.mjs and the benchmarks' engine bundle, so what is
// measured is what ships; the TypeScript sources (jest) load the package as published.
import { readFile } from 'node:fs/promises'

const READ = 'node_process.env.LOG_TOKENS'
const IMPORT = "var node_process = require('process');"

/** parser.js with the switch read once; throws when the package no longer has that shape. */
export function readLogTokensOnce(source) {
  const reads = source.split(READ).length - 1
  if (reads !== 1 || !source.includes(IMPORT))
    throw new Error(
      `yaml-env-once: yaml's parser.js no longer reads ${READ} once per token as expected; update or drop this plugin`,
    )
  return source.replace(READ, 'LOG_TOKENS').replace(IMPORT, `${IMPORT}\nconst LOG_TOKENS = node_process.env.LOG_TOKENS;`)
}

export const yamlEnvOnce = {
  name: 'yaml-env-once',
  setup(build) {
    build.onLoad({ filter: /[\\/]node_modules[\\/]yaml[\\/]dist[\\/]parse[\\/]parser\.js$/ }, async (args) => ({
      contents: readLogTokensOnce(await readFile(args.path, 'utf8')),
      loader: 'js',
    }))
  },
}
