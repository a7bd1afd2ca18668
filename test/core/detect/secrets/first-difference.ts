// Shared by the drift tests of the generated rule modules (gitleaks, Nosey Parker, Kingfisher):
// where a regenerated module or report first differs from the committed one.

/** The first line (1-based) at which `a` and `b` differ, or 0 when they are equal. */
export function firstDifference(a: string, b: string): number {
  const x = a.split('\n')
  const y = b.split('\n')
  for (let i = 0; i < Math.max(x.length, y.length); i++) if (x[i] !== y[i]) return i + 1
  return 0
}
