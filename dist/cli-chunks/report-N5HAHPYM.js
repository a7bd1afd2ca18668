import { createRequire as __promptopsCreateRequire } from 'node:module';
const require = __promptopsCreateRequire(import.meta.url);
import {
  renderSvg
} from "./chunk-XK3ZNOOW.js";
import {
  localAuditStore
} from "./chunk-EEPLFXEN.js";
import {
  readRecords
} from "./chunk-B3ZDKVJH.js";
import {
  decodeText
} from "./chunk-NC2XGZVM.js";
import {
  classifier,
  isChatJson
} from "./chunk-P2FQAF6C.js";
import {
  gitRepoArg
} from "./chunk-HUQGKS6M.js";
import {
  loadPolicyAt
} from "./chunk-OVJFYKMQ.js";
import {
  git,
  readBlobs,
  resolveCommit
} from "./chunk-RP5E3GQY.js";
import {
  ownersForPaths
} from "./chunk-RDO2QB6W.js";
import "./chunk-XTRQLRQ2.js";
import {
  defaultConfig
} from "./chunk-T6OKS3OG.js";
import "./chunk-A32Z36SF.js";
import {
  absolute,
  oneOf,
  parse,
  str
} from "./chunk-625UJJ63.js";
import {
  metricsOverTime,
  registerFromFiles,
  renderMermaid,
  renderMetricsJson,
  renderMetricsTable,
  renderRegisterCsv,
  renderRegisterJson,
  renderRegisterMarkdown,
  renderRegisterTable
} from "./chunk-UKUZRSYM.js";
import {
  detectFormat
} from "./chunk-HWHVFMPW.js";
import "./chunk-Z3D3ZAKT.js";
import "./chunk-K3NDJCBW.js";
import {
  unwrap
} from "./chunk-5VG5CH4R.js";
import "./chunk-T36FWCGD.js";
import "./chunk-VYRXPEBS.js";
import "./chunk-CQU3XPPY.js";
import "./chunk-2T6TU6Y3.js";
import "./chunk-R47RDTTV.js";
import {
  UsageError
} from "./chunk-7Z5DEWCI.js";
import "./chunk-L4R2QCBA.js";

// src/core/governance/sla-report.ts
function slaReport(records) {
  const byTemplate = /* @__PURE__ */ new Map();
  const byOwner = /* @__PURE__ */ new Map();
  let untracked = 0;
  for (const r of records) {
    const sla = r.predicate.sla;
    if (!sla) {
      untracked++;
      continue;
    }
    const hours = sla.startedAt && sla.firstReviewAt ? (Date.parse(sla.firstReviewAt) - Date.parse(sla.startedAt)) / 36e5 : null;
    const sample = { hours, breached: sla.breached };
    for (const t of r.predicate.templates) push(byTemplate, t.path, sample);
    for (const o of sla.owners ?? []) push(byOwner, o, sample);
  }
  return { byTemplate: rows(byTemplate), byOwner: rows(byOwner), untracked };
}
function push(map, key, value) {
  map.set(key, [...map.get(key) ?? [], value]);
}
function rows(map) {
  return [...map].map(([key, samples]) => {
    const hours = samples.flatMap((s) => s.hours === null ? [] : [s.hours]).sort((a, b) => a - b);
    return {
      key,
      reviews: samples.length,
      breaches: samples.filter((s) => s.breached).length,
      medianHours: quantile(hours, 0.5),
      p90Hours: quantile(hours, 0.9)
    };
  }).sort((a, b) => b.breaches - a.breaches || a.key.localeCompare(b.key));
}
function quantile(sorted, q) {
  if (sorted.length === 0) return null;
  const value = sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? 0;
  return Math.round(value * 10) / 10;
}
function renderSlaReport(report) {
  const table = (title, rows2) => [
    `${title}`,
    `  ${"reviews".padStart(7)} ${"breaches".padStart(8)} ${"median h".padStart(9)} ${"p90 h".padStart(7)}  key`,
    ...rows2.map(
      (r) => `  ${String(r.reviews).padStart(7)} ${String(r.breaches).padStart(8)} ${String(r.medianHours ?? "\u2013").padStart(9)} ${String(r.p90Hours ?? "\u2013").padStart(7)}  ${r.key}`
    )
  ];
  return [
    ...table("By template", report.byTemplate),
    "",
    ...table("By owner", report.byOwner),
    "",
    `${report.untracked} record(s) without SLA data`
  ].join("\n");
}

// src/cli/report/sla.ts
var slaUsage = `Usage: promptops report sla --repo DIR [--branch B] [--format text|json]

Time to first review per template and per owner, and SLA breaches, from the audit branch.

Examples:
  git fetch origin promptops-audit:promptops-audit && promptops report sla
  promptops report sla --repo ../prompts --format json`;
async function reportSla(argv, io) {
  const { values } = parse(argv, { repo: { type: "string" }, branch: { type: "string" }, format: { type: "string" } }, slaUsage);
  if (values.help) return io.stdout(`${slaUsage}
`), 0;
  const store = localAuditStore(await gitRepoArg(io.cwd, values.repo), str(values.branch) ?? defaultConfig().audit.branch);
  const snapshot = await store.load();
  if (snapshot.tip === null) throw new UsageError(`no audit branch "${store.branch}"`);
  const report = slaReport(readRecords(snapshot.files));
  const format = oneOf(str(values.format), ["text", "json"], "--format", "text");
  io.stdout(`${format === "json" ? JSON.stringify(report, null, 2) : renderSlaReport(report)}
`);
  return 0;
}

// src/cli/report/metrics.ts
import { writeFile } from "node:fs/promises";
var metricsUsage = `Usage: promptops report metrics --repo DIR [--branch B] [--template PATH] [--format table|json|mermaid|svg] [--output FILE]

Per-template prompt tokens, USD per call and eval accuracy at each merged PR, from the
audit branch (default promptops-audit). --format mermaid prints markdown with xychart-beta
line charts; svg writes one self-contained SVG chart. --template keeps one template
(its current or any earlier path).

Examples:
  promptops report metrics --template prompts/support/triage.prompt.yml
  promptops report metrics --format svg --output metrics.svg`;
var FORMATS = ["table", "json", "mermaid", "svg"];
var RENDER = {
  table: renderMetricsTable,
  json: renderMetricsJson,
  mermaid: renderMermaid,
  svg: renderSvg
};
async function reportMetrics(argv, io) {
  const opts = {
    repo: { type: "string" },
    branch: { type: "string" },
    template: { type: "string" },
    format: { type: "string", short: "f" },
    output: { type: "string", short: "o" }
  };
  const { values, positionals } = parse(argv, opts, metricsUsage);
  if (values.help) return io.stdout(`${metricsUsage}
`), 0;
  if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"

${metricsUsage}`);
  const format = oneOf(str(values.format), FORMATS, "--format", "table");
  const repo = await gitRepoArg(io.cwd, values.repo);
  const store = localAuditStore(repo, str(values.branch) ?? defaultConfig().audit.branch);
  const snapshot = await store.load();
  if (snapshot.tip === null) throw new UsageError(`${repo}: no audit branch "${store.branch}" (record a merge first)`);
  const template = str(values.template);
  const series = metricsOverTime(readRecords(snapshot.files), template === void 0 ? {} : { template });
  if (template !== void 0 && series.length === 0) io.stderr(`no records for ${template}
`);
  const text = RENDER[format](series);
  const output = str(values.output);
  if (output) await writeFile(absolute(io.cwd, output), text);
  else io.stdout(text);
  return 0;
}

// src/cli/report/data-classes.ts
import { writeFile as writeFile2 } from "node:fs/promises";

// src/adapters/git/governed-files.ts
async function governedFilesAt(repo, commit, classify) {
  const listed = (await git(repo, ["ls-tree", "-r", "-z", "--full-tree", commit])).split("\0").filter(Boolean);
  const entries = listed.flatMap((line) => {
    const tab = line.indexOf("	");
    const [mode = "", type = ""] = line.slice(0, tab).split(" ");
    const path = line.slice(tab + 1);
    return classify.isTemplate(path) ? [{ path, mode, type }] : [];
  });
  const regular = entries.filter((e) => e.type === "blob" && e.mode !== "120000");
  const blobs = await readBlobs(
    repo,
    regular.map((e) => `${commit}:${e.path}`)
  );
  return entries.flatMap((e) => {
    if (e.mode === "120000") return [{ path: e.path, text: null, unreadable: "a symbolic link" }];
    if (e.type !== "blob") return [{ path: e.path, text: null, unreadable: "a submodule" }];
    const bytes = blobs.get(`${commit}:${e.path}`);
    if (!bytes) return [{ path: e.path, text: null, unreadable: "missing from the repository" }];
    const { text } = decodeText(bytes);
    if (text === null) return [{ path: e.path, text: null, unreadable: "not UTF-8 text" }];
    return detectFormat(e.path) === "json-chat" && !isChatJson(text) ? [] : [{ path: e.path, text }];
  });
}

// src/cli/report/data-classes.ts
var dataClassesUsage = `Usage: promptops report data-classes --repo DIR [--ref REF] [--branch B] [--classified] [--format table|json|csv|markdown] [--output FILE]

The data-class register: every governed template at REF (default HEAD) with its data classes,
model, provider, host and region (resolved from the template's model spec; "unknown" when the
file cannot tell, e.g. an endpoint from an environment variable), whether that host is allowed
for its classes under REF's promptops.yml, owners (CODEOWNERS and promptops.yml), whether
telemetry must pass through \`promptops redact\`, and the last approval recorded on the audit
branch (default: config audit.branch). --classified lists only templates with a class.

Examples:
  promptops report data-classes
  promptops report data-classes --format csv --output register.csv`;
var FORMATS2 = ["table", "json", "csv", "markdown"];
var RENDER2 = {
  table: renderRegisterTable,
  json: renderRegisterJson,
  csv: renderRegisterCsv,
  markdown: (rows2) => `# Data-class register

${renderRegisterMarkdown(rows2)}`
};
async function reportDataClasses(argv, io) {
  const opts = {
    repo: { type: "string" },
    ref: { type: "string" },
    branch: { type: "string" },
    classified: { type: "boolean" },
    format: { type: "string", short: "f" },
    output: { type: "string", short: "o" }
  };
  const { values, positionals } = parse(argv, opts, dataClassesUsage);
  if (values.help) return io.stdout(`${dataClassesUsage}
`), 0;
  if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"

${dataClassesUsage}`);
  const format = oneOf(str(values.format), FORMATS2, "--format", "table");
  const repo = await gitRepoArg(io.cwd, values.repo);
  const commit = await resolveCommit(repo, str(values.ref) ?? "HEAD");
  const policy = await loadPolicyAt(repo, commit);
  const config = unwrap(policy.config);
  const files = await governedFilesAt(repo, commit, classifier(config));
  const owners = ownersForPaths(
    files.map((f) => f.path),
    policy.codeowners?.text,
    config.owners
  );
  const store = localAuditStore(repo, str(values.branch) ?? config.audit.branch);
  const audit = await store.load();
  if (audit.tip === null) io.stderr(`no audit branch "${store.branch}" in ${repo}: last approvals are not shown
`);
  const rows2 = registerFromFiles(files, config, (p) => owners[p] ?? [], readRecords(audit.files));
  const text = RENDER2[format](values.classified ? rows2.filter((r) => r.classes.length > 0) : rows2);
  const output = str(values.output);
  if (output) await writeFile2(absolute(io.cwd, output), text);
  else io.stdout(text);
  return 0;
}

// src/cli/commands/report.ts
var REPORTS = { sla: reportSla, metrics: reportMetrics, "data-classes": reportDataClasses };
var usage = `Usage: promptops report sla|metrics|data-classes ...

${slaUsage}

${metricsUsage}

${dataClassesUsage}`;
var reportCommand = {
  name: "report",
  usage,
  async run(argv, io) {
    const [sub, ...rest] = argv;
    if (sub === void 0 || sub === "--help" || sub === "-h") return io.stdout(`${usage}
`), sub === void 0 ? 2 : 0;
    const run = REPORTS[sub];
    if (!run) throw new UsageError(`unknown report "${sub}"

${usage}`);
    return run(rest, io);
  }
};
export {
  reportCommand
};
