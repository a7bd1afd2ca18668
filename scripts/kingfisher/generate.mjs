// Generates src/core/detect/secrets/generated/kingfisher-rules.ts from Kingfisher's rule files
// (Apache-2.0), read from a local mirror of mongodb/kingfisher at the commit and git tree pinned
// in scripts/kingfisher/source.json. Kingfisher's rules have Nosey Parker's format, so the
// generation is Nosey Parker's (scripts/noseyparker/build.mjs) with Kingfisher's profile
// (profile.mjs: which rules are kept, entropy bars, values judged by their shape). To follow an
// update: bring the repository with the project's fetch tool, update the commit, tree and blob
// ids in source.json, then run
//
//   node scripts/kingfisher/generate.mjs
//
// It writes the module, REPORT.md and redos-verdicts.json, as the Nosey Parker generator does.
// Run it after scripts/gitleaks/generate.mjs and scripts/noseyparker/generate.mjs: rule ids the
// engine already has (hand-written, from gitleaks, from Nosey Parker) are not generated again.
import { readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { THOROUGH_CHECKER } from '../redos-check.mjs'
import { ledgerChecker } from '../redos-ledger.mjs'
import { verdictLedger } from '../gitleaks/build.mjs'
import { generate } from '../noseyparker/build.mjs'
import { takenIds } from '../noseyparker/taken-ids.mjs'
import { mirrorDir, readUpstream } from '../noseyparker/upstream.mjs'
import { KINGFISHER } from './profile.mjs'

const root = resolve(import.meta.dirname, '../..')
const MODULE = join(root, 'src/core/detect/secrets/generated/kingfisher-rules.ts')
const SOURCE = JSON.parse(readFileSync(join(import.meta.dirname, 'source.json'), 'utf8'))

const upstream = readUpstream(mirrorDir(), SOURCE)
if (upstream.missing) throw new Error(`${upstream.missing}: fetch ${SOURCE.repo} into ${mirrorDir()} (or set PROMPTOPS_MIRROR)`)
const redos = ledgerChecker(join(import.meta.dirname, 'redos-verdicts.json'))
const { module, report, verdicts, counts } = generate({
  source: SOURCE,
  ...upstream,
  takenIds: takenIds({ noseyParker: true }),
  redos,
  profile: KINGFISHER,
})
writeFileSync(MODULE, module)
writeFileSync(join(import.meta.dirname, 'REPORT.md'), report)
const ledger = verdictLedger(THOROUGH_CHECKER, verdicts)
writeFileSync(join(import.meta.dirname, 'redos-verdicts.json'), JSON.stringify(ledger, null, 2) + '\n')
console.log(`${counts.generated} rules generated, ${counts.dropped} dropped → ${MODULE}`)
