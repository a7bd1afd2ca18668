// secretlint's rule snapshots (MIT) as a labelled secrets source. Each
// `packages/@secretlint/secretlint-rule-<rule>/test/snapshots/<case>/input.*` is one sample,
// positive when secretlint reports anything for it (its `output.json` has messages). Left
// out: the presets (copies of the rule snapshots) and rules that are not about secret values
// (file names, home directories, Kubernetes manifests, comment filters, user patterns).
import type { Draft, Tree } from './tree.js'

const SKIP = new Set([
  'preset-canary',
  'preset-recommend',
  'filter-comments',
  'pattern',
  'no-dotenv',
  'no-homedir',
  'no-k8s-kind-secret',
  'example',
])
const INPUT = /^packages\/@secretlint\/secretlint-rule-([^/]+)\/test\/snapshots\/([^/]+)\/input\.[^/]+$/
const MAX_CHARS = 20_000

interface Output {
  messages?: unknown[]
  results?: Array<{ messages?: unknown[] }>
}

export function secretlint(tree: Tree): Draft[] {
  const out: Draft[] = []
  for (const path of [...tree.files()].sort()) {
    const m = INPUT.exec(path)
    if (!m || SKIP.has(m[1] ?? '')) continue
    const output = JSON.parse(tree.read(`${path.slice(0, path.lastIndexOf('/'))}/output.json`)) as Output
    const messages = output.messages ?? output.results?.flatMap((r) => r.messages ?? []) ?? []
    const text = tree.read(path).trimEnd()
    // Binary inputs (PKCS#12 files) are not text a template could hold.
    if (text.length === 0 || text.length > MAX_CHARS || text.includes('\uFFFD')) continue
    out.push({ path, at: 'file', label: messages.length > 0, rule: m[1] ?? '', note: m[2] ?? '' })
  }
  return out
}
