// Runs the rules generated from gitleaks (generated/gitleaks-rules.ts) the way gitleaks
// does: a rule runs only when one of its keywords occurs; its secret must reach the rule's
// entropy and pass the allowlists. On top, the engine's own placeholder and fake-value
// checks apply, as for every secret rule. The rules generated from Nosey Parker and Kingfisher
// run the same way, near their keywords.
import type { SensitiveMatch } from '../../redact/sensitive-match.js'
import { maskSecret } from '../../redact/mask.js'
import { shannonEntropy } from './entropy.js'
import type { GeneratedRule, KeyedPattern, TokenPattern } from './generated-rule.js'
import {
  GITLEAKS_GLOBAL_ALLOW,
  GITLEAKS_GLOBAL_STOPWORDS,
  GITLEAKS_KEYED_OPERATOR,
  GITLEAKS_RULES,
} from './generated/gitleaks-rules.js'
import { KINGFISHER_RULES } from './generated/kingfisher-rules.js'
import { NOSEYPARKER_RULES } from './generated/noseyparker-rules.js'
import { findKeywords, keywordId, type KeywordsFound } from './keywords.js'
import { getOrSet } from '../../memo.js'
import { hasPlaceholderUserinfo } from './credentialed-url.js'
import { looksFake } from './placeholders.js'
import { madeByMachine } from './generic-assignment.js'
import { matchesOf } from '../../text.js'

/** Longest identifier-tail + operator (31) and secret the keyed patterns read. */
const OPERATOR_WINDOW = 40
const SECRET_WINDOW = 512

/** A generated rule set with its rule indices per keyword. */
interface IndexedRules {
  rules: readonly GeneratedRule[]
  /** Rule indices per keyword, by the keyword's id in the shared index (keywords.ts). */
  rulesOf: ReadonlyArray<readonly [number, number[]]>
  /** Token patterns run only on windows around keyword occurrences (their keywords occur inside every match). */
  windowed: boolean
}

function indexRules(rules: readonly GeneratedRule[], windowed: boolean): IndexedRules {
  const rulesOf = new Map<string, number[]>()
  rules.forEach((rule, i) => {
    for (const k of rule.keywords) rulesOf.set(k, [...(rulesOf.get(k) ?? []), i])
  })
  return { rules, rulesOf: [...rulesOf].map(([k, indices]) => [keywordId(k), indices] as const), windowed }
}

const GITLEAKS = indexRules(GITLEAKS_RULES, false)
// Nosey Parker keywords are literals every match contains (scripts/noseyparker/pattern.mjs), and
// some are common words (`password`, `key`): the patterns run near them, not over the whole text.
const NOSEYPARKER = indexRules(NOSEYPARKER_RULES, true)
const KINGFISHER = indexRules(KINGFISHER_RULES, true)

/** Secrets found by the rules generated from gitleaks, each tagged `secrets.<gitleaks id>`. */
export function findGitleaksSecrets(text: string, keywords: KeywordsFound = findKeywords(text)): SensitiveMatch[] {
  return findGeneratedSecrets(text, GITLEAKS, keywords)
}

/**
 * Secrets found by the rules generated from Nosey Parker (scripts/noseyparker/), run the same
 * way: only where one of a rule's keywords occurs, gitleaks' global allowlist and the
 * engine's fake-value checks applied to every secret.
 */
export function findNoseyParkerSecrets(text: string, keywords: KeywordsFound = findKeywords(text)): SensitiveMatch[] {
  return findGeneratedSecrets(text, NOSEYPARKER, keywords)
}

/**
 * Secrets found by the rules generated from Kingfisher (scripts/kingfisher/), run like Nosey
 * Parker's; a secret a rule finds by a provider's name nearby must also look machine-made.
 */
export function findKingfisherSecrets(text: string, keywords: KeywordsFound = findKeywords(text)): SensitiveMatch[] {
  return findGeneratedSecrets(text, KINGFISHER, keywords)
}

function findGeneratedSecrets(
  text: string,
  { rules: ruleSet, rulesOf, windowed }: IndexedRules,
  keywords: KeywordsFound,
): SensitiveMatch[] {
  if (!keywords.any) return []
  // Keyword occurrences per rule (positions where its keyed identifiers may start). Common
  // keywords ("key", "password") occur often and serve many rules: a rule with one keyword
  // present reads that keyword's list itself; only a rule with several gets a merged copy.
  const starts = new Map<number, readonly number[]>()
  const copies = new Map<number, number[]>()
  for (const [keyword, rules] of rulesOf) {
    const positions = keywords.atId(keyword)
    if (positions === undefined) continue
    for (const rule of rules) {
      const list = starts.get(rule)
      if (list === undefined) {
        starts.set(rule, positions)
        continue
      }
      let copy = copies.get(rule)
      if (copy === undefined) {
        copy = [...list]
        copies.set(rule, copy)
        starts.set(rule, copy)
      }
      copy.push(...positions)
    }
  }
  const out: SensitiveMatch[] = []
  // Rules sharing a keyword share its list, and so its windows: computed once per list.
  const windowsOf = new Map<readonly number[], Array<readonly [number, number]>>()
  const sortedOf = new Map<readonly number[], readonly number[]>()
  const whole = [[0, text.length] as const]
  for (const [ruleIndex, positions] of starts) {
    const rule = ruleSet[ruleIndex] as GeneratedRule
    const ordered = (): readonly number[] => getOrSet(sortedOf, positions, () => [...new Set(positions)].sort((a, b) => a - b))
    for (const pattern of rule.tokens) {
      if (pattern.anchored === true) {
        out.push(...anchoredMatches(text, rule, pattern, ordered()))
        continue
      }
      const spans = windowed ? getOrSet(windowsOf, positions, () => windowsAround(text, positions)) : whole
      for (const [from, to] of spans) out.push(...tokenMatches(text, rule, pattern, positions, from, to))
    }
    if (rule.keyed.length === 0) continue
    for (const pattern of rule.keyed) out.push(...keyedMatches(text, rule, pattern, ordered()))
  }
  return out
}

/**
 * gitleaks runs a rule when its keyword is anywhere in a file. A prompt template mixes
 * unrelated content (a git SHA here, the word "sourcegraph" there), so a match that does not
 * contain a keyword itself needs one within KEYWORD_REACH characters.
 */
const KEYWORD_REACH = 200

/** Reach of a windowed pattern on either side of a keyword occurrence: longer matches are cut there. */
const WINDOW_REACH = 512
/** How far a window edge moves on to the next blank, so that it never splits a token. */
const EDGE_SLACK = 96

/** Disjoint [from, to) windows around keyword positions, their edges on blanks where one is near. */
function windowsAround(text: string, positions: readonly number[]): Array<readonly [number, number]> {
  const out: Array<[number, number]> = []
  for (const at of [...positions].sort((a, b) => a - b)) {
    let from = Math.max(0, at - WINDOW_REACH)
    let to = Math.min(text.length, at + WINDOW_REACH)
    for (let n = 0; n < EDGE_SLACK && from > 0 && !isBlankOrBreak(text.charCodeAt(from - 1)); n++) from--
    for (let n = 0; n < EDGE_SLACK && to < text.length && !isBlankOrBreak(text.charCodeAt(to)); n++) to++
    const last = out[out.length - 1]
    if (last && from <= last[1]) last[1] = Math.max(last[1], to)
    else out.push([from, to])
  }
  return out
}

const isBlankOrBreak = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13

function tokenMatches(
  text: string,
  rule: GeneratedRule,
  pattern: TokenPattern,
  keywordsAt: readonly number[],
  from: number,
  to: number,
): SensitiveMatch[] {
  const out: SensitiveMatch[] = []
  const window = from === 0 && to === text.length ? text : text.slice(from, to)
  for (const hit of matchesOf(pattern.regex, window)) {
    const m = Object.assign(hit, { index: hit.index + from })
    const near = (at: number) => at >= m.index - KEYWORD_REACH && at <= m.index + m[0].length + KEYWORD_REACH
    if (!keywordsAt.some(near)) continue
    const group = secretGroup(m, pattern.group)
    const secret = m[group] ?? ''
    if (secret === '') continue
    const start = m.index + (group === 0 ? 0 : m[0].indexOf(secret))
    const match = accept(rule, secret, m[0]) ? found(rule, secret, start) : undefined
    if (match) out.push(match)
  }
  return out
}

/**
 * A pattern whose every match starts with a keyword, tried there with its sticky regex: one
 * short anchored attempt per occurrence instead of a search through the window around it.
 * `positions`: ascending, no repeats; a match ends where the next may start.
 */
function anchoredMatches(
  text: string,
  rule: GeneratedRule,
  pattern: TokenPattern,
  positions: readonly number[],
): SensitiveMatch[] {
  const out: SensitiveMatch[] = []
  let covered = -1
  for (const at of positions) {
    if (at < covered) continue
    pattern.regex.lastIndex = at
    const m = pattern.regex.exec(text)
    if (!m) continue
    covered = at + m[0].length
    const group = secretGroup(m, pattern.group)
    const secret = m[group] ?? ''
    if (secret === '') continue
    const start = at + (group === 0 ? 0 : m[0].indexOf(secret))
    if (accept(rule, secret, m[0])) out.push(found(rule, secret, start))
  }
  return out
}

/** `positions`: ascending, no repeats. */
function keyedMatches(text: string, rule: GeneratedRule, pattern: KeyedPattern, positions: readonly number[]): SensitiveMatch[] {
  const out: SensitiveMatch[] = []
  let covered = -1
  for (const at of positions) {
    if (at < covered) continue
    pattern.identifier.lastIndex = at
    const identifier = pattern.identifier.exec(text)
    if (!identifier) continue
    const afterIdentifier = at + identifier[0].length
    const operator = GITLEAKS_KEYED_OPERATOR.exec(text.slice(afterIdentifier, afterIdentifier + OPERATOR_WINDOW))
    if (!operator) continue
    const secretAt = afterIdentifier + operator[0].length
    const window = text.slice(secretAt, secretAt + SECRET_WINDOW)
    const secretMatch = pattern.secret.exec(window)
    // `$` in the terminator must mean the end of the text, not of the window.
    if (!secretMatch || (secretMatch[0].length === window.length && secretAt + window.length < text.length)) continue
    const secret = secretMatch[0]
    const match = accept(rule, secret, text.slice(at, secretAt + secret.length)) ? found(rule, secret, secretAt) : undefined
    if (match) {
      out.push(match)
      covered = match.end
    }
  }
  return out
}

/** gitleaks: the configured group, else the first non-empty capture group, else the whole match. */
function secretGroup(m: RegExpMatchArray, group: number): number {
  if (group >= 0) return group
  for (let i = 1; i < m.length; i++) if (m[i]) return i
  return 0
}

function accept(rule: GeneratedRule, secret: string, whole: string): boolean {
  if (rule.entropy > 0 && shannonEntropy(secret) < rule.entropy) return false
  if (rule.allow.some((re) => re.test(secret)) || rule.allowMatch.some((re) => re.test(whole))) return false
  if (GITLEAKS_GLOBAL_ALLOW.some((re) => re.test(secret))) return false
  const lower = secret.toLowerCase()
  if (rule.stopwords.some((w) => lower.includes(w)) || GITLEAKS_GLOBAL_STOPWORDS.some((w) => lower.includes(w))) return false
  if (rule.madeValue === true && !madeByMachine(secret)) return false
  // A connection URI judged as credentialed-url.ts judges one: `postgres://user:password@localhost`.
  if (secret.includes('://') && hasPlaceholderUserinfo(secret)) return false
  return !looksFake(secret.slice(rule.prefixLength))
}

function found(rule: GeneratedRule, secret: string, start: number): SensitiveMatch {
  return {
    rule: `secrets.${rule.id}`,
    kind: rule.id,
    start,
    end: start + secret.length,
    redacted: maskSecret(rule.id, secret.slice(0, rule.prefixLength)),
  }
}
