export { evaluateRouting } from './evaluate.js'
export { renderDecisionText } from './render-text.js'
export { renderDecisionMarkdown } from './render-markdown.js'
export { overrideReason, MIN_OVERRIDE_REASON } from './overrides.js'
export { approvalFreshness, type Freshness } from './freshness.js'
export type {
  CountedApproval,
  FreshVia,
  GovernedTemplate,
  PolicyFile,
  Pushers,
  Requirement,
  Review,
  ReviewState,
  RoutingDecision,
  RoutingInput,
  RoutingPolicy,
} from './types.js'
export { routingInput, loginFromEmail, type PullFacts } from './from-report.js'
