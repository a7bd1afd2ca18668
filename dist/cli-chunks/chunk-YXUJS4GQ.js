import { createRequire as __promptopsCreateRequire } from 'node:module';
const require = __promptopsCreateRequire(import.meta.url);
import {
  require_picomatch
} from "./chunk-QK6DH36R.js";
import {
  CATEGORIES,
  LEVELS,
  levelRank,
  maxLevel
} from "./chunk-DCGKDFJX.js";
import {
  __toESM
} from "./chunk-L4R2QCBA.js";

// src/core/metrics/mapping.ts
function mapToTemplates(summaries, templatePaths, templateNames = {}) {
  const groups = /* @__PURE__ */ new Map();
  const unmatched = [];
  for (const summary of summaries) {
    const target = resolve(summary.template, templatePaths, templateNames);
    if (typeof target === "string") groups.set(target, [...groups.get(target) ?? [], summary]);
    else unmatched.push({ summary, reason: target.reason });
  }
  const warnings = unmatched.map((u) => `${u.summary.file}:${u.summary.line}: eval results for "${clip(u.summary.template)}" ${u.reason}`);
  const byPath = /* @__PURE__ */ new Map();
  for (const [path, group] of groups) {
    if (group.length > 1) warnings.push(`${path}: pooled ${group.length} eval results (${[...new Set(group.map((g) => g.file))].join(", ")})`);
    byPath.set(path, pool(group));
  }
  return { byPath, unmatched, warnings };
}
function resolve(ref, paths, names) {
  const wanted = normalise(ref);
  if (wanted === "") return { reason: "have no template path or name" };
  if (paths.includes(wanted)) return wanted;
  const within = paths.filter((p) => wanted.endsWith(`/${p}`)).sort((a, b) => b.length - a.length);
  if (within[0] !== void 0) return within[0];
  const around = paths.filter((p) => p.endsWith(`/${wanted}`));
  if (around.length === 1) return around[0];
  if (around.length > 1) return { reason: `are ambiguous: they could be ${around.slice(0, 5).join(", ")}` };
  const named = paths.filter((p) => names[p] !== void 0 && names[p].trim() === ref.trim());
  if (named.length === 1) return named[0];
  if (named.length > 1) return { reason: `are ambiguous: templates ${named.slice(0, 5).join(", ")} share that name` };
  return { reason: "match no governed template (by path or by name)" };
}
function normalise(ref) {
  let s = ref.trim().replaceAll("\\", "/");
  if (s.startsWith("file://")) s = s.slice("file://".length);
  while (s.startsWith("./")) s = s.slice(2);
  return s;
}
function pool(group) {
  const first = group[0];
  if (group.length === 1) return first;
  const samples = group.reduce((n, g) => n + g.samples, 0);
  const accuracy = samples > 0 ? group.reduce((s, g) => s + g.accuracy * g.samples, 0) / samples : group.reduce((s, g) => s + g.accuracy, 0) / group.length;
  return { ...first, accuracy, samples, file: [...new Set(group.map((g) => g.file))].join(", ") };
}
var clip = (s) => s.length > 120 ? `${s.slice(0, 117)}...` : s;

// src/core/metrics/findings.ts
var ACCURACY_RULE = {
  id: "model.accuracy-regression",
  category: "model",
  severity: "high",
  title: "Eval accuracy dropped beyond the tolerance",
  help: "The repo's own eval results show lower accuracy than the last merged value on the audit branch. Check the failing eval cases, fix the prompt, or raise `accuracy.tolerance` in `.github/promptops.yml` if the drop is noise."
};
var METRICS_RULES = [ACCURACY_RULE];
var ACCURACY_METRIC = "accuracy";
var ACCURACY_SAMPLES_METRIC = "accuracySamples";
function accuracyMetrics(summaries, templates) {
  const names = Object.fromEntries(templates.flatMap((t) => t.name ? [[t.path, t.name]] : []));
  const { byPath } = mapToTemplates(summaries, templates.map((t) => t.path), names);
  return Object.fromEntries([...byPath].map(([path, s]) => [path, { [ACCURACY_METRIC]: s.accuracy, [ACCURACY_SAMPLES_METRIC]: s.samples }]));
}

// src/core/scoring/score.ts
var SEVERITY_WEIGHT = { low: 0.05, medium: 0.2, high: 0.45, critical: 0.75 };
var counts = (f) => !f.suppressed && !f.informational;
function scoreFindings(findings, config) {
  const counted = findings.filter(counts);
  const score = Math.round(100 * (1 - counted.reduce((p, f) => p * (1 - SEVERITY_WEIGHT[f.severity]), 1)));
  const bySeverity = maxLevel(counted.map((f) => f.severity));
  const byScore = thresholdLevel(score, config);
  const level = maxLevel([bySeverity, byScore]);
  const explanation = [];
  if (counted.length === 0) explanation.push("no counted findings");
  else {
    const tally = LEVELS.map((l) => [l, counted.filter((f) => f.severity === l).length]).filter(([, n]) => n > 0);
    explanation.push(`score ${score}/100 from ${tally.map(([l, n]) => `${n} ${l}`).join(", ")} finding${counted.length === 1 ? "" : "s"}`);
    const top = counted.find((f) => f.severity === bySeverity);
    if (top) explanation.push(`level ${bySeverity}: highest finding ${top.rule} (${top.path}:${top.line})`);
    if (levelRank(byScore) > levelRank(bySeverity)) explanation.push(`raised to ${byScore}: score ${score} \u2265 threshold ${config.thresholds[byScore]}`);
  }
  const skipped = findings.length - counted.length;
  if (skipped > 0) explanation.push(`${skipped} finding${skipped === 1 ? "" : "s"} suppressed or informational (not counted)`);
  return { level, score, explanation };
}
function thresholdLevel(score, config) {
  const t = config.thresholds;
  if (score >= t.critical) return "critical";
  if (score >= t.high) return "high";
  if (score >= t.medium) return "medium";
  return "low";
}

// src/core/report/types.ts
var REPORT_VERSION = 1;

// src/core/report/assemble.ts
function bySeverityThenPath(a, b) {
  return levelRank(b.severity) - levelRank(a.severity) || a.path.localeCompare(b.path) || a.line - b.line || a.rule.localeCompare(b.rule);
}
function assembleReport(parts, config) {
  const findings = [...parts.findings].sort(bySeverityThenPath);
  const overall = scoreFindings(findings, config);
  return {
    version: REPORT_VERSION,
    level: overall.level,
    score: overall.score,
    explanation: overall.explanation,
    counts: {
      templates: parts.templates.length,
      findings: findings.length,
      byCategory: Object.fromEntries(CATEGORIES.map((c) => [c, findings.filter((f) => f.category === c).length]).filter(([, n]) => n !== 0)),
      byLevel: Object.fromEntries(LEVELS.map((l) => [l, findings.filter((f) => f.severity === l).length]))
    },
    templates: parts.templates,
    findings,
    policyFiles: parts.policyFiles,
    ignored: parts.ignored
  };
}

// src/core/scoring/apply-config.ts
var import_picomatch = __toESM(require_picomatch(), 1);
function applyConfig(path, category, drafts, ctx) {
  const findings = [];
  for (const draft of drafts) {
    const meta = ctx.rules.get(draft.rule);
    const finding = { ...draft, path: draft.path ?? path, category: draft.category ?? meta?.category ?? category };
    const override = severityOverride(ctx.config, finding);
    if (override === "off") continue;
    if (override) finding.severity = override;
    if (ctx.config.informational.includes(finding.category)) finding.informational = true;
    const suppression = ctx.config.suppressions.find((s) => suppresses(s, finding, ctx.today));
    if (suppression) finding.suppressed = { reason: suppression.reason };
    findings.push(finding);
  }
  return findings;
}
function severityOverride(config, finding) {
  const entry = config.rules[finding.rule] ?? config.rules[finding.category];
  if (entry === void 0) return void 0;
  return typeof entry === "string" ? entry : entry.severity;
}
function suppresses(s, f, today) {
  if (s.rule !== f.rule && s.rule !== f.category) return false;
  if (s.path && !import_picomatch.default.isMatch(f.path, s.path, { dot: true })) return false;
  if (s.line !== void 0 && s.line !== f.line) return false;
  if (s.until !== void 0 && s.until < today) return false;
  return f.category !== "policy";
}

export {
  METRICS_RULES,
  ACCURACY_METRIC,
  ACCURACY_SAMPLES_METRIC,
  accuracyMetrics,
  scoreFindings,
  bySeverityThenPath,
  assembleReport,
  applyConfig
};
