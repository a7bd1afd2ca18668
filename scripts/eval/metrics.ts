// Confusion counts and the usual scores. An empty denominator scores 1 (nothing to get wrong).
export interface Counts {
  tp: number
  fp: number
  fn: number
  tn: number
}

export interface Scores extends Counts {
  samples: number
  precision: number
  recall: number
  f1: number
}

/** Wilson score interval (95%) of k successes in n trials; [0, 1] when n is 0. */
export function wilson(k: number, n: number, z = 1.96): [number, number] {
  if (n === 0) return [0, 1]
  const p = k / n
  const denominator = 1 + (z * z) / n
  const centre = (p + (z * z) / (2 * n)) / denominator
  const half = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / denominator
  return [Math.max(0, centre - half), Math.min(1, centre + half)]
}

export const emptyCounts = (): Counts => ({ tp: 0, fp: 0, fn: 0, tn: 0 })

export function tally(counts: Counts, label: boolean, flagged: boolean): void {
  if (label && flagged) counts.tp++
  else if (label) counts.fn++
  else if (flagged) counts.fp++
  else counts.tn++
}

export function scores(c: Counts): Scores {
  const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp)
  const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn)
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
  return { ...c, samples: c.tp + c.fp + c.fn + c.tn, precision, recall, f1 }
}
