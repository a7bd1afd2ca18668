// The architecture, enforced (docs/architecture.md, "Folder rules"): src/core is pure (no I/O,
// no GitHub, no clock), adapters only talk to git, GitHub and the file system, flows orchestrate
// adapters and the core, and the three shells depend on those, never on each other.
import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : []
  })
}

const CORE = files('src/core')
const importsOf = (text: string): string[] => [...text.matchAll(/^\s*(?:import|export)[^'"]*from\s+'([^']+)'/gm)].map((m) => m[1]!)

describe('pure core', () => {
  it.each(CORE)('%s imports no I/O, GitHub or shell module', (path) => {
    const bad = importsOf(readFileSync(path, 'utf8')).filter((spec) => (spec.startsWith('node:') && spec !== 'node:crypto') || /^(@actions\/|@octokit\/|probot)/.test(spec) || /\/(adapters|flows|action|cli)\//.test(spec) || spec.includes('/app/'))
    expect(bad).toEqual([])
  })
  it.each(CORE)('%s reads no environment or wall clock', (path) => {
    const code = readFileSync(path, 'utf8').replace(/\/\/.*$/gm, '').replace(/\/\*[\s\S]*?\*\//g, '')
    expect(code).not.toMatch(/\bprocess\.|\bDate\.now\(|\bnew Date\(\)|\brequire\(/)
  })
})

/** The folder a file belongs to, for the rules below. */
const LAYERS = ['src/core', 'src/adapters', 'src/flows', 'src/action', 'src/cli', 'app'] as const
type Layer = (typeof LAYERS)[number]
const layerOf = (path: string): Layer | null => LAYERS.find((l) => path === l || path.startsWith(`${l}/`)) ?? null

/** What each folder may import besides itself (and src/version.ts, which every shell may read). */
const MAY_IMPORT: Record<Layer, readonly Layer[]> = {
  'src/core': [],
  'src/adapters': ['src/core'],
  'src/flows': ['src/core', 'src/adapters'],
  'src/action': ['src/core', 'src/adapters', 'src/flows'],
  'src/cli': ['src/core', 'src/adapters', 'src/flows'],
  app: ['src/core', 'src/adapters', 'src/flows'],
}

/** Known exceptions, each on its way out: issue 18 moves the orchestration these adapters
 * call into src/flows. A listed file that no longer breaks the rule fails the test, so the
 * list only shrinks. */
const PENDING: Record<string, string> = {
  'src/adapters/git/change-set.ts': 'src/flows',
  'src/adapters/git/score-revisions.ts': 'src/flows',
  'src/adapters/github/include-files.ts': 'src/flows',
}

const SHELL_FILES = LAYERS.filter((l) => l !== 'src/core').flatMap((l) => files(l))

function crossings(path: string): string[] {
  const from = layerOf(path)
  return importsOf(readFileSync(path, 'utf8'))
    .filter((spec) => spec.startsWith('.'))
    .map((spec) => relative(process.cwd(), resolve(dirname(path), spec)))
    .flatMap((target) => {
      const to = layerOf(target)
      return to === null || to === from || (from !== null && MAY_IMPORT[from].includes(to)) ? [] : [to]
    })
}

describe('folder rules', () => {
  it.each(SHELL_FILES)('%s imports only the folders its own may use', (path) => {
    const pending = PENDING[path]
    const crossed = [...new Set(crossings(path))]
    expect(crossed).toEqual(pending === undefined ? [] : [pending])
  })
})
