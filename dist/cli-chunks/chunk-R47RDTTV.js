import { createRequire as __promptopsCreateRequire } from 'node:module';
const require = __promptopsCreateRequire(import.meta.url);

// src/core/types.ts
var LEVELS = ["low", "medium", "high", "critical"];
var CATEGORIES = [
  "secrets",
  "pii",
  "injection",
  "guardrails",
  "toxicity",
  "model",
  "schema",
  "cost",
  "provenance",
  "policy",
  "data"
];
function levelRank(level) {
  return LEVELS.indexOf(level);
}
function maxLevel(levels) {
  let best = "low";
  for (const level of levels) if (levelRank(level) > levelRank(best)) best = level;
  return best;
}

export {
  LEVELS,
  CATEGORIES,
  levelRank,
  maxLevel
};
