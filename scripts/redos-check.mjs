// The one ReDoS verdict used by test/security/redos.test.ts and scripts/gitleaks/generate.mjs.
// recheck's automaton checker is complete and deterministic: "safe" proves linear matching.
// Its default hybrid mode switches to a fuzzer for patterns with long bounded repetitions
// (`[\w-]{22,60}`), whose step-count heuristic flags such patterns on some runs and not on
// others; the limits below let the automaton decide them. Only where it cannot (status
// `unknown`) does the hybrid checker run.
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)
const { checkSync } = require('recheck')

const AUTOMATON = {
  checker: 'automaton',
  timeout: 3_000,
  maxNFASize: 1_000_000,
  maxPatternSize: 1_000_000,
  maxRepeatCount: 1_000,
}
/** Fallback (very long repetitions such as `{250,}`): recheck's default, with a fixed seed. */
const HYBRID = { timeout: 10_000, randomSeed: 20250601 }

/** `{ status: 'safe' | 'vulnerable' | 'unknown', summary }` for a regex source and flags (g/y ignored). */
export function checkRegex(source, flags) {
  const plain = flags.replace(/[gy]/g, '')
  let result = checkSync(source, plain, AUTOMATON)
  if (result.status === 'unknown') result = checkSync(source, plain, HYBRID)
  return { status: result.status, summary: result.complexity?.summary ?? result.error?.kind ?? '' }
}
