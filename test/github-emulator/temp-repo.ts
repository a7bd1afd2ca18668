// Creates throwaway git repositories for emulator tests (deterministic authors and dates).
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'

const ENV = {
  GIT_AUTHOR_NAME: 'Octo Cat',
  GIT_AUTHOR_EMAIL: 'octocat@users.noreply.github.com',
  GIT_COMMITTER_NAME: 'Octo Cat',
  GIT_COMMITTER_EMAIL: 'octocat@users.noreply.github.com',
  GIT_CONFIG_NOSYSTEM: '1',
}

export interface TempRepo {
  readonly dir: string
  git(...args: string[]): string
  /** Writes files (null deletes), commits them on the current branch and returns the SHA. */
  commit(message: string, files: Record<string, string | null>, date?: string): string
  remove(): void
}

export function createTempRepo(branch = 'main'): TempRepo {
  const dir = mkdtempSync(join(tmpdir(), 'gh-emulator-'))
  let tick = 0
  const git = (...args: string[]) =>
    execFileSync('git', ['-C', dir, ...args], {
      env: { ...process.env, ...ENV },
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    }).trim()
  git('init', '--quiet', `--initial-branch=${branch}`)
  git('config', 'commit.gpgsign', 'false')
  return {
    dir,
    git,
    commit(message, files, date) {
      for (const [path, content] of Object.entries(files)) {
        const full = join(dir, path)
        if (content === null) rmSync(full, { force: true })
        else {
          mkdirSync(dirname(full), { recursive: true })
          writeFileSync(full, content)
        }
      }
      git('add', '--all')
      const when = date ?? `2025-06-01T00:00:${String(tick++ % 60).padStart(2, '0')}Z`
      execFileSync('git', ['-C', dir, 'commit', '--quiet', '--allow-empty', '-m', message], {
        env: { ...process.env, ...ENV, GIT_AUTHOR_DATE: when, GIT_COMMITTER_DATE: when },
      })
      return git('rev-parse', 'HEAD')
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  }
}
