// A temp git repository for the end-to-end benchmarks: N corpus templates (every format)
// plus the example repo's .github/promptops.yml and CODEOWNERS on `main`, and a branch
// `edit-all` where every template has ~5% of its lines edited.
import { execFileSync } from 'node:child_process'
import { cpSync, mkdtempSync } from 'node:fs'
import { join } from 'node:path'
import { buildCorpus, editCorpus, sizeOf } from './corpus.mjs'
import { writeCorpus } from './fs-corpus.mjs'

const GIT_ENV = {
  GIT_AUTHOR_NAME: 'Bench',
  GIT_AUTHOR_EMAIL: 'bench@example.com',
  GIT_COMMITTER_NAME: 'Bench',
  GIT_COMMITTER_EMAIL: 'bench@example.com',
}

export const gitIn = (dir, ...args) =>
  execFileSync('git', ['-C', dir, ...args], {
    encoding: 'utf8',
    env: { ...process.env, ...GIT_ENV },
    stdio: ['ignore', 'pipe', 'pipe'],
  }).trim()

/** @returns {{ dir: string, head: string, base: string, templates: number, bytes: number }} */
export function templateRepo(root, { count = 50, bytesPerTemplate = 10_000 } = {}) {
  const dir = mkdtempSync(join(root, 'repo-'))
  const base = buildCorpus({ count, targetBytes: count * bytesPerTemplate })
  gitIn(dir, 'init', '-q', '-b', 'main')
  writeCorpus(dir, base.files)
  cpSync('examples/prompt-repo/.github', join(dir, '.github'), { recursive: true })
  gitIn(dir, 'add', '-A')
  gitIn(dir, 'commit', '-q', '-m', `${count} templates`)
  gitIn(dir, 'checkout', '-q', '-b', 'edit-all')
  // Every template must change: bump the rate until editCorpus touched them all.
  let head
  for (let rate = 0.05; ; rate *= 2) {
    head = editCorpus(base.files, { rate })
    if (head.files.every((f, i) => f.text !== base.files[i].text) || rate > 1) break
  }
  writeCorpus(dir, head.files)
  gitIn(dir, 'commit', '-q', '-am', `Edit all ${count} templates`)
  gitIn(dir, 'checkout', '-q', 'main')
  const changed = gitIn(dir, 'diff', '--name-only', 'main', 'edit-all').split('\n').filter(Boolean).length
  return {
    dir,
    base: gitIn(dir, 'rev-parse', 'main'),
    head: gitIn(dir, 'rev-parse', 'edit-all'),
    templates: count,
    changed,
    bytes: sizeOf(head.files).bytes,
  }
}

/** A full clone checked out at `sha`, as actions/checkout leaves GITHUB_WORKSPACE. */
export function cloneAt(root, origin, sha) {
  const dir = mkdtempSync(join(root, 'workspace-'))
  execFileSync('git', ['clone', '-q', `file://${origin}`, dir], { stdio: 'ignore' })
  gitIn(dir, 'checkout', '-q', sha)
  return dir
}
