// Runs dist/index.js as a GitHub runner does (same env as test/helpers/action-runner.ts):
// event payload file, INPUT_* variables, GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files,
// GITHUB_WORKSPACE and GITHUB_API_URL pointing at the emulator.
import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'

export const ACTION_ENTRY = resolve('dist/index.js')

/** Inputs as a runner sets them: every action.yml input, with its default unless given. */
export const ACTION_DEFAULTS = {
  config: '.github/promptops.yml',
  'fail-on': 'none',
  comment: 'on-change',
  'label-prefix': '',
  labels: 'true',
  'check-run': 'true',
  'sarif-path': 'promptops.sarif',
  'report-path': 'promptops-report.json',
  'audit-signing-key': '',
}

export async function runAction({
  root,
  workspace,
  apiUrl,
  repository,
  eventName,
  payload,
  inputs,
  timeoutMs = 120_000,
  node = process.execPath,
  nodeArgs = [],
  entry = ACTION_ENTRY,
}) {
  const dir = mkdtempSync(join(root, 'runner-'))
  const files = { event: join(dir, 'event.json'), output: join(dir, 'output'), summary: join(dir, 'summary.md') }
  writeFileSync(files.event, JSON.stringify(payload))
  writeFileSync(files.output, '')
  writeFileSync(files.summary, '')
  const env = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? dir,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: eventName,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_REPOSITORY: repository,
    GITHUB_WORKSPACE: workspace,
    GITHUB_API_URL: apiUrl,
    GITHUB_SERVER_URL: 'https://github.example.test',
    GITHUB_RUN_ID: '4242',
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    RUNNER_TEMP: dir,
  }
  for (const [name, value] of Object.entries({ ...ACTION_DEFAULTS, ...inputs })) env[`INPUT_${name.toUpperCase()}`] = value
  const started = performance.now()
  const result = await new Promise((done) => {
    execFile(
      node,
      [...nodeArgs, entry],
      { cwd: workspace, env, timeout: timeoutMs, maxBuffer: 64 * 2 ** 20 },
      (error, stdout, stderr) => {
        done({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr })
      },
    )
  })
  const ms = performance.now() - started
  return { ...result, ms, outputs: parseOutputs(readFileSync(files.output, 'utf8')) }
}

/** GITHUB_OUTPUT uses `name<<DELIMITER\nvalue\nDELIMITER` blocks. */
function parseOutputs(text) {
  const out = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[i])
    if (!m) continue
    const value = []
    for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i])
    out[m[1]] = value.join('\n')
  }
  return out
}
