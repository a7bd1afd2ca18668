// Small string helpers that avoid regexes with super-linear worst cases (`/\/+$/` is
// quadratic on a long run of slashes followed by another character).

/** Removes every trailing `char` (a single character). */
export function trimEndChar(text: string, char: string): string {
  let end = text.length
  while (end > 0 && text[end - 1] === char) end--
  return text.slice(0, end)
}

/**
 * Every match of the global regex `re` in `text`, as `text.matchAll(re)` yields them from the
 * start of the text, found with `re` itself; `re.lastIndex` is left as it was. matchAll builds
 * a copy of the regex on every call, and in the engine's long runs those copies ran several
 * times slower than the regex itself: the PII patterns over 1,263 real prompt files took
 * ~950 ms a run through matchAll and ~290 ms this way (V8's regex tier-up is the likely cause:
 * with `--regexp-tier-up-ticks=0` both take the shorter time).
 */
export function matchesOf(re: RegExp, text: string): RegExpExecArray[] {
  if (!re.global) throw new TypeError(`matchesOf needs a global regex: /${re.source}/${re.flags}`)
  const saved = re.lastIndex
  const out: RegExpExecArray[] = []
  re.lastIndex = 0
  try {
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      out.push(m)
      // An empty match moves on by one character (one code point in a Unicode regex), as matchAll does.
      if (m[0] === '') re.lastIndex = nextIndex(text, re.lastIndex, re.unicode || re.flags.includes('v'))
    }
  } finally {
    re.lastIndex = saved
  }
  return out
}

function nextIndex(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1
  const code = text.charCodeAt(index)
  const next = text.charCodeAt(index + 1)
  return code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? index + 2 : index + 1
}
