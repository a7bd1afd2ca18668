/** Shannon entropy in bits per character: random base62 tokens score ~5, words ~3 or less. */
export function shannonEntropy(value: string): number {
  if (value.length === 0) return 0
  const counts = new Map<string, number>()
  for (const ch of value) counts.set(ch, (counts.get(ch) ?? 0) + 1)
  let bits = 0
  for (const n of counts.values()) {
    const p = n / value.length
    bits -= p * Math.log2(p)
  }
  return bits
}

/** How many of lower case, upper case and digits a value mixes. */
export function charClasses(value: string): number {
  return Number(/[a-z]/.test(value)) + Number(/[A-Z]/.test(value)) + Number(/[0-9]/.test(value))
}

/** How often the case changes between neighbouring characters: random mixed-case text flips about every other one, names rarely. */
export function caseFlips(value: string): number {
  let flips = 0
  for (let i = 1; i < value.length; i++) if (/[a-z]/.test(value[i - 1] ?? '') !== /[a-z]/.test(value[i] ?? '')) flips++
  return flips
}

/**
 * True for a random lower-case-and-digit token (`1238qjyf53n916ho13mw…`, base36 keys): digits
 * scattered through it (letters and digits alternate at least once per five characters), high
 * entropy. A name with a number (`release2024notes`) alternates once or twice.
 */
export function randomLowerAlnum(value: string): boolean {
  if (value.length < 20 || !/^[0-9a-z]+$/.test(value)) return false
  let flips = 0
  for (let i = 1; i < value.length; i++) if (isDigit(value.charCodeAt(i - 1)) !== isDigit(value.charCodeAt(i))) flips++
  return flips >= value.length / 5 && shannonEntropy(value) >= 3.6
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57

/**
 * Random letters in mixed case, digits or not (`sCJEqWPIObhUNXXiBN`, `knfGbTtwJpCnEyacQf`): the
 * case flips at least every fourth character, and capitals stand together at least twice or at
 * least two of its camel-case parts have no vowel. Camel-case names flipping that often
 * (`GetApiKeyForUser`, `ThisIsMyVariableName`) are made of words.
 */
export function randomCase(value: string): boolean {
  if (value.length < 12 || !/^[A-Za-z0-9]+$/.test(value)) return false
  const letters = value.replace(/[0-9]/g, '')
  if (letters.length < 12 || caseFlips(letters) < letters.length / 4 || shannonEntropy(value) < 3.3) return false
  let capitalPairs = 0
  for (let i = 1; i < letters.length; i++)
    if (isUpper(letters.charCodeAt(i - 1)) && isUpper(letters.charCodeAt(i))) capitalPairs++
  return capitalPairs >= 2 || (letters.match(CAMEL_PART) ?? []).filter((part) => !/[aeiouy]/i.test(part)).length >= 2
}

const CAMEL_PART = /[A-Z]?[a-z]+|[A-Z]+(?![a-z])/g

const isUpper = (c: number): boolean => c >= 65 && c <= 90
