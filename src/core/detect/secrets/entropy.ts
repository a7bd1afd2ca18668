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
