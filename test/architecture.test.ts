// The architecture, enforced: src/core is pure (no I/O, no GitHub, no clock), and the
// shells depend on the core, never the other way round.
import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'

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
    const bad = importsOf(readFileSync(path, 'utf8')).filter((spec) => (spec.startsWith('node:') && spec !== 'node:crypto') || /^(@actions\/|@octokit\/|probot)/.test(spec) || /\/(adapters|action|cli)\//.test(spec) || spec.includes('/app/'))
    expect(bad).toEqual([])
  })
  it.each(CORE)('%s reads no environment or wall clock', (path) => {
    const code = readFileSync(path, 'utf8').replace(/\/\/.*$/gm, '').replace(/\/\*[\s\S]*?\*\//g, '')
    expect(code).not.toMatch(/\bprocess\.|\bDate\.now\(|\bnew Date\(\)|\brequire\(/)
  })
})
