// The local-clone change set: blobs read by the ids `git diff --raw` reports, the merge base
// from `base...head` (and base itself when the histories share none), renames paired by git,
// and the commits a shallow checkout lacks.
import { beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { loadChangeSet } from '../../src/adapters/git/change-set.js'
import { ensureCommits } from '../../src/adapters/git/ensure-commits.js'
import { fileReader } from '../../src/adapters/git/git.js'
import { classifier } from '../../src/core/config/governed.js'
import { defaultConfig } from '../../src/core/config/parse-config.js'

let repo: string
const git = (...args: string[]): string =>
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.invalid', '-c', 'commit.gpgsign=false', ...args], {
    cwd: repo,
    encoding: 'utf8',
  }).trim()
const write = (path: string, text: string): void => {
  mkdirSync(join(repo, path, '..'), { recursive: true })
  writeFileSync(join(repo, path), text)
}
const classify = classifier(defaultConfig())

beforeAll(() => {
  repo = mkdtempSync(join(tmpdir(), 'promptops-changeset-'))
  git('init', '-q', '-b', 'main')
  write('prompts/a.prompt', 'You help with billing.\nBe brief.\n')
  write('prompts/moved.prompt', `${'A long enough template to be recognised after a move.\n'.repeat(5)}`)
  git('add', '-A')
  git('commit', '-q', '-m', 'base')
  git('checkout', '-q', '-b', 'feature')
  write('prompts/a.prompt', 'You help with billing.\nBe very brief.\n')
  git('mv', 'prompts/moved.prompt', 'prompts/renamed.prompt')
  git('commit', '-q', '-am', 'edit and move')
  // main moves on: a PR diffs from the merge base, so this file is not part of it.
  git('checkout', '-q', 'main')
  write('prompts/main-only.prompt', 'Added on main after the branch.\n')
  git('add', '-A')
  git('commit', '-q', '-m', 'main moves on')
  git('checkout', '-q', '--orphan', 'unrelated')
  git('rm', '-q', '-rf', '.')
  write('prompts/other.prompt', 'Unrelated history.\n')
  git('add', '-A')
  git('commit', '-q', '-m', 'orphan')
})

describe('loadChangeSet', () => {
  it('diffs from the merge base, with both texts and renames paired', async () => {
    const files = await loadChangeSet(repo, 'main', 'feature', classify)
    expect(files.map((f) => [f.status, f.path, f.oldPath]).sort()).toEqual([
      ['modified', 'prompts/a.prompt', undefined],
      ['renamed', 'prompts/renamed.prompt', 'prompts/moved.prompt'],
    ])
    const edited = files.find((f) => f.path === 'prompts/a.prompt')!
    expect(edited).toMatchObject({
      baseText: 'You help with billing.\nBe brief.\n',
      headText: 'You help with billing.\nBe very brief.\n',
    })
    const renamed = files.find((f) => f.status === 'renamed')!
    expect(renamed.baseText).toBe(renamed.headText)
  })

  it('diffs from the base itself when the histories share no commit', async () => {
    const files = await loadChangeSet(repo, 'feature', 'unrelated', classify)
    expect(files.find((f) => f.path === 'prompts/other.prompt')).toMatchObject({
      status: 'added',
      baseText: null,
      headText: 'Unrelated history.\n',
    })
    expect(files.find((f) => f.path === 'prompts/a.prompt')).toMatchObject({ status: 'removed', headText: null })
  })
})

describe('reading files at a commit', () => {
  it('answers reads made together, absent files as null', async () => {
    const readFileAt = fileReader(repo)
    const [a, none] = await Promise.all([readFileAt('main', 'prompts/a.prompt'), readFileAt('main', 'prompts/none.prompt')])
    expect([a, none]).toEqual(['You help with billing.\nBe brief.\n', null])
  })
})

describe('ensureCommits', () => {
  it('is true when every commit is there, false outside a repository or when one cannot be fetched', async () => {
    const log: string[] = []
    expect(await ensureCommits(repo, [git('rev-parse', 'main'), git('rev-parse', 'feature')], (m) => log.push(m))).toBe(true)
    expect(
      await ensureCommits(mkdtempSync(join(tmpdir(), 'promptops-norepo-')), [git('rev-parse', 'main')], (m) => log.push(m)),
    ).toBe(false)
    expect(await ensureCommits(repo, ['0'.repeat(40)], (m) => log.push(m))).toBe(false)
    expect(log.join('\n')).toMatch(/fetching 1 commit/)
  })
})
