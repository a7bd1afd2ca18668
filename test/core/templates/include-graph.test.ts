// Changed files that templates include, directly or through other included files.
import { describe, expect, it } from '@jest/globals'
import { includedChangedFiles } from '../../../src/core/templates/include-graph.js'

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
    expect(await run(['shared/inner.txt', 'shared/outer.j2', 'shared/unused.txt'])).toEqual({ 'shared/inner.txt': ['prompts/a.prompty'], 'shared/outer.j2': ['prompts/a.prompty'] })
  })
  it('leaves templates themselves to the globs', async () => {
    expect(await run(['prompts/_style.prompt'])).toEqual({})
  })
  it('reads nothing when no candidate changed', async () => {
    let reads = 0
    await includedChangedFiles({ paths: new Set(), templates: ['a'], candidates: new Set(), read: async () => ((reads += 1), new Map()) })
    expect(reads).toBe(0)
  })
})
