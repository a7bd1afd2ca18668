// Timing: warm-up runs, then the median of N timed runs (ms).

export async function measure(fn, { warmup = 1, runs = 5 } = {}) {
  for (let i = 0; i < warmup; i++) await fn()
  const times = []
  let last
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    last = await fn()
    times.push(performance.now() - start)
  }
  return { median: median(times), min: Math.min(...times), max: Math.max(...times), times, last }
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

export const MB = 1_000_000

/** Short human form for a figure in a given unit. */
export function formatValue(value, unit) {
  if (typeof value !== 'number') return String(value)
  const digits = unit === '×' ? 2 : Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : 2
  return `${value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: unit === '×' ? 2 : 0 })}`
}
