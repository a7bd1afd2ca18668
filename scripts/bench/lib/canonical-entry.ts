// The canonicalisation step alone (src/core/canonical), for `npm run bench -- canonical`: the
// views every detector reads, built for each change of a corpus, timed apart from parsing.
import { canonicalAdded, canonicalMessageLines } from '../../../src/core/canonical/index.js'
import { diffTemplate } from '../../../src/core/diff/template-diff.js'
import { parseTemplate } from '../../../src/core/templates/index.js'
import type { FileChange } from '../../../src/core/types.js'

/** Milliseconds per run of building every change's canonical views (parsing not included). */
export function canonicalTimes(files: FileChange[], runs: number, warmup: number): number[] {
  const parsed = files.map((f) => ({
    f,
    base: f.baseText === null ? null : parseTemplate(f.path, f.baseText),
    head: parseTemplate(f.path, f.headText ?? ''),
  }))
  const times: number[] = []
  for (let r = 0; r < warmup + runs; r++) {
    // New change objects each run: the views are memoised per change.
    const changes = parsed.map(({ f, base, head }) => diffTemplate(f, base, head))
    const start = performance.now()
    for (const c of changes) {
      canonicalAdded(c).lines()
      canonicalMessageLines(c)
    }
    if (r >= warmup) times.push(performance.now() - start)
  }
  return times
}
