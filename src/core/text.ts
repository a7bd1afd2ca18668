// Small string helpers: ones that avoid regexes with super-linear worst cases (`/\/+$/` is
// quadratic on a long run of slashes followed by another character), and matchesOf, the
// detectors' way to iterate over a regex's matches.

/** Removes every trailing `char` (a single character). */
export function trimEndChar(text: string, char: string): string {
  let end = text.length
  while (end > 0 && text[end - 1] === char) end--
  return text.slice(0, end)
}

/**
 * Every match of the global regex `re` in `text`, as `text.matchAll(re)` yields them from the
 * start of the text, found with `re` itself and one at a time (a text of a million matches is
 * not held in memory). matchAll builds a copy of the regex on every call, and in the engine's
 * long runs those copies ran several times slower than the regex itself: the PII patterns over
 * 1,263 real prompt files took ~950 ms a run through matchAll and ~290 ms this way (V8's regex
 * tier-up is the likely cause: with `--regexp-tier-up-ticks=0` both take the shorter time).
 * `re.lastIndex` is put back after every step, so the loop body may use `re` too.
 */
export function* matchesOf(re: RegExp, text: string): Generator<RegExpExecArray, void, undefined> {
  if (!re.global) throw new TypeError(`matchesOf needs a global regex: /${re.source}/${re.flags}`)
  let index = 0
  for (;;) {
    const saved = re.lastIndex
    re.lastIndex = index
    const m = re.exec(text)
    index = re.lastIndex
    re.lastIndex = saved
    if (m === null) return
    // An empty match moves on by one character (one code point in a Unicode regex), as matchAll does.
    // The flags are read only then: `re.flags` builds a new string on each read, and matchesOf
    // is called for each pattern on each line a rule reads.
    if (m[0] === '') index = nextIndex(text, index, re.unicode || re.flags.includes('v'))
    yield m
  }
}

function nextIndex(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1
  const code = text.charCodeAt(index)
  const next = text.charCodeAt(index + 1)
  return code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? index + 2 : index + 1
}
