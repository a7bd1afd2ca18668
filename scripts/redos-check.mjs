// The one ReDoS verdict used by test/security/redos.test.ts and the rule generators
// (scripts/gitleaks, scripts/noseyparker). recheck's automaton checker is complete and
// deterministic: "safe" proves linear matching. Its default hybrid mode switches to a fuzzer for
// patterns with long bounded repetitions (`[\w-]{22,60}`), whose step-count heuristic flags such
// patterns on some runs and not on others; the limits below let the automaton decide them. Only
// where it cannot (status `unknown`) does the hybrid checker run.
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)
const { checkSync } = require('recheck')
const RECHECK_VERSION = require('recheck/package.json').version

const AUTOMATON = {
  checker: 'automaton',
  timeout: 3_000,
  maxNFASize: 1_000_000,
  maxPatternSize: 1_000_000,
  maxRepeatCount: 1_000,
}
/**
 * The generators' budget. Some generated patterns need 15–20 s before the automaton proves them
 * polynomial (`\s*.{1,5}\s*`); with the test's 3 s the fuzzer then called them safe. The
 * generators record this verdict per regex (redos-verdicts.json) and the ReDoS test reads it.
 */
const THOROUGH = { ...AUTOMATON, timeout: 60_000 }
/** Fallback (very long repetitions such as `{250,}`): recheck's default, with a fixed seed. */
const HYBRID = { timeout: 10_000, randomSeed: 20250601 }

/** What a recorded thorough verdict was computed with; a ledger made otherwise is stale. */
export const THOROUGH_CHECKER = `recheck ${RECHECK_VERSION}, automaton ${THOROUGH.timeout} ms, then fuzz ${HYBRID.timeout} ms`

function verdict(source, flags, automaton) {
  const plain = flags.replace(/[gy]/g, '')
  let result = checkSync(source, plain, automaton)
  let checker = 'automaton'
  if (result.status === 'unknown') {
    result = checkSync(source, plain, HYBRID)
    checker = 'fuzz'
  }
  return { status: result.status, summary: result.complexity?.summary ?? result.error?.kind ?? '', checker }
}

/** `{ status: 'safe' | 'vulnerable' | 'unknown', summary, checker }` for a regex source and flags (g/y ignored). */
export const checkRegex = (source, flags) => verdict(source, flags, AUTOMATON)

/** The same with the generators' generous automaton budget (slow: run it when generating, not in tests). */
export const checkRegexThoroughly = (source, flags) => verdict(source, flags, THOROUGH)
