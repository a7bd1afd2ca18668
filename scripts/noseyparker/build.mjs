// The generation itself, without I/O: Nosey Parker's rule files, LICENSE and NOTICE in, the
// TypeScript module and the conversion report out. Rules of the `secret` category (password
// hashes left out) become token rules of the engine's generated-rule shape: each pattern is
// converted to the RE2 subset re2-to-js reads (pattern.mjs), then to JavaScript, and checked
// for super-linear backtracking by `redos`; its keywords are the literals every match contains.
// What cannot be converted, checked or prefiltered is dropped and listed in the report.
import { parseAllDocuments } from 'yaml'
import { re2ToJs } from '../gitleaks/re2-to-js.mjs'
import { publicPrefixOf, severityOf } from '../gitleaks/naming.mjs'
import { verdictKey } from '../gitleaks/build.mjs'
import { renderModule, renderReport } from './render.mjs'
import { captureCount, linearSeparators, requiredLiterals, toRe2 } from './pattern.mjs'

const LINEAR_SEPARATORS =
  'the separator `\\s*.{1,N}\\s*` (polynomial: blanks fit both `\\s*` and `.`) is rewritten to the same language with one way to match (`linearSeparators` in pattern.mjs)'

/** `Okta API Token` → `okta-api-token`. */
export const idOf = (name) =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')

/**
 * `{ module, report, verdicts, counts }`. `takenIds` are rule ids the engine already has
 * (hand-written and gitleaks): a Nosey Parker rule of the same name is dropped, the tuned rule
 * covers it. `redos(source, flags)` answers `{ status, summary }` as for the gitleaks generator.
 */
export function generate({ source, rules: files, licence, notice, takenIds, redos }) {
  const decisions = []
  const changes = []
  const verdicts = new Map()
  const generated = []
  const seen = new Set()
  let total = 0
  for (const file of files) {
    const docs = parseAllDocuments(file.text)
    if (!Array.isArray(docs) || docs.length !== 1) throw new Error(`${file.path}: expected one YAML document`)
    for (const rule of docs[0]?.toJS()?.rules ?? []) {
      total++
      const categories = rule.categories ?? []
      const base = idOf(rule.name)
      const id = seen.has(base) ? `${base}-${rule.id.split('.').pop()}` : base
      const drop = (why) => decisions.push({ id: rule.id, action: 'dropped', why })
      if (!categories.includes('secret')) drop(`not a secret (categories: ${categories.join(', ') || 'none'})`)
      else if (categories.includes('hashed')) drop('password hash: out of scope, as for every secrets rule of the engine')
      else if (takenIds.has(id)) drop(`the engine's \`secrets.${id}\` (hand-written or from gitleaks) covers it`)
      else {
        try {
          generated.push(convert(rule, id))
          seen.add(base)
        } catch (err) {
          drop(err.message)
        }
      }
    }
  }

  function convert(rule, id) {
    const written = toRe2(rule.pattern)
    const re2 = linearSeparators(written)
    if (re2 !== written) changes.push({ id: rule.id, how: LINEAR_SEPARATORS })
    const keywords = requiredLiterals(re2)
    if (!keywords) throw new Error('no literal of 3+ characters every match contains (no keyword prefilter)')
    const js = re2ToJs(re2)
    const verdict = redos(js.source, js.flags)
    verdicts.set(verdictKey(js.source, js.flags), verdict)
    if (verdict.status !== 'safe') {
      throw new Error(`recheck reports super-linear backtracking (${verdict.summary})`)
    }
    // One group holds the secret; with several (user and password, host and key) the whole match is the finding, so redaction masks all of it.
    const group = captureCount(re2) === 1 ? 1 : 0
    return {
      id,
      upstreamId: rule.id,
      title: rule.name,
      description: `${rule.name} (Nosey Parker rule ${rule.id}).`,
      severity: severityOf(id),
      keywords,
      prefixLength: secretPrefix(re2, group).length,
      token: { ...js, group },
    }
  }

  /** The literal start of the secret (the first capture group, else the whole match) shown in evidence, as for gitleaks rules. */
  function secretPrefix(re2, group) {
    const body = re2.replace(/^\(\?[is]+\)/, '')
    if (group === 0) return publicPrefixOf(body)
    const open = /(?<!\\)\((?!\?)/.exec(body)
    const inGroup = open ? body.slice(open.index + 1) : ''
    // An optional start (`(?:https?://)?`) is no prefix every secret shares.
    return /^\(\?:[^)]*\)\?/.test(inGroup) ? '' : publicPrefixOf(inGroup)
  }

  const meta = { repo: source.repo, commit: source.commit, tree: source.rules.tree, licence, notice }
  return {
    module: renderModule({ ...meta, rules: generated }),
    report: renderReport({ ...meta, total, generated, decisions, changes }),
    verdicts,
    counts: { generated: generated.length, dropped: decisions.length },
  }
}
