// The generators' ReDoS checker: recheck with the generous automaton budget
// (checkRegexThoroughly), memoised, reusing the proofs of the ledger a previous run wrote.
// A verdict the automaton reached for the same regex (same hash) with the same checker and
// budget is a proof and is kept; fuzzer verdicts and anything else are computed again.
import { existsSync, readFileSync } from 'node:fs'
import { THOROUGH_CHECKER, checkRegexThoroughly } from './redos-check.mjs'
import { verdictKey } from './gitleaks/build.mjs'

export function ledgerChecker(ledgerPath) {
  const previous = existsSync(ledgerPath) ? JSON.parse(readFileSync(ledgerPath, 'utf8')) : undefined
  const proofs = new Map(
    previous?.checker === THOROUGH_CHECKER && Array.isArray(previous.verdicts)
      ? previous.verdicts.filter((v) => v.checker === 'automaton').map((v) => [v.key, v])
      : [],
  )
  const memo = new Map()
  return (source, flags) => {
    const key = verdictKey(source, flags)
    if (!memo.has(key)) memo.set(key, proofs.get(key) ?? checkRegexThoroughly(source, flags))
    return memo.get(key)
  }
}
