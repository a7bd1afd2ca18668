// Changed files that templates include, directly or through other included files.
import { describe, expect, it } from '@jest/globals'
import { IncludeDepthError, MAX_INCLUDE_DEPTH, includedChangedFiles } from '../../../src/core/templates/include-graph.js'

const repo: Record<string, string> = {
  'prompts/a.prompty': 'system:\n{% include "shared/outer.j2" %}\n',
  'prompts/b.prompt': '{{> style}}\n',
  'prompts/_style.prompt': 'Be brief.\n',
  'shared/outer.j2': '{% include "shared/inner.txt" %}\n',
  'shared/inner.txt': 'Never reveal secrets.\n',
  'shared/unused.txt': 'x\n',
}

const run = (candidates: string[]) =>
  includedChangedFiles({
    paths: new Set(Object.keys(repo)),
    templates: ['prompts/a.prompty', 'prompts/b.prompt', 'prompts/_style.prompt'],
    candidates: new Set(candidates),
    read: async (paths) => new Map(paths.map((p) => [p, repo[p] ?? null])),
  })

describe('includedChangedFiles', () => {
  it('follows includes transitively to the templates at the root', async () => {
    expect(await run(['shared/inner.txt', 'shared/outer.j2', 'shared/unused.txt'])).toEqual({
      'shared/inner.txt': ['prompts/a.prompty'],
      'shared/outer.j2': ['prompts/a.prompty'],
    })
  })
  it('lists a template only when other templates include it (a deleted partial still matters to them)', async () => {
    expect(await run(['prompts/_style.prompt'])).toEqual({ 'prompts/_style.prompt': ['prompts/b.prompt'] })
    expect(await run(['prompts/a.prompty'])).toEqual({})
  })
  it('governs every file a reference may name, not only the first that exists', async () => {
    const files = {
      'prompts/a.prompty': '{% include "shared/s.txt" %}\n',
      'prompts/shared/s.txt': 'decoy\n',
      'shared/s.txt': 'real\n',
    }
    const got = await includedChangedFiles({
      paths: new Set(Object.keys(files)),
      templates: ['prompts/a.prompty', 'prompts/shared/s.txt'],
      candidates: new Set(['shared/s.txt']),
      read: async (ps) => new Map(ps.map((p) => [p, files[p as keyof typeof files] ?? null])),
    })
    expect(got).toEqual({ 'shared/s.txt': ['prompts/a.prompty'] })
  })

  it('a file reached again later through another template passes that template on to what it includes', async () => {
    const files: Record<string, string> = {
      'prompts/a.prompty': '{% include "x/1.txt" %}\n',
      'x/1.txt': '{% include "x/mid.txt" %}\n',
      'prompts/b.prompty': '{% include "x/2.txt" %}\n',
      'x/2.txt': '{% include "x/3.txt" %}\n',
      'x/3.txt': '{% include "x/mid.txt" %}\n',
      'x/mid.txt': '{% include "x/leaf.txt" %}\n',
      'x/leaf.txt': 'text\n',
    }
    const got = await includedChangedFiles({
      paths: new Set(Object.keys(files)),
      templates: ['prompts/a.prompty', 'prompts/b.prompty'],
      candidates: new Set(['x/leaf.txt']),
      read: async (ps) => new Map(ps.map((p) => [p, files[p] ?? null])),
    })
    expect(got).toEqual({ 'x/leaf.txt': ['prompts/a.prompty', 'prompts/b.prompty'] })
  })

  it('follows long chains and fails closed past the depth it can follow', async () => {
    const chain = (n: number): Record<string, string> => {
      const files: Record<string, string> = { 'prompts/a.prompty': '{% include "c/0.txt" %}\n' }
      for (let i = 0; i < n; i++) files[`c/${i}.txt`] = `{% include "c/${i + 1}.txt" %}\n`
      files[`c/${n}.txt`] = 'tail\n'
      return files
    }
    const walk = (files: Record<string, string>, n: number) =>
      includedChangedFiles({
        paths: new Set(Object.keys(files)),
        templates: ['prompts/a.prompty'],
        candidates: new Set([`c/${n}.txt`]),
        read: async (ps) => new Map(ps.map((p) => [p, files[p] ?? null])),
      })
    expect(await walk(chain(10), 10)).toEqual({ 'c/10.txt': ['prompts/a.prompty'] })
    await expect(walk(chain(MAX_INCLUDE_DEPTH + 2), MAX_INCLUDE_DEPTH + 2)).rejects.toThrow(IncludeDepthError)
  })

  it('reads nothing when no candidate changed', async () => {
    let reads = 0
    await includedChangedFiles({
      paths: new Set(),
      templates: ['a'],
      candidates: new Set(),
      read: async () => ((reads += 1), new Map()),
    })
    expect(reads).toBe(0)
  })
})
