// `cost`: prompt tokens per call grew beyond the configured threshold. Long system
// prompts are paid for on every call, so growth compounds with traffic.
import type { Detector, RuleMeta } from './detector.js'

export const COST_RULE: RuleMeta = {
  id: 'cost.increase',
  category: 'cost',
  severity: 'medium',
  title: 'Estimated cost per call increased',
  help: 'Prompt tokens are paid on every call. Check the growth is worth it, or trim examples and boilerplate.',
}

const usd = (n: number | null): string => (n === null ? 'n/a' : `$${n.toFixed(n < 0.01 ? 5 : 4)}`)

export const costDetector: Detector = {
  id: 'cost',
  category: 'cost',
  rules: [COST_RULE],
  detect(change, { config, costOf }) {
    if (!change.head || !change.base || change.head.parseErrors.length > 0) return []
    const before = costOf(change.base)
    const after = costOf(change.head)
    const grew = after.inputTokens - before.inputTokens
    const percent = before.inputTokens === 0 ? Infinity : (grew / before.inputTokens) * 100
    const priceUp =
      before.usdPerCall !== null &&
      after.usdPerCall !== null &&
      after.usdPerCall > before.usdPerCall * (1 + config.cost.maxIncreasePercent / 100)
    const tokensUp = grew >= config.cost.minTokenIncrease && percent > config.cost.maxIncreasePercent
    if (!tokensUp && !(priceUp && before.model !== after.model)) return []
    const evidence = `${before.inputTokens} → ${after.inputTokens} tokens, ${usd(before.usdPerCall)} → ${usd(after.usdPerCall)} per call`
    const tokenRise = Number.isFinite(percent) ? `${Math.round(percent)}%` : 'from zero'
    const why = tokensUp
      ? `prompt tokens up ${tokenRise}`
      : `price per call up ${priceIncrease(before.usdPerCall, after.usdPerCall)}% with the model change`
    return [
      {
        rule: COST_RULE.id,
        severity: config.cost.severity,
        line: change.head.model.line ?? change.head.messages[0]?.startLine ?? 1,
        message: `Estimated cost per call increased: ${why}`,
        evidence,
      },
    ]
  },
}

/** Percentage rise in price per call (only asked when both prices are known). */
function priceIncrease(before: number | null, after: number | null): number {
  return before === null || after === null ? 0 : Math.round(((after - before) / before) * 100)
}
