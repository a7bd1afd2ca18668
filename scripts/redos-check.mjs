// The one ReDoS verdict used by test/security/redos.test.ts and the rule generators
// (scripts/gitleaks, scripts/noseyparker). recheck's automaton checker is complete and
// deterministic: "safe" proves linear matching. Its default hybrid mode switches to a fuzzer for
// patterns with long bounded repetitions (`[\w-]{22,60}`), whose step-count heuristic flags such
// patterns on some runs and not on others; the limits below let the automaton decide them. Only
// where it cannot (status `unknown`) does the fuzzer run: the tests' with step limits only, so its
// verdict is the same on every machine (STEP_COUNTED_FUZZ), the generators' as recorded in their
// ledgers (HYBRID).
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
/** The generators' fallback (very long repetitions such as `{250,}`): recheck's default, with a fixed seed. */
const HYBRID = { timeout: 10_000, randomSeed: 20250601 }
/**
 * The tests' fallback: the fuzzer with its incubation and seeding bounded by steps instead of
 * wall-clock time, so the same suspects are found on every machine. With recheck's defaults
 * (incubation 250 ms, seeding 100 ms) a slow CI machine cut incubation short and the fuzzer
 * called a plain word list "2nd degree polynomial" (`'v du bist ein fv '.repeat(13285)`, matched
 * in linear time by V8); on a quick machine the same call said safe. The overall limit is wide
 * (the longest phrase alternations need 8–14 s here) so that a slow machine does not turn a
 * verdict into `unknown`.
 */
export const STEP_COUNTED_FUZZ = {
  checker: 'fuzz',
  randomSeed: 20250601,
  timeout: 60_000,
  incubationTimeout: null,
  seedingTimeout: null,
}

/** What a recorded thorough verdict was computed with; a ledger made otherwise is stale. */
export const THOROUGH_CHECKER = `recheck ${RECHECK_VERSION}, automaton ${THOROUGH.timeout} ms, then fuzz ${HYBRID.timeout} ms`

function verdict(source, flags, automaton, fallback) {
  const plain = flags.replace(/[gy]/g, '')
  let result = checkSync(source, plain, automaton)
  let checker = 'automaton'
  if (result.status === 'unknown') {
    result = checkSync(source, plain, fallback)
    checker = 'fuzz'
  }
  return { status: result.status, summary: result.complexity?.summary ?? result.error?.kind ?? '', checker }
}

/** `{ status: 'safe' | 'vulnerable' | 'unknown', summary, checker }` for a regex source and flags (g/y ignored). */
export const checkRegex = (source, flags) => verdict(source, flags, AUTOMATON, STEP_COUNTED_FUZZ)

/** The same with the generators' generous automaton budget (slow: run it when generating, not in tests). */
export const checkRegexThoroughly = (source, flags) => verdict(source, flags, THOROUGH, HYBRID)
