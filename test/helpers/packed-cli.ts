// The CLI as users get it: `npm pack` of this repository (the committed bundles), installed
// from the tarball with the registry switched off (npm_config_offline), so nothing but the
// package itself can be resolved. Used by the packaging and README tests.
import { execFile } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** npm with no registry access, no audit/fund noise and no install scripts. */
export const OFFLINE_NPM_ENV = {
  npm_config_offline: 'true',
  npm_config_audit: 'false',
  npm_config_fund: 'false',
  npm_config_ignore_scripts: 'true',
  npm_config_update_notifier: 'false',
}

export interface Run {
  code: number
  stdout: string
  stderr: string
}

export function run(
  command: string,
  args: string[],
  options: { cwd: string; env?: Record<string, string | undefined> },
): Promise<Run> {
  return new Promise((done) =>
    execFile(
      command,
      args,
      { cwd: options.cwd, env: { ...process.env, ...OFFLINE_NPM_ENV, ...options.env }, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => done({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    ),
  )
}

async function must(command: string, args: string[], cwd: string, env: Record<string, string> = {}): Promise<string> {
  const result = await run(command, args, { cwd, env })
  if (result.code !== 0) throw new Error(`${command} ${args.join(' ')} exited ${result.code}:\n${result.stderr}`)
  return result.stdout
}

export interface PackedCli {
  tarball: string
  /** Paths inside the tarball, as `npm pack --json` lists them. */
  files: string[]
}

/** `npm pack` of the repository at `root` into a temporary folder. */
export async function pack(root = process.cwd()): Promise<PackedCli> {
  const out = mkdtempSync(join(tmpdir(), 'promptops-pack-'))
  const [info] = JSON.parse(await must('npm', ['pack', '--json', '--pack-destination', out], root)) as Array<{
    filename: string
    files: Array<{ path: string }>
  }>
  if (!info) throw new Error('npm pack printed nothing')
  return { tarball: join(out, info.filename), files: info.files.map((f) => f.path).sort() }
}

/** An empty project with the tarball installed as a dependency; returns its folder. */
export async function installInProject(tarball: string): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'promptops-consumer-'))
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'consumer', private: true }))
  await must('npm', ['install', tarball], dir)
  return dir
}

/** `npm install --global` of the tarball into a private prefix; returns its bin folder. */
export async function installGlobally(tarball: string): Promise<string> {
  const prefix = mkdtempSync(join(tmpdir(), 'promptops-global-'))
  await must('npm', ['install', '--global', tarball], prefix, { npm_config_prefix: prefix })
  return join(prefix, 'bin')
}
