// The bundles read yaml's LOG_TOKENS debug switch once, at load, instead of once per token
// (scripts/yaml-env-once.mjs): every process.env read is a call into the runtime.
import { afterEach, describe, expect, it, jest } from '@jest/globals'
import { build } from 'esbuild'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { parseDocument as publishedParse } from 'yaml'
// @ts-expect-error: plain ESM script without type declarations
import { readLogTokensOnce, yamlEnvOnce } from '../../scripts/yaml-env-once.mjs'

type YamlModule = { parseDocument: typeof publishedParse }

const SAMPLE =
  'name: Summarise\nmodel: openai/gpt-4o\nmodelParameters:\n  temperature: 0.2\nmessages:\n  - role: system\n    content: |\n      Be brief.\n  - role: user\n    content: "{{input}}"\n'

/** yaml bundled as the shipped bundles bundle it (with or without the plugin), in a fresh file. */
async function bundledYaml(plugins: unknown[]): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'promptops-yaml-'))
  writeFileSync(join(dir, 'entry.mjs'), "export { parseDocument } from 'yaml'\n")
  const outfile = join(dir, 'yaml.mjs')
  await build({
    entryPoints: [join(dir, 'entry.mjs')],
    nodePaths: [resolve('node_modules')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile,
    banner: { js: "import { createRequire as __c } from 'node:module';\nconst require = __c(import.meta.url);" },
    plugins: plugins as never,
    logLevel: 'warning',
  })
  return pathToFileURL(outfile).href
}

/** Imports `url` and parses SAMPLE, counting reads of process.env.LOG_TOKENS throughout. */
async function countedReads(url: string): Promise<{ atLoad: number; perParse: number; parsed: unknown }> {
  const real = process.env
  let reads = 0
  process.env = new Proxy(real, {
    get(target, key) {
      if (key === 'LOG_TOKENS') reads++
      return Reflect.get(target, key)
    },
  })
  try {
    const yaml = (await import(url)) as YamlModule
    const atLoad = reads
    const parsed = yaml.parseDocument(SAMPLE).toJS()
    return { atLoad, perParse: reads - atLoad, parsed }
  } finally {
    process.env = real
  }
}

describe("yaml's debug switch in the bundles", () => {
  afterEach(() => {
    delete process.env.LOG_TOKENS
    jest.restoreAllMocks()
  })

  it('is read once at load, not per token, and parses as the published package does', async () => {
    const patched = await countedReads(await bundledYaml([yamlEnvOnce]))
    const plain = await countedReads(await bundledYaml([]))
    expect(plain.perParse).toBeGreaterThan(20) // one read per token without the plugin
    expect(patched.atLoad).toBe(1)
    expect(patched.perParse).toBe(0)
    expect(patched.parsed).toEqual(publishedParse(SAMPLE).toJS())
    expect(plain.parsed).toEqual(patched.parsed)
  })

  it('still logs every token when LOG_TOKENS is set before start', async () => {
    const url = await bundledYaml([yamlEnvOnce])
    process.env.LOG_TOKENS = '1'
    const log = jest.spyOn(console, 'log').mockImplementation(() => undefined)
    const yaml = (await import(url)) as YamlModule
    yaml.parseDocument(SAMPLE)
    expect(log.mock.calls.length).toBeGreaterThan(20)
  })

  it('refuses a parser.js of another shape instead of bundling it unchanged', () => {
    expect(() => readLogTokensOnce("var node_process = require('process');\nfunction next() {}\n")).toThrow(/yaml-env-once/)
  })
})
