// A line of tens of thousands of characters (a transcript or a JSON document pasted into a
// prompt) is read in windows of whole sentences. Every phrase rule, quotation check and
// counter-speech check reads the whole line it is given: one real 220,000-character line cost
// the detector over a second (1.2 s alone, 2.3 s among 1,263 files), and a negation or a
// verdict anywhere in it spoke for all of it. Lines of
// up to LONG_LINE characters, which include every line of the evaluation data, are read whole.

/** Lines longer than this are read in windows. */
export const LONG_LINE = 4000
/** A window's length at most: a phrase rule reads a few hundred characters. */
const WINDOW = 2000
/** A window ends at a sentence end (else a space) in its last half. */
const MIN_WINDOW = WINDOW / 2
/** The next window starts again at the last sentence (else word) start of the last OVERLAP
 * characters, so a claim that runs across two sentences ("… the Roma. They are thieves") or a
 * window's edge is still read whole. */
const OVERLAP = 300

const isSpace = (code: number): boolean => code === 32 || (code >= 9 && code <= 13) || code === 0xa0
/** '.', '!', '?', '…' */
const endsSentence = (code: number): boolean => code === 46 || code === 33 || code === 63 || code === 0x2026

/**
 * The last position in (from, to] where a sentence (`sentence`) or a word starts after a
 * space, or -1.
 */
function lastStart(line: string, from: number, to: number, sentence: boolean): number {
  for (let p = to; p > from; p--) {
    if (isSpace(line.charCodeAt(p)) || !isSpace(line.charCodeAt(p - 1))) continue
    if (!sentence) return p
    let q = p - 1
    while (q > from && isSpace(line.charCodeAt(q))) q--
    if (endsSentence(line.charCodeAt(q))) return p
  }
  return -1
}

/** The line itself, or, when it is longer than LONG_LINE, its overlapping windows in order. */
export function readingWindows(line: string): string[] {
  if (line.length <= LONG_LINE) return [line]
  const windows: string[] = []
  let start = 0
  while (line.length - start > WINDOW) {
    const limit = start + WINDOW
    let end = lastStart(line, start + MIN_WINDOW, limit, true)
    if (end < 0) end = lastStart(line, start + MIN_WINDOW, limit, false)
    if (end < 0) end = limit
    windows.push(line.slice(start, end))
    const sentence = lastStart(line, end - OVERLAP, end - 1, true)
    const word = sentence > 0 ? sentence : lastStart(line, end - OVERLAP, end - 1, false)
    start = word > 0 ? word : end
  }
  windows.push(line.slice(start))
  return windows
}
