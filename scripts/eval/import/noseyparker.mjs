// Imports Nosey Parker's rule examples (Apache-2.0) as a labelled secrets source:
//   node scripts/eval/import/noseyparker.mjs <noseyparker git dir> <commit> >> test/fixtures/corpora/secrets.jsonl
// `examples` are positives. `negative_examples` are left out: they are negatives of one
// rule only (another provider's token, a client id beside its secret, a secret the rule
// fails to match), not texts free of secrets. Rules whose categories do
// not include `secret` (identifiers) or include `hashed` (password hashes) are outside the
// secrets category and left out. Random-looking values are replaced by ⟦rand⟧ markers of the
// same shape (defang.mjs), so the repository holds no value that was ever live.
import { execFileSync } from 'node:child_process'
import { storePositive } from './defang.mjs'
import { parseAllDocuments } from 'yaml'

const [gitDir, commit] = process.argv.slice(2)
if (!gitDir || !commit) throw new Error('usage: noseyparker.mjs <git dir> <commit>')
const git = (...args) => execFileSync('git', ['--git-dir', gitDir, ...args], { encoding: 'utf8', maxBuffer: 1 << 26 })
const files = git('ls-tree', '-r', '--name-only', commit).split('\n').filter((f) => /data\/default\/builtin\/rules\/.*\.yml$/.test(f))
const b64 = (s) => `⟦b64:${Buffer.from(s, 'utf8').toString('base64')}⟧`
/** Positives: random-looking runs become ⟦rand⟧ markers, the rest base64 (defang.mjs). */
const store = (s, label) => (label ? storePositive(s) : b64(s))
const out = []
for (const file of files.sort()) {
  const raw = git('show', `${commit}:${file}`)
  for (const doc of parseAllDocuments(raw)) {
    for (const rule of doc.toJS()?.rules ?? []) {
      const categories = rule.categories ?? []
      if (!categories.includes('secret') || categories.includes('hashed')) continue
      const group = rule.id.replace(/^np\./, '').replace(/\.\d+$/, '')
      for (const text of rule.examples ?? []) out.push({ text: store(text.trimEnd(), true), label: true, rule: group, source: 'noseyparker', note: rule.id })
    }
  }
}
process.stdout.write(out.map((s) => JSON.stringify(s)).join('\n') + '\n')
