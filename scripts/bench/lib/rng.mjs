// A seeded PRNG (mulberry32) so every run benchmarks byte-identical input.

export function createRng(seed) {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (min, max) => min + Math.floor(next() * (max - min + 1))
  const pick = (items) => items[Math.floor(next() * items.length)]
  const chars = (alphabet, n) => {
    let out = ''
    for (let i = 0; i < n; i++) out += alphabet[Math.floor(next() * alphabet.length)]
    return out
  }
  return { next, int, pick, chars, chance: (p) => next() < p }
}

export const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
export const UPPER_DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
