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
