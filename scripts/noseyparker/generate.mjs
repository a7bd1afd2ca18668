// Generates src/core/detect/secrets/generated/noseyparker-rules.ts from Nosey Parker's rule
// files (Apache-2.0), read from a local mirror of praetorian-inc/noseyparker at the commit and
// git tree pinned in scripts/noseyparker/source.json (upstream.mjs). To follow an update: bring
// the repository with the project's fetch tool, update the commit, tree and blob ids in
// source.json, then run
//
//   node scripts/noseyparker/generate.mjs
//
// It writes the module, REPORT.md (every rule generated or dropped, and why) and
// redos-verdicts.json (every regex recheck did not find safe, so the drift test can replay the
// generation without recheck). Run it after scripts/gitleaks/generate.mjs: rule ids the engine
// already has (hand-written in rules.ts, generated from gitleaks) are not generated again.
import { writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { checkRegex } from '../redos-check.mjs'
import { generate } from './build.mjs'
import { takenIds } from './taken-ids.mjs'
import { SOURCE, mirrorDir, readUpstream } from './upstream.mjs'

const root = resolve(import.meta.dirname, '../..')
const MODULE = join(root, 'src/core/detect/secrets/generated/noseyparker-rules.ts')

const upstream = readUpstream()
if (upstream.missing) throw new Error(`${upstream.missing}: fetch ${SOURCE.repo} into ${mirrorDir()} (or set PROMPTOPS_MIRROR)`)
const memo = new Map()
const redos = (source, flags) =>
  memo.get(`/${source}/${flags}`) ?? memo.set(`/${source}/${flags}`, checkRegex(source, flags)).get(`/${source}/${flags}`)
const { module, report, verdicts, counts } = generate({ source: SOURCE, ...upstream, takenIds: takenIds(), redos })
writeFileSync(MODULE, module)
writeFileSync(join(import.meta.dirname, 'REPORT.md'), report)
writeFileSync(join(import.meta.dirname, 'redos-verdicts.json'), JSON.stringify(verdicts, null, 2) + '\n')
console.log(`${counts.generated} rules generated, ${counts.dropped} dropped → ${MODULE}`)
