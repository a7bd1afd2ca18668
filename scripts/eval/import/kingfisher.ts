// Kingfisher's rule examples (Apache-2.0, MongoDB) as a labelled secrets source (dev split).
// Kingfisher extends Nosey Parker's rule set to several hundred providers, so its examples
// show the long tail of token formats and the contexts they are pasted in. Every example of a
// rule that names a credential is a positive. Left out: rules hidden from reports (`visible:
// false`: domains and ids other rules depend on), rules about identifiers rather than secrets
// (names ending in ID, Domain, URL, Host, Username, Email, except webhook URLs, credentialed
// URLs and access key ids, which our detectors flag as secrets) and password hashes (out of
// scope, as for Nosey Parker). Some examples are copies of Nosey Parker's.
import { parseAllDocuments } from 'yaml'
import type { Draft, Tree } from './tree.js'

const RULES = /^data\/rules\/[^/]+\.yml$/
const IDENTIFIER = /(?:\bID|\bDomain|\bURL|\bHost|\bUsername|\bEmail)$/
const SECRET_NONETHELESS = /Webhook|Credentials in|Access Key ID/
const HASH = /Password Hash/

interface Rule {
  id: string
  name: string
  visible?: boolean
  examples?: unknown[]
}

export const isSecretRule = (rule: Rule): boolean =>
  rule.visible !== false && !HASH.test(rule.name) && (!IDENTIFIER.test(rule.name) || SECRET_NONETHELESS.test(rule.name))

export function kingfisher(tree: Tree): Draft[] {
  const out: Draft[] = []
  for (const path of tree
    .files()
    .filter((f) => RULES.test(f))
    .sort()) {
    const docs = parseAllDocuments(tree.read(path))
    if (!Array.isArray(docs) || docs.length !== 1) throw new Error(`${path}: expected one YAML document`)
    const rules = (docs[0]?.toJS() as { rules?: Rule[] } | null)?.rules ?? []
    rules.forEach((rule, r) => {
      if (!isSecretRule(rule)) return
      const group = rule.id.replace(/^kingfisher\./, '').replace(/\.\d+$/, '')
      ;(rule.examples ?? []).forEach((example, e) => {
        if (typeof example === 'string' && example.trim() !== '')
          out.push({ path, at: `yaml:/rules/${r}/examples/${e}`, label: true, rule: group, note: rule.id })
      })
    })
  }
  return out
}
