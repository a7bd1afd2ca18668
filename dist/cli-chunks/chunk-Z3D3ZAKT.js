import { createRequire as __promptopsCreateRequire } from 'node:module';
const require = __promptopsCreateRequire(import.meta.url);

// src/core/templates/source.ts
var MAX_ISSUES = 50;
function normalizeSource(text) {
  const noBom = text.charCodeAt(0) === 65279 ? text.slice(1) : text;
  return noBom.includes("\r\n") ? noBom.replaceAll("\r\n", "\n") : noBom;
}
function countLines(text) {
  if (text.length === 0) return 0;
  let n = 1;
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) n++;
  return text.endsWith("\n") ? n - 1 : n;
}
var LineIndex = class {
  constructor(text) {
    this.text = text;
    for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) this.starts.push(i + 1);
  }
  text;
  starts = [0];
  lineAt(offset) {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if ((this.starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }
  /** Text of a 1-based line, without its newline. */
  lineText(line) {
    const start = this.starts[line - 1];
    if (start === void 0) return "";
    const next = this.starts[line];
    return this.text.slice(start, next === void 0 ? this.text.length : next - 1);
  }
  get lineCount() {
    return this.starts.length;
  }
};
function toTextLines(text, firstLine) {
  const out = [];
  let start = 0;
  let line = firstLine;
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", start)) {
    out.push({ line, text: text.slice(start, i) });
    start = i + 1;
    line++;
  }
  out.push({ line, text: text.slice(start) });
  return out;
}
function issue(message, line) {
  return { message, line: Math.max(1, Math.floor(line) || 1) };
}
function errorMessage(err) {
  return err instanceof Error ? err.message : String(err);
}

// src/core/templates/json-check.ts
var MAX_DEPTH = 512;
var NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
function describe(c) {
  if (c === void 0) return "unexpected end of input";
  const code = c.charCodeAt(0);
  return code < 32 || code > 126 ? `unexpected character U+${code.toString(16).padStart(4, "0")}` : `unexpected "${c}"`;
}
function scanString(text, i) {
  for (let j = i + 1; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (c === 34) return j + 1;
    if (c < 32) return { offset: j, message: "control character in string" };
    if (c === 92) {
      const e = text[j + 1] ?? "";
      if (!'"\\/bfnrtu'.includes(e) || e === "") return { offset: j, message: "bad escape in string" };
      j++;
    }
  }
  return { offset: i, message: "unterminated string" };
}
function scanScalar(text, i) {
  for (const word of ["true", "false", "null"]) if (text.startsWith(word, i)) return i + word.length;
  NUMBER.lastIndex = i;
  return NUMBER.test(text) ? NUMBER.lastIndex : void 0;
}
function firstJsonError(text) {
  const stack = [];
  let state = "value";
  let i = 0;
  for (; ; ) {
    while (i < text.length && " 	\n\r".includes(text[i] ?? "")) i++;
    const c = text[i];
    if (c === void 0) return state === "after" && stack.length === 0 ? void 0 : { offset: i, message: describe(c) };
    const top = stack[stack.length - 1];
    if (state === "valueOrClose" && c === "]" || state === "keyOrClose" && c === "}" || state === "after" && (c === "]" && top === "[" || c === "}" && top === "{")) {
      stack.pop();
      state = "after";
      i++;
    } else if (state === "after") {
      if (c !== "," || top === void 0) return { offset: i, message: describe(c) };
      state = top === "{" ? "key" : "value";
      i++;
    } else if (state === "colon") {
      if (c !== ":") return { offset: i, message: `expected ":" but found ${describe(c).replace("unexpected ", "")}` };
      state = "value";
      i++;
    } else if (state === "key" || state === "keyOrClose") {
      if (c !== '"')
        return { offset: i, message: `expected a double-quoted key but found ${describe(c).replace("unexpected ", "")}` };
      const end = scanString(text, i);
      if (typeof end !== "number") return end;
      state = "colon";
      i = end;
    } else if (c === "{" || c === "[") {
      if (stack.length >= MAX_DEPTH) return { offset: i, message: `nesting deeper than ${MAX_DEPTH} levels` };
      stack.push(c);
      state = c === "{" ? "keyOrClose" : "valueOrClose";
      i++;
    } else {
      const end = c === '"' ? scanString(text, i) : scanScalar(text, i);
      if (end === void 0) return { offset: i, message: describe(c) };
      if (typeof end !== "number") return end;
      state = "after";
      i = end;
    }
  }
}

// src/core/templates/json-locate.ts
var MAX_DEPTH2 = 32;
var Locator = class {
  constructor(text, index) {
    this.text = text;
    this.index = index;
  }
  text;
  index;
  i = 0;
  ws() {
    const t = this.text;
    while (this.i < t.length) {
      const c = t.charCodeAt(this.i);
      if (c !== 32 && c !== 10 && c !== 13 && c !== 9) return;
      this.i++;
    }
  }
  /** Skips a string starting at the opening quote; returns its raw body. */
  string() {
    const t = this.text;
    const start = this.i + 1;
    let j = start;
    for (; ; ) {
      j = t.indexOf('"', j);
      if (j === -1) {
        this.i = t.length;
        return t.slice(start);
      }
      let k = j - 1;
      while (k >= start && t[k] === "\\") k--;
      if ((j - k - 1) % 2 === 0) break;
      j++;
    }
    this.i = j + 1;
    return t.slice(start, j);
  }
  /** Skips a container without recording it (beyond MAX_DEPTH), iteratively. */
  skip() {
    const t = this.text;
    let depth = 0;
    while (this.i < t.length) {
      const c = t[this.i];
      if (c === '"') {
        this.string();
        continue;
      }
      this.i++;
      if (c === "{" || c === "[") depth++;
      else if ((c === "}" || c === "]") && --depth === 0) return;
    }
  }
  value(depth) {
    this.ws();
    const pos = { line: this.index.lineAt(this.i) };
    const c = this.text[this.i];
    if (depth >= MAX_DEPTH2 && (c === "{" || c === "[")) this.skip();
    else if (c === "{") pos.members = this.object(depth);
    else if (c === "[") pos.items = this.array(depth);
    else if (c === '"') this.string();
    else while (this.i < this.text.length && !",]} \n\r	".includes(this.text[this.i] ?? ",")) this.i++;
    return pos;
  }
  object(depth) {
    const members = /* @__PURE__ */ new Map();
    this.i++;
    for (this.ws(); this.i < this.text.length && this.text[this.i] !== "}"; this.ws()) {
      if (this.text[this.i] === ",") {
        this.i++;
        continue;
      }
      const keyLine = this.index.lineAt(this.i);
      const key = this.string();
      this.ws();
      this.i++;
      const pos = this.value(depth + 1);
      pos.keyLine = keyLine;
      members.set(key.includes("\\") ? String(JSON.parse(`"${key}"`)) : key, pos);
    }
    this.i++;
    return members;
  }
  array(depth) {
    const items = [];
    this.i++;
    for (this.ws(); this.i < this.text.length && this.text[this.i] !== "]"; this.ws()) {
      if (this.text[this.i] === ",") {
        this.i++;
        continue;
      }
      items.push(this.value(depth + 1));
    }
    this.i++;
    return items;
  }
};
function locateJson(index) {
  return new Locator(index.text, index).value(0);
}
function jsonPosAt(root, path) {
  let pos = root;
  for (const key of path) {
    if (!pos) return void 0;
    pos = typeof key === "number" ? pos.items?.[key] : pos.members?.get(key);
  }
  return pos;
}

export {
  MAX_ISSUES,
  normalizeSource,
  countLines,
  LineIndex,
  toTextLines,
  issue,
  errorMessage,
  firstJsonError,
  locateJson,
  jsonPosAt
};
