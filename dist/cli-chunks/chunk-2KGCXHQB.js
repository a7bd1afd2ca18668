import { createRequire as __promptopsCreateRequire } from 'node:module';
const require = __promptopsCreateRequire(import.meta.url);
import {
  mdInline,
  safe,
  safeOnce
} from "./chunk-5Q7Q5XHY.js";
import {
  ALL_RULES
} from "./chunk-DNWQRJ5V.js";
import {
  counts
} from "./chunk-NC2XGZVM.js";
import {
  absolute,
  level,
  oneOf,
  str
} from "./chunk-625UJJ63.js";
import {
  VERSION
} from "./chunk-AYBAV67E.js";
import {
  describeHost
} from "./chunk-HWHVFMPW.js";
import {
  levelRank
} from "./chunk-R47RDTTV.js";

// src/cli/report-output.ts
import { writeFile } from "node:fs/promises";

// src/core/report/json.ts
function renderJson(report) {
  const safe2 = safeOnce();
  return JSON.stringify(report, (_key, value) => typeof value === "string" ? safe2(value) : value, 2);
}

// src/core/report/checklist.ts
var CHECKLIST = {
  secrets: {
    check: "Remove the credential from the template and rotate it",
    why: "anything in a prompt is sent to the model provider, logged in traces and readable by anyone with repo access; assume it is leaked."
  },
  pii: {
    check: "Replace personal data with synthetic examples or variables",
    why: "prompts are copied into logs, evals and vendor systems; real personal data there breaks data-protection duties."
  },
  injection: {
    check: "Delimit untrusted input and keep it out of the system role",
    why: "text a user controls that lands in instructions can override them (prompt injection) and exfiltrate data."
  },
  guardrails: {
    check: "Confirm every removed or weakened safety/scope instruction is intended",
    why: "guardrails are what keep the model on task and refusing harmful requests; silent removal is a common regression."
  },
  toxicity: {
    check: "Check offensive, sexual or violent wording is intended and necessary",
    why: "the model mirrors its instructions; such text can surface to end users."
  },
  model: {
    check: "Re-run the evals for the new model or parameters",
    why: "the same prompt behaves differently on another model, revision or temperature."
  },
  schema: {
    check: "Update every caller for added, removed or renamed variables",
    why: "callers that send the old variables render empty slots or fail at run time."
  },
  cost: {
    check: "Confirm the token increase is worth its cost",
    why: "prompt tokens are paid on every call, so growth multiplies with traffic."
  },
  provenance: {
    check: "Record the dataset slice, model revision and owner",
    why: "audits must trace which data and model a prompt was validated against, and who answers for it."
  },
  policy: {
    check: "Have the governance owners review the policy change",
    why: "config, CODEOWNERS and workflows decide who approves prompts; changing them changes the rules for everyone."
  },
  data: {
    check: "Confirm the data class and the host it is sent to with the class's approvers",
    why: "student, health and personal data may only go to providers and regions your contracts allow; moving a template elsewhere changes who sees that data."
  }
};
function checklistItems(report) {
  const categories = /* @__PURE__ */ new Map();
  for (const f of report.findings) {
    if (f.suppressed || f.informational) continue;
    const seen = categories.get(f.category);
    if (!seen || levelRank(f.severity) > levelRank(seen)) categories.set(f.category, f.severity);
  }
  return [...categories].sort((a, b) => levelRank(b[1]) - levelRank(a[1])).map(([category, level2]) => ({
    category,
    level: level2,
    ...CHECKLIST[category],
    ...category === "cost" ? { check: costCheck(report) } : {}
  }));
}
function costCheck(report) {
  const flagged = new Set(
    report.findings.filter((f) => f.category === "cost" && !f.suppressed && !f.informational).map((f) => f.path)
  );
  let tokensRose = false;
  let priceRose = false;
  for (const t of report.templates.filter((t2) => flagged.has(t2.path))) {
    const { before, after } = t.cost;
    if (!before || !after) continue;
    if (after.inputTokens > before.inputTokens) tokensRose = true;
    if (before.model !== after.model && before.usdPerCall !== null && after.usdPerCall !== null && after.usdPerCall > before.usdPerCall)
      priceRose = true;
  }
  if (tokensRose && priceRose) return "Confirm the token increase and the new model's higher price are worth their cost";
  if (priceRose) return "Confirm the new model's higher price per call is worth it (prompt tokens did not grow)";
  return CHECKLIST.cost.check;
}

// src/core/data-classes/markdown.ts
var VERDICT = { allowed: "\u2705 allowed", "not-allowed": "\u274C not allowed", unknown: "\u2754 unknown host" };
function dataClassesMarkdown(report) {
  const classified = report.templates.flatMap(
    (t) => t.dataClasses && t.dataClasses.classes.length > 0 ? [{ path: t.path, d: t.dataClasses }] : []
  );
  if (classified.length === 0) return [];
  const out = ["### Data classes", "", "| Template | Classes | Sends to | Hosting | Telemetry |", "|---|---|---|---|---|"];
  for (const { path, d } of classified) {
    const verdicts = d.verdicts.map((v) => `${mdInline(v.dataClass)}: ${VERDICT[v.verdict]}`).join("<br>");
    const telemetry = d.redactTelemetry ? "through `promptops redact`" : "\u2014";
    out.push(
      `| \`${mdInline(path)}\` | ${d.classes.map(mdInline).join(", ")} | ${mdInline(describeHost(d.host))} | ${verdicts || "\u2014"} | ${telemetry} |`
    );
  }
  return [...out, ""];
}

// src/core/report/finding-text.ts
function findingText(f) {
  const evidence = f.evidence && !f.message.includes(f.evidence) ? safe(f.evidence) : null;
  return { message: safe(f.message), evidence };
}

// src/core/report/suppression-text.ts
var MAX_ENTRIES = 20;
var ATTENTION = /* @__PURE__ */ new Set(["stale", "unbound", "expired"]);
function suppressionEntries(report) {
  const acceptable = report.findings.filter((f) => counts(f) && f.category !== "policy" && f.fingerprint !== void 0);
  if (acceptable.length === 0) return null;
  const entries = acceptable.slice(0, MAX_ENTRIES).map(entry);
  const more = acceptable.length > MAX_ENTRIES ? [`# \u2026and ${acceptable.length - MAX_ENTRIES} more: see \`fingerprint\` in the JSON report`] : [];
  return ["suppressions:", ...entries, ...more].join("\n");
}
function entry(f) {
  const about = plain(`L${f.line}: ${f.message}`).slice(0, 100);
  return [
    `  - rule: ${f.rule}`,
    `    path: ${JSON.stringify(f.path)}`,
    `    fingerprint: ${f.fingerprint}  # ${about}`,
    '    reason: "<why this is acceptable>"'
  ].join("\n");
}
function suppressionsToReview(report) {
  return (report.suppressions ?? []).filter((s) => ATTENTION.has(s.status)).map(describe);
}
function describe(s) {
  const what = [`#${s.index + 1}`, s.rule, s.path, s.fingerprint, s.line === void 0 ? void 0 : `line ${s.line}`].filter((x) => x !== void 0).join(" ");
  const pick = (s.candidates ?? []).map((c) => `${c.fingerprint} (${c.path}:${c.line})`);
  const choose = pick.length > 0 ? `; findings now on that line: ${pick.join(", ")}` : "";
  return plain(`${what}: ${s.status} \u2014 ${s.note ?? ""}${choose}`);
}
var plain = (text) => safe(text).replace(/[`\r\n]+/g, " ");

// src/core/report/markdown.ts
var COMMENT_MARKER = "<!-- promptops:risk-report -->";
var BADGE = { low: "\u{1F7E2} low", medium: "\u{1F7E1} medium", high: "\u{1F7E0} high", critical: "\u{1F534} critical" };
var FINDINGS_SHOWN = 5;
function renderMarkdown(report, options = {}) {
  const out = [COMMENT_MARKER, `## PromptOps risk: ${BADGE[report.level]} (score ${report.score}/100)`, ""];
  if (report.templates.length === 0 && report.findings.length === 0) {
    out.push("No governed prompt templates changed.");
    return out.join("\n");
  }
  out.push(...report.explanation.map((e) => `- ${safe(e)}`), "");
  if (report.policyFiles.length > 0) {
    out.push(
      `> [!WARNING]
> Governance files changed (${report.policyFiles.map((p) => `\`${mdInline(p)}\``).join(", ")}): this PR needs the top tier of approval.`,
      ""
    );
  }
  if (report.templates.length > 0) {
    out.push("| Template | Change | Risk | Findings | Tokens/call | Est. cost/call |", "|---|---|---|---|---|---|");
    for (const t of report.templates) out.push(summaryRow(t));
    out.push("");
  }
  out.push(...dataClassesMarkdown(report));
  for (const t of report.templates.filter((t2) => t2.findings.length > 0)) out.push(...templateSection(t, options), "");
  const templatePaths = new Set(report.templates.map((t) => t.path));
  const other = report.findings.filter((f) => f.category !== "policy" && !templatePaths.has(f.path));
  if (other.length > 0)
    out.push(
      "### Other governed files",
      "",
      ...folded(other.map((f) => `- \`${mdInline(f.path)}\` ${findingLine(f, options).slice(2)}`)),
      ""
    );
  if (options.approval) out.push(...approvalSection(options.approval, options.checksUrl), "");
  out.push(...suppressionSection(report));
  out.push(...checklist(report));
  return out.join("\n");
}
function summaryRow(t) {
  const name = t.oldPath ? `\`${mdInline(t.oldPath)}\` \u2192 \`${mdInline(t.path)}\`` : `\`${mdInline(t.path)}\``;
  const tokens = `${t.cost.before?.inputTokens ?? "\u2013"} \u2192 ${t.cost.after?.inputTokens ?? "\u2013"}`;
  const usd = (n) => n === null || n === void 0 ? "\u2013" : `$${n.toFixed(5)}`;
  const cost = `${usd(t.cost.before?.usdPerCall)} \u2192 ${usd(t.cost.after?.usdPerCall)}`;
  return `| ${name} | ${t.status} | ${BADGE[t.level]} | ${t.findings.length} | ${tokens} | ${cost} |`;
}
function templateSection(t, options) {
  const max = options.maxFindingsPerTemplate ?? 50;
  const lines = t.findings.slice(0, max).map((f) => findingLine(f, options));
  if (t.findings.length > max) lines.push(`- \u2026and ${t.findings.length - max} more (see the SARIF report or the job summary)`);
  return [`### \`${mdInline(t.path)}\` \u2014 ${BADGE[t.level]}`, "", ...folded(lines)];
}
function folded(lines) {
  if (lines.length <= FINDINGS_SHOWN + 1) return lines;
  const rest = lines.slice(FINDINGS_SHOWN);
  return [...lines.slice(0, FINDINGS_SHOWN), "", `<details><summary>${rest.length} more</summary>`, "", ...rest, "", "</details>"];
}
function findingLine(f, options) {
  const base = f.baseLine ? options.baseBlobUrl : options.blobUrl;
  const where = base ? `[L${f.line}](${base}${encodeURI(f.path)}#L${f.line})` : `L${f.line}`;
  const { message, evidence } = findingText(f);
  const shown = evidence === null ? "" : ` \u2014 \`${evidence.replace(/`/g, "'").replace(/\r?\n/g, " ")}\``;
  const note = f.suppressed ? ` _(suppressed: ${mdInline(f.suppressed.reason)})_` : f.informational ? " _(informational)_" : "";
  const text = `**${f.severity}** \`${f.rule}\` ${where}: ${mdInline(message)}${shown}${note}`;
  return f.suppressed ? `- ~~${f.severity}~~ ${text.slice(text.indexOf("`"))}` : `- ${text}`;
}
function approvalSection(approval, checksUrl) {
  const check = checksUrl ? `[\`promptops/approval\`](${checksUrl})` : "`promptops/approval`";
  const lines = ["### Approval", ""];
  if (approval.requirements.length === 0)
    return [...lines, `${BADGE[approval.tier]} tier: no approval required; the ${check} check passes by itself.`];
  lines.push(
    `${BADGE[approval.tier]} tier: the ${check} check passes once all of these hold (the author's own approval never counts):`,
    ""
  );
  const add = (r, depth) => {
    const who = r.approvers.length > 0 ? ` \u2014 ${r.approvers.map((a) => `\`${a.replace(/`/g, "'")}\``).join(", ")}` : "";
    const blocked = r.blocked === void 0 ? "" : ` \u2014 **cannot be met:** ${mdInline(r.blocked)}`;
    lines.push(`${"  ".repeat(depth)}- ${mdInline(r.description).replace(/@/g, "@\u200B")}${blocked || who}`);
    for (const child of r.children) add(child, depth + 1);
  };
  for (const r of approval.requirements) add(r, 0);
  return lines;
}
function suppressionSection(report) {
  const review = suppressionsToReview(report);
  const entries = suppressionEntries(report);
  const out = [];
  if (review.length > 0) out.push("### Suppressions to review", "", ...review.map((r) => `- ${mdInline(r)}`), "");
  if (entries !== null) {
    const summary = "To accept a finding, add its entry to <code>.github/promptops.yml</code> with a reason (the fingerprint binds it to this content)";
    out.push(`<details><summary>${summary}</summary>`, "", "```yaml", entries, "```", "", "</details>", "");
  }
  return out;
}
function checklist(report) {
  const items = checklistItems(report);
  if (items.length === 0) return [];
  return ["### Reviewer checklist", "", ...items.map((i) => `- [ ] **${i.category}** (${i.level}): ${i.check} \u2014 ${i.why}`)];
}

// src/core/report/sarif.ts
var SARIF_LEVEL = {
  low: "note",
  medium: "warning",
  high: "error",
  critical: "error"
};
var SECURITY_SEVERITY = { low: "2.0", medium: "5.0", high: "7.5", critical: "9.5" };
function renderSarif(report, options) {
  const rules = ALL_RULES.map((r) => ({
    id: r.id,
    name: r.id.replace(/[.-](\w)/g, (_m, c) => c.toUpperCase()).replace(/^\w/, (c) => c.toUpperCase()),
    shortDescription: { text: r.title },
    fullDescription: { text: r.help },
    help: { text: r.help, markdown: `**${r.title}** (${r.category})

${r.help}` },
    defaultConfiguration: { level: SARIF_LEVEL[r.severity] },
    properties: { tags: ["promptops", r.category], "security-severity": SECURITY_SEVERITY[r.severity], precision: "high" }
  }));
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const located = report.findings.filter((f) => !f.baseLine);
  const results = located.map((f) => result(f, index.get(f.rule)));
  const sarif = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "PromptOps",
            version: options.toolVersion,
            semanticVersion: options.toolVersion,
            informationUri: options.informationUri ?? "https://github.com/promptops/promptops",
            rules
          }
        },
        automationDetails: { id: "promptops/risk/" },
        results,
        properties: { baseVersionFindings: report.findings.length - located.length }
      }
    ]
  };
  return JSON.stringify(sarif, null, 2);
}
function result(f, ruleIndex) {
  const { message, evidence } = findingText(f);
  const text = evidence === null ? message : `${message} (${evidence})`;
  return {
    ruleId: f.rule,
    ...ruleIndex === void 0 ? {} : { ruleIndex },
    level: SARIF_LEVEL[f.severity],
    message: { text },
    locations: [
      { physicalLocation: { artifactLocation: { uri: encodeURI(f.path) }, region: { startLine: Math.max(1, f.line) } } }
    ],
    partialFingerprints: {
      promptopsFinding: `${f.rule}:${f.path}:${f.evidence ? safe(f.evidence) : f.line}`,
      ...f.fingerprint ? { "promptopsContent/v1": f.fingerprint } : {}
    },
    properties: { category: f.category, severity: f.severity },
    ...f.suppressed ? { suppressions: [{ kind: "external", justification: safe(f.suppressed.reason) }] } : {}
  };
}

// src/core/report/text.ts
var COLOUR = { low: "32", medium: "33", high: "35", critical: "31" };
function renderText(report, options = {}) {
  const paint = (level2, text) => options.color ? `\x1B[${COLOUR[level2]}m${text}\x1B[0m` : text;
  const line = (f) => {
    const { message, evidence } = findingText(f);
    const tag = f.suppressed ? ` (suppressed: ${safe(f.suppressed.reason)})` : f.informational ? " (info)" : "";
    const where = `${safe(f.path)}:${f.line}${f.baseLine ? " (base)" : ""}`;
    return `  ${where}  ${paint(f.severity, f.severity.padEnd(8))} ${f.rule}  ${message}${evidence === null ? "" : `  [${evidence}]`}${tag}`;
  };
  const out = [`PromptOps risk: ${paint(report.level, report.level.toUpperCase())} (score ${report.score}/100)`];
  for (const explanation of report.explanation) out.push(`  ${safe(explanation)}`);
  if (report.policyFiles.length > 0) out.push(`  governance files changed: ${report.policyFiles.map(safe).join(", ")}`);
  for (const t of report.templates) {
    const rename = t.oldPath ? `${safe(t.oldPath)} \u2192 ` : "";
    out.push("", `${rename}${safe(t.path)} [${t.status}, ${t.format}] ${paint(t.level, t.level)} ${t.score}/100`);
    for (const f of t.findings) out.push(line(f));
  }
  for (const i of report.ignored) out.push(`  ignored ${safe(i.path)}: ${safe(i.reason)}`);
  const templatePaths = new Set(report.templates.map((t) => t.path));
  const other = report.findings.filter((f) => f.category !== "policy" && !templatePaths.has(f.path));
  if (other.length > 0) out.push("", "other governed files");
  for (const f of other) out.push(line(f));
  const review = suppressionsToReview(report);
  if (review.length > 0) out.push("", "suppressions to review", ...review.map((r) => `  ${r}`));
  if (report.findings.length === 0 && report.templates.length === 0) out.push("No governed prompt templates changed.");
  return out.join("\n");
}

// src/cli/report-output.ts
var FORMATS = ["json", "sarif", "markdown", "text"];
var REPORT_OPTIONS = {
  format: { type: "string", short: "f" },
  "fail-on": { type: "string" },
  output: { type: "string", short: "o" },
  config: { type: "string" }
};
function render(report, format, io, markdown = {}) {
  switch (format) {
    case "json":
      return renderJson(report);
    case "sarif":
      return renderSarif(report, { toolVersion: VERSION });
    case "markdown":
      return renderMarkdown(report, markdown);
    case "text":
      return renderText(report, { color: io.isTTY && !io.env.NO_COLOR });
  }
}
async function emitReport(report, values, io, markdown = {}) {
  const format = oneOf(str(values.format), FORMATS, "--format", io.isTTY ? "text" : "json");
  const failOn = level(str(values["fail-on"]), "--fail-on");
  const text = `${render(report, format, io, markdown)}
`;
  const output = str(values.output);
  if (output) await writeFile(absolute(io.cwd, output), text);
  else io.stdout(text);
  if (failOn && levelRank(report.level) >= levelRank(failOn)) {
    io.stderr(`promptops: risk level ${report.level} meets --fail-on ${failOn}
`);
    return 1;
  }
  return 0;
}

export {
  REPORT_OPTIONS,
  emitReport
};
