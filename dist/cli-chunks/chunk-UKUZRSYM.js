import { createRequire as __promptopsCreateRequire } from 'node:module';
const require = __promptopsCreateRequire(import.meta.url);
import {
  ACCURACY_METRIC,
  ACCURACY_SAMPLES_METRIC,
  classesOf,
  emptyRoot,
  judgeHost,
  leafHash,
  nodeHash,
  overallVerdict,
  parseTemplate,
  resolveHost,
  sha256,
  sha256Hex,
  toHex
} from "./chunk-HWHVFMPW.js";
import {
  dataClassPolicy,
  err,
  knownClass,
  ok
} from "./chunk-5VG5CH4R.js";
import {
  external_exports
} from "./chunk-T36FWCGD.js";
import {
  redactText
} from "./chunk-CQU3XPPY.js";
import {
  trimEndChar
} from "./chunk-2T6TU6Y3.js";
import {
  CATEGORIES,
  LEVELS
} from "./chunk-R47RDTTV.js";
import {
  PromptOpsError
} from "./chunk-7Z5DEWCI.js";

// src/core/audit/canonical-json.ts
function canonicalJson(value) {
  return canonicalForms(value, false).compact;
}
function canonicalJsonPretty(value) {
  return canonicalForms(value, true).pretty;
}
function canonicalForms(value, pretty = true) {
  if (inCanonicalOrder(value)) {
    return { compact: JSON.stringify(value), pretty: pretty ? JSON.stringify(value, null, 2) : "" };
  }
  const w = { compact: [], pretty: pretty ? [] : null };
  write(value, "", w);
  return { compact: w.compact.join(""), pretty: w.pretty ? w.pretty.join("") : "" };
}
function emit(w, compact, pretty = compact) {
  w.compact.push(compact);
  w.pretty?.push(pretty);
}
function write(value, indent, w) {
  switch (typeof value) {
    case "string":
      return emit(w, JSON.stringify(value));
    case "number":
      if (!Number.isFinite(value)) throw new TypeError(`canonicalJson: non-finite number ${value}`);
      return emit(w, JSON.stringify(value));
    case "boolean":
      return emit(w, value ? "true" : "false");
    case "object":
      if (value === null) return emit(w, "null");
      return Array.isArray(value) ? writeArray(value, indent, w) : writeObject(value, indent, w);
    default:
      throw new TypeError(`canonicalJson: unsupported type ${typeof value}`);
  }
}
function writeArray(items, indent, w) {
  if (items.length === 0) return emit(w, "[]");
  const inner = `${indent}  `;
  emit(w, "[", `[
${inner}`);
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (item === void 0) throw new TypeError("canonicalJson: undefined array element");
    if (i > 0) emit(w, ",", `,
${inner}`);
    write(item, inner, w);
  }
  emit(w, "]", `
${indent}]`);
}
function writeObject(obj, indent, w) {
  const keys = Object.keys(obj).filter((k) => obj[k] !== void 0).sort();
  if (keys.length === 0) return emit(w, "{}");
  const inner = `${indent}  `;
  emit(w, "{", `{
${inner}`);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    if (i > 0) emit(w, ",", `,
${inner}`);
    const name = JSON.stringify(key);
    emit(w, `${name}:`, `${name}: `);
    write(obj[key], inner, w);
  }
  emit(w, "}", `
${indent}}`);
}
var INDEX_KEY = /^(?:0|[1-9][0-9]{0,9})$/;
function inCanonicalOrder(value) {
  if (typeof value !== "object" || value === null) {
    return typeof value === "string" || typeof value === "boolean" || value === null || typeof value === "number" && Number.isFinite(value);
  }
  if (Array.isArray(value)) return value.every((item) => item !== void 0 && inCanonicalOrder(item));
  if (Object.getPrototypeOf(value) !== Object.prototype || "toJSON" in value) return false;
  let prev = null;
  for (const key of Object.keys(value)) {
    const member = value[key];
    if (prev !== null && prev >= key || INDEX_KEY.test(key) || member === void 0 || !inCanonicalOrder(member)) return false;
    prev = key;
  }
  return true;
}

// src/core/audit/errors.ts
var AuditInputError = class extends PromptOpsError {
  /** Dotted path of the offending field, e.g. `pr.title` or `templates[0].text`. */
  field;
  constructor(code, field, message) {
    super(code, `${field}: ${message}`);
    this.name = "AuditInputError";
    this.field = field;
  }
};
var NoteError = class extends PromptOpsError {
  constructor(code, message) {
    super(code, message);
    this.name = "NoteError";
  }
};

// src/core/audit/redaction.ts
var FORBIDDEN_KEYS = /* @__PURE__ */ new Set([
  "text",
  "rawtext",
  "content",
  "prompt",
  "prompts",
  "messages",
  "lines",
  "basetext",
  "headtext",
  "body",
  "source",
  "testdata",
  "patch",
  "diff"
]);
var DATA_MAPS = /* @__PURE__ */ new Set(["provenance", "metrics"]);
function assertNoRawText(value, path = "input") {
  const seen = /* @__PURE__ */ new Set();
  const stack = [{ value, path }];
  while (stack.length > 0) {
    const item = stack.pop();
    if (item === void 0 || typeof item.value !== "object" || item.value === null || seen.has(item.value)) continue;
    seen.add(item.value);
    for (const [key, child] of Object.entries(item.value)) {
      const childPath = Array.isArray(item.value) ? `${item.path}[${key}]` : `${item.path}.${key}`;
      if (!Array.isArray(item.value) && FORBIDDEN_KEYS.has(key.toLowerCase())) {
        throw new AuditInputError(
          "audit-forbidden-field",
          childPath,
          "raw prompt text must not go into the audit log; pass digests only"
        );
      }
      if (!DATA_MAPS.has(key)) stack.push({ value: child, path: childPath });
    }
  }
}
function assertNoEmails(value, path = "record") {
  if (typeof value === "string") {
    if (containsEmail(value)) throw new AuditInputError("audit-email", path, "looks like an email address; redact it first");
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => assertNoEmails(v, `${path}[${i}]`));
  } else if (typeof value === "object" && value !== null) {
    for (const [k, v] of Object.entries(value)) assertNoEmails(v, `${path}.${k}`);
  }
}
var LOCAL = /[A-Za-z0-9._%+-]/;
var DOMAIN = /[A-Za-z0-9.-]/;
function containsEmail(text) {
  return emailSpans(text, true).length > 0;
}
function maskEmailShapes(text) {
  const spans = emailSpans(text, false);
  let out = "";
  let at = 0;
  for (const [start, end] of spans) {
    out += `${text.slice(at, start)}[REDACTED:email]`;
    at = end;
  }
  return out + text.slice(at);
}
function emailSpans(text, firstOnly) {
  const spans = [];
  let from = 0;
  for (let at = text.indexOf("@"); at >= 0; at = text.indexOf("@", at + 1)) {
    if (at === 0 || at <= from || !LOCAL.test(text[at - 1])) continue;
    const end = domainEnd(text, at + 1);
    if (end < 0) continue;
    let start = at;
    while (start > from && at - start < 64 && LOCAL.test(text[start - 1])) start--;
    spans.push([start, end]);
    if (firstOnly) break;
    from = end;
  }
  return spans;
}
function domainEnd(text, start) {
  let end = start;
  while (end < text.length && end - start < 254 && DOMAIN.test(text[end])) end++;
  const domain = trimEndChar(text.slice(start, end), ".");
  const dot = domain.lastIndexOf(".");
  if (dot <= 0) return -1;
  const tld = domain.slice(dot + 1);
  return tld.length >= 2 && /^[A-Za-z]+$/.test(tld) ? start + domain.length : -1;
}

// src/core/audit/record.schema.ts
var STATEMENT_TYPE = "https://in-toto.io/Statement/v1";
var PREDICATE_TYPE = "https://promptops.dev/audit-record/v1";
var hex64 = external_exports.string().regex(/^[0-9a-f]{64}$/, "expected lowercase hex SHA-256");
var gitSha = external_exports.string().regex(/^(?:[0-9a-f]{40}|[0-9a-f]{64})$/, "expected a lowercase git commit SHA");
var isoTime = external_exports.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?Z$/, "expected an ISO 8601 UTC time");
var LIMITS = {
  shortText: 300,
  title: 300,
  path: 1e3,
  reason: 1e3,
  evidence: 200,
  tagValue: 300,
  tags: 50,
  owners: 50,
  url: 1e3
};
var shortText = external_exports.string().max(LIMITS.shortText);
var AuditFindingSchema = external_exports.strictObject({
  category: external_exports.enum(CATEGORIES),
  rule: shortText,
  severity: external_exports.enum(LEVELS),
  path: external_exports.string().max(LIMITS.path),
  line: external_exports.number().int().nonnegative(),
  evidence: external_exports.string().max(LIMITS.evidence).nullable()
});
var AuditApprovalSchema = external_exports.strictObject({
  reviewer: shortText,
  reviewerId: external_exports.number().int().nonnegative(),
  state: external_exports.enum(["APPROVED", "CHANGES_REQUESTED", "COMMENTED", "DISMISSED"]),
  /** The head commit the review was given on. */
  commit: gitSha,
  at: isoTime
});
var AuditOverrideSchema = external_exports.strictObject({ by: shortText, reason: external_exports.string().max(LIMITS.reason) });
var AuditTemplateSchema = external_exports.strictObject({
  path: external_exports.string().min(1).max(LIMITS.path),
  oldPath: external_exports.string().max(LIMITS.path).nullable(),
  /** SHA-256 of the head content; null when the template was removed. */
  digest: hex64.nullable(),
  provenance: external_exports.record(external_exports.string(), external_exports.string().max(LIMITS.tagValue)),
  metrics: external_exports.record(external_exports.string(), external_exports.number()),
  /** Owners at the base revision (absent in records written before the data-class register). */
  owners: external_exports.array(shortText).max(LIMITS.owners).optional(),
  /** The template's data classes and where it sends its prompts (docs/data-classes.md). */
  dataHandling: external_exports.strictObject({
    classes: external_exports.array(shortText).max(LIMITS.tags),
    provider: shortText.nullable(),
    host: shortText.nullable(),
    region: shortText.nullable(),
    model: shortText.nullable(),
    verdict: external_exports.enum(["allowed", "not-allowed", "unknown", "unclassified"]),
    /** A class requires memories and telemetry to pass through `promptops redact`. */
    redactTelemetry: external_exports.boolean()
  }).optional()
});
var AuditSlaSchema = external_exports.strictObject({
  target: shortText,
  /** When the review clock started (PR opened) and when review was due. */
  startedAt: isoTime.optional(),
  dueAt: isoTime.optional(),
  firstReviewAt: isoTime.nullable(),
  breached: external_exports.boolean(),
  /** Owners of the templates, for per-owner SLA reports. */
  owners: external_exports.array(shortText).max(LIMITS.owners).optional()
});
var AuditPredicateSchema = external_exports.strictObject({
  seq: external_exports.number().int().min(1).max(99999999),
  prevHash: hex64.nullable(),
  repository: external_exports.string().regex(/^[A-Za-z0-9_.-]{1,100}\/[A-Za-z0-9_.-]{1,100}$/, "expected owner/name"),
  pr: external_exports.strictObject({
    number: external_exports.number().int().min(1),
    title: external_exports.string().max(1024),
    author: shortText,
    url: external_exports.string().max(LIMITS.url)
  }),
  base: gitSha,
  head: gitSha,
  mergeCommit: gitSha,
  mergedAt: isoTime,
  level: external_exports.enum(LEVELS),
  score: external_exports.number().min(0),
  findings: external_exports.array(AuditFindingSchema),
  policy: external_exports.strictObject({ configDigest: hex64 }),
  approvals: external_exports.array(AuditApprovalSchema),
  overrides: external_exports.array(AuditOverrideSchema),
  outcome: external_exports.literal("merged"),
  templates: external_exports.array(AuditTemplateSchema),
  sla: AuditSlaSchema.optional()
});
var AuditRecordSchema = external_exports.strictObject({
  _type: external_exports.literal(STATEMENT_TYPE),
  subject: external_exports.array(external_exports.strictObject({ name: external_exports.string().min(1), digest: external_exports.record(external_exports.string(), external_exports.string()) })).min(1),
  predicateType: external_exports.literal(PREDICATE_TYPE),
  predicate: AuditPredicateSchema
});

// src/core/audit/record-values.ts
var INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]+/g;
var ELLIPSIS = "\u2026";
var marker = (why) => `[REDACTED:${why}]`;
function recordableText(value, max) {
  if (typeof value !== "string")
    return typeof value === "number" || typeof value === "boolean" ? recordableText(String(value), max) : marker("not-text");
  const line = value.replace(INVISIBLE, " ");
  const redacted = redactText(line).text;
  return cut(maskEmailShapes(redacted), max);
}
function cut(text, max) {
  if (text.length <= max) return text;
  let end = max - 1;
  const code = text.charCodeAt(end - 1);
  if (code >= 55296 && code <= 56319) end--;
  return `${text.slice(0, end)}${ELLIPSIS}`;
}
var LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}(?:\[bot\])?$/;
function recordableLogin(value) {
  if (value === "" || value === null || value === void 0) return "";
  return typeof value === "string" && LOGIN.test(value) ? value : marker("invalid-login");
}
var OWNER = /^@[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}(?:\/[A-Za-z0-9._-]{1,100})?$/;
function recordableOwner(value) {
  return typeof value === "string" && OWNER.test(value) ? value : recordableText(value, LIMITS.shortText);
}
function recordableRuleId(value) {
  return typeof value === "string" && /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/.test(value) ? value : marker("invalid-rule");
}
function recordableUrl(value) {
  const text = recordableText(value, LIMITS.url);
  return /^https?:\/\/[^\s]+$/.test(text) ? text : marker("invalid-url");
}
var KEY = /^[A-Za-z][A-Za-z0-9_.-]{0,63}$/;
function recordableKey(key) {
  return KEY.test(key) && redactText(key).text === key && !containsEmail(key);
}
function recordableTags(tags) {
  const out = {};
  if (typeof tags !== "object" || tags === null || Array.isArray(tags)) return out;
  const entries = Object.entries(tags).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0);
  let invalid = 0;
  for (const [key, value] of entries.slice(0, LIMITS.tags)) {
    const name = recordableKey(key) ? key : marker(`tag-name-${++invalid}`);
    out[name] = typeof value === "object" && value !== null ? marker("not-text") : recordableText(value, LIMITS.tagValue);
  }
  if (entries.length > LIMITS.tags) out["[omitted]"] = `${entries.length - LIMITS.tags} more tags`;
  return out;
}
function recordableMetrics(metrics) {
  const out = {};
  if (typeof metrics !== "object" || metrics === null || Array.isArray(metrics)) return out;
  for (const [key, value] of Object.entries(metrics).slice(0, LIMITS.tags)) {
    if (recordableKey(key) && typeof value === "number" && Number.isFinite(value)) out[key] = value;
  }
  return out;
}

// src/core/audit/record.ts
function buildRecord(input, prev) {
  assertNoRawText(input);
  const predicate = {
    seq: prev === null ? 1 : prev.seq + 1,
    prevHash: prev === null ? null : prev.hash,
    repository: input.repository,
    pr: {
      number: input.pr.number,
      title: recordableText(input.pr.title, LIMITS.title),
      author: recordableLogin(input.pr.author),
      url: recordableUrl(input.pr.url)
    },
    base: input.base.toLowerCase(),
    head: input.head.toLowerCase(),
    mergeCommit: input.mergeCommit.toLowerCase(),
    mergedAt: input.mergedAt,
    level: input.level,
    score: input.score,
    findings: input.findings.map(recordableFinding),
    policy: { configDigest: input.configDigest },
    approvals: input.approvals.map((a) => ({ ...a, reviewer: recordableLogin(a.reviewer), commit: a.commit.toLowerCase() })),
    overrides: input.overrides.map((o) => ({ by: recordableLogin(o.by), reason: recordableText(o.reason, LIMITS.reason) })),
    outcome: "merged",
    templates: input.templates.map((t) => ({
      path: recordableText(t.path, LIMITS.path),
      oldPath: t.oldPath === null || t.oldPath === void 0 ? null : recordableText(t.oldPath, LIMITS.path),
      digest: t.digest,
      provenance: recordableTags(t.provenance ?? {}),
      metrics: recordableMetrics(t.metrics ?? {}),
      ...t.owners ? { owners: t.owners.slice(0, LIMITS.owners).map(recordableOwner) } : {},
      ...t.dataHandling ? { dataHandling: recordableDataHandling(t.dataHandling) } : {}
    })),
    ...input.sla ? { sla: recordableSla(input.sla) } : {}
  };
  const record = { _type: STATEMENT_TYPE, subject: subjects(predicate), predicateType: PREDICATE_TYPE, predicate };
  return validated(record);
}
function recordableFinding(f) {
  return {
    category: f.category,
    rule: recordableRuleId(f.rule),
    severity: f.severity,
    path: recordableText(f.path, LIMITS.path),
    line: f.line,
    // Detectors already redact their evidence; this is the log's own last line of defence.
    evidence: f.evidence === null || f.evidence === void 0 ? null : recordableText(f.evidence, LIMITS.evidence)
  };
}
function recordableDataHandling(d) {
  const text = (v) => v === null ? null : recordableText(v, LIMITS.shortText);
  return {
    classes: d.classes.slice(0, LIMITS.tags).map((c) => recordableText(c, LIMITS.shortText)),
    provider: text(d.provider),
    host: text(d.host),
    region: text(d.region),
    model: text(d.model),
    verdict: d.verdict,
    redactTelemetry: d.redactTelemetry
  };
}
function recordableSla(sla) {
  const { owners, ...rest } = sla;
  return {
    ...rest,
    target: recordableText(sla.target, LIMITS.shortText),
    ...owners ? { owners: owners.slice(0, LIMITS.owners).map(recordableOwner) } : {}
  };
}
function subjects(p) {
  const withDigest = p.templates.flatMap((t) => t.digest === null ? [] : [{ name: t.path, digest: { sha256: t.digest } }]);
  return withDigest.length > 0 ? withDigest : [{ name: p.repository, digest: { gitCommit: p.mergeCommit } }];
}
function validated(record) {
  const parsed = AuditRecordSchema.safeParse(record);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue ? issue.path.join(".").replace(/^predicate\./, "") : "record";
    throw new AuditInputError("audit-invalid", field, issue?.message ?? "invalid record");
  }
  if (Number.isNaN(Date.parse(record.predicate.mergedAt)))
    throw new AuditInputError("audit-invalid", "mergedAt", "not a real date");
  assertNoEmails(record.predicate, "input");
  return parsed.data;
}
function parseRecord(text) {
  let value;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  return AuditRecordSchema.safeParse(value).success ? value : null;
}
function recordHash(record) {
  return sha256Hex(canonicalJson(record));
}
function recordLeafHash(record) {
  return leafHash(canonicalJson(record));
}
function serializeRecord(record) {
  return `${canonicalJsonPretty(record)}
`;
}
function recordPath(record) {
  const p = record.predicate;
  const [y, m, d] = [p.mergedAt.slice(0, 4), p.mergedAt.slice(5, 7), p.mergedAt.slice(8, 10)];
  return `records/${y}/${m}/${d}/${String(p.seq).padStart(8, "0")}-pr-${p.pr.number}.json`;
}
var RECORD_PATH = /^records\/(\d{4})\/(\d{2})\/(\d{2})\/(\d{8})-pr-([1-9]\d{0,9})\.json$/;
function idempotencyKey(repository, pr, mergeSha) {
  return `${repository.toLowerCase()}#${pr}@${mergeSha.toLowerCase()}`;
}
function recordIdempotencyKey(record) {
  const p = record.predicate;
  return idempotencyKey(p.repository, p.pr.number, p.mergeCommit);
}

// src/core/audit/from-decision.ts
var QUOTES_PROMPT = /* @__PURE__ */ new Set(["guardrails", "injection", "toxicity"]);
var REVIEW_STATES = /* @__PURE__ */ new Set(["APPROVED", "CHANGES_REQUESTED", "COMMENTED", "DISMISSED"]);
function auditInput(pull, report, decision, reviews, configDigest, extras = {}) {
  const { sla } = extras;
  const approvals = reviews.flatMap(
    (r) => r.user && r.commit_id && REVIEW_STATES.has(r.state) && r.state !== "COMMENTED" ? [
      {
        reviewer: r.user.login,
        reviewerId: r.user.id ?? 0,
        state: r.state,
        commit: r.commit_id,
        at: r.submitted_at ?? pull.mergedAt
      }
    ] : []
  );
  return {
    repository: pull.repository,
    pr: { number: pull.number, title: pull.title, author: pull.author, url: pull.url },
    base: pull.base,
    head: pull.head,
    mergeCommit: pull.mergeCommit,
    mergedAt: pull.mergedAt,
    level: report.level,
    score: report.score,
    findings: report.findings.map((f) => ({
      category: f.category,
      rule: f.rule,
      severity: f.severity,
      path: f.path,
      line: f.line,
      evidence: f.evidence && !QUOTES_PROMPT.has(f.category) ? f.evidence : null
    })),
    configDigest,
    approvals,
    overrides: (decision?.overrides ?? []).map((o) => ({ by: o.login, reason: o.reason })),
    templates: report.templates.map((t) => ({
      path: t.path,
      oldPath: t.oldPath ?? null,
      digest: t.digest.head,
      provenance: t.provenance,
      metrics: { ...metricsOf(t), ...extras.metrics?.[t.path] },
      owners: t.owners,
      ...t.dataClasses ? { dataHandling: dataHandlingOf(t.dataClasses) } : {}
    })),
    ...sla ? { sla } : {}
  };
}
function dataHandlingOf(d) {
  const { host } = d;
  return {
    classes: d.classes,
    provider: host.provider,
    host: host.host,
    region: host.region,
    model: host.model,
    verdict: overallVerdict(d.verdicts),
    redactTelemetry: d.redactTelemetry
  };
}
function metricsOf(t) {
  const m = {};
  if (t.cost.after) m.inputTokens = t.cost.after.inputTokens;
  if (t.cost.after?.usdPerCall !== null && t.cost.after?.usdPerCall !== void 0) m.usdPerCall = t.cost.after.usdPerCall;
  m.score = t.score;
  return m;
}

// src/core/audit/tree.ts
var CompactRange = class {
  stack = [];
  count = 0;
  get size() {
    return this.count;
  }
  /** Appends one leaf *hash* (already `leafHash`ed). */
  append(hash) {
    let node = hash;
    for (let size = this.count; size % 2 === 1; size = Math.floor(size / 2)) {
      const left = this.stack.pop();
      if (left === void 0) throw new Error("compact range underflow");
      node = nodeHash(left, node);
    }
    this.stack.push(node);
    this.count += 1;
  }
  /** MTH of the leaves appended so far: fold the subtree roots right to left. */
  root() {
    let acc = this.stack[this.stack.length - 1];
    if (acc === void 0) return emptyRoot();
    for (let i = this.stack.length - 2; i >= 0; i--) acc = nodeHash(this.stack[i], acc);
    return acc;
  }
};
function rootFromLeafHashes(hashes) {
  const range = new CompactRange();
  for (const hash of hashes) range.append(hash);
  return range.root();
}
function rootsAtSizes(hashes, sizes) {
  const wanted = new Set(sizes.filter((s) => s >= 0 && s <= hashes.length));
  const roots = /* @__PURE__ */ new Map();
  const range = new CompactRange();
  if (wanted.has(0)) roots.set(0, range.root());
  for (const hash of hashes) {
    range.append(hash);
    if (wanted.has(range.size)) roots.set(range.size, range.root());
  }
  return roots;
}

// src/core/audit/note.ts
import { createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify } from "node:crypto";
var EM_DASH_PREFIX = "\u2014 ";
var ED25519_TYPE = 1;
var MAX_NOTE_CHARS = 1 << 20;
var MAX_SIGNATURES = 100;
function isValidKeyName(name) {
  return name.length > 0 && !/[\s+]/u.test(name);
}
function keyId(name, publicKey) {
  return sha256(name, "\n", Uint8Array.of(ED25519_TYPE), publicKey).subarray(0, 4);
}
function formatVerifierKey(name, publicKey) {
  const typed = Buffer.concat([Uint8Array.of(ED25519_TYPE), publicKey]);
  return `${name}+${Buffer.from(keyId(name, publicKey)).toString("hex")}+${typed.toString("base64")}`;
}
function parseVerifierKey(text) {
  const trimmed = text.trim();
  const first = trimmed.indexOf("+");
  const second = first < 0 ? -1 : trimmed.indexOf("+", first + 1);
  const [name, hash, key] = [trimmed.slice(0, first), trimmed.slice(first + 1, second), trimmed.slice(second + 1)];
  if (first < 0 || second < 0) {
    return err(new NoteError("key-invalid", "verifier key must look like <name>+<hex key id>+<base64 key>"));
  }
  const typed = strictBase64(key);
  if (!isValidKeyName(name) || !/^[0-9a-f]{8}$/.test(hash) || typed?.length !== 33 || typed[0] !== ED25519_TYPE) {
    return err(new NoteError("key-invalid", "verifier key is not a valid Ed25519 signed-note key"));
  }
  const publicKey = typed.subarray(1);
  const id = keyId(name, publicKey);
  if (Buffer.from(id).toString("hex") !== hash) return err(new NoteError("key-invalid", "verifier key ID does not match its key"));
  return ok({ name, keyId: id, publicKey });
}
function generateSigningKey(name) {
  if (!isValidKeyName(name)) throw new NoteError("key-invalid", `invalid key name ${JSON.stringify(name)}`);
  const { privateKey, publicKey } = generateKeyPairSync("ed25519");
  const privateKeyPem = privateKey.export({ type: "pkcs8", format: "pem" }).toString();
  return { privateKeyPem, verifierKey: formatVerifierKey(name, rawPublicKey(publicKey)) };
}
function verifierKeyFor(signer) {
  return formatVerifierKey(signer.name, rawPublicKey(createPublicKey(createPrivateKey(signer.privateKeyPem))));
}
function signNote(body, signer) {
  if (!isValidKeyName(signer.name)) throw new NoteError("key-invalid", `invalid key name ${JSON.stringify(signer.name)}`);
  if (!body.endsWith("\n") || hasForbiddenControl(body)) {
    throw new NoteError("note-malformed", "note text must end in a newline and contain no control characters");
  }
  const privateKey = createPrivateKey(signer.privateKeyPem);
  const signature = sign(null, Buffer.from(body, "utf8"), privateKey);
  const id = keyId(signer.name, rawPublicKey(createPublicKey(privateKey)));
  return `${body}
${EM_DASH_PREFIX}${signer.name} ${Buffer.concat([id, signature]).toString("base64")}
`;
}
function verifyNote(text, verifierKey) {
  const key = typeof verifierKey === "string" ? parseVerifierKey(verifierKey) : ok(verifierKey);
  if (!key.ok) return key;
  const split = splitNote(text);
  if (!split.ok) return split;
  for (const line of split.value.signatures) {
    const parsed = parseSignatureLine(line);
    if (!parsed) return err(new NoteError("note-malformed", "malformed signature line"));
    if (parsed.name !== key.value.name || !Buffer.from(parsed.id).equals(key.value.keyId)) continue;
    const good = verify(null, Buffer.from(split.value.body, "utf8"), publicKeyObject(key.value.publicKey), parsed.signature);
    if (!good) return err(new NoteError("note-bad-signature", `signature by ${parsed.name} does not verify`));
    return ok({ body: split.value.body });
  }
  return err(new NoteError("note-unverified", `no signature by known key ${key.value.name}`));
}
function splitNote(text) {
  if (text.length > MAX_NOTE_CHARS || hasForbiddenControl(text))
    return err(new NoteError("note-malformed", "note is too large or has control characters"));
  const at = text.lastIndexOf("\n\n");
  if (at < 0 || !text.endsWith("\n")) return err(new NoteError("note-malformed", "note has no signature block"));
  const signatures = text.slice(at + 2, -1).split("\n");
  if (signatures.length > MAX_SIGNATURES) return err(new NoteError("note-malformed", "too many signatures"));
  return ok({ body: text.slice(0, at + 1), signatures });
}
function parseSignatureLine(line) {
  if (!line.startsWith(EM_DASH_PREFIX)) return null;
  const rest = line.slice(EM_DASH_PREFIX.length);
  const space = rest.indexOf(" ");
  const name = rest.slice(0, space);
  const raw = space > 0 ? strictBase64(rest.slice(space + 1)) : null;
  if (!isValidKeyName(name) || raw === null || raw.length < 5) return null;
  return { name, id: raw.subarray(0, 4), signature: raw.subarray(4) };
}
function strictBase64(text) {
  const buf = Buffer.from(text, "base64");
  return text.length > 0 && buf.toString("base64") === text ? buf : null;
}
function hasForbiddenControl(text) {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 32 && c !== 10) return true;
  }
  return false;
}
function rawPublicKey(key) {
  const jwk = key.export({ format: "jwk" });
  if (typeof jwk.x !== "string") throw new NoteError("key-invalid", "not an Ed25519 key");
  return Buffer.from(jwk.x, "base64url");
}
function publicKeyObject(raw) {
  return createPublicKey({ key: { kty: "OKP", crv: "Ed25519", x: Buffer.from(raw).toString("base64url") }, format: "jwk" });
}

// src/core/audit/checkpoint.ts
function formatCheckpoint(cp) {
  if (cp.origin.length === 0 || /\n/.test(cp.origin))
    throw new NoteError("checkpoint-malformed", "origin must be one non-empty line");
  if (!Number.isSafeInteger(cp.size) || cp.size < 0)
    throw new NoteError("checkpoint-malformed", "size must be a non-negative integer");
  if (cp.root.length !== 32) throw new NoteError("checkpoint-malformed", "root must be 32 bytes");
  return `${cp.origin}
${cp.size}
${Buffer.from(cp.root).toString("base64")}
`;
}
function parseCheckpointBody(body) {
  const lines = body.split("\n");
  const [origin, sizeText, rootText] = lines;
  if (lines.length < 4 || lines[lines.length - 1] !== "" || lines.slice(3, -1).some((l) => l === "")) {
    return err(malformed("expected origin, size and root hash lines"));
  }
  if (origin === void 0 || origin === "") return err(malformed("empty origin"));
  if (sizeText === void 0 || !/^(?:0|[1-9][0-9]{0,15})$/.test(sizeText) || !Number.isSafeInteger(Number(sizeText))) {
    return err(malformed("tree size must be decimal without leading zeros"));
  }
  const root = rootText === void 0 ? null : Buffer.from(rootText, "base64");
  if (root === null || root.length !== 32 || root.toString("base64") !== rootText)
    return err(malformed("root hash must be base64 of 32 bytes"));
  return ok({ origin, size: Number(sizeText), root });
}
function parseCheckpoint(text, verifierKey) {
  const verified = verifyNote(text, verifierKey);
  if (!verified.ok) return verified;
  return parseCheckpointBody(verified.value.body);
}
function signCheckpoint(cp, signer) {
  return signNote(formatCheckpoint(cp), signer);
}
function malformed(message) {
  return new NoteError("checkpoint-malformed", `checkpoint: ${message}`);
}

// src/core/audit/layout.ts
var CHECKPOINT_PATH = "checkpoint";
var VERIFIER_KEY_PATH = "verifier-key";
var ROOT_README = "README.md";
var TEMPLATE_INDEX = "by-template/README.md";
var REGISTER_PAGE = "data-classes/README.md";
var PR_BUCKET = 500;
function byPrPath(pr) {
  const lo = Math.floor(pr / PR_BUCKET) * PR_BUCKET;
  return `by-pr/${lo}-${lo + PR_BUCKET - 1}/${pr}.json`;
}
var stems = /* @__PURE__ */ new Map();
function templateStem(path) {
  let stem = stems.get(path);
  if (stem === void 0) {
    const digest = sha256Hex(path);
    stem = {
      dir: `by-template/${digest.slice(0, 2)}`,
      slug: `${path.replace(/[^A-Za-z0-9._-]/g, "-").slice(0, 80)}-${digest.slice(0, 8)}`
    };
    if (stems.size >= 1e4) stems.clear();
    stems.set(path, stem);
  }
  return stem;
}
function templateSlug(path) {
  return templateStem(path).slug;
}
function templateDir(path) {
  return templateStem(path).dir;
}
function byTemplatePath(path) {
  return `${templateDir(path)}/${templateSlug(path)}.json`;
}
function templatePagePath(path) {
  return `${templateDir(path)}/${templateSlug(path)}.md`;
}
function monthPagePath(yyyy, mm) {
  return `records/${yyyy}/${mm}/README.md`;
}
var DERIVED = [
  /^README\.md$/,
  /^verifier-key$/,
  /^records\/\d{4}\/\d{2}\/README\.md$/,
  /^by-pr\/\d{1,10}-\d{1,10}\/\d{1,10}\.json$/,
  /^by-template\/README\.md$/,
  /^data-classes\/README\.md$/,
  /^by-template\/[0-9a-f]{2}\/[A-Za-z0-9._-]{1,100}\.(?:json|md)$/
];
function isDerivedPath(path) {
  return DERIVED.some((re) => re.test(path));
}
function relativeLink(from, to) {
  const depth = from.split("/").length - 1;
  return `${"../".repeat(depth)}${to}`;
}

// src/core/audit/markdown.ts
function escapeMd(text) {
  return text.replace(/[\r\n\t]+/g, " ").replace(/[\\`*_[\]<>|#~!&]/g, (c) => `\\${c}`);
}
function codeSpan(text) {
  return text.includes("`") || /[\r\n]/.test(text) ? escapeMd(text) : `\`${text}\``;
}
function base(serverUrl) {
  return trimEndChar(serverUrl, "/");
}
function prUrl(opts, record) {
  return `${base(opts.serverUrl)}/${record.predicate.repository}/pull/${record.predicate.pr.number}`;
}
function commitUrl(opts, repository, sha) {
  return `${base(opts.serverUrl)}/${repository}/commit/${sha}`;
}
function repoUrl(opts, repository) {
  return `${base(opts.serverUrl)}/${repository}`;
}
function approvers(record) {
  const names = record.predicate.approvals.filter((a) => a.state === "APPROVED").map((a) => a.reviewer);
  return [...new Set(names)];
}
var MAX_TEMPLATES_IN_CELL = 3;
function recordRow(page, record, opts) {
  const p = record.predicate;
  const templates = p.templates.slice(0, MAX_TEMPLATES_IN_CELL).map((t) => `[${codeSpan(t.path)}](${relativeLink(page, templatePagePath(t.path))})`);
  const more = p.templates.length - MAX_TEMPLATES_IN_CELL;
  if (more > 0) templates.push(`+${more} more`);
  const cells2 = [
    `[${p.seq}](${relativeLink(page, recordPath(record))})`,
    p.mergedAt.slice(0, 10),
    `[#${p.pr.number}](${prUrl(opts, record)})`,
    p.level,
    templates.join("<br>") || "\u2014",
    approvers(record).map((a) => `@${escapeMd(a)}`).join(", ") || "\u2014"
  ];
  return `| ${cells2.join(" | ")} |`;
}
var RECORD_TABLE_HEAD = "| Seq | Merged (UTC) | PR | Level | Templates | Approvers |\n|---:|---|---|---|---|---|";

// src/core/metrics/mermaid.ts
var TOKENS = { label: "input tokens", value: (p) => p.inputTokens };
var COST = { label: "USD per call", value: (p) => p.usdPerCall };
var ACCURACY = { label: "accuracy", value: (p) => p.accuracy, range: [0, 1] };
function renderMermaid(series) {
  if (series.length === 0) return "No templates with metrics on the audit branch.\n";
  return series.map(templateCharts).join("\n");
}
function templateCharts(s) {
  const cost = s.points.some((p) => p.inputTokens !== null) ? TOKENS : COST;
  const charts = [cost, ACCURACY].map((m) => chart(s.path, s.points, m)).filter((c) => c !== null);
  const body = charts.length ? charts.map((c) => `\`\`\`mermaid
${c}\`\`\`
`).join("\n") : "_No metrics recorded._\n";
  return `### ${inline(s.path)}

${body}`;
}
function chart(path, points, metric) {
  const shown = points.flatMap((p) => {
    const v = metric.value(p);
    return v === null ? [] : [{ x: `#${p.pr}`, v }];
  });
  if (shown.length === 0) return null;
  const values = shown.map((s) => s.v);
  const [lo, hi] = metric.range ?? [0, niceMax(Math.max(...values))];
  return [
    "xychart-beta",
    `  title "${quote(`${path}: ${metric.label}`)}"`,
    `  x-axis [${shown.map((s) => `"${quote(s.x)}"`).join(", ")}]`,
    `  y-axis "${metric.label}" ${lo} --> ${hi}`,
    `  line [${values.map(round).join(", ")}]`,
    ""
  ].join("\n");
}
function niceMax(max) {
  if (!(max > 0)) return 1;
  const target = max * 1.1;
  const base2 = 10 ** Math.floor(Math.log10(target));
  const step = [1, 2, 5, 10].find((m) => m * base2 >= target) ?? 10;
  return round(step * base2);
}
var round = (n) => Number(n.toPrecision(6));
var quote = (s) => s.replace(/["\n\r`]/g, "'").slice(0, 200);
var inline = (s) => `\`${s.replace(/[`\n\r]/g, "'")}\``;

// src/core/metrics/over-time.ts
function metricsOverTime(records, filter = {}) {
  const byPath = /* @__PURE__ */ new Map();
  for (const record of [...records].sort((a, b) => a.predicate.seq - b.predicate.seq)) {
    const p = record.predicate;
    for (const t of p.templates) {
      if (t.digest === null) continue;
      const series = (t.oldPath ? take(byPath, t.oldPath) : void 0) ?? take(byPath, t.path) ?? { path: t.path, aliases: [], points: [] };
      if (series.path !== t.path) series.aliases.push(series.path);
      series.path = t.path;
      series.points.push({
        seq: p.seq,
        mergedAt: p.mergedAt,
        pr: p.pr.number,
        mergeCommit: p.mergeCommit,
        inputTokens: t.metrics.inputTokens ?? null,
        usdPerCall: t.metrics.usdPerCall ?? null,
        accuracy: t.metrics[ACCURACY_METRIC] ?? null,
        samples: t.metrics[ACCURACY_SAMPLES_METRIC] ?? null
      });
      byPath.set(t.path, series);
    }
  }
  const all = [...byPath.values()].sort((a, b) => a.path.localeCompare(b.path));
  const wanted = filter.template;
  return wanted === void 0 ? all : all.filter((s) => s.path === wanted || s.aliases.includes(wanted));
}
function take(map, path) {
  const series = map.get(path);
  map.delete(path);
  return series;
}
var HEADER = ["merged at", "PR", "input tokens", "USD/call", "accuracy", "samples"];
function renderMetricsTable(series) {
  if (series.length === 0) return "no templates with metrics on the audit branch\n";
  return series.map((s) => `${s.path}${s.aliases.length ? ` (was ${s.aliases.join(", ")})` : ""}
${table(s.points.map(row))}`).join("\n");
}
function row(p) {
  return [
    p.mergedAt.slice(0, 16).replace("T", " "),
    `#${p.pr}`,
    p.inputTokens === null ? "-" : String(p.inputTokens),
    usd(p.usdPerCall),
    p.accuracy === null ? "-" : p.accuracy.toFixed(3),
    p.samples === null ? "-" : String(p.samples)
  ];
}
function table(rows) {
  const widths = HEADER.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const cell = (c, i) => i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0);
  const line = (cells2) => `  ${cells2.map(cell).join("  ")}`.trimEnd();
  return `${[line(HEADER), ...rows.map(line)].join("\n")}
`;
}
var usd = (n) => n === null ? "-" : `$${n.toFixed(n < 0.01 ? 6 : 4)}`;
function renderMetricsJson(series) {
  return `${JSON.stringify({ templates: series }, null, 2)}
`;
}

// src/core/audit/charts.ts
var MAX_POINTS = 50;
var MONTHS = 12;
function templateChartBlocks(templatePath, records) {
  const series = metricsOverTime(records, { template: templatePath })[0];
  if (!series) return [];
  const points = series.points.slice(-MAX_POINTS);
  const cost = points.some((p) => p.inputTokens !== null) ? { label: "input tokens", value: (p) => p.inputTokens } : { label: "USD per call", value: (p) => p.usdPerCall };
  const accuracy = { label: "accuracy", value: (p) => p.accuracy, range: [0, 1] };
  return [cost, accuracy].flatMap((metric) => {
    const text = chart(templatePath, points, metric);
    return text === null ? [] : [fence(text)];
  });
}
function slaByMonth(records) {
  const months = /* @__PURE__ */ new Map();
  for (const r of records) {
    const key = r.predicate.mergedAt.slice(0, 7);
    const m = months.get(key) ?? { records: 0, tracked: 0, breaches: 0, hours: [] };
    m.records++;
    const sla = r.predicate.sla;
    if (sla) {
      m.tracked++;
      if (sla.breached) m.breaches++;
      if (sla.startedAt && sla.firstReviewAt)
        m.hours.push((Date.parse(sla.firstReviewAt) - Date.parse(sla.startedAt)) / 36e5);
    }
    months.set(key, m);
  }
  return [...months.entries()].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0).slice(-MONTHS).map(([month, m]) => {
    return { month, records: m.records, tracked: m.tracked, breaches: m.breaches, medianHours: median(m.hours) };
  });
}
function median(values) {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const upper = sorted[mid];
  const value = sorted.length % 2 === 1 ? upper : (sorted[mid - 1] + upper) / 2;
  return Math.round(value * 10) / 10;
}
function slaSection(records) {
  const months = slaByMonth(records);
  if (!months.some((m) => m.tracked > 0)) return [];
  const rows = months.map((m) => `| ${m.month} | ${m.records} | ${m.tracked} | ${m.breaches} | ${m.medianHours ?? "\u2014"} |`);
  const x = months.map((m) => `"${m.month}"`).join(", ");
  const breaches = months.map((m) => m.breaches);
  const hours = months.map((m) => m.medianHours ?? 0);
  const charts = [
    [
      "xychart-beta",
      '  title "Review SLA breaches per month"',
      `  x-axis [${x}]`,
      `  y-axis "breaches" 0 --> ${niceMax(Math.max(...breaches))}`,
      `  bar [${breaches.join(", ")}]`,
      ""
    ].join("\n"),
    [
      "xychart-beta",
      '  title "Median hours to first review"',
      `  x-axis [${x}]`,
      `  y-axis "hours" 0 --> ${niceMax(Math.max(...hours))}`,
      `  line [${hours.join(", ")}]`,
      ""
    ].join("\n")
  ];
  return [
    "## Review SLA by month",
    "",
    "| Month | Records | With an SLA | Breaches | Median hours to first review |",
    "|---|---:|---:|---:|---:|",
    ...rows,
    "",
    ...charts.map(fence)
  ];
}
function fence(body) {
  return `\`\`\`mermaid
${body}\`\`\`
`;
}

// src/core/audit/index-pages.ts
var LATEST = 50;
function renderRootReadme(records, opts, withRegister = false) {
  const last = records[records.length - 1];
  const repo = last ? `[${escapeMd(last.predicate.repository)}](${repoUrl(opts, last.predicate.repository)})` : "this repository";
  const latest = records.slice(-LATEST).reverse().map((r) => recordRow(ROOT_README, r, opts));
  return [
    "# PromptOps audit log",
    "",
    `This branch is the append-only audit log of ${repo}, written by PromptOps. Each merged pull request`,
    "that changed a governed prompt template adds exactly one record under `records/`; records are never",
    "rewritten or removed. A record is an in-toto Statement (predicate `https://promptops.dev/audit-record/v1`)",
    "holding digests and redacted findings only. Records are chained by `prevHash`, and an RFC 6962 Merkle",
    `tree over them is committed to by the signed [\`checkpoint\`](${CHECKPOINT_PATH}) (a C2SP signed note).`,
    "",
    `**Records:** ${records.length}`,
    "",
    "## Verifier key",
    "",
    "```",
    opts.verifierKey,
    "```",
    "",
    "## How to verify",
    "",
    "1. Keep a copy of the verifier key above outside this repository, and of the current `checkpoint`.",
    "2. Run `promptops audit verify --repo . --key <verifier key> --github-repo <owner/name>` on a clone of",
    "   this branch. It recomputes every record hash, the chain, the Merkle root and these pages, checks the",
    "   signature with the key you pinned, and checks the branch against the App's witness (the signed",
    "   checkpoints it publishes as `promptops/audit` check runs on merge commits), which exposes a",
    "   truncated, deleted or re-signed branch. `--checkpoint <saved copy>` also proves the log only grew.",
    "",
    `## Latest ${Math.min(LATEST, records.length)} records`,
    "",
    RECORD_TABLE_HEAD,
    ...latest,
    "",
    "## By month",
    "",
    ...monthLinks(records),
    "",
    ...slaSection(records),
    `Templates (cost and accuracy over time): [by-template](${TEMPLATE_INDEX})`,
    "",
    ...withRegister ? [`Data classes and hosting of every recorded template: [data-class register](${REGISTER_PAGE})`, ""] : []
  ].join("\n");
}
function monthLinks(records) {
  const counts = /* @__PURE__ */ new Map();
  for (const r of records) counts.set(r.predicate.mergedAt.slice(0, 7), (counts.get(r.predicate.mergedAt.slice(0, 7)) ?? 0) + 1);
  return [...counts.keys()].sort().reverse().map((ym) => {
    const page = monthPagePath(ym.slice(0, 4), ym.slice(5, 7));
    return `- [${ym}](${page}) \u2014 ${counts.get(ym)} record${counts.get(ym) === 1 ? "" : "s"}`;
  });
}
function renderMonthPage(yyyy, mm, records, opts) {
  const page = monthPagePath(yyyy, mm);
  const rows = records.map((r) => recordRow(page, r, opts));
  return [
    `# Audit records \u2014 ${yyyy}-${mm}`,
    "",
    `${records.length} record(s). [All months](${relativeLink(page, ROOT_README)})`,
    "",
    RECORD_TABLE_HEAD,
    ...rows,
    ""
  ].join("\n");
}
function renderTemplatePage(templatePath, records, opts) {
  const page = templatePagePath(templatePath);
  const rows = records.map((r) => {
    const p = r.predicate;
    const t = p.templates.find((x) => x.path === templatePath) ?? p.templates.find((x) => x.oldPath === templatePath);
    const change = t === void 0 ? "\u2014" : t.digest === null ? "removed" : t.path !== templatePath ? `renamed to ${codeSpan(t.path)}` : `\`${t.digest.slice(0, 12)}\``;
    return `| [${p.seq}](${relativeLink(page, recordPath(r))}) | ${p.mergedAt.slice(0, 10)} | [#${p.pr.number}](${prUrl(opts, r)}) | ${p.level} | ${change} | [${p.mergeCommit.slice(0, 7)}](${commitUrl(opts, p.repository, p.mergeCommit)}) | ${approvers(r).map((a) => `@${escapeMd(a)}`).join(", ") || "\u2014"} |`;
  });
  return [
    `# Template ${codeSpan(templatePath)}`,
    "",
    `${records.length} record(s). [All templates](${relativeLink(page, TEMPLATE_INDEX)})`,
    "",
    "| Seq | Merged (UTC) | PR | Level | Digest | Merge commit | Approvers |",
    "|---:|---|---|---|---|---|---|",
    ...rows,
    "",
    ...chartsSection(templatePath, records)
  ].join("\n");
}
function chartsSection(templatePath, records) {
  const charts = templateChartBlocks(templatePath, records);
  return charts.length === 0 ? [] : ["## Cost and accuracy", "", ...charts];
}
function renderTemplateIndex(counts) {
  const rows = [...counts.keys()].sort().map((path) => `| [${codeSpan(path)}](${relativeLink(TEMPLATE_INDEX, templatePagePath(path))}) | ${counts.get(path)} |`);
  return ["# Templates", "", "| Template | Records |", "|---|---:|", ...rows, ""].join("\n");
}

// src/core/data-classes/register.ts
function registerFromFiles(files, config, ownersOf, records) {
  const policy = dataClassPolicy(config);
  const latest = latestRecords(records);
  return [...files].sort((a, b) => compare(a.path, b.path)).map((file) => {
    const template = parseTemplate(file.path, file.text ?? "");
    const { classes, unknown } = classesOf(template, file.path, policy);
    const host = file.text === null ? unreadableHost(file.unreadable ?? "not readable") : resolveHost(template, policy);
    const verdicts = classes.map((name) => judgeHost(knownClass(policy, name), host, policy));
    const record = latest.get(file.path);
    return {
      path: file.path,
      format: template.format,
      classes,
      undefinedClasses: unknown,
      model: template.model.id ?? null,
      provider: host.provider,
      host: host.host,
      region: host.region,
      verdict: overallVerdict(verdicts),
      reasons: [...verdicts.map((v) => `${v.dataClass}: ${v.reason}`), `host: ${host.explanation}`],
      hostNote: host.host === null ? null : policy.assertionFor(host.host, host.provider)?.note ?? null,
      owners: [.../* @__PURE__ */ new Set([...ownersOf(file.path), ...template.metadata.owners])],
      redactTelemetry: classes.some((c) => policy.classes.get(c)?.redactTelemetry === true),
      lastApproval: record ? lastApproval(record) : null
    };
  });
}
function registerFromRecords(records) {
  const rows = [];
  let withoutDataHandling = 0;
  for (const [path, record] of [...latestRecords(records)].sort(([a], [b]) => compare(a, b))) {
    const t = record.predicate.templates.find((x) => x.path === path);
    if (t === void 0 || t.digest === null) continue;
    const d = t.dataHandling;
    if (d === void 0) {
      withoutDataHandling++;
      continue;
    }
    rows.push({
      path,
      format: null,
      classes: d.classes,
      undefinedClasses: [],
      model: d.model,
      provider: d.provider,
      host: d.host,
      region: d.region,
      verdict: d.verdict,
      reasons: [],
      hostNote: null,
      owners: t.owners ?? [],
      redactTelemetry: d.redactTelemetry,
      lastApproval: lastApproval(record)
    });
  }
  return { rows, withoutDataHandling };
}
function unreadableHost(why) {
  return {
    provider: null,
    host: null,
    region: null,
    deployment: null,
    model: null,
    source: "unknown",
    explanation: `the file cannot be read as a template (${why}), so its host is unknown`
  };
}
function latestRecords(records) {
  const latest = /* @__PURE__ */ new Map();
  for (const r of [...records].sort((a, b) => a.predicate.seq - b.predicate.seq)) {
    for (const t of r.predicate.templates) {
      latest.set(t.path, r);
      if (t.oldPath !== null && t.oldPath !== t.path) latest.delete(t.oldPath);
    }
  }
  return latest;
}
function lastApproval(record) {
  return {
    pr: record.predicate.pr.number,
    mergedAt: record.predicate.mergedAt,
    approvers: approvers(record),
    record: recordPath(record)
  };
}
var compare = (a, b) => a < b ? -1 : a > b ? 1 : 0;

// src/core/audit/export.ts
function filterRecords(records, filter = {}) {
  const since = filter.since === void 0 ? -Infinity : Date.parse(filter.since);
  const until = filter.until === void 0 ? Infinity : endOf(filter.until);
  if (Number.isNaN(since) || Number.isNaN(until)) throw new RangeError("export filter: since/until must be ISO dates");
  return records.filter((r) => {
    const t = Date.parse(r.predicate.mergedAt);
    return t >= since && t <= until && (filter.template === void 0 || templatesOf(r).includes(filter.template));
  });
}
function endOf(value) {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? Date.parse(`${value}T23:59:59.999Z`) : Date.parse(value);
}
var CSV_COLUMNS = [
  "seq",
  "merged_at",
  "repository",
  "pr",
  "title",
  "author",
  "url",
  "level",
  "score",
  "templates",
  "approvers",
  "overrides",
  "findings",
  "config_digest",
  "base",
  "merge_commit",
  "record_hash"
];
function row2(r) {
  const p = r.predicate;
  return [
    p.seq,
    p.mergedAt,
    p.repository,
    p.pr.number,
    p.pr.title,
    p.pr.author,
    p.pr.url,
    p.level,
    p.score,
    p.templates.map((t) => t.path).join("; "),
    approvers(r).join("; "),
    p.overrides.map((o) => `${o.by}: ${o.reason}`).join("; "),
    p.findings.length,
    p.policy.configDigest,
    p.base,
    p.mergeCommit,
    recordHash(r)
  ];
}
function csvCell(value) {
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
function exportCsv(records, filter = {}) {
  const lines = [CSV_COLUMNS.join(","), ...filterRecords(records, filter).map((r) => row2(r).map(csvCell).join(","))];
  return `${lines.join("\r\n")}\r
`;
}
function exportJsonl(records, filter = {}) {
  return filterRecords(records, filter).map((r) => `${canonicalJson(r)}
`).join("");
}

// src/core/data-classes/register-render.ts
var REGISTER_COLUMNS = [
  "template",
  "classes",
  "model",
  "provider",
  "host",
  "region",
  "hosting",
  "owners",
  "redact",
  "last_pr",
  "last_merged",
  "last_approvers"
];
var CSV_COLUMNS2 = [...REGISTER_COLUMNS, "host_note"];
var dash = (v) => v === null || v === void 0 || v === "" ? "-" : v;
var list = (items) => items.length === 0 ? "-" : items.join(" ");
function cells(r) {
  return [
    r.path,
    list([...r.classes, ...r.undefinedClasses.map((c) => `${c}(undefined)`)]),
    dash(r.model),
    dash(r.provider),
    dash(r.host ?? "unknown"),
    dash(r.region),
    r.verdict,
    list(r.owners),
    r.redactTelemetry ? "yes" : "no",
    r.lastApproval ? `#${r.lastApproval.pr}` : "-",
    r.lastApproval ? r.lastApproval.mergedAt.slice(0, 10) : "-",
    r.lastApproval ? list(r.lastApproval.approvers.map((a) => `@${a}`)) : "-"
  ];
}
function summarize(rows) {
  return {
    templates: rows.length,
    classified: rows.filter((r) => r.classes.length > 0).length,
    notAllowed: rows.filter((r) => r.verdict === "not-allowed").length,
    unknownHost: rows.filter((r) => r.verdict === "unknown").length
  };
}
function renderRegisterTable(rows) {
  if (rows.length === 0) return "no governed templates\n";
  const head = REGISTER_COLUMNS.map((c) => c.replace(/_/g, " "));
  const body = rows.map(cells);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((r) => (r[i] ?? "").length)));
  const line = (row3) => row3.map((c, i) => c.padEnd(widths[i] ?? 0)).join("  ").trimEnd();
  const s = summarize(rows);
  return `${[line(head), ...body.map(line)].join("\n")}

${s.templates} templates, ${s.classified} classified, ${s.notAllowed} on a host their class does not allow, ${s.unknownHost} on an unknown host
`;
}
function renderRegisterJson(rows) {
  return `${JSON.stringify({ summary: summarize(rows), templates: rows }, null, 2)}
`;
}
function renderRegisterCsv(rows) {
  return `${[CSV_COLUMNS2.join(","), ...rows.map((r) => [...cells(r), r.hostNote ?? ""].map(csvCell).join(","))].join("\r\n")}\r
`;
}
function renderRegisterMarkdown(rows, options = {}) {
  const s = summarize(rows);
  const out = [
    `${s.templates} templates, ${s.classified} classified, ${s.notAllowed} on a host their class does not allow, ${s.unknownHost} on an unknown host.`,
    "",
    "| Template | Classes | Model | Host | Region | Hosting | Owners | Redact | Last approval |",
    "|---|---|---|---|---|---|---|---|---|"
  ];
  for (const r of rows) {
    const row3 = cells(r);
    const c = (i) => row3[i] ?? "";
    const link = options.recordLink?.(r) ?? null;
    const pr = r.lastApproval ? `${link ? `[#${r.lastApproval.pr}](${link})` : `#${r.lastApproval.pr}`} ${r.lastApproval.mergedAt.slice(0, 10)} ${escapeMd(c(11))}` : "\u2014";
    const host = r.provider ? `${escapeMd(c(4))} (${escapeMd(r.provider)})` : escapeMd(c(4));
    out.push(
      `| ${codeSpan(r.path)} | ${escapeMd(c(1))} | ${escapeMd(c(2))} | ${host} | ${escapeMd(c(5))} | ${r.verdict} | ${escapeMd(c(7))} | ${c(8)} | ${pr} |`
    );
  }
  return `${out.join("\n")}
`;
}

// src/core/audit/register-page.ts
function renderRegisterPage(records) {
  const { rows, withoutDataHandling } = registerFromRecords(records);
  if (rows.length === 0) return null;
  const older = withoutDataHandling > 0 ? [
    `${withoutDataHandling} more template(s) were last recorded before records carried data handling; their next merge adds them.`,
    ""
  ] : [];
  return [
    "# Data-class register",
    "",
    "Every template on this log with the data classes it handles, the model and host it sends prompts to,",
    "whether that host is allowed for its classes under the policy then in force, its owners and its last",
    `recorded approval. Derived from the records (regenerated by \`promptops audit verify\`). [Audit log](${relativeLink(REGISTER_PAGE, ROOT_README)})`,
    "",
    ...older,
    renderRegisterMarkdown(rows, {
      recordLink: (r) => r.lastApproval ? relativeLink(REGISTER_PAGE, r.lastApproval.record) : null
    })
  ].join("\n");
}

// src/core/audit/derive.ts
function templatesOf(record) {
  const paths = record.predicate.templates.flatMap(
    (t) => t.oldPath !== null && t.oldPath !== t.path ? [t.path, t.oldPath] : [t.path]
  );
  return [...new Set(paths)];
}
function push(map, key, record) {
  const list2 = map.get(key);
  if (list2) list2.push(record);
  else map.set(key, [record]);
}
function group(records) {
  const groups = { byMonth: /* @__PURE__ */ new Map(), byPr: /* @__PURE__ */ new Map(), byTemplate: /* @__PURE__ */ new Map() };
  for (const r of records) {
    push(groups.byMonth, r.predicate.mergedAt.slice(0, 7), r);
    push(groups.byPr, r.predicate.pr.number, r);
    for (const t of templatesOf(r)) push(groups.byTemplate, t, r);
  }
  return groups;
}
function json(value) {
  return `${JSON.stringify(value, null, 2)}
`;
}
function prPointer(pr, records) {
  return json({ pr, records: records.map(recordPath) });
}
function templatePointer(template, records) {
  return json({ template, records: records.map(recordPath) });
}
function templateCounts(byTemplate) {
  return new Map([...byTemplate].map(([path, list2]) => [path, list2.length]));
}
function common(records, groups, opts) {
  const register = renderRegisterPage(records);
  return {
    [ROOT_README]: renderRootReadme(records, opts, register !== null),
    [VERIFIER_KEY_PATH]: `${opts.verifierKey}
`,
    [TEMPLATE_INDEX]: renderTemplateIndex(templateCounts(groups.byTemplate)),
    ...register === null ? {} : { [REGISTER_PAGE]: register }
  };
}
function addTemplate(files, template, list2, opts) {
  files[byTemplatePath(template)] = templatePointer(template, list2);
  files[templatePagePath(template)] = renderTemplatePage(template, list2, opts);
}
function deriveAll(records, opts) {
  const groups = group(records);
  const files = common(records, groups, opts);
  for (const [ym, list2] of groups.byMonth)
    files[monthPagePath(ym.slice(0, 4), ym.slice(5, 7))] = renderMonthPage(ym.slice(0, 4), ym.slice(5, 7), list2, opts);
  for (const [pr, list2] of groups.byPr) files[byPrPath(pr)] = prPointer(pr, list2);
  for (const [template, list2] of groups.byTemplate) addTemplate(files, template, list2, opts);
  return files;
}
function deriveForAppend(records, added, opts) {
  const groups = group(records);
  const files = common(records, groups, opts);
  const ym = added.predicate.mergedAt.slice(0, 7);
  files[monthPagePath(ym.slice(0, 4), ym.slice(5, 7))] = renderMonthPage(
    ym.slice(0, 4),
    ym.slice(5, 7),
    groups.byMonth.get(ym) ?? [],
    opts
  );
  files[byPrPath(added.predicate.pr.number)] = prPointer(
    added.predicate.pr.number,
    groups.byPr.get(added.predicate.pr.number) ?? []
  );
  for (const template of templatesOf(added)) addTemplate(files, template, groups.byTemplate.get(template) ?? [], opts);
  return files;
}

// src/core/audit/log.ts
var DEFAULT_SERVER_URL = "https://github.com";
var MAX_CLOCK_SKEW_MS = 10 * 60 * 1e3;
function appendRecord(state, input, signer, now, options = {}) {
  const key = idempotencyKey(input.repository, input.pr.number, input.mergeCommit);
  const existing = state.records.find((r) => recordIdempotencyKey(r) === key);
  if (existing) return { duplicate: true, path: recordPath(existing), record: existing };
  if (Date.parse(input.mergedAt) > now.getTime() + MAX_CLOCK_SKEW_MS) {
    throw new AuditInputError("audit-invalid", "mergedAt", `${input.mergedAt} is in the future`);
  }
  const last = state.records[state.records.length - 1];
  const record = buildRecord(input, last ? { seq: last.predicate.seq, hash: recordHash(last) } : null);
  const records = [...state.records, record];
  const checkpoint = checkpointFor(records, signer.name);
  const opts = { serverUrl: options.serverUrl ?? DEFAULT_SERVER_URL, verifierKey: verifierKeyFor(signer) };
  const path = recordPath(record);
  const files = {
    [path]: serializeRecord(record),
    [CHECKPOINT_PATH]: signCheckpoint(checkpoint, signer),
    ...deriveForAppend(records, record, opts)
  };
  return { duplicate: false, files, record, path, checkpoint };
}
function checkpointFor(records, origin) {
  return { origin, size: records.length, root: rootFromLeafHashes(records.map(recordLeafHash)) };
}

// src/core/audit/verify-records.ts
function readRecord(path, text, problems) {
  const match = RECORD_PATH.exec(path);
  if (!match) return null;
  const seq = Number(match[4]);
  const record = parseRecord(text);
  if (record === null) {
    problems.push({ kind: "edited", path, message: "not a valid audit record (JSON or schema)" });
    return { path, seq, record, hash: sha256Hex(text), leaf: leafHash(text) };
  }
  const forms = canonicalForms(record);
  const canonical = Buffer.from(forms.compact, "utf8");
  if (`${forms.pretty}
` !== text)
    problems.push({ kind: "edited", path, message: "record file is not byte-for-byte as written" });
  if (record.predicate.seq !== seq) {
    problems.push({ kind: "reordered", path, message: `file name says seq ${seq} but the record is seq ${record.predicate.seq}` });
  } else if (recordPath(record) !== path) {
    problems.push({ kind: "edited", path, message: `record content belongs at ${recordPath(record)}` });
  }
  return { path, seq, record, hash: sha256Hex(canonical), leaf: leafHash(canonical) };
}
function orderEntries(entries, missingPath, problems) {
  const bySeq = /* @__PURE__ */ new Map();
  for (const e of entries) bySeq.set(e.seq, [...bySeq.get(e.seq) ?? [], e]);
  const max = entries.reduce((m, e) => Math.max(m, e.seq), 0);
  const ordered = [];
  for (let seq = 1; seq <= max; seq++) {
    const list2 = (bySeq.get(seq) ?? []).sort((a, b) => a.path < b.path ? -1 : 1);
    if (list2.length === 0) problems.push({ kind: "deleted", path: missingPath(seq), message: `record seq ${seq} is missing` });
    const linked = new Set((bySeq.get(seq + 1) ?? []).map((n) => n.record?.predicate.prevHash));
    const prevHash = ordered[seq - 2]?.hash;
    const chosen = list2.find((e) => linked.has(e.hash)) ?? list2.find((e) => e.record?.predicate.prevHash === prevHash) ?? list2[0] ?? null;
    for (const e of list2) {
      if (e !== chosen)
        problems.push({
          kind: "inserted",
          path: e.path,
          message: `second record with seq ${seq}; the chain does not lead through it`
        });
    }
    ordered.push(chosen);
  }
  return ordered;
}
function checkChain(ordered, problems) {
  const seqOfHash = new Map(ordered.flatMap((e) => e ? [[e.hash, e.seq]] : []));
  const first = ordered[0];
  const before = problems.length;
  if (first?.record && first.record.predicate.prevHash !== null) {
    problems.push({ kind: "chain", path: first.path, message: "the first record must have prevHash null" });
  }
  const changed = /* @__PURE__ */ new Set();
  for (let i = 1; i < ordered.length; i++) {
    const prev = ordered[i - 1];
    const cur = ordered[i];
    if (!prev?.record || !cur?.record || changed.has(prev.seq) || linkOk(prev, cur)) continue;
    const problem = classifyBreak(ordered, i, seqOfHash);
    if (problem.kind === "chain") changed.add(cur.seq);
    problems.push(problem);
  }
  return problems.length > before;
}
function linkOk(prev, cur) {
  return cur.record?.predicate.prevHash === prev.hash;
}
function classifyBreak(ordered, i, seqOfHash) {
  const prev = ordered[i - 1];
  const cur = ordered[i];
  const claimed = cur.record?.predicate.prevHash;
  const target = claimed ? seqOfHash.get(claimed) : void 0;
  if (target !== void 0 && target !== prev.seq) {
    return { kind: "reordered", path: cur.path, message: `seq ${cur.seq} links to seq ${target}, not seq ${prev.seq}` };
  }
  const next = ordered[i + 1];
  if (next?.record && linkOk(cur, next)) {
    return {
      kind: "edited",
      path: prev.path,
      message: `record seq ${prev.seq} no longer hashes to the prevHash recorded by seq ${cur.seq}`
    };
  }
  return { kind: "chain", path: cur.path, message: `prevHash of seq ${cur.seq} does not match the hash of seq ${prev.seq}` };
}

// src/core/audit/witness.ts
var WITNESS_CHECK_NAME = "promptops/audit";
var HEADER2 = "promptops-audit-witness v1";
var OPEN = "```text\n";
var CLOSE = "\n```";
var MAX_TEXT = 65535;
function formatWitness(w) {
  if (!BRANCH.test(w.branch) || !COMMIT.test(w.commit) || !w.checkpoint.endsWith("\n"))
    throw new TypeError("witness: invalid branch, commit or checkpoint");
  return `${OPEN}${HEADER2}
branch ${w.branch}
commit ${w.commit}

${w.checkpoint.slice(0, -1)}${CLOSE}
`;
}
var BRANCH = /^[A-Za-z0-9._/-]{1,255}$/;
var COMMIT = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
function parseWitness(text) {
  if (typeof text !== "string" || text.length > MAX_TEXT) return null;
  const start = text.indexOf(`${OPEN}${HEADER2}
`);
  const end = text.lastIndexOf(CLOSE);
  if (start < 0 || end < start) return null;
  const lines = text.slice(start + OPEN.length + HEADER2.length + 1, end + 1).split("\n");
  const [branchLine = "", commitLine = "", blank] = lines;
  const branch = branchLine.slice("branch ".length);
  const commit = commitLine.slice("commit ".length);
  if (!branchLine.startsWith("branch ") || !commitLine.startsWith("commit ") || blank !== "" || !BRANCH.test(branch) || !COMMIT.test(commit))
    return null;
  const checkpoint = lines.slice(3).join("\n");
  return checkpoint.length > 1 ? { branch, commit, checkpoint } : null;
}
function publishedVerifierKey(files) {
  const text = Object.hasOwn(files, VERIFIER_KEY_PATH) ? files[VERIFIER_KEY_PATH] : void 0;
  return text === void 0 ? null : text.trim();
}

// src/core/audit/verify.ts
function verifyLog(input) {
  const problems = [];
  const entries = Object.entries(input.files).flatMap(([path, text]) => readRecord(path, text, problems) ?? []);
  const pointers = lazyPointerIndex(input.files);
  const ordered = orderEntries(
    entries,
    (seq) => pointers().get(seq) ?? `records/**/${String(seq).padStart(8, "0")}-pr-*.json`,
    problems
  );
  const chainBroken = checkChain(ordered, problems);
  const complete = ordered.every((e) => e?.record);
  const leaves = complete ? ordered.map((e) => e.leaf) : null;
  const rekeyed = checkPublishedKey(input, problems);
  const current = checkCurrent(input, ordered, leaves, chainBroken, problems);
  for (const anchor of input.anchors ?? []) checkAnchor(input, anchor, leaves, current, problems);
  const records = ordered.flatMap((e) => e?.record ? [e.record] : []);
  checkDerived(input, records, new Set(entries.map((e) => e.path)), rekeyed, problems);
  const root = leaves ? rootsAtSizes(leaves, [leaves.length]).get(leaves.length) : void 0;
  return { ok: problems.length === 0, size: ordered.length, root: root ? toHex(root) : null, problems };
}
function checkCurrent(input, ordered, leaves, chainBroken, problems) {
  const text = input.files[CHECKPOINT_PATH];
  if (text === void 0) {
    if (ordered.length > 0) problems.push({ kind: "deleted", path: CHECKPOINT_PATH, message: "the signed checkpoint is missing" });
    return null;
  }
  const cp = parseCheckpoint(text, input.verifierKey);
  if (!cp.ok) {
    problems.push({ kind: "signature", path: CHECKPOINT_PATH, message: cp.error.message });
    return null;
  }
  const n = ordered.length;
  const { size } = cp.value;
  if (size > n)
    problems.push({ kind: "deleted", path: CHECKPOINT_PATH, message: `checkpoint covers ${size} records but only ${n} exist` });
  for (let seq = size + 1; seq <= n; seq++) {
    const e = ordered[seq - 1];
    if (e)
      problems.push({
        kind: "inserted",
        path: e.path,
        message: `record seq ${seq} is not covered by the signed checkpoint (size ${size})`
      });
  }
  if (leaves && size <= n) {
    const root = rootsAtSizes(leaves, [size]).get(size);
    if (!Buffer.from(root).equals(cp.value.root)) reportRoot(ordered, size, root, cp.value.root, chainBroken, problems);
  }
  return cp.value;
}
function reportRoot(ordered, size, got, want, chainBroken, problems) {
  const last = ordered[size - 1];
  if (!chainBroken && last)
    problems.push({ kind: "edited", path: last.path, message: `record seq ${last.seq} does not match the signed checkpoint` });
  problems.push({
    kind: "root",
    path: CHECKPOINT_PATH,
    message: `Merkle root of ${size} records is ${toHex(got)}, checkpoint says ${toHex(want)}`
  });
}
function checkPublishedKey(input, problems) {
  const published = publishedVerifierKey(input.files);
  if (published === null || published === input.verifierKey.trim()) return false;
  problems.push({
    kind: "signature",
    path: VERIFIER_KEY_PATH,
    message: `the branch publishes verifier key ${published}, not ${input.verifierKey.trim()}: it was re-keyed`
  });
  return true;
}
function checkAnchor(input, anchor, leaves, current, problems) {
  const path = anchor.source;
  const saved = parseCheckpoint(anchor.checkpoint, input.verifierKey);
  if (!saved.ok) {
    problems.push({
      kind: "signature",
      path,
      message: `${saved.error.message}: not signed by the key in use (a re-keyed log, or a forged anchor)`
    });
    return;
  }
  const { size, root } = saved.value;
  if (current && current.size < size) {
    problems.push({
      kind: "rewrite",
      path: CHECKPOINT_PATH,
      message: `checkpoint size ${current.size} is smaller than the ${size} of ${path}: history was truncated`
    });
  }
  if (!leaves) return;
  if (leaves.length < size) {
    problems.push({
      kind: "rewrite",
      path,
      message: `the log has ${leaves.length} records, fewer than the ${size} of this checkpoint: it was truncated or deleted`
    });
    return;
  }
  const prefix = rootsAtSizes(leaves, [size]).get(size);
  if (!Buffer.from(prefix).equals(root)) {
    problems.push({
      kind: "rewrite",
      path,
      message: `the first ${size} records no longer hash to this checkpoint's root: history was rewritten`
    });
  }
}
function checkDerived(input, records, recordPaths, rekeyed, problems) {
  if (records.length === 0 && Object.keys(input.files).length === 0) return;
  const expected = deriveAll(records, { serverUrl: input.serverUrl ?? DEFAULT_SERVER_URL, verifierKey: input.verifierKey });
  for (const [path, content] of Object.entries(expected)) {
    if (rekeyed && (path === VERIFIER_KEY_PATH || path === ROOT_README)) continue;
    const actual = input.files[path];
    if (actual !== content)
      problems.push({
        kind: "derived",
        path,
        message: actual === void 0 ? "derived file is missing" : "derived file differs from what the records produce"
      });
  }
  for (const path of Object.keys(input.files)) {
    if (path === CHECKPOINT_PATH || recordPaths.has(path) || Object.hasOwn(expected, path)) continue;
    if (isDerivedPath(path)) problems.push({ kind: "derived", path, message: "derived file that no record produces" });
    else problems.push({ kind: "unknown-file", path, message: "file is not part of the audit log layout" });
  }
}
function lazyPointerIndex(files) {
  let index = null;
  return () => {
    if (index) return index;
    index = /* @__PURE__ */ new Map();
    for (const [path, text] of Object.entries(files)) {
      if (!path.startsWith("by-pr/")) continue;
      for (const s of text.split('"')) {
        const m = RECORD_PATH.exec(s);
        if (m) index.set(Number(m[4]), s);
      }
    }
    return index;
  };
}

// src/core/audit/verify-statement.ts
function verifyStatement(f) {
  if (!f.intact)
    return {
      anchored: f.keyPinned || f.anchors.length > 0,
      proved: [],
      notProved: ["integrity: problems were found (listed above)"]
    };
  const key = f.keyPinned ? "the key you pinned (--key)" : "the key the branch itself publishes";
  const proved = [
    `${f.size} record(s) parse, hash and chain by seq and prevHash`,
    `the Merkle root of the records matches the checkpoint, which is signed by ${key}`,
    "every derived page (indexes, pointers, charts) matches the records",
    "no commit of the branch modified or deleted a record"
  ];
  if (f.anchors.length > 0)
    proved.push(`the log extends each of ${f.anchors.length} anchor(s), each signed by the same key: ${f.anchors.join("; ")}`);
  const notProved = [];
  if (!f.keyPinned && f.anchors.length === 0) {
    notProved.push(
      "that the key is the App's: it was checked only against the key the branch publishes (trust on first use), so a rewrite re-signed with a new key passes too; pin it with --key, or check the App's witness with --github-repo"
    );
  }
  if (f.anchors.length === 0) {
    const searched = f.witnessSearch ? ` (no witness found in ${f.witnessSearch})` : "";
    notProved.push(
      `that no records were cut off the end: a branch reset to an older commit still verifies; compare with a saved checkpoint (--checkpoint) or the App's witness (--github-repo)${searched}`
    );
  } else if (f.witnesses === 0) {
    notProved.push("records appended after your saved checkpoint: only the App's witness (--github-repo) covers them");
  }
  return { anchored: f.keyPinned || f.anchors.length > 0, proved, notProved };
}

// src/core/audit/commit-check.ts
function commitOnlyAdds(prevFiles, nextFiles) {
  const problems = [];
  for (const [path, text] of Object.entries(prevFiles)) {
    if (!RECORD_PATH.test(path)) continue;
    const next = nextFiles[path];
    if (next === void 0 || !Object.hasOwn(nextFiles, path))
      problems.push({ kind: "deleted", path, message: "commit removed a record" });
    else if (next !== text) problems.push({ kind: "edited", path, message: "commit changed an existing record" });
  }
  const added = [];
  for (const [path, text] of Object.entries(nextFiles)) {
    if (Object.hasOwn(prevFiles, path) && prevFiles[path] === text) continue;
    if (RECORD_PATH.test(path)) {
      if (!Object.hasOwn(prevFiles, path)) added.push(path);
    } else if (path !== CHECKPOINT_PATH && !isDerivedPath(path)) {
      problems.push({ kind: "unknown-file", path, message: "commit touched a file outside the audit log layout" });
    }
  }
  return { ok: problems.length === 0, added: added.sort(), problems };
}

export {
  generateSigningKey,
  verifierKeyFor,
  parseRecord,
  RECORD_PATH,
  idempotencyKey,
  recordIdempotencyKey,
  CHECKPOINT_PATH,
  renderMermaid,
  niceMax,
  metricsOverTime,
  renderMetricsTable,
  renderMetricsJson,
  registerFromFiles,
  exportCsv,
  exportJsonl,
  renderRegisterTable,
  renderRegisterJson,
  renderRegisterCsv,
  renderRegisterMarkdown,
  deriveAll,
  DEFAULT_SERVER_URL,
  appendRecord,
  WITNESS_CHECK_NAME,
  formatWitness,
  parseWitness,
  publishedVerifierKey,
  verifyLog,
  verifyStatement,
  commitOnlyAdds,
  auditInput
};
