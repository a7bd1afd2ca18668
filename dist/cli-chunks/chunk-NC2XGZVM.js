import { createRequire as __promptopsCreateRequire } from 'node:module';
const require = __promptopsCreateRequire(import.meta.url);
import {
  require_picomatch
} from "./chunk-5VG5CH4R.js";
import {
  canonicalString
} from "./chunk-CQU3XPPY.js";
import {
  CATEGORIES,
  LEVELS,
  levelRank,
  maxLevel
} from "./chunk-R47RDTTV.js";
import {
  __toESM
} from "./chunk-L4R2QCBA.js";

// src/adapters/decode.ts
var decoder = new TextDecoder("utf-8", { fatal: true });
function decodeText(bytes) {
  if (bytes.includes(0)) return { text: null, binary: true };
  try {
    return { text: decoder.decode(bytes), binary: false };
  } catch {
    return { text: null, binary: true };
  }
}
function includeScanText(bytes) {
  return decodeText(bytes).text ?? Buffer.from(bytes).toString("latin1");
}

// src/core/canonical/fingerprint.ts
import { createHash } from "node:crypto";
var VERSION = "promptops-fingerprint-v1";
var LENGTH = 20;
var hash = (...parts) => createHash("sha256").update([VERSION, ...parts].join("\0")).digest("hex").slice(0, LENGTH);
function valueFingerprint(rule, value) {
  return hash(rule, "value", value);
}
function lineFingerprint(rule, line, evidence) {
  const content = canonicalString(line).text.replace(/\s+/g, " ").trim();
  return hash(rule, "line", content, evidence ?? "");
}
function evidenceFingerprint(rule, evidence, message) {
  return hash(rule, "evidence", evidence ?? message);
}
var ABOUT_TEXT = /* @__PURE__ */ new Set(["secrets", "pii", "injection", "toxicity", "guardrails"]);
function fingerprintDrafts(change, category, drafts) {
  if (drafts.length === 0) return [];
  return drafts.map((d) => {
    if (d.fingerprint !== void 0) return d;
    if (!ABOUT_TEXT.has(d.category ?? category)) return { ...d, fingerprint: evidenceFingerprint(d.rule, d.evidence, d.message) };
    return { ...d, fingerprint: lineFingerprint(d.rule, lineOf(change, d.line, d.baseLine === true), d.evidence) };
  });
}
function lineOf(change, line, base) {
  const changed = base ? change.lines.removed : change.lines.added;
  const hit = changed[lastAtOrBefore(changed, line)];
  if (hit?.line === line) return hit.text;
  if (base || !change.headText) return "";
  let start = 0;
  for (let n = 1; n < line && start !== -1; n++) start = change.headText.indexOf("\n", start) + 1 || -1;
  if (start === -1) return "";
  const end = change.headText.indexOf("\n", start);
  return change.headText.slice(start, end === -1 ? void 0 : end).replace(/^\ufeff|\r$/g, "");
}
function lastAtOrBefore(lines, line) {
  let lo = 0;
  let hi = lines.length - 1;
  while (lo < hi) {
    const mid = lo + hi + 1 >> 1;
    if ((lines[mid]?.line ?? 0) <= line) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

// src/core/scoring/score.ts
var SEVERITY_WEIGHT = { low: 0.05, medium: 0.2, high: 0.45, critical: 0.75 };
var counts = (f) => !f.suppressed && !f.informational;
function ruleGroups(findings) {
  const best = /* @__PURE__ */ new Map();
  for (const f of findings) {
    if (!counts(f)) continue;
    const seen = best.get(f.rule);
    if (seen === void 0 || levelRank(f.severity) > levelRank(seen.severity)) best.set(f.rule, f);
  }
  return [...best.values()];
}
function combinedScore(groups) {
  return Math.round(100 * (1 - groups.reduce((p, f) => p * (1 - SEVERITY_WEIGHT[f.severity]), 1)));
}
var plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
function scoreFindings(findings, config) {
  const counted = findings.filter(counts);
  const groups = ruleGroups(counted);
  const score = combinedScore(groups);
  const bySeverity = maxLevel(counted.map((f) => f.severity));
  const byScore = thresholdLevel(score, config);
  const level = maxLevel([bySeverity, byScore]);
  const explanation = [];
  if (counted.length === 0) explanation.push("no counted findings");
  else {
    const tally = LEVELS.map((l) => [l, groups.filter((f) => f.severity === l).length]).filter(([, n]) => n > 0);
    const repeated = counted.length > groups.length ? ` (${plural(counted.length, "finding")}; a rule that fires more than once counts once)` : "";
    explanation.push(
      `score ${score}/100 from ${tally.map(([l, n]) => `${n} ${l}`).join(", ")} rule${groups.length === 1 ? "" : "s"}${repeated}`
    );
    const top = counted.find((f) => f.severity === bySeverity);
    if (top) explanation.push(`level ${bySeverity}: highest finding ${top.rule} (${top.path}:${top.line})`);
    if (levelRank(byScore) > levelRank(bySeverity))
      explanation.push(`raised to ${byScore}: score ${score} \u2265 threshold ${config.thresholds[byScore]}`);
  }
  const skipped = findings.length - counted.length;
  if (skipped > 0)
    explanation.push(`${plural(skipped, "finding")} suppressed, informational or already in the base version (not counted)`);
  return { level, score, explanation };
}
function thresholdLevel(score, config) {
  const t = config.thresholds;
  if (score >= t.critical) return "critical";
  if (score >= t.high) return "high";
  if (score >= t.medium) return "medium";
  return "low";
}

// src/core/scoring/aggregate.ts
function findingGroups(findings) {
  const groups = /* @__PURE__ */ new Map();
  for (const f of findings) {
    if (!counts(f)) continue;
    const key = `${f.rule}\0${f.evidence ?? f.message}`;
    const group = groups.get(key);
    if (group === void 0) {
      groups.set(key, {
        rule: f.rule,
        category: f.category,
        severity: f.severity,
        count: 1,
        paths: [f.path],
        message: f.message,
        ...f.evidence ? { evidence: f.evidence } : {}
      });
      continue;
    }
    group.count++;
    if (levelRank(f.severity) > levelRank(group.severity)) group.severity = f.severity;
    if (!group.paths.includes(f.path)) group.paths.push(f.path);
  }
  return [...groups.values()];
}
function aggregateScore(units, otherFindings, config) {
  const byPath = /* @__PURE__ */ new Map();
  for (const f of otherFindings) byPath.set(f.path, [...byPath.get(f.path) ?? [], f]);
  const all = [...units, ...[...byPath].map(([path, list]) => ({ path, ...scoreFindings(list, config) }))];
  const level = maxLevel(all.map((u) => u.level));
  const score = all.reduce((best, u) => Math.max(best, u.score), 0);
  const top = all.filter((u) => u.level === level).sort((a, b) => b.score - a.score)[0];
  const explanation = [];
  if (top === void 0 || level === "low" && score === 0) explanation.push("no counted findings");
  else {
    const worst = units.some((u) => u.path === top.path) ? void 0 : worstFinding(byPath.get(top.path) ?? []);
    explanation.push(
      `level ${level}: the highest of ${all.length} file${all.length === 1 ? "" : "s"} is ${top.path} (${top.level}, score ${top.score})${worst ? `: ${worst.message}` : ""}`
    );
  }
  return { level, score, explanation };
}
function worstFinding(findings) {
  return findings.reduce(
    (worst, f) => worst === void 0 || levelRank(f.severity) > levelRank(worst.severity) ? f : worst,
    void 0
  );
}

// src/core/report/types.ts
var REPORT_VERSION = 1;

// src/core/report/assemble.ts
function bySeverityThenPath(a, b) {
  return levelRank(b.severity) - levelRank(a.severity) || a.path.localeCompare(b.path) || a.line - b.line || a.rule.localeCompare(b.rule);
}
function assembleReport(parts, config) {
  const findings = [...parts.findings].sort(bySeverityThenPath);
  const templatePaths = new Set(parts.templates.map((t) => t.path));
  const overall = aggregateScore(
    parts.templates,
    findings.filter((f) => !templatePaths.has(f.path)),
    config
  );
  const groups = findingGroups(findings);
  const repeated = groups.filter((g) => g.paths.length > 1);
  const explanation = [
    ...overall.explanation,
    ...repeated.slice(0, 5).map((g) => `one change in ${g.paths.length} files counts as one finding group: ${g.rule} (${g.evidence ?? g.message})`)
  ];
  const counted = findings.filter(counts);
  return {
    version: REPORT_VERSION,
    level: overall.level,
    score: overall.score,
    explanation,
    counts: {
      templates: parts.templates.length,
      findings: counted.length,
      informational: findings.length - counted.length,
      byCategory: Object.fromEntries(
        CATEGORIES.map((c) => [c, counted.filter((f) => f.category === c).length]).filter(([, n]) => n !== 0)
      ),
      byLevel: Object.fromEntries(
        LEVELS.map((l) => [l, counted.filter((f) => f.severity === l).length])
      )
    },
    templates: parts.templates,
    findings,
    groups,
    policyFiles: parts.policyFiles,
    ignored: parts.ignored,
    ...parts.suppressions === void 0 ? {} : { suppressions: parts.suppressions }
  };
}

// src/core/scoring/apply-config.ts
var import_picomatch = __toESM(require_picomatch(), 1);
function applyConfig(path, category, drafts, ctx) {
  const findings = [];
  for (const draft of drafts) {
    const meta = ctx.rules.get(draft.rule);
    const finding = { ...draft, path: draft.path ?? path, category: draft.category ?? meta?.category ?? category };
    finding.fingerprint ??= evidenceFingerprint(finding.rule, finding.evidence, finding.message);
    const override = severityOverride(ctx.config, finding);
    if (override === "off") continue;
    if (override) finding.severity = override;
    if (ctx.config.informational.includes(finding.category)) finding.informational = true;
    const index = ctx.config.suppressions.findIndex((s) => suppresses(s, finding, ctx.today));
    const suppression = ctx.config.suppressions[index];
    if (suppression) {
      finding.suppressed = { reason: suppression.reason };
      ctx.ledger?.used.add(index);
    }
    findings.push(finding);
  }
  return findings;
}
function severityOverride(config, finding) {
  const entry = config.rules[finding.rule] ?? config.rules[finding.category];
  if (entry === void 0) return void 0;
  return typeof entry === "string" ? entry : entry.severity;
}
function names(s, f) {
  if (s.rule !== f.rule && s.rule !== f.category) return false;
  return s.path === void 0 || import_picomatch.default.isMatch(f.path, s.path, { dot: true });
}
function suppresses(s, f, today) {
  if (!names(s, f)) return false;
  if (s.fingerprint !== void 0 ? s.fingerprint !== f.fingerprint : s.line !== void 0) return false;
  if (s.until !== void 0 && s.until < today) return false;
  return f.category !== "policy";
}

export {
  decodeText,
  includeScanText,
  valueFingerprint,
  fingerprintDrafts,
  counts,
  scoreFindings,
  bySeverityThenPath,
  assembleReport,
  applyConfig,
  names
};
