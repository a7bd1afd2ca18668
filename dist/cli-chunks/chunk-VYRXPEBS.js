import { createRequire as __promptopsCreateRequire } from 'node:module';
const require = __promptopsCreateRequire(import.meta.url);
import {
  addCount,
  isSecretField,
  isWholePlaceholder,
  mergeCounts,
  redactText
} from "./chunk-CQU3XPPY.js";

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
  redactJsonLine
};
