// What scripts/noseyparker/generate.mjs and scripts/kingfisher/generate.mjs do: read the pinned
// rule files from the mirror, generate with the rule set's profile (checking every regex with
// recheck, reusing the proofs of the previous ledger), and write the module, REPORT.md and
// redos-verdicts.json.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { THOROUGH_CHECKER } from '../redos-check.mjs'
import { ledgerChecker } from '../redos-ledger.mjs'
import { verdictLedger } from '../gitleaks/build.mjs'
import { generate } from './build.mjs'
import { mirrorDir, readUpstream } from './upstream.mjs'

/** `dir`: the rule set's script folder (source.json, REPORT.md, redos-verdicts.json). */
export function runGenerator({ source, dir, module, takenIds, takenPatterns, profile }) {
  const upstream = readUpstream(mirrorDir(), source)
  if (upstream.missing) throw new Error(`${upstream.missing}: fetch ${source.repo} into ${mirrorDir()} (or set PROMPTOPS_MIRROR)`)
  const redos = ledgerChecker(join(dir, 'redos-verdicts.json'))
  const { module: text, report, verdicts, counts } = generate({ source, ...upstream, takenIds, takenPatterns, redos, profile })
  writeFileSync(module, text)
  writeFileSync(join(dir, 'REPORT.md'), report)
  writeFileSync(join(dir, 'redos-verdicts.json'), JSON.stringify(verdictLedger(THOROUGH_CHECKER, verdicts), null, 2) + '\n')
  console.log(`${counts.generated} rules generated, ${counts.dropped} dropped → ${module}`)
}
