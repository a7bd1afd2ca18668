import { createRequire as __promptopsCreateRequire } from 'node:module';
const require = __promptopsCreateRequire(import.meta.url);
import {
  assignmentsIn,
  canonicalString,
  findPii,
  findSecrets,
  isSecretKey,
  normaliseKey,
  resolveOverlaps
} from "./chunk-JXUE4U76.js";

// src/core/redact/counts.ts
function mergeCounts(...all) {
  const out = {};
  for (const counts of all) for (const [kind, n] of Object.entries(counts)) out[kind] = (out[kind] ?? 0) + n;
  return out;
}
function addCount(counts, kind, n = 1) {
  counts[kind] = (counts[kind] ?? 0) + n;
}

// src/core/redact/placeholder.ts
var NAME = "[A-Za-z_][A-Za-z0-9_.-]{0,100}";
var WHOLE = new RegExp(
  [
    `\\{\\{\\{?\\s*${NAME}\\s*\\}\\}\\}?`,
    // {{name}}, {{{name}}}
    `\\$\\{\\s*(?:env:|secrets\\.|vars\\.)?${NAME}\\s*\\}`,
    // ${NAME}, ${env:NAME}, ${secrets.NAME}
    `\\$${NAME}`,
    // $NAME
    `%${NAME}%`,
    // %NAME%
    `%\\(${NAME}\\)s`,
    // %(name)s
    `\\{${NAME}\\}`,
    // {name}
    `<${NAME}(?: ${NAME}){0,5}>`,
    // <YOUR_API_KEY>, <api key>
    "\\[REDACTED(?::[a-z0-9-]{1,40})?\\]",
    // [REDACTED], [REDACTED:kind]
    "\u2026?\\[redacted:[a-z0-9-]{1,40}\\]",
    // evidence masks
    "\\*+"
    // ********
  ].join("|"),
  "i"
);
function isWholePlaceholder(value) {
  const t = value.trim();
  return t.length === 0 || t.length <= 200 && new RegExp(`^(?:${WHOLE.source})$`, "i").test(t);
}

// src/core/redact/secret-key.ts
function isSecretField(key) {
  const k = canonicalString(key).text;
  return isSecretKey(k) || /(?:cookie|sessionid)$/.test(normaliseKey(k));
}

// src/core/redact/secret-fields.ts
var MAX_VALUE = 4e3;
var OPEN = { "[": "]", "{": "}", "(": ")" };
var AUTH_SCHEME = /^(?:bearer|basic|token|digest|ssws|apikey)$/i;
function findSecretFields(text) {
  const out = [];
  for (const a of assignmentsIn(text)) {
    if (!isSecretField(a.key)) continue;
    const value = valueAt(text, a.end);
    if (value === null || isWholePlaceholder(text.slice(value.start, value.end))) continue;
    out.push({
      rule: "secrets.secret-field",
      kind: "secret-field",
      start: value.start,
      end: value.end,
      redacted: "[REDACTED:secret-field]"
    });
  }
  return out;
}
function valueAt(text, at) {
  const c = text[at];
  if (c === void 0 || c === "\n") return null;
  if (c === '"' || c === "'" || c === "`") {
    const close = closingQuote(text, at);
    return close === -1 ? { start: at + 1, end: lineEnd(text, at) } : { start: at + 1, end: close };
  }
  if (c === "[" || c === "(") return { start: at, end: balancedEnd(text, at) };
  let end = bareEnd(text, at);
  if (AUTH_SCHEME.test(text.slice(at, end)) && text[end] === " ") end = bareEnd(text, end + 1);
  return end > at ? { start: at, end } : null;
}
function closingQuote(text, at) {
  const quote = text[at];
  const limit = Math.min(text.length, at + MAX_VALUE);
  for (let i = at + 1; i < limit; i++) {
    const c = text[i];
    if (c === "\\") i++;
    else if (c === quote) return i;
    else if (c === "\n") return -1;
  }
  return -1;
}
var lineEnd = (text, at) => {
  const nl = text.indexOf("\n", at);
  return Math.min(nl === -1 ? text.length : nl, at + MAX_VALUE);
};
function balancedEnd(text, at) {
  const stack = [];
  const limit = Math.min(text.length, at + MAX_VALUE);
  for (let i = at; i < limit; i++) {
    const c = text[i];
    if (c === '"' || c === "'") {
      const close = closingQuote(text, i);
      if (close === -1) return lineEnd(text, i);
      i = close;
    } else if (OPEN[c] !== void 0) stack.push(OPEN[c]);
    else if (c === stack[stack.length - 1]) {
      stack.pop();
      if (stack.length === 0) return i + 1;
    } else if (c === "\n") return i;
  }
  return limit;
}
function bareEnd(text, at) {
  let i = at;
  const limit = Math.min(text.length, at + MAX_VALUE);
  while (i < limit) {
    const c = text[i];
    if (c === "{") i = balancedEnd(text, i);
    else if (/[\s,;)\]}]/.test(c)) break;
    else i++;
  }
  return i;
}

// src/core/redact/redact-text.ts
function redactText(text, options = {}) {
  const counts = {};
  if (!mayHoldSensitive(text)) return { text, counts };
  const canonical = canonicalString(text);
  const found = [
    ...findSecrets(canonical.text),
    ...findPii(canonical.text, options),
    ...options.secretFields ? findSecretFields(canonical.text) : []
  ];
  if (found.length === 0) return { text, counts };
  const written = resolveOverlaps(found).map((m) => ({
    ...m,
    start: canonical.start(m.start),
    end: canonical.end(m.end)
  }));
  let out = "";
  let at = 0;
  for (const m of resolveOverlaps(written)) {
    out += `${text.slice(at, m.start)}[REDACTED:${m.kind}]`;
    at = m.end;
    addCount(counts, m.kind);
  }
  return { text: out + text.slice(at), counts };
}
function mayHoldSensitive(text) {
  return text.length > 16 || /[0-9@:=&\\]|[^\x00-\x7f]/.test(text);
}

// src/core/redact/redact-json-line.ts
var MAX_DEPTH = 256;
var NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
var LITERAL = /true|false|null/y;
function redactJsonLine(line) {
  const cr = line.endsWith("\r") ? "\r" : "";
  const body = cr ? line.slice(0, -1) : line;
  const json = /^\s*[[{"]/.test(body) ? new JsonRedactor(body).run() : void 0;
  if (json) return { line: json.line + cr, counts: json.counts };
  const text = redactText(body, { secretFields: true });
  return { line: text.text + cr, counts: text.counts };
}
var NotJson = class extends Error {
};
var JsonRedactor = class {
  constructor(src) {
    this.src = src;
  }
  src;
  pos = 0;
  counts = {};
  run() {
    try {
      const out = this.value(0, false);
      this.ws();
      return this.pos === this.src.length ? { line: out, counts: this.counts } : void 0;
    } catch (err) {
      if (err instanceof NotJson || err instanceof SyntaxError) return void 0;
      throw err;
    }
  }
  value(depth, secret) {
    if (depth > MAX_DEPTH) throw new NotJson("too deep");
    this.ws();
    const ch = this.src[this.pos];
    if (ch === "{") return this.object(depth, secret);
    if (ch === "[") return this.array(depth, secret);
    if (ch === '"') return this.stringValue(secret);
    const literal = this.sticky(LITERAL);
    if (literal !== void 0) return literal;
    const number = this.sticky(NUMBER);
    if (number === void 0) throw new NotJson("unexpected token");
    return secret ? this.maskField() : this.redacted(number, number);
  }
  object(depth, secret) {
    this.pos++;
    const parts = [];
    const keys = /* @__PURE__ */ new Map();
    this.ws();
    if (this.src[this.pos] === "}") return this.close("}", "{}");
    for (; ; ) {
      this.ws();
      const literal = this.string();
      const key = JSON.parse(literal);
      this.ws();
      this.expect(":");
      parts.push(`${this.key(literal, key, keys)}:${this.value(depth + 1, secret || isSecretField(key))}`);
      this.ws();
      if (this.src[this.pos] === "}") return this.close("}", `{${parts.join(",")}}`);
      this.expect(",");
    }
  }
  array(depth, secret) {
    this.pos++;
    const parts = [];
    this.ws();
    if (this.src[this.pos] === "]") return this.close("]", "[]");
    for (; ; ) {
      parts.push(this.value(depth + 1, secret));
      this.ws();
      if (this.src[this.pos] === "]") return this.close("]", `[${parts.join(",")}]`);
      this.expect(",");
    }
  }
  /** A key is redacted like a value; masked keys stay distinct (`[REDACTED:email] #2`). */
  key(literal, key, seen) {
    const out = this.redacted(literal, key);
    if (out === literal) return literal;
    const n = (seen.get(out) ?? 0) + 1;
    seen.set(out, n);
    return n === 1 ? out : JSON.stringify(`${JSON.parse(out)} #${n}`);
  }
  stringValue(secret) {
    const literal = this.string();
    const value = JSON.parse(literal);
    if (secret) return isWholePlaceholder(value) ? literal : this.maskField();
    return this.redacted(literal, value);
  }
  /** `written` as it was, or the redacted `value` as a JSON string when anything was masked. */
  redacted(written, value) {
    const redacted = redactText(value, { secretFields: true });
    if (redacted.text === value) return written;
    Object.assign(this.counts, mergeCounts(this.counts, redacted.counts));
    return JSON.stringify(redacted.text);
  }
  /** A JSON string literal, returned raw (escapes as written). */
  string() {
    if (this.src[this.pos] !== '"') throw new NotJson("expected string");
    const start = this.pos++;
    for (; ; ) {
      const code = this.src.charCodeAt(this.pos);
      if (Number.isNaN(code) || code < 32) throw new NotJson("unterminated string");
      if (code === 92) this.pos += 2;
      else if (code === 34) return this.src.slice(start, ++this.pos);
      else this.pos++;
    }
  }
  maskField() {
    addCount(this.counts, "secret-field");
    return '"[REDACTED:secret-field]"';
  }
  sticky(re) {
    re.lastIndex = this.pos;
    const m = re.exec(this.src);
    if (!m) return void 0;
    this.pos += m[0].length;
    return m[0];
  }
  close(ch, out) {
    this.expect(ch);
    return out;
  }
  expect(ch) {
    if (this.src[this.pos] !== ch) throw new NotJson(`expected ${ch}`);
    this.pos++;
  }
  ws() {
    while (/^[ \t\n\r]$/.test(this.src[this.pos] ?? "")) this.pos++;
  }
};

export {
  mergeCounts,
  redactText,
  redactJsonLine
};
