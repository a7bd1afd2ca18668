// The generation itself, without I/O: gitleaks' rule file, licence and rule template in, the
// TypeScript module and the conversion report out. Every rule is converted from Go RE2 to
// JavaScript (re2-to-js.mjs), split into keyed and token patterns (split-rule.mjs), and every
// resulting regex is checked for super-linear backtracking by `redos`; what fails is rewritten
// or dropped, and each decision is listed in the report.
import { parse } from 'smol-toml'
import { createHash } from 'node:crypto'
import { re2ToJs } from './re2-to-js.mjs'
import {
  classifyAlternative,
  keyedOperator,
  secretEnd,
  stripLazyPrefix,
  stripLeadingDotRun,
  topLevelAlternatives,
} from './split-rule.mjs'
import { severityOf, titleOf } from './naming.mjs'
import { renderModule, renderReport } from './render.mjs'
import { templateOf } from './upstream.mjs'

/** Rules the engine already has under the same id, hand-written and tuned; gitleaks' copy is dropped. */
const SAME_ID_HANDWRITTEN = new Set([
  'openai-api-key',
  'anthropic-api-key',
  'twilio-api-key',
  'jwt',
  'private-key',
  'telegram-bot-api-token',
  'microsoft-teams-webhook',
])
/** Rules deliberately not generated, with the reason shown in REPORT.md. */
const EXCLUDED = {
  'generic-api-key':
    "covered by the engine's own generic assignment rule (`secrets.generic-assignment`), which judges key names and values in code rather than with one large regex and a 1,500-word stop list",
}
/** Why a dropped rule is not a gap, shown in REPORT.md next to the recheck verdict. */
const COVERED_ELSEWHERE = {
  'curl-auth-header': '`Authorization: Bearer …` and `X-Api-Key: …` headers are found by `secrets.generic-assignment`',
  'curl-auth-user': '`user:password` pairs in URLs are found by `secrets.credentialed-url`; `curl -u` arguments are not covered',
  'global allowlist': 'template placeholders (`{{…}}`, `${{ secrets.X }}`) are skipped by placeholders.ts',
}

/** A regex's identity in redos-verdicts.json: a hash, so no upstream pattern is stored outside the generated module. */
export const verdictKey = (source, flags) => createHash('sha256').update(`/${source}/${flags}`).digest('hex').slice(0, 24)

/**
 * A `redos` answering from a recorded ledger (redos-verdicts.json: `{ checker, verdicts }`, one
 * verdict per regex the generator checked). A regex with no recorded verdict is `unknown`, so a
 * replayed generation drops it and differs from the committed module: fail closed.
 */
export function replayVerdicts(ledger) {
  const byKey = new Map(ledger.verdicts.map((v) => [v.key, v]))
  return (source, flags) =>
    byKey.get(verdictKey(source, flags)) ?? { status: 'unknown', summary: 'no recorded verdict', checker: 'none' }
}

/** The ledger a generator writes: every verdict, sorted by key, and what computed them. */
export const verdictLedger = (checker, verdicts) => ({
  checker,
  verdicts: [...verdicts]
    .map(([key, v]) => ({ key, status: v.status, summary: v.summary, checker: v.checker }))
    .sort((a, b) => (a.key < b.key ? -1 : 1)),
})

/**
 * `{ module, report, verdicts }`. `source` is source.json; `redos(source, flags)` answers
 * `{ status: 'safe' | 'vulnerable' | 'unknown', summary, checker }`; `verdicts` maps every
 * regex checked (by `verdictKey`) to its answer, so the generation can be replayed without the
 * (slow) checker and the ReDoS test can read each generated regex's verdict.
 */
export function generate({ source, rules: rulesToml, licence, template: templateGo, redos }) {
  const template = templateOf(templateGo)
  const sha256 = createHash('sha256').update(rulesToml).digest('hex')
  const config = parse(rulesToml)
  const decisions = []
  const verdicts = new Map()
  const check = (js) => {
    const verdict = redos(js.source, js.flags)
    verdicts.set(verdictKey(js.source, js.flags), verdict)
    return verdict
  }

  function convertChecked(re2, ruleId, what) {
    let js = re2ToJs(re2)
    let verdict = check(js)
    if (verdict.status === 'safe') return js
    const rewrites = [
      [stripLazyPrefix, 'leading lazy identifier run `[\\w.-]{0,N}?` removed (it only moves the match start)'],
      [stripLeadingDotRun, 'leading `.*` removed / `.+` shortened to `.` (same matches for an unanchored search)'],
    ]
    for (const [rewrite, how] of rewrites) {
      const rewritten = rewrite(re2)
      if (rewritten === re2) continue
      js = re2ToJs(rewritten)
      verdict = check(js)
      if (verdict.status === 'safe') {
        decisions.push({
          id: ruleId,
          action: 'changed',
          why: `${what}: ${how}; as written recheck finds super-linear backtracking`,
        })
        return js
      }
    }
    const note = COVERED_ELSEWHERE[ruleId] ? `; ${COVERED_ELSEWHERE[ruleId]}` : ''
    throw new Error(`${what}: recheck reports super-linear backtracking (${verdict.summary})${note}`)
  }

  function convertRule(rule) {
    const ci = rule.regex.startsWith('(?i)')
    const body = ci ? rule.regex.slice(4) : rule.regex
    const tokens = []
    const keyed = []
    const alternatives = topLevelAlternatives(body)
    for (const [n, alt] of alternatives.entries()) {
      const shape = classifyAlternative(alt, ci, template)
      const what = alternatives.length > 1 ? `alternative ${n + 1}` : 'pattern'
      if (shape.kind === 'keyed') {
        const flag = shape.caseInsensitive ? '(?i)' : ''
        keyed.push({
          identifier: convertChecked(`(?i)(?:${shape.identifier})`, rule.id, `${what} identifier`),
          // anchored and run on a bounded window at the secret's start (see gitleaks.ts)
          secret: convertChecked(`${flag}^(?:${shape.secret})${secretEnd(template)}`, rule.id, `${what} secret`),
        })
      } else {
        // A merged rule's secretGroup refers to the whole regex; per alternative, the first non-empty group.
        const group = alternatives.length > 1 ? -1 : (rule.secretGroup ?? -1)
        tokens.push({ ...convertChecked(shape.source, rule.id, what), group, re2: shape.source })
      }
    }
    const allow = []
    const allowMatch = []
    const stopwords = []
    for (const list of rule.allowlists ?? []) {
      if (list.paths && !list.regexes && !list.stopwords) continue
      if (list.condition === 'AND') throw new Error('allowlist with condition AND is not supported')
      for (const re of list.regexes ?? []) {
        const target = list.regexTarget ?? 'secret'
        if (target === 'line') throw new Error('allowlist on the whole line is not supported')
        ;(target === 'match' ? allowMatch : allow).push(convertChecked(re, rule.id, 'allowlist'))
      }
      stopwords.push(...(list.stopwords ?? []))
    }
    const keywords = [...new Set((rule.keywords ?? []).map((k) => k.toLowerCase()))]
    if (keywords.length === 0) throw new Error('no keywords; every generated rule needs a prefilter')
    return {
      id: rule.id,
      title: titleOf(rule.id),
      description: rule.description,
      severity: severityOf(rule.id),
      keywords,
      entropy: rule.entropy ?? 0,
      tokens,
      keyed,
      allow,
      allowMatch,
      stopwords,
    }
  }

  const rules = []
  for (const rule of config.rules) {
    const id = rule.id
    if (SAME_ID_HANDWRITTEN.has(id))
      decisions.push({ id, action: 'dropped', why: `the engine's hand-written \`secrets.${id}\` covers it (same id)` })
    else if (EXCLUDED[id]) decisions.push({ id, action: 'dropped', why: EXCLUDED[id] })
    else if (!rule.regex) decisions.push({ id, action: 'dropped', why: 'path-only rule (matches file names, not text)' })
    else if (rule.path)
      decisions.push({ id, action: 'dropped', why: `only applies to files matching \`${rule.path}\`, never a prompt template` })
    else {
      try {
        rules.push(convertRule(rule))
      } catch (err) {
        decisions.push({ id, action: 'dropped', why: err.message })
      }
    }
  }
  const global = config.allowlist ?? {}
  const globalAllow = (global.regexes ?? []).flatMap((re) => {
    try {
      return [convertChecked(re, 'global allowlist', 'allowlist')]
    } catch (err) {
      decisions.push({ id: `global allowlist \`${re}\``, action: 'dropped', why: err.message })
      return []
    }
  })
  const operator = convertChecked(keyedOperator(template), 'keyed operator', 'operator')
  const meta = { ref: source.ref, commit: source.commit, blob: source.files.rules.blob, sha256, licence }
  return {
    module: renderModule({ ...meta, rules, globalAllow, globalStopwords: global.stopwords ?? [], operator }),
    report: renderReport({ ref: source.ref, commit: source.commit, total: config.rules.length, generated: rules, decisions }),
    verdicts,
    counts: {
      generated: rules.length,
      dropped: decisions.filter((d) => d.action === 'dropped').length,
      changed: decisions.filter((d) => d.action === 'changed').length,
    },
  }
}
