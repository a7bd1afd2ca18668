// The generation itself, without I/O: the rule files of a rule set in Nosey Parker's format
// (Nosey Parker's own, or Kingfisher's: a fork with the same rule files), its LICENSE and NOTICE
// in, the TypeScript module and the conversion report out. The rules a profile keeps become
// token rules of the engine's generated-rule shape: each pattern is converted to the RE2 subset
// re2-to-js reads (pattern.mjs), then to JavaScript, and checked for super-linear backtracking
// by `redos`; its keywords are the literals every match contains. What cannot be converted,
// checked or prefiltered is dropped and listed in the report.
import { parseAllDocuments } from 'yaml'
import { re2ToJs } from '../gitleaks/re2-to-js.mjs'
import { publicPrefixOf, severityOf } from '../gitleaks/naming.mjs'
import { verdictKey } from '../gitleaks/build.mjs'
import { renderModule, renderReport } from './render.mjs'
import {
  captureCount,
  linearSeparators,
  oneGroupPerAlternative,
  requiredLiterals,
  secretLiterals,
  startsWithKeyword,
  toRe2,
} from './pattern.mjs'

const LINEAR_SEPARATORS =
  'the separator `\\s*.{1,N}\\s*` (polynomial: blanks fit both `\\s*` and `.`) is rewritten to the same language with one way to match (`linearSeparators` in pattern.mjs)'

/** `Okta API Token` → `okta-api-token`. */
export const idOf = (name) =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')

/**
 * What a rule set is and which of its rules become engine rules. `drop(rule)` says why a rule is
 * left out (undefined: kept); `entropy(rule)` is the bar its secret must reach (bits per
 * character); with `judgeValues`, a secret that the pattern finds by a name nearby rather than by
 * a literal of its own format must also look machine-made (the rule records `madeValue`); with
 * `requireProof`, a pattern only recheck's fuzzer passed is dropped; with `anchorAtKeywords`, a
 * pattern whose every match starts with a keyword is tried anchored at each keyword occurrence
 * (sticky) instead of searched for in a window around it; with `dropSamePattern`, a rule with
 * the regex of an earlier one is dropped.
 */
export const NOSEY_PARKER = {
  name: 'Nosey Parker',
  generator: 'scripts/noseyparker/generate.mjs',
  report: 'scripts/noseyparker/REPORT.md',
  constants: 'NOSEYPARKER',
  drop(rule) {
    const categories = rule.categories ?? []
    if (!categories.includes('secret')) return `not a secret (categories: ${categories.join(', ') || 'none'})`
    if (categories.includes('hashed')) return 'password hash: out of scope, as for every secrets rule of the engine'
    return undefined
  },
  entropy: () => 0,
  judgeValues: false,
  /** Where a rule of the same id comes from, for the report. */
  takenFrom: 'hand-written or from gitleaks',
}

/**
 * `{ module, report, verdicts, counts }`. `takenIds` are rule ids the engine already has
 * (hand-written, gitleaks, and for Kingfisher Nosey Parker's): a rule of the same name is
 * dropped, the earlier rule covers it. `redos(source, flags)` answers `{ status, summary }` as
 * for the gitleaks generator.
 */
export function generate({
  source,
  rules: files,
  licence,
  notice,
  takenIds,
  takenPatterns = new Map(),
  redos,
  profile = NOSEY_PARKER,
}) {
  // With `dropSamePattern`, a rule whose regex an earlier rule already has (this set's, or one in
  // `takenPatterns`: JavaScript source and flags → id) is dropped: one provider, two names.
  const patterns = new Map(takenPatterns)
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
      const base = idOf(rule.name)
      const id = seen.has(base) ? `${base}-${rule.id.split('.').pop()}` : base
      const drop = (why) => decisions.push({ id: rule.id, action: 'dropped', why })
      const why = profile.drop(rule)
      if (why !== undefined) drop(why)
      else if (takenIds.has(id)) drop(`the engine's \`secrets.${id}\` (${profile.takenFrom}) covers it`)
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
    const patternKey = `/${js.source}/${js.flags}`
    if (profile.dropSamePattern && patterns.has(patternKey))
      throw new Error(`the same pattern as \`secrets.${patterns.get(patternKey)}\``)
    const verdict = redos(js.source, js.flags)
    verdicts.set(verdictKey(js.source, js.flags), verdict)
    if (verdict.status !== 'safe') {
      throw new Error(`recheck reports super-linear backtracking (${verdict.summary})`)
    }
    // The fuzzer's "safe" is no proof; a rule set that asks for proofs drops what only it passed.
    if (profile.requireProof && verdict.checker !== 'automaton')
      throw new Error("recheck's automaton could not prove it linear within its budget, and the fuzzer's verdict is no proof")
    // One group holds the secret; with several (user and password, host and key) the whole match
    // is the finding, so redaction masks all of it. Kingfisher writes one format per alternative
    // (`(hf_…)|(api_org_…)`): there the secret is the alternative's group (-1: the first that matched).
    patterns.set(patternKey, id)
    const groups = captureCount(re2)
    const group = groups === 1 ? 1 : profile.judgeValues && groups > 1 && oneGroupPerAlternative(re2) ? -1 : 0
    const entropy = profile.entropy(rule)
    const madeValue = profile.judgeValues && group !== 0 && !secretLiterals(re2)
    return {
      id,
      upstreamId: rule.id,
      title: rule.name,
      description: `${rule.name} (${profile.name} rule ${rule.id}).`,
      severity: severityOf(id),
      keywords,
      prefixLength: group === -1 ? 0 : secretPrefix(re2, group).length,
      token: { ...js, group, ...(profile.anchorAtKeywords && startsWithKeyword(re2, keywords) ? { anchored: true } : {}) },
      ...(entropy > 0 ? { entropy } : {}),
      ...(madeValue ? { madeValue } : {}),
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

  const meta = { profile, repo: source.repo, commit: source.commit, tree: source.rules.tree, licence, notice }
  return {
    module: renderModule({ ...meta, rules: generated }),
    report: renderReport({ ...meta, total, generated, decisions, changes }),
    verdicts,
    counts: { generated: generated.length, dropped: decisions.length },
  }
}
