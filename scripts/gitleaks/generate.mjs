// Generates src/core/detect/secrets/generated/gitleaks-rules.ts from gitleaks' default rule
// set (config/gitleaks.toml, MIT). Re-run when gitleaks updates:
//
//   git -C <gitleaks clone> show <tag>:config/gitleaks.toml > scripts/gitleaks/gitleaks.toml
//   node scripts/gitleaks/generate.mjs --ref=<tag> --commit=<sha>
//
// Every rule is converted from Go RE2 to JavaScript (re2-to-js.mjs), split into keyed and
// token patterns (split-rule.mjs), and every resulting regex is checked for super-linear
// backtracking with recheck, as test/security/redos.test.ts does; what fails is rewritten or
// dropped, and each decision is listed in scripts/gitleaks/REPORT.md.
import { createHash } from 'node:crypto'
import { readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parse } from 'smol-toml'
import { re2ToJs } from './re2-to-js.mjs'
import { SECRET_END, classifyAlternative, stripLazyPrefix, stripLeadingDotRun, topLevelAlternatives } from './split-rule.mjs'
import { severityOf, titleOf } from './naming.mjs'
import { renderModule, renderReport } from './render.mjs'

import { checkRegex } from '../redos-check.mjs'

const root = resolve(import.meta.dirname, '../..')
const arg = (name, fallback) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback
const tomlPath = resolve(arg('toml', join(import.meta.dirname, 'gitleaks.toml')))
const ref = arg('ref', 'v8.30.1')
const commit = arg('commit', '83d9cd684c87d95d656c1458ef04895a7f1cbd8e')
const OUT = join(root, 'src/core/detect/secrets/generated/gitleaks-rules.ts')
const REPORT = join(import.meta.dirname, 'REPORT.md')

/** Rules the engine already has under the same id, hand-written and tuned; gitleaks' copy is dropped. */
const SAME_ID_HANDWRITTEN = new Set(['openai-api-key', 'anthropic-api-key', 'twilio-api-key', 'jwt', 'private-key', 'telegram-bot-api-token', 'microsoft-teams-webhook'])
/** Rules deliberately not generated, with the reason shown in REPORT.md. */
const EXCLUDED = {
  'generic-api-key': 'covered by the engine\'s own generic assignment rule (`secrets.generic-assignment`), which judges key names and values in code rather than with one large regex and a 1,500-word stop list',
}

const text = readFileSync(tomlPath, 'utf8')
const sha256 = createHash('sha256').update(text).digest('hex')
const config = parse(text)
const decisions = []
const rules = []

/** recheck verdict for a JS regex: 'safe' | 'vulnerable' | 'unknown'. */
function redos(source, flags) {
  return checkRegex(source, flags).status
}

/** Why a dropped rule is not a gap, shown in REPORT.md next to the recheck verdict. */
const COVERED_ELSEWHERE = {
  'curl-auth-header': '`Authorization: Bearer …` and `X-Api-Key: …` headers are found by `secrets.generic-assignment`',
  'curl-auth-user': '`user:password` pairs in URLs are found by `secrets.credentialed-url`; `curl -u` arguments are not covered',
  'global allowlist': 'template placeholders (`{{…}}`, `${{ secrets.X }}`) are skipped by placeholders.ts',
}

/** Converts an RE2 source; returns `{ source, flags }` or throws with the reason. */
function convert(re2) {
  return re2ToJs(re2)
}

function convertChecked(re2, ruleId, what) {
  let js = convert(re2)
  if (redos(js.source, js.flags) === 'safe') return js
  const rewrites = [
    [stripLazyPrefix, 'leading lazy identifier run `[\\w.-]{0,N}?` removed (it only moves the match start)'],
    [stripLeadingDotRun, 'leading `.*` removed / `.+` shortened to `.` (same matches for an unanchored search)'],
  ]
  for (const [rewrite, how] of rewrites) {
    const rewritten = rewrite(re2)
    if (rewritten === re2) continue
    js = convert(rewritten)
    if (redos(js.source, js.flags) === 'safe') {
      decisions.push({ id: ruleId, action: 'changed', why: `${what}: ${how}; as written recheck finds super-linear backtracking` })
      return js
    }
  }
  const note = COVERED_ELSEWHERE[ruleId] ? `; ${COVERED_ELSEWHERE[ruleId]}` : ''
  throw new Error(`${what}: recheck reports super-linear backtracking (${checkRegex(js.source, js.flags).summary})${note}`)
}

for (const rule of config.rules) {
  const id = rule.id
  if (SAME_ID_HANDWRITTEN.has(id)) {
    decisions.push({ id, action: 'dropped', why: `the engine's hand-written \`secrets.${id}\` covers it (same id)` })
    continue
  }
  if (EXCLUDED[id]) {
    decisions.push({ id, action: 'dropped', why: EXCLUDED[id] })
    continue
  }
  if (!rule.regex) {
    decisions.push({ id, action: 'dropped', why: 'path-only rule (matches file names, not text)' })
    continue
  }
  if (rule.path) {
    decisions.push({ id, action: 'dropped', why: `only applies to files matching \`${rule.path}\`, never a prompt template` })
    continue
  }
  try {
    rules.push(convertRule(rule))
  } catch (err) {
    decisions.push({ id, action: 'dropped', why: err.message })
  }
}

function convertRule(rule) {
  const ci = rule.regex.startsWith('(?i)')
  const body = ci ? rule.regex.slice(4) : rule.regex
  const tokens = []
  const keyed = []
  const alternatives = topLevelAlternatives(body)
  for (const [n, alt] of alternatives.entries()) {
    const shape = classifyAlternative(alt, ci)
    const what = alternatives.length > 1 ? `alternative ${n + 1}` : 'pattern'
    if (shape.kind === 'keyed') {
      const flag = shape.caseInsensitive ? '(?i)' : ''
      keyed.push({
        identifier: convertChecked(`(?i)(?:${shape.identifier})`, rule.id, `${what} identifier`),
        // anchored and run on a bounded window at the secret's start (see gitleaks.ts)
        secret: convertChecked(`${flag}^(?:${shape.secret})${SECRET_END}`, rule.id, `${what} secret`),
      })
    } else {
      // A merged rule's secretGroup refers to the whole regex; per alternative, the first non-empty group.
      const group = alternatives.length > 1 ? -1 : (rule.secretGroup ?? -1)
      tokens.push({ ...convertChecked(shape.source, rule.id, what), group, re2: shape.source })
    }
  }
  const allowlists = rule.allowlists ?? []
  const allow = []
  const allowMatch = []
  const stopwords = []
  for (const list of allowlists) {
    if (list.paths && !list.regexes && !list.stopwords) continue
    if (list.condition === 'AND') throw new Error('allowlist with condition AND is not supported')
    for (const re of list.regexes ?? []) {
      const target = list.regexTarget ?? 'secret'
      if (target === 'line') throw new Error('allowlist on the whole line is not supported')
      ;(target === 'match' ? allowMatch : allow).push(convertChecked(re, rule.id, 'allowlist'))
    }
    stopwords.push(...(list.stopwords ?? []))
  }
  return {
    id: rule.id,
    title: titleOf(rule.id),
    description: rule.description,
    severity: severityOf(rule.id),
    keywords: [...new Set((rule.keywords ?? []).map((k) => k.toLowerCase()))],
    entropy: rule.entropy ?? 0,
    tokens,
    keyed,
    allow,
    allowMatch,
    stopwords,
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
const globalStopwords = global.stopwords ?? []

for (const r of rules) if (r.keywords.length === 0) throw new Error(`${r.id}: no keywords; every generated rule needs a prefilter`)

writeFileSync(OUT, renderModule({ ref, commit, sha256, rules, globalAllow, globalStopwords }))
writeFileSync(REPORT, renderReport({ ref, commit, total: config.rules.length, generated: rules, decisions }))
console.log(`${rules.length} rules generated, ${decisions.filter((d) => d.action === 'dropped').length} dropped, ${decisions.filter((d) => d.action === 'changed').length} changed → ${OUT}`)
