// Builds the bundled example repository (examples/prompt-repo + examples/changes/risky)
// into a temporary git repo, exactly as `npm run demo` does.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
// @ts-expect-error: plain ESM script without type declarations
import { buildDemoRepo } from '../../examples/build-demo.mjs'

export const DEMO_AWS_KEY = ['AKIA', 'Q3EGVQ7XJ2LZ4N5P'].join('')

export function demoRepo(): string {
  return (buildDemoRepo as (dir: string) => string)(mkdtempSync(join(tmpdir(), 'promptops-test-')))
}

export function gitIn(dir: string, ...args: string[]): string {
  return execFileSync('git', ['-C', dir, ...args], { stdio: ['ignore', 'pipe', 'pipe'] })
    .toString()
    .trim()
}

/** Commits `files` on a new branch cut from `from`. */
export function commitBranch(
  dir: string,
  from: string,
  branch: string,
  files: Record<string, string>,
  message = 'change',
): string {
  gitIn(dir, 'checkout', '-q', '-B', branch, from)
  for (const [path, text] of Object.entries(files)) writeFileSync(join(dir, path), text)
  gitIn(dir, 'add', '-A')
  gitIn(dir, 'commit', '-q', '-m', message)
  return gitIn(dir, 'rev-parse', 'HEAD')
}
