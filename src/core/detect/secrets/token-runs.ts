// Runs of token characters long enough to hold a secret, found by probing every `minRun`-th
// character: a run that long must cover a probe, so prose costs one test per `minRun` characters.

/**
 * Calls `visit` with each maximal run of `isTokenChar` characters that covers a probe (runs
 * shorter than `minRun` may be visited too: the visitor checks lengths). `visit` returns where
 * the run it judged ends (it may extend it, e.g. over padding); probing resumes past that.
 */
export function visitTokenRuns(
  text: string,
  isTokenChar: (code: number) => boolean,
  minRun: number,
  visit: (start: number, end: number, probe: number) => number,
): void {
  let i = minRun - 1
  while (i < text.length) {
    if (!isTokenChar(text.charCodeAt(i))) {
      i += minRun
      continue
    }
    let start = i
    while (start > 0 && isTokenChar(text.charCodeAt(start - 1))) start--
    let end = i + 1
    while (end < text.length && isTokenChar(text.charCodeAt(end))) end++
    i = visit(start, end, i) + minRun
  }
}
