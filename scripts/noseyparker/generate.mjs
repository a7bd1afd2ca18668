// Generates src/core/detect/secrets/generated/noseyparker-rules.ts from Nosey Parker's rule
// files (Apache-2.0), read from a local mirror of praetorian-inc/noseyparker at the commit and
// git tree pinned in scripts/noseyparker/source.json (upstream.mjs). To follow an update: bring
// the repository with the project's fetch tool, update the commit, tree and blob ids in
// source.json, then run
//
//   node scripts/noseyparker/generate.mjs
//
// It writes the module, REPORT.md (every rule generated or dropped, and why) and
// redos-verdicts.json (recheck's verdict on every regex it checked, with a generous automaton
// budget: the drift test replays the generation from it, and test/security/redos.test.ts reads
// each generated regex's verdict from it; a re-run reuses the automaton's proofs recorded
// there, scripts/redos-ledger.mjs). Run it after scripts/gitleaks/generate.mjs: rule ids the engine
// already has (hand-written in rules.ts, generated from gitleaks) are not generated again.
import { writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { THOROUGH_CHECKER } from '../redos-check.mjs'
import { ledgerChecker } from '../redos-ledger.mjs'
import { verdictLedger } from '../gitleaks/build.mjs'
import { generate } from './build.mjs'
import { takenIds } from './taken-ids.mjs'
import { SOURCE, mirrorDir, readUpstream } from './upstream.mjs'

const root = resolve(import.meta.dirname, '../..')
const MODULE = join(root, 'src/core/detect/secrets/generated/noseyparker-rules.ts')

const upstream = readUpstream()
if (upstream.missing) throw new Error(`${upstream.missing}: fetch ${SOURCE.repo} into ${mirrorDir()} (or set PROMPTOPS_MIRROR)`)
const redos = ledgerChecker(join(import.meta.dirname, 'redos-verdicts.json'))
const { module, report, verdicts, counts } = generate({ source: SOURCE, ...upstream, takenIds: takenIds(), redos })
writeFileSync(MODULE, module)
writeFileSync(join(import.meta.dirname, 'REPORT.md'), report)
const ledger = verdictLedger(THOROUGH_CHECKER, verdicts)
writeFileSync(join(import.meta.dirname, 'redos-verdicts.json'), JSON.stringify(ledger, null, 2) + '\n')
console.log(`${counts.generated} rules generated, ${counts.dropped} dropped → ${MODULE}`)
