import { createRequire as __promptopsCreateRequire } from 'node:module';
const require = __promptopsCreateRequire(import.meta.url);
import {
  findPii,
  findSecrets,
  isSecretKey,
  normaliseKey,
  resolveOverlaps
} from "./chunk-KAKYHQYR.js";

// src/core/redact/counts.ts
function mergeCounts(...all) {
  const out = {};
  for (const counts of all) for (const [kind, n] of Object.entries(counts)) out[kind] = (out[kind] ?? 0) + n;
  return out;
}
function addCount(counts, kind, n = 1) {
  counts[kind] = (counts[kind] ?? 0) + n;
}

// src/core/redact/redact-text.ts
function redactText(text, options = {}) {
  const counts = {};
  if (!mayHoldSensitive(text)) return { text, counts };
  const matches = resolveOverlaps([...findSecrets(text), ...findPii(text, options)]);
  let out = "";
  let at = 0;
  for (const m of matches) {
    out += `${text.slice(at, m.start)}[REDACTED:${m.kind}]`;
    at = m.end;
    addCount(counts, m.kind);
  }
  return { text: out + text.slice(at), counts };
}
function mayHoldSensitive(text) {
  return text.length > 16 || /[0-9@:=]/.test(text);
}

// src/core/redact/redact-json-line.ts
var MAX_DEPTH = 256;
var NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
var LITERAL = /true|false|null/y;
var KEEP_SECRET_VALUE = /^(?:\{\{[^\n]*\}\}|\$\{[^\n]*\}|\[REDACTED[^\]\n]*\]|\**)$/;
function isSecretField(key) {
  return isSecretKey(key) || /(?:cookie|sessionid)$/.test(normaliseKey(key));
}
function redactJsonLine(line) {
  const cr = line.endsWith("\r") ? "\r" : "";
  const body = cr ? line.slice(0, -1) : line;
  const json = /^\s*[[{"]/.test(body) ? new JsonRedactor(body).run() : void 0;
  if (json) return { line: json.line + cr, counts: json.counts };
  const text = redactText(body);
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
    if (ch === "{") return this.object(depth);
    if (ch === "[") return this.array(depth);
    if (ch === '"') return this.stringValue(secret);
    const token = this.sticky(NUMBER) ?? this.sticky(LITERAL);
    if (token === void 0) throw new NotJson("unexpected token");
    return secret && /^-?[0-9]/.test(token) ? this.maskField() : token;
  }
  object(depth) {
    this.pos++;
    const parts = [];
    this.ws();
    if (this.src[this.pos] === "}") return this.close("}", "{}");
    for (; ; ) {
      this.ws();
      const key = this.string();
      this.ws();
      this.expect(":");
      parts.push(`${key}:${this.value(depth + 1, isSecretField(JSON.parse(key)))}`);
      this.ws();
      if (this.src[this.pos] === "}") return this.close("}", `{${parts.join(",")}}`);
      this.expect(",");
    }
  }
  array(depth) {
    this.pos++;
    const parts = [];
    this.ws();
    if (this.src[this.pos] === "]") return this.close("]", "[]");
    for (; ; ) {
      parts.push(this.value(depth + 1, false));
      this.ws();
      if (this.src[this.pos] === "]") return this.close("]", `[${parts.join(",")}]`);
      this.expect(",");
    }
  }
  stringValue(secret) {
    const literal = this.string();
    const value = JSON.parse(literal);
    if (secret && !KEEP_SECRET_VALUE.test(value)) return this.maskField();
    const redacted = redactText(value);
    if (redacted.text === value) return literal;
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
