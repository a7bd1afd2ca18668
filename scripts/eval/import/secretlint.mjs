// Imports secretlint's rule snapshots (MIT) as a labelled secrets source:
//   node scripts/eval/import/secretlint.mjs <secretlint git dir> <commit> >> test/fixtures/corpora/secrets.jsonl
// Each `packages/@secretlint/secretlint-rule-<rule>/test/snapshots/<case>/input.*` is one
// sample, positive when secretlint reports anything for it (its `output.json` has messages).
// Left out: the presets (copies of the rule snapshots) and rules that are not about secret
// values (file names, home directories, Kubernetes manifests, comment filters, user patterns).
// Positives have their random-looking values replaced by ⟦rand⟧ markers of the same shape
// (defang.mjs); negatives are stored base64-encoded (⟦b64:…⟧).
import { execFileSync } from 'node:child_process'
import { storePositive } from './defang.mjs'

const [gitDir, commit] = process.argv.slice(2)
if (!gitDir || !commit) throw new Error('usage: secretlint.mjs <git dir> <commit>')
const git = (...args) => execFileSync('git', ['--git-dir', gitDir, ...args], { encoding: 'utf8', maxBuffer: 1 << 26 })
const SKIP = new Set(['preset-canary', 'preset-recommend', 'filter-comments', 'pattern', 'no-dotenv', 'no-homedir', 'no-k8s-kind-secret', 'example'])
const INPUT = /^packages\/@secretlint\/secretlint-rule-([^/]+)\/test\/snapshots\/([^/]+)\/input\.[^/]+$/
const b64 = (s) => `⟦b64:${Buffer.from(s, 'utf8').toString('base64')}⟧`
/** Positives: random-looking runs become ⟦rand⟧ markers, the rest base64 (defang.mjs). */
const store = (s, label) => (label ? storePositive(s) : b64(s))
const out = []
for (const file of git('ls-tree', '-r', '--name-only', commit).split('\n').sort()) {
  const m = INPUT.exec(file)
  if (!m || SKIP.has(m[1])) continue
  const dir = file.slice(0, file.lastIndexOf('/'))
  const output = JSON.parse(git('show', `${commit}:${dir}/output.json`))
  const messages = output.messages ?? output.results?.flatMap((r) => r.messages) ?? []
  const text = git('show', `${commit}:${file}`).trimEnd()
  if (text.length === 0 || text.length > 20_000) continue
  out.push({ text: store(text, messages.length > 0), label: messages.length > 0, rule: m[1], source: 'secretlint', note: m[2] })
}
process.stdout.write(out.map((s) => JSON.stringify(s)).join('\n') + '\n')
