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
