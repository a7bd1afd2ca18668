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
import { join, resolve } from 'node:path'
import { runGenerator } from './run-generator.mjs'
import { takenIds } from './taken-ids.mjs'
import { SOURCE } from './upstream.mjs'

runGenerator({
  source: SOURCE,
  dir: import.meta.dirname,
  module: join(resolve(import.meta.dirname, '../..'), 'src/core/detect/secrets/generated/noseyparker-rules.ts'),
  takenIds: takenIds(),
})
