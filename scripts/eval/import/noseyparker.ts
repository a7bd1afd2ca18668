// Nosey Parker's rule examples (Apache-2.0) as a labelled secrets source. `examples` of every
// rule whose categories include `secret` and not `hashed` (password hashes) are positives.
// `negative_examples` are left out: they are negatives of one rule only (another provider's
// token, a client id beside its secret, a secret the rule fails to match), not texts free of
// secrets. Rules about identifiers (no `secret` category) are outside the secrets category.
import { parseAllDocuments } from 'yaml'
import type { Draft, Tree } from './tree.js'

const RULES = /^crates\/noseyparker\/data\/default\/builtin\/rules\/[^/]+\.yml$/

interface Rule {
  id: string
  categories?: string[]
  examples?: unknown[]
}

export function noseyparker(tree: Tree): Draft[] {
  const out: Draft[] = []
  for (const path of tree
    .files()
    .filter((f) => RULES.test(f))
    .sort()) {
    const docs = parseAllDocuments(tree.read(path))
    if (!Array.isArray(docs) || docs.length !== 1) throw new Error(`${path}: expected one YAML document`)
    const rules = (docs[0]?.toJS() as { rules?: Rule[] } | null)?.rules ?? []
    rules.forEach((rule, r) => {
      const categories = rule.categories ?? []
      if (!categories.includes('secret') || categories.includes('hashed')) return
      const group = rule.id.replace(/^np\./, '').replace(/\.\d+$/, '')
      ;(rule.examples ?? []).forEach((example, e) => {
        if (typeof example === 'string')
          out.push({ path, at: `yaml:/rules/${r}/examples/${e}`, label: true, rule: group, note: rule.id })
      })
    })
  }
  return out
}
