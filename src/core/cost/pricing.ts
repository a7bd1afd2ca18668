// List prices in USD per 1M tokens (input, output), as published by the providers in
// 2025. Used only for *relative* cost deltas in reviews; override or extend them with
// `cost.pricing` in promptops.yml. Matching is by longest prefix of the bare model name
// (provider prefixes like `openai/` are dropped), so `gpt-4o-2024-08-06` prices as `gpt-4o`.
export interface Price {
  input: number
  output: number
}

export const BUILTIN_PRICES: Readonly<Record<string, Price>> = {
  'gpt-4o': { input: 2.5, output: 10 },
  'gpt-4o-mini': { input: 0.15, output: 0.6 },
  'gpt-4.1': { input: 2, output: 8 },
  'gpt-4.1-mini': { input: 0.4, output: 1.6 },
  'gpt-4.1-nano': { input: 0.1, output: 0.4 },
  'gpt-4-turbo': { input: 10, output: 30 },
  'gpt-4': { input: 30, output: 60 },
  'gpt-3.5-turbo': { input: 0.5, output: 1.5 },
  o1: { input: 15, output: 60 },
  o3: { input: 2, output: 8 },
  'o3-mini': { input: 1.1, output: 4.4 },
  'o4-mini': { input: 1.1, output: 4.4 },
  'claude-3-5-sonnet': { input: 3, output: 15 },
  'claude-3-7-sonnet': { input: 3, output: 15 },
  'claude-sonnet-4': { input: 3, output: 15 },
  'claude-3-5-haiku': { input: 0.8, output: 4 },
  'claude-3-haiku': { input: 0.25, output: 1.25 },
  'claude-3-opus': { input: 15, output: 75 },
  'claude-opus-4': { input: 15, output: 75 },
  'gemini-1.5-pro': { input: 1.25, output: 5 },
  'gemini-1.5-flash': { input: 0.075, output: 0.3 },
  'gemini-2.0-flash': { input: 0.1, output: 0.4 },
  'gemini-2.5-pro': { input: 1.25, output: 10 },
  'gemini-2.5-flash': { input: 0.3, output: 2.5 },
  'mistral-large': { input: 2, output: 6 },
  'llama-3.1-70b': { input: 0.88, output: 0.88 },
}

export function bareModelName(id: string): string {
  const last = id.split('/').pop() ?? id
  return last.replace(/^models\//, '').toLowerCase()
}

export function priceOf(modelId: string | undefined, overrides: Record<string, Price>): Price | null {
  if (!modelId) return null
  if (overrides[modelId]) return overrides[modelId]
  const name = bareModelName(modelId)
  const table: Record<string, Price> = { ...BUILTIN_PRICES, ...overrides }
  let best: { key: string; price: Price } | null = null
  for (const [key, price] of Object.entries(table)) {
    const k = bareModelName(key)
    if (
      (name === k || name.startsWith(`${k}-`) || name.startsWith(`${k}@`)) &&
      (best === null || k.length > bareModelName(best.key).length)
    )
      best = { key, price }
  }
  return best ? best.price : null
}
