// The architecture, enforced (docs/architecture.md, "Folder rules"): src/core is pure (no I/O,
// no GitHub, no clock), adapters only talk to git, GitHub and the file system (no use-case logic:
// that is src/flows), flows orchestrate adapters and the core, and the three shells depend on
// those, never on each other.
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
const PRODUCT = [...files('src'), ...files('app')]

/** Static imports and re-exports, and dynamic `import('…')`. */
const importsOf = (text: string): string[] => [
  ...[...text.matchAll(/^\s*(?:import|export)[^'"]*from\s+'([^']+)'/gm)].map((m) => m[1]!),
  ...[...text.matchAll(/\bimport\(\s*'([^']+)'\s*\)/g)].map((m) => m[1]!),
]
const imports = (path: string): string[] => importsOf(readFileSync(path, 'utf8'))
/** Whether a relative import specifier points into one of these top-level folders. */
const into = (spec: string, ...folders: string[]): boolean =>
  folders.some((f) => new RegExp(`(^|/)${f}/`).test(spec.replace(/^(\.\.?\/)+/, '/')))

describe('pure core', () => {
  it.each(CORE)('%s imports no I/O, GitHub, use-case or shell module', (path) => {
    const bad = imports(path).filter(
      (spec) =>
        (spec.startsWith('node:') && spec !== 'node:crypto') ||
        /^(@actions\/|@octokit\/|probot)/.test(spec) ||
        into(spec, 'adapters', 'flows', 'action', 'cli', 'app'),
    )
    expect(bad).toEqual([])
  })
  it.each(CORE)('%s reads no environment or wall clock', (path) => {
    const code = readFileSync(path, 'utf8')
      .replace(/\/\/.*$/gm, '')
      .replace(/\/\*[\s\S]*?\*\//g, '')
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

const SHELL_FILES = LAYERS.filter((l) => l !== 'src/core').flatMap((l) => files(l))

function crossings(path: string): string[] {
  const from = layerOf(path)
  return imports(path)
    .filter((spec) => spec.startsWith('.'))
    .map((spec) => relative(process.cwd(), resolve(dirname(path), spec)))
    .flatMap((target) => {
      const to = layerOf(target)
      return to === null || to === from || (from !== null && MAY_IMPORT[from].includes(to)) ? [] : [to]
    })
}

describe('folder rules', () => {
  it.each(SHELL_FILES)('%s imports only the folders its own may use', (path) => {
    expect([...new Set(crossings(path))]).toEqual([])
  })
})

describe('processes', () => {
  // One place runs git (src/adapters/git/git.ts): errors name the repository, and the rest of
  // the code asks for what it needs by name instead of composing command lines.
  it.each(PRODUCT.filter((p) => !p.startsWith(join('src', 'adapters'))))('%s starts no process', (path) => {
    expect(imports(path).filter((spec) => spec === 'node:child_process' || spec === 'child_process')).toEqual([])
  })
  it.each(PRODUCT.filter((p) => !p.startsWith(join('src', 'adapters', 'git'))))('%s runs no raw git command line', (path) => {
    const text = readFileSync(path, 'utf8')
    const raw = [...text.matchAll(/import\s*\{([^}]*)\}\s*from\s*'[^']*adapters\/git\/git\.js'/g)].flatMap((m) =>
      m[1]!
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s === 'git' || s === 'gitBytes'),
    )
    expect(raw).toEqual([])
  })
})
