// Generates src/core/detect/secrets/generated/gitleaks-rules.ts from gitleaks' default rule set
// (config/gitleaks.toml, MIT), read from a local mirror of gitleaks/gitleaks at the commit
// pinned in scripts/gitleaks/source.json (upstream.mjs). To follow a gitleaks release: bring the
// repository with the project's fetch tool, update ref, commit and the blob ids / sha256 in
// source.json, then run
//
//   node scripts/gitleaks/generate.mjs
//
// It writes the module, REPORT.md (every rule dropped or rewritten, and why) and
// redos-verdicts.json (recheck's verdict on every regex it checked, with a generous automaton
// budget: the drift test in test/core/detect/secrets/gitleaks.test.ts replays the generation
// from it, and test/security/redos.test.ts reads each generated regex's verdict from it; a
// re-run reuses the automaton's proofs recorded there, scripts/redos-ledger.mjs).
import { writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { THOROUGH_CHECKER } from '../redos-check.mjs'
import { ledgerChecker } from '../redos-ledger.mjs'
import { generate, verdictLedger } from './build.mjs'
import { SOURCE, mirrorDir, readUpstream } from './upstream.mjs'

const root = resolve(import.meta.dirname, '../..')
const MODULE = join(root, 'src/core/detect/secrets/generated/gitleaks-rules.ts')
const REPORT = join(import.meta.dirname, 'REPORT.md')
const VERDICTS = join(import.meta.dirname, 'redos-verdicts.json')

const upstream = readUpstream()
if (upstream.missing) throw new Error(`${upstream.missing}: fetch ${SOURCE.repo} into ${mirrorDir()} (or set PROMPTOPS_MIRROR)`)
const redos = ledgerChecker(VERDICTS)
const { module, report, verdicts, counts } = generate({ source: SOURCE, ...upstream, redos })
writeFileSync(MODULE, module)
writeFileSync(REPORT, report)
writeFileSync(VERDICTS, JSON.stringify(verdictLedger(THOROUGH_CHECKER, verdicts), null, 2) + '\n')
console.log(`${counts.generated} rules generated, ${counts.dropped} dropped, ${counts.changed} changed → ${MODULE}`)
