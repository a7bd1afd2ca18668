import { createRequire as __promptopsCreateRequire } from 'node:module';
const require = __promptopsCreateRequire(import.meta.url);
import {
  ConfigSchema
} from "./chunk-A32Z36SF.js";
import {
  err,
  ok,
  parseBoundedDocument,
  pathGlob,
  require_dist,
  require_picomatch
} from "./chunk-5VG5CH4R.js";
import {
  LEVELS
} from "./chunk-R47RDTTV.js";
import {
  ConfigError
} from "./chunk-7Z5DEWCI.js";
import {
  __toESM
} from "./chunk-L4R2QCBA.js";

// src/core/config/parse-config.ts
var import_yaml = __toESM(require_dist(), 1);

// src/core/config/validate.ts
var import_picomatch2 = __toESM(require_picomatch(), 1);

// src/core/data-classes/validate.ts
var import_picomatch = __toESM(require_picomatch(), 1);
function validateDataClasses(config) {
  const dc = config.dataClasses;
  const issues = [];
  const defined = new Set(Object.keys(dc.classes));
  const known = defined.size > 0 ? `defined: ${[...defined].join(", ")}` : "no class is defined under dataClasses.classes";
  dc.assign.forEach((a, i) => {
    a.classes.forEach((name, j) => {
      if (!defined.has(name))
        issues.push({ at: `dataClasses.assign.${i}.classes.${j}`, message: `unknown data class "${name}" (${known})` });
    });
  });
  for (const [name, cls] of Object.entries(dc.classes)) {
    cls.allow?.forEach((entry, i) => {
      if (entry.provider === void 0 && entry.host === void 0 && entry.region === void 0) {
        issues.push({
          at: `dataClasses.classes.${name}.allow.${i}`,
          message: "an allow entry must name a provider, a host or a region"
        });
      }
    });
  }
  dc.deployments.forEach((d, i) => {
    if (d.provider === void 0 && d.host === void 0)
      issues.push({ at: `dataClasses.deployments.${i}`, message: "a deployment must name a provider or a host" });
  });
  const globs = [
    ...dc.assign.map((a, i) => [`dataClasses.assign.${i}.pattern`, pathGlob(a.pattern)]),
    ...dc.deployments.map((d, i) => [`dataClasses.deployments.${i}.pattern`, pathGlob(d.pattern)]),
    ...dc.hosts.map((h, i) => [`dataClasses.hosts.${i}.host`, h.host])
  ];
  for (const [at, glob] of globs) {
    try {
      import_picomatch.default.makeRe(glob);
    } catch {
      issues.push({ at, message: `invalid glob: ${glob}` });
    }
  }
  return issues;
}

// src/core/config/validate.ts
function validateConfig(config) {
  const issues = [];
  const globs = [
    ...config.templates.map((g, i) => [`templates.${i}`, g]),
    ...config.exclude.map((g, i) => [`exclude.${i}`, g]),
    ...config.owners.map((o, i) => [`owners.${i}.pattern`, o.pattern]),
    ...config.suppressions.flatMap((s, i) => s.path ? [[`suppressions.${i}.path`, s.path]] : [])
  ];
  for (const [at, glob] of globs) {
    try {
      import_picomatch2.default.makeRe(glob);
    } catch {
      issues.push({ at, message: `invalid glob: ${glob}` });
    }
  }
  const { medium, high, critical } = config.thresholds;
  if (!(medium <= high && high <= critical)) {
    issues.push({ at: "thresholds", message: "thresholds must rise: medium \u2264 high \u2264 critical" });
  }
  let previous = -1;
  for (const level of LEVELS) {
    const approvals = config.routing[level].approvals;
    if (approvals < previous) {
      issues.push({
        at: `routing.${level}.approvals`,
        message: `a higher tier cannot need fewer approvals than a lower one (${approvals} < ${previous})`
      });
    }
    previous = approvals;
  }
  if (config.routing.critical.approvals === 0) {
    issues.push({
      at: "routing.critical.approvals",
      message: "the critical tier (policy changes) must need at least one human approval"
    });
  }
  issues.push(...validateDataClasses(config));
  return issues;
}

// src/core/config/parse-config.ts
var CONFIG_PATH = ".github/promptops.yml";
function parseYamlDocument(text) {
  const lineCounter = new import_yaml.LineCounter();
  const lineOf = (offset) => lineCounter.linePos(offset).line;
  const parsed = parseBoundedDocument(text, { lineCounter, uniqueKeys: true, customTags: [], schema: "core" });
  if (parsed.limit !== void 0) return { limit: { at: "", message: parsed.limit.message, line: lineOf(parsed.limit.offset) } };
  return { doc: parsed.doc, lineOf };
}
function yamlErrors(doc, lineOf) {
  return [...doc.errors, ...doc.warnings].map((e) => ({
    at: "",
    message: e.message.split("\n")[0] ?? e.message,
    line: lineOf(e.pos[0])
  }));
}
function defaultConfig() {
  return ConfigSchema.parse({});
}
function parseConfig(text, file = CONFIG_PATH) {
  if (text === null || text.trim() === "") return ok(defaultConfig());
  const yaml = parseYamlDocument(text);
  if (yaml.limit !== void 0) return err(new ConfigError(file, [yaml.limit]));
  const { doc, lineOf } = yaml;
  const syntax = yamlErrors(doc, lineOf);
  if (syntax.length > 0) return err(new ConfigError(file, syntax));
  let data;
  try {
    data = doc.toJS({ maxAliasCount: 50 });
  } catch (cause) {
    return err(new ConfigError(file, [{ at: "", message: cause.message, line: 1 }]));
  }
  const parsed = ConfigSchema.safeParse(data ?? {});
  if (!parsed.success) return err(new ConfigError(file, zodIssues(parsed.error, doc, lineOf)));
  const semantic = validateConfig(parsed.data).map((i) => ({ ...i, line: lineAt(doc, i.at.split("."), lineOf) }));
  if (semantic.length > 0) return err(new ConfigError(file, semantic));
  return ok(parsed.data);
}
function zodIssues(error, doc, lineOf) {
  return error.issues.map((issue) => {
    const path = issue.path.map((p) => typeof p === "symbol" ? String(p) : p);
    return { at: path.join("."), message: issue.message, line: lineAt(doc, path, lineOf) };
  });
}
function lineAt(doc, path, lineOf) {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = doc.getIn(
      path.slice(0, depth).map((p) => typeof p === "string" && /^\d+$/.test(p) ? Number(p) : p),
      true
    );
    if ((0, import_yaml.isNode)(node) && node.range) return lineOf(node.range[0]);
  }
  return 1;
}

export {
  CONFIG_PATH,
  parseYamlDocument,
  yamlErrors,
  defaultConfig,
  parseConfig
};
