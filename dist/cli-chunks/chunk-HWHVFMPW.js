import { createRequire as __promptopsCreateRequire } from 'node:module';
const require = __promptopsCreateRequire(import.meta.url);
import {
  LineIndex,
  MAX_ISSUES,
  countLines,
  errorMessage,
  firstJsonError,
  issue,
  jsonPosAt,
  locateJson,
  normalizeSource,
  toTextLines
} from "./chunk-Z3D3ZAKT.js";
import {
  asRecord,
  asString,
  firstString,
  jsonShape
} from "./chunk-K3NDJCBW.js";
import {
  knownClass,
  parseBoundedDocument,
  require_dist
} from "./chunk-5VG5CH4R.js";
import {
  getOrSet,
  matchesOf
} from "./chunk-2T6TU6Y3.js";
import {
  __toESM
} from "./chunk-L4R2QCBA.js";

// src/core/metrics/mapping.ts
function mapToTemplates(summaries, templatePaths, templateNames = {}) {
  const groups = /* @__PURE__ */ new Map();
  const unmatched = [];
  for (const summary of summaries) {
    const target = resolve(summary.template, templatePaths, templateNames);
    if (typeof target !== "string") unmatched.push({ summary, reason: target.reason });
    else if (groups.has(target)) groups.get(target)?.push(summary);
    else groups.set(target, [summary]);
  }
  const warnings = unmatched.map(
    (u) => `${u.summary.file}:${u.summary.line}: eval results for "${clip(u.summary.template)}" ${u.reason}`
  );
  const byPath = /* @__PURE__ */ new Map();
  for (const [path, group] of groups) {
    if (group.length > 1)
      warnings.push(`${path}: pooled ${group.length} eval results (${[...new Set(group.map((g) => g.file))].join(", ")})`);
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
  if (around.length === 1 && around[0] !== void 0) return around[0];
  if (around.length > 1) return { reason: `are ambiguous: they could be ${around.slice(0, 5).join(", ")}` };
  const named = paths.filter((p) => names[p] !== void 0 && names[p].trim() === ref.trim());
  if (named.length === 1 && named[0] !== void 0) return named[0];
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
  const [first] = group;
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
  const { byPath } = mapToTemplates(
    summaries,
    templates.map((t) => t.path),
    names
  );
  return Object.fromEntries(
    [...byPath].map(([path, s]) => [path, { [ACCURACY_METRIC]: s.accuracy, [ACCURACY_SAMPLES_METRIC]: s.samples }])
  );
}

// src/core/audit/hash.ts
import { createHash } from "node:crypto";
var LEAF_PREFIX = Uint8Array.of(0);
var NODE_PREFIX = Uint8Array.of(1);
function toBytes(data) {
  return typeof data === "string" ? Buffer.from(data, "utf8") : data;
}
function sha256(...parts) {
  const h = createHash("sha256");
  for (const part of parts) h.update(toBytes(part));
  return h.digest();
}
function sha256Hex(data) {
  return createHash("sha256").update(data).digest("hex");
}
function emptyRoot() {
  return sha256("");
}
function leafHash(data) {
  return sha256(LEAF_PREFIX, data);
}
function nodeHash(left, right) {
  return sha256(NODE_PREFIX, left, right);
}
function toHex(bytes) {
  return Buffer.from(bytes).toString("hex");
}

// src/core/data-classes/judge.ts
function describeHost(host, region = host.region) {
  const about = [host.provider, region].filter((s) => s !== null);
  const name = host.host ?? "unknown host";
  return about.length > 0 ? `${name} (${about.join(", ")})` : name;
}
function judgeHost(cls, host, policy) {
  const assertion = host.host === null ? void 0 : policy.assertionFor(host.host, host.provider);
  const region = host.region ?? assertion?.region ?? null;
  const shown = describeHost(host, region);
  const verdict = (v, reason) => ({ dataClass: cls.name, verdict: v, reason });
  const requiresGuarantees = cls.requires.noTraining === true || cls.requires.maxRetentionDays !== void 0;
  if (cls.allow === null && !requiresGuarantees) return verdict("allowed", `${cls.name} sets no hosting restriction`);
  const facts = { provider: host.provider, host: host.host, region };
  const matches = (cls.allow ?? [{}]).map((entry) => matchEntry(entry, facts, policy));
  if (!matches.includes("yes")) {
    if (matches.includes("undecided"))
      return verdict("unknown", `${shown} cannot be checked against ${cls.name}'s allowed hosts: ${host.explanation}`);
    return verdict("not-allowed", `${shown} is not among the hosts ${cls.name} allows`);
  }
  if (!requiresGuarantees) return verdict("allowed", `${shown} is allowed for ${cls.name}`);
  if (host.host === null)
    return verdict(
      "unknown",
      `${cls.name} requires provider guarantees, which cannot be checked for an unknown host: ${host.explanation}`
    );
  const missing = [];
  if (cls.requires.noTraining && assertion?.noTraining !== true) missing.push("no training on inputs (noTraining)");
  const max = cls.requires.maxRetentionDays;
  if (max !== void 0 && !(assertion?.retentionDays !== void 0 && assertion.retentionDays <= max)) {
    missing.push(
      `retention of at most ${max} day${max === 1 ? "" : "s"}${assertion?.retentionDays !== void 0 ? ` (asserted: ${assertion.retentionDays})` : ""}`
    );
  }
  if (missing.length === 0)
    return verdict("allowed", `${shown} is allowed for ${cls.name} and asserts the guarantees it requires`);
  const where = assertion ? "its entry in dataClasses.hosts does not assert" : "it has no entry in dataClasses.hosts asserting";
  return verdict("not-allowed", `${shown} lacks guarantees ${cls.name} requires: ${where} ${missing.join(" and ")}`);
}
function matchEntry(entry, facts, policy) {
  let result = "yes";
  for (const field of ["provider", "host", "region"]) {
    const glob = entry[field];
    if (glob === void 0) continue;
    const value = facts[field];
    if (value === null) result = "undecided";
    else if (!policy.matches(glob, value)) return "no";
  }
  return result;
}
function overallVerdict(verdicts) {
  if (verdicts.length === 0) return "unclassified";
  if (verdicts.some((v) => v.verdict === "not-allowed")) return "not-allowed";
  return verdicts.some((v) => v.verdict === "unknown") ? "unknown" : "allowed";
}

// src/core/data-classes/providers.ts
var ALIASES = {
  azure_openai: "azure-openai",
  azureopenai: "azure-openai",
  azure: "azure-openai",
  "azure-openai": "azure-openai",
  serverless: "azure-ai",
  azure_serverless: "azure-ai",
  azureai: "azure-ai",
  "azure-ai": "azure-ai",
  foundry: "azure-ai",
  openai: "openai",
  github: "github-models",
  "github-models": "github-models",
  googleai: "google-ai",
  "google-ai": "google-ai",
  "google-genai": "google-ai",
  gemini: "google-ai",
  vertexai: "vertex-ai",
  "vertex-ai": "vertex-ai",
  vertex: "vertex-ai",
  anthropic: "anthropic",
  mistral: "mistral",
  mistralai: "mistral",
  groq: "groq",
  cohere: "cohere",
  deepseek: "deepseek",
  xai: "xai",
  ollama: "ollama",
  bedrock: "aws-bedrock",
  awsbedrock: "aws-bedrock",
  "aws-bedrock": "aws-bedrock"
};
function canonicalProvider(name) {
  const key = name.trim().toLowerCase();
  return ALIASES[key] ?? ALIASES[key.replace(/[-_]/g, "")] ?? key;
}
var DEFAULT_HOSTS = {
  "github-models": "models.github.ai",
  openai: "api.openai.com",
  anthropic: "api.anthropic.com",
  "google-ai": "generativelanguage.googleapis.com",
  mistral: "api.mistral.ai",
  groq: "api.groq.com",
  cohere: "api.cohere.com",
  deepseek: "api.deepseek.com",
  xai: "api.x.ai",
  ollama: "localhost"
};
var NEEDS = {
  "azure-openai": "an Azure OpenAI endpoint is per resource (`azure_endpoint`)",
  "azure-ai": "an Azure AI endpoint is per deployment (`endpoint`)",
  "vertex-ai": "Vertex AI is served per region: set `config.location` (otherwise the region is wherever the plugin is initialised in code)",
  "aws-bedrock": "Bedrock is served per region, set in code"
};
function defaultHost(provider, region) {
  if (provider === "vertex-ai" && region)
    return region === "global" ? "aiplatform.googleapis.com" : `${region}-aiplatform.googleapis.com`;
  if (provider === "aws-bedrock" && region) return `bedrock-runtime.${region}.amazonaws.com`;
  return DEFAULT_HOSTS[provider] ?? null;
}
function whyNoDefault(provider) {
  return NEEDS[provider] ?? `provider "${provider}" has no documented default endpoint`;
}
var HOST_PROVIDERS = [
  [/\.openai\.azure\.com$/, "azure-openai"],
  [/^models\.github\.ai$|^models\.inference\.ai\.azure\.com$/, "github-models"],
  [/\.(?:models|services|inference)\.ai\.azure\.com$|\.cognitiveservices\.azure\.com$/, "azure-ai"],
  [/^api\.openai\.com$/, "openai"],
  [/^api\.anthropic\.com$/, "anthropic"],
  [/^generativelanguage\.googleapis\.com$/, "google-ai"],
  [/(?:^|-)aiplatform\.googleapis\.com$/, "vertex-ai"],
  [/^bedrock(?:-runtime)?\.[a-z0-9-]+\.amazonaws\.com$/, "aws-bedrock"],
  [/^(?:localhost|127\.0\.0\.1|\[::1\])$/, "self-hosted"]
];
function providerOfHost(host) {
  return HOST_PROVIDERS.find(([re]) => re.test(host))?.[1] ?? null;
}
var HOST_REGIONS = [
  /^[a-z0-9-]+\.([a-z0-9]+)\.models\.ai\.azure\.com$/,
  // Azure AI serverless: <name>.<region>.models.ai.azure.com
  /^([a-z0-9-]+)-aiplatform\.googleapis\.com$/,
  /^bedrock(?:-runtime)?\.([a-z0-9-]+)\.amazonaws\.com$/,
  /^([a-z0-9]+)\.api\.cognitive\.microsoft\.com$/
];
function regionOfHost(host) {
  for (const re of HOST_REGIONS) {
    const m = re.exec(host);
    if (m?.[1]) return m[1];
  }
  return null;
}

// src/core/data-classes/resolve-host.ts
var RUNTIME_VALUE = /\$\{|\$[A-Z_]|\{\{|%[A-Z_][A-Z0-9_]/;
function resolveHost(template, policy) {
  const resolved = resolveOnly(template, policy);
  if (resolved.host === null || resolved.region !== null) return resolved;
  const asserted = policy.assertionFor(resolved.host, resolved.provider)?.region;
  return asserted ? { ...resolved, region: asserted } : resolved;
}
function resolveOnly(template, policy) {
  const fromFile = hostFromFile(template);
  if (fromFile.source === "file") return fromFile;
  const deployment = policy.deploymentOf(template.path);
  if (!deployment || !deployment.host && !deployment.provider) return fromFile;
  const provider = deployment.provider ? canonicalProvider(deployment.provider) : fromFile.provider;
  const region = deployment.region ?? (deployment.host ? regionOfHost(deployment.host.toLowerCase()) : null);
  const host = deployment.host?.toLowerCase() ?? (provider ? defaultHost(provider, region) : null);
  const because = fromFile.source === "unknown" ? ` (${fromFile.explanation})` : "";
  return {
    ...fromFile,
    provider,
    host,
    region,
    source: host === null ? "unknown" : "config",
    explanation: `dataClasses.deployments in promptops.yml says templates matching "${deployment.pattern}" run there${because}`
  };
}
function hostFromFile(template) {
  const { model } = template;
  const facts = model.hosting ?? {};
  const base = { deployment: facts.deployment ?? null, model: model.id ?? null, region: facts.region ?? null };
  const unknown = (provider, explanation) => ({
    ...base,
    provider,
    host: null,
    source: "unknown",
    explanation
  });
  const written = facts.provider ? canonicalProvider(facts.provider) : null;
  if (facts.endpoint !== void 0) return fromEndpoint(facts.endpoint, written, base, unknown);
  if (facts.connection?.toLowerCase() === "reference")
    return unknown(written, "the model connection is a reference registered at run time, so its host is unknown");
  if (written !== null) return fromProvider(written, `the file names provider "${facts.provider}" and no endpoint`, base, unknown);
  if (template.format === "github-models" && model.id) {
    return {
      ...base,
      provider: "github-models",
      host: "models.github.ai",
      source: "default",
      explanation: "GitHub Models prompt files are served by GitHub Models (models.github.ai)"
    };
  }
  const prefix = model.id?.includes("/") ? model.id.slice(0, model.id.indexOf("/")) : void 0;
  if (prefix && template.format !== "plain")
    return fromProvider(canonicalProvider(prefix), `model "${model.id}" names the "${prefix}" plugin/provider`, base, unknown);
  if (model.id) return unknown(null, `model "${model.id}" does not say which provider or endpoint serves it`);
  return unknown(null, "the file names no model or endpoint");
}
function fromProvider(provider, how, base, unknown) {
  const host = defaultHost(provider, base.region);
  if (host === null) return unknown(provider, `${how}; ${whyNoDefault(provider)}, so the host is unknown`);
  const region = base.region ?? regionOfHost(host);
  return { ...base, region, provider, host, source: "default", explanation: `${how}: its documented endpoint is ${host}` };
}
function fromEndpoint(endpoint, written, base, unknown) {
  const shown = endpoint.length > 80 ? `${endpoint.slice(0, 77)}...` : endpoint;
  if (RUNTIME_VALUE.test(endpoint))
    return unknown(written, `the endpoint "${shown}" is filled in at run time (an environment variable), so its host is unknown`);
  const host = hostName(endpoint);
  if (host === null) return unknown(written, "the endpoint the file names is not a URL");
  const provider = written ?? providerOfHost(host);
  return {
    ...base,
    provider,
    host,
    region: base.region ?? regionOfHost(host),
    source: "file",
    explanation: `the file names the endpoint ${host}`
  };
}
function hostName(endpoint) {
  const text = endpoint.trim();
  try {
    const url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`);
    const host = url.hostname.toLowerCase().replace(/\.$/, "");
    return /^[a-z0-9.[\]:-]+$/.test(host) && host.length > 0 ? host : null;
  } catch {
    return null;
  }
}

// src/core/data-classes/assess.ts
function classesOf(template, path, policy) {
  const origin = /* @__PURE__ */ new Map();
  for (const name of policy.assignedTo(path)) origin.set(name, `assigned to ${path} by dataClasses.assign`);
  const unknown = [];
  for (const name of template.metadata.dataClasses?.names ?? []) {
    if (!policy.classes.has(name)) unknown.push(name);
    else if (!origin.has(name)) origin.set(name, "declared in the template (dataClasses)");
  }
  return { classes: [...origin.keys()].sort(), unknown, origin };
}
var hostKey = (h) => JSON.stringify([h.provider, h.host, h.region, h.host === null ? h.explanation : ""]);
function assessChange(change, policy) {
  const head = change.head;
  const base = change.base;
  const side = head ?? base;
  const basePath = change.oldPath ?? change.path;
  if (!side)
    return { classes: [], host: UNREADABLE, verdicts: [], redactTelemetry: false, events: [], existing: [], unknownNames: [] };
  const now = classesOf(side, head ? change.path : basePath, policy);
  const host = resolveHost(side, policy);
  const verdicts = now.classes.map((name) => judgeHost(knownClass(policy, name), host, policy));
  const redactTelemetry = now.classes.some((name) => policy.classes.get(name)?.redactTelemetry === true);
  const result = {
    classes: now.classes,
    host,
    verdicts,
    redactTelemetry,
    events: [],
    existing: [],
    unknownNames: now.unknown
  };
  if (!head) return result;
  const before = base ? classesOf(base, basePath, policy) : null;
  const baseHost = base ? resolveHost(base, policy) : null;
  const metaLine = head.metadata.dataClasses?.line ?? head.metadata.line ?? 1;
  const hostLine = head.model.line ?? metaLine;
  const event = (rule, dataClass, severity, message, line) => {
    result.events.push({ rule, dataClass, severity, message, line });
  };
  for (const name of before?.classes ?? []) {
    if (now.classes.includes(name)) continue;
    const cls = knownClass(policy, name);
    event(
      "data.class-removed",
      name,
      cls.severity,
      `Data class ${name} removed from this template (it was ${before?.origin.get(name) ?? "declared"}); it now sends to ${describeHost(host)}`,
      metaLine
    );
  }
  for (const v of verdicts) {
    if (v.verdict === "allowed") continue;
    const cls = knownClass(policy, v.dataClass);
    const severity = v.verdict === "unknown" ? policy.unknownHostSeverity ?? cls.severity : cls.severity;
    const rule = v.verdict === "unknown" ? "data.host-unknown" : "data.host-not-allowed";
    if (!base || !before) {
      event(rule, v.dataClass, severity, `New ${v.dataClass} template: ${v.reason}`, hostLine);
    } else if (!before.classes.includes(v.dataClass)) {
      const added = v.verdict === "unknown" ? rule : "data.class-added-on-disallowed-host";
      event(
        added,
        v.dataClass,
        severity,
        `Data class ${v.dataClass} added (${now.origin.get(v.dataClass)}): ${v.reason}`,
        metaLine
      );
    } else if (baseHost && hostKey(baseHost) !== hostKey(host)) {
      event(
        rule,
        v.dataClass,
        severity,
        `${v.dataClass} template moves from ${describeHost(baseHost)} to ${describeHost(host)}: ${v.reason}`,
        hostLine
      );
    } else {
      result.existing.push(v);
    }
  }
  return result;
}
var UNREADABLE = {
  provider: null,
  host: null,
  region: null,
  deployment: null,
  model: null,
  source: "unknown",
  explanation: "the file could not be read"
};

// src/core/templates/detect-format.ts
function detectFormat(path) {
  const name = (path.split(/[\\/]/).pop() ?? path).toLowerCase();
  if (name.endsWith(".prompt.yml") || name.endsWith(".prompt.yaml")) return "github-models";
  if (name.endsWith(".prompty")) return "prompty";
  if (name.endsWith(".prompt")) return "dotprompt";
  if (name.endsWith(".json")) return "json-chat";
  return "plain";
}

// src/core/templates/finder.ts
var Finder = class {
  constructor(text, needle) {
    this.text = text;
    this.needle = needle;
  }
  text;
  needle;
  hit = -2;
  next(from) {
    if (this.hit === -1) return -1;
    if (this.hit >= from) return this.hit;
    this.hit = this.text.indexOf(this.needle, from);
    return this.hit;
  }
};

// src/core/templates/delimiters.ts
var TAG = /<(\/?)([A-Za-z][A-Za-z0-9_.:-]{0,63})(\s[^<>]{0,500})?>/g;
var TAG_SEARCH = 64;
function tagRanges(text) {
  const out = [];
  const stack = [];
  for (const m of matchesOf(TAG, text)) {
    const name = (m[2] ?? "").toLowerCase();
    const end = (m.index ?? 0) + m[0].length;
    if (m[1] !== "/") {
      if (!(m[3] ?? "").endsWith("/")) stack.push({ name, end });
      if (stack.length > 2e3) stack.splice(0, 1e3);
      continue;
    }
    for (let k = stack.length - 1; k >= 0 && k >= stack.length - TAG_SEARCH; k--) {
      if (stack[k]?.name !== name) continue;
      out.push([stack[k]?.end ?? 0, m.index ?? 0]);
      stack.length = k;
      break;
    }
  }
  return out;
}
function isDelimiterLine(line) {
  const t = line.trim();
  const c = t[0];
  if (t.length < 3 || c === void 0 || !"-#=*".includes(c)) return false;
  const three = c.repeat(3);
  return t.startsWith(three) && t.endsWith(three);
}
function isFenceLine(line) {
  const t = line.trimStart();
  if (line.length - t.length > 3) return void 0;
  if (t.startsWith("```")) return "```";
  if (t.startsWith("~~~")) return "~~~";
  return void 0;
}
var LINE_MARKS = "`~-#=*";
function firstMark(text, start, end) {
  let i = start;
  while (i < end && (text[i] === " " || text[i] === "	")) i++;
  return i < end && LINE_MARKS.includes(text[i] ?? " ");
}
function lineRanges(text) {
  const out = [];
  let fence;
  let lastDelimiterEnd = -1;
  for (let start = 0; start <= text.length; ) {
    const eol = text.indexOf("\n", start);
    const end = eol === -1 ? text.length : eol;
    if (firstMark(text, start, end)) {
      const line = text.slice(start, end);
      const marker = isFenceLine(line);
      if (fence && marker === fence.marker) {
        out.push([fence.end, start]);
        fence = void 0;
      } else if (!fence && marker) fence = { marker, end };
      else if (!fence && isDelimiterLine(line)) {
        if (lastDelimiterEnd >= 0) out.push([lastDelimiterEnd, start]);
        lastDelimiterEnd = end;
      }
    }
    start = end + 1;
  }
  return out;
}
function tripleQuoteRanges(text) {
  const out = [];
  let open = -1;
  for (let i = text.indexOf('"""'); i !== -1; i = text.indexOf('"""', i + 3)) {
    if (open < 0) open = i + 3;
    else {
      out.push([open, i]);
      open = -1;
    }
  }
  return out;
}
function merge(ranges) {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const out = [];
  for (const [s, e] of sorted) {
    const last = out[out.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}
var DelimiterIndex = class {
  constructor(text) {
    this.text = text;
    this.ranges = merge([...tagRanges(text), ...lineRanges(text), ...tripleQuoteRanges(text)]);
    this.nextStraight = new Finder(text, '"');
    this.nextCurlyClose = new Finder(text, "\u201D");
    this.nextNewline = new Finder(text, "\n");
    this.lineBreaks = new Finder(text, "\n");
  }
  text;
  ranges;
  pos = 0;
  straight = 0;
  curly = 0;
  nextStraight;
  nextCurlyClose;
  nextNewline;
  /** Line breaks from the quote walk's position (advanceTo), apart from nextNewline's searches. */
  lineBreaks;
  isDelimited(start, end) {
    return this.inRange(start, end) || this.quoted(start, end);
  }
  inRange(start, end) {
    let lo = 0;
    let hi = this.ranges.length - 1;
    while (lo <= hi) {
      const mid = lo + hi >> 1;
      const r = this.ranges[mid];
      if (!r) break;
      if (r[0] > start) hi = mid - 1;
      else if (r[1] < end) lo = mid + 1;
      else return true;
    }
    return false;
  }
  /**
   * The quote counts at `offset`. They restart at every line break, so only the stretch after the
   * last line break before `offset` is read character by character; the line breaks are found
   * by indexOf, remembered as the Finder does, so a scan stays linear.
   */
  advanceTo(offset) {
    if (this.pos >= offset) return;
    const text = this.text;
    let from = this.pos;
    for (let nl = this.lineBreaks.next(from); nl !== -1 && nl < offset; nl = this.lineBreaks.next(from)) {
      from = nl + 1;
      this.straight = this.curly = 0;
    }
    for (let i = from; i < offset; i++) {
      const c = text.charCodeAt(i);
      if (c === 34) this.straight++;
      else if (c === 8220) this.curly++;
      else if (c === 8221) this.curly = Math.max(0, this.curly - 1);
    }
    this.pos = offset;
  }
  quoted(start, end) {
    const before = this.text[start - 1];
    const after = this.text[end];
    if ((before === "'" || before === "`") && after === before) return true;
    this.advanceTo(start);
    const eol = this.nextNewline.next(end);
    const lineEnd = eol === -1 ? this.text.length : eol;
    if (this.straight % 2 === 1) {
      const q = this.nextStraight.next(end);
      if (q !== -1 && q < lineEnd) return true;
    }
    if (this.curly > 0) {
      const q = this.nextCurlyClose.next(end);
      if (q !== -1 && q < lineEnd) return true;
    }
    return false;
  }
};

// src/core/templates/scopes.ts
var JINJA_BLOCKS = /* @__PURE__ */ new Set(["for", "if", "macro", "call", "filter", "block", "with", "autoescape", "trans", "set"]);
var MAX_BLOCK_ISSUES = 20;
var MAX_BLOCK_DEPTH = 200;
var ScopeStack = class {
  constructor(lineOf = () => 1) {
    this.lineOf = lineOf;
  }
  lineOf;
  open = [];
  globals = /* @__PURE__ */ new Set();
  issues = [];
  /** Blocks opened beyond MAX_BLOCK_DEPTH: not tracked, but their closes still balance them. */
  untracked = 0;
  /** The innermost `this`, or undefined at the top level. */
  get self() {
    for (let k = this.open.length - 1; k >= 0; k--) {
      const self = this.open[k]?.self;
      if (self !== void 0) return self;
    }
    return void 0;
  }
  /** `this` as seen `up` levels out (`../x` in Handlebars). */
  selfAt(up) {
    let seen = 0;
    for (let k = this.open.length - 1; k >= 0; k--) {
      const self = this.open[k]?.self;
      if (self === void 0) continue;
      if (seen === up) return self;
      seen++;
    }
    return void 0;
  }
  /** Resolves the first segment of a dotted name through loop variables; null for locals. */
  resolve(name) {
    const dot = name.indexOf(".");
    const head = dot === -1 ? name : name.slice(0, dot);
    const rest = dot === -1 ? "" : name.slice(dot);
    for (let k = this.open.length - 1; k >= 0; k--) {
      const block = this.open[k];
      if (block?.locals.has(head)) return null;
      const alias = block?.aliases.get(head);
      if (alias !== void 0) return alias + rest;
    }
    return this.globals.has(head) ? null : name;
  }
  declareGlobal(name) {
    this.globals.add(name);
  }
  push(block) {
    if (this.open.length >= MAX_BLOCK_DEPTH) {
      if (this.untracked++ === 0 && this.issues.length < MAX_BLOCK_ISSUES) {
        this.issues.push({ message: `blocks nest deeper than ${MAX_BLOCK_DEPTH} levels`, at: block.at, unit: block.unit });
      }
      return;
    }
    this.open.push({ aliases: /* @__PURE__ */ new Map(), locals: /* @__PURE__ */ new Set(), ...block });
  }
  /** Closes `name`; a mismatch or a close with nothing open is an issue. */
  close(name, at, unit, syntax) {
    if (this.untracked > 0) return void this.untracked--;
    const top = this.open[this.open.length - 1];
    if (this.issues.length >= MAX_BLOCK_ISSUES) {
      if (top?.name === name) this.open.pop();
      return;
    }
    const shown = syntax === "jinja" ? `{% end${name} %}` : `{{/${name}}}`;
    if (top === void 0) return void this.issues.push({ message: `${shown} closes a block that was never opened`, at, unit });
    if (top.name === name) return void this.open.pop();
    const opened = syntax === "jinja" ? `{% ${top.name} %}` : `{{#${top.name}}}`;
    this.issues.push({ message: `${shown} does not match ${opened} opened on line ${this.lineOf(top.unit, top.at)}`, at, unit });
    this.open.pop();
  }
  /** One issue per block still open at the end of the template. */
  finish(syntax) {
    for (const b of this.open.slice(0, Math.max(0, MAX_BLOCK_ISSUES - this.issues.length))) {
      const shown = syntax === "jinja" ? `{% ${b.name} %}` : `{{#${b.name}}}`;
      const closer = syntax === "jinja" ? `{% end${b.name} %}` : `{{/${b.name}}}`;
      this.issues.push({
        message: `${shown} opened on line ${this.lineOf(b.unit, b.at)} is never closed (expected ${closer})`,
        at: b.at,
        unit: b.unit
      });
    }
    this.open.length = 0;
    return this.issues;
  }
  static isJinjaBlock(name) {
    return JINJA_BLOCKS.has(name);
  }
};

// src/core/templates/handlebars.ts
var STRUCTURE_HELPERS = /* @__PURE__ */ new Set(["role", "history", "section", "media", "log", "lookup"]);
var BLOCK_HELPERS = /* @__PURE__ */ new Set(["if", "unless", "each", "with", "ifEquals", "unlessEquals"]);
var INSERTING_HELPERS = /* @__PURE__ */ new Set(["json"]);
var LITERAL = /^(?:"[^"]*"|'[^']*'|-?\d+(?:\.\d+)?|true|false|null|undefined)$/;
var PATH = /^(?:@root\.|(?:\.\.\/){1,10}|this\.|\.\/)?[A-Za-z_][\w-]*(?:\.[A-Za-z_][\w-]*)*$|^this$|^@[a-z]+$/;
function splitArgs(text) {
  const out = [];
  let depth = 0;
  let quote = "";
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const c = text[i];
    if (c === void 0 || !quote && depth === 0 && /\s/.test(c)) {
      if (start !== -1) out.push(text.slice(start, i));
      start = -1;
      continue;
    }
    if (start === -1) start = i;
    if (quote) quote = c === quote ? "" : quote;
    else if (c === '"' || c === "'") quote = c;
    else if (c === "(") depth++;
    else if (c === ")") depth = Math.max(0, depth - 1);
  }
  return out;
}
function resolvePath(value, scopes) {
  const raw = value.startsWith("$") ? value.slice(1) : value;
  if (!PATH.test(raw) || raw.startsWith("@") && !raw.startsWith("@root.")) return null;
  if (raw.startsWith("@root.")) return raw.slice(6);
  let up = 0;
  let rest = raw;
  while (rest.startsWith("../")) {
    up++;
    rest = rest.slice(3);
  }
  if (rest === "this" || rest.startsWith("this.") || rest.startsWith("./")) {
    const self2 = up > 0 ? scopes.selfAt(up) : scopes.self;
    const tail = rest === "this" ? "" : rest.slice(rest.indexOf(rest.startsWith("./") ? "/" : ".") + 1);
    if (self2 === void 0) return tail || null;
    return tail ? `${self2}.${tail}` : self2;
  }
  const aliased = scopes.resolve(rest);
  if (aliased !== rest) return aliased;
  const self = up > 0 ? scopes.selfAt(up) : scopes.self;
  return self === void 0 ? rest : `${self}.${rest}`;
}
function argumentUses(args, scopes, reference) {
  return args.flatMap((arg) => {
    const value = arg.includes("=") && !arg.startsWith("(") ? arg.slice(arg.indexOf("=") + 1) : arg;
    if (LITERAL.test(value)) return [];
    if (value.startsWith("(")) return argumentUses(splitArgs(value.slice(1, -1)).slice(1), scopes, true);
    const name = resolvePath(value, scopes);
    return name === null ? [] : [{ name, reference }];
  });
}
function blockParams(args) {
  const at = args.indexOf("as");
  if (at === -1) return { args, params: [] };
  const params = args.slice(at + 1).join(" ").replace(/\|/g, " ").trim().split(/\s+/).filter(Boolean);
  return { args: args.slice(0, at), params };
}
function openBlock(body, at, unit, scopes) {
  const [name = "", ...rest] = splitArgs(body);
  const { args, params } = blockParams(rest);
  const uses = argumentUses(args, scopes, true);
  const target = args[0] !== void 0 && !LITERAL.test(args[0]) ? resolvePath(args[0], scopes) : null;
  const known = BLOCK_HELPERS.has(name);
  if (name === "each" && target !== null) {
    scopes.push({ name, at, unit, self: `${target}[]`, aliases: /* @__PURE__ */ new Map([[params[0] ?? "\0", `${target}[]`]]) });
  } else if (name === "with" && target !== null) {
    scopes.push({ name, at, unit, self: target, aliases: /* @__PURE__ */ new Map([[params[0] ?? "\0", target]]) });
  } else if (!known && args.length === 0) {
    const section = resolvePath(name, scopes);
    scopes.push({ name, at, unit, ...section !== null ? { self: section } : {} });
    return { uses: section === null ? [] : [{ name: section, reference: true }] };
  } else scopes.push({ name, at, unit });
  return known ? { uses } : { uses, notice: `block helper "${name}" is not a Handlebars or Dotprompt helper: what it renders is not understood` };
}
function readHandlebarsTag(body, at, unit, scopes) {
  const first = body[0];
  if (first === "#" || first === "^") {
    const inner = body.slice(1).trim();
    if (first === "^" && inner.length === 0) return { uses: [] };
    if (inner.startsWith(">")) {
      const name = inner.slice(1).trim().split(/\s/)[0] ?? "";
      scopes.push({ name, at, unit });
      return { uses: [], notice: `partial "${name}" is inserted from another file: its text is not reviewed here` };
    }
    return openBlock(inner.startsWith("*") ? inner.slice(1) : inner, at, unit, scopes);
  }
  if (first === "/") {
    scopes.close(body.slice(1).trim(), at, unit, "handlebars");
    return { uses: [] };
  }
  if (first === ">")
    return {
      uses: [],
      notice: `partial "${body.slice(1).trim().split(/\s/)[0]}" is inserted from another file: its text is not reviewed here`
    };
  if (body === "else" || body.startsWith("else ")) return { uses: argumentUses(splitArgs(body).slice(2), scopes, true) };
  const [head = "", ...args] = splitArgs(body);
  if (args.length === 0) {
    const name = resolvePath(head, scopes);
    return { uses: name === null || STRUCTURE_HELPERS.has(name) ? [] : [{ name, reference: false }] };
  }
  if (STRUCTURE_HELPERS.has(head)) return { uses: argumentUses(args, scopes, true) };
  if (INSERTING_HELPERS.has(head)) return { uses: argumentUses(args, scopes, false) };
  return {
    uses: argumentUses(args, scopes, true),
    notice: `helper "${head}" is not a Handlebars or Dotprompt helper: what it renders is not understood`
  };
}

// src/core/templates/jinja.ts
var KEYWORDS = /* @__PURE__ */ new Set([
  "and",
  "or",
  "not",
  "in",
  "is",
  "if",
  "else",
  "true",
  "false",
  "none",
  "True",
  "False",
  "None",
  "defined",
  "undefined",
  "loop",
  "recursive"
]);
var IDENT_PATH = /[A-Za-z_][\w]*(?:\.[A-Za-z_][\w]*)*/g;
function expressionPaths(expr, scopes) {
  const bare = expr.replace(/"[^"]*"|'[^']*'/g, " ");
  const out = [];
  for (const m of matchesOf(IDENT_PATH, bare)) {
    const before = bare[(m.index ?? 0) - 1];
    const after = bare.slice((m.index ?? 0) + m[0].length).trimStart()[0];
    if (KEYWORDS.has(m[0].split(".")[0] ?? "") || before === "|" || before === "." || after === "(") continue;
    const name = scopes.resolve(m[0]);
    if (name !== null && !out.some((u) => u.name === name)) out.push({ name, reference: true });
  }
  return out;
}
function forLoop(rest, at, unit, scopes) {
  const inAt = rest.search(/\sin\s/);
  if (inAt === -1) return { uses: [] };
  const targets = rest.slice(0, inAt);
  const tail = rest.slice(inAt + 4).trim().replace(/\srecursive$/, "");
  const cond = tail.search(/\sif\s/);
  const iterable = (cond === -1 ? tail : tail.slice(0, cond)).trim();
  const base = /^[A-Za-z_][\w]*(?:\.[A-Za-z_][\w]*)*/.exec(iterable)?.[0];
  const target = base === void 0 ? null : scopes.resolve(base.replace(/\.(?:items|values|keys)$/, ""));
  const element = target === null ? "\0" : `${target}[]`;
  const aliases = new Map(targets.split(",").map((v) => [v.trim().replace(/[()]/g, ""), element]));
  const uses = expressionPaths(iterable, scopes);
  scopes.push({ name: "for", at, unit, aliases });
  return { uses };
}
function readJinjaStatement(body, at, unit, scopes) {
  const keyword = /^[a-z_]+/.exec(body)?.[0] ?? "";
  const rest = body.slice(keyword.length).trim();
  if (keyword.startsWith("end")) {
    const name = keyword.slice(3);
    if (ScopeStack.isJinjaBlock(name)) scopes.close(name, at, unit, "jinja");
    return { uses: [] };
  }
  switch (keyword) {
    case "for":
      return forLoop(rest, at, unit, scopes);
    case "if":
      scopes.push({ name: "if", at, unit });
      return { uses: expressionPaths(rest, scopes) };
    case "elif":
      return { uses: expressionPaths(rest, scopes) };
    case "set": {
      const eq = rest.indexOf("=");
      const names = (eq === -1 ? rest : rest.slice(0, eq)).split(",").map((n) => n.trim());
      for (const n of names) scopes.declareGlobal(n);
      if (eq === -1) scopes.push({ name: "set", at, unit });
      return { uses: eq === -1 ? [] : expressionPaths(rest.slice(eq + 1), scopes) };
    }
    case "macro": {
      const m = /^([A-Za-z_]\w*)\s*\(([^)]*)\)/.exec(rest);
      const locals = new Set(
        (m?.[2] ?? "").split(",").map((a) => a.split("=")[0]?.trim() ?? "").filter(Boolean)
      );
      if (m?.[1]) scopes.declareGlobal(m[1]);
      scopes.push({ name: "macro", at, unit, locals });
      return { uses: [] };
    }
    case "call":
    case "filter":
    case "block":
    case "with":
    case "autoescape":
    case "trans":
      scopes.push({ name: keyword, at, unit });
      return { uses: [] };
    case "include":
    case "import":
    case "from":
    case "extends":
      return { uses: [], notice: `{% ${keyword} %} pulls in another file: its text is not reviewed here` };
    default:
      return { uses: [] };
  }
}

// src/core/templates/variables.ts
var MAX_TAG = 300;
var IGNORED = /* @__PURE__ */ new Set([
  "else",
  "this",
  "history",
  "role",
  "media",
  "section",
  "true",
  "false",
  "null",
  "undefined",
  "none",
  "True",
  "False",
  "None",
  "loop",
  "self",
  "caller",
  "super",
  "varargs",
  "kwargs"
]);
function isIdentStart(c) {
  return c >= 65 && c <= 90 || c >= 97 && c <= 122 || c === 95;
}
function isIdentPart(c) {
  return isIdentStart(c) || c >= 48 && c <= 57 || c === 45;
}
function readPath(s, from, allowDash) {
  let i = from;
  while (i < s.length && isIdentStart(s.charCodeAt(i))) {
    i++;
    while (i < s.length && isIdentPart(s.charCodeAt(i)) && (allowDash || s.charCodeAt(i) !== 45)) i++;
    if (s[i] !== "." || !isIdentStart(s.charCodeAt(i + 1))) break;
    i++;
  }
  return i;
}
function hasSafeFilter(rest) {
  return rest.split("|").some((f) => /^\s*safe\b/.test(f));
}
function stripControl(inner) {
  let a = 0;
  let b = inner.length;
  if ("~+-".includes(inner[a] ?? "_")) a++;
  if (b > a && "~+-".includes(inner[b - 1] ?? "_")) b--;
  return inner.slice(a, b).trim();
}
function readExpression(inner, dialect) {
  let body = stripControl(inner);
  if (body.startsWith("$") && dialect !== "jinja") body = body.slice(1);
  let raw = false;
  if (body.startsWith("&")) {
    if (dialect === "jinja") return void 0;
    raw = true;
    body = body.slice(1).trim();
  }
  const end = readPath(body, 0, dialect !== "jinja");
  const name = body.slice(0, end);
  const dot = name.indexOf(".");
  if (end === 0 || name.length > 200 || IGNORED.has(dot === -1 ? name : name.slice(0, dot))) return void 0;
  const rest = body.slice(end).trim();
  if (rest.startsWith("|")) return { name, raw: raw || hasSafeFilter(rest), syntax: "jinja" };
  if (rest.length > 0 && (dialect !== "jinja" || rest.startsWith("("))) return void 0;
  const syntax = raw ? "mustache-raw" : dialect === "jinja" ? "jinja" : "mustache";
  return { name, raw, syntax };
}
var TemplateScanner = class {
  constructor(dialect, scopes) {
    this.dialect = dialect;
    this.scopes = scopes;
  }
  dialect;
  scopes;
  notices = [];
  scan(text, unit, limit = Number.POSITIVE_INFINITY) {
    if (this.dialect === "fstring") return scanFString(text, limit);
    const pass = new BraceScanner(text, this.dialect, limit, this.scopes, unit);
    const found = pass.scan();
    for (const n of pass.notices) if (this.notices.length < 20) this.notices.push({ ...n, unit });
    return found;
  }
};
var BraceScanner = class {
  constructor(text, dialect, limit, scopes, unit) {
    this.text = text;
    this.dialect = dialect;
    this.limit = limit;
    this.scopes = scopes;
    this.unit = unit;
    this.close2 = new Finder(text, "}}");
    this.close3 = new Finder(text, "}}}");
    this.stmtClose = new Finder(text, "%}");
    this.commentClose = new Finder(text, "#}");
    this.hbsCommentClose = new Finder(text, "--}}");
    this.endraw = new Finder(text, "endraw");
  }
  text;
  dialect;
  limit;
  scopes;
  unit;
  close2;
  close3;
  stmtClose;
  commentClose;
  hbsCommentClose;
  endraw;
  found = [];
  notices = [];
  scan() {
    const jinjaLike = this.dialect === "jinja" || this.dialect === "auto";
    for (let i = this.text.indexOf("{"); i !== -1 && this.found.length < this.limit; i = this.text.indexOf("{", i)) {
      const next = this.text[i + 1];
      if (next === "{") i = this.expression(i);
      else if (next === "%" && jinjaLike) i = this.statement(i);
      else if (next === "#" && jinjaLike) i = this.skipTo(this.commentClose, i + 2, 2, i + 2);
      else i++;
    }
    return this.found;
  }
  /** Past the closer; an unclosed opener is taken literally (`fallback`) so scanning goes on. */
  skipTo(finder, from, width, fallback) {
    const at = finder.next(from);
    return at === -1 ? fallback : at + width;
  }
  statement(i) {
    const close = this.stmtClose.next(i + 2);
    if (close === -1) return i + 2;
    const inner = stripControl(this.text.slice(i + 2, Math.min(close, i + 2 + MAX_TAG)));
    if (inner !== "raw") {
      this.take(readJinjaStatement(inner, i, this.unit, this.scopes), i, close + 2, false, "jinja");
      return close + 2;
    }
    const end = this.endraw.next(close + 2);
    return end === -1 ? close + 2 : this.skipTo(this.stmtClose, end, 2, end);
  }
  take(result, start, end, raw, syntax) {
    if (result.notice) this.notices.push({ message: result.notice, at: start });
    for (const use of result.uses)
      this.found.push({ name: use.name, start, end, raw: raw && !use.reference, syntax, reference: use.reference });
  }
  expression(i) {
    if (this.text.startsWith("{{!--", i)) return this.skipTo(this.hbsCommentClose, i + 5, 4, i + 5);
    const triple = this.text[i + 2] === "{" && this.dialect !== "jinja";
    const close = triple ? this.close3.next(i + 3) : this.close2.next(i + 2);
    if (close === -1 || close - i > MAX_TAG) return i + 2;
    const inner = this.text.slice(i + (triple ? 3 : 2), close);
    const end = close + (triple ? 3 : 2);
    const body = stripControl(inner);
    if (body.startsWith("!")) return end;
    if (this.dialect !== "jinja" && (triple || isHandlebarsTag(body, this.dialect))) {
      const tag = body.startsWith("&") ? body.slice(1).trim() : body;
      this.take(
        readHandlebarsTag(tag, i, this.unit, this.scopes),
        i,
        end,
        triple || body.startsWith("&"),
        triple || body.startsWith("&") ? "mustache-raw" : "mustache"
      );
      return end;
    }
    const expr = readExpression(inner, this.dialect);
    const name = expr ? this.scopes.resolve(expr.name) : null;
    if (expr && name !== null)
      this.found.push({
        name,
        start: i,
        end,
        raw: triple || expr.raw,
        syntax: triple ? "mustache-raw" : expr.syntax,
        reference: false
      });
    return end;
  }
};
function isHandlebarsTag(body, dialect) {
  if (dialect === "handlebars" || dialect === "mustache") return true;
  return /^[#^/>]/.test(body) || /^else\b/.test(body);
}
function scanFString(text, limit) {
  const found = [];
  for (let i = text.indexOf("{"); i !== -1 && found.length < limit; i = text.indexOf("{", i)) {
    if (text[i + 1] === "{") {
      i += 2;
      continue;
    }
    const end = readPath(text, i + 1, false);
    let j = end;
    if (text[j] === "!" && /[rsa]/.test(text[j + 1] ?? "")) j += 2;
    if (text[j] === ":") {
      const stop = j + 1 + 50;
      j++;
      while (j < text.length && j < stop && text[j] !== "}" && text[j] !== "{" && text[j] !== "\n") j++;
    }
    if (end > i + 1 && text[j] === "}") {
      found.push({ name: text.slice(i + 1, end), start: i, end: j + 1, raw: false, syntax: "fstring", reference: false });
      i = j + 1;
    } else i++;
  }
  return found;
}
function scanVariables(text, dialect, limit = Number.POSITIVE_INFINITY) {
  return new TemplateScanner(dialect, new ScopeStack()).scan(text, 0, limit);
}

// src/core/templates/collect-variables.ts
var MAX_VARIABLES = 2e4;
var MAX_NOTICES = 20;
function lineAtOffset(message, offset) {
  let lineIdx = 0;
  for (let i = message.text.indexOf("\n"); i !== -1 && i < offset; i = message.text.indexOf("\n", i + 1)) lineIdx++;
  return message.lines[lineIdx]?.line ?? message.startLine;
}
function isWholeMessage(message, hit) {
  return message.text.slice(0, hit.start).trim() === "" && message.text.slice(hit.end).trim() === "";
}
function usesInMessage(message, index, found) {
  if (found.length === 0) return [];
  const delimiters = new DelimiterIndex(message.text);
  const out = [];
  let lineIdx = 0;
  let nextNewline = message.text.indexOf("\n");
  for (const hit of found) {
    while (nextNewline !== -1 && nextNewline < hit.start) {
      lineIdx++;
      nextNewline = message.text.indexOf("\n", nextNewline + 1);
    }
    const use = {
      name: hit.name,
      message: index,
      role: message.role,
      line: message.lines[lineIdx]?.line ?? message.startLine,
      raw: hit.raw,
      delimited: delimiters.isDelimited(hit.start, hit.end) || isWholeMessage(message, hit),
      syntax: hit.syntax
    };
    if (hit.reference) use.reference = true;
    out.push(use);
  }
  return out;
}
function collectVariables(messages, dialects, validate) {
  const variables = [];
  const lineOf = (unit, at) => {
    const message = messages[unit];
    return message ? lineAtOffset(message, at) : 1;
  };
  const scopes = new ScopeStack(lineOf);
  const scanners = /* @__PURE__ */ new Map();
  for (let i = 0; i < messages.length && variables.length < MAX_VARIABLES; i++) {
    const message = messages[i];
    if (!message) continue;
    const dialect = typeof dialects === "string" ? dialects : dialects[i] ?? "mustache";
    const scanner = getOrSet(scanners, dialect, () => new TemplateScanner(dialect, scopes));
    const found = scanner.scan(message.text, i, MAX_VARIABLES - variables.length + 1);
    for (const use of usesInMessage(message, i, found)) variables.push(use);
  }
  const blockIssues = validate ? scopes.finish(validate) : [];
  const issues = blockIssues.map((b) => issue(b.message, lineOf(b.unit, b.at)));
  const notices = [...scanners.values()].flatMap((s) => s.notices.slice(0, MAX_NOTICES)).slice(0, MAX_NOTICES).map((n) => issue(n.message, lineOf(n.unit, n.at)));
  const result = { variables, issues, notices };
  if (variables.length > MAX_VARIABLES) {
    variables.length = MAX_VARIABLES;
    result.truncatedAt = variables[MAX_VARIABLES - 1]?.line ?? 1;
  }
  return result;
}

// src/core/templates/metadata.ts
function ownerList(value) {
  if (typeof value === "string") return value.split(/[\s,]+/).filter((s) => s.length > 0);
  if (Array.isArray(value)) return value.flatMap((v) => typeof v === "string" ? ownerList(v) : []);
  return [];
}
function provenanceTags(value) {
  const out = {};
  for (const [key, v] of Object.entries(asRecord(value) ?? {})) {
    const s = asString(v);
    if (s !== void 0) out[key] = s;
  }
  return out;
}
function classNames(value) {
  if (typeof value === "string") return value.split(/[\s,]+/).filter((s) => s.length > 0);
  if (Array.isArray(value))
    return value.flatMap((v) => typeof v === "string" ? classNames(v) : v === null || v === void 0 ? [] : [String(v)]);
  return value === void 0 || value === null ? [] : [String(value)];
}
var LAYER_PATHS = [[], ["metadata"], ["x-promptops"]];
function extractMetadata(root, line = 1, keyLine = () => void 0) {
  const r = root ?? {};
  const meta = asRecord(r["metadata"]) ?? {};
  const ext = asRecord(r["x-promptops"]) ?? {};
  const layers = [r, meta, ext];
  const owners = [...new Set(layers.flatMap((l) => ownerList(l["owners"])))];
  const provenance = Object.assign({}, ...layers.map((l) => provenanceTags(l["provenance"])));
  const metadata = { owners, provenance, line };
  const name = firstString(r["name"], meta["name"]);
  const description = firstString(r["description"], meta["description"]);
  const version = firstString(ext["version"], meta["version"], r["version"]);
  const sla = firstString(ext["sla"], meta["sla"], r["sla"]);
  if (name !== void 0) metadata.name = name;
  if (description !== void 0) metadata.description = description;
  if (version !== void 0) metadata.version = version;
  if (sla !== void 0) metadata.sla = sla;
  const declared2 = layers.flatMap(
    (l, i) => l["dataClasses"] === void 0 ? [] : [{ names: classNames(l["dataClasses"]), path: [...LAYER_PATHS[i] ?? [], "dataClasses"] }]
  );
  const [firstDeclared] = declared2;
  if (firstDeclared !== void 0) {
    metadata.dataClasses = { names: [...new Set(declared2.flatMap((d) => d.names))], line: keyLine(firstDeclared.path) ?? line };
  }
  return metadata;
}
function emptyMetadata() {
  return { owners: [], provenance: {}, line: 1 };
}

// src/core/templates/draft.ts
function emptyDraft(dialect) {
  return { messages: [], dialect, inputs: [], model: { parameters: {} }, metadata: emptyMetadata(), issues: [] };
}

// src/core/templates/front-matter.ts
var YAML_LANGUAGES = /* @__PURE__ */ new Set(["", "yaml", "yml"]);
function findClose(text, from) {
  for (let i = text.indexOf("\n---", from - 1); i !== -1; i = text.indexOf("\n---", i + 1)) {
    const eol = text.indexOf("\n", i + 1);
    const rest = text.slice(i + 4, eol === -1 ? text.length : eol);
    if (rest.trim().length === 0) return i + 1;
  }
  return -1;
}
function openingLine(index, preamble) {
  for (let line = 1; line <= index.lineCount; line++) {
    const text = index.lineText(line);
    if (text.trim().length === 0) continue;
    if (preamble === "blank-or-comment" && text.startsWith("#")) continue;
    return line;
  }
  return 1;
}
function splitFrontMatter(index, preamble = "blank") {
  const text = index.text;
  const openLine = openingLine(index, preamble);
  const first = index.lineText(openLine);
  if (!first.startsWith("---") || /^-{4}/.test(first)) return { bodyStart: 0, bodyLine: 1, issues: [] };
  const language = first.slice(3).trim().toLowerCase();
  const issues = [];
  if (!YAML_LANGUAGES.has(language)) {
    issues.push(
      issue(
        `front matter language "${language.slice(0, 40)}" is not allowed: only YAML front matter is read, nothing is executed`,
        openLine
      )
    );
  }
  const yamlStart = (index.starts[openLine - 1] ?? 0) + first.length + 1;
  const close = findClose(text, yamlStart);
  if (close === -1) {
    issues.push(issue(`front matter opened on line ${openLine} is never closed (expected a line with ---)`, openLine));
    return { bodyStart: Math.min(yamlStart, text.length), bodyLine: openLine + 1, issues };
  }
  const closeLine = index.lineAt(close);
  const eol = text.indexOf("\n", close);
  const bodyStart = eol === -1 ? text.length : eol + 1;
  const fm = { bodyStart, bodyLine: closeLine + 1, issues };
  if (issues.length === 0) fm.yaml = { start: Math.min(yamlStart, close), end: close };
  return fm;
}

// src/core/templates/yaml-source.ts
var MAX_ALIAS_COUNT = 50;
var MAX_YAML_ERRORS = 3;
var parseText = (text) => parseBoundedDocument(text, {
  version: "1.2",
  schema: "core",
  merge: false,
  resolveKnownTags: false,
  uniqueKeys: true,
  strict: true,
  prettyErrors: false,
  keepSourceTokens: false
});
var lastParsed;
function yamlIssue(err, lineOf) {
  const line = lineOf(err.pos[0]);
  if (err.code === "MULTIPLE_DOCS") return issue('YAML: a template must be one YAML document (found a second "---")', line);
  const prefix = err.code === "TAG_RESOLVE_FAILED" ? "YAML tag not allowed" : "YAML";
  return issue(`${prefix}: ${err.message.split("\n")[0] ?? err.code}`, line);
}
function parseYamlSource(index, start, end) {
  const text = index.text.slice(start, end);
  const lineOf = (offset) => index.lineAt(start + Math.max(0, offset));
  const firstLine = index.lineAt(start);
  const parsed = lastParsed?.text === text ? lastParsed.parsed : parseText(text);
  lastParsed = { text, parsed };
  if (parsed.limit !== void 0) {
    return { doc: null, value: void 0, issues: [issue(parsed.limit.message, lineOf(parsed.limit.offset))], lineOf };
  }
  const doc = parsed.doc;
  const issues = doc.errors.slice(0, MAX_YAML_ERRORS).map((e) => yamlIssue(e, lineOf));
  for (const w of doc.warnings) if (w.code === "TAG_RESOLVE_FAILED") issues.push(yamlIssue(w, lineOf));
  let value;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (err) {
    issues.push(issue(`YAML could not be converted: ${errorMessage(err)}`, firstLine));
    value = void 0;
  }
  return { doc, value, issues, lineOf };
}

// src/core/templates/yaml-view.ts
var import_yaml = __toESM(require_dist(), 1);
var YamlView = class {
  constructor(src, index) {
    this.src = src;
    this.index = index;
  }
  src;
  index;
  deref(node) {
    const doc = this.src.doc;
    if (doc && (0, import_yaml.isAlias)(node)) return node.resolve(doc) ?? void 0;
    return node ?? void 0;
  }
  locate(path) {
    let node = this.deref(this.src.doc?.contents);
    let keyLine = node ? this.lineOfNode(node) : 1;
    for (const key of path) {
      if ((0, import_yaml.isMap)(node)) {
        const pair = node.items.find((p) => (0, import_yaml.isScalar)(p.key) && String(p.key.value) === String(key));
        if (!pair) return void 0;
        keyLine = this.lineOfNode(pair.key);
        node = this.deref(pair.value);
      } else if ((0, import_yaml.isSeq)(node) && typeof key === "number") {
        node = this.deref(node.items[key]);
        if (node) keyLine = this.lineOfNode(node);
      } else return void 0;
      if (!node) return void 0;
    }
    return node ? { node, keyLine } : void 0;
  }
  /** Plain value at `path` (from the converted document, so aliases are already bounded). */
  get(path) {
    let value = this.src.value;
    for (const key of path) {
      if (value === null || typeof value !== "object") return void 0;
      value = value[key];
    }
    return value;
  }
  keyLine(path) {
    return this.locate(path)?.keyLine;
  }
  lineOfNode(node) {
    return this.src.lineOf(node.range?.[0] ?? 0);
  }
  /** Last file line covered by a node's value. */
  endLineOfNode(node) {
    const range = node.range;
    if (!range) return 1;
    return this.src.lineOf(Math.max(range[0], range[1] - 1));
  }
  /** Sequence length at `path` (0 when not a sequence). */
  seqLength(path) {
    const node = this.locate(path)?.node;
    return (0, import_yaml.isSeq)(node) ? node.items.length : 0;
  }
  /**
   * The scalar's value split into lines, each with its file line. Block literals map
   * exactly; block folded lines are matched forward by prefix; flow scalars (plain or
   * quoted) map every line to the scalar's start line.
   */
  scalarLines(node) {
    if (!(0, import_yaml.isScalar)(node)) return void 0;
    const value = node.value;
    const text = typeof value === "string" ? value : value === null ? "" : String(value);
    const start = this.lineOfNode(node);
    if (node.type === "BLOCK_LITERAL" || node.type === "BLOCK_FOLDED") {
      return this.blockLines(node, text);
    }
    return toTextLines(text, start).map((l) => ({ text: l.text, line: start }));
  }
  blockLines(node, text) {
    const body = text.endsWith("\n") ? text.slice(0, -1) : text;
    const header = this.headerLine(node);
    const lines = toTextLines(body, header + 1);
    return node.type === "BLOCK_LITERAL" ? lines : this.matchFolded(lines, header + 1);
  }
  /** Line of the `|`/`>` indicator (a tag or anchor may precede it). */
  headerLine(node) {
    const start = node.range?.[0] ?? 0;
    const line = this.src.lineOf(start);
    const lineText = this.index.lineText(line);
    return lineText.includes("|") || lineText.includes(">") ? line : line + 1;
  }
  matchFolded(lines, first) {
    const WINDOW = 5e3;
    let cursor = first;
    const last = this.index.lineCount;
    return lines.map((l) => {
      const want = l.text.trim().slice(0, 20);
      if (want.length === 0) return { text: l.text, line: cursor };
      for (let ln = cursor; ln <= last && ln < cursor + WINDOW; ln++) {
        const have = this.index.lineText(ln).trim();
        const k = Math.min(have.length, want.length);
        if (k > 0 && have.slice(0, k) === want.slice(0, k)) {
          cursor = ln + 1;
          return { text: l.text, line: ln };
        }
      }
      return { text: l.text, line: cursor };
    });
  }
};

// src/core/templates/front-matter-source.ts
function readFrontMatter(index, preamble = "blank") {
  const fm = splitFrontMatter(index, preamble);
  const issues = [...fm.issues];
  if (!fm.yaml) return { fm, root: {}, view: void 0, issues };
  const src = parseYamlSource(index, fm.yaml.start, fm.yaml.end);
  issues.push(...src.issues);
  const root = asRecord(src.value);
  if (!root && src.value !== void 0 && src.value !== null)
    issues.push(issue("front matter must be a YAML mapping", index.lineAt(fm.yaml.start)));
  return { fm, root: root ?? {}, view: src.doc ? new YamlView(src, index) : void 0, issues };
}

// src/core/templates/model-spec.ts
var DATE_SNAPSHOT = /(?:^|[-_.])(20\d{2}-[01]\d-[0-3]\d|20\d{2}[01]\d[0-3]\d)(?=$|[-_.:@])/;
var NUMBERED_SNAPSHOT = /-(\d{3,4})$/;
function suffixAfter(id, sep) {
  const at = id.lastIndexOf(sep);
  if (at <= 0) return void 0;
  const tail = id.slice(at + 1);
  return tail.length > 0 && !tail.includes("/") ? tail : void 0;
}
function pinnedRevision(id) {
  const trimmed = id.trim().slice(0, 300);
  if (trimmed.length === 0 || trimmed.includes("://") || trimmed.includes("${")) return void 0;
  const at = suffixAfter(trimmed, "@");
  if (at !== void 0) return at;
  const date = DATE_SNAPSHOT.exec(trimmed)?.[1];
  if (date !== void 0) return date;
  const colon = suffixAfter(trimmed, ":");
  if (colon !== void 0 && colon.toLowerCase() !== "latest") return colon;
  return NUMBERED_SNAPSHOT.exec(trimmed)?.[1];
}
var CANONICAL = {
  temperature: "temperature",
  maxtokens: "maxTokens",
  maxoutputtokens: "maxTokens",
  maxcompletiontokens: "maxTokens",
  maxnewtokens: "maxTokens",
  topp: "topP",
  topk: "topK",
  frequencypenalty: "frequencyPenalty",
  presencepenalty: "presencePenalty",
  stop: "stop",
  stopsequences: "stop",
  seed: "seed",
  responseformat: "responseFormat",
  tools: "tools",
  toolchoice: "toolChoice"
};
function normalizeParameterKey(key) {
  return CANONICAL[key.replace(/[_-]/g, "").toLowerCase()] ?? key;
}
function modelSpec(fields) {
  const spec = { parameters: fields.parameters ?? {} };
  const id = fields.id?.trim();
  if (id) spec.id = id;
  const revision = fields.revision ?? (id ? pinnedRevision(id) : void 0);
  if (revision !== void 0) spec.revision = revision;
  if (fields.api !== void 0) spec.api = fields.api;
  if (fields.tools !== void 0) spec.tools = fields.tools;
  if (fields.responseFormat !== void 0) spec.responseFormat = fields.responseFormat;
  if (fields.line !== void 0) spec.line = fields.line;
  const hosting = definedOnly(fields.hosting ?? {});
  if (Object.keys(hosting).length > 0) spec.hosting = hosting;
  return spec;
}
function definedOnly(facts) {
  const out = {};
  for (const key of ["provider", "endpoint", "deployment", "connection", "region"]) {
    const value = facts[key]?.trim();
    if (value) out[key] = value;
  }
  return out;
}

// src/core/templates/picoschema.ts
var MAX_DEPTH = 6;
function parseFieldKey(raw) {
  const open = raw.indexOf("(");
  const head = (open === -1 ? raw : raw.slice(0, open)).trim();
  const optional = head.endsWith("?");
  const key = { name: optional ? head.slice(0, -1).trim() : head, optional };
  if (open !== -1) {
    const close = raw.lastIndexOf(")");
    const inner = raw.slice(open + 1, close > open ? close : raw.length);
    const comma = inner.indexOf(",");
    key.modifier = (comma === -1 ? inner : inner.slice(0, comma)).trim().toLowerCase();
    const description = comma === -1 ? "" : inner.slice(comma + 1).trim();
    if (description) key.description = description;
  }
  return key;
}
function splitTypeDescription(value) {
  const comma = value.indexOf(",");
  if (comma === -1) return { type: value.trim() };
  return { type: value.slice(0, comma).trim(), description: value.slice(comma + 1).trim() };
}
function isJsonSchema(schema) {
  return schema["type"] === "object" || asRecord(schema["properties"]) !== void 0;
}
var SchemaReader = class {
  constructor(view) {
    this.view = view;
  }
  view;
  out = [];
  push(name, fields, keyPath) {
    const input = { name };
    if (fields.type) input.type = fields.type;
    if (fields.required !== void 0) input.required = fields.required;
    if (fields.description) input.description = fields.description;
    const line = this.view.keyLine(keyPath);
    if (line !== void 0) input.line = line;
    this.out.push(input);
  }
  pico(schema, path, prefix, depth) {
    for (const [raw, value] of Object.entries(schema)) {
      const key = parseFieldKey(raw);
      if (key.name === "*" || key.name === "") continue;
      const name = prefix + key.name;
      const nested = asRecord(value);
      const text = asString(value);
      const parsed = text !== void 0 ? splitTypeDescription(text) : void 0;
      const type = key.modifier ?? (nested ? "object" : parsed?.type ?? "any");
      const description = key.description ?? parsed?.description;
      this.push(name, { type, required: !key.optional, description }, [...path, raw]);
      if (nested && depth < MAX_DEPTH) {
        const childPrefix = type === "array" ? `${name}[].` : `${name}.`;
        if (isJsonSchema(nested)) this.json(nested, [...path, raw], childPrefix, depth + 1);
        else this.pico(nested, [...path, raw], childPrefix, depth + 1);
      }
    }
  }
  json(schema, path, prefix, depth) {
    const props = asRecord(schema["properties"]) ?? {};
    const required = Array.isArray(schema["required"]) ? schema["required"] : [];
    for (const [name, value] of Object.entries(props)) {
      const prop = asRecord(value) ?? {};
      const t = prop["type"];
      const type = Array.isArray(prop["enum"]) ? "enum" : Array.isArray(t) ? t.map(String).join("|") : asString(t);
      const description = asString(prop["description"]);
      const keyPath = [...path, "properties", name];
      this.push(prefix + name, { type, required: required.includes(name), description }, keyPath);
      if (asRecord(prop["properties"]) && depth < MAX_DEPTH) this.json(prop, keyPath, `${prefix}${name}.`, depth + 1);
    }
  }
};
function schemaInputs(view, path) {
  const schema = asRecord(view.get(path));
  if (!schema) return [];
  const reader = new SchemaReader(view);
  if (isJsonSchema(schema)) reader.json(schema, path, "", 0);
  else reader.pico(schema, path, "", 0);
  return reader.out;
}

// src/core/templates/messages.ts
var MAX_MESSAGES = 1e4;
var ROLE_ALIASES = {
  system: "system",
  developer: "system",
  user: "user",
  human: "user",
  assistant: "assistant",
  ai: "assistant",
  model: "assistant",
  bot: "assistant",
  tool: "tool",
  function: "tool"
};
function normalizeRole(value) {
  if (typeof value !== "string") return "unknown";
  return ROLE_ALIASES[value.trim().toLowerCase()] ?? "unknown";
}
function isBlank(text) {
  return text.trim().length === 0;
}
function trimBlankLines(lines) {
  let start = 0;
  let end = lines.length;
  while (start < end && isBlank(lines[start]?.text ?? "")) start++;
  while (end > start && isBlank(lines[end - 1]?.text ?? "")) end--;
  return lines.slice(start, end);
}
function buildMessage(role, lines, span, text) {
  const first = lines[0]?.line ?? span?.start ?? 1;
  const last = lines[lines.length - 1]?.line ?? first;
  return {
    role,
    text: text ?? lines.map((l) => l.text).join("\n"),
    lines,
    startLine: span ? Math.min(span.start, first) : first,
    endLine: span ? Math.max(span.end, last) : last
  };
}

// src/core/templates/role-body.ts
var PROMPTY_ROLE = /^#?\s{0,4}(system|user|assistant|function|tool|developer)\s{0,4}(?:\[[^\]\n]{0,200}\])?\s{0,4}:$/i;
function segmentMessages(index, segments) {
  const messages = [];
  for (const seg of segments) {
    const lines = trimBlankLines(toTextLines(index.text.slice(seg.start, seg.end), index.lineAt(seg.start)));
    if (lines.length > 0) messages.push(buildMessage(seg.role, lines));
  }
  const last = segments[segments.length - 1];
  const issues = segments.length > MAX_MESSAGES && last ? [issue(`more than ${MAX_MESSAGES} role markers: the rest of the body is read as one message`, index.lineAt(last.start))] : [];
  return { messages, issues };
}
function mayBeRoleLine(text, start, end) {
  if (end - start > 300) return false;
  let e = end;
  while (e > start && (text[e - 1] === " " || text[e - 1] === "	")) e--;
  return text[e - 1] === ":";
}
var RENDERED_ROLE = /^\{\{-?\s{0,4}[A-Za-z_][\w.]{0,100}(?:\[\s{0,4}["']role["']\s{0,4}\])?\s{0,4}-?\}\}\s{0,4}:$/;
var LONE_VARIABLE = /^\{\{-?\s{0,4}([A-Za-z_][\w]{0,100})\s{0,4}-?\}\}$/;
function promptyMessages(index, bodyStart, threads = /* @__PURE__ */ new Set()) {
  const text = index.text;
  const segments = [];
  let current = { role: "system", start: bodyStart, end: text.length };
  let lineStart = bodyStart;
  while (lineStart < text.length && segments.length <= MAX_MESSAGES) {
    const eol = text.indexOf("\n", lineStart);
    const lineEnd = eol === -1 ? text.length : eol;
    const trimmed = lineEnd - lineStart <= 300 ? text.slice(lineStart, lineEnd).trim() : "";
    const role = trimmed === "![thread]" ? "user" : mayBeRoleLine(text, lineStart, lineEnd) ? PROMPTY_ROLE.exec(trimmed)?.[1] : void 0;
    const next = Math.min(lineEnd + 1, text.length);
    if (role !== void 0 || trimmed.endsWith(":") && RENDERED_ROLE.test(trimmed)) {
      segments.push({ ...current, end: lineStart });
      current = { role: role === void 0 ? "unknown" : normalizeRole(role), start: next, end: text.length };
    } else if (threads.size > 0 && threads.has(LONE_VARIABLE.exec(trimmed)?.[1] ?? "")) {
      segments.push({ ...current, end: lineStart }, { role: "unknown", start: lineStart, end: next });
      current = { ...current, start: next };
    }
    lineStart = lineEnd + 1;
  }
  segments.push(current);
  return segmentMessages(index, segments);
}
var DOTPROMPT_ROLE = /^\{\{\s{0,8}role\s{1,8}["']([A-Za-z]{1,20})["']\s{0,8}\}\}/;
var DOTPROMPT_HISTORY = /^\{\{\s{0,8}history\s{0,8}\}\}/;
function dotpromptMessages(index, bodyStart) {
  const text = index.text;
  const segments = [];
  let current = { role: "user", start: bodyStart, end: text.length };
  for (let i = text.indexOf("{{", bodyStart); i !== -1 && segments.length <= MAX_MESSAGES; i = text.indexOf("{{", i + 2)) {
    const head = text.slice(i, i + 64);
    const role = DOTPROMPT_ROLE.exec(head);
    const marker = role ?? DOTPROMPT_HISTORY.exec(head);
    if (!marker) continue;
    segments.push({ ...current, end: i });
    const next = role?.[1] ? normalizeRole(role[1]) : current.role;
    current = { role: next, start: i + marker[0].length, end: text.length };
  }
  segments.push(current);
  return segmentMessages(index, segments);
}

// src/core/templates/dotprompt.ts
function parseDotprompt(index) {
  const { fm, root, view, issues } = readFrontMatter(index, "blank-or-comment");
  const draft = emptyDraft("handlebars");
  draft.validate = "handlebars";
  draft.issues.push(...issues);
  draft.metadata = extractMetadata(root, 1, (p) => view?.keyLine(p));
  const config = asRecord(root["config"]);
  draft.model = modelSpec({
    id: asString(root["model"]),
    // Genkit pins a model version through `config.version`.
    revision: asString(config?.["version"]),
    parameters: config,
    tools: root["tools"],
    responseFormat: root["output"],
    line: view?.keyLine(["model"]),
    // Genkit's Vertex AI plugin takes the region per request from `config.location`.
    hosting: { region: asString(config?.["location"]) }
  });
  if (view) draft.inputs = schemaInputs(view, ["input", "schema"]);
  const body = dotpromptMessages(index, fm.bodyStart);
  draft.messages = body.messages;
  draft.issues.push(...body.issues);
  return draft;
}

// src/core/templates/plain.ts
function plainDialect(path) {
  const lower = path.toLowerCase();
  if (lower.endsWith(".j2") || lower.endsWith(".jinja") || lower.endsWith(".jinja2")) return "jinja";
  if (lower.endsWith(".hbs") || lower.endsWith(".handlebars")) return "handlebars";
  if (lower.endsWith(".mustache")) return "mustache";
  return "auto";
}
function wholeFileMessage(text) {
  const body = text.endsWith("\n") ? text.slice(0, -1) : text;
  return buildMessage("unknown", toTextLines(body, 1), void 0, body);
}
function parsePlain(path, text) {
  const dialect = plainDialect(path);
  const draft = emptyDraft(dialect);
  if (dialect === "jinja" || dialect === "handlebars") draft.validate = dialect;
  draft.messages.push(wholeFileMessage(text));
  return draft;
}

// src/core/templates/yaml-messages.ts
var import_yaml2 = __toESM(require_dist(), 1);
function contentLines(view, path) {
  const node = view.locate(path)?.node;
  if (!node) return void 0;
  if ((0, import_yaml2.isScalar)(node)) return view.scalarLines(node);
  if (!(0, import_yaml2.isSeq)(node)) return void 0;
  const out = [];
  node.items.forEach((_, k) => {
    const part = view.locate([...path, k])?.node;
    const text = (0, import_yaml2.isScalar)(part) ? part : (0, import_yaml2.isMap)(part) ? view.locate([...path, k, "text"])?.node : void 0;
    if (text) out.push(...view.scalarLines(text) ?? []);
  });
  return out;
}
function readYamlMessages(view, path) {
  const messages = [];
  const issues = [];
  const located = view.locate(path);
  if (!located) return { messages, issues: [issue(`no "${path.join(".")}" list: not a chat template`, 1)] };
  if (!(0, import_yaml2.isSeq)(located.node))
    return { messages, issues: [issue(`"${path.join(".")}" must be a list of {role, content}`, located.keyLine)] };
  const count = located.node.items.length;
  if (count > MAX_MESSAGES) issues.push(issue(`more than ${MAX_MESSAGES} messages: the rest are not read`, located.keyLine));
  for (let i = 0; i < Math.min(count, MAX_MESSAGES); i++) {
    const item = view.locate([...path, i])?.node;
    if (!item) continue;
    const line = view.lineOfNode(item);
    if (!(0, import_yaml2.isMap)(item)) {
      issues.push(issue(`message ${i + 1} must be a mapping with role and content`, line));
      continue;
    }
    const role = view.get([...path, i, "role"]);
    if (role === void 0) issues.push(issue(`message ${i + 1} has no role`, line));
    const lines = contentLines(view, [...path, i, "content"]);
    if (lines === void 0) {
      issues.push(issue(`message ${i + 1} has no text content`, line));
      continue;
    }
    messages.push(buildMessage(normalizeRole(role), lines, { start: line, end: view.endLineOfNode(item) }));
  }
  return { messages, issues };
}

// src/core/templates/github-models.ts
function responseFormat(root) {
  const format = root["responseFormat"];
  const schema = root["jsonSchema"];
  if (schema === void 0) return format;
  return { type: format ?? "json_schema", jsonSchema: schema };
}
function semanticKernel(draft, view, root) {
  const node = view.locate(["template"])?.node;
  const lines = node ? view.scalarLines(node) : void 0;
  if (lines) draft.messages = [buildMessage("unknown", lines)];
  const format = asString(root["template_format"])?.toLowerCase();
  draft.dialect = format === "handlebars" ? "handlebars" : format === "liquid" ? "jinja" : "mustache";
  const inputs = Array.isArray(root["input_variables"]) ? root["input_variables"] : [];
  draft.inputs = inputs.flatMap((v, i) => {
    const r = asRecord(v);
    const name = asString(r?.["name"]);
    if (!r || !name) return [];
    const line = view.keyLine(["input_variables", i]);
    return [{ name, required: r["is_required"] === true, ...line !== void 0 ? { line } : {} }];
  });
  return draft;
}
function parseGithubModels(index) {
  const draft = emptyDraft("mustache");
  const src = parseYamlSource(index, 0, index.text.length);
  draft.issues.push(...src.issues);
  const root = asRecord(src.value);
  if (!root || !src.doc) {
    if (src.doc && src.value !== void 0 && src.value !== null)
      draft.issues.push(issue("a .prompt.yml file must be a YAML mapping", 1));
    if (index.text.trim().length > 0) draft.messages.push(wholeFileMessage(index.text));
    return draft;
  }
  const view = new YamlView(src, index);
  draft.metadata = extractMetadata(root, 1, (p) => view.keyLine(p));
  draft.model = modelSpec({
    id: asString(root["model"]),
    revision: asString(root["modelRevision"]),
    parameters: asRecord(root["modelParameters"]),
    tools: root["tools"],
    responseFormat: responseFormat(root),
    line: view.keyLine(["model"])
  });
  if (root["messages"] === void 0 && typeof root["template"] === "string") return semanticKernel(draft, view, root);
  const read = readYamlMessages(view, ["messages"]);
  draft.messages = read.messages;
  draft.issues.push(...read.issues);
  if (src.issues.length > 0 && draft.messages.length === 0) draft.messages.push(wholeFileMessage(index.text));
  if (root["testData"] !== void 0) draft.testData = root["testData"];
  if (root["evaluators"] !== void 0) draft.evaluators = root["evaluators"];
  return draft;
}

// src/core/templates/json-chat.ts
var LANGCHAIN_ROLES = {
  SystemMessagePromptTemplate: "system",
  HumanMessagePromptTemplate: "user",
  AIMessagePromptTemplate: "assistant",
  SystemMessage: "system",
  HumanMessage: "user",
  AIMessage: "assistant",
  ToolMessage: "tool"
};
function get(value, path) {
  let v = value;
  for (const key of path) v = Array.isArray(v) && typeof key === "number" ? v[key] : asRecord(v)?.[String(key)];
  return v;
}
function formatDialect(format) {
  const f = asString(format)?.toLowerCase();
  if (f === void 0) return void 0;
  if (f === "mustache") return "mustache";
  return f.startsWith("jinja") ? "jinja" : "fstring";
}
var JsonMessages = class {
  constructor(root, pos) {
    this.root = root;
    this.pos = pos;
  }
  root;
  pos;
  messages = [];
  dialects = [];
  issues = [];
  lines(path) {
    const value = get(this.root, path);
    const line = jsonPosAt(this.pos, path)?.line ?? 1;
    if (typeof value === "string") return toTextLines(value, line).map((l) => ({ text: l.text, line }));
    if (!Array.isArray(value)) return void 0;
    return value.flatMap((part, k) => {
      const textPath = typeof part === "string" ? [...path, k] : [...path, k, "text"];
      return typeof get(this.root, textPath) === "string" ? this.lines(textPath) ?? [] : [];
    });
  }
  /** One text of a known role (a PromptTemplate, Langfuse text prompt, Responses instructions). */
  text(path, role = "unknown") {
    const lines = this.lines(path);
    if (!lines) return;
    const line = jsonPosAt(this.pos, path)?.line ?? 1;
    this.messages.push(buildMessage(role, lines, { start: line, end: line }));
    this.dialects.push(void 0);
  }
  item(base, i) {
    const path = [...base, i];
    const item = asRecord(get(this.root, path));
    const line = jsonPosAt(this.pos, path)?.line ?? 1;
    if (!item) return void this.issues.push(issue(`message ${i + 1} must be an object with role and content`, line));
    const ids = Array.isArray(item["id"]) ? item["id"] : [];
    const lcClass = asString(ids[ids.length - 1]);
    if (item["type"] === "placeholder" || lcClass === "MessagesPlaceholder") return;
    const role = item["type"] === "function_call_output" ? "tool" : firstString(item["role"], lcClass ? LANGCHAIN_ROLES[lcClass] : void 0, item["type"]);
    const candidates = [
      ["content"],
      ["kwargs", "prompt", "kwargs", "template"],
      ["kwargs", "content"],
      ["data", "content"],
      ["text"],
      ["output"]
    ];
    const found = candidates.map((c) => this.lines([...path, ...c])).find((l) => l !== void 0);
    const itemType = asString(item["type"]) ?? "";
    if (!found && (item["tool_calls"] !== void 0 || item["function_call"] !== void 0 || /_call$|^reasoning$/.test(itemType)))
      return;
    if (!found) return void this.issues.push(issue(`message ${i + 1} has no text content`, line));
    const end = Math.max(line, found[found.length - 1]?.line ?? line);
    this.messages.push(buildMessage(normalizeRole(role), found, { start: line, end }));
    this.dialects.push(formatDialect(get(item, ["kwargs", "prompt", "kwargs", "template_format"])));
  }
};
function inputVariables(root, pos) {
  for (const path of [["kwargs", "input_variables"], ["input_variables"]]) {
    const list = get(root, path);
    if (!Array.isArray(list)) continue;
    return list.flatMap((name, k) => {
      const line = jsonPosAt(pos, [...path, k])?.line;
      return typeof name === "string" ? [line === void 0 ? { name } : { name, line }] : [];
    });
  }
  return [];
}
var TOP_LEVEL_PARAMETERS = /* @__PURE__ */ new Set([
  "temperature",
  "maxTokens",
  "topP",
  "topK",
  "frequencyPenalty",
  "presencePenalty",
  "stop",
  "seed"
]);
function jsonModel(root, pos) {
  const config = asRecord(root["config"]) ?? asRecord(root["modelParameters"]) ?? asRecord(root["parameters"]);
  const parameters = {};
  for (const [k, v] of Object.entries(root)) if (TOP_LEVEL_PARAMETERS.has(normalizeParameterKey(k))) parameters[k] = v;
  Object.assign(parameters, config);
  delete parameters["model"];
  const modelAt = root["model"] !== void 0 ? ["model"] : ["config", "model"];
  return modelSpec({
    id: firstString(root["model"], config?.["model"]),
    parameters,
    tools: root["tools"] ?? config?.["tools"],
    responseFormat: root["response_format"] ?? root["responseFormat"] ?? config?.["response_format"],
    line: jsonPosAt(pos, modelAt)?.keyLine
  });
}
function pickDialect(found, fileDialect) {
  const mustacheSeen = found.messages.some((m) => scanVariables(m.text, "mustache", 1).length > 0);
  const fallback = fileDialect ?? (mustacheSeen ? "mustache" : "fstring");
  return found.messages.map((_, i) => found.dialects[i] ?? fallback);
}
function parseJsonChat(index) {
  const draft = emptyDraft("auto");
  let syntax = firstJsonError(index.text);
  let root;
  try {
    if (!syntax) root = JSON.parse(index.text);
  } catch {
    syntax = { offset: 0, message: "malformed JSON" };
  }
  if (syntax) {
    draft.issues.push(issue(`invalid JSON: ${syntax.message}`, index.lineAt(syntax.offset)));
    if (index.text.trim().length > 0) draft.messages.push(wholeFileMessage(index.text));
    return draft;
  }
  const pos = locateJson(index);
  const rootObj = asRecord(root) ?? {};
  draft.metadata = extractMetadata(rootObj, 1, (p) => jsonPosAt(pos, p)?.keyLine);
  draft.model = jsonModel(rootObj, pos);
  draft.inputs = inputVariables(root, pos);
  const where = jsonShape(root);
  if (!where)
    return { ...draft, issues: [issue('not a prompt template: no "messages" list, prompt text or LangChain template', 1)] };
  const found = new JsonMessages(root, pos);
  for (const t of where.texts.filter((x) => x.role === "system")) found.text(t.path, t.role);
  const list = where.messages ? get(root, where.messages) : void 0;
  if (where.messages && Array.isArray(list)) {
    for (let i = 0; i < Math.min(list.length, MAX_MESSAGES); i++) found.item(where.messages, i);
    if (list.length > MAX_MESSAGES)
      draft.issues.push(
        issue(`more than ${MAX_MESSAGES} messages: the rest are not read`, jsonPosAt(pos, where.messages)?.line ?? 1)
      );
  }
  for (const t of where.texts.filter((x) => x.role !== "system")) found.text(t.path, t.role);
  draft.messages = found.messages;
  const format = rootObj["template_format"] ?? get(rootObj, ["kwargs", "template_format"]);
  draft.dialect = pickDialect(found, formatDialect(format) ?? where.dialect);
  draft.issues.push(...found.issues);
  return draft;
}

// src/core/templates/prompty.ts
function promptyModel(root, view) {
  const line = view?.keyLine(["model"]);
  const model = root["model"];
  if (typeof model === "string") return modelSpec({ id: model, line });
  const m = asRecord(model) ?? {};
  const conf = asRecord(m["configuration"]) ?? asRecord(m["connection"]) ?? {};
  const parameters = asRecord(m["parameters"]) ?? asRecord(m["options"]);
  return modelSpec({
    id: firstString(conf["azure_deployment"], conf["name"], conf["model"], m["id"], m["name"]),
    revision: firstString(m["revision"], conf["revision"]),
    // v1 `api: chat|completion`, v2 `apiType: chat|embedding|image|responses`.
    api: firstString(m["apiType"], m["api"]),
    parameters,
    tools: parameters?.["tools"] ?? root["tools"],
    responseFormat: m["response"] ?? parameters?.["response_format"],
    line,
    // v1 `configuration: {type, azure_endpoint | endpoint | base_url, azure_deployment}`,
    // v2 `provider` + `connection: {kind, endpoint}` (prompty's executors read these keys).
    hosting: {
      provider: firstString(conf["type"], m["provider"]),
      endpoint: firstString(conf["azure_endpoint"], conf["endpoint"], conf["base_url"]),
      deployment: firstString(conf["azure_deployment"], conf["deployment"]),
      connection: asString(conf["kind"])
    }
  });
}
function coercedKind(value) {
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "float";
  if (typeof value === "boolean") return "boolean";
  if (typeof value === "string") return "string";
  return void 0;
}
function declared(name, spec, line) {
  const s = asRecord(spec);
  const input = { name };
  const type = s ? firstString(s["kind"], s["type"]) : coercedKind(spec);
  if (type !== void 0) input.type = type;
  const description = s ? asString(s["description"]) : void 0;
  if (description !== void 0) input.description = description;
  input.required = s?.["required"] === true;
  if (line !== void 0) input.line = line;
  return input;
}
function promptyInputs(root, view) {
  const inputs = root["inputs"];
  if (Array.isArray(inputs)) {
    return inputs.flatMap((item, i) => {
      const name = asString(asRecord(item)?.["name"]);
      return name ? [declared(name, item, view?.keyLine(["inputs", i]))] : [];
    });
  }
  return Object.entries(asRecord(inputs) ?? {}).map(([name, spec]) => declared(name, spec, view?.keyLine(["inputs", name])));
}
function withoutRoles(messages, api) {
  const kind = api?.toLowerCase();
  if (kind === "embedding" || kind === "image") return messages.map((m) => ({ ...m, role: "user" }));
  if (kind === "completion") return messages.map((m) => ({ ...m, role: "unknown" }));
  return messages;
}
function promptyDialect(root) {
  const template = root["template"];
  const format = asString(template) ?? asString(asRecord(template)?.["format"]);
  return format?.toLowerCase() === "mustache" ? "mustache" : "jinja";
}
function parsePrompty(index) {
  const { fm, root, view, issues } = readFrontMatter(index);
  const dialect = promptyDialect(root);
  const draft = emptyDraft(dialect);
  if (dialect === "jinja") draft.validate = "jinja";
  draft.issues.push(...issues);
  draft.metadata = extractMetadata(root, 1, (p) => view?.keyLine(p));
  draft.model = promptyModel(root, view);
  draft.inputs = promptyInputs(root, view);
  if (root["sample"] !== void 0) draft.testData = root["sample"];
  const threads = new Set(draft.inputs.filter((i) => i.type === "thread").map((i) => i.name));
  const body = promptyMessages(index, fm.bodyStart, threads);
  draft.messages = withoutRoles(body.messages, draft.model.api);
  draft.issues.push(...body.issues);
  return draft;
}

// src/core/templates/raw-chat.ts
var TURN_START = /^[ \t]{0,8}(?:<\|[A-Za-z0-9_]{1,40}\|>|<｜[^｜>\n]{1,40}｜>|\[\/?INST\]|<<\/?SYS>>|<s>|<(?:start|end)_of_turn>|\{\{-?\s{0,4}bos_token|\{%-?\s{0,4}for\s{1,4}message\s{1,4}in\s{1,4}messages|#{1,3}\s{0,4}(?:Human|Assistant|User|Instruction|Response)\s{0,4}:|(?:Human|Assistant|User|AI|USER|ASSISTANT)\s{0,2}:)/;
var CHAT_TEMPLATE = /\{%-?\s{1,4}for\s{1,4}[A-Za-z_]\w{0,40}\s{1,4}in\s{1,4}(?:loop_)?messages\b/;
function isRawChatFormat(messages, hasInput) {
  if (messages.length !== 1) return false;
  const [only] = messages;
  if (only === void 0 || only.role !== "unknown") return false;
  if (CHAT_TEMPLATE.test(only.text)) return true;
  if (!hasInput) return false;
  const lines = only.lines.filter((l) => l.text.trim().length > 0);
  if (lines[0] !== void 0 && TURN_START.test(lines[0].text)) return true;
  let turns = 0;
  for (const l of lines) if (TURN_START.test(l.text) && ++turns >= 2) return true;
  return false;
}

// src/core/templates/parse-template.ts
function parseDraft(format, path, text) {
  if (format === "plain") return parsePlain(path, text);
  const index = new LineIndex(text);
  switch (format) {
    case "github-models":
      return parseGithubModels(index);
    case "prompty":
      return parsePrompty(index);
    case "dotprompt":
      return parseDotprompt(index);
    case "json-chat":
      return parseJsonChat(index);
  }
}
function toTemplate(path, format, draft, lineCount) {
  const maxLine = Math.max(1, lineCount);
  const collected = collectVariables(draft.messages, draft.dialect, draft.validate);
  draft.issues.push(...collected.issues);
  const notices = [...draft.notices ?? [], ...collected.notices];
  if (collected.truncatedAt !== void 0) {
    draft.issues.push(
      issue(`more than ${MAX_VARIABLES} variable uses: only the first ${MAX_VARIABLES} are listed`, collected.truncatedAt)
    );
  }
  const template = {
    path,
    format,
    messages: draft.messages,
    variables: collected.variables,
    inputs: draft.inputs,
    model: draft.model,
    metadata: draft.metadata,
    parseErrors: draft.issues.slice(0, MAX_ISSUES).map((i) => ({ message: i.message, line: Math.min(i.line, maxLine) })),
    lineCount
  };
  if (notices.length > 0)
    template.notices = notices.slice(0, MAX_ISSUES).map((i) => ({ message: i.message, line: Math.min(i.line, maxLine) }));
  if (isRawChatFormat(
    draft.messages,
    collected.variables.some((v) => !v.reference)
  ))
    template.rawChatFormat = true;
  if (draft.testData !== void 0) template.testData = draft.testData;
  if (draft.evaluators !== void 0) template.evaluators = draft.evaluators;
  return template;
}
function parseTemplate(path, text, format = detectFormat(path)) {
  const source = typeof text === "string" ? normalizeSource(text) : "";
  const lineCount = countLines(source);
  try {
    return toTemplate(path, format, parseDraft(format, path, source), lineCount);
  } catch (err) {
    const draft = emptyDraft("mustache");
    draft.issues.push(issue(`template could not be parsed: ${errorMessage(err)}`, 1));
    return toTemplate(path, format, draft, lineCount);
  }
}

export {
  describeHost,
  judgeHost,
  overallVerdict,
  resolveHost,
  classesOf,
  assessChange,
  splitFrontMatter,
  parseYamlSource,
  METRICS_RULES,
  ACCURACY_METRIC,
  ACCURACY_SAMPLES_METRIC,
  accuracyMetrics,
  detectFormat,
  parseTemplate,
  sha256,
  sha256Hex,
  emptyRoot,
  leafHash,
  nodeHash,
  toHex
};
