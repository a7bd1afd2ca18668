import { createRequire as __promptopsCreateRequire } from 'node:module';
const require = __promptopsCreateRequire(import.meta.url);
import {
  require_picomatch
} from "./chunk-5VG5CH4R.js";
import {
  __toESM
} from "./chunk-L4R2QCBA.js";

// src/core/owners/wildcard.ts
function wildcardMatch(items, tokens) {
  const at = (i2) => items[i2];
  let i = 0;
  let t = 0;
  let starToken = -1;
  let starItem = 0;
  while (i < items.length) {
    const token = tokens[t];
    if (token?.kind === "star") {
      starToken = t;
      starItem = i;
      t += 1;
    } else if (token !== void 0 && token.test(at(i))) {
      i += 1;
      t += 1;
    } else if (starToken >= 0) {
      starItem += 1;
      i = starItem;
      t = starToken + 1;
    } else {
      return false;
    }
  }
  while (tokens[t]?.kind === "star") t += 1;
  return t === tokens.length;
}

// src/core/owners/pattern.ts
var STAR = { kind: "star" };
function pathSegments(path) {
  return path.split("/").filter((seg) => seg !== "" && seg !== ".");
}
function compilePattern(pattern) {
  const problem = syntaxProblem(pattern);
  if (problem !== null) return { ok: false, message: problem };
  if (pattern === "/") return { ok: true, match: () => false };
  const tokens = segmentTokens(pattern);
  return { ok: true, match: (path) => wildcardMatch(pathSegments(path), tokens) };
}
function syntaxProblem(pattern) {
  if (pattern.startsWith("!")) return "negated patterns (!) are not supported in CODEOWNERS";
  if (pattern.startsWith("\\#")) return "escaping a leading # with \\ is not supported in CODEOWNERS";
  if (pattern.includes("***")) return "a pattern cannot contain three consecutive asterisks";
  for (let i = 0; i < pattern.length; i += 1) {
    const ch = pattern[i];
    if (ch === "\\") i += 1;
    else if (ch === "[" || ch === "]") return "character ranges ([ ]) are not supported in CODEOWNERS";
  }
  if (pattern.endsWith("\\")) return "a pattern cannot end with a lone backslash";
  return null;
}
function segmentTokens(pattern) {
  const raw = pattern.split("/");
  const leadingSlash = raw[0] === "";
  const trailingSlash = raw.length > 1 && raw[raw.length - 1] === "";
  const segs = raw.filter((seg) => seg !== "");
  const anchored = leadingSlash || segs.length > 1;
  const tokens = anchored || segs[0] === "**" ? [] : [STAR];
  segs.forEach((seg, i) => {
    const last = i === segs.length - 1;
    if (seg === "**") {
      if (last && !trailingSlash) tokens.push(anySegment(), STAR);
      else tokens.push(STAR);
      return;
    }
    tokens.push({ kind: "one", test: segmentTest(seg) });
    if (last && !trailingSlash && seg !== "*") tokens.push(STAR);
  });
  if (trailingSlash) tokens.push(anySegment(), STAR);
  return tokens;
}
function anySegment() {
  return { kind: "one", test: () => true };
}
function segmentTest(seg) {
  const tokens = [];
  let literal = true;
  for (let i = 0; i < seg.length; i += 1) {
    const ch = seg[i];
    if (ch === "\\" && i + 1 < seg.length) {
      i += 1;
      const next = seg[i];
      tokens.push({ kind: "one", test: (c) => c === next });
    } else if (ch === "*") {
      literal = false;
      if (tokens[tokens.length - 1]?.kind !== "star") tokens.push(STAR);
    } else if (ch === "?") {
      literal = false;
      tokens.push({ kind: "one", test: () => true });
    } else {
      tokens.push({ kind: "one", test: (c) => c === ch });
    }
  }
  if (literal) {
    const text = unescape(seg);
    return (name) => name === text;
  }
  return (name) => wildcardMatch(name, tokens);
}
function unescape(seg) {
  let out = "";
  for (let i = 0; i < seg.length; i += 1) {
    if (seg[i] === "\\" && i + 1 < seg.length) i += 1;
    out += seg[i];
  }
  return out;
}

// src/core/owners/owner-syntax.ts
var USER = /^@[A-Za-z0-9][A-Za-z0-9-]{0,38}$/;
var TEAM = /^@[A-Za-z0-9][A-Za-z0-9-]{0,38}\/[A-Za-z0-9._-]{1,100}$/;
var EMAIL = /^[A-Za-z0-9._%+'-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,8}$/;
function ownerKind(owner) {
  if (USER.test(owner)) return "user";
  if (TEAM.test(owner)) return "team";
  if (EMAIL.test(owner)) return "email";
  return null;
}
function ownerKey(owner) {
  return owner.toLowerCase();
}

// src/core/owners/parse.ts
function parseCodeowners(text) {
  const rules = [];
  const errors = [];
  text.split("\n").forEach((rawLine, index) => {
    const line = index + 1;
    const parsed = parseLine(rawLine);
    if (parsed === null) return;
    if ("message" in parsed) {
      errors.push({ line, message: parsed.message });
      return;
    }
    const compiled = compilePattern(parsed.pattern);
    if (!compiled.ok) {
      errors.push({ line, message: `${compiled.message}: ${parsed.pattern}` });
      return;
    }
    rules.push({ line, pattern: parsed.pattern, owners: parsed.owners, matches: compiled.match });
  });
  return { rules, errors };
}
function parseLine(rawLine) {
  const trimmed = rawLine.trim();
  if (trimmed === "" || trimmed.startsWith("#")) return null;
  const { pattern, rest } = splitPattern(trimmed);
  const owners = [];
  for (const token of rest.split(/\s+/)) {
    if (token === "") continue;
    if (token.startsWith("#")) break;
    if (ownerKind(token) === null)
      return { message: `invalid owner "${clip(token)}" (expected @user, @org/team or an email address)` };
    owners.push(token);
  }
  return { pattern, owners };
}
function splitPattern(line) {
  for (let i = 0; i < line.length; i += 1) {
    const ch = line[i];
    if (ch === "\\") i += 1;
    else if (ch === " " || ch === "	") return { pattern: line.slice(0, i), rest: line.slice(i + 1) };
  }
  return { pattern: line, rest: "" };
}
function clip(text) {
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

// src/core/owners/owners-for-paths.ts
var import_picomatch = __toESM(require_picomatch(), 1);

// src/core/owners/match.ts
function ownersOf(path, parsed) {
  const normalized = path.startsWith("/") ? path.slice(1) : path;
  for (let i = parsed.rules.length - 1; i >= 0; i -= 1) {
    const rule = parsed.rules[i];
    if (rule?.matches(normalized)) return { owners: [...rule.owners], line: rule.line };
  }
  return { owners: [], line: null };
}

// src/core/owners/owners-for-paths.ts
function ownersForPaths(paths, codeownersText, extra = []) {
  const parsed = parseCodeowners(codeownersText ?? "");
  const globs = extra.map((rule) => ({ test: (0, import_picomatch.default)(rule.pattern, { dot: true, windows: false }), owners: rule.owners }));
  const result = {};
  for (const path of paths) {
    const fromConfig = globs.filter((glob) => glob.test(stripSlash(path))).flatMap((glob) => glob.owners);
    result[path] = dedupe([...ownersOf(path, parsed).owners, ...fromConfig]);
  }
  return result;
}
function stripSlash(path) {
  return path.startsWith("/") ? path.slice(1) : path;
}
function dedupe(owners) {
  const seen = /* @__PURE__ */ new Set();
  return owners.filter((owner) => {
    const key = ownerKey(owner);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export {
  ownerKind,
  ownerKey,
  parseCodeowners,
  ownersForPaths
};
