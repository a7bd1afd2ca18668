// Every regular expression in the engine is checked for super-linear backtracking (ReDoS)
// with recheck, a complete checker (automata theory + fuzzing), on hostile-input terms.
// Generated rule modules are checked by their generators with a far larger automaton budget
// than a test can afford (some patterns take 15-20 s to be proven polynomial; within 3 s the
// fuzzer called them safe): here each generated regex must have that recorded verdict, current
// and safe.
import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import ts from 'typescript'

import { MARKERS as PLANTED_MARKERS } from '../../src/core/detect/injection/planted-instructions.js'
import { FRAMING, OVERRIDE_PATTERNS } from '../../src/core/detect/injection/override-patterns.js'
import { PRAISES_GROUP } from '../../src/core/detect/toxicity/counter-speech.js'
import { NEGATED_CLAIM } from '../../src/core/detect/toxicity/group-claims.js'
import { NEGATED_ATTACK } from '../../src/core/detect/toxicity/identity-attacks.js'
import { PHRASES } from '../../src/core/detect/toxicity/lexicon.js'
// @ts-expect-error -- plain JavaScript shared with scripts/gitleaks/generate.mjs
import { checkRegex, STEP_COUNTED_FUZZ, THOROUGH_CHECKER } from '../../scripts/redos-check.mjs'
// @ts-expect-error -- plain JavaScript shared with the rule generators
import { verdictKey } from '../../scripts/gitleaks/build.mjs'

interface Verdict {
  status: string
  summary: string
  checker?: string
}
const check = checkRegex as (source: string, flags: string) => Verdict
const keyOf = verdictKey as (source: string, flags: string) => string

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : []
  })
}

/** Regex literals and `new RegExp('literal', 'flags')` calls in a source file. */
function regexesIn(path: string): Array<{ where: string; source: string; flags: string; bounded: boolean }> {
  const text = readFileSync(path, 'utf8')
  const lines = text.split('\n')
  const sf = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true)
  const found: Array<{ where: string; source: string; flags: string; bounded: boolean }> = []
  const visit = (node: ts.Node): void => {
    const line = sf.getLineAndCharacterOfPosition(node.getStart()).line
    const where = `${path}:${line + 1}`
    // A `// redos-bounded: <why>` comment right above says the input is a short, bounded window.
    const bounded = /redos-bounded: \S/.test(lines[line - 1] ?? '')
    if (ts.isRegularExpressionLiteral(node)) {
      const end = node.text.lastIndexOf('/')
      found.push({ where, source: node.text.slice(1, end), flags: node.text.slice(end + 1), bounded })
    } else if (
      ts.isNewExpression(node) &&
      node.expression.getText() === 'RegExp' &&
      node.arguments?.[0] &&
      ts.isStringLiteralLike(node.arguments[0])
    ) {
      const flags = node.arguments[1] && ts.isStringLiteralLike(node.arguments[1]) ? node.arguments[1].text : ''
      found.push({ where, source: node.arguments[0].text, flags, bounded })
    }
    ts.forEachChild(node, visit)
  }
  visit(sf)
  return found
}

const ALL = ['src/core', 'src/adapters', 'src/cli', 'src/action', 'app'].flatMap(files).flatMap(regexesIn)
/** `src/core/detect/secrets/generated/<name>-rules.ts` is written by scripts/<name>/generate.mjs. */
const GENERATED = /src\/core\/detect\/secrets\/generated\/([a-z]+)-rules\.ts:/
const generatorOf = (where: string): string | undefined => GENERATED.exec(where)?.[1]
/** Generated regexes whose recorded verdict is the fuzzer's (5 gitleaks, 15 Nosey Parker at the last run, on a quiet machine). */
const MAX_FUZZ_ONLY = 20
const LEDGERS = new Map<string, { checker: string; verdicts: Map<string, Verdict> }>()
function ledgerOf(generator: string) {
  if (!LEDGERS.has(generator)) {
    const path = join('scripts', generator, 'redos-verdicts.json')
    const raw = JSON.parse(readFileSync(path, 'utf8')) as { checker?: string; verdicts?: Array<Verdict & { key: string }> }
    // A ledger of an older format (a bare list of the unsafe verdicts) counts as stale.
    const verdicts = Array.isArray(raw.verdicts) ? raw.verdicts : []
    LEDGERS.set(generator, { checker: raw.checker ?? 'an older format', verdicts: new Map(verdicts.map((v) => [v.key, v])) })
  }
  return LEDGERS.get(generator)!
}

describe('ReDoS', () => {
  it('finds the engine regexes', () => expect(ALL.length).toBeGreaterThan(100))
  it('keeps bounded-window exceptions few and justified', () =>
    expect(ALL.filter((r) => r.bounded).length).toBeLessThanOrEqual(8))
  it('finds the generated rule modules', () =>
    expect(new Set(ALL.flatMap((r) => generatorOf(r.where) ?? []))).toEqual(new Set(['gitleaks', 'noseyparker', 'kingfisher'])))
  it('has a current, safe generator verdict for every generated regex', () => {
    const problems = ALL.flatMap((r) => {
      const generator = generatorOf(r.where)
      if (!generator) return []
      const ledger = ledgerOf(generator)
      const redo = `re-run scripts/${generator}/generate.mjs`
      if (ledger.checker !== THOROUGH_CHECKER)
        return [`scripts/${generator}/redos-verdicts.json was made with ${ledger.checker}, not ${THOROUGH_CHECKER}: ${redo}`]
      const verdict = ledger.verdicts.get(keyOf(r.source, r.flags.replace(/[gy]/g, '')))
      if (!verdict) return [`${r.where} /${r.source}/${r.flags}: no recorded verdict (${redo})`]
      return verdict.status === 'safe' ? [] : [`${r.where} /${r.source}/${r.flags}: ${verdict.status}, ${verdict.summary}`]
    })
    expect([...new Set(problems)]).toEqual([])
  })
  it('keeps the generated regexes that only the fuzzer judged few', () => {
    // recheck's budget is wall-clock time: on a loaded machine the automaton gives up on patterns
    // it proves in 15-30 s on a quiet one, and the fuzzer, which is no proof, answers instead.
    // This count may only fall (re-running a generator on a quiet machine lowers it): a new
    // pattern that only the fuzzer passes needs a decision, not a silent pass.
    const fuzzed = new Set(
      ALL.flatMap((r) => {
        const generator = generatorOf(r.where)
        const key = keyOf(r.source, r.flags.replace(/[gy]/g, ''))
        return generator && ledgerOf(generator).verdicts.get(key)?.checker === 'fuzz' ? [`${generator}:${key}`] : []
      }),
    )
    expect(fuzzed.size).toBeLessThanOrEqual(MAX_FUZZ_ONLY)
  })
  it("lets step counts, not the machine's speed, decide the fuzzer's verdicts", () => {
    // With recheck's wall-clock incubation (250 ms) a slow CI machine's fuzzer called a phrase
    // list "2nd degree polynomial" that a quick machine's called safe (see scripts/redos-check.mjs).
    expect(STEP_COUNTED_FUZZ).toMatchObject({ incubationTimeout: null, seedingTimeout: null, randomSeed: expect.any(Number) })
  })
  it('has no hand-written regex with super-linear backtracking', () => {
    // The same pattern is checked once.
    const verdicts = new Map<string, Verdict>()
    const vulnerable = ALL.filter((r) => !generatorOf(r.where)).flatMap((r) => {
      const key = `/${r.source}/${r.flags.replace(/[gy]/g, '')}`
      const result = verdicts.get(key) ?? verdicts.set(key, check(r.source, r.flags)).get(key)!
      // `unknown` fails too: nothing proved or fuzzed it within the fallback's wide limit.
      return result.status !== 'safe' && !r.bounded
        ? [`${r.where} /${r.source}/${r.flags}: ${result.status}, ${result.summary}`]
        : []
    })
    expect(vulnerable).toEqual([])
  })
  it('has no phrase regex composed at load time with super-linear backtracking', () => {
    // Phrase rules are assembled from shared pieces (`new RegExp(\`…${GROUPS}…\`)`), which the
    // source scan above cannot read: they are checked as the detectors build them.
    const composed: Array<[string, RegExp]> = [
      ...PHRASES.map((p, i): [string, RegExp] => [`toxicity phrase ${i} (${p.category})`, p.re]),
      ['toxicity NEGATED_ATTACK', NEGATED_ATTACK],
      ['toxicity NEGATED_CLAIM', NEGATED_CLAIM],
      ['toxicity PRAISES_GROUP', PRAISES_GROUP],
      ...OVERRIDE_PATTERNS.map((p): [string, RegExp] => [`injection override ${p.id}`, p.re]),
      ['injection mention FRAMING', FRAMING],
      ...PLANTED_MARKERS.map((m): [string, RegExp] => [`injection marker ${m.id}`, m.re]),
      ...PLANTED_MARKERS.flatMap((m): Array<[string, RegExp]> =>
        m.requires === undefined
          ? []
          : [
              [`injection marker ${m.id} (requires)`, m.requires.re],
              [`injection marker ${m.id} (requires, hint)`, m.requires.hint],
            ],
      ),
    ]
    expect(composed.length).toBeGreaterThan(100)
    const vulnerable = composed.flatMap(([where, re]) => {
      const result = check(re.source, re.flags)
      return result.status !== 'safe' ? [`${where} /${re.source.slice(0, 120)}…/: ${result.status}, ${result.summary}`] : []
    })
    expect(vulnerable).toEqual([])
  })
})
