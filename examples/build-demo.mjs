#!/usr/bin/env node
// `npm run demo`: build the example prompt repository into a temporary git repo with a
// risky change on a branch, then score that branch the way a pull request is scored.
// Usage: node examples/build-demo.mjs [--keep] [--head BRANCH] [extra args for promptops score]
// (`npm run demo -- --format markdown` works: npm drops the `--`, so every argument other
// than --keep goes to `promptops score`; a literal `--` is accepted and ignored.)
import { execFileSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))
const root = join(here, '..')
const args = process.argv.slice(2)
const keep = args.includes('--keep')
const passed = args.filter((a) => a !== '--keep' && a !== '--')
const chooses = (a) => a === '--format' || a === '-f' || a.startsWith('--format=')
const extra = passed.some(chooses) ? passed : ['--format', 'text', ...passed]
// `--head BRANCH` scores another demo branch (student-data-host, memory-v2) instead.
const head = passed.some((a) => a === '--head' || a.startsWith('--head=')) ? [] : ['--head', 'risky-change']

export function buildDemoRepo(dir = mkdtempSync(join(tmpdir(), 'promptops-demo-'))) {
  const git = (...a) => execFileSync('git', ['-C', dir, ...a], { stdio: ['ignore', 'pipe', 'pipe'] }).toString().trim()
  const env = { GIT_AUTHOR_NAME: 'Demo', GIT_AUTHOR_EMAIL: 'demo@example.com', GIT_COMMITTER_NAME: 'Demo', GIT_COMMITTER_EMAIL: 'demo@example.com' }
  Object.assign(process.env, env)
  cpSync(join(here, 'prompt-repo'), dir, { recursive: true })
  git('init', '-q', '-b', 'main')
  git('add', '-A')
  git('commit', '-q', '-m', 'Prompt templates as of the last release')
  git('checkout', '-q', '-b', 'risky-change')
  cpSync(join(here, 'changes', 'risky'), dir, { recursive: true })
  // The planted credential is assembled here so no key-shaped literal sits in this repo.
  const triage = join(dir, 'prompts/support/triage.prompt.yml')
  writeFileSync(triage, readFileSync(triage, 'utf8').replace('__DEMO_AWS_KEY__', ['AKIA', 'Q3EGVQ7XJ2LZ4N5P'].join('')))
  git('add', '-A')
  git('commit', '-q', '-m', 'Tweak support prompts')
  // A second branch: a breaking memory-schema change shipped with its playbook and adapter.
  git('checkout', '-q', '-b', 'memory-v2', 'main')
  cpSync(join(here, 'changes', 'memory-v2'), dir, { recursive: true })
  git('add', '-A')
  git('commit', '-q', '-m', 'User memory v2: rename user_name, move preferences')
  // A third: the student-records template moved from the EU Azure resource to OpenAI's public API.
  git('checkout', '-q', '-b', 'student-data-host', 'main')
  cpSync(join(here, 'changes', 'student-host'), dir, { recursive: true })
  git('add', '-A')
  git('commit', '-q', '-m', 'Progress reports: call OpenAI directly')
  git('checkout', '-q', 'risky-change')
  return dir
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const dir = buildDemoRepo()
  console.error(`Example repository built in ${dir} (branches: main, risky-change, memory-v2, student-data-host)\n`)
  console.error(`$ promptops score --repo ${dir} --base main ${[...head, ...extra].join(' ')}\n`)
  try {
    execFileSync(process.execPath, [join(root, 'dist', 'cli.js'), 'score', '--repo', dir, '--base', 'main', ...head, ...extra], { stdio: 'inherit' })
  } catch (error) {
    process.exitCode = error.status ?? 1
  } finally {
    if (!keep) rmSync(dir, { recursive: true, force: true })
  }
}
