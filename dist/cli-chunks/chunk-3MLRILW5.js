import { createRequire as __promptopsCreateRequire } from 'node:module';
const require = __promptopsCreateRequire(import.meta.url);
import {
  parseYamlDocument,
  yamlErrors
} from "./chunk-T6OKS3OG.js";
import {
  LineIndex,
  firstJsonError,
  locateJson,
  normalizeSource
} from "./chunk-Z3D3ZAKT.js";
import {
  err,
  ok,
  require_dist
} from "./chunk-5VG5CH4R.js";
import {
  external_exports
} from "./chunk-T36FWCGD.js";
import {
  getOrSet,
  trimEndChar
} from "./chunk-2T6TU6Y3.js";
import {
  PromptOpsError,
  formatIssues
} from "./chunk-7Z5DEWCI.js";
import {
  __toESM
} from "./chunk-L4R2QCBA.js";

// src/core/memory/json-text.ts
function parseJsonText(text) {
  const source = normalizeSource(text);
  const index = new LineIndex(source);
  const syntax = firstJsonError(source);
  if (syntax) return { ok: false, problem: { line: index.lineAt(syntax.offset), message: `invalid JSON: ${syntax.message}` } };
  try {
    return { ok: true, value: JSON.parse(source), index };
  } catch (cause) {
    return { ok: false, problem: { line: 1, message: `invalid JSON: ${cause.name}` } };
  }
}
var isPlainObject = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
function parseSchemaText(text) {
  const parsed = parseJsonText(text);
  if (!parsed.ok) return parsed;
  if (!isPlainObject(parsed.value)) return { ok: false, problem: { line: 1, message: "a JSON Schema must be a JSON object" } };
  return { ok: true, schema: parsed.value, index: parsed.index };
}
function lineOfPointer(index, pointer) {
  const root = locateJson(index);
  const segments = pointer.split("/").slice(1).map((s) => s.replaceAll("~1", "/").replaceAll("~0", "~"));
  let pos = root;
  let line = root.line;
  for (const segment of segments) {
    const next = pos.items && /^\d{1,9}$/.test(segment) ? pos.items[Number(segment)] : pos.members?.get(segment);
    if (!next) break;
    line = next.keyLine ?? next.line;
    pos = next;
  }
  return line;
}

// src/core/memory/adapter.ts
var import_yaml = __toESM(require_dist(), 1);

// src/core/memory/convert.ts
var CONVERT_TARGETS = ["string", "number", "integer", "boolean", "array"];
var NUMERIC = /^-?(?:0|[1-9][0-9]{0,308})(?:\.[0-9]{1,400})?(?:[eE][+-]?[0-9]{1,4})?$/;
var typeName = (v) => v === null ? "null" : Array.isArray(v) ? "array" : typeof v;
var fail = (v, target, why = "") => ({
  ok: false,
  message: `cannot convert ${typeName(v)} to ${target}${why}`
});
function toNumber(v, target) {
  let n;
  if (typeof v === "number") n = v;
  else if (typeof v === "string" && NUMERIC.test(v.trim())) n = Number(v.trim());
  else return fail(v, target, typeof v === "string" ? ": not a number" : "");
  if (!Number.isFinite(n)) return fail(v, target, ": out of range");
  if (target === "integer" && !Number.isInteger(n)) return fail(v, target, ": has a fractional part");
  return { ok: true, value: n };
}
function toBoolean(v) {
  if (typeof v === "boolean") return { ok: true, value: v };
  if (v === 0 || v === 1) return { ok: true, value: v === 1 };
  if (typeof v === "string") {
    const s = v.trim().toLowerCase();
    if (s === "true" || s === "1") return { ok: true, value: true };
    if (s === "false" || s === "0") return { ok: true, value: false };
    return fail(v, "boolean", ': expected "true", "false", "1" or "0"');
  }
  return fail(v, "boolean");
}
function convertValue(v, target) {
  if (v === null) return fail(v, target);
  switch (target) {
    case "string":
      if (typeof v === "string") return { ok: true, value: v };
      return typeof v === "number" || typeof v === "boolean" ? { ok: true, value: String(v) } : fail(v, target);
    case "number":
    case "integer":
      return toNumber(v, target);
    case "boolean":
      return toBoolean(v);
    case "array":
      return { ok: true, value: Array.isArray(v) ? v : [v] };
  }
}

// src/core/memory/field-path.ts
var MAX_PATH_SEGMENTS = 32;
var FORBIDDEN_KEYS = /* @__PURE__ */ new Set(["__proto__", "prototype", "constructor"]);
function pathProblem(path) {
  const segments = path.split(".");
  if (segments.length > MAX_PATH_SEGMENTS) return `at most ${MAX_PATH_SEGMENTS} segments`;
  if (segments.some((s) => s.trim() === "")) return "empty segment (paths look like `prefs.lang`)";
  const bad = segments.find((s) => FORBIDDEN_KEYS.has(s));
  return bad === void 0 ? void 0 : `"${bad}" is not allowed as a key`;
}
function getAt(doc, path) {
  let node = doc;
  for (const key2 of path.split(".")) {
    if (!isPlainObject(node) || !Object.hasOwn(node, key2)) return { found: false };
    node = node[key2];
  }
  return { found: true, value: node };
}
function parentOf(doc, path, create) {
  const segments = path.split(".");
  const key2 = segments.pop() ?? "";
  let node = doc;
  const walked = [];
  for (const segment of segments) {
    walked.push(segment);
    const next = Object.hasOwn(node, segment) ? node[segment] : void 0;
    if (next === void 0 && create) {
      const made = {};
      node[segment] = made;
      node = made;
    } else if (isPlainObject(next)) node = next;
    else
      return {
        ok: false,
        message: next === void 0 ? `"${walked.join(".")}" is missing` : `"${walked.join(".")}" is not an object`
      };
  }
  return { ok: true, parent: node, key: key2 };
}
function deleteAt(doc, path) {
  const at = parentOf(doc, path, false);
  if (at.ok) delete at.parent[at.key];
}

// src/core/memory/adapter.ts
var ADAPTER_RULE_KINDS = ["rename", "move", "default", "convert", "drop"];
var AdapterError = class extends PromptOpsError {
  constructor(file, issues) {
    super("adapter-invalid", formatIssues(file, issues));
    this.file = file;
    this.issues = issues;
    this.name = "AdapterError";
  }
  file;
  issues;
};
function normalizeRepoPath(path) {
  const trimmed = path.trim().replace(/^(?:\.\/){1,20}/, "");
  if (trimmed === "" || trimmed.startsWith("/") || trimmed.includes("\\") || /^[A-Za-z]:/.test(trimmed)) return void 0;
  return trimmed.split("/").some((s) => s === ".." || s === "") ? void 0 : trimmed;
}
var repoPath = external_exports.string().refine((p) => normalizeRepoPath(p) !== void 0, "a repository-relative path such as schemas/memory/v1.json").transform((p) => normalizeRepoPath(p) ?? p);
var fieldPath = external_exports.string().superRefine((p, ctx) => {
  const problem = pathProblem(p);
  if (problem) ctx.addIssue({ code: "custom", message: `bad field path: ${problem}` });
});
var key = fieldPath.refine(
  (p) => !p.includes("."),
  "rename keeps the parent: give the new key only (use move to change the parent)"
);
var RULE_BODIES = {
  rename: external_exports.object({ from: fieldPath, to: key }).strict(),
  move: external_exports.object({ from: fieldPath, to: fieldPath }).strict(),
  default: external_exports.object({ path: fieldPath, value: external_exports.json() }).strict(),
  convert: external_exports.object({ path: fieldPath, to: external_exports.enum(CONVERT_TARGETS) }).strict(),
  drop: external_exports.object({ path: fieldPath }).strict()
};
var AdapterFileSchema = external_exports.object({
  from: repoPath,
  to: repoPath,
  description: external_exports.string().optional(),
  rules: external_exports.array(external_exports.unknown()).min(1, "at least one rule")
}).strict();
function parseAdapter(text, file) {
  const parsed = parseYamlDocument(text);
  if (parsed.limit !== void 0) return err(new AdapterError(file, [parsed.limit]));
  const { doc, lineOf } = parsed;
  const syntax = yamlErrors(doc, lineOf);
  if (syntax.length > 0) return err(new AdapterError(file, syntax));
  let data;
  try {
    data = doc.toJS({ maxAliasCount: 50 });
  } catch (cause) {
    return err(new AdapterError(file, [{ at: "", message: cause.message, line: 1 }]));
  }
  const top = AdapterFileSchema.safeParse(data ?? {});
  const where = (path) => lineAt(doc, path, lineOf);
  if (!top.success)
    return err(
      new AdapterError(
        file,
        top.error.issues.map((i) => ({ at: i.path.map(String).join("."), message: i.message, line: where(i.path) }))
      )
    );
  const issues = [];
  const rules = [];
  top.data.rules.forEach((raw, index) => {
    const rule2 = parseRule(raw, index, where);
    if ("issues" in rule2) issues.push(...rule2.issues);
    else rules.push(rule2);
  });
  if (issues.length > 0) return err(new AdapterError(file, issues));
  const { from, to, description } = top.data;
  return ok({ file, from, to, ...description === void 0 ? {} : { description }, rules });
}
function parseRule(raw, index, where) {
  const at = `rules.${index}`;
  const keys = isPlainObject(raw) ? Object.keys(raw) : [];
  const kind = keys[0];
  if (!isPlainObject(raw) || keys.length !== 1 || kind === void 0) {
    return {
      issues: [
        { at, message: `a rule is a map with exactly one of: ${ADAPTER_RULE_KINDS.join(", ")}`, line: where(["rules", index]) }
      ]
    };
  }
  if (!ADAPTER_RULE_KINDS.includes(kind)) {
    return {
      issues: [
        {
          at,
          message: `unknown rule "${kind}": expected one of ${ADAPTER_RULE_KINDS.join(", ")}`,
          line: where(["rules", index, kind])
        }
      ]
    };
  }
  const body = RULE_BODIES[kind].safeParse(raw[kind]);
  if (!body.success) {
    return {
      issues: body.error.issues.map((i) => ({
        at: [at, kind, ...i.path.map(String)].join("."),
        message: i.message,
        line: where(["rules", index, kind, ...i.path])
      }))
    };
  }
  return { kind, line: where(["rules", index]), ...body.data };
}
function lineAt(doc, path, lineOf) {
  const keys = path.map((p) => typeof p === "symbol" ? String(p) : p);
  for (let depth = keys.length; depth >= 0; depth--) {
    const node = doc.getIn(keys.slice(0, depth), true);
    if ((0, import_yaml.isNode)(node) && node.range) return lineOf(node.range[0]);
  }
  return 1;
}

// src/core/memory/rules.ts
var rule = (id, severity, title, help) => ({
  id,
  category: "schema",
  severity,
  title,
  help
});
var MEMORY_RULE = {
  breaking: rule(
    "schema.memory-breaking-change",
    "high",
    "Memory schema changed incompatibly",
    "Stored memories written for the old schema no longer validate, or readers lose fields they rely on (removed/renamed required field, narrowed type, removed enum value, new required field without a default). In the same pull request, add a migration playbook (markdown with `## Change`, `## Impact`, `## Rollback`, `## Communication`) and a compatibility adapter (YAML with `from`, `to`, `rules`) under the configured `memory.playbooks` folder, then run `promptops migrate --check`."
  ),
  migrated: rule(
    "schema.memory-breaking-change-migrated",
    "low",
    "Memory schema changed incompatibly, with a migration",
    "The incompatible change ships with a complete migration playbook and a compatibility adapter in the same pull request. Reviewers: check the adapter with `promptops migrate --check` and read the rollback plan."
  ),
  playbook: rule(
    "schema.memory-playbook-incomplete",
    "high",
    "Migration playbook incomplete",
    "A migration playbook needs four non-empty sections: `## Change` (what changes), `## Impact` (who and what data is affected), `## Rollback` (how to undo it), `## Communication` (who is told, when)."
  ),
  adapter: rule(
    "schema.memory-adapter-invalid",
    "high",
    "Compatibility adapter invalid",
    "The adapter does not parse or uses an unknown rule. It must be YAML with `from` and `to` (repository-relative schema paths) and `rules`, each one of `rename`, `move`, `default`, `convert` or `drop`. Fix the line shown; `promptops migrate --check` reports the same errors."
  ),
  invalid: rule(
    "schema.memory-schema-invalid",
    "high",
    "Memory schema does not parse",
    "A file listed under `memory.schemas` must be a JSON object (a JSON Schema). Fix the syntax at the line shown; until then its compatibility cannot be checked."
  ),
  compatible: rule(
    "schema.memory-compatible-change",
    "low",
    "Memory schema changed compatibly",
    "Informational: fields were added as optional, types or enums widened. Existing memories still validate; no migration is needed."
  )
};
var MEMORY_RULES = Object.values(MEMORY_RULE);

// src/core/memory/playbook.ts
var PLAYBOOK_SECTIONS = ["Change", "Impact", "Rollback", "Communication"];
var HEADING = /^ {0,3}(#{1,6})[ \t](.*)$/;
var FENCE = /^ {0,3}(`{3,}|~{3,})/;
function stripComments(text) {
  let out = "";
  let i = 0;
  for (; ; ) {
    const start = text.indexOf("<!--", i);
    if (start === -1) return out + text.slice(i);
    out += text.slice(i, start);
    const end = text.indexOf("-->", start + 4);
    if (end === -1) return out;
    i = end + 3;
  }
}
function headingTitle(raw) {
  let title = raw.trim();
  while (title.endsWith("#")) title = title.slice(0, -1);
  title = title.trim();
  return (title.endsWith(":") ? title.slice(0, -1) : title).trim().toLowerCase();
}
function scan(lines) {
  const headings = [];
  let fence;
  lines.forEach((line, index) => {
    const f = FENCE.exec(line)?.[1];
    if (f !== void 0) {
      if (fence === void 0) fence = f;
      else if (f[0] === fence[0] && f.length >= fence.length) fence = void 0;
      return;
    }
    if (fence !== void 0) return;
    const m = HEADING.exec(line);
    if (m?.[1] && m[2] !== void 0) headings.push({ level: m[1].length, title: headingTitle(m[2]), index });
  });
  return headings;
}
function checkPlaybook(text) {
  const lines = stripComments(text.replaceAll("\r\n", "\n")).split("\n");
  const headings = scan(lines);
  const missing2 = [];
  const empty = [];
  for (const name of PLAYBOOK_SECTIONS) {
    const at = headings.findIndex((h) => h.title === name.toLowerCase());
    const heading = headings[at];
    if (heading === void 0) {
      missing2.push(name);
      continue;
    }
    const next = headings.slice(at + 1).find((h) => h.level <= heading.level);
    const body = lines.slice(heading.index + 1, next?.index ?? lines.length);
    const hasContent = body.some((l) => l.trim() !== "" && !HEADING.test(l));
    if (!hasContent) empty.push(name);
  }
  return { ok: missing2.length === 0 && empty.length === 0, missing: missing2, empty };
}

// src/core/memory/schema-diff.ts
var MAX_DEPTH = 64;
var escape = (key2) => key2.replaceAll("~", "~0").replaceAll("/", "~1");
var asSchema = (value) => isPlainObject(value) ? value : value === false ? { type: [] } : {};
function diffSchemas(base, head) {
  const out = { breaking: [], compatible: [] };
  walk(base, head, "", out, 0);
  return out;
}
function walk(b, h, ptr, out, depth) {
  if (depth > MAX_DEPTH) return;
  compareType(b, h, ptr, out);
  compareEnum(b, h, ptr, out);
  compareObject(b, h, ptr, out, depth);
  compareItems(b, h, ptr, out, depth);
  for (const key2 of ["$defs", "definitions"]) {
    const bd = b[key2];
    const hd = h[key2];
    if (!isPlainObject(bd) || !isPlainObject(hd)) continue;
    for (const name of Object.keys(bd))
      if (name in hd) walk(asSchema(bd[name]), asSchema(hd[name]), `${ptr}/${key2}/${escape(name)}`, out, depth + 1);
  }
}
function typesOf(s) {
  const t = s.type;
  if (typeof t === "string") return /* @__PURE__ */ new Set([t]);
  if (Array.isArray(t)) return new Set(t.filter((x) => typeof x === "string"));
  return null;
}
var accepts = (set, t) => set === null || set.has(t) || t === "integer" && set.has("number");
var show = (set) => set === null ? "any type" : set.size === 0 ? "nothing" : [...set].join("|");
function compareType(b, h, ptr, out) {
  const bt = typesOf(b);
  const ht = typesOf(h);
  const lost = bt === null ? ht === null ? [] : ["any"] : [...bt].filter((t) => !accepts(ht, t));
  const gained = ht === null ? bt === null ? [] : ["any"] : [...ht].filter((t) => !accepts(bt, t));
  const detail = `type ${show(bt)} \u2192 ${show(ht)}`;
  if (lost.length > 0) out.breaking.push({ kind: "type-narrowed", pointer: ptr || "/", detail });
  else if (gained.length > 0) out.compatible.push({ kind: "type-widened", pointer: ptr || "/", detail });
}
function enumOf(s) {
  if (Array.isArray(s.enum)) return s.enum;
  return "const" in s ? [s.const] : null;
}
function compareEnum(b, h, ptr, out) {
  const be = enumOf(b);
  const he = enumOf(h);
  const at = ptr || "/";
  if (be === null && he === null) return;
  if (be === null)
    return void out.breaking.push({ kind: "type-narrowed", pointer: at, detail: `now restricted to ${JSON.stringify(he)}` });
  if (he === null) return void out.compatible.push({ kind: "type-widened", pointer: at, detail: "enum restriction removed" });
  const headKeys = new Set(he.map((v) => JSON.stringify(v)));
  const baseKeys = new Set(be.map((v) => JSON.stringify(v)));
  for (const key2 of baseKeys)
    if (!headKeys.has(key2)) out.breaking.push({ kind: "enum-value-removed", pointer: at, detail: `enum value ${key2} removed` });
  for (const key2 of headKeys)
    if (!baseKeys.has(key2)) out.compatible.push({ kind: "enum-value-added", pointer: at, detail: `enum value ${key2} added` });
}
var propsOf = (s) => isPlainObject(s.properties) ? s.properties : {};
var requiredOf = (s) => new Set(Array.isArray(s.required) ? s.required.filter((x) => typeof x === "string") : []);
var typeKey = (s) => [...typesOf(s) ?? ["*"]].sort().join("|");
function renameCandidates(added, hp, hr) {
  const queues = /* @__PURE__ */ new Map();
  for (const name of [...added.filter((a) => hr.has(a)), ...added.filter((a) => !hr.has(a))]) {
    const key2 = typeKey(asSchema(hp[name]));
    getOrSet(queues, key2, () => ({ items: [], next: 0 })).items.push(name);
  }
  return queues;
}
function compareObject(b, h, ptr, out, depth) {
  const bp = propsOf(b);
  const hp = propsOf(h);
  const br = requiredOf(b);
  const hr = requiredOf(h);
  const at = (name) => `${ptr}/properties/${escape(name)}`;
  const inHead = (name) => Object.hasOwn(hp, name) || hr.has(name);
  const added = Object.keys(hp).filter((n) => !Object.hasOwn(bp, n) && !br.has(n));
  const renamedTo = /* @__PURE__ */ new Set();
  const candidates = renameCandidates(added, hp, hr);
  for (const name of br) {
    if (inHead(name)) continue;
    const from = asSchema(bp[name]);
    const queue = candidates.get(typeKey(from));
    const to = queue?.items[queue.next++];
    if (to === void 0) {
      out.breaking.push({ kind: "removed-required", pointer: at(name), detail: `required field "${name}" removed` });
      continue;
    }
    renamedTo.add(to);
    out.breaking.push({ kind: "renamed-required", pointer: at(to), detail: `required field "${name}" renamed to "${to}"` });
    walk(from, asSchema(hp[to]), at(to), out, depth + 1);
  }
  for (const name of hr) {
    if (br.has(name) || renamedTo.has(name)) continue;
    const isNew = !Object.hasOwn(bp, name);
    const hasDefault = isPlainObject(hp[name]) && "default" in hp[name];
    const what = isNew ? `new required field "${name}"` : `field "${name}" is now required`;
    if (hasDefault)
      out.compatible.push({ kind: "required-added-with-default", pointer: at(name), detail: `${what} (has a default)` });
    else out.breaking.push({ kind: "required-added", pointer: at(name), detail: `${what} without a default` });
  }
  for (const name of br)
    if (!hr.has(name) && Object.hasOwn(hp, name))
      out.compatible.push({ kind: "required-relaxed", pointer: at(name), detail: `field "${name}" is now optional` });
  for (const name of added)
    if (!hr.has(name) && !renamedTo.has(name))
      out.compatible.push({ kind: "optional-added", pointer: at(name), detail: `optional field "${name}" added` });
  const closed = h.additionalProperties === false;
  for (const name of Object.keys(bp)) {
    if (br.has(name) || inHead(name)) continue;
    if (closed)
      out.breaking.push({
        kind: "type-narrowed",
        pointer: at(name),
        detail: `optional field "${name}" removed while additionalProperties is false: documents carrying it are rejected`
      });
    else out.compatible.push({ kind: "optional-removed", pointer: at(name), detail: `optional field "${name}" removed` });
  }
  for (const name of Object.keys(bp))
    if (Object.hasOwn(hp, name)) walk(asSchema(bp[name]), asSchema(hp[name]), at(name), out, depth + 1);
  compareAdditional(b, h, ptr, out, depth);
}
function compareAdditional(b, h, ptr, out, depth) {
  const ba = b.additionalProperties;
  const ha = h.additionalProperties;
  const at = `${ptr}/additionalProperties`;
  if (ha === false && ba !== false)
    out.breaking.push({ kind: "type-narrowed", pointer: at, detail: "additional properties are no longer allowed" });
  else if (isPlainObject(ba) && isPlainObject(ha)) walk(ba, ha, at, out, depth + 1);
}
function compareItems(b, h, ptr, out, depth) {
  const bi = b.items;
  const hi = h.items;
  if (Array.isArray(bi) && Array.isArray(hi)) {
    for (let i = 0; i < Math.min(bi.length, hi.length); i++)
      walk(asSchema(bi[i]), asSchema(hi[i]), `${ptr}/items/${i}`, out, depth + 1);
  } else if (bi !== void 0 && hi !== void 0 && !Array.isArray(bi) && !Array.isArray(hi)) {
    walk(asSchema(bi), asSchema(hi), `${ptr}/items`, out, depth + 1);
  } else if (bi === void 0 && hi !== void 0 && !Array.isArray(hi)) {
    walk({}, asSchema(hi), `${ptr}/items`, out, depth + 1);
  }
}

// src/core/memory/findings.ts
var MAX_LISTED = 5;
var finding = (rule2, path, line, message, extra = {}) => ({
  category: "schema",
  rule: rule2.id,
  severity: rule2.severity,
  message,
  path,
  line,
  ...extra
});
function memoryFindings(files, config) {
  const schemaPaths = new Set(config.memory.schemas.map((s) => normalizeRepoPath(s.path) ?? s.path));
  const artefacts = collectArtefacts(files, config);
  const findings = [...artefactFindings(artefacts)];
  for (const file of files) {
    if (schemaPaths.has(file.path) || file.oldPath !== void 0 && schemaPaths.has(file.oldPath))
      findings.push(...schemaFindings(file, artefacts));
  }
  return findings;
}
function collectArtefacts(files, config) {
  const folder = `${trimEndChar(normalizeRepoPath(config.memory.playbooks) ?? config.memory.playbooks, "/")}/`;
  const present = files.filter((f) => f.status !== "removed" && f.headText !== null && !f.binary && f.path.startsWith(folder));
  const artefacts = { folder, playbooks: [], adapters: [], broken: [] };
  for (const file of present) {
    const text = file.headText ?? "";
    if (/\.md$/i.test(file.path)) artefacts.playbooks.push({ path: file.path, check: checkPlaybook(text) });
    else if (/\.ya?ml$/i.test(file.path)) {
      const parsed = parseAdapter(text, file.path);
      if (parsed.ok) artefacts.adapters.push(parsed.value);
      else artefacts.broken.push(parsed.error);
    }
  }
  return artefacts;
}
var describePlaybook = (c) => [
  c.missing.length > 0 ? `missing ${c.missing.map((s) => `## ${s}`).join(", ")}` : "",
  c.empty.length > 0 ? `empty ${c.empty.map((s) => `## ${s}`).join(", ")}` : ""
].filter(Boolean).join("; ");
function artefactFindings(a) {
  const out = [];
  for (const { path, check } of a.playbooks) {
    if (!check.ok) out.push(finding(MEMORY_RULE.playbook, path, 1, `Migration playbook incomplete: ${describePlaybook(check)}`));
  }
  for (const error of a.broken) {
    const first = error.issues[0];
    const listed = error.issues.slice(0, 3).map((i) => `${i.line ? `line ${i.line}: ` : ""}${i.at ? `${i.at}: ` : ""}${i.message}`);
    out.push(
      finding(
        MEMORY_RULE.adapter,
        error.file,
        first?.line ?? 1,
        `Compatibility adapter invalid: ${listed.join("; ")}${error.issues.length > 3 ? ` (+${error.issues.length - 3} more)` : ""}`
      )
    );
  }
  return out;
}
function schemaFindings(file, a) {
  const path = file.path;
  if (file.binary) return [finding(MEMORY_RULE.invalid, path, 1, `Memory schema ${path} is a binary file, not JSON`)];
  if (file.headText === null) {
    return [
      finding(
        MEMORY_RULE.breaking,
        path,
        1,
        `Memory schema ${path} deleted while .github/promptops.yml still lists it: stored memories lose their contract`,
        { baseLine: true }
      )
    ];
  }
  const head = parseSchemaText(file.headText);
  if (!head.ok)
    return [
      finding(MEMORY_RULE.invalid, path, head.problem.line, `Memory schema ${path} does not parse: ${head.problem.message}`)
    ];
  if (file.baseText === null) return [];
  const base = parseSchemaText(file.baseText);
  if (!base.ok) {
    return [
      finding(
        MEMORY_RULE.compatible,
        path,
        1,
        `Previous version of ${path} did not parse (line ${base.problem.line}); compatibility was not checked`,
        { informational: true }
      )
    ];
  }
  const diff = diffSchemas(base.schema, head.schema);
  const first = diff.breaking[0];
  if (first === void 0) {
    if (diff.compatible.length === 0) return [];
    const line2 = lineOfPointer(head.index, diff.compatible[0]?.pointer ?? "");
    return [
      finding(MEMORY_RULE.compatible, path, line2, `Memory schema ${path} changed compatibly: ${list(diff.compatible)}`, {
        informational: true
      })
    ];
  }
  const summary = `Memory schema ${path}: ${diff.breaking.length} breaking change(s): ${list(diff.breaking)}`;
  const line = lineOfPointer(head.index, first.pointer);
  const names = /* @__PURE__ */ new Set([path, ...file.oldPath ? [file.oldPath] : []]);
  const adapter = a.adapters.find((x) => names.has(x.from) || names.has(x.to));
  const playbook = a.playbooks.find((p) => p.check.ok);
  const evidence = first.pointer;
  if (adapter && playbook) {
    return [
      finding(MEMORY_RULE.migrated, path, line, `${summary}; satisfied by ${playbook.path} and ${adapter.file}`, { evidence })
    ];
  }
  return [
    finding(
      MEMORY_RULE.breaking,
      path,
      line,
      `${summary}. Missing: ${missing(a, path, playbook !== void 0, adapter !== void 0)}`,
      { evidence }
    )
  ];
}
function list(changes) {
  const shown = changes.slice(0, MAX_LISTED).map((c) => `${c.detail} (${c.pointer})`);
  return `${shown.join("; ")}${changes.length > MAX_LISTED ? `; and ${changes.length - MAX_LISTED} more` : ""}`;
}
function missing(a, path, hasPlaybook, hasAdapter) {
  const parts = [];
  if (!hasPlaybook) {
    const partial = a.playbooks[0];
    parts.push(
      partial ? `a complete migration playbook (${partial.path}: ${describePlaybook(partial.check)})` : `a migration playbook (${a.folder}*.md with ## Change, ## Impact, ## Rollback, ## Communication)`
    );
  }
  if (!hasAdapter) {
    const broken = a.broken.map((e) => e.file);
    parts.push(
      broken.length > 0 ? `a valid adapter naming ${path} (${broken.join(", ")} does not parse)` : `an adapter (${a.folder}*.yml with from/to: ${path})`
    );
  }
  return parts.join(" and ");
}

export {
  MEMORY_RULES,
  convertValue,
  parseJsonText,
  isPlainObject,
  parseSchemaText,
  getAt,
  parentOf,
  deleteAt,
  normalizeRepoPath,
  parseAdapter,
  memoryFindings
};
