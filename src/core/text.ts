// Small string helpers that avoid regexes with super-linear worst cases (`/\/+$/` is
// quadratic on a long run of slashes followed by another character).

/** Removes every trailing `char` (a single character). */
export function trimEndChar(text: string, char: string): string {
  let end = text.length
  while (end > 0 && text[end - 1] === char) end--
  return text.slice(0, end)
}
