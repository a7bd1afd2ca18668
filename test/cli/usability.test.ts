// What a new user hits first: errors that say what is wrong, help with examples, documented
// exit codes, and the demo taking arguments the way npm passes them.
import { describe, expect, it } from '@jest/globals'
import { execFile } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runCli } from '../../src/cli/main.js'
import { COMMENT_MARKER } from '../../src/core/report/markdown.js'
import { cli } from '../helpers/cli-io.js'

const notGit = mkdtempSync(join(tmpdir(), 'not-a-repo-'))

describe('--repo that is not a git repository', () => {
  it.each([
    ['score', ['--base', 'main', '--head', 'HEAD']],
    ['route', ['--base', 'main', '--head', 'HEAD']],
    ['owners', ['prompts/a.txt']],
    ['report', []],
  ])('%s says "not a git repository", not an unknown revision', async (command, rest) => {
    const argv = command === 'report' ? ['report', 'sla', '--repo', notGit] : [command, '--repo', notGit, ...rest]
    const run = await cli(argv)
    expect(run.code).toBe(2)
    expect(run.stderr).toContain(`--repo ${notGit}: not a git repository`)
    expect(run.stderr).not.toMatch(/unknown revision/)
  })
  it('names a missing directory and a file given as a directory', async () => {
    expect((await cli(['score', '--repo', join(notGit, 'nope'), '--base', 'a', '--head', 'b'])).stderr).toContain(
      'nope: no such directory',
    )
    writeFileSync(join(notGit, 'file.txt'), 'x')
    expect((await cli(['score', '--repo', join(notGit, 'file.txt'), '--base', 'a', '--head', 'b'])).stderr).toContain(
      'file.txt: not a directory',
    )
  })
})

describe('help', () => {
  it.each(['score', 'scan', 'owners', 'route', 'validate', 'redact', 'migrate', 'schema', 'sla', 'report'])(
    '%s --help has examples',
    async (command) => {
      const run = await cli([command, '--help'])
      expect(run.code).toBe(0)
      expect(run.stdout).toMatch(/\nExamples:\n {2}\S/)
    },
  )
  it('the overview lists examples and every exit code, 3 included', async () => {
    const run = await cli(['--help'])
    expect(run.stdout).toContain('Examples:\n  promptops score --base main --head HEAD')
    for (const code of ['0', '1', '2', '3']) expect(run.stdout).toMatch(new RegExp(`\\n {2}${code} {2}\\S`))
  })
})

describe('exit code 3', () => {
  it('is an internal error, reported with its stack', async () => {
    let stderr = ''
    const io = {
      stdout: () => {
        throw new TypeError('stdout closed')
      },
      stderr: (t: string) => void (stderr += t),
      readStdin: async () => '',
      cwd: process.cwd(),
      isTTY: false,
      now: () => new Date(),
      env: {},
    }
    expect(await runCli(['schema'], io)).toBe(3)
    expect(stderr).toContain('internal error: TypeError: stdout closed')
  })
})

describe('npm run demo', () => {
  const npm = (args: string[]): Promise<string> =>
    new Promise((done, fail) =>
      execFile('npm', ['run', '--silent', 'demo', ...args], { maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) =>
        error && error.code !== 0 ? fail(new Error(stderr)) : done(stdout),
      ),
    )
  it('passes -- --format markdown through (npm drops the --)', async () => {
    expect((await npm(['--', '--format', 'markdown'])).startsWith(COMMENT_MARKER)).toBe(true)
  })
  it('prints text by default', async () => {
    expect(await npm([])).toMatch(/^PromptOps risk: CRITICAL/)
  })
})
