import { createRequire as __promptopsCreateRequire } from 'node:module';
const require = __promptopsCreateRequire(import.meta.url);
import {
  VERSION
} from "./chunk-EMWUWVC6.js";
import {
  mdInline,
  safe
} from "./chunk-U6EGTRUJ.js";
import {
  ALL_RULES
} from "./chunk-S5TFHBYC.js";
import {
  absolute,
  level,
  oneOf,
  str
} from "./chunk-7WHS6NR7.js";
import {
  levelRank
} from "./chunk-DCGKDFJX.js";

// src/core/report/json.ts
function renderJson(report) {
  return JSON.stringify(report, (_key, value) => typeof value === "string" ? safe(value) : value, 2);
}

// src/core/report/sarif.ts
var SARIF_LEVEL = { low: "note", medium: "warning", high: "error", critical: "error" };
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
  const results = report.findings.map((f) => result(f, index.get(f.rule)));
  const sarif = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: { driver: { name: "PromptOps", version: options.toolVersion, semanticVersion: options.toolVersion, informationUri: options.informationUri ?? "https://github.com/promptops/promptops", rules } },
        automationDetails: { id: "promptops/risk/" },
        results
      }
    ]
  };
  return JSON.stringify(sarif, null, 2);
}
function result(f, ruleIndex) {
  const text = safe(`${f.message}${f.evidence && !f.message.includes(f.evidence) ? ` (${f.evidence})` : ""}`);
  return {
    ruleId: f.rule,
    ...ruleIndex === void 0 ? {} : { ruleIndex },
    level: SARIF_LEVEL[f.severity],
    message: { text },
    locations: [{ physicalLocation: { artifactLocation: { uri: encodeURI(f.path) }, region: { startLine: Math.max(1, f.line) } } }],
    partialFingerprints: { promptopsFinding: `${f.rule}:${f.path}:${f.evidence ? safe(f.evidence) : f.line}` },
    properties: { category: f.category, severity: f.severity, ...f.baseLine ? { baseVersionLine: true } : {} },
    ...f.suppressed ? { suppressions: [{ kind: "external", justification: safe(f.suppressed.reason) }] } : {}
  };
}

// src/core/report/checklist.ts
var CHECKLIST = {
  secrets: { check: "Remove the credential from the template and rotate it", why: "anything in a prompt is sent to the model provider, logged in traces and readable by anyone with repo access; assume it is leaked." },
  pii: { check: "Replace personal data with synthetic examples or variables", why: "prompts are copied into logs, evals and vendor systems; real personal data there breaks data-protection duties." },
  injection: { check: "Delimit untrusted input and keep it out of the system role", why: "text a user controls that lands in instructions can override them (prompt injection) and exfiltrate data." },
  guardrails: { check: "Confirm every removed or weakened safety/scope instruction is intended", why: "guardrails are what keep the model on task and refusing harmful requests; silent removal is a common regression." },
  toxicity: { check: "Check offensive, sexual or violent wording is intended and necessary", why: "the model mirrors its instructions; such text can surface to end users." },
  model: { check: "Re-run the evals for the new model or parameters", why: "the same prompt behaves differently on another model, revision or temperature." },
  schema: { check: "Update every caller for added, removed or renamed variables", why: "callers that send the old variables render empty slots or fail at run time." },
  cost: { check: "Confirm the token increase is worth its cost", why: "prompt tokens are paid on every call, so growth multiplies with traffic." },
  provenance: { check: "Record the dataset slice, model revision and owner", why: "audits must trace which data and model a prompt was validated against, and who answers for it." },
  policy: { check: "Have the governance owners review the policy change", why: "config, CODEOWNERS and workflows decide who approves prompts; changing them changes the rules for everyone." }
};

// src/core/report/markdown.ts
var COMMENT_MARKER = "<!-- promptops:risk-report -->";
var BADGE = { low: "\u{1F7E2} low", medium: "\u{1F7E1} medium", high: "\u{1F7E0} high", critical: "\u{1F534} critical" };
function renderMarkdown(report, options = {}) {
  const out = [COMMENT_MARKER, `## PromptOps risk: ${BADGE[report.level]} (score ${report.score}/100)`, ""];
  if (report.templates.length === 0 && report.findings.length === 0) {
    out.push("No governed prompt templates changed.");
    return out.join("\n");
  }
  out.push(...report.explanation.map((e) => `- ${safe(e)}`), "");
  if (report.policyFiles.length > 0) {
    out.push(`> [!WARNING]
> Governance files changed (${report.policyFiles.map((p) => `\`${mdInline(p)}\``).join(", ")}): this PR needs the top tier of approval.`, "");
  }
  if (report.templates.length > 0) {
    out.push("| Template | Change | Risk | Findings | Tokens/call | Est. cost/call |", "|---|---|---|---|---|---|");
    for (const t of report.templates) out.push(summaryRow(t));
    out.push("");
  }
  for (const t of report.templates.filter((t2) => t2.findings.length > 0)) out.push(...templateSection(t, options), "");
  const templatePaths = new Set(report.templates.map((t) => t.path));
  const other = report.findings.filter((f) => f.category !== "policy" && !templatePaths.has(f.path));
  if (other.length > 0) out.push("### Other governed files", "", ...other.map((f) => `- \`${mdInline(f.path)}\` ${findingLine(f, options).slice(2)}`), "");
  out.push(...checklist(report.findings));
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
  const lines = [`### \`${mdInline(t.path)}\` \u2014 ${BADGE[t.level]}`, ""];
  for (const f of t.findings.slice(0, max)) lines.push(findingLine(f, options));
  if (t.findings.length > max) lines.push(`- \u2026and ${t.findings.length - max} more (see the SARIF report or the job summary)`);
  return lines;
}
function findingLine(f, options) {
  const base = f.baseLine ? options.baseBlobUrl : options.blobUrl;
  const where = base ? `[L${f.line}](${base}${encodeURI(f.path)}#L${f.line})` : `L${f.line}`;
  const evidence = f.evidence && !f.message.includes(f.evidence) ? ` \u2014 \`${safe(f.evidence).replace(/`/g, "'").replace(/\r?\n/g, " ")}\`` : "";
  const note = f.suppressed ? ` _(suppressed: ${mdInline(f.suppressed.reason)})_` : f.informational ? " _(informational)_" : "";
  const text = `**${f.severity}** \`${f.rule}\` ${where}: ${mdInline(f.message)}${evidence}${note}`;
  return f.suppressed ? `- ~~${f.severity}~~ ${text.slice(text.indexOf("`"))}` : `- ${text}`;
}
function checklist(findings) {
  const categories = /* @__PURE__ */ new Map();
  for (const f of findings) {
    if (f.suppressed || f.informational) continue;
    const seen = categories.get(f.category);
    if (!seen || levelRank(f.severity) > levelRank(seen)) categories.set(f.category, f.severity);
  }
  if (categories.size === 0) return [];
  const lines = ["### Reviewer checklist", ""];
  for (const [category, level2] of [...categories].sort((a, b) => levelRank(b[1]) - levelRank(a[1]))) {
    const item = CHECKLIST[category];
    lines.push(`- [ ] **${category}** (${level2}): ${item.check} \u2014 ${item.why}`);
  }
  return lines;
}

// src/core/report/text.ts
var COLOUR = { low: "32", medium: "33", high: "35", critical: "31" };
function renderText(report, options = {}) {
  const paint = (level2, text) => options.color ? `\x1B[${COLOUR[level2]}m${text}\x1B[0m` : text;
  const out = [`PromptOps risk: ${paint(report.level, report.level.toUpperCase())} (score ${report.score}/100)`];
  for (const line of report.explanation) out.push(`  ${safe(line)}`);
  if (report.policyFiles.length > 0) out.push(`  governance files changed: ${report.policyFiles.join(", ")}`);
  for (const t of report.templates) {
    const rename = t.oldPath ? `${t.oldPath} \u2192 ` : "";
    out.push("", `${rename}${t.path} [${t.status}, ${t.format}] ${paint(t.level, t.level)} ${t.score}/100`);
    for (const f of t.findings) {
      const tag = f.suppressed ? " (suppressed)" : f.informational ? " (info)" : "";
      out.push(`  ${f.path}:${f.line}  ${paint(f.severity, f.severity.padEnd(8))} ${f.rule}  ${safe(f.message)}${f.evidence ? `  [${safe(f.evidence)}]` : ""}${tag}`);
    }
  }
  for (const i of report.ignored) out.push(`  ignored ${i.path}: ${i.reason}`);
  const templatePaths = new Set(report.templates.map((t) => t.path));
  for (const f of report.findings.filter((f2) => f2.category !== "policy" && !templatePaths.has(f2.path))) {
    out.push(`  ${f.path}:${f.line}  ${paint(f.severity, f.severity.padEnd(8))} ${f.rule}  ${safe(f.message)}`);
  }
  if (report.findings.length === 0 && report.templates.length === 0) out.push("No governed prompt templates changed.");
  return out.join("\n");
}

// src/cli/report-output.ts
import { writeFile } from "node:fs/promises";
var FORMATS = ["json", "sarif", "markdown", "text"];
var REPORT_OPTIONS = {
  format: { type: "string", short: "f" },
  "fail-on": { type: "string" },
  output: { type: "string", short: "o" },
  config: { type: "string" }
};
function render(report, format, io) {
  switch (format) {
    case "json":
      return renderJson(report);
    case "sarif":
      return renderSarif(report, { toolVersion: VERSION });
    case "markdown":
      return renderMarkdown(report);
    case "text":
      return renderText(report, { color: io.isTTY && !io.env.NO_COLOR });
  }
}
async function emitReport(report, values, io) {
  const format = oneOf(str(values.format), FORMATS, "--format", io.isTTY ? "text" : "json");
  const failOn = level(str(values["fail-on"]), "--fail-on");
  const text = `${render(report, format, io)}
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
