import { createRequire as __promptopsCreateRequire } from 'node:module';
const require = __promptopsCreateRequire(import.meta.url);
import {
  niceMax
} from "./chunk-UKUZRSYM.js";
import {
  METRICS_RULES
} from "./chunk-HWHVFMPW.js";
import {
  LineIndex,
  firstJsonError,
  jsonPosAt,
  locateJson,
  normalizeSource
} from "./chunk-Z3D3ZAKT.js";
import {
  err,
  ok
} from "./chunk-5VG5CH4R.js";
import {
  external_exports
} from "./chunk-T36FWCGD.js";
import {
  PromptOpsError
} from "./chunk-7Z5DEWCI.js";

// src/core/metrics/eval-summary.ts
var EvalResultsError = class extends PromptOpsError {
  file;
  line;
  constructor(file, line, message) {
    super("eval-results-invalid", `${file}:${line}: ${message}`);
    this.name = "EvalResultsError";
    this.file = file;
    this.line = line;
  }
};

// src/core/metrics/gh-models.ts
var count = external_exports.number().int().nonnegative();
var GhModelsOutputSchema = external_exports.object({
  name: external_exports.string(),
  model: external_exports.string().optional(),
  testResults: external_exports.array(external_exports.unknown()),
  summary: external_exports.object({
    totalTests: count,
    passedTests: count,
    failedTests: count.optional(),
    passRate: external_exports.number().min(0).max(100)
  })
});
function ghModelsSummaries(output, at, ctx) {
  const { totalTests, passedTests } = output.summary;
  if (passedTests > totalTests)
    return err(
      new EvalResultsError(
        ctx.file,
        ctx.lineOf([...at, "summary", "passedTests"]),
        `not valid \`gh models eval --json\` output: summary.passedTests (${passedTests}) exceeds summary.totalTests (${totalTests})`
      )
    );
  const accuracy = totalTests > 0 ? passedTests / totalTests : output.summary.passRate / 100;
  return ok([
    {
      template: output.name,
      accuracy,
      samples: totalTests,
      source: "gh-models",
      file: ctx.file,
      line: ctx.lineOf([...at, "name"])
    }
  ]);
}

// src/core/metrics/promptfoo.ts
var PromptSchema = external_exports.object({
  raw: external_exports.string().optional(),
  label: external_exports.string().optional(),
  /** Older promptfoo versions: the label. */
  display: external_exports.string().optional(),
  id: external_exports.string().optional()
});
var RowSchema = external_exports.object({
  prompt: PromptSchema,
  success: external_exports.boolean(),
  score: external_exports.number().optional()
});
var PromptfooOutputSchema = external_exports.object({
  results: external_exports.object({
    version: external_exports.number().optional(),
    results: external_exports.array(RowSchema)
  })
});
function promptfooSummaries(output, at, ctx) {
  const groups = /* @__PURE__ */ new Map();
  for (const [i, row] of output.results.results.entries()) {
    const ref = promptRef(row.prompt);
    const group = groups.get(ref) ?? { passed: 0, total: 0, line: ctx.lineOf([...at, "results", "results", i, "prompt"]) };
    group.total++;
    if (row.success) group.passed++;
    groups.set(ref, group);
  }
  return ok(
    [...groups].map(([template, g]) => ({
      template,
      accuracy: g.passed / g.total,
      samples: g.total,
      source: "promptfoo",
      file: ctx.file,
      line: g.line
    }))
  );
}
function promptRef(prompt) {
  if (prompt.id?.startsWith("file://")) return prompt.id.slice("file://".length);
  const label = prompt.label ?? prompt.display ?? "";
  const parts = label.slice(0, 4096).split(": ", 3);
  const path = parts.slice(0, 2).find(isPathLike);
  if (path !== void 0 && parts.length > 1) return path.startsWith("file://") ? path.slice("file://".length) : path;
  if (label !== "") return label.slice(0, 1e3);
  return (prompt.raw ?? "").slice(0, 80);
}
var TEMPLATE_EXTENSIONS = [".txt", ".md", ".j2", ".jinja", ".hbs", ".mustache", ".json", ".yml", ".yaml", ".prompty", ".prompt"];
function isPathLike(s) {
  if (s.length === 0 || s.length > 1e3 || s.includes("\n")) return false;
  return s.includes("/") || s.includes("\\") || TEMPLATE_EXTENSIONS.some((e) => s.endsWith(e));
}

// src/core/metrics/promptops-shape.ts
var PromptOpsResultsSchema = external_exports.object({
  promptops: external_exports.literal(1, { error: 'unsupported version: expected "promptops": 1' }),
  results: external_exports.array(
    external_exports.strictObject({
      template: external_exports.string().min(1).max(1e3),
      accuracy: external_exports.number().min(0).max(1),
      samples: external_exports.number().int().nonnegative()
    })
  )
});
function promptOpsSummaries(doc, at, ctx) {
  return ok(
    doc.results.map((r, i) => ({ ...r, source: "promptops", file: ctx.file, line: ctx.lineOf([...at, "results", i]) }))
  );
}

// src/core/metrics/eval-results.ts
var FORMATS_HINT = 'expected promptfoo --output JSON ({"results": {"results": [...]}}), `gh models eval --json` output ({"summary": ..., "testResults": [...]}) or the PromptOps shape ({"promptops": 1, "results": [...]})';
function parseEvalResults(text, file) {
  const source = normalizeSource(text);
  const docs = splitDocuments(source, file);
  if (!docs.ok) return docs;
  const summaries = [];
  for (const doc of docs.value) {
    const index = new LineIndex(doc.text);
    const positions = locateJson(index);
    const ctx = { file, lineOf: (path) => doc.firstLine - 1 + lineAt(positions, path) };
    const parsed = summarize(JSON.parse(doc.text), [], ctx);
    if (!parsed.ok) return parsed;
    summaries.push(...parsed.value);
  }
  return ok(summaries);
}
function lineAt(root, path) {
  for (let n = path.length; n >= 0; n--) {
    const pos = jsonPosAt(root, path.slice(0, n));
    if (pos) return pos.keyLine ?? pos.line;
  }
  return root.line;
}
function summarize(value, at, ctx) {
  if (Array.isArray(value)) {
    const all = [];
    for (const [i, item] of value.entries()) {
      const one = summarize(item, [...at, i], ctx);
      if (!one.ok) return one;
      all.push(...one.value);
    }
    return ok(all);
  }
  if (typeof value !== "object" || value === null)
    return err(new EvalResultsError(ctx.file, ctx.lineOf(at), `not a recognised eval results document: ${FORMATS_HINT}`));
  const o = value;
  if ("promptops" in o) return validated(PromptOpsResultsSchema, value, at, ctx, "PromptOps eval results", promptOpsSummaries);
  if (typeof o.results === "object" && o.results !== null && !Array.isArray(o.results))
    return validated(PromptfooOutputSchema, value, at, ctx, "promptfoo output", promptfooSummaries);
  if ("summary" in o && "testResults" in o)
    return validated(GhModelsOutputSchema, value, at, ctx, "`gh models eval --json` output", ghModelsSummaries);
  return err(new EvalResultsError(ctx.file, ctx.lineOf(at), `not a recognised eval results document: ${FORMATS_HINT}`));
}
function validated(schema, value, at, ctx, what, build) {
  const parsed = schema.safeParse(value);
  if (parsed.success) return build(parsed.data, at, ctx);
  const issue = parsed.error.issues[0];
  const path = [...at, ...(issue?.path ?? []).filter((p) => typeof p !== "symbol")];
  const where = path.length ? `${path.join(".")}: ` : "";
  return err(new EvalResultsError(ctx.file, ctx.lineOf(path), `not valid ${what}: ${where}${issue?.message ?? "invalid value"}`));
}
function splitDocuments(text, file) {
  const index = new LineIndex(text);
  const docs = [];
  for (const [start, end] of documentBounds(text)) {
    const doc = text.slice(start, end);
    const error = firstJsonError(doc);
    if (error) return err(new EvalResultsError(file, index.lineAt(start + error.offset), `invalid JSON: ${error.message}`));
    docs.push({ text: doc, firstLine: index.lineAt(start) });
  }
  if (docs.length === 0) return err(new EvalResultsError(file, 1, `empty file: ${FORMATS_HINT}`));
  return ok(docs);
}
function documentBounds(text) {
  const bounds = [];
  let i = 0;
  while (i < text.length) {
    while (i < text.length && " 	\r\n".includes(text.charAt(i))) i++;
    if (i >= text.length) break;
    const start = i;
    if (text[i] !== "{" && text[i] !== "[") return [...bounds, [start, text.length]];
    let depth = 0;
    for (; i < text.length; i++) {
      const c = text[i];
      if (c === '"') i = stringEnd(text, i);
      else if (c === "{" || c === "[") depth++;
      else if ((c === "}" || c === "]") && --depth === 0) break;
    }
    i = Math.min(i + 1, text.length);
    bounds.push([start, i]);
  }
  return bounds;
}
function stringEnd(text, i) {
  for (let j = i + 1; j < text.length; j++) {
    if (text[j] === "\\") j++;
    else if (text[j] === '"') return j;
  }
  return text.length;
}

// src/core/metrics/attach.ts
var RULES = new Map(METRICS_RULES.map((r) => [r.id, r]));

// src/core/metrics/svg.ts
var WIDTH = 640;
var PANEL = 200;
var PAD = { left: 64, right: 48, top: 36, bottom: 32 };
var COST_COLOR = "#0969da";
var ACCURACY_COLOR = "#1a7f37";
function renderSvg(series) {
  const height = Math.max(1, series.length) * PANEL;
  const panels = series.length ? series.map((s, i) => panel(s, i * PANEL)).join("\n") : `<text x="${WIDTH / 2}" y="${PANEL / 2}" text-anchor="middle">No templates with metrics on the audit branch</text>`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" font-family="sans-serif" font-size="11">`,
    `<title>PromptOps: per-template cost and accuracy over time</title>`,
    `<rect width="${WIDTH}" height="${height}" fill="#ffffff"/>`,
    panels,
    "</svg>",
    ""
  ].join("\n");
}
function panel(s, top) {
  const tokens = s.points.some((p) => p.inputTokens !== null);
  const cost = (p) => tokens ? p.inputTokens : p.usdPerCall;
  const costMax = niceMax(Math.max(0, ...s.points.map((p) => cost(p) ?? 0)));
  const x0 = PAD.left;
  const x1 = WIDTH - PAD.right;
  const y0 = top + PANEL - PAD.bottom;
  const y1 = top + PAD.top;
  const n = s.points.length;
  const x = (i) => n === 1 ? (x0 + x1) / 2 : x0 + (x1 - x0) * i / (n - 1);
  const y = (v, max) => y0 - (y0 - y1) * v / max;
  const line = (value, max, color) => {
    const pts = s.points.flatMap((p, i) => {
      const v = value(p);
      return v === null ? [] : [`${fix(x(i))},${fix(y(v, max))}`];
    });
    if (pts.length === 0) return "";
    const dots = pts.map((pt) => `<circle cx="${pt.split(",")[0]}" cy="${pt.split(",")[1]}" r="2.5" fill="${color}"/>`).join("");
    return `<polyline fill="none" stroke="${color}" stroke-width="2" points="${pts.join(" ")}"/>${dots}`;
  };
  const labels = s.points.map((p, i) => `<text x="${fix(x(i))}" y="${y0 + 14}" text-anchor="middle">#${p.pr}</text>`).join("");
  return [
    `<g>`,
    `<text x="${x0}" y="${top + 16}" font-size="13" font-weight="bold">${esc(s.path)}</text>`,
    `<line x1="${x0}" y1="${y0}" x2="${x1}" y2="${y0}" stroke="#d0d7de"/><line x1="${x0}" y1="${y1}" x2="${x0}" y2="${y0}" stroke="#d0d7de"/><line x1="${x1}" y1="${y1}" x2="${x1}" y2="${y0}" stroke="#d0d7de"/>`,
    `<text x="${x0 - 6}" y="${y1 + 4}" text-anchor="end" fill="${COST_COLOR}">${esc(tokens ? String(costMax) : `$${costMax}`)}</text><text x="${x0 - 6}" y="${y0}" text-anchor="end" fill="${COST_COLOR}">0</text>`,
    `<text x="${x1 + 6}" y="${y1 + 4}" fill="${ACCURACY_COLOR}">1.0</text><text x="${x1 + 6}" y="${y0}" fill="${ACCURACY_COLOR}">0</text>`,
    `<text x="${x1}" y="${top + 16}" text-anchor="end"><tspan fill="${COST_COLOR}">${tokens ? "input tokens" : "USD per call"}</tspan> \xB7 <tspan fill="${ACCURACY_COLOR}">accuracy</tspan></text>`,
    line(cost, costMax, COST_COLOR),
    line((p) => p.accuracy, 1, ACCURACY_COLOR),
    labels,
    `</g>`
  ].join("\n");
}
var fix = (n) => String(Math.round(n * 10) / 10);
var esc = (s) => s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, "?").replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export {
  parseEvalResults,
  renderSvg
};
