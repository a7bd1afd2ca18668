import type { Config } from '../config/config.schema.js'
import type { Template } from '../types.js'
import { priceOf } from './pricing.js'
import { templateTokens, type TokenCache, type TokenMethod } from './tokens.js'

export interface CostEstimate {
  model: string | null
  inputTokens: number
  /** Declared max output tokens, if the template sets one. */
  maxOutputTokens: number | null
  method: TokenMethod
  /** USD per call: prompt tokens plus the declared max output, when priced. */
  usdPerCall: number | null
}

const OUTPUT_KEYS = ['max_tokens', 'maxTokens', 'max_completion_tokens', 'maxOutputTokens', 'max_output_tokens']

export function estimateCost(template: Template, config: Config, cache?: TokenCache): CostEstimate {
  const { tokens, method } = templateTokens(template, cache)
  const rawMax = OUTPUT_KEYS.map((k) => template.model.parameters[k]).find((v) => typeof v === 'number')
  const maxOutputTokens = typeof rawMax === 'number' ? rawMax : null
  const price = priceOf(template.model.id, config.cost.pricing)
  const usdPerCall = price ? (tokens * price.input + (maxOutputTokens ?? 0) * price.output) / 1_000_000 : null
  return { model: template.model.id ?? null, inputTokens: tokens, maxOutputTokens, method, usdPerCall }
}
