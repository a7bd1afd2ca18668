// The in-process surface the benchmarks measure. Bundled on the fly by load-engine.mjs
// (no ts-node), so the numbers are for the same code the shells bundle.
import type { Detector } from '../../../src/core/detect/detector.js'
import { DETECTORS } from '../../../src/core/rules/index.js'

export { scoreChanges } from '../../../src/core/engine.js'
export { defaultConfig } from '../../../src/core/config/parse-config.js'
export { findSecrets } from '../../../src/core/detect/secrets/index.js'
export { findPii } from '../../../src/core/detect/pii/index.js'
export { parseTemplate } from '../../../src/core/templates/index.js'

/** Milliseconds spent in each detector since the last reset. */
export interface DetectorTimes {
  reset(): void
  snapshot(): Record<string, number>
}

/** Wraps every registered detector's `detect` with a timer. Call once per process:
 * the wrapper stays in place, and costs two performance.now() calls per template. */
export function instrumentDetectors(): DetectorTimes {
  const totals = new Map<string, number>()
  for (const detector of DETECTORS as Detector[]) {
    const inner = detector.detect.bind(detector)
    totals.set(detector.id, 0)
    detector.detect = (change, ctx) => {
      const start = performance.now()
      try {
        return inner(change, ctx)
      } finally {
        totals.set(detector.id, (totals.get(detector.id) ?? 0) + performance.now() - start)
      }
    }
  }
  return {
    reset: () => {
      for (const id of totals.keys()) totals.set(id, 0)
    },
    snapshot: () => Object.fromEntries(totals),
  }
}
