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
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { runGenerator } from '../noseyparker/run-generator.mjs'
import { takenIds, takenPatterns } from '../noseyparker/taken-ids.mjs'
import { KINGFISHER } from './profile.mjs'

runGenerator({
  source: JSON.parse(readFileSync(join(import.meta.dirname, 'source.json'), 'utf8')),
  dir: import.meta.dirname,
  module: join(resolve(import.meta.dirname, '../..'), 'src/core/detect/secrets/generated/kingfisher-rules.ts'),
  takenIds: takenIds({ noseyParker: true }),
  takenPatterns: takenPatterns(),
  profile: KINGFISHER,
})
