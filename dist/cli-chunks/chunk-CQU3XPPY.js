import { createRequire as __promptopsCreateRequire } from 'node:module';
const require = __promptopsCreateRequire(import.meta.url);
import {
  getOrSet,
  matchesOf
} from "./chunk-2T6TU6Y3.js";

// src/core/redact/counts.ts
function mergeCounts(...all) {
  const out = {};
  for (const counts of all) for (const [kind, n] of Object.entries(counts)) out[kind] = (out[kind] ?? 0) + n;
  return out;
}
function addCount(counts, kind, n = 1) {
  counts[kind] = (counts[kind] ?? 0) + n;
}

// src/core/canonical/mapped-text.ts
var MappedText = class _MappedText {
  constructor(text, runs) {
    this.text = text;
    this.runs = runs;
  }
  text;
  runs;
  static identity(text) {
    return new _MappedText(text, text.length === 0 ? [] : [{ at: 0, from: 0, to: text.length, copy: true }]);
  }
  /** Index of the last run starting at or before `offset` (-1 when none). */
  runAt(offset) {
    const runs = this.runs;
    let lo = 0;
    let hi = runs.length - 1;
    if (hi < 0 || (runs[0]?.at ?? 0) > offset) return -1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if ((runs[mid]?.at ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
  /** Original offset where the derived character at `offset` starts. */
  start(offset) {
    const run = this.runs[this.runAt(offset)];
    if (run === void 0) return 0;
    if (offset >= this.text.length) return this.end(this.text.length);
    return run.copy ? run.from + (offset - run.at) : run.from;
  }
  /** Original offset where a derived range ending (exclusive) at `offset` ends. */
  end(offset) {
    if (offset <= 0) return this.runs[0]?.from ?? 0;
    const run = this.runs[this.runAt(offset - 1)];
    if (run === void 0) return 0;
    return run.copy ? run.from + (offset - run.at) : run.to;
  }
  /** Notes of the replacement runs overlapping the derived range [start, end). */
  notes(start, end) {
    const out = /* @__PURE__ */ new Set();
    for (let i = Math.max(0, this.runAt(start)); i < this.runs.length; i++) {
      const run = this.runs[i];
      if (run.at >= end) break;
      if (!run.copy && run.note !== void 0) out.add(run.note);
    }
    return [...out];
  }
};
var MappedBuilder = class {
  text = "";
  runs = [];
  get length() {
    return this.text.length;
  }
  /** Appends original[from, from + text.length), unchanged. */
  copy(text, from) {
    if (text.length === 0) return;
    const last = this.runs[this.runs.length - 1];
    if (last?.copy && last.to === from) last.to = from + text.length;
    else this.runs.push({ at: this.text.length, from, to: from + text.length, copy: true });
    this.text += text;
  }
  /** Appends `text` standing for original[from, to) (empty `text` drops that range). */
  replace(text, from, to, note) {
    if (text.length === 0) return;
    const last = this.runs[this.runs.length - 1];
    if (last && !last.copy && last.to === from && last.note === note && to > from) last.to = to;
    else this.runs.push({ at: this.text.length, from, to, copy: false, ...note === void 0 ? {} : { note } });
    this.text += text;
  }
  build() {
    return new MappedText(this.text, this.runs);
  }
};
function compose(outer, inner) {
  const out = new MappedBuilder();
  const text = outer.text;
  for (let i = 0; i < outer.runs.length; i++) {
    const run = outer.runs[i];
    const next = outer.runs[i + 1]?.at ?? text.length;
    const piece = text.slice(run.at, next);
    if (!run.copy) {
      out.replace(piece, inner.start(run.from), Math.max(inner.start(run.from), inner.end(run.to)), run.note);
      continue;
    }
    let at = run.from;
    while (at < run.to) {
      const index = innerRunIndex(inner, at);
      const innerRun = inner.runs[index];
      const innerEnd = Math.min(run.to, inner.runs[index + 1]?.at ?? inner.text.length);
      const slice = piece.slice(at - run.from, innerEnd - run.from);
      if (innerRun === void 0) out.copy(slice, at);
      else if (innerRun.copy) out.copy(slice, innerRun.from + (at - innerRun.at));
      else out.replace(slice, innerRun.from, innerRun.to, innerRun.note);
      at = innerEnd;
    }
  }
  return out.build();
}
function innerRunIndex(inner, offset) {
  const runs = inner.runs;
  let lo = 0;
  let hi = runs.length - 1;
  while (lo < hi) {
    const mid = lo + hi + 1 >> 1;
    if ((runs[mid]?.at ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
function then(current, layer) {
  const next = layer(current.text);
  return next === null ? current : compose(next, current);
}

// src/core/canonical/unicode-fold.ts
var STRIP = /^[\p{Cf}\u034F\u115F\u1160\u3164\uFFA0\uFE00-\uFE0F\u180B-\u180D\u180F\u{E0100}-\u{E01EF}]$/u;
var MARK = new RegExp("^\\p{M}$", "u");
var DASH = /^[\p{Pd}\u2212\u2043\u2796\uFE63\uFF0D]$/u;
var SPACE = /^[\p{Zs}\u2028\u2029\u2800]$/u;
var DIGIT = new RegExp("^\\p{Nd}$", "u");
var folded = /* @__PURE__ */ new Map();
function foldCodePoint(cp) {
  let out = folded.get(cp);
  if (out === void 0) {
    out = computeFold(cp);
    folded.set(cp, out);
  }
  return out;
}
function computeFold(cp) {
  const ch = String.fromCodePoint(cp);
  if (STRIP.test(ch)) return "";
  let out = "";
  for (const part of ch.normalize("NFKC")) out += foldSimple(part);
  return out;
}
function foldSimple(ch) {
  if (ch.charCodeAt(0) < 128) return ch;
  if (DASH.test(ch)) return "-";
  if (SPACE.test(ch)) return " ";
  if (DIGIT.test(ch)) return String(digitValue(ch.codePointAt(0) ?? 0));
  return ch;
}
function digitValue(cp) {
  let start = cp;
  for (let n = 0; n < 80 && DIGIT.test(String.fromCodePoint(start - 1)); n++) start--;
  return (cp - start) % 10;
}
var marks = /* @__PURE__ */ new Map();
function isMark(cp) {
  if (cp < 768) return false;
  let mark = marks.get(cp);
  if (mark === void 0) {
    mark = MARK.test(String.fromCodePoint(cp));
    marks.set(cp, mark);
  }
  return mark;
}
var CONFUSABLE_PAIRS = "\u0430a\u0435e\u04BBh\u0456i\u0458j\u043Ak\u043Eo\u0440p\u0441c\u0443y\u0445x\u0455s\u0501d\u051Bq\u051Dw\u04CFl\u0261g\u0251a\u03BFo\u03B1a\u03BDv\u03C1p\u03B9i\u03BAk\u03C5u\u03C7x\u03F2c\u03F3j\u0131i\u0237j\u0585o\u057Du\u0410A\u0412B\u0415E\u0405S\u0406I\u0408J\u041AK\u041CM\u041DH\u041EO\u0420P\u0421C\u0422T\u0423Y\u0425X\u04AEY\u051AQ\u051CW\u04BAH\u04C0I\u0391A\u0392B\u0395E\u0396Z\u0397H\u0399I\u039AK\u039CM\u039DN\u039FO\u03A1P\u03A4T\u03A5Y\u03A7X\u2581_\u3002.\u2236:\u0589:\uA789:\u02D0:\u2215/\u2044/";
var CONFUSABLES = new Map(
  Array.from({ length: CONFUSABLE_PAIRS.length / 2 }, (_, i) => [
    CONFUSABLE_PAIRS[2 * i],
    CONFUSABLE_PAIRS[2 * i + 1]
  ])
);
var CONFUSABLE_CHAR = new RegExp(`[${[...CONFUSABLES.keys()].join("")}]`, "u");
var ASCII_ALNUM = /[A-Za-z0-9]/;
var LETTER = new RegExp("\\p{L}", "u");
function foldsConfusables(token) {
  if (!ASCII_ALNUM.test(token)) return false;
  for (const ch of token) {
    if (ch.charCodeAt(0) < 128 || CONFUSABLES.has(ch)) continue;
    if (LETTER.test(ch)) return false;
  }
  return true;
}

// src/core/canonical/match-layer.ts
var INTERESTING = /[^\x00-\x7f]+|\\[uxU]|&#?[A-Za-z0-9]{1,8};/g;
var ESCAPE = /\\(?:u\{([0-9A-Fa-f]{1,6})\}|u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8})|x([0-9A-Fa-f]{2}))/y;
var ENTITY = /&(?:#([0-9]{1,7})|#[xX]([0-9A-Fa-f]{1,6})|([A-Za-z][A-Za-z0-9]{1,7}));/y;
var NAMED = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
  commat: "@",
  period: ".",
  colon: ":",
  lowbar: "_",
  hyphen: "-",
  dash: "-",
  ndash: "-",
  mdash: "-",
  num: "#",
  dollar: "$",
  percnt: "%",
  plus: "+",
  equals: "=",
  sol: "/",
  bsol: "\\",
  excl: "!",
  quest: "?",
  comma: ",",
  semi: ";",
  lpar: "(",
  rpar: ")",
  ast: "*"
};
var MAY_FOLD = /[^\x00-\x25\x27-\x5b\x5d-\x7f]/;
function matchLayer(text) {
  if (!MAY_FOLD.test(text)) return null;
  INTERESTING.lastIndex = 0;
  if (!INTERESTING.test(text)) return null;
  const folded2 = foldText(text);
  const out = CONFUSABLE_CHAR.test(folded2.text) ? foldConfusables(folded2) : folded2;
  return out.text === text ? null : out;
}
function foldText(text) {
  const out = new MappedBuilder();
  const tags = [];
  let copied = 0;
  INTERESTING.lastIndex = 0;
  for (let m = INTERESTING.exec(text); m !== null; m = INTERESTING.exec(text)) {
    const at = m.index;
    if (at < copied) continue;
    out.copy(text.slice(copied, at), copied);
    if (text.charCodeAt(at) < 128) copied = at + foldAt(text, at, out);
    else {
      const end = at + m[0].length;
      for (let i = at; i < end; ) {
        const used = foldAt(text, i, out);
        collectTag(text, i, i + used, tags);
        i += used;
      }
      copied = end;
    }
    INTERESTING.lastIndex = copied;
  }
  out.copy(text.slice(copied), copied);
  for (const run of tags) out.replace(`
${run.ascii}`, run.from, run.to, "tag characters");
  return out.build();
}
function collectTag(text, at, end, tags) {
  const cp = text.codePointAt(at) ?? 0;
  if (cp < 917536 || cp > 917630 || end - at !== 2) return;
  const last = tags[tags.length - 1];
  const ascii = String.fromCharCode(cp - 917504);
  if (last !== void 0 && last.to === at) {
    last.to = end;
    last.ascii += ascii;
  } else tags.push({ from: at, to: end, ascii });
}
function foldAt(text, at, out) {
  const c = text.charCodeAt(at);
  if (c === 92 || c === 38) {
    const decoded = c === 92 ? escapeAt(text, at) : entityAt(text, at);
    if (decoded === null) {
      out.copy(text[at], at);
      return 1;
    }
    const value2 = foldString(decoded.value, baseBefore(text, at));
    out.replace(value2, at, at + decoded.length, c === 92 ? "escape sequence" : "HTML character reference");
    return decoded.length;
  }
  const cp = text.codePointAt(at) ?? c;
  const width = cp > 65535 ? 2 : 1;
  const folded2 = foldCodePoint(cp);
  if (folded2 === "") return width;
  const value = isMark(cp) ? foldMark(cp, baseBefore(text, at)) ?? folded2 : folded2;
  if (value.length === width && value === text.slice(at, at + width)) out.copy(value, at);
  else out.replace(value, at, at + width, noteFor(cp, value));
  return width;
}
function foldString(value, before) {
  let out = "";
  let prev = before;
  for (const ch of value) {
    const cp = ch.codePointAt(0) ?? 0;
    const folded2 = cp < 128 ? ch : foldMark(cp, prev) ?? foldCodePoint(cp);
    out += folded2;
    if (!isMark(cp)) prev = ch;
  }
  return out;
}
function foldMark(cp, before) {
  if (!isMark(cp) || foldCodePoint(cp) === "") return null;
  return before.length > 0 && before.charCodeAt(0) < 128 ? "" : String.fromCodePoint(cp);
}
function baseBefore(text, at) {
  let i = at - 1;
  for (let n = 0; n < 64 && i > 0 && isMark(text.charCodeAt(i)); n++) i--;
  return i >= 0 ? text[i] : "";
}
function noteFor(cp, value) {
  if (value === "") return "invisible character";
  if (cp >= 65280 && cp <= 65519) return "full-width form";
  if (value === " ") return "non-ASCII space";
  if (value === "-") return "non-ASCII dash";
  if (/^[0-9]$/.test(value)) return "non-ASCII digit";
  return "compatibility or look-alike character";
}
function escapeAt(text, at) {
  let slashes = 0;
  for (let i = at - 1; i >= 0 && text.charCodeAt(i) === 92; i--) slashes++;
  if (slashes % 2 === 1) return null;
  ESCAPE.lastIndex = at;
  const m = ESCAPE.exec(text);
  if (m === null) return null;
  const hex = m[1] ?? m[2] ?? m[3] ?? m[4] ?? "";
  let cp = Number.parseInt(hex, 16);
  let length = m[0].length;
  if (m[2] !== void 0 && cp >= 55296 && cp <= 56319) {
    ESCAPE.lastIndex = at + length;
    const low = ESCAPE.exec(text);
    const lowCp = low?.[2] === void 0 ? NaN : Number.parseInt(low[2], 16);
    if (lowCp >= 56320 && lowCp <= 57343) {
      cp = 65536 + (cp - 55296 << 10) + (lowCp - 56320);
      length += 6;
    }
  }
  return printable(cp) ? { value: String.fromCodePoint(cp), length } : null;
}
function entityAt(text, at) {
  ENTITY.lastIndex = at;
  const m = ENTITY.exec(text);
  if (m === null) return null;
  const value = m[3] !== void 0 ? NAMED[m[3].toLowerCase()] : codePoint(Number.parseInt(m[1] ?? m[2] ?? "", m[1] !== void 0 ? 10 : 16));
  return value === void 0 ? null : { value, length: m[0].length };
}
var codePoint = (cp) => printable(cp) ? String.fromCodePoint(cp) : void 0;
function printable(cp) {
  if (!Number.isFinite(cp) || cp > 1114111) return false;
  if (cp >= 55296 && cp <= 57343) return false;
  return cp >= 32 && (cp < 127 || cp >= 160);
}
function foldConfusables(input) {
  const text = input.text;
  const out = new MappedBuilder();
  const tokens = /\S+/g;
  let copied = 0;
  for (let m = tokens.exec(text); m !== null; m = tokens.exec(text)) {
    if (!CONFUSABLE_CHAR.test(m[0]) || !foldsConfusables(m[0])) continue;
    for (let i = 0; i < m[0].length; i++) {
      const ch = m[0][i];
      const to = CONFUSABLES.get(ch);
      if (to === void 0) continue;
      const at = m.index + i;
      out.copy(text.slice(copied, at), copied);
      out.replace(to, at, at + 1, "look-alike character");
      copied = at + 1;
    }
  }
  out.copy(text.slice(copied), copied);
  return compose(out.build(), input);
}

// src/core/canonical/canonical-string.ts
function canonicalString(text) {
  return matchLayer(text) ?? MappedText.identity(text);
}

// src/core/redact/mask.ts
var ELLIPSIS = "\u2026";
function maskSecret(kind, publicPrefix = "") {
  return `${publicPrefix}${ELLIPSIS}[redacted:${kind}]`;
}
function maskEmail(email) {
  const at = email.lastIndexOf("@");
  const local = email.slice(0, at);
  const domain = email.slice(at + 1);
  const dot = domain.lastIndexOf(".");
  const tld = dot >= 0 ? domain.slice(dot) : "";
  return `${local.slice(0, 1)}***@${domain.slice(0, 1)}***${tld}`;
}
function maskDigits(value, keep) {
  let remaining = countDigits(value);
  let out = "";
  for (const ch of value) {
    if (ch >= "0" && ch <= "9") {
      out += remaining > keep ? "*" : ch;
      remaining--;
    } else out += ch;
  }
  return out;
}
function maskCard(digits) {
  const masked = "*".repeat(Math.max(0, digits.length - 4)) + digits.slice(-4);
  const groups = [];
  for (let i = masked.length; i > 0; i -= 4) groups.unshift(masked.slice(Math.max(0, i - 4), i));
  return groups.join(" ");
}
function maskIban(compact2) {
  const body = compact2.slice(0, 2) + "*".repeat(Math.max(0, compact2.length - 4)) + compact2.slice(-2);
  const groups = [];
  for (let i = 0; i < body.length; i += 4) groups.push(body.slice(i, i + 4));
  return groups.join(" ");
}
function maskAlnum(value, keep) {
  let remaining = [...value].filter(isAlnum).length;
  let out = "";
  for (const ch of value) {
    if (isAlnum(ch)) {
      out += remaining > keep ? "*" : ch;
      remaining--;
    } else out += ch;
  }
  return out;
}
function countDigits(value) {
  let n = 0;
  for (const ch of value) if (ch >= "0" && ch <= "9") n++;
  return n;
}
function isAlnum(ch) {
  return /^[A-Za-z0-9]$/.test(ch);
}

// src/core/detect/secrets/entropy.ts
function shannonEntropy(value) {
  if (value.length === 0) return 0;
  const counts = /* @__PURE__ */ new Map();
  for (const ch of value) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let bits = 0;
  for (const n of counts.values()) {
    const p = n / value.length;
    bits -= p * Math.log2(p);
  }
  return bits;
}
function charClasses(value) {
  return Number(/[a-z]/.test(value)) + Number(/[A-Z]/.test(value)) + Number(/[0-9]/.test(value));
}
function caseFlips(value) {
  let flips = 0;
  for (let i = 1; i < value.length; i++) if (/[a-z]/.test(value[i - 1] ?? "") !== /[a-z]/.test(value[i] ?? "")) flips++;
  return flips;
}
function randomLowerAlnum(value) {
  if (value.length < 20 || !/^[0-9a-z]+$/.test(value)) return false;
  let flips = 0;
  for (let i = 1; i < value.length; i++) if (isDigit(value.charCodeAt(i - 1)) !== isDigit(value.charCodeAt(i))) flips++;
  return flips >= value.length / 5 && shannonEntropy(value) >= 3.6;
}
var isDigit = (c) => c >= 48 && c <= 57;
function randomCase(value) {
  if (value.length < 12 || !/^[A-Za-z0-9]+$/.test(value)) return false;
  const letters = value.replace(/[0-9]/g, "");
  if (letters.length < 12 || caseFlips(letters) < letters.length / 4 || shannonEntropy(value) < 3.3) return false;
  let capitalPairs = 0;
  for (let i = 1; i < letters.length; i++)
    if (isUpper(letters.charCodeAt(i - 1)) && isUpper(letters.charCodeAt(i))) capitalPairs++;
  return capitalPairs >= 2 || (letters.match(CAMEL_PART) ?? []).filter((part) => !/[aeiouy]/i.test(part)).length >= 2;
}
var CAMEL_PART = /[A-Z]?[a-z]+|[A-Z]+(?![a-z])/g;
var isUpper = (c) => c >= 65 && c <= 90;

// src/core/detect/secrets/placeholders.ts
var WRAPPED = /^(?:\{\{[^\n]*\}\}|\{%[^\n]*%\}|\$\{[^\n]*\}|\{[^\n]*\}|\$\([^\n]*\)|<[^<>\n]*>|%[A-Za-z_]\w*%|%[sd]|\$[A-Za-z_]\w*|\[[^\n]*\])$/;
var FILLER = /example|x{4}|\*{3}|#{4}|\.{3}|\u2026|replace[_-]?me|change[_-]?me|changeit|placeholder|dummy|redacted|insert[_-]?your|your[_-]|[_-]here$|\{\{|process\.env|os\.environ|getenv/i;
var STAND_IN = /(?:key|token|secret|password|value)here$|sanitized|masked|obfuscated|(?:key|token|secret|password)[_-]?value$|user[_-]?input/i;
var EXPRESSION = /\$\{|#\{|@\{|@[a-z]\w{0,40}\(|\{[a-z_][\w-]{0,40}\}|^[{<[]/i;
var SEQUENCE = /0123456789|1234567890|abcdefghij|ABCDEFGHIJ/;
var ENV_REFERENCE = /\$[A-Z][A-Z0-9_]{2,}|^\$[a-z_]\w*$/;
var SECRET_REFERENCE = /^(?:env:[A-Za-z_]\w*$|vault:[\w./-]+(?:#[\w.-]+)?$|(?:op|sm|berglas|vault):\/\/[\w./-]+$|arn:aws[\w-]*:(?:secretsmanager|ssm|kms):|projects\/[\w-]+\/secrets\/[\w-]+(?:\/versions\/\w+)?$|https:\/\/[\w-]+\.vault\.azure\.net\/secrets\/|@Microsoft\.KeyVault\(|callout:\w+$)/i;
var WORDS = /* @__PURE__ */ new Set([
  ...["todo", "tbd", "fixme", "none", "null", "nil", "undefined", "empty", "true", "false", "fake", "test", "testing", "sample"],
  ...["boolean", "bool", "string", "str", "number", "integer", "int", "float", "double", "object", "array", "any", "text"],
  ...["secret", "password", "passwd", "token", "apikey", "api_key", "api-key", "foo", "bar", "baz", "foobar", "abc123"],
  ...["123456", "12345678", "123456789", "password1", "password123", "qwerty", "admin", "root", "pass", "s3cr3t", "hunter2"],
  ...["letmein", "mypassword", "mysecret", "mytoken"]
]);
function typedFiller(value) {
  if (!SEQUENCE.test(value)) return false;
  const rest = withoutRuns(value).replace(/[^A-Za-z0-9]/g, "");
  const random = /[0-9]/.test(rest) && /[A-Za-z]/.test(rest) && shannonEntropy(rest) >= 3.5 && !/(.)\1{3}/.test(rest);
  return rest.length < 16 || !random;
}
function withoutRuns(value) {
  let kept = "";
  for (let i = 0; i < value.length; ) {
    let j = i + 1;
    while (j < value.length && follows(value.charAt(j - 1), value.charAt(j))) j++;
    if (j - i < 4) kept += value.slice(i, j);
    i = j;
  }
  return kept;
}
function hasTypedRun(value, n) {
  if (KEYBOARD_ROW.test(value)) return true;
  for (let i = 0, run = 1; i + 1 < value.length; i++) {
    run = follows(value.charAt(i), value.charAt(i + 1)) ? run + 1 : 1;
    if (run >= n) return true;
  }
  return false;
}
var KEYBOARD_ROW = /qwerty|asdfgh|zxcvbn/i;
var follows = (a, b) => {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  if (x === "9") return y === "0";
  return /[a-y0-8]/.test(x) && y.charCodeAt(0) === x.charCodeAt(0) + 1;
};
function isPlaceholderValue(value) {
  const t = value.trim();
  if (t.length === 0) return true;
  if (WRAPPED.test(t) || FILLER.test(t) || STAND_IN.test(t) || WORDS.has(t.toLowerCase()) || typedFiller(t)) return true;
  if (ENV_REFERENCE.test(t) || EXPRESSION.test(t) || SECRET_REFERENCE.test(t)) return true;
  if (t.startsWith("eyJ") && isExampleJwt(t)) return true;
  return new Set(t).size <= 3;
}
var LEET_PASSWORD = /p[a@4][s$5]{2}(?:w[o0]rd|wd)/i;
var SAYS_FAKE = /fake|example|dummy|sample|placeholder|redacted|notreal|not[_-]a[_-]real|changeme|replaceme|xxxx|abc123|xyz789|your[_-]?(?:api|secret|token|key|access|own)/i;
var FAKE_SEGMENT = /^(?:test|testing|mock|demo|invalid|bogus|foo|bar|lorem|ipsum|todo|tbd)$/i;
function saysFake(value) {
  if (SAYS_FAKE.test(value) && wordSaysFake(value)) return true;
  const segments = value.split(/[^A-Za-z0-9]+/);
  return segments.some((s) => FAKE_SEGMENT.test(s)) && !segments.some(randomSegment);
}
var SAYS_FAKE_ALL = new RegExp(SAYS_FAKE.source, "gi");
function wordSaysFake(value) {
  for (const m of matchesOf(SAYS_FAKE_ALL, value)) {
    const letters = m[0].replace(/[^A-Za-z]/g, "");
    const rest = letters.slice(1);
    if (letters.length >= 6 || rest === rest.toLowerCase() || letters === letters.toUpperCase()) return true;
  }
  return false;
}
function randomSegment(segment) {
  if (segment.length < 16 || SEQUENCE.test(segment) || /(.)\1{3}/.test(segment)) return false;
  const classes = Number(/[a-z]/.test(segment)) + Number(/[A-Z]/.test(segment)) + Number(/[0-9]/.test(segment));
  return classes >= 2 && new Set(segment).size >= Math.min(segment.length / 2, 12);
}
function looksFake(body) {
  if (isPlaceholderValue(body) || saysFake(body)) return true;
  if (/(.)\1{5}/.test(body)) return true;
  return body.length >= 16 && new Set(body).size < 8;
}
var WINDOW = 200;
function insidePlaceholder(text, start, end) {
  const before = text.slice(Math.max(0, start - WINDOW), start);
  const line = before.slice(before.lastIndexOf("\n") + 1);
  const after = text.slice(end, end + WINDOW);
  const rest = after.slice(0, indexOrLength(after, "\n"));
  if (line.lastIndexOf("{{") > line.lastIndexOf("}}") && rest.includes("}}")) return true;
  const open = line.lastIndexOf("${");
  if (open !== -1 && VARIABLE_DEFAULT.test(line.slice(open))) return false;
  return open > line.lastIndexOf("}") && rest.includes("}");
}
var VARIABLE_DEFAULT = /^\$\{[A-Za-z_]\w{0,59}:?[-=]["']?$/;
function indexOrLength(s, needle) {
  const i = s.indexOf(needle);
  return i === -1 ? s.length : i;
}
var SAMPLE_PERSON = /^(?:john|jane|joe|richard|max|erika) (?:doe|roe|bloggs|mustermann|musterfrau|public)$/i;
var PROTOCOL_CLAIMS = /* @__PURE__ */ new Set(["iat", "exp", "nbf", "alg", "typ", "admin", "scope", "scp", "roles", "role", "aud", "iss"]);
function isExampleJwt(token) {
  const payload = token.split(".")[1];
  if (payload === void 0) return false;
  let claims;
  try {
    claims = JSON.parse(atob(payload.replace(/-/g, "+").replace(/_/g, "/")));
  } catch {
    return false;
  }
  if (claims === null || typeof claims !== "object" || Array.isArray(claims)) return false;
  const values = Object.entries(claims).filter(([name]) => !PROTOCOL_CLAIMS.has(name)).map(([, value]) => value);
  return values.length > 0 && values.every((v) => (typeof v === "string" || typeof v === "number") && sampleValue(String(v)));
}
var sampleValue = (v) => SAMPLE_PERSON.test(v) || SEQUENCE.test(v) || saysFake(v) || isPlaceholderValue(v);

// src/core/detect/secrets/secret-keys.ts
var PASSWORD_KEY = /(?:pa?s{1,2}w(?:o?r)?ds?|pwd|passphrase)$/;
var SHORT_PW = /(?:^|[_.-])[pP][wW]$|[a-z0-9]PW$/;
var TOKEN_KEY = /(?:secret|token|apikey|accesskey|secretkey|privatekey|signingkey|encryptionkey|masterkey|clientsecret|credential|credentials|auth|authorization|bearer|secretid)$/;
var SHORT_PASS = /(?:^|[_.-]|db|sql|pg|smtp|mail|root|admin|user|ftp|redis|ldap|ssh|wifi|store|key)pass$/i;
var PAT = /(?:^|[_.-])(?:pat|PAT)$|[a-z0-9](?:Pat|PAT)$/;
var NOT_CREDENTIAL_KEY = /(public|pub|primary|foreign|sort|partition|hash|range|cache|idempotency|routing|i18n|translation|message|label|object|bucket|lookup|query|hot|mon|tur|don|whis|jock|hoc|dedup|dedupe|group|storage|setting|settings|config|map|dict|json|field|column|prop|item|row|node|unique|composite|surrogate|natural|shortcut|shortcutkey|sign|menu|dataset|index|table|name|type|keyboard|accent|music|secondary|parent|child|foreignkey|s3|file|path|ssh|pgp|gpg|verification|verify|jwks)key$/;
function namesNonCredentialKey(key, k) {
  const m = NOT_CREDENTIAL_KEY.exec(k);
  const word = m?.[1];
  if (!m || !word) return false;
  if (k === m[0]) return true;
  const segments = key.split(/[^A-Za-z0-9]+|(?<=[a-z0-9])(?=[A-Z])/).map((s) => s.toLowerCase());
  return segments.includes(word) || segments.includes(`${word}key`);
}
var ABOUT_A_SECRET = [
  ...["name", "names", "id", "ids", "path", "paths", "file", "filename", "dir", "arn", "ref", "reference", "url", "uri"],
  ...["env", "envvar", "var", "variable", "field", "type", "label", "header", "param", "length", "len", "policy", "version"],
  ...["expiry", "expiration", "expires", "ttl", "prefix", "suffix", "count", "enabled", "required", "provider", "store", "vault"],
  ...["location", "mount", "manager", "rotation", "format", "mode", "scope", "scopes", "endpoint", "hint", "placeholder"],
  ...["description", "desc", "help", "title", "pattern", "regex", "schema", "attribute"]
];
var aboutASecret = (k) => ABOUT_A_SECRET.some((word) => k.endsWith(word)) && !k.endsWith("secretid");
var ENCODING_SUFFIX = /(?:b64|base64|hex|pem|encoded|raw|str|string|value|val)$/;
function normaliseKey(key) {
  return key.toLowerCase().replace(/[^a-z0-9]/g, "");
}
function coreOf(key) {
  const k = normaliseKey(key);
  const bare = k.replace(ENCODING_SUFFIX, "");
  return (bare.length >= 3 ? bare : k).replace(/[0-9]{1,8}$/, "");
}
var ACCESS_KEY_ID = /accesskeyid$|^awsaccessid$/;
function keyStrength(key) {
  const k = coreOf(key);
  if (k.startsWith("public") || k.includes("csrf") || k.includes("xsrf")) return void 0;
  if (ACCESS_KEY_ID.test(k)) return "weak";
  if (aboutASecret(k)) return void 0;
  if (PASSWORD_KEY.test(k) || SHORT_PASS.test(key) || SHORT_PW.test(key)) return "password";
  if (k.endsWith("secrets")) return "weak";
  if (TOKEN_KEY.test(k) || PAT.test(key) || /secret|creds$/.test(k) && !k.includes("secretar")) return "strong";
  if (k.endsWith("key") && !namesNonCredentialKey(key, k)) return "weak";
  return void 0;
}
var isSecretKey = (key) => {
  const strength = keyStrength(key);
  return strength === "password" || strength === "strong";
};
var isWeakSecretKey = (key) => keyStrength(key) === "weak";
var isShortPass = (key) => (SHORT_PASS.test(key) || SHORT_PW.test(key)) && !PASSWORD_KEY.test(coreOf(key));

// src/core/detect/secrets/value-shape.ts
var IDENTIFIER = /^[A-Za-z_$][\w$-]*$/;
var NAMES_A_SECRET = /^(?:token|key|secret|password|passwd|pwd|credential|credentials|auth|apikey)s?$/i;
var CMDLET = /^(?:Get|Set|New|ConvertTo|ConvertFrom|Read|Invoke|Import|Export)-[A-Z][A-Za-z]+$/;
var WORD = /^[A-Za-z][a-z]*(?: [A-Za-z][a-z]*)*[0-9]{0,2}$/;
var PLAIN_WORD = /^[A-Z]?[a-z]+$/;
var SENTENCE = /^\S+(?:\s+\S+){3,}$/;
var SHOUTED = /^[A-Z_]+$/;
var SHOUTED_SECRET_WORD = /PASSWORD|PASSWD|TOKEN|SECRET|KEY|PAT/;
var SECRET_WORD = /^(?:password|passwd|secret|token|apikey)$/i;
var randomSegment2 = (s) => s.length >= 12 && /[0-9]/.test(s) && /[A-Za-z]/.test(s) && shannonEntropy(s) >= 3.3;
function namesOrDescribes(value, password) {
  if (IDENTIFIER.test(value) && identifierSegments(value).some((s) => NAMES_A_SECRET.test(s)) && !value.split(/[_-]/).some(randomSegment2))
    return true;
  if (CMDLET.test(value) || SENTENCE.test(value) || SHOUTED.test(value) && SHOUTED_SECRET_WORD.test(value)) return true;
  if (value.includes("/") && value.split("/").every((segment) => WORD.test(segment))) return true;
  if (!password && PLAIN_WORD.test(value)) return true;
  const segments = value.split(/[^A-Za-z0-9]+/);
  return segments.some((s) => SECRET_WORD.test(s)) && !segments.some(randomSegment2);
}
function identifierSegments(identifier) {
  return identifier.split(/[_$-]+|(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])/).filter(Boolean);
}

// src/core/detect/secrets/generic-assignment.ts
var MAX_KEY = 60;
var ALIGN = 24;
var AUTH_SCHEME = /^(?:bearer|basic|token|digest|ssws|apikey)$/i;
var CODE_REFERENCE = /^[A-Za-z_$][\w$]*(?:\??\.[\w$]+|\[[^\]\n]{0,80}\])+$|\(|^[$%@&|>]|^!!?[A-Za-z]+[0-9]*$/;
var OPEN_INDEX = /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*\[[^\]\s]{0,80}$/;
var FILE_PATH = /^~?\/[\w.@-]+(?:\/[\w.@-]*)+$/;
var STRING_PREFIX = /^(?:[rRbBfFuU]|[rR][bBfF]|[bBfF][rR]|@)(?=["'])/;
var UNQUOTED_END = /[\s,;'"`)}\]>&]/;
var MAX_VALUE = 300;
var MAX_QUOTED = 4096;
var VERSION = /\d\.\d{1,6}\.\d{1,6}(?:[-+.][\w.]{0,12})?$/;
var SYMBOL = /[!#$%&*@^~?]/;
var isKeyChar = (c) => c >= 48 && c <= 57 || c >= 65 && c <= 90 || c >= 97 && c <= 122 || c === 95 || c === 46 || c === 45;
var isBlank = (c) => c === 32 || c === 9;
function* assignmentsIn(text) {
  let lastEnd = 0;
  let colon = text.indexOf(":");
  let equals = text.indexOf("=");
  while (colon >= 0 || equals >= 0) {
    const op = colon >= 0 && (equals < 0 || colon < equals) ? colon : equals;
    if (op === colon) colon = text.indexOf(":", op + 1);
    else equals = text.indexOf("=", op + 1);
    if (op < lastEnd) continue;
    if (text[op] === ":" && (text[op - 1] === ":" || text[op + 1] === ":" && operatorLength(text, op) === 1)) continue;
    const compound = text[op] === "=" && (text[op - 1] === "!" || ".?+".includes(text[op - 1] ?? "x") && isBlank(text.charCodeAt(op - 2)));
    const compoundKey = compound ? keyBefore(text, op - 1, lastEnd) : void 0;
    const key = compoundKey ?? keyBefore(text, op, lastEnd);
    if (!key) continue;
    let end = op + (compoundKey ? 1 : operatorLength(text, op));
    for (let n = 0; n < ALIGN && end < text.length && isBlank(text.charCodeAt(end)); n++) end++;
    lastEnd = end;
    yield { key: text.slice(key.start, key.end), end };
  }
}
function keyBefore(text, op, lastEnd) {
  let j = op - 1;
  while (j >= 0 && isBlank(text.charCodeAt(j))) j--;
  if (op - 1 - j > ALIGN) return void 0;
  if (text[j] === '"' || text[j] === "'") j--;
  let start = j;
  while (start >= 0 && isKeyChar(text.charCodeAt(start))) start--;
  start++;
  const length = j + 1 - start;
  return length < 1 || length > MAX_KEY || start < lastEnd ? void 0 : { start, end: j + 1 };
}
function operatorLength(text, op) {
  if (text[op] === "=") return text[op + 1] === ">" ? 2 : 1;
  let colons = 1;
  while (colons < 3 && text[op + colons] === ":") colons++;
  if (text[op + colons] === "=") return colons + 1;
  return 1;
}
function findGenericAssignments(text) {
  const out = [];
  let quotedUntil = -1;
  for (const m of assignmentsIn(text)) {
    if (m.end <= quotedUntil || keyStrength(m.key) === void 0) continue;
    const at = afterTypeAnnotation(text, afterComparison(text, m.end));
    const direct = readValue(text, at);
    const value = direct && direct.text !== "" ? direct : readValue(text, quotedOnNextLine(text, at));
    if (value?.quoted === true && isPlaceholderValue(value.text)) quotedUntil = value.start + value.text.length;
    if (value && !value.quoted && PROSE_AFTER.test(text.slice(value.start + value.text.length, value.start + value.text.length + 60)) && !looksRandom(value.text))
      continue;
    const match2 = value && keyedSecret(m.key, withAmpersand(text, m.key, value));
    if (match2) out.push(match2);
    else if (value && !value.quoted) {
      const fallback = fallbackLiteral(text, value.start);
      const found2 = fallback && keyedSecret(m.key, fallback);
      if (found2) out.push(found2);
    }
  }
  for (let at = text.indexOf("]"); at !== -1; at = text.indexOf("]", at + 1)) {
    const match2 = indexedAssignment(text, at);
    if (match2) out.push(match2);
  }
  for (let at = indexOfEncodedEquals(text, 0); at !== -1; at = indexOfEncodedEquals(text, at + 3)) {
    const match2 = encodedParameter(text, at);
    if (match2) out.push(match2);
  }
  for (let at = text.indexOf("${"); at !== -1; at = text.indexOf("${", at + 2)) {
    const variable = SHELL_DEFAULT.exec(text.slice(at, at + 70));
    const value = variable && readValue(text, at + variable[0].length);
    const made = value && /[0-9]/.test(value.text) && charClasses(value.text) >= 2;
    const match2 = variable && value && made && keyedSecret(variable[1] ?? "", value);
    if (match2) out.push(match2);
  }
  for (let at = text.indexOf("#define"); at !== -1; at = text.indexOf("#define", at + 7)) {
    const define = DEFINE.exec(text.slice(at, at + 100));
    const value = define && readValue(text, at + define[0].length);
    const match2 = define && value && keyedSecret(define[1] ?? "", value);
    if (match2) out.push(match2);
  }
  return out;
}
var FALLBACK_WINDOW = 160;
var ENV_READ = /^(?:os\.environ|os\.getenv|getenv|process\.env|ENV\b|System\.getenv|Deno\.env)/;
var FALLBACK_OPERATORS = [" or ", "||", "??"];
function fallbackLiteral(text, at) {
  if (!ENV_READ.test(text.slice(at, at + 20))) return void 0;
  const window = text.slice(at, at + FALLBACK_WINDOW);
  const line = window.slice(0, indexOrLength2(window, "\n"));
  for (const op of FALLBACK_OPERATORS) {
    const i = line.indexOf(op);
    if (i === -1) continue;
    let pos = i + op.length;
    while (line[pos] === " " || line[pos] === "	") pos++;
    if (line[pos] !== '"' && line[pos] !== "'") continue;
    const value = readValue(text, at + pos);
    if (value?.quoted) return value;
  }
  return void 0;
}
var indexOrLength2 = (s, needle) => {
  const i = s.indexOf(needle);
  return i === -1 ? s.length : i;
};
function indexedAssignment(text, close) {
  const quote = text[close - 1];
  if (quote !== '"' && quote !== "'") return void 0;
  let op = close + 1;
  while (op - close <= 3 && isBlank(text.charCodeAt(op))) op++;
  if (text[op] !== "=" || text[op + 1] === "=") return void 0;
  let start = close - 2;
  while (start >= 0 && close - 2 - start < MAX_KEY && isKeyChar(text.charCodeAt(start))) start--;
  if (text[start] !== quote || text[start - 1] !== "[" || start + 1 > close - 2) return void 0;
  let at = op + 1;
  while (at - op <= ALIGN && isBlank(text.charCodeAt(at))) at++;
  const value = readValue(text, at);
  return value && value.text !== "" ? keyedSecret(text.slice(start + 1, close - 1), value) : void 0;
}
var indexOfEncodedEquals = (text, from) => {
  const upper = text.indexOf("%3D", from);
  const lower = text.indexOf("%3d", from);
  return upper === -1 ? lower : lower === -1 ? upper : Math.min(upper, lower);
};
var ENCODED_VALUE = /^[A-Za-z0-9_.~-]{1,300}/;
function encodedParameter(text, at) {
  let start = at;
  while (start > 0 && at - start <= MAX_KEY && /[A-Za-z0-9_.-]/.test(text[start - 1] ?? " ")) start--;
  if (text[start - 1] === "%" && /^[0-9A-Fa-f]{2}/.test(text.slice(start, start + 2))) start += 2;
  const key = text.slice(start, at);
  const value = ENCODED_VALUE.exec(text.slice(at + 3, at + 303))?.[0];
  if (key === "" || value === void 0 || keyStrength(key) === void 0) return void 0;
  return keyedSecret(key, { text: value, start: at + 3, quoted: false });
}
var SHELL_DEFAULT = /^\$\{([A-Za-z_]\w{0,59}):?[-=]/;
var DEFINE = /^#define[ \t]+([A-Za-z_]\w{0,59})[ \t]+(?=["'])/;
function withAmpersand(text, key, value) {
  const end = value.start + value.text.length;
  if (value.quoted || text[end] !== "&" || keyStrength(key) !== "password") return value;
  const rest = /^&[^\s,;'"`)}\]>]{1,40}/.exec(text.slice(end, end + 41))?.[0] ?? "";
  return rest.length < 2 || rest.includes("=") || rest.includes("&", 1) ? value : { ...value, text: value.text + rest };
}
var PROSE_AFTER = /^[ \t]+[A-Za-z]{2,}[ \t]+[A-Za-z]{2,}[ \t]+[A-Za-z]{2,}/;
function quotedOnNextLine(text, at) {
  let pos = at;
  if (text[pos] === "\r") pos++;
  if (text[pos] !== "\n") return -1;
  pos++;
  for (let n = 0; n < ALIGN && isBlank(text.charCodeAt(pos)); n++) pos++;
  return text[pos] === '"' || text[pos] === "'" ? pos : -1;
}
var TYPE_ANNOTATION = /^[A-Za-z_][\w.]{0,40}(?:<[\w., ]{1,40}>|\[\])?[ \t]{0,3}=(?![=>])[ \t]{0,3}/;
function afterTypeAnnotation(text, at) {
  const m = TYPE_ANNOTATION.exec(text.slice(at, at + 100));
  return m ? at + m[0].length : at;
}
function afterComparison(text, at) {
  if (text[at] !== "=" || text[at - 1] !== "=") return at;
  let end = at + (text[at + 1] === "=" ? 2 : 1);
  for (let n = 0; n < ALIGN && isBlank(text.charCodeAt(end)); n++) end++;
  return end;
}
function keyedSecret(key, value) {
  const strength = keyStrength(key);
  const normalised = normaliseKey(key);
  if (strength === void 0 || !acceptValue(key, value.text, value.quoted, strength)) return void 0;
  const aws = normalised.includes("aws") && normalised.indexOf("secret", normalised.indexOf("aws")) > 0;
  const kind = aws ? "aws-secret-key" : "generic-secret";
  return {
    rule: aws ? "secrets.aws-secret-key" : "secrets.generic-assignment",
    kind,
    start: value.start,
    end: value.start + value.text.length,
    redacted: `${key.slice(0, 60)}=${maskSecret(kind)}`
  };
}
function readValue(text, at) {
  if (at < 0) return void 0;
  if (text[at] === "\\" && (text[at + 1] === '"' || text[at + 1] === "'")) {
    const close = text.indexOf(`\\${text[at + 1]}`, at + 2);
    const inner = close === -1 ? "" : text.slice(at + 2, close);
    return close === -1 || close - at > MAX_VALUE || inner.includes("\n") ? void 0 : { text: inner, start: at + 2, quoted: true };
  }
  const prefix = STRING_PREFIX.exec(text.slice(at, at + 3))?.[0].length ?? 0;
  if (prefix > 0) return readValue(text, at + prefix);
  const quote = text[at];
  if (quote === '"' || quote === "'" || quote === "`") {
    const window = text.slice(at + 1, at + 1 + MAX_QUOTED);
    const close = window.indexOf(quote);
    if (close === -1 || window.slice(0, close).includes("\n")) return void 0;
    const scheme = /^(?:bearer|basic|token|ssws) /i.exec(window)?.[0].length ?? 0;
    return { text: window.slice(scheme, close), start: at + 1 + scheme, quoted: true };
  }
  const first = unquotedRun(text, at);
  if (AUTH_SCHEME.test(first) && text[at + first.length] === " ") {
    const start = at + first.length + 1;
    return { text: unquotedRun(text, start), start, quoted: false };
  }
  return { text: first, start: at, quoted: false };
}
function unquotedRun(text, at) {
  let end = at;
  const limit2 = Math.min(text.length, at + MAX_VALUE);
  while (end < limit2 && !UNQUOTED_END.test(text[end] ?? " ") && !innerAssignment(text, end)) end++;
  return text.slice(at, end);
}
function innerAssignment(text, at) {
  return text[at] === "=" && /[^\s=,;'"`)}\]>&]/.test(text[at + 1] ?? " ");
}
function acceptValue(key, value, quoted, strength) {
  if (strength === "weak") return machineMade(value);
  if (isShortPass(key) && (!/[0-9]/.test(value) || charClasses(value) < 2 || /[\s/]/.test(value))) return false;
  const password = strength === "password";
  const classes = charClasses(value) + Number(SYMBOL.test(value));
  if (password ? value.length < 6 : value.length < 12 || classes < 2) return false;
  if (isPlaceholderValue(value) || saysFake(value) || /^https?:/i.test(value) || VERSION.test(value) || namesOrDescribes(value, password))
    return false;
  if (!quoted && CODE_REFERENCE.test(value) && !value.split(".").some(looksRandom)) return false;
  if (!quoted && OPEN_INDEX.test(value)) return false;
  if (FILE_PATH.test(value)) return false;
  const entropy = shannonEntropy(value);
  return password ? new Set(value).size >= 4 && entropy >= 2.3 : entropy >= 3;
}
function looksRandom(value) {
  if (value.length < 16 || /\s/.test(value) || !/[0-9]/.test(value) || !/[A-Za-z]/.test(value)) return false;
  if (/^https?:|^[\w-]+(?:\.[\w-]+){2,}$/.test(value) || isPlaceholderValue(value) || saysFake(value)) return false;
  if (value.split(/[_-]/).every((segment) => segment.length <= 5 || /^[0-9]+$/.test(segment))) return false;
  return shannonEntropy(value) >= 3.5;
}
function madeByMachine(value) {
  if (hasTypedRun(value, 4)) return false;
  if (value.length >= 16) return machineMade(value);
  if (value.length < 8 || !/^[A-Za-z0-9_-]+$/.test(value) || !/[A-Za-z]/.test(value)) return false;
  if (isPlaceholderValue(value) || saysFake(value)) return false;
  let changes = 0;
  for (let i = 1; i < value.length; i++) if (isDigit2(value.charCodeAt(i - 1)) !== isDigit2(value.charCodeAt(i))) changes++;
  return changes >= 2 && shannonEntropy(value) >= 3;
}
var isDigit2 = (c) => c >= 48 && c <= 57;
function machineMade(value) {
  if (looksRandom(value)) return true;
  if (value.length < 16 || /\s/.test(value) || isPlaceholderValue(value) || saysFake(value)) return false;
  if (/^[0-9a-f]+$/i.test(value)) return /[a-f]/i.test(value) && /[0-9]/.test(value) && shannonEntropy(value) >= 3;
  if (/^[A-Za-z]+$/.test(value)) return value.length >= 20 && caseFlips(value) >= value.length / 3 && shannonEntropy(value) >= 4;
  const parts = value.split(".");
  return parts.length >= 2 && parts.length <= 4 && parts.some((part) => part.length >= 20 && looksRandom(part));
}

// src/core/redact/secret-key.ts
function isSecretField(key) {
  const k = canonicalString(key).text;
  return isSecretKey(k) || /(?:cookie|sessionid)$/.test(normaliseKey(k));
}

// src/core/redact/placeholder.ts
var NAME = "[A-Za-z_][A-Za-z0-9_.-]{0,100}";
var ONE_CASE_NAME = "(?:[A-Z_][A-Z0-9_.-]{0,100}|[a-z_][a-z_.-]{0,100}|[a-z_][a-z0-9]{0,100}[_.-][a-z0-9_.-]{0,100})";
var WHOLE = new RegExp(
  [
    `\\{\\{\\{?\\s*${NAME}\\s*\\}\\}\\}?`,
    // {{name}}, {{{name}}}
    `\\$\\{\\s*(?:env:|secrets\\.|vars\\.)?${NAME}\\s*\\}`,
    // ${NAME}, ${env:NAME}, ${secrets.NAME}
    `\\$${ONE_CASE_NAME}`,
    // $NAME
    `%${ONE_CASE_NAME}%`,
    // %NAME%
    `%\\(${NAME}\\)s`,
    // %(name)s
    `\\{${ONE_CASE_NAME}\\}`,
    // {name}
    `<${NAME}(?: ${NAME}){0,5}>`,
    // <YOUR_API_KEY>, <api key>
    "\\[(?:REDACTED|redacted)(?::[a-z0-9-]{1,40})?\\]",
    // [REDACTED], [REDACTED:kind]
    "\u2026?\\[redacted:[a-z0-9-]{1,40}\\]",
    // evidence masks
    "\\*+"
    // ********
  ].join("|")
);
var WHOLE_VALUE = new RegExp(`^(?:${WHOLE.source})$`);
function isWholePlaceholder(value) {
  const t = value.trim();
  return t.length === 0 || t.length <= 200 && WHOLE_VALUE.test(t);
}

// src/core/redact/sensitive-match.ts
function resolveOverlaps(matches) {
  const sorted = [...matches].sort((a, b) => a.start - b.start || b.end - a.end);
  const out = [];
  for (const m of sorted) {
    const last = out[out.length - 1];
    if (last && m.start < last.end) {
      if (m.end > last.end) out[out.length - 1] = { ...last, end: m.end };
      continue;
    }
    out.push({ ...m });
  }
  return out;
}

// src/core/detect/pii/checksums.ts
function luhnValid(digits) {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return digits.length > 0 && sum % 10 === 0;
}
function ibanMod97Valid(iban) {
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let rem = 0;
  for (const ch of rearranged) {
    const code = ch.charCodeAt(0);
    const value = code >= 65 ? code - 55 : code - 48;
    rem = value > 9 ? (rem * 100 + value) % 97 : (rem * 10 + value) % 97;
  }
  return rem === 1;
}
var VERHOEFF_D = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
  [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
  [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
  [4, 0, 1, 2, 3, 9, 5, 6, 7, 8],
  [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
  [6, 5, 9, 8, 7, 1, 0, 4, 3, 2],
  [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
  [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
  [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]
];
var VERHOEFF_P = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
  [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
  [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
  [9, 4, 5, 3, 1, 2, 6, 8, 7, 0],
  [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
  [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
  [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]
];
function verhoeffValid(digits) {
  let c = 0;
  for (let i = 0; i < digits.length; i++) {
    const d = digits.charCodeAt(digits.length - 1 - i) - 48;
    c = VERHOEFF_D[c]?.[VERHOEFF_P[i % 8]?.[d] ?? 0] ?? 0;
  }
  return digits.length > 0 && c === 0;
}
function nirKeyValid(nir13, key) {
  const numeric = nir13.replace(/^(\d{5})2A/, "$119").replace(/^(\d{5})2B/, "$118");
  let rem = 0;
  for (const ch of numeric) rem = (rem * 10 + (ch.charCodeAt(0) - 48)) % 97;
  return 97 - rem === Number(key);
}

// src/core/detect/pii/card.ts
var RUN = /(?<![0-9][ -]?)[0-9](?:[ -]?[0-9]){11,60}/g;
var ISSUERS = [
  { prefix: /^4/, lengths: [13, 16, 18, 19] },
  // Visa, Visa Electron, Elo 4xxx
  { prefix: /^(?:5[1-5]|222[1-9]|22[3-9]\d|2[3-6]\d\d|27[01]\d|2720)/, lengths: [16] },
  // Mastercard
  { prefix: /^3[47]/, lengths: [15] },
  // American Express
  { prefix: /^(?:6011|64[4-9]|65|622)/, lengths: [16, 17, 18, 19] },
  // Discover, co-branded UnionPay
  { prefix: /^(?:30[0-5]|3095|36|3[89])/, lengths: [14, 15, 16, 17, 18, 19] },
  // Diners Club
  { prefix: /^35(?:2[89]|[3-8]\d)/, lengths: [16, 17, 18, 19] },
  // JCB, LankaPay
  { prefix: /^(?:2131|1800)/, lengths: [15, 16, 17, 18, 19] },
  // JCB's early ranges
  { prefix: /^(?:62|81)/, lengths: [14, 15, 16, 17, 18, 19] },
  // UnionPay
  { prefix: /^(?:5[06-9]|6)/, lengths: [12, 13, 14, 15, 16, 17, 18, 19] },
  // Maestro, Dankort, Verve, InstaPayment, Elo 50/6x
  { prefix: /^220[0-4]/, lengths: [16, 17, 18, 19] },
  // Mir
  { prefix: /^1/, lengths: [15] },
  // UATP
  { prefix: /^(?:60|65|81|82|508|353|356)/, lengths: [16] },
  // RuPay
  { prefix: /^(?:606282|3841[046]0)/, lengths: [16, 19] },
  // Hipercard
  { prefix: /^9792/, lengths: [16] }
  // Troy
];
var NOT_CARD_LABEL = /(?:order|invoice|ticket|tracking|sku|isbn|serial|transaction|txn|test[ \t]card|sandbox[ \t]card)[ \t]{0,3}(?:no\.?|number|#)?[ \t]{0,3}[:=#]?[ \t]{0,3}["']?$/i;
var ID_KEY = /(?<![A-Za-z0-9_-])["']?id["']?[ \t]{0,3}[:=][ \t]{0,3}["']?$/i;
var CARD_LABEL = /(?:(?:card|cc|pan|karte|kartennummer|carte|tarjeta|cart[aã]o|carta|kaart|karta|kort|kart|カード|卡号|카드)[ \t_-]?(?:no\.?|nr\.?|number|nummer|num|n[uú]mero|番号)?["']?[ \t]{0,3}[:=：]|\b(?:visa|mastercard|amex|american express|jcb|diners(?: club)?|maestro|unionpay|rupay|hipercard|dankort)[ \t]{0,3}[:=]?)[ \t]{0,3}["']?$/i;
var LABEL_WINDOW = 32;
function isCardNumber(digits) {
  if (!ISSUERS.some((i) => i.prefix.test(digits) && i.lengths.includes(digits.length))) return false;
  return luhnValid(digits) && new Set(digits).size > 1;
}
function findCards(text) {
  const out = [];
  for (const m of matchesOf(RUN, text)) {
    if (/[0-9]/.test(text[m.index + m[0].length] ?? "")) continue;
    if (/[A-Za-z]/.test(text[m.index - 1] ?? "")) continue;
    if (text[m.index - 1] === "+") continue;
    const before = text.slice(Math.max(0, m.index - LABEL_WINDOW), m.index);
    if (NOT_CARD_LABEL.test(before) || ID_KEY.test(before)) continue;
    const labelled2 = CARD_LABEL.test(before) ? labelledCard(m[0]) : void 0;
    for (const [from, to] of labelled2 ? [labelled2] : cardsInRun(m[0])) {
      const digits = m[0].slice(from, to).replace(/[ -]/g, "");
      out.push({
        rule: "pii.card-number",
        kind: "card-number",
        start: m.index + from,
        end: m.index + to,
        redacted: maskCard(digits)
      });
    }
  }
  return out;
}
function labelledCard(raw) {
  const ends = [...matchesOf(/[0-9]+/g, raw)].map((g) => g.index + g[0].length);
  for (let j = ends.length - 1; j >= 0; j--) {
    const span = raw.slice(0, ends[j]);
    const digits = span.replace(/[ -]/g, "");
    if (digits.length < 13 || digits.length > 19 || !luhnValid(digits) || new Set(digits).size <= 2) continue;
    if (consistentSeparators(span) && (digits === span || cardGroups(span))) return [0, span.length];
  }
  return void 0;
}
function cardsInRun(raw) {
  const groups = [...matchesOf(/[0-9]+/g, raw)].map((g) => [g.index, g.index + g[0].length]);
  const found2 = [];
  for (let i = 0; i < groups.length; i++) {
    for (let j = i; j < groups.length; j++) {
      const from = groups[i]?.[0] ?? 0;
      const to = groups[j]?.[1] ?? 0;
      const span = raw.slice(from, to);
      const digits = span.replace(/[ -]/g, "");
      if (digits.length > 19) break;
      if (isCardNumber(digits) && consistentSeparators(span) && cardGroups(span)) {
        found2.push([from, to]);
        i = j;
        break;
      }
    }
  }
  return found2;
}
function cardGroups(span) {
  return span.split(/[ -]/).every((group) => group.length >= 3);
}
function consistentSeparators(raw) {
  return !(raw.includes(" ") && raw.includes("-"));
}

// node_modules/tlds/index.json
var tlds_default = [
  "aaa",
  "aarp",
  "abb",
  "abbott",
  "abbvie",
  "abc",
  "able",
  "abogado",
  "abudhabi",
  "ac",
  "academy",
  "accenture",
  "accountant",
  "accountants",
  "aco",
  "actor",
  "ad",
  "ads",
  "adult",
  "ae",
  "aeg",
  "aero",
  "aetna",
  "af",
  "afl",
  "africa",
  "ag",
  "agakhan",
  "agency",
  "ai",
  "aig",
  "airbus",
  "airforce",
  "airtel",
  "akdn",
  "al",
  "alibaba",
  "alipay",
  "allfinanz",
  "allstate",
  "ally",
  "alsace",
  "alstom",
  "am",
  "amazon",
  "americanexpress",
  "americanfamily",
  "amex",
  "amfam",
  "amica",
  "amsterdam",
  "analytics",
  "android",
  "anquan",
  "anz",
  "ao",
  "aol",
  "apartments",
  "app",
  "apple",
  "aq",
  "aquarelle",
  "ar",
  "arab",
  "aramco",
  "archi",
  "army",
  "arpa",
  "art",
  "arte",
  "as",
  "asda",
  "asia",
  "associates",
  "at",
  "athleta",
  "attorney",
  "au",
  "auction",
  "audi",
  "audible",
  "audio",
  "auspost",
  "author",
  "auto",
  "autos",
  "aw",
  "aws",
  "ax",
  "axa",
  "az",
  "azure",
  "ba",
  "baby",
  "baidu",
  "banamex",
  "band",
  "bank",
  "bar",
  "barcelona",
  "barclaycard",
  "barclays",
  "barefoot",
  "bargains",
  "baseball",
  "basketball",
  "bauhaus",
  "bayern",
  "bb",
  "bbc",
  "bbt",
  "bbva",
  "bcg",
  "bcn",
  "bd",
  "be",
  "beats",
  "beauty",
  "beer",
  "berlin",
  "best",
  "bestbuy",
  "bet",
  "bf",
  "bg",
  "bh",
  "bharti",
  "bi",
  "bible",
  "bid",
  "bike",
  "bing",
  "bingo",
  "bio",
  "biz",
  "bj",
  "black",
  "blackfriday",
  "blockbuster",
  "blog",
  "bloomberg",
  "blue",
  "bm",
  "bms",
  "bmw",
  "bn",
  "bnpparibas",
  "bo",
  "boats",
  "boehringer",
  "bofa",
  "bom",
  "bond",
  "boo",
  "book",
  "booking",
  "bosch",
  "bostik",
  "boston",
  "bot",
  "boutique",
  "box",
  "br",
  "bradesco",
  "bridgestone",
  "broadway",
  "broker",
  "brother",
  "brussels",
  "bs",
  "bt",
  "build",
  "builders",
  "business",
  "buy",
  "buzz",
  "bv",
  "bw",
  "by",
  "bz",
  "bzh",
  "ca",
  "cab",
  "cafe",
  "cal",
  "call",
  "calvinklein",
  "cam",
  "camera",
  "camp",
  "canon",
  "capetown",
  "capital",
  "capitalone",
  "car",
  "caravan",
  "cards",
  "care",
  "career",
  "careers",
  "cars",
  "casa",
  "case",
  "cash",
  "casino",
  "cat",
  "catering",
  "catholic",
  "cba",
  "cbn",
  "cbre",
  "cc",
  "cd",
  "center",
  "ceo",
  "cern",
  "cf",
  "cfa",
  "cfd",
  "cg",
  "ch",
  "chanel",
  "channel",
  "charity",
  "chase",
  "chat",
  "cheap",
  "chintai",
  "christmas",
  "chrome",
  "church",
  "ci",
  "cipriani",
  "circle",
  "cisco",
  "citadel",
  "citi",
  "citic",
  "city",
  "ck",
  "cl",
  "claims",
  "cleaning",
  "click",
  "clinic",
  "clinique",
  "clothing",
  "cloud",
  "club",
  "clubmed",
  "cm",
  "cn",
  "co",
  "coach",
  "codes",
  "coffee",
  "college",
  "cologne",
  "com",
  "commbank",
  "community",
  "company",
  "compare",
  "computer",
  "comsec",
  "condos",
  "construction",
  "consulting",
  "contact",
  "contractors",
  "cooking",
  "cool",
  "coop",
  "corsica",
  "country",
  "coupon",
  "coupons",
  "courses",
  "cpa",
  "cr",
  "credit",
  "creditcard",
  "creditunion",
  "cricket",
  "crown",
  "crs",
  "cruise",
  "cruises",
  "cu",
  "cuisinella",
  "cv",
  "cw",
  "cx",
  "cy",
  "cymru",
  "cyou",
  "cz",
  "dad",
  "dance",
  "data",
  "date",
  "dating",
  "datsun",
  "day",
  "dclk",
  "dds",
  "de",
  "deal",
  "dealer",
  "deals",
  "degree",
  "delivery",
  "dell",
  "deloitte",
  "delta",
  "democrat",
  "dental",
  "dentist",
  "desi",
  "design",
  "dev",
  "dhl",
  "diamonds",
  "diet",
  "digital",
  "direct",
  "directory",
  "discount",
  "discover",
  "dish",
  "diy",
  "dj",
  "dk",
  "dm",
  "dnp",
  "do",
  "docs",
  "doctor",
  "dog",
  "domains",
  "dot",
  "download",
  "drive",
  "dtv",
  "dubai",
  "dupont",
  "durban",
  "dvag",
  "dvr",
  "dz",
  "earth",
  "eat",
  "ec",
  "eco",
  "edeka",
  "edu",
  "education",
  "ee",
  "eg",
  "email",
  "emerck",
  "energy",
  "engineer",
  "engineering",
  "enterprises",
  "epson",
  "equipment",
  "er",
  "ericsson",
  "erni",
  "es",
  "esq",
  "estate",
  "et",
  "eu",
  "eurovision",
  "eus",
  "events",
  "exchange",
  "expert",
  "exposed",
  "express",
  "extraspace",
  "fage",
  "fail",
  "fairwinds",
  "faith",
  "family",
  "fan",
  "fans",
  "farm",
  "farmers",
  "fashion",
  "fast",
  "fedex",
  "feedback",
  "ferrari",
  "ferrero",
  "fi",
  "fidelity",
  "fido",
  "film",
  "final",
  "finance",
  "financial",
  "fire",
  "firestone",
  "firmdale",
  "fish",
  "fishing",
  "fit",
  "fitness",
  "fj",
  "fk",
  "flickr",
  "flights",
  "flir",
  "florist",
  "flowers",
  "fly",
  "fm",
  "fo",
  "foo",
  "food",
  "football",
  "ford",
  "forex",
  "forsale",
  "forum",
  "foundation",
  "fox",
  "fr",
  "free",
  "fresenius",
  "frl",
  "frogans",
  "frontier",
  "ftr",
  "fujitsu",
  "fun",
  "fund",
  "furniture",
  "futbol",
  "fyi",
  "ga",
  "gal",
  "gallery",
  "gallo",
  "gallup",
  "game",
  "games",
  "gap",
  "garden",
  "gay",
  "gb",
  "gbiz",
  "gd",
  "gdn",
  "ge",
  "gea",
  "gent",
  "genting",
  "george",
  "gf",
  "gg",
  "ggee",
  "gh",
  "gi",
  "gift",
  "gifts",
  "gives",
  "giving",
  "gl",
  "glass",
  "gle",
  "global",
  "globo",
  "gm",
  "gmail",
  "gmbh",
  "gmo",
  "gmx",
  "gn",
  "godaddy",
  "gold",
  "goldpoint",
  "golf",
  "goo",
  "goodyear",
  "goog",
  "google",
  "gop",
  "got",
  "gov",
  "gp",
  "gq",
  "gr",
  "grainger",
  "graphics",
  "gratis",
  "green",
  "gripe",
  "grocery",
  "group",
  "gs",
  "gt",
  "gu",
  "gucci",
  "guge",
  "guide",
  "guitars",
  "guru",
  "gw",
  "gy",
  "hair",
  "hamburg",
  "hangout",
  "haus",
  "hbo",
  "hdfc",
  "hdfcbank",
  "health",
  "healthcare",
  "help",
  "helsinki",
  "here",
  "hermes",
  "hiphop",
  "hisamitsu",
  "hitachi",
  "hiv",
  "hk",
  "hkt",
  "hm",
  "hn",
  "hockey",
  "holdings",
  "holiday",
  "homedepot",
  "homegoods",
  "homes",
  "homesense",
  "honda",
  "horse",
  "hospital",
  "host",
  "hosting",
  "hot",
  "hotels",
  "hotmail",
  "house",
  "how",
  "hr",
  "hsbc",
  "ht",
  "hu",
  "hughes",
  "hyatt",
  "hyundai",
  "ibm",
  "icbc",
  "ice",
  "icu",
  "id",
  "ie",
  "ieee",
  "ifm",
  "ikano",
  "il",
  "im",
  "imamat",
  "imdb",
  "immo",
  "immobilien",
  "in",
  "inc",
  "industries",
  "infiniti",
  "info",
  "ing",
  "ink",
  "institute",
  "insurance",
  "insure",
  "int",
  "international",
  "intuit",
  "investments",
  "io",
  "ipiranga",
  "iq",
  "ir",
  "irish",
  "is",
  "ismaili",
  "ist",
  "istanbul",
  "it",
  "itau",
  "itv",
  "jaguar",
  "java",
  "jcb",
  "je",
  "jeep",
  "jetzt",
  "jewelry",
  "jio",
  "jll",
  "jm",
  "jmp",
  "jnj",
  "jo",
  "jobs",
  "joburg",
  "jot",
  "joy",
  "jp",
  "jpmorgan",
  "jprs",
  "juegos",
  "juniper",
  "kaufen",
  "kddi",
  "ke",
  "kerryhotels",
  "kerryproperties",
  "kfh",
  "kg",
  "kh",
  "ki",
  "kia",
  "kids",
  "kim",
  "kindle",
  "kitchen",
  "kiwi",
  "km",
  "kn",
  "koeln",
  "komatsu",
  "kosher",
  "kp",
  "kpmg",
  "kpn",
  "kr",
  "krd",
  "kred",
  "kuokgroup",
  "kw",
  "ky",
  "kyoto",
  "kz",
  "la",
  "lacaixa",
  "lamborghini",
  "lamer",
  "land",
  "landrover",
  "lanxess",
  "lasalle",
  "lat",
  "latino",
  "latrobe",
  "law",
  "lawyer",
  "lb",
  "lc",
  "lds",
  "lease",
  "leclerc",
  "lefrak",
  "legal",
  "lego",
  "lexus",
  "lgbt",
  "li",
  "lidl",
  "life",
  "lifeinsurance",
  "lifestyle",
  "lighting",
  "like",
  "lilly",
  "limited",
  "limo",
  "lincoln",
  "link",
  "live",
  "living",
  "lk",
  "llc",
  "llp",
  "loan",
  "loans",
  "locker",
  "locus",
  "lol",
  "london",
  "lotte",
  "lotto",
  "love",
  "lpl",
  "lplfinancial",
  "lr",
  "ls",
  "lt",
  "ltd",
  "ltda",
  "lu",
  "lundbeck",
  "luxe",
  "luxury",
  "lv",
  "ly",
  "ma",
  "madrid",
  "maif",
  "maison",
  "makeup",
  "man",
  "management",
  "mango",
  "map",
  "market",
  "marketing",
  "markets",
  "marriott",
  "marshalls",
  "mattel",
  "mba",
  "mc",
  "mckinsey",
  "md",
  "me",
  "med",
  "media",
  "meet",
  "melbourne",
  "meme",
  "memorial",
  "men",
  "menu",
  "merckmsd",
  "mg",
  "mh",
  "miami",
  "microsoft",
  "mil",
  "mini",
  "mint",
  "mit",
  "mitsubishi",
  "mk",
  "ml",
  "mlb",
  "mls",
  "mm",
  "mma",
  "mn",
  "mo",
  "mobi",
  "mobile",
  "moda",
  "moe",
  "moi",
  "mom",
  "monash",
  "money",
  "monster",
  "mormon",
  "mortgage",
  "moscow",
  "moto",
  "motorcycles",
  "mov",
  "movie",
  "mp",
  "mq",
  "mr",
  "ms",
  "msd",
  "mt",
  "mtn",
  "mtr",
  "mu",
  "museum",
  "music",
  "mv",
  "mw",
  "mx",
  "my",
  "mz",
  "na",
  "nab",
  "nagoya",
  "name",
  "navy",
  "nba",
  "nc",
  "ne",
  "nec",
  "net",
  "netbank",
  "netflix",
  "network",
  "neustar",
  "new",
  "news",
  "next",
  "nextdirect",
  "nexus",
  "nf",
  "nfl",
  "ng",
  "ngo",
  "nhk",
  "ni",
  "nico",
  "nike",
  "nikon",
  "ninja",
  "nissan",
  "nissay",
  "nl",
  "no",
  "nokia",
  "norton",
  "now",
  "nowruz",
  "nowtv",
  "np",
  "nr",
  "nra",
  "nrw",
  "ntt",
  "nu",
  "nyc",
  "nz",
  "obi",
  "observer",
  "office",
  "okinawa",
  "olayan",
  "olayangroup",
  "ollo",
  "om",
  "omega",
  "one",
  "ong",
  "onl",
  "online",
  "ooo",
  "open",
  "oracle",
  "orange",
  "org",
  "organic",
  "origins",
  "osaka",
  "otsuka",
  "ott",
  "ovh",
  "pa",
  "page",
  "panasonic",
  "paris",
  "pars",
  "partners",
  "parts",
  "party",
  "pay",
  "pccw",
  "pe",
  "pet",
  "pf",
  "pfizer",
  "pg",
  "ph",
  "pharmacy",
  "phd",
  "philips",
  "phone",
  "photo",
  "photography",
  "photos",
  "physio",
  "pics",
  "pictet",
  "pictures",
  "pid",
  "pin",
  "ping",
  "pink",
  "pioneer",
  "pizza",
  "pk",
  "pl",
  "place",
  "play",
  "playstation",
  "plumbing",
  "plus",
  "pm",
  "pn",
  "pnc",
  "pohl",
  "poker",
  "politie",
  "porn",
  "post",
  "pr",
  "praxi",
  "press",
  "prime",
  "pro",
  "prod",
  "productions",
  "prof",
  "progressive",
  "promo",
  "properties",
  "property",
  "protection",
  "pru",
  "prudential",
  "ps",
  "pt",
  "pub",
  "pw",
  "pwc",
  "py",
  "qa",
  "qpon",
  "quebec",
  "quest",
  "racing",
  "radio",
  "re",
  "read",
  "realestate",
  "realtor",
  "realty",
  "recipes",
  "red",
  "redumbrella",
  "rehab",
  "reise",
  "reisen",
  "reit",
  "reliance",
  "ren",
  "rent",
  "rentals",
  "repair",
  "report",
  "republican",
  "rest",
  "restaurant",
  "review",
  "reviews",
  "rexroth",
  "rich",
  "richardli",
  "ricoh",
  "ril",
  "rio",
  "rip",
  "ro",
  "rocks",
  "rodeo",
  "rogers",
  "room",
  "rs",
  "rsvp",
  "ru",
  "rugby",
  "ruhr",
  "run",
  "rw",
  "rwe",
  "ryukyu",
  "sa",
  "saarland",
  "safe",
  "safety",
  "sakura",
  "sale",
  "salon",
  "samsclub",
  "samsung",
  "sandvik",
  "sandvikcoromant",
  "sanofi",
  "sap",
  "sarl",
  "sas",
  "save",
  "saxo",
  "sb",
  "sbi",
  "sbs",
  "sc",
  "scb",
  "schaeffler",
  "schmidt",
  "scholarships",
  "school",
  "schule",
  "schwarz",
  "science",
  "scot",
  "sd",
  "se",
  "search",
  "seat",
  "secure",
  "security",
  "seek",
  "select",
  "sener",
  "services",
  "seven",
  "sew",
  "sex",
  "sexy",
  "sfr",
  "sg",
  "sh",
  "shangrila",
  "sharp",
  "shell",
  "shia",
  "shiksha",
  "shoes",
  "shop",
  "shopping",
  "shouji",
  "show",
  "si",
  "silk",
  "sina",
  "singles",
  "site",
  "sj",
  "sk",
  "ski",
  "skin",
  "sky",
  "skype",
  "sl",
  "sling",
  "sm",
  "smart",
  "smile",
  "sn",
  "sncf",
  "so",
  "soccer",
  "social",
  "softbank",
  "software",
  "sohu",
  "solar",
  "solutions",
  "song",
  "sony",
  "soy",
  "spa",
  "space",
  "sport",
  "spot",
  "sr",
  "srl",
  "ss",
  "st",
  "stada",
  "staples",
  "star",
  "statebank",
  "statefarm",
  "stc",
  "stcgroup",
  "stockholm",
  "storage",
  "store",
  "stream",
  "studio",
  "study",
  "style",
  "su",
  "sucks",
  "supplies",
  "supply",
  "support",
  "surf",
  "surgery",
  "suzuki",
  "sv",
  "swatch",
  "swiss",
  "sx",
  "sy",
  "sydney",
  "systems",
  "sz",
  "tab",
  "taipei",
  "talk",
  "taobao",
  "target",
  "tatamotors",
  "tatar",
  "tattoo",
  "tax",
  "taxi",
  "tc",
  "tci",
  "td",
  "tdk",
  "team",
  "tech",
  "technology",
  "tel",
  "temasek",
  "tennis",
  "teva",
  "tf",
  "tg",
  "th",
  "thd",
  "theater",
  "theatre",
  "tiaa",
  "tickets",
  "tienda",
  "tips",
  "tires",
  "tirol",
  "tj",
  "tjmaxx",
  "tjx",
  "tk",
  "tkmaxx",
  "tl",
  "tm",
  "tmall",
  "tn",
  "to",
  "today",
  "tokyo",
  "tools",
  "top",
  "toray",
  "toshiba",
  "total",
  "tours",
  "town",
  "toyota",
  "toys",
  "tr",
  "trade",
  "trading",
  "training",
  "travel",
  "travelers",
  "travelersinsurance",
  "trust",
  "trv",
  "tt",
  "tube",
  "tui",
  "tunes",
  "tushu",
  "tv",
  "tvs",
  "tw",
  "tz",
  "ua",
  "ubank",
  "ubs",
  "ug",
  "uk",
  "unicom",
  "university",
  "uno",
  "uol",
  "ups",
  "us",
  "uy",
  "uz",
  "va",
  "vacations",
  "vana",
  "vanguard",
  "vc",
  "ve",
  "vegas",
  "ventures",
  "verisign",
  "verm\xF6gensberater",
  "verm\xF6gensberatung",
  "versicherung",
  "vet",
  "vg",
  "vi",
  "viajes",
  "video",
  "vig",
  "viking",
  "villas",
  "vin",
  "vip",
  "virgin",
  "visa",
  "vision",
  "viva",
  "vivo",
  "vlaanderen",
  "vn",
  "vodka",
  "volvo",
  "vote",
  "voting",
  "voto",
  "voyage",
  "vu",
  "wales",
  "walmart",
  "walter",
  "wang",
  "wanggou",
  "watch",
  "watches",
  "weather",
  "weatherchannel",
  "webcam",
  "weber",
  "website",
  "wed",
  "wedding",
  "weibo",
  "weir",
  "wf",
  "whoswho",
  "wien",
  "wiki",
  "williamhill",
  "win",
  "windows",
  "wine",
  "winners",
  "wme",
  "wolterskluwer",
  "woodside",
  "work",
  "works",
  "world",
  "wow",
  "ws",
  "wtc",
  "wtf",
  "xbox",
  "xerox",
  "xihuan",
  "xin",
  "xxx",
  "xyz",
  "yachts",
  "yahoo",
  "yamaxun",
  "yandex",
  "ye",
  "yodobashi",
  "yoga",
  "yokohama",
  "you",
  "youtube",
  "yt",
  "yun",
  "za",
  "zappos",
  "zara",
  "zero",
  "zip",
  "zm",
  "zone",
  "zuerich",
  "zw",
  "\u03B5\u03BB",
  "\u03B5\u03C5",
  "\u0431\u0433",
  "\u0431\u0435\u043B",
  "\u0434\u0435\u0442\u0438",
  "\u0435\u044E",
  "\u043A\u0430\u0442\u043E\u043B\u0438\u043A",
  "\u043A\u043E\u043C",
  "\u043C\u043A\u0434",
  "\u043C\u043E\u043D",
  "\u043C\u043E\u0441\u043A\u0432\u0430",
  "\u043E\u043D\u043B\u0430\u0439\u043D",
  "\u043E\u0440\u0433",
  "\u0440\u0443\u0441",
  "\u0440\u0444",
  "\u0441\u0430\u0439\u0442",
  "\u0441\u0440\u0431",
  "\u0443\u043A\u0440",
  "\u049B\u0430\u0437",
  "\u0570\u0561\u0575",
  "\u05D9\u05E9\u05E8\u05D0\u05DC",
  "\u05E7\u05D5\u05DD",
  "\u0627\u0628\u0648\u0638\u0628\u064A",
  "\u0627\u0631\u0627\u0645\u0643\u0648",
  "\u0627\u0644\u0627\u0631\u062F\u0646",
  "\u0627\u0644\u0628\u062D\u0631\u064A\u0646",
  "\u0627\u0644\u062C\u0632\u0627\u0626\u0631",
  "\u0627\u0644\u0633\u0639\u0648\u062F\u064A\u0629",
  "\u0627\u0644\u0639\u0644\u064A\u0627\u0646",
  "\u0627\u0644\u0645\u063A\u0631\u0628",
  "\u0627\u0645\u0627\u0631\u0627\u062A",
  "\u0627\u06CC\u0631\u0627\u0646",
  "\u0628\u0627\u0631\u062A",
  "\u0628\u0627\u0632\u0627\u0631",
  "\u0628\u064A\u062A\u0643",
  "\u0628\u06BE\u0627\u0631\u062A",
  "\u062A\u0648\u0646\u0633",
  "\u0633\u0648\u062F\u0627\u0646",
  "\u0633\u0648\u0631\u064A\u0629",
  "\u0634\u0628\u0643\u0629",
  "\u0639\u0631\u0627\u0642",
  "\u0639\u0631\u0628",
  "\u0639\u0645\u0627\u0646",
  "\u0641\u0644\u0633\u0637\u064A\u0646",
  "\u0642\u0637\u0631",
  "\u0643\u0627\u062B\u0648\u0644\u064A\u0643",
  "\u0643\u0648\u0645",
  "\u0645\u0635\u0631",
  "\u0645\u0644\u064A\u0633\u064A\u0627",
  "\u0645\u0648\u0631\u064A\u062A\u0627\u0646\u064A\u0627",
  "\u0645\u0648\u0642\u0639",
  "\u0647\u0645\u0631\u0627\u0647",
  "\u067E\u0627\u06A9\u0633\u062A\u0627\u0646",
  "\u0680\u0627\u0631\u062A",
  "\u0915\u0949\u092E",
  "\u0928\u0947\u091F",
  "\u092D\u093E\u0930\u0924",
  "\u092D\u093E\u0930\u0924\u092E\u094D",
  "\u092D\u093E\u0930\u094B\u0924",
  "\u0938\u0902\u0917\u0920\u0928",
  "\u09AC\u09BE\u0982\u09B2\u09BE",
  "\u09AD\u09BE\u09B0\u09A4",
  "\u09AD\u09BE\u09F0\u09A4",
  "\u0A2D\u0A3E\u0A30\u0A24",
  "\u0AAD\u0ABE\u0AB0\u0AA4",
  "\u0B2D\u0B3E\u0B30\u0B24",
  "\u0B87\u0BA8\u0BCD\u0BA4\u0BBF\u0BAF\u0BBE",
  "\u0B87\u0BB2\u0B99\u0BCD\u0B95\u0BC8",
  "\u0B9A\u0BBF\u0B99\u0BCD\u0B95\u0BAA\u0BCD\u0BAA\u0BC2\u0BB0\u0BCD",
  "\u0C2D\u0C3E\u0C30\u0C24\u0C4D",
  "\u0CAD\u0CBE\u0CB0\u0CA4",
  "\u0D2D\u0D3E\u0D30\u0D24\u0D02",
  "\u0DBD\u0D82\u0D9A\u0DCF",
  "\u0E04\u0E2D\u0E21",
  "\u0E44\u0E17\u0E22",
  "\u0EA5\u0EB2\u0EA7",
  "\u10D2\u10D4",
  "\u307F\u3093\u306A",
  "\u30A2\u30DE\u30BE\u30F3",
  "\u30AF\u30E9\u30A6\u30C9",
  "\u30B0\u30FC\u30B0\u30EB",
  "\u30B3\u30E0",
  "\u30B9\u30C8\u30A2",
  "\u30BB\u30FC\u30EB",
  "\u30D5\u30A1\u30C3\u30B7\u30E7\u30F3",
  "\u30DD\u30A4\u30F3\u30C8",
  "\u4E16\u754C",
  "\u4E2D\u4FE1",
  "\u4E2D\u56FD",
  "\u4E2D\u570B",
  "\u4E2D\u6587\u7F51",
  "\u4E9A\u9A6C\u900A",
  "\u4F01\u4E1A",
  "\u4F5B\u5C71",
  "\u4FE1\u606F",
  "\u5065\u5EB7",
  "\u516B\u5366",
  "\u516C\u53F8",
  "\u516C\u76CA",
  "\u53F0\u6E7E",
  "\u53F0\u7063",
  "\u5546\u57CE",
  "\u5546\u5E97",
  "\u5546\u6807",
  "\u5609\u91CC",
  "\u5609\u91CC\u5927\u9152\u5E97",
  "\u5728\u7EBF",
  "\u5927\u62FF",
  "\u5929\u4E3B\u6559",
  "\u5A31\u4E50",
  "\u5BB6\u96FB",
  "\u5E7F\u4E1C",
  "\u5FAE\u535A",
  "\u6148\u5584",
  "\u6211\u7231\u4F60",
  "\u624B\u673A",
  "\u62DB\u8058",
  "\u653F\u52A1",
  "\u653F\u5E9C",
  "\u65B0\u52A0\u5761",
  "\u65B0\u95FB",
  "\u65F6\u5C1A",
  "\u66F8\u7C4D",
  "\u673A\u6784",
  "\u6DE1\u9A6C\u9521",
  "\u6E38\u620F",
  "\u6FB3\u9580",
  "\u70B9\u770B",
  "\u79FB\u52A8",
  "\u7EC4\u7EC7\u673A\u6784",
  "\u7F51\u5740",
  "\u7F51\u5E97",
  "\u7F51\u7AD9",
  "\u7F51\u7EDC",
  "\u8054\u901A",
  "\u8C37\u6B4C",
  "\u8D2D\u7269",
  "\u901A\u8CA9",
  "\u96C6\u56E2",
  "\u96FB\u8A0A\u76C8\u79D1",
  "\u98DE\u5229\u6D66",
  "\u98DF\u54C1",
  "\u9910\u5385",
  "\u9999\u683C\u91CC\u62C9",
  "\u9999\u6E2F",
  "\uB2F7\uB137",
  "\uB2F7\uCEF4",
  "\uC0BC\uC131",
  "\uD55C\uAD6D"
];

// src/core/detect/pii/email.ts
var TOP_LEVEL = new Set(tlds_default);
var EMAIL = new RegExp("(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]{1,64}@(?:[\\p{L}\\p{N}-]{1,63}\\.){1,8}\\p{L}{2,24}(?![\\p{L}\\p{N}-])", "gu");
var DOC_DOMAIN = /(?:^|\.)(?:example\.(?:com|org|net)|example|test|invalid|localhost|(?:contoso|fabrikam|northwindtraders|adventure-works|wingtiptoys|tailspintoys|litwareinc|proseware|woodgrovebank|wideworldimporters|fourthcoffee|treyresearch)\.(?:com|net|org)|(?:your-?domain|my-?domain|your-?company|my-?company)\.[a-z]{2,6})$/i;
var ROLE_LOCAL = /^(?:no-?reply|do-?not-?reply|mailer-daemon|postmaster|git)$/i;
var PLACEHOLDER_LOCAL = /^(?:user(?:[._-]?name)?|your[._-]?(?:e-?mail|name|user(?:name)?|address)|e-?mail|name|someone|somebody|test(?:[._-]?user)?|dummy|fake|sample|example|first(?:[._-]?name)?[._-]?last(?:[._-]?name)?)$/i;
var FUNCTIONAL_LOCAL = /^(?:info|support|help|helpdesk|privacy|dpo|gdpr|contact|sales|hello|team|office|billing|security|legal|press|media|careers|jobs|hr|admin|abuse|feedback|service|customerservice|compliance)$/i;
var FILE_TLD = /\.(?:png|jpe?g|gif|svg|webp|ico|bmp|js|mjs|cjs|ts|tsx|css|json|ya?ml|txt|html?|pdf|zip|gz)$/i;
function findEmails(text) {
  const out = [];
  if (!text.includes("@")) return out;
  for (const m of matchesOf(EMAIL, text)) {
    const email = m[0];
    const at = email.lastIndexOf("@");
    const local = email.slice(0, at);
    const domain = email.slice(at + 1);
    if (DOC_DOMAIN.test(domain) || ROLE_LOCAL.test(local) || PLACEHOLDER_LOCAL.test(local) || FILE_TLD.test(domain)) continue;
    if (!TOP_LEVEL.has(domain.slice(domain.lastIndexOf(".") + 1).toLowerCase())) continue;
    if (local.startsWith(".") || local.endsWith(".") || inUrlUserinfo(text, m.index)) continue;
    const rule = FUNCTIONAL_LOCAL.test(local) ? "pii.functional-email" : "pii.email";
    out.push({ rule, kind: "email", start: m.index, end: m.index + email.length, redacted: maskEmail(email) });
  }
  return out;
}
function inUrlUserinfo(text, start) {
  const before = text.slice(Math.max(0, start - 300), start);
  const token = before.slice(Math.max(before.lastIndexOf(" "), before.lastIndexOf("\n"), before.lastIndexOf('"')) + 1);
  return token.includes("://") && !token.slice(token.indexOf("://") + 3).includes("/");
}

// src/core/detect/pii/hashed-id.ts
var MIN_RUN = 32;
var HASH_LOWER = /^(?:[0-9a-f]{32}|[0-9a-f]{40}|[0-9a-f]{64})$/;
var HASH_UPPER = /^(?:[0-9A-F]{32}|[0-9A-F]{40}|[0-9A-F]{64})$/;
var CALL_OR_TAG = /(?:(?:md5|sha1|sha256|sha-256|hash)\(\s*["']?|(?<!@)(?:md5|sha1|sha256|sha-256):)$/i;
var LABEL = /([A-Za-z][A-Za-z0-9_. -]{0,40})["']?\s*(?:[:=]|=>|\bis\b)\s*["']?$/;
var CONTENT = /commit|digest|checksum|integrity|etag|revision|\brev\b|tree|blob|file|content|image|layer|manifest|build|object|parent|sha\b|git|cache|nonce|salt/i;
var IDENTITY = /user|customer|client|e-?mail|mail|uid|\bid\b|_id|id$|member|account|person|patient|subscriber|visitor|device|phone|login|owner|contact|hash|pseudonym|identifier/i;
var WINDOW2 = 60;
var ALGORITHM = { 32: "md5", 40: "sha1", 64: "sha256" };
var isAlnum2 = (c) => c >= 48 && c <= 57 || c >= 65 && c <= 90 || c >= 97 && c <= 122;
function* longAlnumRuns(text) {
  let i = MIN_RUN - 1;
  while (i < text.length) {
    if (!isAlnum2(text.charCodeAt(i))) {
      i += MIN_RUN;
      continue;
    }
    let start = i;
    while (start > 0 && isAlnum2(text.charCodeAt(start - 1))) start--;
    let end = i + 1;
    while (end < text.length && isAlnum2(text.charCodeAt(end))) end++;
    if (end - start >= MIN_RUN) yield { index: start, run: text.slice(start, end) };
    i = end + MIN_RUN;
  }
}
function findHashedIdentifiers(text) {
  const out = [];
  for (const m of longAlnumRuns(text)) {
    if (!HASH_LOWER.test(m.run) && !HASH_UPPER.test(m.run)) continue;
    const before = text.slice(Math.max(0, m.index - WINDOW2), m.index);
    const line = before.slice(before.lastIndexOf("\n") + 1);
    if (!identityContext(line)) continue;
    const algorithm = ALGORITHM[m.run.length] ?? "hash";
    out.push({
      rule: "pii.hashed-identifier",
      kind: "hashed-identifier",
      start: m.index,
      end: m.index + m.run.length,
      redacted: `${algorithm}:${maskSecret("hashed-identifier", m.run.slice(0, 4))}`
    });
  }
  return out;
}
function identityContext(lineBefore) {
  const label2 = LABEL.exec(lineBefore.replace(/(?:md5|sha1|sha256|sha-256):$/i, ""))?.[1];
  if (label2 && CONTENT.test(label2)) return false;
  return CALL_OR_TAG.test(lineBefore) || label2 !== void 0 && IDENTITY.test(label2);
}

// src/core/detect/pii/iban.ts
var LENGTHS = Object.fromEntries(
  "AD24 AE23 AL28 AT20 AZ28 BA20 BE16 BG22 BH22 BI27 BR29 BY28 CH21 CR22 CY28 CZ24 DE22 DJ27 DK18 DO28 EE20 EG29 ES24 FI18 FK18 FO18 FR27 GB22 GE22 GI23 GL18 GR27 GT28 HN28 HR21 HU28 IE22 IL23 IQ23 IS26 IT27 JO30 KW30 KZ20 LB28 LC32 LI21 LT20 LU20 LV21 LY25 MC27 MD24 ME22 MK19 MN20 MR27 MT31 MU30 NI28 NL18 NO15 OM23 PK24 PL28 PS29 PT25 QA29 RO24 RS22 RU33 SA24 SC31 SD18 SE24 SI19 SK24 SM27 SO23 ST25 SV28 TL23 TN24 TR26 UA29 VA22 VG24 XK20 YE30 AO25 BF28 BJ28 CF27 CG27 CI28 CM27 CV25 DZ26 GA27 GQ27 GW25 IR26 KM27 MA28 MG27 ML28 MZ25 NE28 SN28 TD27 TG28".split(" ").map((e) => [e.slice(0, 2), Number(e.slice(2))])
);
var ANCHOR = /(?<![A-Za-z0-9])[A-Za-z]{2}[0-9]{2}/g;
var ALNUM = /[A-Za-z0-9]/;
function findIbans(text) {
  const out = [];
  for (const m of matchesOf(ANCHOR, text)) {
    const length = LENGTHS[m[0].slice(0, 2).toUpperCase()];
    if (!length) continue;
    const scanned = scan(text, m.index, length);
    if (!scanned || !ibanMod97Valid(scanned.compact) || documentationIban(text, m.index, scanned)) continue;
    out.push({ rule: "pii.iban", kind: "iban", start: m.index, end: scanned.end, redacted: maskIban(scanned.compact) });
  }
  return out;
}
var NAMED_SAMPLE = /(?:\b(?:sample|example|test|dummy|demo|placeholder|fictional|fictitious|fake|documentation|beispiel|muster)[ \t-]+iban|\biban[ \t]+(?:d'exemple|de ejemplo|di esempio|de exemplo|fictif|ficticio))\b[^\n]{0,40}$/i;
var TYPED_RUN = /012345|123456|234567|345678|456789|987654|876543|765432|654321|543210/;
var DOCUMENTATION_WORD = /\b(?:sample|example|documentation|docs|dummy|placeholder|fictional|fake|test)\b/i;
function documentationIban(text, start, scanned) {
  const before = text.slice(Math.max(0, start - 80), start);
  if (NAMED_SAMPLE.test(before)) return true;
  if (!TYPED_RUN.test(scanned.compact.slice(4))) return false;
  const after = text.slice(scanned.end, scanned.end + 60);
  const line = before.slice(before.lastIndexOf("\n") + 1) + " " + after.slice(0, after.indexOf("\n") + 1 || void 0);
  return DOCUMENTATION_WORD.test(line);
}
function scan(text, start, length) {
  let compact2 = "";
  let i = start;
  while (compact2.length < length && i < text.length) {
    const ch = text[i] ?? "";
    if (ALNUM.test(ch)) compact2 += ch;
    else if (!(ch === " " && ALNUM.test(text[i + 1] ?? "") && compact2.length > 0)) break;
    i++;
  }
  if (compact2.length !== length || /[A-Za-z0-9]/.test(text[i] ?? "")) return void 0;
  return { compact: compact2.toUpperCase(), end: i };
}

// src/core/detect/pii/id-checksums.ts
var digitsOf = (s) => [...s].map((c) => c.charCodeAt(0) - 48);
var weighted = (digits, weights) => digits.reduce((sum, d, i) => sum + d * (weights[i] ?? 0), 0);
function spanishIdValid(id) {
  const numeric = id.replace(/^X/, "0").replace(/^Y/, "1").replace(/^Z/, "2");
  return "TRWAGMYFPDXBNJZSQVHLCKE"[Number(numeric.slice(0, 8)) % 23] === id.slice(-1);
}
var CF_ODD = Object.fromEntries(
  [..."0123456789"].map((c, i) => [c, [1, 0, 5, 7, 9, 13, 15, 17, 19, 21][i] ?? 0]).concat(
    [..."ABCDEFGHIJKLMNOPQRSTUVWXYZ"].map((c, i) => [
      c,
      [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23][i] ?? 0
    ])
  )
);
function codiceFiscaleValid(cf) {
  let sum = 0;
  for (let i = 0; i < 15; i++) {
    const c = cf[i] ?? "";
    sum += i % 2 === 0 ? CF_ODD[c] ?? 0 : /[0-9]/.test(c) ? Number(c) : c.charCodeAt(0) - 65;
  }
  return String.fromCharCode(65 + sum % 26) === cf[15];
}
function singaporeIdValid(id) {
  const prefix = id[0] ?? "";
  const sum = weighted(digitsOf(id.slice(1, 8)), [2, 7, 6, 5, 4, 3, 2]) + ("TG".includes(prefix) ? 4 : prefix === "M" ? 3 : 0);
  const letters = "ST".includes(prefix) ? "JZIHGFEDCBA" : "FG".includes(prefix) ? "XWUTRQPNMLK" : "KLJNPQRTUWX";
  const index = prefix === "M" ? 10 - sum % 11 : sum % 11;
  return letters[index] === id[8];
}
function validDate(year, month, day) {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}
function chineseIdValid(id) {
  if (!validDate(Number(id.slice(6, 10)), Number(id.slice(10, 12)), Number(id.slice(12, 14)))) return false;
  const sum = weighted(digitsOf(id.slice(0, 17)), [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]);
  return "10X98765432"[sum % 11] === id[17];
}
function cpfValid(cpf) {
  if (/^(\d)\1{10}$/.test(cpf)) return false;
  const d = digitsOf(cpf);
  const check = (n) => weighted(
    d.slice(0, n),
    Array.from({ length: n }, (_, i) => n + 1 - i)
  ) * 10 % 11 % 10;
  return check(9) === d[9] && check(10) === d[10];
}
function nhsValid(nhs) {
  const d = digitsOf(nhs);
  const check = 11 - weighted(d.slice(0, 9), [10, 9, 8, 7, 6, 5, 4, 3, 2]) % 11;
  return check !== 10 && (check === 11 ? 0 : check) === d[9];
}
function finnishIdValid(id) {
  if (!validDate(2e3 + Number(id.slice(4, 6)), Number(id.slice(2, 4)), Number(id.slice(0, 2)))) return false;
  const rest = id.length === 11 ? id.slice(7) : id.slice(6);
  return rest.length === 4 && "0123456789ABCDEFHJKLMNPRSTUVWXY"[Number(id.slice(0, 6) + rest.slice(0, 3)) % 31] === rest[3];
}
function peselValid(pesel) {
  const d = digitsOf(pesel);
  return (10 - weighted(d.slice(0, 10), [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]) % 10) % 10 === d[10];
}
function tfnValid(tfn) {
  return tfn.length === 9 && weighted(digitsOf(tfn), [1, 4, 3, 7, 5, 8, 6, 9, 10]) % 11 === 0;
}
function portugueseNifValid(nif) {
  if (!/^[1235689][0-9]{8}$/.test(nif)) return false;
  const d = digitsOf(nif);
  const rest = weighted(d.slice(0, 8), [9, 8, 7, 6, 5, 4, 3, 2]) % 11;
  return (rest < 2 ? 0 : 11 - rest) === d[8];
}
function bsnValid(bsn) {
  const sum = weighted(digitsOf(bsn), [9, 8, 7, 6, 5, 4, 3, 2, -1]);
  return sum % 11 === 0 && sum > 0;
}
function koreanRrnValid(rrn) {
  const d = digitsOf(rrn);
  if (!validDate(2e3 + Number(rrn.slice(0, 2)), Number(rrn.slice(2, 4)), Number(rrn.slice(4, 6)))) return false;
  return (11 - weighted(d.slice(0, 12), [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]) % 11) % 10 === d[12];
}
function mrzCheckDigit(field) {
  let sum = 0;
  for (let i = 0; i < field.length; i++) {
    const c = field.charCodeAt(i);
    const value = c >= 48 && c <= 57 ? c - 48 : c >= 65 && c <= 90 ? c - 55 : 0;
    sum += value * ([7, 3, 1][i % 3] ?? 0);
  }
  return sum % 10;
}
function taiwanIdValid(id) {
  const area = "ABCDEFGHJKLMNPQRSTUVXYWZIO".indexOf(id[0] ?? "") + 10;
  if (area < 10) return false;
  const digits = [Math.floor(area / 10), area % 10, ...digitsOf(id.slice(1))];
  return weighted(digits, [1, 9, 8, 7, 6, 5, 4, 3, 2, 1, 1]) % 10 === 0;
}
function norwegianIdValid(id) {
  const d = digitsOf(id);
  const day = Number(id.slice(0, 2)) % 40;
  const month = Number(id.slice(2, 4));
  if (day < 1 || day > 31 || month < 1 || month > 12) return false;
  const check = (weights, n) => {
    const k = 11 - weighted(d.slice(0, n), weights) % 11;
    return (k === 11 ? 0 : k) === d[n];
  };
  return check([3, 7, 6, 1, 8, 9, 4, 5, 2], 9) && check([5, 4, 3, 2, 7, 6, 5, 4, 3, 2], 10);
}
function hongKongIdValid(id) {
  const body = id.length === 8 ? ` ${id.slice(0, 7)}` : id.slice(0, 8);
  const value = (c) => c === " " ? 36 : /[A-Z]/.test(c) ? c.charCodeAt(0) - 55 : c.charCodeAt(0) - 48;
  const sum = [...body].reduce((s, c, i) => s + value(c) * (9 - i), 0);
  const check = (11 - sum % 11) % 11;
  return (check === 10 ? "A" : String(check)) === id.slice(-1);
}
function chileanRutValid(rut) {
  const body = rut.slice(0, -1);
  let sum = 0;
  for (let i = 0; i < body.length; i++) sum += (body.charCodeAt(body.length - 1 - i) - 48) * (2 + i % 6);
  const check = 11 - sum % 11;
  return (check === 11 ? "0" : check === 10 ? "K" : String(check)) === rut.slice(-1);
}
function belgianNationalNumberValid(id) {
  const month = Number(id.slice(2, 4)) % 20;
  if (month > 12 || Number(id.slice(4, 6)) > 31) return false;
  const check = Number(id.slice(9, 11));
  return 97 - Number(id.slice(0, 9)) % 97 === check || 97 - Number(`2${id.slice(0, 9)}`) % 97 === check;
}
function ean13Valid(digits) {
  if (digits.length !== 13) return false;
  const sum = weighted(digitsOf(digits.slice(0, 12)), [1, 3, 1, 3, 1, 3, 1, 3, 1, 3, 1, 3]);
  return (10 - sum % 10) % 10 === digits.charCodeAt(12) - 48;
}
function danishCprDateValid(cpr) {
  return validDate(2e3 + Number(cpr.slice(4, 6)), Number(cpr.slice(2, 4)), Number(cpr.slice(0, 2)));
}
function irishPpsValid(pps) {
  const second = pps[8];
  const sum = weighted(digitsOf(pps.slice(0, 7)), [8, 7, 6, 5, 4, 3, 2]) + (second && second !== "W" ? 9 * (second.charCodeAt(0) - 64) : 0);
  return "WABCDEFGHIJKLMNOPQRSTUV"[sum % 23] === pps[7];
}

// src/core/detect/keyword-index.ts
var ALPHABET = 128;
var KeywordIndex = class {
  keywords;
  /** Character class of each ASCII code: 0 for a character no keyword contains, else its
   * (lower-case) letter's column. A row has one column per class, so the table stays small
   * enough for the cache however many ASCII characters the text uses. */
  #classOf;
  /** Transitions by row offset (state × columns): the scan adds a class, with no multiply. */
  #delta;
  #columns;
  /** Keyword ids that end in each state (its own and those reached by failure links). */
  #outputs;
  /** `keywords` must be lower-case ASCII (any printable ASCII with `exactCase`, which finds
   * them in their own case only). Built in typed arrays only: every detector module builds
   * its index at load, which a CLI run or an Action pays before the first file. */
  constructor(keywords, options = {}) {
    this.keywords = keywords;
    const exactCase = options.exactCase === true;
    for (const keyword of keywords)
      if (!/^[\x20-\x7e]+$/.test(keyword) || !exactCase && keyword !== keyword.toLowerCase())
        throw new Error(`keyword index: "${keyword}" is not ${exactCase ? "" : "lower-case "}ASCII`);
    const classOf = new Uint8Array(ALPHABET);
    let columns = 1;
    for (const keyword of keywords)
      for (let i = 0; i < keyword.length; i++)
        if (classOf[keyword.charCodeAt(i)] === 0) classOf[keyword.charCodeAt(i)] = columns++;
    if (!exactCase) for (let c = 65; c <= 90; c++) classOf[c] = classOf[c + 32];
    const maxStates = keywords.reduce((n, k) => n + k.length, 1);
    const delta = new Int32Array(maxStates * columns);
    const own = [];
    let states = 1;
    keywords.forEach((keyword, id) => {
      let state = 0;
      for (let i = 0; i < keyword.length; i++) {
        const cell = state * columns + classOf[keyword.charCodeAt(i)];
        if (delta[cell] === 0) delta[cell] = states++;
        state = delta[cell];
      }
      ;
      (own[state] ??= []).push(id);
    });
    const outputs = new Array(states);
    const fail = new Int32Array(states);
    const queue = new Int32Array(states);
    let tail = 1;
    for (let head = 0; head < tail; head++) {
      const state = queue[head];
      const mine = own[state] ?? [];
      const inherited = state === 0 ? [] : outputs[fail[state]] ?? [];
      outputs[state] = mine.length + inherited.length > 0 ? [...mine, ...inherited] : void 0;
      const row = state * columns;
      const failRow = fail[state] * columns;
      for (let column = 1; column < columns; column++) {
        const to = delta[row + column];
        const viaFail = state === 0 ? 0 : delta[failRow + column];
        if (to === 0) {
          delta[row + column] = viaFail;
        } else {
          fail[to] = viaFail;
          queue[tail++] = to;
        }
      }
    }
    const table = new Int32Array(states * columns);
    for (let i = 0; i < table.length; i++) {
      const to = delta[i];
      table[i] = outputs[to] !== void 0 ? -to * columns : to * columns;
    }
    this.#classOf = classOf;
    this.#delta = table;
    this.#columns = columns;
    this.#outputs = outputs;
  }
  /** Start offsets of every occurrence, per keyword id (undefined when it does not occur). */
  occurrences(text) {
    const found2 = new Array(this.keywords.length);
    const classOf = this.#classOf;
    const delta = this.#delta;
    let row = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      row = code < ALPHABET ? delta[row + classOf[code]] : 0;
      if (row >= 0) continue;
      row = -row;
      this.#record(found2, row / this.#columns, i);
    }
    return found2;
  }
  /**
   * Sets `present[id]` to 1 for each keyword that occurs in `text` (a keyword that occurs
   * twice is set twice), without recording where: for a screen that only asks which occur.
   */
  markPresent(text, present) {
    const classOf = this.#classOf;
    const delta = this.#delta;
    let row = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      row = code < ALPHABET ? delta[row + classOf[code]] : 0;
      if (row >= 0) continue;
      row = -row;
      for (const id of this.#outputs[row / this.#columns] ?? []) present[id] = 1;
    }
  }
  /**
   * Whether any keyword occurs in `text`, stopping at the first; undefined when a non-ASCII
   * character comes first (the index folds ASCII case only: the caller decides such text).
   */
  occursIn(text) {
    const classOf = this.#classOf;
    const delta = this.#delta;
    let row = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code >= ALPHABET) return void 0;
      row = delta[row + classOf[code]];
      if (row < 0) return true;
    }
    return false;
  }
  #record(found2, state, end) {
    for (const id of this.#outputs[state] ?? []) {
      const start = end + 1 - this.keywords[id].length;
      const list = found2[id];
      if (list === void 0) found2[id] = [start];
      else list.push(start);
    }
  }
};

// src/core/detect/pii/labels.ts
var PASSPORT_LABELS = [
  "passport",
  "passeport",
  "pasaporte",
  "passaporto",
  "reisepass",
  "paspoort",
  "pass-nr",
  "passnummer"
];
var ID_LABELS = [
  "national id",
  "id card",
  "identity card",
  "identity number",
  "id number",
  "personal id",
  "citizen id",
  "cnic",
  "hkid",
  "cedula",
  // Personal identity numbers by their own names (round 29). Each names only a person's
  // number, so any value with five digits or more after it counts (labelled-id.ts).
  // Keywords are ASCII: a name spelt with a letter outside it is found by an ASCII part
  // (`tunnus` of henkilötunnus, `dselsnummer` of fødselsnummer) whose start labelled-id.ts checks.
  "personnummer",
  "personnr",
  "samordningsnummer",
  "tunnus",
  "hetu",
  "dselsnummer",
  "kennitala",
  "cpr-nr",
  "cpr-nummer",
  "zehut",
  "kimlik",
  "tckn",
  "steuer-id",
  "steuerid",
  "steuer id",
  "steueridentifikationsnummer",
  "sozialversicherungsnummer",
  "ausweisnummer",
  "rijksregisternummer",
  "rijksregister",
  "registre national",
  "ppsn",
  "pps number",
  "dni",
  "curp",
  "cuil",
  "nric",
  "codice fiscale",
  "resident registration",
  "mykad",
  "bvn",
  "cnp"
];
var ID_CONTEXT_LABELS = [
  "cpf",
  "nhs",
  "national health service",
  "pesel",
  "sin",
  "social insurance",
  "tfn",
  "tax file",
  "bsn",
  "burgerservicenummer",
  "sofi",
  "pan",
  "permanent account",
  "nif",
  "contribuinte",
  "cpr",
  "rut",
  "pps"
];
var ALL = [.../* @__PURE__ */ new Set([...PASSPORT_LABELS, ...ID_LABELS, ...ID_CONTEXT_LABELS])];
var INDEX = new KeywordIndex(ALL);
function findLabels(text) {
  const occurrences = INDEX.occurrences(text);
  return { at: (label2) => occurrences[ALL.indexOf(label2)] ?? [] };
}

// src/core/detect/pii/intl-ids.ts
var LABEL_WINDOW2 = 40;
var LABEL2 = /\b(cpf|nhs|national health service|pesel|sin|social insurance|tfn|tax file|bsn|burgerservicenummer|sofi|pan|permanent account|nif|contribuinte|cpr|rut|pps)["']?[ \t]{0,3}(?:no\.?|nr\.?|number|num|#)?[ \t]{0,3}[:=#|]?[ \t]{0,3}["']?$/i;
var label = (...words) => words;
var ID_PATTERNS = [
  { kind: "es-dni", token: /^[0-9]{8}-?[A-Z]$/, valid: spanishIdValid },
  { kind: "es-nie", token: /^[XYZ]-?[0-9]{7}-?[A-Z]$/, valid: spanishIdValid },
  {
    kind: "it-fiscal-code",
    token: /^[A-Z]{6}[0-9LMNPQRSTUV]{2}[ABCDEHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]$/,
    valid: codiceFiscaleValid
  },
  { kind: "sg-nric", token: /^[STFGM][0-9]{7}[A-Z]$/, valid: singaporeIdValid },
  { kind: "cn-resident-id", token: /^[1-9][0-9]{16}[0-9X]$/, valid: chineseIdValid },
  { kind: "br-cpf", token: /^[0-9]{3}\.[0-9]{3}\.[0-9]{3}-[0-9]{2}$/, valid: cpfValid },
  { kind: "fi-hetu", token: /^[0-9]{6}[-+A-FU-Y][0-9]{3}[0-9A-Y]$/, valid: finnishIdValid },
  { kind: "tw-national-id", token: /^[A-Z][12][0-9]{8}$/, valid: taiwanIdValid },
  // A date and two check digits: about one random eleven-digit number in three thousand passes.
  { kind: "no-national-id", token: /^[0-7][0-9][01][0-9]{8}$/, valid: norwegianIdValid },
  { kind: "kr-rrn", token: /^[0-9]{6}-[1-4][0-9]{6}$/, valid: koreanRrnValid },
  // Round 29: Chile's RUT/RUN (`18.631.237-6`, mod-11 check character), Belgium's national
  // number (`76.03.18-005.05`, birth date and mod-97), Switzerland's AHV number (`756.…`, EAN-13),
  // written with their dots.
  { kind: "cl-rut", token: /^[0-9]{1,2}\.[0-9]{3}\.[0-9]{3}-[0-9Kk]$/, valid: chileanRutValid },
  { kind: "be-national-number", token: /^[0-9]{2}\.[0-9]{2}\.[0-9]{2}-[0-9]{3}\.[0-9]{2}$/, valid: belgianNationalNumberValid },
  { kind: "ch-ahv", token: /^756\.[0-9]{4}\.[0-9]{4}\.[0-9]{2}$/, valid: ean13Valid },
  { kind: "us-itin", token: /^9[0-9]{2}-(?:5[0-9]|6[0-5]|7[0-9]|8[0-8]|9[0-24-9])-[0-9]{4}$/, valid: () => true },
  { kind: "br-cpf", regex: /(?<![0-9])[0-9]{11}(?![0-9])/g, valid: cpfValid, label: label("cpf") },
  {
    kind: "uk-nhs",
    regex: /(?<![0-9])[0-9]{3}[ -]?[0-9]{3}[ -]?[0-9]{4}(?![0-9])/g,
    valid: nhsValid,
    label: label("nhs", "national health service")
  },
  { kind: "pl-pesel", regex: /(?<![0-9])[0-9]{11}(?![0-9])/g, valid: peselValid, label: label("pesel") },
  {
    kind: "ca-sin",
    regex: /(?<![0-9])[0-9]{3}[ -]?[0-9]{3}[ -]?[0-9]{3}(?![0-9])/g,
    valid: luhnValid,
    label: label("sin", "social insurance")
  },
  {
    kind: "au-tfn",
    regex: /(?<![0-9])[0-9]{3}[ -]?[0-9]{3}[ -]?[0-9]{3}(?![0-9])/g,
    valid: tfnValid,
    label: label("tfn", "tax file")
  },
  {
    kind: "pt-nif",
    regex: /(?<![0-9])[0-9]{9}(?![0-9])/g,
    valid: portugueseNifValid,
    label: label("nif", "contribuinte")
  },
  { kind: "nl-bsn", regex: /(?<![0-9])[0-9]{9}(?![0-9])/g, valid: bsnValid, label: label("bsn", "burgerservicenummer", "sofi") },
  // Round 29: the same numbers without their dots, and others whose digits alone are too
  // common, after their short labels: RUT, Denmark's CPR (a birth date and four digits; its
  // check digit was given up in 2007), Ireland's PPS number (mod-23 check letter).
  {
    kind: "cl-rut",
    regex: /(?<![0-9.])[0-9]{1,2}\.?[0-9]{3}\.?[0-9]{3}-?[0-9Kk](?![0-9A-Za-z])/g,
    valid: chileanRutValid,
    label: label("rut")
  },
  { kind: "dk-cpr", regex: /(?<![0-9])[0-9]{6}-?[0-9]{4}(?![0-9])/g, valid: danishCprDateValid, label: label("cpr") },
  { kind: "ie-pps", regex: /(?<![A-Za-z0-9])[0-9]{7}[A-W][A-IW]?(?![A-Za-z0-9])/g, valid: irishPpsValid, label: label("pps") },
  {
    kind: "in-pan",
    regex: /(?<![A-Za-z0-9])[A-Z]{3}[ABCFGHLJPT][A-Z][0-9]{4}[A-Z](?![A-Za-z0-9])/g,
    valid: () => true,
    label: label("pan", "permanent account")
  }
];
var compact = (value) => value.toUpperCase().replace(/[^0-9A-Z]/g, "");
var TOKEN_PATTERNS = ID_PATTERNS.filter((p) => p.token);
var LABELLED_PATTERNS = ID_PATTERNS.filter((p) => p.regex);
function findInternationalIds(text, labels = findLabels(text)) {
  const out = [];
  const found2 = (kind, start, raw) => out.push({ rule: "pii.national-id", kind, start, end: start + raw.length, redacted: maskAlnum(raw, 2) });
  for (const t of idTokens(text)) {
    const pattern = TOKEN_PATTERNS.find((p) => p.token?.test(t.value) && p.valid(compact(t.value)));
    if (pattern) found2(pattern.kind, t.start, t.value);
  }
  for (const hk of hongKongIds(text)) found2("hk-identity-card", hk.start, hk.value);
  for (const pattern of LABELLED_PATTERNS) {
    const seen = /* @__PURE__ */ new Set();
    for (const word of pattern.label ?? []) {
      for (const at of labels.at(word)) {
        const window = text.slice(at, at + LABEL_WINDOW2 + 20);
        for (const m of matchesOf(pattern.regex ?? /$^/g, window)) {
          const start = at + m.index;
          if (seen.has(start) || !pattern.valid(compact(m[0]))) continue;
          if (!pattern.label?.includes(labelBefore(text, start) ?? "")) continue;
          seen.add(start);
          found2(pattern.kind, start, m[0]);
        }
      }
    }
  }
  return out;
}
var MAX_TOKEN = 20;
var DIGIT_RUN = /[0-9]{2,}/g;
var isTokenChar = (c) => c >= 48 && c <= 57 || c >= 65 && c <= 90 || c >= 97 && c <= 122 || c === 45 || c === 46 || c === 43;
function* idTokens(text) {
  let covered = 0;
  for (const m of matchesOf(DIGIT_RUN, text)) {
    if (m.index < covered) continue;
    let start = m.index;
    while (start > 0 && m.index - start <= MAX_TOKEN && isTokenChar(text.charCodeAt(start - 1))) start--;
    let end = m.index + m[0].length;
    while (end < text.length && end - start <= MAX_TOKEN && isTokenChar(text.charCodeAt(end))) end++;
    covered = end;
    if (isTokenChar(text.charCodeAt(start - 1)) || isTokenChar(text.charCodeAt(end))) continue;
    while (start < end && "-.+".includes(text[start] ?? "")) start++;
    while (end > start && "-.+".includes(text[end - 1] ?? "")) end--;
    if (end - start < 9 || end - start > MAX_TOKEN) continue;
    const value = text.slice(start, end);
    if ((value.match(/[0-9]/g)?.length ?? 0) >= 6) yield { start, value };
  }
}
var HK_ID = /^[A-Za-z]{1,2}[0-9]{6}$/;
function* hongKongIds(text) {
  for (const open of ["(", "["]) {
    for (let at = text.indexOf(open); at !== -1; at = text.indexOf(open, at + 1)) {
      const close = text[at + 2];
      if (close !== (open === "(" ? ")" : "]") || !/[0-9Aa]/.test(text[at + 1] ?? "")) continue;
      const letters = /[A-Za-z]/.test(text[at - 8] ?? "") ? 2 : 1;
      const start = at - 6 - letters;
      const head = text.slice(Math.max(0, start), at);
      if (start < 0 || !HK_ID.test(head) || /[A-Za-z0-9]/.test(text[start - 1] ?? "")) continue;
      const compact2 = `${head}${text[at + 1] ?? ""}`.toUpperCase();
      if (hongKongIdValid(compact2)) yield { start, value: text.slice(start, at + 3) };
    }
  }
}
function labelBefore(text, at) {
  return LABEL2.exec(text.slice(Math.max(0, at - LABEL_WINDOW2), at))?.[1]?.toLowerCase();
}

// src/core/detect/pii/labelled-id.ts
var TAIL = /\.?["']?[ \t_-]{0,3}(?:no\.?|nr\.?|number|nummer|numero|número|numarası|num|#)?[ \t]{0,3}(?:is[ \t]{1,3})?[:=#|]?[ \t]{0,3}["']?([A-Za-z0-9](?:[A-Za-z0-9()[\]/.-]|(?<=[0-9]) (?=[0-9])){4,24})(?![A-Za-z0-9])/iy;
var WORD_START = {
  tunnus: /henkil[oö]$/i,
  // henkilötunnus (Finnish)
  dselsnummer: /f(?:ø|o|oe)$/i
  // fødselsnummer (Norwegian, Danish)
};
function findLabelledIds(text, labels = findLabels(text)) {
  const out = [];
  for (const label2 of ID_LABELS) {
    const head = WORD_START[label2];
    for (const found2 of labels.at(label2)) {
      let at = found2;
      if (head) {
        const m2 = head.exec(text.slice(Math.max(0, found2 - 8), found2));
        if (!m2) continue;
        at = found2 - m2[0].length;
      }
      if (/[a-z0-9]/i.test(text[at - 1] ?? " ") || /[a-z]/i.test(text[found2 + label2.length] ?? " ")) continue;
      TAIL.lastIndex = found2 + label2.length;
      const m = TAIL.exec(text);
      const value = trimTrailing(m?.[1] ?? "");
      if (!m || !value || (value.match(/[0-9]/g)?.length ?? 0) < 5) continue;
      const start = TAIL.lastIndex - (m[1]?.length ?? 0);
      out.push({ rule: "pii.national-id", kind: "labelled-id", start, end: start + value.length, redacted: maskAlnum(value, 2) });
    }
  }
  return out;
}
function trimTrailing(value) {
  let end = value.length;
  for (; ; ) {
    const last = value[end - 1];
    if (last === "-" || last === "/" || last === ".") end--;
    else if (last === ")" && !value.slice(0, end).includes("(") || last === "]" && !value.slice(0, end).includes("[")) end--;
    else return value.slice(0, end);
  }
}

// src/core/detect/pii/national-id.ts
var SSN = /(?<![0-9.-])([0-9]{3})([- .]?)([0-9]{2})\2([0-9]{4})(?![0-9.-])/g;
var SSN_LABEL = /(?:ssn|social security(?: number| no\.?)?|soc\. ?sec\.?)\s*(?:#|no\.?|number)?\s*[:=]?\s*["']?$/i;
var NINO = /(?<![A-Za-z0-9])([A-CEGHJ-PR-TW-Z])([A-CEGHJ-NPR-TW-Z]) ?([0-9]{2}) ?([0-9]{2}) ?([0-9]{2}) ?([A-D])(?![A-Za-z0-9])/gi;
var NINO_BANNED = /* @__PURE__ */ new Set(["BG", "GB", "KN", "NK", "NT", "TN", "ZZ"]);
var AADHAAR = /(?<![0-9][ -]?)([2-9][0-9]{3})([ -]?)([0-9]{4})\2([0-9]{4})(?![ -]?[0-9])/g;
var AADHAAR_LABEL = /(?:aadhaar|aadhar|uidai|uid)\s*(?:#|no\.?|number)?\s*[:=]?\s*["']?$/i;
var NIR = /(?<![0-9A-Za-z])([1-478]) ?([0-9]{2}) ?(0[1-9]|1[0-2]|[2-9][0-9]) ?(2[AB]|[0-9]{2}) ?([0-9]{3}) ?([0-9]{3}) ?([0-9]{2})(?![0-9A-Za-z])/g;
var LABEL_WINDOW3 = 40;
var match = (kind, start, raw, redacted) => ({
  rule: "pii.national-id",
  kind,
  start,
  end: start + raw.length,
  redacted
});
var labelled = (text, at, label2) => label2.test(text.slice(Math.max(0, at - LABEL_WINDOW3), at));
function isValidSsn(area, group, serial) {
  if (area === "000" || area === "666" || area.startsWith("9")) return false;
  if (group === "00" || serial === "0000") return false;
  const ssn = area + group + serial;
  return ssn !== "078051120" && ssn !== "219099999";
}
function findSsns(text) {
  const out = [];
  for (const m of matchesOf(SSN, text)) {
    const [raw, area = "", sep = "", group = "", serial = ""] = m;
    if (!isValidSsn(area, group, serial)) continue;
    if (sep === "" && !labelled(text, m.index, SSN_LABEL)) continue;
    out.push(match("us-ssn", m.index, raw, maskDigits(raw, 2)));
  }
  return out;
}
function findNinos(text) {
  const out = [];
  for (const m of matchesOf(NINO, text)) {
    const [raw, a = "", b = ""] = m;
    const letters = raw.replace(/[^A-Za-z]/g, "");
    if (NINO_BANNED.has((a + b).toUpperCase()) || letters !== letters.toUpperCase() && letters !== letters.toLowerCase())
      continue;
    out.push(match("uk-nino", m.index, raw, maskAlnum(raw, 1)));
  }
  return out;
}
function findAadhaars(text) {
  const out = [];
  for (const m of matchesOf(AADHAAR, text)) {
    const [raw, a = "", sep = "", b = "", c = ""] = m;
    if (!verhoeffValid(a + b + c)) continue;
    if (sep === "" && !labelled(text, m.index, AADHAAR_LABEL)) continue;
    out.push(match("in-aadhaar", m.index, raw, maskDigits(raw, 2)));
  }
  return out;
}
function findNirs(text) {
  const out = [];
  for (const m of matchesOf(NIR, text)) {
    const [raw, sex = "", year = "", month = "", dept = "", commune = "", order = "", key = ""] = m;
    if (!nirKeyValid(sex + year + month + dept + commune + order, key)) continue;
    out.push(match("fr-nir", m.index, raw, maskAlnum(raw, 2)));
  }
  return out;
}
function findNationalIds(text) {
  return [...findSsns(text), ...findNinos(text), ...findAadhaars(text), ...findNirs(text)];
}

// src/core/detect/pii/passport.ts
var TD3_DATA = /(?<![A-Z0-9<])[A-Z0-9<]{9}[0-9][A-Z<]{3}[0-9]{6}[0-9][MFX<][0-9]{6}[0-9][A-Z0-9<]{14}[0-9<][0-9](?![A-Z0-9<])/g;
var TD1_DATA = /(?<![A-Z0-9<])[0-9]{6}[0-9][MFX<][0-9]{6}[0-9][A-Z<]{3}[A-Z0-9<]{11}[0-9](?![A-Z0-9<])/g;
var TD3_NAME = /(?<![A-Z0-9<])P[A-Z<][A-Z<]{3}[A-Z]{1,39}<<[A-Z<]{1,38}(?![A-Z0-9<])/g;
var LABEL3 = /(?:passport|passeport|pasaporte|passaporto|reisepass|paspoort|pass-nr|passnummer)[ \t]{0,3}(?:no\.?|nr\.?|number|num|#|id)?[ \t]{0,3}(?:is[ \t]{1,3})?[:=#]?[ \t]{0,3}["']?/giy;
var NUMBER = /[A-Za-z0-9]{1,10}(?: [A-Za-z0-9]{1,10}){0,2}(?![A-Za-z0-9])/y;
var passport = (start, value) => ({
  rule: "pii.passport",
  kind: "passport",
  start,
  end: start + value.length,
  redacted: maskAlnum(value, 2)
});
var checks = (field, digit) => digit === "<" ? /^<*$/.test(field) : String(mrzCheckDigit(field)) === digit;
function findPassports(text, labels = findLabels(text)) {
  const out = [];
  if (text.includes("<<")) {
    for (const m of matchesOf(TD3_DATA, text)) if (td3Valid(m[0])) out.push(passport(m.index, m[0]));
    for (const m of matchesOf(TD1_DATA, text))
      if (checks(m[0].slice(0, 6), m[0][6]) && checks(m[0].slice(8, 14), m[0][14])) out.push(passport(m.index, m[0]));
    for (const m of matchesOf(TD3_NAME, text)) if (m[0].length === 44) out.push(passport(m.index, m[0]));
  }
  for (const word of PASSPORT_LABELS) {
    for (const at of labels.at(word)) {
      LABEL3.lastIndex = at;
      const label2 = LABEL3.exec(text);
      if (!label2) continue;
      NUMBER.lastIndex = at + label2[0].length;
      const value = passportNumber(NUMBER.exec(text)?.[0] ?? "");
      if (value) out.push(passport(at + label2[0].length, value));
    }
  }
  return out;
}
function passportNumber(candidate) {
  const groups = [];
  for (const group of candidate.split(" ")) {
    if (!/[0-9]/.test(group) && (group.length > 2 || groups.length > 0)) break;
    groups.push(group);
  }
  const value = groups.join(" ");
  const compact2 = value.replace(/ /g, "");
  return compact2.length >= 6 && compact2.length <= 12 && /[0-9]/.test(groups[groups.length - 1] ?? "") ? value : void 0;
}
function td3Valid(line) {
  const composite = line.slice(0, 10) + line.slice(13, 20) + line.slice(21, 43);
  return checks(line.slice(0, 9), line[9]) && checks(line.slice(13, 19), line[19]) && checks(line.slice(21, 27), line[27]) && checks(composite, line[43]);
}

// node_modules/libphonenumber-js/metadata.max.json.js
var metadata_max_json_default = { "version": 4, "country_calling_codes": { "1": ["US", "AG", "AI", "AS", "BB", "BM", "BS", "CA", "DM", "DO", "GD", "GU", "JM", "KN", "KY", "LC", "MP", "MS", "PR", "SX", "TC", "TT", "VC", "VG", "VI"], "7": ["RU", "KZ"], "20": ["EG"], "27": ["ZA"], "30": ["GR"], "31": ["NL"], "32": ["BE"], "33": ["FR"], "34": ["ES"], "36": ["HU"], "39": ["IT", "VA"], "40": ["RO"], "41": ["CH"], "43": ["AT"], "44": ["GB", "GG", "IM", "JE"], "45": ["DK"], "46": ["SE"], "47": ["NO", "SJ"], "48": ["PL"], "49": ["DE"], "51": ["PE"], "52": ["MX"], "53": ["CU"], "54": ["AR"], "55": ["BR"], "56": ["CL"], "57": ["CO"], "58": ["VE"], "60": ["MY"], "61": ["AU", "CC", "CX"], "62": ["ID"], "63": ["PH"], "64": ["NZ"], "65": ["SG"], "66": ["TH"], "81": ["JP"], "82": ["KR"], "84": ["VN"], "86": ["CN"], "90": ["TR"], "91": ["IN"], "92": ["PK"], "93": ["AF"], "94": ["LK"], "95": ["MM"], "98": ["IR"], "211": ["SS"], "212": ["MA", "EH"], "213": ["DZ"], "216": ["TN"], "218": ["LY"], "220": ["GM"], "221": ["SN"], "222": ["MR"], "223": ["ML"], "224": ["GN"], "225": ["CI"], "226": ["BF"], "227": ["NE"], "228": ["TG"], "229": ["BJ"], "230": ["MU"], "231": ["LR"], "232": ["SL"], "233": ["GH"], "234": ["NG"], "235": ["TD"], "236": ["CF"], "237": ["CM"], "238": ["CV"], "239": ["ST"], "240": ["GQ"], "241": ["GA"], "242": ["CG"], "243": ["CD"], "244": ["AO"], "245": ["GW"], "246": ["IO"], "247": ["AC"], "248": ["SC"], "249": ["SD"], "250": ["RW"], "251": ["ET"], "252": ["SO"], "253": ["DJ"], "254": ["KE"], "255": ["TZ"], "256": ["UG"], "257": ["BI"], "258": ["MZ"], "260": ["ZM"], "261": ["MG"], "262": ["RE", "YT"], "263": ["ZW"], "264": ["NA"], "265": ["MW"], "266": ["LS"], "267": ["BW"], "268": ["SZ"], "269": ["KM"], "290": ["SH", "TA"], "291": ["ER"], "297": ["AW"], "298": ["FO"], "299": ["GL"], "350": ["GI"], "351": ["PT"], "352": ["LU"], "353": ["IE"], "354": ["IS"], "355": ["AL"], "356": ["MT"], "357": ["CY"], "358": ["FI", "AX"], "359": ["BG"], "370": ["LT"], "371": ["LV"], "372": ["EE"], "373": ["MD"], "374": ["AM"], "375": ["BY"], "376": ["AD"], "377": ["MC"], "378": ["SM"], "380": ["UA"], "381": ["RS"], "382": ["ME"], "383": ["XK"], "385": ["HR"], "386": ["SI"], "387": ["BA"], "389": ["MK"], "420": ["CZ"], "421": ["SK"], "423": ["LI"], "500": ["FK"], "501": ["BZ"], "502": ["GT"], "503": ["SV"], "504": ["HN"], "505": ["NI"], "506": ["CR"], "507": ["PA"], "508": ["PM"], "509": ["HT"], "590": ["GP", "BL", "MF"], "591": ["BO"], "592": ["GY"], "593": ["EC"], "594": ["GF"], "595": ["PY"], "596": ["MQ"], "597": ["SR"], "598": ["UY"], "599": ["CW", "BQ"], "670": ["TL"], "672": ["NF"], "673": ["BN"], "674": ["NR"], "675": ["PG"], "676": ["TO"], "677": ["SB"], "678": ["VU"], "679": ["FJ"], "680": ["PW"], "681": ["WF"], "682": ["CK"], "683": ["NU"], "685": ["WS"], "686": ["KI"], "687": ["NC"], "688": ["TV"], "689": ["PF"], "690": ["TK"], "691": ["FM"], "692": ["MH"], "850": ["KP"], "852": ["HK"], "853": ["MO"], "855": ["KH"], "856": ["LA"], "880": ["BD"], "886": ["TW"], "960": ["MV"], "961": ["LB"], "962": ["JO"], "963": ["SY"], "964": ["IQ"], "965": ["KW"], "966": ["SA"], "967": ["YE"], "968": ["OM"], "970": ["PS"], "971": ["AE"], "972": ["IL"], "973": ["BH"], "974": ["QA"], "975": ["BT"], "976": ["MN"], "977": ["NP"], "992": ["TJ"], "993": ["TM"], "994": ["AZ"], "995": ["GE"], "996": ["KG"], "998": ["UZ"] }, "countries": { "AC": ["247", "00", "(?:[01589]\\d|[2-467])\\d{4}", [5, 6], 0, 0, 0, 0, 0, 0, 0, [["6\\d{4}", [5]], ["[2-47]\\d{4}", [5]], 0, 0, 0, 0, ["(?:0[1-9]|[1589]\\d)\\d{4}", [6]]]], "AD": ["376", "00", "(?:1|6\\d)\\d{7}|[135-9]\\d{5}", [6, 8, 9], [["(\\d{3})(\\d{3})", "$1 $2", ["[135-9]"]], ["(\\d{4})(\\d{4})", "$1 $2", ["1"]], ["(\\d{3})(\\d{3})(\\d{3})", "$1 $2 $3", ["6"]]], 0, 0, 0, 0, 0, 0, [["[78]\\d{5}", [6]], ["690\\d{6}|[356]\\d{5}", [6, 9]], ["180[02]\\d{4}", [8]], ["[19]\\d{5}", [6]]]], "AE": ["971", "00", "(?:[4-7]\\d|9[0-689])\\d{7}|800\\d{2,9}|[2-4679]\\d{7}", [5, 6, 7, 8, 9, 10, 11, 12], [["(\\d{3})(\\d{2,9})", "$1 $2", ["60|8"]], ["(\\d)(\\d{3})(\\d{4})", "$1 $2 $3", ["[236]|[479][2-8]"], "0$1"], ["(\\d{3})(\\d)(\\d{5})", "$1 $2 $3", ["[479]"]], ["(\\d{2})(\\d{3})(\\d{4})", "$1 $2 $3", ["5"], "0$1"]], "0", 0, 0, 0, 0, 0, [["[2-4679][2-8]\\d{6}", [8]], ["5[02-68]\\d{7}", [9]], ["400\\d{6}|800\\d{2,9}"], ["900[02]\\d{5}", [9]], 0, 0, ["600[25]\\d{5}", [9]], 0, 0, ["700[05]\\d{5}", [9]]]], "AF": ["93", "00", "[2-7]\\d{8}", [9], [["(\\d{2})(\\d{3})(\\d{4})", "$1 $2 $3", ["[2-7]"], "0$1"]], "0", 0, 0, 0, 0, 0, [["(?:[25][0-8]|[34][0-4]|6[0-5])[2-9]\\d{6}"], ["7\\d{8}"]]], "AG": ["1", "011", "(?:268|[58]\\d\\d|900)\\d{7}", [10], 0, "1", 0, "([457]\\d{6})$|1", "268$1", 0, "268", [["268(?:4(?:6[0-38]|84)|56[0-2])\\d{4}"], ["268(?:464|7(?:1[3-9]|[28]\\d|3[0246]|64|7[0-689]))\\d{4}"], ["8(?:00|33|44|55|66|77|88)[2-9]\\d{6}"], ["900[2-9]\\d{6}"], ["52(?:3(?:[2-46-9][02-9]\\d|5(?:[02-46-9]\\d|5[0-46-9]))|4(?:[2-478][02-9]\\d|5(?:[034]\\d|2[024-9]|5[0-46-9])|6(?:0[1-9]|[2-9]\\d)|9(?:[05-9]\\d|2[0-5]|49)))\\d{4}|52[34][2-9]1[02-9]\\d{4}|5(?:00|2[125-9]|3[23]|44|66|77|88)[2-9]\\d{6}"], 0, 0, ["26840[69]\\d{4}"], ["26848[01]\\d{4}"]]], "AI": ["1", "011", "(?:264|[58]\\d\\d|900)\\d{7}", [10], 0, "1", 0, "([2457]\\d{6})$|1", "264$1", 0, "264", [["264(?:292|4(?:6[12]|9[78]))\\d{4}"], ["264(?:235|4(?:69|7[67])|5(?:3[6-9]|8[1-4])|7(?:29|72))\\d{4}"], ["8(?:00|33|44|55|66|77|88)[2-9]\\d{6}"], ["900[2-9]\\d{6}"], ["52(?:3(?:[2-46-9][02-9]\\d|5(?:[02-46-9]\\d|5[0-46-9]))|4(?:[2-478][02-9]\\d|5(?:[034]\\d|2[024-9]|5[0-46-9])|6(?:0[1-9]|[2-9]\\d)|9(?:[05-9]\\d|2[0-5]|49)))\\d{4}|52[34][2-9]1[02-9]\\d{4}|5(?:00|2[125-9]|3[23]|44|66|77|88)[2-9]\\d{6}"], 0, 0, ["264724\\d{4}"]]], "AL": ["355", "00", "(?:700\\d\\d|900)\\d{3}|8\\d{5,7}|(?:[2-5]|6\\d)\\d{7}", [6, 7, 8, 9], [["(\\d{3})(\\d{3,4})", "$1 $2", ["80|9"], "0$1"], ["(\\d)(\\d{3})(\\d{4})", "$1 $2 $3", ["4[2-6]"], "0$1"], ["(\\d{2})(\\d{3})(\\d{3})", "$1 $2 $3", ["[2358][2-5]|4"], "0$1"], ["(\\d{3})(\\d{5})", "$1 $2", ["[23578]"], "0$1"], ["(\\d{2})(\\d{3})(\\d{4})", "$1 $2 $3", ["6"], "0$1"]], "0", 0, 0, 0, 0, 0, [["4505[0-2]\\d{3}|(?:[2358][16-9]\\d[2-9]|4410)\\d{4}|(?:[2358][2-5][2-9]|4(?:[2-57-9][2-9]|6\\d))\\d{5}", [8]], ["6(?:[78][2-9]|9\\d)\\d{6}", [9]], ["800\\d{4}", [7]], ["900[1-9]\\d\\d", [6]], ["700[2-9]\\d{4}", [8]], 0, 0, 0, 0, ["808[1-9]\\d\\d", [6]]]], "AM": ["374", "00", "(?:[1-489]\\d|55|60|77)\\d{6}", [8], [["(\\d{3})(\\d{2})(\\d{3})", "$1 $2 $3", ["[89]0"], "0 $1"], ["(\\d{3})(\\d{5})", "$1 $2", ["2|3[12]"], "(0$1)"], ["(\\d{2})(\\d{6})", "$1 $2", ["1|47"], "(0$1)"], ["(\\d{2})(\\d{6})", "$1 $2", ["[3-9]"], "0$1"]], "0", 0, 0, 0, 0, 0, [["(?:(?:1[0-25]|47)\\d|2(?:2[2-46]|3[1-8]|4[2-69]|5[2-7]|6[1-9]|8[1-7])|3[12]2)\\d{5}"], ["(?:33|4[1349]|55|77|88|9[13-9])\\d{6}"], ["800\\d{5}"], ["90[016]\\d{5}"], 0, 0, 0, 0, ["60(?:2[78]|3[5-9]|4[02-9]|5[0-46-9]|[6-8]\\d|9[0-2])\\d{4}"], ["80[1-4]\\d{5}"]]], "AO": ["244", "00", "[29]\\d{8}", [9], [["(\\d{3})(\\d{3})(\\d{3})", "$1 $2 $3", ["[29]"]]], 0, 0, 0, 0, 0, 0, [["2\\d(?:[0134][25-9]|[25-9]\\d)\\d{5}"], ["9[1-79]\\d{7}"]]], "AR": ["54", "00", "(?:11|[89]\\d\\d)\\d{8}|[2368]\\d{9}", [10, 11], [["(\\d{4})(\\d{2})(\\d{4})", "$1 $2-$3", ["2(?:2[024-9]|3[0-59]|47|6[245]|9[02-8])|3(?:3[28]|4[03-9]|5[2-46-8]|7[1-578]|8[2-9])", "2(?:[23]02|6(?:[25]|4[6-8])|9(?:[02356]|4[02568]|72|8[23]))|3(?:3[28]|4(?:[04679]|3[5-8]|5[4-68]|8[2379])|5(?:[2467]|3[237]|8[2-5])|7[1-578]|8(?:[2469]|3[2578]|5[4-8]|7[36-8]|8[5-8]))|2(?:2[24-9]|3[1-59]|47)", "2(?:[23]02|6(?:[25]|4(?:64|[78]))|9(?:[02356]|4(?:[0268]|5[2-6])|72|8[23]))|3(?:3[28]|4(?:[04679]|3[78]|5(?:4[46]|8)|8[2379])|5(?:[2467]|3[237]|8[23])|7[1-578]|8(?:[2469]|3[278]|5[56][46]|86[3-6]))|2(?:2[24-9]|3[1-59]|47)|38(?:[58][78]|7[378])|3(?:4[35][56]|58[45]|8(?:[38]5|54|76))[4-6]", "2(?:[23]02|6(?:[25]|4(?:64|[78]))|9(?:[02356]|4(?:[0268]|5[2-6])|72|8[23]))|3(?:3[28]|4(?:[04679]|3(?:5(?:4[0-25689]|[56])|[78])|58|8[2379])|5(?:[2467]|3[237]|8(?:[23]|4(?:[45]|60)|5(?:4[0-39]|5|64)))|7[1-578]|8(?:[2469]|3[278]|54(?:4|5[13-7]|6[89])|86[3-6]))|2(?:2[24-9]|3[1-59]|47)|38(?:[58][78]|7[378])|3(?:454|85[56])[46]|3(?:4(?:36|5[56])|8(?:[38]5|76))[4-6]"], "0$1", 1], ["(\\d{2})(\\d{4})(\\d{4})", "$1 $2-$3", ["1"], "0$1", 1], ["(\\d{3})(\\d{3})(\\d{4})", "$1-$2-$3", ["[68]"], "0$1"], ["(\\d{3})(\\d{3})(\\d{4})", "$1 $2-$3", ["[23]"], "0$1", 1], ["(\\d)(\\d{4})(\\d{2})(\\d{4})", "$2 15-$3-$4", ["9(?:2[2-469]|3[3-578])", "9(?:2(?:2[024-9]|3[0-59]|47|6[245]|9[02-8])|3(?:3[28]|4[03-9]|5[2-46-8]|7[1-578]|8[2-9]))", "9(?:2(?:[23]02|6(?:[25]|4[6-8])|9(?:[02356]|4[02568]|72|8[23]))|3(?:3[28]|4(?:[04679]|3[5-8]|5[4-68]|8[2379])|5(?:[2467]|3[237]|8[2-5])|7[1-578]|8(?:[2469]|3[2578]|5[4-8]|7[36-8]|8[5-8])))|92(?:2[24-9]|3[1-59]|47)", "9(?:2(?:[23]02|6(?:[25]|4(?:64|[78]))|9(?:[02356]|4(?:[0268]|5[2-6])|72|8[23]))|3(?:3[28]|4(?:[04679]|3[78]|5(?:4[46]|8)|8[2379])|5(?:[2467]|3[237]|8[23])|7[1-578]|8(?:[2469]|3[278]|5(?:[56][46]|[78])|7[378]|8(?:6[3-6]|[78]))))|92(?:2[24-9]|3[1-59]|47)|93(?:4[35][56]|58[45]|8(?:[38]5|54|76))[4-6]", "9(?:2(?:[23]02|6(?:[25]|4(?:64|[78]))|9(?:[02356]|4(?:[0268]|5[2-6])|72|8[23]))|3(?:3[28]|4(?:[04679]|3(?:5(?:4[0-25689]|[56])|[78])|5(?:4[46]|8)|8[2379])|5(?:[2467]|3[237]|8(?:[23]|4(?:[45]|60)|5(?:4[0-39]|5|64)))|7[1-578]|8(?:[2469]|3[278]|5(?:4(?:4|5[13-7]|6[89])|[56][46]|[78])|7[378]|8(?:6[3-6]|[78]))))|92(?:2[24-9]|3[1-59]|47)|93(?:4(?:36|5[56])|8(?:[38]5|76))[4-6]"], "0$1", 0, "$1 $2 $3-$4"], ["(\\d)(\\d{2})(\\d{4})(\\d{4})", "$2 15-$3-$4", ["91"], "0$1", 0, "$1 $2 $3-$4"], ["(\\d{3})(\\d{3})(\\d{5})", "$1-$2-$3", ["8"], "0$1"], ["(\\d)(\\d{3})(\\d{3})(\\d{4})", "$2 15-$3-$4", ["9"], "0$1", 0, "$1 $2 $3-$4"]], "0", 0, "0?(?:(11|2(?:2(?:02?|[13]|2[13-79]|4[1-6]|5[2457]|6[124-8]|7[1-4]|8[13-6]|9[1267])|3(?:02?|1[467]|2[03-6]|3[13-8]|[49][2-6]|5[2-8]|[67])|4(?:7[3-578]|9)|6(?:[0136]|2[24-6]|4[6-8]?|5[15-8])|80|9(?:0[1-3]|[19]|2\\d|3[1-6]|4[02568]?|5[2-4]|6[2-46]|72?|8[23]?))|3(?:3(?:2[79]|6|8[2578])|4(?:0[0-24-9]|[12]|3[5-8]?|4[24-7]|5[4-68]?|6[02-9]|7[126]|8[2379]?|9[1-36-8])|5(?:1|2[1245]|3[237]?|4[1-46-9]|6[2-4]|7[1-6]|8[2-5]?)|6[24]|7(?:[069]|1[1568]|2[15]|3[145]|4[13]|5[14-8]|7[2-57]|8[126])|8(?:[01]|2[15-7]|3[2578]?|4[13-6]|5[4-8]?|6[1-357-9]|7[36-8]?|8[5-8]?|9[124])))15)?", "9$1", 0, 0, [["3(?:7(?:1[15]|81)|8(?:21|4[16]|69|9[12]))[46]\\d{5}|(?:2(?:2(?:2[59]|44|52)|3(?:26|44)|47[35]|9(?:[07]2|2[26]|34|46))|3327)[45]\\d{5}|(?:2(?:657|9(?:54|66))|3(?:48[27]|7(?:55|77)|8(?:65|78)))[2-8]\\d{5}|(?:2(?:284|3(?:02|23)|477|622|920)|3(?:4(?:46|89|92)|541))[2-7]\\d{5}|(?:(?:11[0-8]|670)\\d|2(?:2(?:0[45]|1[2-6]|3[3-6])|3(?:[06]4|7[45])|494|6(?:04|1[2-8]|[36][45]|4[3-6])|80[45]|9(?:[17][4-6]|[48][45]|9[3-6]))|3(?:364|4(?:1[2-8]|[25][4-6]|3[3-6]|84)|5(?:1[2-9]|[38][4-6])|6(?:2[45]|44)|7[069][45]|8(?:0[45]|1[2-7]|3[4-6]|5[3-6]|7[2-6]|8[3-68])))\\d{6}|(?:2(?:2(?:62|81)|320|9(?:42|83))|3(?:329|4(?:62|7[16])|5(?:43|64)|7(?:18|5[17])))[2-6]\\d{5}|2(?:2(?:21|4[23]|6[145]|7[1-4]|8[356]|9[267])|3(?:16|3[13-8]|43|5[346-8]|9[3-5])|6(?:2[46]|4[78]|5[1568])|9(?:03|2[1457-9]|3[1356]|4[08]|[56][23]|82))4\\d{5}|(?:2(?:257|3(?:24|46|92)|9(?:01|23|64))|3(?:4(?:42|64)|5(?:25|37|4[47]|71)|7(?:35|72)|825))[3-6]\\d{5}|(?:2(?:2(?:02|2[3467]|4[156]|5[45]|6[6-8]|91)|3(?:1[47]|25|[45][25]|96)|47[48]|625|932)|3(?:38[2578]|4(?:0[0-24-9]|3[78]|4[457]|58|6[035-9]|72|83|9[136-8])|5(?:2[124]|[368][23]|4[2689]|7[2-6])|7(?:16|2[15]|3[14]|4[13]|5[468]|7[3-5]|8[26])|8(?:2[67]|3[278]|4[3-5]|5[78]|6[1-378]|[78]7|94)))[4-6]\\d{5}", [10]], ["93(?:7(?:1[15]|81)|8(?:21|4[16]|69|9[12]))[46]\\d{5}|9(?:2(?:2(?:2[59]|44|52)|3(?:26|44)|47[35]|9(?:[07]2|2[26]|34|46))|3327)[45]\\d{5}|9(?:2(?:657|9(?:54|66))|3(?:48[27]|7(?:55|77)|8(?:65|78)))[2-8]\\d{5}|9(?:2(?:284|3(?:02|23)|477|622|920)|3(?:4(?:46|89|92)|541))[2-7]\\d{5}|(?:675\\d|9(?:11[0-8]\\d|2(?:2(?:0[45]|1[2-6]|3[3-6])|3(?:[06]4|7[45])|494|6(?:04|1[2-8]|[36][45]|4[3-6])|80[45]|9(?:[17][4-6]|[48][45]|9[3-6]))|3(?:364|4(?:1[2-8]|[25][4-6]|3[3-6]|84)|5(?:1[2-9]|[38][4-6])|6(?:2[45]|44)|7[069][45]|8(?:0[45]|1[2-7]|3[4-6]|5[3-6]|7[2-6]|8[3-68]))))\\d{6}|9(?:2(?:2(?:62|81)|320|9(?:42|83))|3(?:329|4(?:62|7[16])|5(?:43|64)|7(?:18|5[17])))[2-6]\\d{5}|92(?:2(?:21|4[23]|6[145]|7[1-4]|8[356]|9[267])|3(?:16|3[13-8]|43|5[346-8]|9[3-5])|6(?:2[46]|4[78]|5[1568])|9(?:03|2[1457-9]|3[1356]|4[08]|[56][23]|82))4\\d{5}|9(?:2(?:257|3(?:24|46|92)|9(?:01|23|64))|3(?:4(?:42|64)|5(?:25|37|4[47]|71)|7(?:35|72)|825))[3-6]\\d{5}|9(?:2(?:2(?:02|2[3467]|4[156]|5[45]|6[6-8]|91)|3(?:1[47]|25|[45][25]|96)|47[48]|625|932)|3(?:38[2578]|4(?:0[0-24-9]|3[78]|4[457]|58|6[035-9]|72|83|9[136-8])|5(?:2[124]|[368][23]|4[2689]|7[2-6])|7(?:16|2[15]|3[14]|4[13]|5[468]|7[3-5]|8[26])|8(?:2[67]|3[278]|4[3-5]|5[78]|6[1-378]|[78]7|94)))[4-6]\\d{5}"], ["800\\d{7,8}"], ["60[04579]\\d{7}", [10]], 0, 0, ["810\\d{7}", [10]]]], "AS": ["1", "011", "(?:[58]\\d\\d|684|900)\\d{7}", [10], 0, "1", 0, "([267]\\d{6})$|1", "684$1", 0, "684", [["684(?:274|6(?:22|33|44|55|77|88|9[19]))\\d{4}"], ["684(?:2(?:48|5[2468]|7[246])|7(?:3[13]|70|82))\\d{4}"], ["8(?:00|33|44|55|66|77|88)[2-9]\\d{6}"], ["900[2-9]\\d{6}"], ["52(?:3(?:[2-46-9][02-9]\\d|5(?:[02-46-9]\\d|5[0-46-9]))|4(?:[2-478][02-9]\\d|5(?:[034]\\d|2[024-9]|5[0-46-9])|6(?:0[1-9]|[2-9]\\d)|9(?:[05-9]\\d|2[0-5]|49)))\\d{4}|52[34][2-9]1[02-9]\\d{4}|5(?:00|2[125-9]|3[23]|44|66|77|88)[2-9]\\d{6}"]]], "AT": ["43", "00", "1\\d{3,12}|2\\d{6,12}|43(?:(?:0\\d|5[02-9])\\d{3,9}|2\\d{4,5}|[3467]\\d{4}|8\\d{4,6}|9\\d{4,7})|5\\d{4,12}|8\\d{7,12}|9\\d{8,12}|(?:[367]\\d|4[0-24-9])\\d{4,11}", [4, 5, 6, 7, 8, 9, 10, 11, 12, 13], [["(\\d)(\\d{3,12})", "$1 $2", ["1(?:11|[2-9])"], "0$1"], ["(\\d{3})(\\d{2})", "$1 $2", ["517"], "0$1"], ["(\\d{2})(\\d{3,5})", "$1 $2", ["5[079]"], "0$1"], ["(\\d{3})(\\d{3,10})", "$1 $2", ["(?:31|4)6|51|6(?:48|5[0-3579]|[6-9])|7(?:20|32|8)|[89]", "(?:31|4)6|51|6(?:485|5[0-3579]|[6-9])|7(?:20|32|8)|[89]"], "0$1"], ["(\\d{4})(\\d{3,9})", "$1 $2", ["[2-467]|5[2-6]"], "0$1"], ["(\\d{2})(\\d{3})(\\d{3,4})", "$1 $2 $3", ["5"], "0$1"], ["(\\d{2})(\\d{4})(\\d{4,7})", "$1 $2 $3", ["5"], "0$1"]], "0", 0, 0, 0, 0, 0, [["1(?:11\\d|[2-9]\\d{3,11})|(?:316|463)\\d{3,10}|648[34]\\d{3,9}|(?:51|66|73)2\\d{3,10}|(?:2(?:1[467]|2[13-8]|5[2357]|6[1-46-8]|7[1-8]|8[124-7]|9[1458])|3(?:1[1-578]|3[23568]|4[5-7]|5[1378]|6[1-38]|8[3-68])|4(?:2[1-8]|35|7[1368]|8[2457])|5(?:2[1-8]|3[357]|4[147]|5[12578]|6[37])|6(?:13|2[1-47]|4[135-7]|5[468])|7(?:2[1-8]|35|4[13478]|5[68]|6[16-8]|7[1-6]|9[45]))\\d{4,10}"], ["6(?:485|(?:5[0-3579]|6[013-9]|[7-9]\\d)\\d)\\d{3,9}", [7, 8, 9, 10, 11, 12, 13]], ["800\\d{6,10}", [9, 10, 11, 12, 13]], ["(?:8[69][2-68]|9(?:0[01]|3[019]))\\d{6,10}", [9, 10, 11, 12, 13]], 0, 0, 0, 0, ["5(?:0[1-9]|17|[79]\\d)\\d{2,10}|7[28]0\\d{6,10}", [5, 6, 7, 8, 9, 10, 11, 12, 13]], ["8(?:10|2[018])\\d{6,10}|828\\d{5}", [8, 9, 10, 11, 12, 13]]]], "AU": ["61", "001[14-689]|14(?:1[14]|34|4[17]|[56]6|7[47]|88)0011", "1(?:[0-79]\\d{7}(?:\\d(?:\\d{2})?)?|8[0-24-9]\\d{7})|[2-478]\\d{8}|1\\d{4,7}", [5, 6, 7, 8, 9, 10, 12], [["(\\d{2})(\\d{3,4})", "$1 $2", ["16"], "0$1"], ["(\\d{2})(\\d{3})(\\d{2,4})", "$1 $2 $3", ["16"], "0$1"], ["(\\d{3})(\\d{3})(\\d{3})", "$1 $2 $3", ["14|4"], "0$1"], ["(\\d)(\\d{4})(\\d{4})", "$1 $2 $3", ["[2378]"], "(0$1)"], ["(\\d{4})(\\d{3})(\\d{3})", "$1 $2 $3", ["1(?:30|[89])"]]], "0", 0, "(183[12])|0", 0, 0, 0, [["(?:(?:241|349)0\\d\\d|8(?:51(?:0(?:0[03-9]|[12479]\\d|3[2-9]|5[0-8]|6[1-9]|8[0-7])|1(?:[0235689]\\d|1[0-69]|4[0-589]|7[0-47-9])|2(?:0[0-79]|[18][13579]|2[14-9]|3[0-46-9]|[4-6]\\d|7[89]|9[0-4])|[34]\\d\\d)|91(?:(?:[0-58]\\d|6[0135-9])\\d|7(?:0[0-24-9]|[1-9]\\d)|9(?:[0-46-9]\\d|5[0-79]))))\\d{3}|(?:2(?:[0-26-9]\\d|3[0-8]|4[02-9]|5[0135-9])|3(?:[0-3589]\\d|4[0-578]|6[1-9]|7[0-35-9])|7(?:[013-57-9]\\d|2[0-8])|8(?:55|6[0-8]|[78]\\d|9[02-9]))\\d{6}", [9]], ["4(?:79[01]|83[0-36-9]|9(?:5[0-3]|6[0-4]))\\d{5}|4(?:[0-36]\\d|4[047-9]|[58][0-24-9]|7[02-8]|9[0-47-9])\\d{6}", [9]], ["180(?:0\\d{3}|2)\\d{3}", [7, 10]], ["190[0-26]\\d{6}", [10]], 0, 0, 0, ["163\\d{2,6}", [5, 6, 7, 8, 9]], ["14(?:5(?:1[0458]|[23][458])|71\\d)\\d{4}", [9]], ["13(?:00\\d{6}(?:\\d{2})?|45[0-4]\\d{3})|13\\d{4}", [6, 8, 10, 12]]], "0011"], "AW": ["297", "00", "(?:[25-79]\\d\\d|800)\\d{4}", [7], [["(\\d{3})(\\d{4})", "$1 $2", ["[25-9]"]]], 0, 0, 0, 0, 0, 0, [["5(?:2\\d|8[1-9])\\d{4}"], ["(?:290|5[69]\\d|6(?:[03]0|22|4[0-2]|[69]\\d)|7(?:[34]\\d|7[07])|9(?:6[45]|9[4-8]))\\d{4}"], ["800\\d{4}"], ["900\\d{4}"], 0, 0, 0, 0, ["(?:28\\d|501)\\d{4}"]]], "AX": ["358", "00|99(?:[01469]|5(?:[14]1|3[23]|5[59]|77|88|9[09]))", "2\\d{4,9}|35\\d{4,5}|(?:60\\d\\d|800)\\d{4,6}|7\\d{5,11}|(?:[14]\\d|3[0-46-9]|50)\\d{4,8}", [5, 6, 7, 8, 9, 10, 11, 12], 0, "0", 0, 0, 0, 0, "18", [["18[1-8]\\d{3,6}", [6, 7, 8, 9]], ["(?:4[0-8]|50)\\d{4,8}", [6, 7, 8, 9, 10]], ["800\\d{4,6}", [7, 8, 9]], ["[67]00\\d{5,6}", [8, 9]], 0, 0, ["20\\d{4,8}|60[12]\\d{5,6}|7(?:099\\d{4,5}|5[03-9]\\d{3,7})|20[2-59]\\d\\d|(?:606|7(?:0[78]|1|3\\d))\\d{7}|(?:10|29|3[09]|70[1-5]\\d)\\d{4,8}"]], "00"], "AZ": ["994", "00", "365\\d{6}|(?:[124579]\\d|60|88)\\d{7}", [9], [["(\\d{3})(\\d{2})(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["90"], "0$1"], ["(\\d{2})(\\d{3})(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["1[28]|2|365|46", "1[28]|2|365[45]|46", "1[28]|2|365(?:4|5[02])|46"], "(0$1)"], ["(\\d{2})(\\d{3})(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["[13-9]"], "0$1"]], "0", 0, 0, 0, 0, 0, [["(?:2[12]428|3655[02])\\d{4}|(?:2(?:22[0-79]|63[0-28])|3654)\\d{5}|(?:(?:1[28]|46)\\d|2(?:[014-6]2|[23]3))\\d{6}"], ["36554\\d{4}|(?:[16]0|4[04]|5[015]|7[07]|99)\\d{7}"], ["88\\d{7}"], ["900200\\d{3}"]]], "BA": ["387", "00", "6\\d{8}|(?:[35689]\\d|49|70)\\d{6}", [8, 9], [["(\\d{2})(\\d{3})(\\d{3})", "$1 $2 $3", ["6[1-3]|[7-9]"], "0$1"], ["(\\d{2})(\\d{3})(\\d{3})", "$1 $2-$3", ["[3-5]|6[56]"], "0$1"], ["(\\d{2})(\\d{2})(\\d{2})(\\d{3})", "$1 $2 $3 $4", ["6"], "0$1"]], "0", 0, 0, 0, 0, 0, [["(?:3(?:[05-79][2-9]|1[4579]|[23][24-9]|4[2-4689]|8[2457-9])|49[2-579]|5(?:0[2-49]|[13][2-9]|[268][2-4679]|4[4689]|5[2-79]|7[2-69]|9[2-4689]))\\d{5}", [8]], ["6040\\d{5}|6(?:03|[1-356]|44|7\\d)\\d{6}"], ["8[08]\\d{6}", [8]], ["9[0246]\\d{6}", [8]], 0, 0, ["703[235]0\\d{3}|70(?:2[0-5]|3[0146]|[56]0)\\d{4}", [8]], 0, 0, ["8[12]\\d{6}", [8]]]], "BB": ["1", "011", "(?:246|[58]\\d\\d|900)\\d{7}", [10], 0, "1", 0, "([2-9]\\d{6})$|1", "246$1", 0, "246", [["246521[0369]\\d{3}|246(?:2(?:2[78]|7[0-4])|4(?:1[024-6]|2\\d|3[2-9])|5(?:20|[34]\\d|54|7[1-3])|6(?:2\\d|38)|7[35]7|9(?:1[89]|63))\\d{4}"], ["246(?:(?:2(?:[3568]\\d|4[0-57-9])|3(?:5[2-9]|6[0-6])|4(?:46|5\\d)|69[5-7]|8(?:[2-5]\\d|83))\\d|52(?:1[147]|20))\\d{3}"], ["8(?:00|33|44|55|66|77|88)[2-9]\\d{6}"], ["(?:246976|900[2-9]\\d\\d)\\d{4}"], ["52(?:3(?:[2-46-9][02-9]\\d|5(?:[02-46-9]\\d|5[0-46-9]))|4(?:[2-478][02-9]\\d|5(?:[034]\\d|2[024-9]|5[0-46-9])|6(?:0[1-9]|[2-9]\\d)|9(?:[05-9]\\d|2[0-5]|49)))\\d{4}|52[34][2-9]1[02-9]\\d{4}|5(?:00|2[125-9]|3[23]|44|66|77|88)[2-9]\\d{6}"], 0, ["246(?:292|367|4(?:1[7-9]|3[01]|4[47-9]|67)|7(?:1[2-9]|2\\d|3[016]|53))\\d{4}"], 0, ["24631\\d{5}"]]], "BD": ["880", "00", "[1-469]\\d{9}|8[0-79]\\d{7,8}|[2-79]\\d{8}|[2-9]\\d{7}|[3-9]\\d{6}|[57-9]\\d{5}", [6, 7, 8, 9, 10], [["(\\d{2})(\\d{4,6})", "$1-$2", ["31[5-8]|[459]1"], "0$1"], ["(\\d{3})(\\d{3,7})", "$1-$2", ["3(?:[67]|8[013-9])|4(?:6[168]|7|[89][18])|5(?:6[128]|9)|6(?:[15]|28)|7[2-589]|8(?:0[014-9]|[12])|9[358]|(?:3[2-5]|4[235]|5[2-578]|6[0389]|76|8[3-7]|9[24])1|(?:44|66)[01346-9]"], "0$1"], ["(\\d{4})(\\d{3,6})", "$1-$2", ["[13-9]|2[23]"], "0$1"], ["(\\d)(\\d{7,8})", "$1-$2", ["2"], "0$1"]], "0", 0, 0, 0, 0, 0, [["(?:4(?:31\\d\\d|423)|5222)\\d{3}(?:\\d{2})?|8332[6-9]\\d\\d|(?:3(?:03[56]|224)|4(?:22[25]|653))\\d{3,4}|(?:3(?:42[47]|529|823)|4(?:027|525|65(?:28|8))|562|6257|7(?:1(?:5[3-5]|6[12]|7[156]|89)|22[589]56|32|42675|52(?:[25689](?:56|8)|[347]8)|71(?:6[1267]|75|89)|92374)|82(?:2[59]|32)56|9(?:03[23]56|23(?:256|373)|31|5(?:1|2[4589]56)))\\d{3}|(?:3(?:02[348]|22[35]|324|422)|4(?:22[67]|32[236-9]|6(?:2[46]|5[57])|953)|5526|6(?:024|6655)|81)\\d{4,5}|(?:2(?:7(?:1[0-267]|2[0-289]|3[0-29]|4[01]|5[1-3]|6[013]|7[0178]|91)|8(?:0[125]|1[1-6]|2[0157-9]|3[1-69]|41|6[1-35]|7[1-5]|8[1-8]|9[0-6])|9(?:0[0-2]|1[0-4]|2[568]|3[3-6]|5[5-7]|6[0136-9]|7[0-7]|8[014-9]))|3(?:0(?:2[025-79]|3[2-4])|181|22[12]|32[2356]|824)|4(?:02[09]|22[348]|32[045]|523|6(?:27|54))|666(?:22|53)|7(?:22[57-9]|42[56]|82[35])8|8(?:0[124-9]|2(?:181|2[02-4679]8)|4[12]|[5-7]2)|9(?:[04]2|2(?:2|328)|81))\\d{4}|(?:2(?:[23]\\d|[45])\\d\\d|3(?:1(?:2[5-7]|[5-7])|425|822)|4(?:033|1\\d|[257]1|332|4(?:2[246]|5[25])|6(?:2[35]|56|62)|8(?:23|54)|92[2-5])|5(?:02[03489]|22[457]|32[35-79]|42[46]|6(?:[18]|53)|724|826)|6(?:023|2(?:2[2-5]|5[3-5]|8)|32[3478]|42[34]|52[47]|6(?:[18]|6(?:2[34]|5[24]))|[78]2[2-5]|92[2-6])|7(?:02|21\\d|[3-589]1|6[12]|72[24])|8(?:217|3[12]|[5-7]1)|9[24]1)\\d{5}|(?:(?:3[2-8]|5[2-57-9]|6[03-589])1|4[4689][18])\\d{5}|[59]1\\d{5}"], ["(?:1[13-9]|64)\\d{8}|(?:3[78]|44|66)[02-9]\\d{7}", [10]], ["80[03]\\d{7}", [10]], 0, 0, 0, 0, 0, ["96(?:0[1-69]|1[0-479]|2[278]|3[13-9]|4[0-47-9]|54|6[69]|7[78]|88)\\d{6}", [10]]]], "BE": ["32", "00", "4\\d{8}|[1-9]\\d{7}", [8, 9], [["(\\d{3})(\\d{2})(\\d{3})", "$1 $2 $3", ["(?:80|9)0"], "0$1"], ["(\\d)(\\d{3})(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["[239]|4[23]"], "0$1"], ["(\\d{2})(\\d{2})(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["[15-8]"], "0$1"], ["(\\d{3})(\\d{2})(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["4"], "0$1"]], "0", 0, 0, 0, 0, 0, [["80[2-8]\\d{5}|(?:1[0-69]|[23][2-8]|4[23]|5\\d|6[013-57-9]|71|8[1-79]|9[2-4])\\d{6}", [8]], ["4[5-9]\\d{7}", [9]], ["800[1-9]\\d{4}", [8]], ["(?:70(?:2[0-57]|3[04-7]|44|6[04-69]|7[0579])|90\\d\\d)\\d{4}", [8]], 0, 0, ["78(?:0[578]|1[014-8]|2[25]|3[15-8]|48|5[05]|60|7[06-8]|9\\d)\\d{4}", [8]], 0, 0, ["7879\\d{4}", [8]]]], "BF": ["226", "00", "[024-7]\\d{7}", [8], [["(\\d{2})(\\d{2})(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["[024-7]"]]], 0, 0, 0, 0, 0, 0, [["2(?:0(?:49|5[23]|6[5-7]|9[016-9])|4(?:4[569]|5[4-6]|6[5-7]|7[0179])|5(?:[34]\\d|50|6[5-8]))\\d{4}"], ["(?:0[1-7]|4[4-6]|5[0-8]|[67]\\d)\\d{6}"]]], "BG": ["359", "00", "00800\\d{7}|[2-7]\\d{6,7}|[89]\\d{6,8}|2\\d{5}", [6, 7, 8, 9, 12], [["(\\d)(\\d)(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["2"], "0$1"], ["(\\d{3})(\\d{4})", "$1 $2", ["43[1-6]|70[1-9]"], "0$1"], ["(\\d)(\\d{3})(\\d{3,4})", "$1 $2 $3", ["2"], "0$1"], ["(\\d{2})(\\d{3})(\\d{2,3})", "$1 $2 $3", ["[356]|4[124-7]|7[1-9]|8[1-6]|9[1-7]"], "0$1"], ["(\\d{3})(\\d{2})(\\d{3})", "$1 $2 $3", ["(?:70|8)0"], "0$1"], ["(\\d{3})(\\d{3})(\\d{2})", "$1 $2 $3", ["43[1-7]|7"], "0$1"], ["(\\d{2})(\\d{3})(\\d{3,4})", "$1 $2 $3", ["[48]|9[08]"], "0$1"], ["(\\d{3})(\\d{3})(\\d{3})", "$1 $2 $3", ["9"], "0$1"]], "0", 0, 0, 0, 0, 0, [["2\\d{5,7}|(?:43[1-6]|70[1-9])\\d{4,5}|(?:[36]\\d|4[124-7]|[57][1-9]|8[1-6]|9[1-7])\\d{5,6}", [6, 7, 8]], ["(?:43[07-9]|99[69]\\d)\\d{5}|(?:8[7-9]|98)\\d{7}", [8, 9]], ["(?:00800\\d\\d|800)\\d{5}", [8, 12]], ["90\\d{6}", [8]], 0, 0, 0, 0, 0, ["700\\d{5}", [8]]]], "BH": ["973", "00", "[136-9]\\d{7}", [8], [["(\\d{4})(\\d{4})", "$1 $2", ["[13679]|8[02-4679]"]]], 0, 0, 0, 0, 0, 0, [["(?:1(?:3[1356]|6[0156]|7\\d)\\d|6(?:1[16]\\d|500|6(?:0\\d|3[12]|44|55|7[7-9]|88)|9[69][69])|7(?:[07]\\d\\d|1(?:11|78)))\\d{4}"], ["(?:3(?:[0-79]\\d|8[0-57-9])\\d|6(?:3(?:00|33|6[16])|441|6(?:3[03-9]|[69]\\d|7[0-689])))\\d{4}"], ["8[02369]\\d{6}"], ["(?:87|9[0-8])\\d{6}"], 0, 0, 0, 0, 0, ["84\\d{6}"]]], "BI": ["257", "00", "(?:[267]\\d|31)\\d{6}", [8], [["(\\d{2})(\\d{2})(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["[2367]"]]], 0, 0, 0, 0, 0, 0, [["(?:22|31)\\d{6}"], ["(?:29|6[1-9]|7[125-9])\\d{6}"]]], "BJ": ["229", "00", "01\\d{8}", [10], [["(\\d{2})(\\d{2})(\\d{2})(\\d{2})(\\d{2})", "$1 $2 $3 $4 $5", ["0"]]], 0, 0, 0, 0, 0, 0, [["012\\d{7}"], ["01(?:2[5-9]|[4-69]\\d)\\d{6}"]]], "BL": ["590", "00", "7090\\d{5}|(?:[56]9|[89]\\d)\\d{7}", [9], 0, "0", 0, 0, 0, 0, 0, [["(?:59(?:0(?:2[7-9]|3[3-7]|5[12]|87)|87\\d)|80[6-9]\\d\\d)\\d{4}"], ["(?:69(?:0\\d\\d|1(?:2[2-9]|3[0-5]))|7090[0-4])\\d{4}"], ["80[0-5]\\d{6}"], ["8[129]\\d{7}"], 0, 0, 0, 0, ["9(?:(?:39[5-7]|76[018])\\d|475[0-6])\\d{4}"]]], "BM": ["1", "011", "(?:441|[58]\\d\\d|900)\\d{7}", [10], 0, "1", 0, "([2-9]\\d{6})$|1", "441$1", 0, "441", [["441(?:[46]\\d\\d|5(?:4\\d|60|89))\\d{4}"], ["441(?:[2378]\\d|5[0-39]|9[02])\\d{5}"], ["8(?:00|33|44|55|66|77|88)[2-9]\\d{6}"], ["900[2-9]\\d{6}"], ["52(?:3(?:[2-46-9][02-9]\\d|5(?:[02-46-9]\\d|5[0-46-9]))|4(?:[2-478][02-9]\\d|5(?:[034]\\d|2[024-9]|5[0-46-9])|6(?:0[1-9]|[2-9]\\d)|9(?:[05-9]\\d|2[0-5]|49)))\\d{4}|52[34][2-9]1[02-9]\\d{4}|5(?:00|2[125-9]|3[23]|44|66|77|88)[2-9]\\d{6}"]]], "BN": ["673", "00", "[2-578]\\d{6}", [7], [["(\\d{3})(\\d{4})", "$1 $2", ["[2-578]"]]], 0, 0, 0, 0, 0, 0, [["22[0-7]\\d{4}|(?:2[013-9]|[34]\\d|5[0-25-9])\\d{5}"], ["(?:22[89]|[78]\\d\\d)\\d{4}"], 0, 0, 0, 0, 0, 0, ["5[34]\\d{5}"]]], "BO": ["591", "00(?:1\\d)?", "(?:[2-7]\\d\\d|8001)\\d{5}", [8, 9], [["(\\d)(\\d{7})", "$1 $2", ["[23]|4[46]|50"]], ["(\\d{8})", "$1", ["[5-7]"]], ["(\\d{3})(\\d{2})(\\d{4})", "$1 $2 $3", ["8"]]], "0", 0, "0(1\\d)?", 0, 0, 0, [["(?:2(?:2\\d\\d|5(?:11|[258]\\d|9[67])|6(?:12|2\\d|9[34])|8(?:2[34]|39|62))|3(?:3\\d\\d|4(?:6\\d|8[24])|8(?:25|42|5[257]|86|9[25])|9(?:[27]\\d|3[2-4]|4[248]|5[24]|6[2-6]))|4(?:4\\d\\d|6(?:11|[24689]\\d|72)))\\d{4}", [8]], ["(?:57|[67]\\d)\\d{6}", [8]], ["8001[07]\\d{4}", [9]], 0, 0, 0, 0, 0, ["50\\d{6}", [8]]]], "BQ": ["599", "00", "(?:[34]1|7\\d)\\d{5}", [7], 0, 0, 0, 0, 0, 0, "[347]", [["(?:318[023]|41(?:6[023]|70)|7(?:1[578]|2[05]|50)\\d)\\d{3}"], ["(?:31(?:8[14-8]|9[14578])|416[14-9]|7(?:0[01]|7[07]|8\\d|9[056])\\d)\\d{3}"]]], "BR": ["55", "00(?:1[245]|2[1-35]|31|4[13]|[56]5|99)", "[1-467]\\d{9,10}|55[0-46-9]\\d{8}|[34]\\d{7}|55\\d{7,8}|(?:5[0-46-9]|[89]\\d)\\d{7,9}", [8, 9, 10, 11], [["(\\d{4})(\\d{4})", "$1-$2", ["300|4(?:0[02]|37|86)", "300|4(?:0(?:0|20)|370|864)"]], ["(\\d{3})(\\d{2,3})(\\d{4})", "$1 $2 $3", ["(?:[358]|90)0"], "0$1"], ["(\\d{2})(\\d{4})(\\d{4})", "$1 $2-$3", ["(?:[14689][1-9]|2[12478]|3[1-578]|5[13-5]|7[13-579])[2-57]"], "($1)"], ["(\\d{2})(\\d{5})(\\d{4})", "$1 $2-$3", ["[16][1-9]|[2-57-9]"], "($1)"]], "0", 0, "(?:0|90)(?:(1[245]|2[1-35]|31|4[13]|[56]5|99)(\\d{10,11}))?", "$2", 0, 0, [["(?:[14689][1-9]|2[12478]|3[1-578]|5[13-5]|7[13-579])[2-5]\\d{7}", [10]], ["(?:[14689][1-9]|2[12478]|3[1-578]|5[13-5]|7[13-579])(?:7|9\\d)\\d{7}", [10, 11]], ["800\\d{6,7}", [9, 10]], ["[59]00\\d{6,7}", [9, 10]], 0, 0, 0, 0, 0, ["(?:30[03]\\d{3}|4(?:0(?:0\\d|20)|370|864))\\d{4}|300\\d{5}", [8, 10]]]], "BS": ["1", "011", "(?:242|[58]\\d\\d|900)\\d{7}", [10], 0, "1", 0, "([3-8]\\d{6})$|1", "242$1", 0, "242", [["242(?:3(?:02|[236][1-9]|4[0-24-9]|5[0-68]|7[347]|8[0-4]|9[2-467])|461|502|6(?:0[1-5]|12|2[013]|[45]0|7[67]|8[78]|9[89])|7(?:02|88))\\d{4}"], ["242(?:3(?:5[79]|7[56]|95)|4(?:[23][1-9]|4[1-35-9]|5[1-8]|6[2-8]|7\\d|81)|5(?:2[45]|3[35]|44|5[1-46-9]|65|77)|6[34]6|7(?:27|38)|8(?:0[1-9]|1[02-9]|2\\d|3[0-4]|[89]9))\\d{4}"], ["242300\\d{4}|8(?:00|33|44|55|66|77|88)[2-9]\\d{6}"], ["900[2-9]\\d{6}"], ["52(?:3(?:[2-46-9][02-9]\\d|5(?:[02-46-9]\\d|5[0-46-9]))|4(?:[2-478][02-9]\\d|5(?:[034]\\d|2[024-9]|5[0-46-9])|6(?:0[1-9]|[2-9]\\d)|9(?:[05-9]\\d|2[0-5]|49)))\\d{4}|52[34][2-9]1[02-9]\\d{4}|5(?:00|2[125-9]|3[23]|44|66|77|88)[2-9]\\d{6}"], 0, ["242225\\d{4}"]]], "BT": ["975", "00", "[178]\\d{7}|[2-8]\\d{6}", [7, 8], [["(\\d)(\\d{3})(\\d{3})", "$1 $2 $3", ["[2-6]|7[246]|8[2-4]"]], ["(\\d{2})(\\d{2})(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["1[67]|[78]"]]], 0, 0, 0, 0, 0, 0, [["(?:2[3-6]|[34][5-7]|5[236]|6[2-46]|7[246]|8[2-4])\\d{5}", [7]], ["(?:1[67]|[78]7)\\d{6}", [8]]]], "BW": ["267", "00", "90\\d{5}|(?:0800|[2-6]|(?:7|800)\\d)\\d{6}", [7, 8, 10], [["(\\d{2})(\\d{5})", "$1 $2", ["90"]], ["(\\d{3})(\\d{4})", "$1 $2", ["[2-6]"]], ["(\\d{2})(\\d{3})(\\d{3})", "$1 $2 $3", ["7"]], ["(\\d{4})(\\d{3})(\\d{3})", "$1 $2 $3", ["0"]], ["(\\d{3})(\\d{4})(\\d{3})", "$1 $2 $3", ["8"]]], 0, 0, 0, 0, 0, 0, [["(?:2(?:1[01]|31|[469]\\d|5[0-2]|7[5-7]|89)|3(?:[15-79]\\d|2[1-5]|45|8[0-5])|4(?:[38]0|42|51|[679]\\d)|5(?:[056][01]|1[23]|2[034]|[347-9]\\d)|6(?:0[01]|[258]\\d|[34]0|6[03]))\\d{4}", [7]], ["7(?:[1-8]\\d{3}|9(?:(?:[03]\\d|2[0-7])\\d|1(?:0[13-9]|1[0-35-9]|2\\d|3[0-8])))\\d{3}", [8]], ["(?:0800|800\\d)\\d{6}", [10]], ["90\\d{5}", [7]]]], "BY": ["375", "810", "(?:[12]\\d|33|44|902)\\d{7}|8(?:0[0-79]\\d{5,7}|[1-7]\\d{9})|8(?:1[0-489]|[5-79]\\d)\\d{7}|8[1-79]\\d{6,7}|8[0-79]\\d{5}|8\\d{5}", [6, 7, 8, 9, 10, 11], [["(\\d{3})(\\d{3})", "$1 $2", ["800"], "8 $1"], ["(\\d{3})(\\d{2})(\\d{2,4})", "$1 $2 $3", ["800"], "8 $1"], ["(\\d{4})(\\d{2})(\\d{3})", "$1 $2-$3", ["1(?:5[169]|6[3-5]|7[179])|2(?:1[35]|2[34]|3[3-5])", "1(?:5[169]|6(?:3[1-3]|4|5[125])|7(?:1[3-9]|7[0-24-6]|9[2-7]))|2(?:1[35]|2[34]|3[3-5])"], "8 0$1"], ["(\\d{3})(\\d{2})(\\d{2})(\\d{2})", "$1 $2-$3-$4", ["1(?:[56]|7[467])|2[1-3]"], "8 0$1"], ["(\\d{2})(\\d{3})(\\d{2})(\\d{2})", "$1 $2-$3-$4", ["[1-4]"], "8 0$1"], ["(\\d{3})(\\d{3,4})(\\d{4})", "$1 $2 $3", ["[89]"], "8 $1"]], "8", 0, "0|80?", 0, 0, 0, [["(?:1(?:5(?:1[1-5]|[24]\\d|6[2-4]|9[1-7])|6(?:[235]\\d|4[1-7])|7\\d\\d)|2(?:1(?:[246]\\d|3[0-35-9]|5[1-9])|2(?:[235]\\d|4[0-8])|3(?:[26]\\d|3[02-79]|4[024-7]|5[03-7])))\\d{5}", [9]], ["(?:2(?:5[5-79]|9[1-9])|(?:33|44)\\d)\\d{6}", [9]], ["800\\d{3,7}|8(?:0[13]|20\\d)\\d{7}"], ["(?:810|902)\\d{7}", [10]], 0, 0, 0, 0, ["249\\d{6}", [9]]], "8~10"], "BZ": ["501", "00", "(?:0800\\d|[2-8])\\d{6}", [7, 11], [["(\\d{3})(\\d{4})", "$1-$2", ["[2-8]"]], ["(\\d)(\\d{3})(\\d{4})(\\d{3})", "$1-$2-$3-$4", ["0"]]], 0, 0, 0, 0, 0, 0, [["(?:2(?:[02]\\d|36|[68]0)|[3-58](?:[02]\\d|[68]0)|7(?:[02]\\d|32|[68]0))\\d{4}", [7]], ["6[0-35-7]\\d{5}", [7]], ["0800\\d{7}", [11]]]], "CA": ["1", "011", "[2-9]\\d{9}|3\\d{6}", [7, 10], 0, "1", 0, 0, 0, 0, 0, [["(?:2(?:04|[23]6|[48]9|5[07]|[67]3)|3(?:06|43|54|6[578]|82)|4(?:03|1[68]|[26]8|3[178]|50|74)|5(?:06|1[49]|48|79|8[147])|6(?:04|[18]3|39|47|72)|7(?:0[59]|42|53|78|8[02])|8(?:[06]7|19|25|7[39])|9(?:0[25]|42))[2-9]\\d{6}", [10]], ["", [10]], ["8(?:00|33|44|55|66|77|88)[2-9]\\d{6}", [10]], ["900[2-9]\\d{6}", [10]], ["52(?:3(?:[2-46-9][02-9]\\d|5(?:[02-46-9]\\d|5[0-46-9]))|4(?:[2-478][02-9]\\d|5(?:[034]\\d|2[024-9]|5[0-46-9])|6(?:0[1-9]|[2-9]\\d)|9(?:[05-9]\\d|2[0-5]|49)))\\d{4}|52[34][2-9]1[02-9]\\d{4}|(?:5(?:2[125-9]|3[23]|44|66|77|88)|6(?:22|33))[2-9]\\d{6}", [10]], 0, ["310\\d{4}", [7]], 0, ["600[2-9]\\d{6}", [10]]]], "CC": ["61", "001[14-689]|14(?:1[14]|34|4[17]|[56]6|7[47]|88)0011", "1(?:[0-79]\\d{8}(?:\\d{2})?|8[0-24-9]\\d{7})|[148]\\d{8}|1\\d{5,7}", [6, 7, 8, 9, 10, 12], 0, "0", 0, "([59]\\d{7})$|0", "8$1", 0, 0, [["8(?:51(?:0(?:02|31|60|89)|1(?:18|76)|223)|91(?:0(?:1[0-2]|29)|1(?:[28]2|50|79)|2(?:10|64)|3(?:[06]8|22)|4[29]8|62\\d|70[23]|959))\\d{3}", [9]], ["4(?:79[01]|83[0-36-9]|9(?:5[0-3]|6[0-4]))\\d{5}|4(?:[0-36]\\d|4[047-9]|[58][0-24-9]|7[02-8]|9[0-47-9])\\d{6}", [9]], ["180(?:0\\d{3}|2)\\d{3}", [7, 10]], ["190[0-26]\\d{6}", [10]], 0, 0, 0, 0, ["14(?:5(?:1[0458]|[23][458])|71\\d)\\d{4}", [9]], ["13(?:00\\d{6}(?:\\d{2})?|45[0-4]\\d{3})|13\\d{4}", [6, 8, 10, 12]]], "0011"], "CD": ["243", "00", "(?:(?:[189]|5\\d)\\d|2)\\d{7}|[1-68]\\d{6}", [7, 8, 9, 10], [["(\\d{2})(\\d{2})(\\d{3})", "$1 $2 $3", ["88"], "0$1"], ["(\\d{2})(\\d{5})", "$1 $2", ["[1-6]"], "0$1"], ["(\\d{2})(\\d{2})(\\d{4})", "$1 $2 $3", ["2"], "0$1"], ["(\\d{2})(\\d{3})(\\d{4})", "$1 $2 $3", ["1"], "0$1"], ["(\\d{3})(\\d{3})(\\d{3})", "$1 $2 $3", ["[89]"], "0$1"], ["(\\d{2})(\\d{2})(\\d{3})(\\d{3})", "$1 $2 $3 $4", ["5"], "0$1"]], "0", 0, 0, 0, 0, 0, [["(?:(?:12|573)\\d\\d|276)\\d{5}|[1-6]\\d{6}"], ["88\\d{5}|(?:8[0-79]|9[016-9])\\d{7}", [7, 9]]]], "CF": ["236", "00", "8776\\d{4}|(?:[27]\\d|61)\\d{6}", [8], [["(\\d{2})(\\d{2})(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["[26-8]"]]], 0, 0, 0, 0, 0, 0, [["(?:2[12]|61)\\d{6}"], ["7[02-7]\\d{6}"], 0, ["8776\\d{4}"]]], "CG": ["242", "00", "222\\d{6}|(?:0\\d|80)\\d{7}", [9], [["(\\d)(\\d{4})(\\d{4})", "$1 $2 $3", ["8"]], ["(\\d{2})(\\d{3})(\\d{4})", "$1 $2 $3", ["[02]"]]], 0, 0, 0, 0, 0, 0, [["222[1-589]\\d{5}"], ["026(?:1[0-5]|6[6-9])\\d{4}|0(?:[14-6]\\d\\d|2(?:40|5[5-8]|6[07-9]))\\d{5}"], 0, ["80[0-2]\\d{6}"]]], "CH": ["41", "00", "8\\d{11}|[2-9]\\d{8}", [9, 12], [["(\\d{3})(\\d{3})(\\d{3})", "$1 $2 $3", ["8[047]|90"], "0$1"], ["(\\d{2})(\\d{3})(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["[2-79]|81"], "0$1"], ["(\\d{3})(\\d{2})(\\d{3})(\\d{2})(\\d{2})", "$1 $2 $3 $4 $5", ["8"], "0$1"]], "0", 0, 0, 0, 0, 0, [["(?:2[12467]|3[1-4]|4[134]|5[256]|6[12]|[7-9]1)\\d{7}", [9]], ["(?:6[89]|7[235-9])\\d{7}", [9]], ["800\\d{6}", [9]], ["90[016]\\d{6}", [9]], ["878\\d{6}", [9]], ["860\\d{9}", [12]], ["5[18]\\d{7}", [9]], ["74[0248]\\d{6}", [9]], 0, ["84[0248]\\d{6}", [9]]]], "CI": ["225", "00", "[02]\\d{9}", [10], [["(\\d{2})(\\d{2})(\\d)(\\d{5})", "$1 $2 $3 $4", ["2"]], ["(\\d{2})(\\d{2})(\\d{2})(\\d{4})", "$1 $2 $3 $4", ["0"]]], 0, 0, 0, 0, 0, 0, [["2(?:[15]\\d{3}|7(?:2(?:0[23]|1[2357]|2[245]|3[45]|4[3-5])|3(?:06|1[69]|[2-6]7)))\\d{5}"], ["0[157]\\d{8}"]]], "CK": ["682", "00", "[2-578]\\d{4}", [5], [["(\\d{2})(\\d{3})", "$1 $2", ["[2-578]"]]], 0, 0, 0, 0, 0, 0, [["(?:2\\d|3[13-7]|4[1-5])\\d{3}"], ["[578]\\d{4}"]]], "CL": ["56", "(?:0|1(?:1[0-69]|2[02-5]|5[13-58]|69|7[0167]|8[018]))0", "12300\\d{6}|6\\d{9,10}|[2-9]\\d{8}", [9, 10, 11], [["(\\d{5})(\\d{4})", "$1 $2", ["219", "2196"], "($1)"], ["(\\d{3})(\\d{3})(\\d{3})", "$1 $2 $3", ["60|809"]], ["(\\d{2})(\\d{3})(\\d{4})", "$1 $2 $3", ["44"]], ["(\\d)(\\d{4})(\\d{4})", "$1 $2 $3", ["2[1-36]"], "($1)"], ["(\\d)(\\d{4})(\\d{4})", "$1 $2 $3", ["9(?:10|[2-9])"]], ["(\\d{2})(\\d{3})(\\d{4})", "$1 $2 $3", ["3[2-5]|[47]|5[1-3578]|6[13-57]|8(?:0[1-8]|[1-9])"], "($1)"], ["(\\d{3})(\\d{3})(\\d{3,4})", "$1 $2 $3", ["60|8"]], ["(\\d{4})(\\d{3})(\\d{4})", "$1 $2 $3", ["1"]], ["(\\d{3})(\\d{3})(\\d{2})(\\d{3})", "$1 $2 $3 $4", ["60"]]], 0, 0, 0, 0, 0, 0, [["2(?:1982[0-6]|3314[05-9])\\d{3}|(?:2(?:1(?:160|962)|3(?:(?:[24]\\d|50)\\d|3(?:[0346-9]\\d|1[0-35-9]|2[1-9]|5[0-24-9])|600)|646[59])|(?:600|80[1-9])\\d\\d|9(?:(?:10[0-2]|7[1-9]\\d)\\d|3(?:[0-57-9]\\d\\d|6(?:0[02-9]|[1-9]\\d))|6(?:[0-8]\\d\\d|9(?:[02-79]\\d|1[05-9]))|9(?:[03-9]\\d\\d|1(?:[0235-9]\\d|4[0-24-9])|2(?:[0-79]\\d|8[0-46-9]))))\\d{4}|(?:22|3[2-5]|[47][1-35]|5[1-3578]|6[13-57]|8[1-9]|9[2458])\\d{7}", [9]], ["2(?:1982[0-6]|3314[05-9])\\d{3}|(?:2(?:1(?:160|962)|3(?:(?:[24]\\d|50)\\d|3(?:[0346-9]\\d|1[0-35-9]|2[1-9]|5[0-24-9])|600)|646[59])|80[1-8]\\d\\d|9(?:(?:10[0-2]|7[1-9]\\d)\\d|3(?:[0-57-9]\\d\\d|6(?:0[02-9]|[1-9]\\d))|6(?:[0-8]\\d\\d|9(?:[02-79]\\d|1[05-9]))|9(?:[03-9]\\d\\d|1(?:[0235-9]\\d|4[0-24-9])|2(?:[0-79]\\d|8[0-46-9]))))\\d{4}|(?:22|3[2-5]|[47][1-35]|5[1-3578]|6[13-57]|8[1-9]|9[2458])\\d{7}", [9]], ["(?:123|8)00\\d{6}", [9, 11]], 0, 0, 0, 0, 0, ["44\\d{7}", [9]], ["600\\d{7,8}", [10, 11]]]], "CM": ["237", "00", "[26]\\d{8}|88\\d{6,7}", [8, 9], [["(\\d{2})(\\d{2})(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["88"]], ["(\\d)(\\d{2})(\\d{2})(\\d{2})(\\d{2})", "$1 $2 $3 $4 $5", ["[26]|88"]]], 0, 0, 0, 0, 0, 0, [["2(?:22|33)\\d{6}", [9]], ["(?:24[23]|6(?:[25-9]\\d|4[0-2]))\\d{6}", [9]], ["88\\d{6,7}"]]], "CN": ["86", "00|1(?:[12]\\d|79)\\d\\d00", "(?:(?:1[03-689]|2\\d)\\d\\d|6)\\d{8}|1\\d{10}|[126]\\d{6}(?:\\d(?:\\d{2})?)?|86\\d{5,6}|(?:[3-579]\\d|8[0-57-9])\\d{5,9}", [7, 8, 9, 10, 11, 12], [["(\\d{2})(\\d{5})", "$1 $2", ["101", "1010", "10100"], "0$1"], ["(\\d{2})(\\d{5,6})", "$1 $2", ["(?:10|2[0-57-9])[19]|3(?:[15]|35|49|9[1-68])|4(?:1[125-9]|2[179]|[35][1-9]|6[47-9]|7|8[23])|5(?:[1357]|2[37]|4[36]|6[1-46]|80|9[1-9])|6(?:3[1-35]|6[0238]|9[12])|7(?:01|[1579]|2[248]|3[014-9]|4[3-6]|6[023689])|8(?:1[236-8]|2[5-7]|[37]|5[14-9]|8[36-8]|9[1-8])|9(?:0[1-3689]|1[1-79]|3|4[13]|5[1-5]|9[0-35-9])|[39]7[0-79]", "10(?:12|9[56])|2[0-57-9](?:1[02]|9[56])|(?:3(?:[15]\\d|35|49|7[0-79]|9[1-68])|4(?:1[125-9]|2[179]|[35][1-9]|6[47-9]|7\\d|8[23])|5(?:[1357]\\d|2[37]|4[36]|6[1-46]|80|9[1-9])|6(?:3[1-35]|6[0238]|9[12])|7(?:01|[1579]\\d|2[248]|3[014-9]|4[3-6]|6[023689])|8(?:1[236-8]|2[5-7]|[37]\\d|5[14-9]|8[36-8]|9[1-8])|9(?:0[1-3689]|1[1-79]|3\\d|4[13]|5[1-5]|7[0-79]|9[0-35-9]))1", "10(?:123|9[56])|2[0-57-9](?:1(?:00|23)|9[56])|(?:3(?:[15]\\d|35|49|7[0-79]|9[1-68])|4(?:1[125-9]|2[179]|[35][1-9]|6[47-9]|7\\d|8[23])|5(?:[1357]\\d|2[37]|4[36]|6[1-46]|80|9[1-9])|6(?:3[1-35]|6[0238]|9[12])|7(?:01|[1579]\\d|2[248]|3[014-9]|4[3-6]|6[023689])|8(?:1[236-8]|2[5-7]|[37]\\d|5[14-9]|8[36-8]|9[1-8])|9(?:0[1-3689]|1[1-79]|3\\d|4[13]|5[1-5]|7[0-79]|9[0-35-9]))12", "10(?:123|9[56])|2[0-57-9](?:1(?:00|23)|9[56])|(?:3(?:[15]\\d|35|49|7[0-79]|9[1-68])|4(?:1[125-9]|2[179]|[35][1-9]|6[47-9]|7\\d|8[23])|5(?:[1357]\\d|2[37]|4[36]|6[1-46]|80|9[1-9])|6(?:3[1-35]|6[0238]|9[12])|7(?:01|[1579]\\d|2[248]|3[014-9]|4[3-6]|6[023689])|8(?:1[236-8]|2[5-7]|[37]\\d|5[14-9]|8[36-8]|9[1-8])|9(?:0[1-3689]|1[1-79]|3\\d|4[13]|5[1-5]|7[0-79]|9[0-35-9]))123"], "0$1"], ["(\\d{4})(\\d{4})", "$1 $2", ["101", "1010"]], ["(\\d{3})(\\d{5,6})", "$1 $2", ["3(?:[15]|35|49|7[0-79]|9[1-68])|4(?:1[125-9]|2[179]|[35][1-9]|6[47-9]|7|8[23])|5(?:[1357]|2[37]|4[36]|6[1-46]|80|9[1-9])|6(?:3[1-35]|6[0238]|9[12])|7(?:01|[1579]|2[248]|3[014-9]|4[3-6]|6[023689])|8(?:1[236-8]|2[5-7]|[37]|5[14-9]|8[36-8]|9[1-8])|9(?:0[1-3689]|1[1-79]|[379]|4[13]|5[1-5])", "(?:3(?:[15]\\d|35|49|7[0-79]|9[1-68])|4(?:1[125-9]|2[179]|[35][1-9]|6[47-9]|7\\d|8[23])|5(?:[1357]\\d|2[37]|4[36]|6[1-46]|80|9[1-9])|6(?:3[1-35]|6[0238]|9[12])|7(?:01|[1579]\\d|2[248]|3[014-9]|4[3-6]|6[023689])|8(?:1[236-8]|2[5-7]|[37]\\d|5[14-9]|8[36-8]|9[1-8])|9(?:0[1-3689]|1[1-79]|[379]\\d|4[13]|5[1-5]))[19]", "(?:3(?:[15]\\d|35|49|7[0-79]|9[1-68])|4(?:1[125-9]|2[179]|[35][1-9]|6[47-9]|7\\d|8[23])|5(?:[1357]\\d|2[37]|4[36]|6[1-46]|80|9[1-9])|6(?:3[1-35]|6[0238]|9[12])|7(?:01|[1579]\\d|2[248]|3[014-9]|4[3-6]|6[023689])|8(?:1[236-8]|2[5-7]|[37]\\d|5[14-9]|8[36-8]|9[1-8])|9(?:0[1-3689]|1[1-79]|[379]\\d|4[13]|5[1-5]))(?:10|9[56])", "(?:3(?:[15]\\d|35|49|7[0-79]|9[1-68])|4(?:1[125-9]|2[179]|[35][1-9]|6[47-9]|7\\d|8[23])|5(?:[1357]\\d|2[37]|4[36]|6[1-46]|80|9[1-9])|6(?:3[1-35]|6[0238]|9[12])|7(?:01|[1579]\\d|2[248]|3[014-9]|4[3-6]|6[023689])|8(?:1[236-8]|2[5-7]|[37]\\d|5[14-9]|8[36-8]|9[1-8])|9(?:0[1-3689]|1[1-79]|[379]\\d|4[13]|5[1-5]))(?:100|9[56])"], "0$1"], ["(\\d{3})(\\d{3})(\\d{4})", "$1 $2 $3", ["[48]0"]], ["(\\d{2})(\\d{4})(\\d{4})", "$1 $2 $3", ["10|2(?:[02-57-9]|1[1-9])", "10|2(?:[02-57-9]|1[1-9])", "10[0-79]|2(?:[02-57-9]|1[1-79])|(?:10|21)8(?:0[1-9]|[1-9])"], "0$1", 1], ["(\\d{3})(\\d{3})(\\d{4})", "$1 $2 $3", ["3(?:[3-59]|7[02-6])|4(?:1[25-9]|[26-8]|3[3-9]|5[2-9])|5(?:3[03-9]|[468]|7[028]|9[2-46-9])|6|7(?:[0-247]|3[04-9]|5[0-4689]|6[2368])|8(?:[1-358]|9[1-7])|9(?:[013479]|5[1-5])|(?:31|55|79|87)[02-9]"], "0$1", 1], ["(\\d{3})(\\d{7,8})", "$1 $2", ["9"]], ["(\\d{3})(\\d{4})(\\d{4})", "$1 $2 $3", ["[3-578]"], "0$1", 1], ["(\\d{3})(\\d{4})(\\d{4})", "$1 $2 $3", ["1[3-9]"]], ["(\\d{2})(\\d{3})(\\d{3})(\\d{4})", "$1 $2 $3 $4", ["[12]"], "0$1", 1]], "0", 0, "(1(?:[12]\\d|79)\\d\\d)|0", 0, 0, 0, [["(?:10(?:[02-79]\\d\\d|[18](?:0[1-9]|[1-9]\\d))|2(?:[02-57-9]\\d{3}|1(?:[18](?:0[1-9]|[1-9]\\d)|[2-79]\\d\\d))|9(?:78|94)\\d\\d)\\d{5}|(?:43[35]|754|851)\\d{7,8}|(?:10|2[0-57-9])(?:1(?:00|23)\\d\\d|95\\d{3,4})|(?:43[35]|754|851)(?:1(?:00\\d|23)\\d|95\\d{3,4})|9(?:78|94)(?:100\\d\\d|95\\d{3,4})|(?:3(?:11|7[179])|4(?:[15]1|3[12])|5(?:1\\d|2[37]|3[12]|51|7[13-79]|9[15])|7(?:[39]1|5[57]|6[09])|8(?:71|98))(?:[02-8]\\d{7}|1(?:0(?:0\\d\\d(?:\\d{3})?|[1-9]\\d{5})|[13-9]\\d{6}|2(?:[0-24-9]\\d{5}|3\\d(?:\\d{4})?))|9(?:[0-46-9]\\d{6}|5\\d{3}(?:\\d(?:\\d{2})?)?))|(?:3(?:1[02-9]|35|49|5\\d|7[02-6]|9[1-68])|4(?:1[25-9]|2[179]|3[46-9]|5[2-9]|6[47-9]|7\\d|8[23])|5(?:3[03-9]|4[36]|5[02-9]|6[1-46]|7[028]|80|9[2-46-9])|6(?:3[1-35]|6[0238]|9[12])|7(?:01|[17]\\d|2[248]|3[04-9]|4[3-6]|5[0-3689]|6[2368]|9[02-9])|8(?:1[236-8]|2[5-7]|3\\d|5[4-9]|7[02-9]|8[36-8]|9[1-7])|9(?:0[1-3689]|1[1-79]|3\\d|4[13]|5[1-5]|7[0-79]|9[0-35-9]))(?:[02-8]\\d{6}|1(?:0(?:0\\d\\d(?:\\d{2})?|[1-9]\\d{4})|[13-9]\\d{5}|2(?:[0-24-9]\\d{4}|3\\d(?:\\d{3})?))|9(?:[0-46-9]\\d{5}|5\\d{3,5}))", [7, 8, 9, 10, 11]], ["1(?:610\\d|740[0-5])\\d{6}|1(?:[38]\\d|4[57]|[59][0-35-9]|6[25-7]|7[0-35-8])\\d{8}", [11]], ["(?:(?:10|21)8|8)00\\d{7}", [10, 12]], ["16[08]\\d{5}", [8]], 0, 0, 0, 0, 0, ["10(?:10\\d{4}|96\\d{3,4})|400\\d{7}|950\\d{7,8}|(?:2[0-57-9]|3(?:[15]\\d|35|49|7[0-79]|9[1-68])|4(?:1[125-9]|2[179]|[35][1-9]|6[47-9]|7\\d|8[23])|5(?:[1357]\\d|2[37]|4[36]|6[1-46]|80|9[1-9])|6(?:3[1-35]|6[0238]|9[12])|7(?:01|[1579]\\d|2[248]|3[014-9]|4[3-6]|6[023689])|8(?:1[236-8]|2[5-7]|[37]\\d|5[14-9]|8[36-8]|9[1-8])|9(?:0[1-3689]|1[1-79]|[379]\\d|4[13]|5[1-5]))96\\d{3,4}", [7, 8, 9, 10, 11]]], "00"], "CO": ["57", "00(?:4(?:[14]4|56)|[579])", "(?:46|60\\d\\d)\\d{6}|(?:1\\d|[39])\\d{9}", [8, 10, 11], [["(\\d{4})(\\d{4})", "$1 $2", ["46"]], ["(\\d{3})(\\d{7})", "$1 $2", ["6|90"], "($1)"], ["(\\d{3})(\\d{7})", "$1 $2", ["3[0-357]|94"]], ["(\\d)(\\d{3})(\\d{7})", "$1-$2-$3", ["1"], "0$1", 0, "$1 $2 $3"]], "0", 0, "0([3579]|4(?:[14]4|56))?", 0, 0, 0, [["601055(?:[0-4]\\d|50)\\d\\d|6010(?:[0-4]\\d|5[0-4])\\d{4}|(?:46|60(?:[18][1-9]|[24-7][2-9]))\\d{6}", [8, 10]], ["333301[0-5]\\d{3}|3333(?:00|2[5-9]|[3-9]\\d)\\d{4}|(?:3(?:24[1-9]|3(?:00|3[0-24-9]))|9408)\\d{6}|3(?:0[0-5]|1\\d|2[0-3]|5[01]|70)\\d{7}", [10]], ["1800\\d{7}", [11]], ["(?:19(?:0[01]|4[78])|901)\\d{7}", [10, 11]]]], "CR": ["506", "00", "(?:8\\d|90)\\d{8}|(?:[24-8]\\d{3}|3005)\\d{4}", [8, 10], [["(\\d{4})(\\d{4})", "$1 $2", ["[2-7]|8[3-9]"]], ["(\\d{3})(\\d{3})(\\d{4})", "$1-$2-$3", ["[89]"]]], 0, 0, "(19(?:0[0-2468]|1[09]|20|66|77|99))", 0, 0, 0, [["2(?:010|1(?:0[7-9]|[1-9]\\d)|[24-7]\\d\\d)\\d{4}", [8]], ["(?:3005\\d|6500[01])\\d{3}|(?:5[07]|6[0-4]|7[0-3]|8[3-9])\\d{6}", [8]], ["800\\d{7}", [10]], ["90[059]\\d{7}", [10]], 0, 0, 0, 0, ["(?:2(?:00[0-3]|10[0-6])|4\\d{3}|5100)\\d{4}", [8]]]], "CU": ["53", "119", "(?:[2-7]|8\\d\\d)\\d{7}|[2-47]\\d{6}|[34]\\d{5}", [6, 7, 8, 10], [["(\\d{2})(\\d{4,6})", "$1 $2", ["2[1-4]|[34]"], "(0$1)"], ["(\\d)(\\d{6,7})", "$1 $2", ["7"], "(0$1)"], ["(\\d)(\\d{7})", "$1 $2", ["[56]"], "0$1"], ["(\\d{3})(\\d{7})", "$1 $2", ["8"], "0$1"]], "0", 0, 0, 0, 0, 0, [["(?:3[23]|4[89])\\d{4,6}|(?:31|4[36]|8(?:0[25]|78)\\d)\\d{6}|(?:2[1-4]|4[1257]|7\\d)\\d{5,6}"], ["(?:5\\d|6[2-4])\\d{6}", [8]], ["800\\d{7}", [10]], 0, 0, 0, 0, 0, 0, ["807\\d{7}", [10]]]], "CV": ["238", "0", "(?:[2-59]\\d\\d|800)\\d{4}", [7], [["(\\d{3})(\\d{2})(\\d{2})", "$1 $2 $3", ["[2-589]"]]], 0, 0, 0, 0, 0, 0, [["2(?:2[1-7]|3[0-8]|4[12]|5[1256]|6\\d|7[1-3]|8[1-5])\\d{4}"], ["(?:36|5[1-37-9]|9\\d)\\d{5}"], ["800\\d{4}"], 0, 0, 0, 0, 0, ["(?:3[3-5]|4[356])\\d{5}"]]], "CW": ["599", "00", "(?:[34]1|60|(?:7|9\\d)\\d)\\d{5}", [7, 8], [["(\\d{3})(\\d{4})", "$1 $2", ["[3467]"]], ["(\\d)(\\d{3})(\\d{4})", "$1 $2 $3", ["9[4-8]"]]], 0, 0, 0, 0, 0, "[69]", [["9(?:4(?:3[0-5]|4[14]|6\\d)|50\\d|7(?:2[014]|3[02-9]|4[4-9]|6[357]|77|8[7-9])|8(?:3[39]|[46]\\d|7[01]|8[57-9]))\\d{4}"], ["953[01]\\d{4}|9(?:5[12467]|6[5-9])\\d{5}"], 0, 0, 0, 0, 0, ["955\\d{5}", [8]], 0, ["60[0-2]\\d{4}", [7]]]], "CX": ["61", "001[14-689]|14(?:1[14]|34|4[17]|[56]6|7[47]|88)0011", "1(?:[0-79]\\d{8}(?:\\d{2})?|8[0-24-9]\\d{7})|[148]\\d{8}|1\\d{5,7}", [6, 7, 8, 9, 10, 12], 0, "0", 0, "([59]\\d{7})$|0", "8$1", 0, 0, [["8(?:51(?:0(?:01|30|59|88)|1(?:17|46|75)|2(?:22|35))|91(?:00[6-9]|1(?:[28]1|49|78)|2(?:09|63)|3(?:12|26|75)|4(?:56|97)|64\\d|7(?:0[01]|1[0-2])|958))\\d{3}", [9]], ["4(?:79[01]|83[0-36-9]|9(?:5[0-3]|6[0-4]))\\d{5}|4(?:[0-36]\\d|4[047-9]|[58][0-24-9]|7[02-8]|9[0-47-9])\\d{6}", [9]], ["180(?:0\\d{3}|2)\\d{3}", [7, 10]], ["190[0-26]\\d{6}", [10]], 0, 0, 0, 0, ["14(?:5(?:1[0458]|[23][458])|71\\d)\\d{4}", [9]], ["13(?:00\\d{6}(?:\\d{2})?|45[0-4]\\d{3})|13\\d{4}", [6, 8, 10, 12]]], "0011"], "CY": ["357", "00", "(?:[279]\\d|[58]0)\\d{6}", [8], [["(\\d{2})(\\d{6})", "$1 $2", ["[257-9]"]]], 0, 0, 0, 0, 0, 0, [["2[2-6]\\d{6}"], ["9(?:10|[4-79]\\d)\\d{5}"], ["800\\d{5}"], ["90[09]\\d{5}"], ["700\\d{5}"], 0, ["(?:50|77)\\d{6}"], 0, 0, ["80[1-9]\\d{5}"]]], "CZ": ["420", "00", "(?:[2-578]\\d|60)\\d{7}|9\\d{8,11}", [9, 10, 11, 12], [["(\\d{3})(\\d{3})(\\d{3})", "$1 $2 $3", ["[2-8]|9[015-7]"]], ["(\\d{2})(\\d{3})(\\d{3})(\\d{2})", "$1 $2 $3 $4", ["96"]], ["(\\d{2})(\\d{3})(\\d{3})(\\d{3})", "$1 $2 $3 $4", ["9"]], ["(\\d{3})(\\d{3})(\\d{3})(\\d{3})", "$1 $2 $3 $4", ["9"]]], 0, 0, 0, 0, 0, 0, [["(?:2\\d|3[1257-9]|4[16-9]|5[13-9])\\d{7}", [9]], ["7060\\d{5}|(?:60[1-8]|7(?:0[2-5]|19|[2379]\\d))\\d{6}", [9]], ["800\\d{6}", [9]], ["9(?:0[05689]|76)\\d{6}", [9]], ["70[01]\\d{6}", [9]], ["9(?:3\\d{9}|6\\d{7,10})"], ["9(?:5\\d|7[2-4])\\d{6}", [9]], 0, ["9[17]0\\d{6}", [9]], ["8[134]\\d{7}", [9]]]], "DE": ["49", "00", "[2579]\\d{5,14}|49(?:[34]0|69|8\\d)\\d\\d?|49(?:37|49|60|7[089]|9\\d)\\d{1,3}|49(?:2[024-9]|3[2-689]|7[1-7])\\d{1,8}|(?:1|[368]\\d|4[0-8])\\d{3,13}|49(?:[015]\\d|2[13]|31|[46][1-8])\\d{1,9}", [4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15], [["(\\d{2})(\\d{3,13})", "$1 $2", ["3[02]|40|[68]9"], "0$1"], ["(\\d{3})(\\d{3,12})", "$1 $2", ["2(?:0[1-389]|1[124]|2[18]|3[14])|3(?:[35-9][15]|4[015])|906|(?:2[4-9]|4[2-9]|[579][1-9]|[68][1-8])1", "2(?:0[1-389]|12[0-8])|3(?:[35-9][15]|4[015])|906|2(?:[13][14]|2[18])|(?:2[4-9]|4[2-9]|[579][1-9]|[68][1-8])1"], "0$1"], ["(\\d{4})(\\d{2,11})", "$1 $2", ["[24-6]|3(?:[3569][02-46-9]|4[2-4679]|7[2-467]|8[2-46-8])|70[2-8]|8(?:0[2-9]|[1-8])|90[7-9]|[79][1-9]", "[24-6]|3(?:3(?:0[1-467]|2[127-9]|3[124578]|7[1257-9]|8[1256]|9[145])|4(?:2[135]|4[13578]|9[1346])|5(?:0[14]|2[1-3589]|6[1-4]|7[13468]|8[13568])|6(?:2[1-489]|3[124-6]|6[13]|7[12579]|8[1-356]|9[135])|7(?:2[1-7]|4[145]|6[1-5]|7[1-4])|8(?:21|3[1468]|6|7[1467]|8[136])|9(?:0[12479]|2[1358]|4[134679]|6[1-9]|7[136]|8[147]|9[1468]))|70[2-8]|8(?:0[2-9]|[1-8])|90[7-9]|[79][1-9]|3[68]4[1347]|3(?:47|60)[1356]|3(?:3[46]|46|5[49])[1246]|3[4579]3[1357]"], "0$1"], ["(\\d{3})(\\d{4})", "$1 $2", ["138"], "0$1"], ["(\\d{5})(\\d{2,10})", "$1 $2", ["3"], "0$1"], ["(\\d{3})(\\d{5,11})", "$1 $2", ["181"], "0$1"], ["(\\d{3})(\\d)(\\d{4,10})", "$1 $2 $3", ["1(?:3|80)|9"], "0$1"], ["(\\d{3})(\\d{7,8})", "$1 $2", ["1[67]"], "0$1"], ["(\\d{3})(\\d{7,12})", "$1 $2", ["8"], "0$1"], ["(\\d{5})(\\d{6})", "$1 $2", ["185", "1850", "18500"], "0$1"], ["(\\d{3})(\\d{4})(\\d{4})", "$1 $2 $3", ["7"], "0$1"], ["(\\d{4})(\\d{7})", "$1 $2", ["18[68]"], "0$1"], ["(\\d{4})(\\d{7})", "$1 $2", ["15[1279]"], "0$1"], ["(\\d{5})(\\d{6})", "$1 $2", ["15[03-68]", "15(?:[0568]|3[13]|41)"], "0$1"], ["(\\d{3})(\\d{8})", "$1 $2", ["18"], "0$1"], ["(\\d{3})(\\d{2})(\\d{7,8})", "$1 $2 $3", ["1(?:6[023]|7)"], "0$1"], ["(\\d{4})(\\d{2})(\\d{7})", "$1 $2 $3", ["15[279]"], "0$1"], ["(\\d{3})(\\d{2})(\\d{8})", "$1 $2 $3", ["15"], "0$1"]], "0", 0, 0, 0, 0, 0, [["32\\d{9,11}|49[1-6]\\d{10}|322\\d{6}|49[0-7]\\d{3,9}|(?:[34]0|[68]9)\\d{3,13}|(?:2(?:0[1-689]|[1-3569]\\d|4[0-8]|7[1-7]|8[0-7])|3(?:[3569]\\d|4[0-79]|7[1-7]|8[1-8])|4(?:1[02-9]|[2-48]\\d|5[0-6]|6[0-8]|7[0-79])|5(?:0[2-8]|[124-6]\\d|[38][0-8]|[79][0-7])|6(?:0[02-9]|[1-358]\\d|[47][0-8]|6[1-9])|7(?:0[2-8]|1[1-9]|[27][0-7]|3\\d|[4-6][0-8]|8[0-5]|9[013-7])|8(?:0[2-9]|1[0-79]|2\\d|3[0-46-9]|4[0-6]|5[013-9]|6[1-8]|7[0-8]|8[0-24-6])|9(?:0[6-9]|[1-4]\\d|[589][0-7]|6[0-8]|7[0-467]))\\d{3,12}", [5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]], ["1(?:6[023]|7\\d)\\d{7,8}|15(?:[0-25-9]\\d\\d|3(?:10|33)|410)\\d{6}", [10, 11]], ["800\\d{7,12}", [10, 11, 12, 13, 14, 15]], ["(?:137[7-9]|900(?:[135]|9\\d))\\d{6}", [10, 11]], ["700\\d{8}", [11]], ["1(?:6(?:013|255|399)|7(?:(?:[015]1|[69]3)3|[2-4]55|[78]99))\\d{7,8}|15(?:(?:[03-68]00|113)\\d|2\\d55|7\\d99|9\\d33)\\d{7}", [12, 13]], ["18(?:1\\d{5,11}|[2-9]\\d{8})", [8, 9, 10, 11, 12, 13, 14]], ["16(?:4\\d{1,10}|[89]\\d{1,11})", [4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]], 0, ["180\\d{5,11}|13(?:7[1-6]\\d\\d|8)\\d{4}", [7, 8, 9, 10, 11, 12, 13, 14]]]], "DJ": ["253", "00", "(?:2\\d|77)\\d{6}", [8], [["(\\d{2})(\\d{2})(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["[27]"]]], 0, 0, 0, 0, 0, 0, [["2(?:1[2-5]|7[45])\\d{5}"], ["77\\d{6}"]]], "DK": ["45", "00", "[2-9]\\d{7}", [8], [["(\\d{2})(\\d{2})(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["[2-9]"]]], 0, 0, 0, 0, 0, 0, [["(?:2(?:[0-59][1-9]|[6-8]\\d)|3(?:[0-3][1-9]|4[13]|5[1-58]|6[1347-9]|8[1-8]|9[1-79])|4(?:[0-25][1-9]|[34][2-9]|6[13-579]|7[13579]|8[1-47]|9[127])|5(?:[0-36][1-9]|4[146-9]|5[3-57-9]|7[568]|8[1-358]|9[1-69])|6(?:[0135][1-9]|2[1-68]|4[2-8]|6[1689]|[78]\\d|9[15689])|7(?:[0-69][1-9]|7[3-9]|8[147])|8(?:[16-9][1-9]|2[1-58])|9(?:[1-47-9][1-9]|6\\d))\\d{5}"], ["(?:2[6-8]|6[78]|96)\\d{6}|(?:2[0-59]|3[0-689]|[457]\\d|6[0-69]|8[126-9]|9[1-47-9])[1-9]\\d{5}"], ["80\\d{6}"], ["90\\d{6}"]]], "DM": ["1", "011", "(?:[58]\\d\\d|767|900)\\d{7}", [10], 0, "1", 0, "([2-7]\\d{6})$|1", "767$1", 0, "767", [["767(?:2(?:55|66)|4(?:2[01]|4[0-25-9])|50[0-4])\\d{4}"], ["767(?:2(?:[2-4689]5|7[5-7])|31[5-7]|61[1-8]|70[1-6])\\d{4}"], ["8(?:00|33|44|55|66|77|88)[2-9]\\d{6}"], ["900[2-9]\\d{6}"], ["52(?:3(?:[2-46-9][02-9]\\d|5(?:[02-46-9]\\d|5[0-46-9]))|4(?:[2-478][02-9]\\d|5(?:[034]\\d|2[024-9]|5[0-46-9])|6(?:0[1-9]|[2-9]\\d)|9(?:[05-9]\\d|2[0-5]|49)))\\d{4}|52[34][2-9]1[02-9]\\d{4}|5(?:00|2[125-9]|3[23]|44|66|77|88)[2-9]\\d{6}"]]], "DO": ["1", "011", "(?:[58]\\d\\d|900)\\d{7}", [10], 0, "1", 0, 0, 0, 0, "8001|8[024]9", [["8(?:[04]9[2-9]\\d\\d|29(?:2(?:[0-59]\\d|6[04-9]|7[0-27]|8[0237-9])|3(?:[0-35-9]\\d|4[7-9])|[45]\\d\\d|6(?:[0-27-9]\\d|[3-5][1-9]|6[0135-8])|7(?:0[013-9]|[1-37]\\d|4[1-35689]|5[1-4689]|6[1-57-9]|8[1-79]|9[1-8])|8(?:0[146-9]|1[0-48]|[248]\\d|3[1-79]|5[01589]|6[013-68]|7[124-8]|9[0-8])|9(?:[0-24]\\d|3[02-46-9]|5[0-79]|60|7[0169]|8[57-9]|9[02-9])))\\d{4}"], ["8[024]9[2-9]\\d{6}"], ["800(?:14|[2-9]\\d)\\d{5}|8[024]9[01]\\d{6}|8(?:33|44|55|66|77|88)[2-9]\\d{6}"], ["900[2-9]\\d{6}"], ["52(?:3(?:[2-46-9][02-9]\\d|5(?:[02-46-9]\\d|5[0-46-9]))|4(?:[2-478][02-9]\\d|5(?:[034]\\d|2[024-9]|5[0-46-9])|6(?:0[1-9]|[2-9]\\d)|9(?:[05-9]\\d|2[0-5]|49)))\\d{4}|52[34][2-9]1[02-9]\\d{4}|5(?:00|2[125-9]|3[23]|44|66|77|88)[2-9]\\d{6}"]]], "DZ": ["213", "00", "(?:[1-4]|[5-79]\\d|80)\\d{7}", [8, 9], [["(\\d{2})(\\d{2})(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["[1-4]"], "0$1"], ["(\\d{2})(\\d{3})(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["9"], "0$1"], ["(\\d{3})(\\d{2})(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["[5-8]"], "0$1"]], "0", 0, 0, 0, 0, 0, [["9619\\d{5}|(?:[1-3]\\d|4[013-689])\\d{6}"], ["5(?:4[0-29]|6[0-4])\\d{6}|(?:55|6\\d|7[7-9])\\d{7}", [9]], ["800\\d{6}", [9]], ["80[3-689]1\\d{5}", [9]], 0, 0, 0, 0, ["98[23]\\d{6}", [9]], ["80[12]1\\d{5}", [9]]]], "EC": ["593", "00", "1\\d{9,10}|(?:[2-7]|9\\d)\\d{7}", [8, 9, 10, 11], [["(\\d)(\\d{3})(\\d{4})", "$1 $2-$3", ["[2-7]"], "(0$1)", 0, "$1-$2-$3"], ["(\\d{2})(\\d{3})(\\d{4})", "$1 $2 $3", ["9"], "0$1"], ["(\\d{4})(\\d{3})(\\d{3,4})", "$1 $2 $3", ["1"]]], "0", 0, 0, 0, 0, 0, [["[2-7][2-7]\\d{6}", [8]], ["964[0-2]\\d{5}|9(?:3[0-29]|[57][89]|6[0-36-9]|[89]\\d)\\d{6}", [9]], ["1800\\d{7}|1[78]00\\d{6}", [10, 11]], 0, 0, 0, 0, 0, ["[2-7]890\\d{4}", [8]]]], "EE": ["372", "00", "8\\d{9}|[4578]\\d{7}|(?:[3-8]\\d|90)\\d{5}", [7, 8, 10], [["(\\d{3})(\\d{4})", "$1 $2", ["[369]|4[3-8]|5(?:[0-2]|5[0-478]|6[45])|7[1-9]|88", "[369]|4[3-8]|5(?:[02]|1(?:[0-8]|95)|5[0-478]|6(?:4[0-4]|5[1-589]))|7[1-9]|88"]], ["(\\d{4})(\\d{3,4})", "$1 $2", ["[45]|8(?:00|[1-49])", "[45]|8(?:00[1-9]|[1-49])"]], ["(\\d{2})(\\d{2})(\\d{4})", "$1 $2 $3", ["7"]], ["(\\d{4})(\\d{3})(\\d{3})", "$1 $2 $3", ["8"]]], 0, 0, 0, 0, 0, 0, [["(?:3[23589]|4[3-8]|6\\d|7[1-9]|88)\\d{5}", [7]], ["(?:5\\d{5}|8(?:1(?:0(?:0(?:00|[178]\\d)|[3-9]\\d\\d)|(?:1(?:0[2-6]|1\\d)|[2-79]\\d\\d)\\d)|2(?:0(?:0(?:00|4\\d)|[1-7]\\d\\d)|(?:(?:[124-69]\\d|3[5-9])\\d|7(?:[0-79]\\d|8[013-9])|8(?:[2-6]\\d|7[01]))\\d)|[349]\\d{4}))\\d\\d|5(?:(?:[02]\\d|5[0-478])\\d|1(?:[0-8]\\d|95)|6(?:4[0-4]|5[1-589]))\\d{3}", [7, 8]], ["800(?:(?:0\\d\\d|1)\\d|[2-9])\\d{3}"], ["(?:40\\d\\d|900)\\d{4}", [7, 8]], ["70[0-2]\\d{5}", [8]]]], "EG": ["20", "00", "[189]\\d{8,9}|[24-6]\\d{8}|[135]\\d{7}", [8, 9, 10], [["(\\d)(\\d{7,8})", "$1 $2", ["[23]"], "0$1"], ["(\\d{2})(\\d{6,7})", "$1 $2", ["1[35]|[4-6]|8[2468]|9[235-7]"], "0$1"], ["(\\d{3})(\\d{3})(\\d{4})", "$1 $2 $3", ["[89]"], "0$1"], ["(\\d{2})(\\d{8})", "$1 $2", ["1"], "0$1"]], "0", 0, 0, 0, 0, 0, [["13[23]\\d{6}|(?:15|57)\\d{6,7}|(?:2\\d|3|4[05-8]|5[05]|6[24-689]|8[2468]|9[235-7])\\d{7}", [8, 9]], ["1[0-25]\\d{8}", [10]], ["800\\d{7}", [10]], ["900\\d{7}", [10]]]], "EH": ["212", "00", "[5-8]\\d{8}", [9], 0, "0", 0, 0, 0, 0, 0, [["528[89]\\d{5}"], ["(?:6(?:[0-79]\\d|8[0-247-9])|7(?:[016-8]\\d|2[0-8]|3[01]|5[0-5]))\\d{6}"], ["80[0-7]\\d{6}"], ["89\\d{7}"], 0, 0, 0, 0, ["(?:592(?:4[0-2]|93)|80[89]\\d\\d)\\d{4}"]]], "ER": ["291", "00", "[178]\\d{6}", [7], [["(\\d)(\\d{3})(\\d{3})", "$1 $2 $3", ["[178]"], "0$1"]], "0", 0, 0, 0, 0, 0, [["(?:1(?:1[12568]|[24]0|55|6[146])|8\\d\\d)\\d{4}"], ["(?:17[1-3]|7\\d\\d)\\d{4}"]]], "ES": ["34", "00", "400\\d{6}|(?:51|[6-9]\\d)\\d{7}", [9], [["(\\d{3})(\\d{3})(\\d{3})", "$1 $2 $3", ["[89]00"]], ["(\\d{3})(\\d{2})(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["[4-9]"]]], 0, 0, 0, 0, 0, 0, [["96906(?:0[0-8]|1[1-9]|[2-9]\\d)\\d\\d|9(?:69(?:0[0-57-9]|[1-9]\\d)|73(?:[0-8]\\d|9[1-9]))\\d{4}|(?:400|8(?:[1356]\\d|[28][0-8]|[47][1-9])|9(?:[135]\\d|[268][0-8]|4[1-9]|7[124-9]))\\d{6}"], ["9(?:6906(?:09|10)|7390\\d\\d)\\d\\d|(?:6\\d|7[1-48])\\d{7}"], ["[89]00\\d{6}"], ["80[367]\\d{6}"], ["70\\d{7}"], 0, ["51\\d{7}"], 0, 0, ["90[12]\\d{6}"]]], "ET": ["251", "00", "(?:11|[2-57-9]\\d)\\d{7}", [9], [["(\\d{2})(\\d{3})(\\d{4})", "$1 $2 $3", ["[1-57-9]"], "0$1"]], "0", 0, 0, 0, 0, 0, [["(?:11(?:[124]\\d\\d|3(?:[0-79]\\d|8[0-7])|5(?:[02-9]\\d|1[0-57-9])|6(?:[02-79]\\d|1[0-57-9]|8[0-8]))|2(?:2(?:11[1-9]|22[0-7]|33\\d|44[1467]|66[1-68])|5(?:11[124-6]|33[2-8]|44[1467]|55[14]|66[1-3679]|77[124-79]|880))|3(?:3(?:11[0-46-8]|(?:22|55)[0-6]|33[0134689]|44[04]|66[01467])|4(?:44[0-8]|55[0-69]|66[0-3]|77[1-5]))|4(?:6(?:119|22[0-24-7]|33[1-5]|44[13-69]|55[14-689]|660|88[1-4])|7(?:(?:11|22)[1-9]|33[13-7]|44[13-6]|55[1-689]))|5(?:7(?:227|55[05]|(?:66|77)[14-8])|8(?:11[149]|22[013-79]|33[0-68]|44[013-8]|550|66[1-5]|77\\d)))\\d{4}"], ["(?:7(?:[03]\\d|1[0-8]|2[1-35-79]|77|86|99)|(?:8[01]|9\\d)\\d)\\d{6}"]]], "FI": ["358", "00|99(?:[01469]|5(?:[14]1|3[23]|5[59]|77|88|9[09]))", "[1-35689]\\d{4}|7\\d{10,11}|(?:[124-7]\\d|3[0-46-9])\\d{8}|[1-9]\\d{5,8}", [5, 6, 7, 8, 9, 10, 11, 12], [["(\\d{5})", "$1", ["20[2-59]"], "0$1"], ["(\\d{3})(\\d{3,7})", "$1 $2", ["(?:[1-3]0|[68])0|70[07-9]"], "0$1"], ["(\\d{2})(\\d{4,8})", "$1 $2", ["[14]|2[09]|50|7[135]"], "0$1"], ["(\\d{2})(\\d{6,10})", "$1 $2", ["7"], "0$1"], ["(\\d)(\\d{4,9})", "$1 $2", ["(?:19|[2568])[1-8]|3(?:0[1-9]|[1-9])|9"], "0$1"]], "0", 0, 0, 0, 0, "1[03-79]|[2-9]", [["1[3-7][1-8]\\d{3,6}|(?:19[1-8]|[23568][1-8]\\d|9(?:00|[1-8]\\d))\\d{2,6}", [5, 6, 7, 8, 9]], ["(?:4[0-8]|50)\\d{4,8}", [6, 7, 8, 9, 10]], ["800\\d{4,6}", [7, 8, 9]], ["[67]00\\d{5,6}", [8, 9]], 0, 0, ["20\\d{4,8}|60[12]\\d{5,6}|7(?:099\\d{4,5}|5[03-9]\\d{3,7})|20[2-59]\\d\\d|(?:606|7(?:0[78]|1|3\\d))\\d{7}|(?:10|29|3[09]|70[1-5]\\d)\\d{4,8}"]], "00"], "FJ": ["679", "0(?:0|52)", "45\\d{5}|(?:0800\\d|[235-9])\\d{6}", [7, 11], [["(\\d{3})(\\d{4})", "$1 $2", ["[235-9]|45"]], ["(\\d{4})(\\d{3})(\\d{4})", "$1 $2 $3", ["0"]]], 0, 0, 0, 0, 0, 0, [["603\\d{4}|(?:3[0-6]|6[25-7]|8[58])\\d{5}", [7]], ["(?:[279]\\d|45|5[01568]|8[034679])\\d{5}", [7]], ["0800\\d{7}", [11]]], "00"], "FK": ["500", "00", "[2-7]\\d{4}", [5], 0, 0, 0, 0, 0, 0, 0, [["[2-47]\\d{4}"], ["[56]\\d{4}"]]], "FM": ["691", "00", "(?:[39]\\d\\d|820)\\d{4}", [7], [["(\\d{3})(\\d{4})", "$1 $2", ["[389]"]]], 0, 0, 0, 0, 0, 0, [["31(?:00[67]|208|309)\\d\\d|(?:3(?:[2357]0[1-9]|602|804|905)|(?:820|9[2-6]\\d)\\d)\\d{3}"], ["31(?:00[67]|208|309)\\d\\d|(?:3(?:[2357]0[1-9]|602|804|905)|(?:820|9[2-7]\\d)\\d)\\d{3}"]]], "FO": ["298", "00", "[2-9]\\d{5}", [6], [["(\\d{2})(\\d{2})(\\d{2})", "$1 $2 $3", ["[2-9]"]]], 0, 0, "(10(?:01|[12]0|88))", 0, 0, 0, [["(?:20|[34]\\d|8[19])\\d{4}"], ["(?:[27][1-9]|5\\d|9[16])\\d{4}"], ["80[257-9]\\d{3}"], ["90(?:[13-5][15-7]|2[125-7]|9\\d)\\d\\d"], 0, 0, 0, 0, ["6[0-36]\\d{4}"]]], "FR": ["33", "00", "[1-9]\\d{8}", [9], [["(\\d{3})(\\d{2})(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["8"], "0 $1"], ["(\\d)(\\d{2})(\\d{2})(\\d{2})(\\d{2})", "$1 $2 $3 $4 $5", ["[1-79]"], "0$1"]], "0", 0, 0, 0, 0, 0, [["(?:26[013-9]|59[1-35-9])\\d{6}|(?:[13]\\d|2[0-57-9]|4[1-9]|5[0-8])\\d{7}"], ["(?:6(?:[0-24-8]\\d|3[0-8]|9[589])|7[3-9]\\d)\\d{6}"], ["80[0-5]\\d{6}"], ["836(?:0[0-36-9]|[1-9]\\d)\\d{4}|8(?:1[2-9]|2[2-47-9]|3[0-57-9]|[569]\\d|8[0-35-9])\\d{6}"], 0, 0, ["80[6-9]\\d{6}"], 0, ["9\\d{8}"], ["8(?:1[01]|2[0156]|4[024]|84)\\d{6}"]]], "GA": ["241", "00", "(?:[067]\\d|11)\\d{6}|[2-7]\\d{6}", [7, 8], [["(\\d)(\\d{2})(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["[2-7]"], "0$1"], ["(\\d{2})(\\d{2})(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["0"]], ["(\\d{2})(\\d{2})(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["11|[67]"], "0$1"]], 0, 0, "0(11\\d{6}|60\\d{6}|61\\d{6}|6[256]\\d{6}|7[467]\\d{6})", "$1", 0, 0, [["[01]1\\d{6}", [8]], ["(?:(?:0[2-7]|7[467])\\d|6(?:0[0-4]|10|[256]\\d))\\d{5}|[2-7]\\d{6}"]]], "GB": ["44", "00", "[1-357-9]\\d{9}|[18]\\d{8}|8\\d{6}", [7, 9, 10], [["(\\d{3})(\\d{4})", "$1 $2", ["800", "8001", "80011", "800111", "8001111"], "0$1"], ["(\\d{3})(\\d{2})(\\d{2})", "$1 $2 $3", ["845", "8454", "84546", "845464"], "0$1"], ["(\\d{3})(\\d{6})", "$1 $2", ["800"], "0$1"], ["(\\d{5})(\\d{4,5})", "$1 $2", ["1(?:38|5[23]|69|76|94)", "1(?:(?:38|69)7|5(?:24|39)|768|946)", "1(?:3873|5(?:242|39[4-6])|(?:697|768)[347]|9467)"], "0$1"], ["(\\d{4})(\\d{5,6})", "$1 $2", ["1(?:[2-69][02-9]|[78])"], "0$1"], ["(\\d{2})(\\d{4})(\\d{4})", "$1 $2 $3", ["[25]|7(?:0|6[02-9])", "[25]|7(?:0|6(?:[03-9]|2[356]))"], "0$1"], ["(\\d{4})(\\d{6})", "$1 $2", ["7"], "0$1"], ["(\\d{3})(\\d{3})(\\d{4})", "$1 $2 $3", ["[1389]"], "0$1"]], "0", 0, "0|180020", 0, 0, 0, [["(?:1(?:1(?:3(?:[0-58]\\d\\d|73[0-5])|4(?:(?:[0-5]\\d|70)\\d|69[7-9])|(?:(?:5[0-26-9]|[78][0-49])\\d|6(?:[0-4]\\d|5[01]))\\d)|(?:2(?:(?:0[024-9]|2[3-9]|3[3-79]|4[1-689]|[58][02-9]|6[0-47-9]|7[013-9]|9\\d)\\d|1(?:[0-7]\\d|8[0-3]))|(?:3(?:0\\d|1[0-8]|[25][02-9]|3[02-579]|[468][0-46-9]|7[1-35-79]|9[2-578])|4(?:0[03-9]|[137]\\d|[28][02-57-9]|4[02-69]|5[0-8]|[69][0-79])|5(?:0[1-35-9]|[16]\\d|2[024-9]|3[015689]|4[02-9]|5[03-9]|7[0-35-9]|8[0-468]|9[0-57-9])|6(?:0[034689]|1\\d|2[0-35689]|[38][013-9]|4[1-467]|5[0-69]|6[13-9]|7[0-8]|9[0-24578])|7(?:0[0246-9]|2\\d|3[0236-8]|4[03-9]|5[0-46-9]|6[013-9]|7[0-35-9]|8[024-9]|9[02-9])|8(?:0[35-9]|2[1-57-9]|3[02-578]|4[0-578]|5[124-9]|6[2-69]|7\\d|8[02-9]|9[02569])|9(?:0[02-589]|[18]\\d|2[02-689]|3[1-57-9]|4[2-9]|5[0-579]|6[2-47-9]|7[0-24578]|9[2-57]))\\d)\\d)|2(?:0[013478]|3[0189]|4[017]|8[0-46-9]|9[0-2])\\d{3})\\d{4}|1(?:2(?:0(?:46[1-4]|87[2-9])|545[1-79]|76(?:2\\d|3[1-8]|6[1-6])|9(?:7(?:2[0-4]|3[2-5])|8(?:2[2-8]|7[0-47-9]|8[3-5])))|3(?:6(?:38[2-5]|47[23])|8(?:47[04-9]|64[0157-9]))|4(?:044[1-7]|20(?:2[23]|8\\d)|6(?:0(?:30|5[2-57]|6[1-8]|7[2-8])|140)|8(?:052|87[1-3]))|5(?:2(?:4(?:3[2-79]|6\\d)|76\\d)|6(?:26[06-9]|686))|6(?:06(?:4\\d|7[4-79])|295[5-7]|35[34]\\d|47(?:24|61)|59(?:5[08]|6[67]|74)|9(?:55[0-4]|77[23]))|7(?:26(?:6[13-9]|7[0-7])|(?:442|688)\\d|50(?:2[0-3]|[3-68]2|76))|8(?:27[56]\\d|37(?:5[2-5]|8[239])|843[2-58])|9(?:0(?:0(?:6[1-8]|85)|52\\d)|3583|4(?:66[1-8]|9(?:2[01]|81))|63(?:23|3[1-4])|9561))\\d{3}", [9, 10]], ["7(?:457[0-57-9]|700[01]|911[028])\\d{5}|7(?:[1-3]\\d\\d|4(?:[0-46-9]\\d|5[0-689])|5(?:0[0-8]|[13-9]\\d|2[0-35-9])|7(?:0[1-9]|[1-7]\\d|8[02-9]|9[0-689])|8(?:[014-9]\\d|[23][0-8])|9(?:[024-9]\\d|1[02-9]|3[0-689]))\\d{6}", [10]], ["80[08]\\d{7}|800\\d{6}|8001111"], ["(?:8(?:4[2-5]|7[0-3])|9(?:[01]\\d|8[2-49]))\\d{7}|845464\\d", [7, 10]], ["70\\d{8}", [10]], 0, ["(?:3[0347]|55)\\d{8}", [10]], ["76(?:464|652)\\d{5}|76(?:0[0-28]|2[356]|34|4[01347]|5[49]|6[0-369]|77|8[14]|9[139])\\d{6}", [10]], ["56\\d{8}", [10]]], 0, " x"], "GD": ["1", "011", "(?:473|[58]\\d\\d|900)\\d{7}", [10], 0, "1", 0, "([2-9]\\d{6})$|1", "473$1", 0, "473", [["473(?:2(?:3[0-2]|69)|3(?:2[89]|86)|4(?:[06]8|3[5-9]|4[0-4]|5[59]|73|90)|63[68]|7(?:58|84)|800|938)\\d{4}"], ["473(?:4(?:0[2-79]|1[04-9]|2[0-5]|49|5[6-8])|5(?:2[01]|3[3-8])|901)\\d{4}"], ["8(?:00|33|44|55|66|77|88)[2-9]\\d{6}"], ["900[2-9]\\d{6}"], ["52(?:3(?:[2-46-9][02-9]\\d|5(?:[02-46-9]\\d|5[0-46-9]))|4(?:[2-478][02-9]\\d|5(?:[034]\\d|2[024-9]|5[0-46-9])|6(?:0[1-9]|[2-9]\\d)|9(?:[05-9]\\d|2[0-5]|49)))\\d{4}|52[34][2-9]1[02-9]\\d{4}|5(?:00|2[125-9]|3[23]|44|66|77|88)[2-9]\\d{6}"]]], "GE": ["995", "00", "(?:[3-57]\\d\\d|800)\\d{6}", [9], [["(\\d{3})(\\d{3})(\\d{3})", "$1 $2 $3", ["70"], "0$1"], ["(\\d{2})(\\d{3})(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["32"], "0$1"], ["(\\d{3})(\\d{2})(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["[57]"]], ["(\\d{3})(\\d{2})(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["[348]"], "0$1"]], "0", 0, 0, 0, 0, 0, [["(?:3(?:[256]\\d|4[124-9]|7[0-4])|4(?:1\\d|2[2-7]|3[1-79]|4[2-8]|7[239]|9[1-7]))\\d{6}"], ["5(?:(?:(?:0555|1(?:[17]77|555))[5-9]|757(?:7[7-9]|8[01]))\\d|22252[0-4])\\d\\d|5(?:0(?:0(?:1[09]|70)|505)|1(?:0[01]0|1(?:07|33|51))|2(?:0[02]0|2[25]2)|3(?:0[03]0|3[35]3)|4(?:0[04]0|411)|5222|9000)[0-4]\\d{3}|(?:5(?:0(?:0(?:0\\d|1[12]|2[02]|3[0-6]|4[04]|5[05]|77|88|9[09])|(?:[14]\\d|77)\\d|22[02]|888)|1(?:1(?:[03][01]|[124]\\d|5[02-6]|7[0-6])|4\\d\\d)|2(?:228|555)|3555|4(?:4(?:[02-9]\\d|14)|555)|5(?:[0157-9]\\d\\d|200|333|4(?:44|55))|6[89]\\d\\d|7(?:(?:[0147-9]\\d|22)\\d|5(?:00|[57]5))|8(?:0(?:[018]\\d|2[0-4])|5(?:55|8[89])|8(?:55|88))|9(?:090|[1-35-9]\\d\\d))|790\\d\\d)\\d{4}"], ["800\\d{6}"], 0, 0, 0, 0, 0, ["70[67]\\d{6}"]]], "GF": ["594", "00", "(?:694\\d|7093)\\d{5}|(?:59|[89]\\d)\\d{7}", [9], [["(\\d{3})(\\d{2})(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["[5-7]|80[6-9]|9[47]"], "0$1"], ["(\\d{3})(\\d{2})(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["[89]"], "0$1"]], "0", 0, 0, 0, 0, 0, [["(?:59(?:4(?:[02-49]\\d|1[0-5]|5[6-9]|6[0-3]|80)|88\\d)|80[6-9]\\d\\d)\\d{4}"], ["(?:694(?:[0-249]\\d|3[0-8])|7093[0-3])\\d{4}"], ["80[0-5]\\d{6}"], ["8[129]\\d{7}"], 0, 0, 0, 0, ["9(?:(?:396|76\\d)\\d|476[0-6])\\d{4}"]]], "GG": ["44", "00", "(?:1481|[357-9]\\d{3})\\d{6}|8\\d{6}(?:\\d{2})?", [7, 9, 10], 0, "0", 0, "([25-9]\\d{5})$|0|180020", "1481$1", 0, 0, [["1481[25-9]\\d{5}", [10]], ["7(?:(?:781|839)\\d|911[17])\\d{5}", [10]], ["80[08]\\d{7}|800\\d{6}|8001111"], ["(?:8(?:4[2-5]|7[0-3])|9(?:[01]\\d|8[0-3]))\\d{7}|845464\\d", [7, 10]], ["70\\d{8}", [10]], 0, ["(?:3[0347]|55)\\d{8}", [10]], ["76(?:464|652)\\d{5}|76(?:0[0-28]|2[356]|34|4[01347]|5[49]|6[0-369]|77|8[14]|9[139])\\d{6}", [10]], ["56\\d{8}", [10]]]], "GH": ["233", "00", "[235]\\d{8}|800\\d{5,6}", [8, 9], [["(\\d{3})(\\d{5})", "$1 $2", ["8"], "0$1"], ["(\\d{2})(\\d{3})(\\d{4})", "$1 $2 $3", ["[2358]"], "0$1"]], "0", 0, 0, 0, 0, 0, [["3(?:181[0-5]|285[0-7]|3810)\\d{4}|3(?:0(?:[237-9]\\d|60)|[167](?:2[0-6]|7\\d|80)|2(?:2[0-5]|7\\d|8[0-4])|3(?:2[0-3]|7\\d|80)|4(?:2[013-9]|3[01]|7\\d|80)|5(?:2[0-7]|7\\d|80)|8(?:2[0-2]|7\\d|80)|9(?:[28]0|7\\d))\\d{5}", [9]], ["(?:2(?:[0346-9]\\d|5[67])|5(?:[03-7]\\d|9[1-9]))\\d{6}", [9]], ["800\\d{5,6}"]]], "GI": ["350", "00", "(?:[25]\\d|60)\\d{6}", [8], [["(\\d{3})(\\d{5})", "$1 $2", ["2"]]], 0, 0, 0, 0, 0, 0, [["2190[0-2]\\d{3}|2(?:0(?:[02]\\d|3[01])|16[24-9]|2[2-5]\\d)\\d{4}"], ["5251[0-4]\\d{3}|(?:5(?:[146-8]\\d\\d|250)|60(?:1[01]|6\\d))\\d{4}"]]], "GL": ["299", "00", "(?:19|[2-689]\\d|70)\\d{4}", [6], [["(\\d{2})(\\d{2})(\\d{2})", "$1 $2 $3", ["19|[2-9]"]]], 0, 0, 0, 0, 0, 0, [["(?:19|3[1-7]|[68][1-9]|70|9\\d)\\d{4}"], ["[245]\\d{5}"], ["80\\d{4}"], 0, 0, 0, 0, 0, ["3[89]\\d{4}"]]], "GM": ["220", "00", "[48]\\d{8}|[2-9]\\d{6}", [7, 9], [["(\\d{3})(\\d{4})", "$1 $2", ["[235-9]|4(?:[0-35]|4[16-9])"]], ["(\\d{2})(\\d{3})(\\d{4})", "$1 $2 $3", ["[48]"]]], 0, 0, 0, 0, 0, 0, [["(?:4(?:[23]\\d\\d|4(?:1[024679]|(?:4(?:[237-9]\\d|4[14-9])|8[0-389]\\d)\\d|5(?:5(?:3\\d|4[0-7])|[67]\\d\\d)))|5(?:5(?:3\\d|4[0-7])|6[67]\\d|7(?:1[04]|2[035]|3[58]|48))|8[0-389]\\d\\d)\\d{3}|44[6-9]\\d{4}"], ["(?:(?:[23679]\\d|4[015]|8(?:(?:3[35]|6[68]|99)\\d|7(?:[27]\\d|4[015])))\\d|5(?:[0-489]\\d|56))\\d{4}|8[4-7]\\d{5}"]]], "GN": ["224", "00", "722\\d{6}|(?:3|6\\d)\\d{7}", [8, 9], [["(\\d{2})(\\d{2})(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["3"]], ["(\\d{3})(\\d{2})(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["[67]"]]], 0, 0, 0, 0, 0, 0, [["3(?:0(?:24|3[12]|4[1-35-7]|5[13]|6[189]|[78]1|9[1478])|1\\d\\d)\\d{4}", [8]], ["6[0-356]\\d{7}", [9]], 0, 0, 0, 0, 0, 0, ["722\\d{6}", [9]]]], "GP": ["590", "00", "7090\\d{5}|(?:[56]9|[89]\\d)\\d{7}", [9], [["(\\d{3})(\\d{2})(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["[5-79]|80[6-9]"], "0$1"], ["(\\d{3})(\\d{2})(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["8"], "0$1"]], "0", 0, 0, 0, 0, 0, [["(?:59(?:0(?:0[1-68]|[14][0-24-9]|2[0-68]|3[1-9]|5[3-579]|[68][0-689]|7[08]|9\\d)|87\\d)|80[6-9]\\d\\d)\\d{4}"], ["(?:69(?:0\\d\\d|1(?:2[2-9]|3[0-5]))|7090[0-4])\\d{4}"], ["80[0-5]\\d{6}"], ["8[129]\\d{7}"], 0, 0, 0, 0, ["9(?:(?:39[5-7]|76[018])\\d|475[0-6])\\d{4}"]]], "GQ": ["240", "00", "222\\d{6}|(?:3\\d|55|[89]0)\\d{7}", [9], [["(\\d{3})(\\d{3})(\\d{3})", "$1 $2 $3", ["[235]"]], ["(\\d{3})(\\d{6})", "$1 $2", ["[89]"]]], 0, 0, 0, 0, 0, 0, [["33[0-24-9]\\d[46]\\d{4}|3(?:33|5\\d)\\d[7-9]\\d{4}"], ["(?:222|55\\d)\\d{6}"], ["80\\d[1-9]\\d{5}"], ["90\\d[1-9]\\d{5}"]]], "GR": ["30", "00", "5005000\\d{3}|8\\d{9,11}|(?:[269]\\d|70)\\d{8}", [10, 11, 12], [["(\\d{2})(\\d{4})(\\d{4})", "$1 $2 $3", ["21|7"]], ["(\\d{4})(\\d{6})", "$1 $2", ["2(?:2|3[2-57-9]|4[2-469]|5[2-59]|6[2-9]|7[2-69]|8[2-49])|5"]], ["(\\d{3})(\\d{3})(\\d{4})", "$1 $2 $3", ["[2689]"]], ["(\\d{3})(\\d{3,4})(\\d{5})", "$1 $2 $3", ["8"]]], 0, 0, 0, 0, 0, 0, [["2(?:1\\d\\d|2(?:2[1-46-9]|[36][1-8]|4[1-7]|5[1-4]|7[1-5]|[89][1-9])|3(?:1\\d|2[1-57]|[35][1-3]|4[13]|7[1-7]|8[124-6]|9[1-79])|4(?:1\\d|2[1-8]|3[1-4]|4[13-5]|6[1-578]|9[1-5])|5(?:1\\d|[29][1-4]|3[1-5]|4[124]|5[1-6])|6(?:1\\d|[269][1-6]|3[1245]|4[1-7]|5[13-9]|7[14]|8[1-5])|7(?:1\\d|2[1-5]|3[1-6]|4[1-7]|5[1-57]|6[135]|9[125-7])|8(?:1\\d|2[1-5]|[34][1-4]|9[1-57]))\\d{6}", [10]], ["68[57-9]\\d{7}|(?:69|94)\\d{8}", [10]], ["800\\d{7,9}"], ["90[19]\\d{7}", [10]], ["70\\d{8}", [10]], 0, ["5005000\\d{3}", [10]], 0, 0, ["8(?:0[16]|12|[27]5|50)\\d{7}", [10]]]], "GT": ["502", "00", "80\\d{6}|(?:1\\d{3}|[2-7])\\d{7}", [8, 11], [["(\\d{4})(\\d{4})", "$1 $2", ["[2-8]"]], ["(\\d{4})(\\d{3})(\\d{4})", "$1 $2 $3", ["1"]]], 0, 0, 0, 0, 0, 0, [["[267][2-9]\\d{6}", [8]], ["(?:[3-5]\\d\\d|80[0-4])\\d{5}", [8]], ["18[01]\\d{8}", [11]], ["19\\d{9}", [11]]]], "GU": ["1", "011", "(?:[58]\\d\\d|671|900)\\d{7}", [10], 0, "1", 0, "([2-9]\\d{6})$|1", "671$1", 0, "671", [["671(?:2\\d\\d|3(?:00|3[39]|4[349]|55|6[26])|4(?:00|56|7[1-9]|8[02-9])|5(?:55|6[2-5]|88)|6(?:3[2-578]|4[24-9]|5[34]|78|8[235-9])|7(?:[0479]7|2[0167]|3[45]|8[7-9])|8(?:[2-57-9]8|6[478])|9(?:2[29]|6[79]|7[1279]|8[7-9]|9[16-9]))\\d{4}"], [""], ["8(?:00|33|44|55|66|77|88)[2-9]\\d{6}"], ["900[2-9]\\d{6}"], ["52(?:3(?:[2-46-9][02-9]\\d|5(?:[02-46-9]\\d|5[0-46-9]))|4(?:[2-478][02-9]\\d|5(?:[034]\\d|2[024-9]|5[0-46-9])|6(?:0[1-9]|[2-9]\\d)|9(?:[05-9]\\d|2[0-5]|49)))\\d{4}|52[34][2-9]1[02-9]\\d{4}|5(?:00|2[125-9]|3[23]|44|66|77|88)[2-9]\\d{6}"]]], "GW": ["245", "00", "[49]\\d{8}|4\\d{6}", [7, 9], [["(\\d{3})(\\d{4})", "$1 $2", ["40"]], ["(\\d{3})(\\d{3})(\\d{3})", "$1 $2 $3", ["[49]"]]], 0, 0, 0, 0, 0, 0, [["443\\d{6}", [9]], ["9(?:5\\d|6[569]|77)\\d{6}", [9]], 0, 0, 0, 0, 0, 0, ["40\\d{5}", [7]]]], "GY": ["592", "001", "(?:[2-8]\\d{3}|9008)\\d{3}", [7], [["(\\d{3})(\\d{4})", "$1 $2", ["[2-9]"]]], 0, 0, 0, 0, 0, 0, [["(?:2(?:1[6-9]|2[0-35-9]|3[1-4]|5[3-9]|6\\d|7[0-79])|3(?:2[25-9]|3\\d)|4(?:4[0-24]|5[56])|5(?:0[0-6]|16)|77[1-57])\\d{4}"], ["(?:51[01]|6\\d\\d|7(?:[0-6]\\d|70|8[0167]))\\d{4}"], ["(?:289|8(?:00|6[28]|88|99))\\d{4}"], ["9008\\d{3}"], 0, 0, 0, 0, ["515\\d{4}"]]], "HK": ["852", "00(?:30|5[09]|[126-9]?)", "8[0-46-9]\\d{6,7}|9\\d{4,7}|(?:[2-7]|9\\d{3})\\d{7}", [5, 6, 7, 8, 9, 11], [["(\\d{3})(\\d{2,5})", "$1 $2", ["900", "9003"]], ["(\\d{4})(\\d{4})", "$1 $2", ["[2-7]|8[1-4]|9(?:0[1-9]|[1-8])"]], ["(\\d{3})(\\d{3})(\\d{3})", "$1 $2 $3", ["8"]], ["(\\d{3})(\\d{2})(\\d{3})(\\d{3})", "$1 $2 $3 $4", ["9"]]], 0, 0, 0, 0, 0, 0, [["(?:2(?:[13-9]\\d|2[013-9])\\d|3(?:(?:[1569][0-24-9]|4[0-246-9]|7[0-24-69])\\d|8(?:4[0-8]|[579]\\d|6[0-5]))|58(?:0[1-9]|1[2-9]))\\d{4}", [8]], ["(?:4(?:0(?:6[0-3]|9[3-6])|24[3-6]|44[0-35-9]|6(?:4[0-57-9]|6[0-6])|7(?:4[0-48]|6[0-5]))|5(?:25[3-7]|35[4-8]|73[0-6]|95[0-8])|6(?:26[013-8]|(?:66|78)[0-5])|7(?:0(?:7[1-8]|8[0-8])|10[1-4])|84(?:4[0-2]|8[0-35-9])|9(?:29[013-9]|39[014-9]|59[0-467]|899))\\d{4}|(?:4(?:4[0-35-9]|6[0-357-9]|7[0-35])|5(?:[1-59][0-46-9]|6[0-4689]|7[0-246-9])|6(?:0[1-9]|[13-59]\\d|[268][0-57-9]|7[0-79])|70[1-59]|84[0-39]|9(?:0[1-9]|1[02-9]|[2358][0-8]|[467]\\d))\\d{5}", [8]], ["800\\d{6}", [9]], ["900(?:[0-24-9]\\d{7}|3\\d{1,4})", [5, 6, 7, 8, 11]], ["8(?:1[0-4679]\\d|2(?:[0-36]\\d|7[0-4])|3(?:[034]\\d|2[09]|70))\\d{4}", [8]], 0, ["30(?:0[1-9]|[15-7]\\d|2[047]|89)\\d{4}", [8]], ["7(?:1(?:0[08]|1[0-3679]|3[013]|69|9[0136])|2(?:[02389]\\d|1[18]|7[27-9])|3(?:[0-38]\\d|7[0-369]|9[2357-9])|47\\d|5(?:[178]\\d|5[0-5])|6(?:0[0-7]|2[236-9]|[35]\\d)|7(?:[27]\\d|8[7-9])|8(?:[23689]\\d|7[1-9])|9(?:[025]\\d|6[0-246-8]|7[0-36-9]|8[238]))\\d{4}", [8]]], "00"], "HN": ["504", "00", "8\\d{10}|[237-9]\\d{7}", [8, 11], [["(\\d{4})(\\d{4})", "$1-$2", ["[237-9]"]]], 0, 0, 0, 0, 0, 0, [["2(?:2(?:0[0-59]|1[1-9]|[23]\\d|4[02-8]|5[57]|6[2458]|7[0135689]|8[01346-9]|9[0-2])|4(?:0[578]|2[3-59]|3[13-9]|4[0-68]|5[1-3589]|80)|5(?:0[2357-9]|1[1-6]|4[03-58]|5\\d|6[014-69]|7[04]|80)|6(?:[056]\\d|17|2[067]|3[047]|4[0-378]|[78][0-8]|9[01])|7(?:0[5-79]|2[01]|6[46-9]|7[02-9]|8[034]|91)|8(?:79|8[0-357-9]|9[1-57-9]))\\d{4}", [8]], ["[37-9]\\d{7}", [8]], ["8002\\d{7}", [11]]]], "HR": ["385", "00", "[2-69]\\d{8}|80\\d{5,7}|[1-79]\\d{7}|6\\d{6}", [7, 8, 9], [["(\\d{2})(\\d{2})(\\d{3})", "$1 $2 $3", ["6[01]"], "0$1"], ["(\\d{3})(\\d{2})(\\d{2,3})", "$1 $2 $3", ["8"], "0$1"], ["(\\d)(\\d{4})(\\d{3})", "$1 $2 $3", ["1"], "0$1"], ["(\\d{2})(\\d{3})(\\d{3,4})", "$1 $2 $3", ["6|7[245]"], "0$1"], ["(\\d{2})(\\d{3})(\\d{3,4})", "$1 $2 $3", ["9"], "0$1"], ["(\\d{2})(\\d{3})(\\d{3,4})", "$1 $2 $3", ["[2-57]"], "0$1"], ["(\\d{3})(\\d{3})(\\d{3})", "$1 $2 $3", ["8"], "0$1"]], "0", 0, 0, 0, 0, 0, [["1\\d{7}|(?:2[0-3]|3[1-5]|4[02-47-9]|5[1-3])\\d{6,7}", [8, 9]], ["9(?:(?:0[1-9]|[12589]\\d)\\d\\d|7(?:[0679]\\d\\d|5(?:[01]\\d|44|55|77|9[5-79])))\\d{4}|98\\d{6}", [8, 9]], ["80\\d{5,7}"], ["6[01459]\\d{6}|6[01]\\d{5}", [7, 8]], ["7[45]\\d{6}", [8]], 0, ["62\\d{6,7}|72\\d{6}", [8, 9]]]], "HT": ["509", "00", "[2-589]\\d{7}", [8], [["(\\d{2})(\\d{2})(\\d{4})", "$1 $2 $3", ["[2-589]"]]], 0, 0, 0, 0, 0, 0, [["2(?:2\\d|5[1-5]|81|9[149])\\d{5}"], ["(?:[34]\\d|5[568])\\d{6}"], ["8\\d{7}"], 0, 0, 0, 0, 0, ["9(?:[67][0-4]|8[0-3589]|9\\d)\\d{5}"]]], "HU": ["36", "00", "[235-7]\\d{8}|[1-9]\\d{7}", [8, 9], [["(\\d)(\\d{3})(\\d{4})", "$1 $2 $3", ["1"], "(06 $1)"], ["(\\d{2})(\\d{3})(\\d{3})", "$1 $2 $3", ["[27][2-9]|3[2-7]|4[24-9]|5[2-79]|6|8[2-57-9]|9[2-69]"], "(06 $1)"], ["(\\d{2})(\\d{3})(\\d{3,4})", "$1 $2 $3", ["[2-9]"], "06 $1"]], "06", 0, 0, 0, 0, 0, [["(?:1\\d|[27][2-9]|3[2-7]|4[24-9]|5[2-79]|6[23689]|8[2-57-9]|9[2-69])\\d{6}", [8]], ["(?:[257]0|3[01])\\d{7}", [9]], ["(?:[48]0\\d|680[29])\\d{5}"], ["9[01]\\d{6}", [8]], 0, 0, ["38\\d{7}", [9]], 0, ["21\\d{7}", [9]]]], "ID": ["62", "00[89]", "00[1-9]\\d{9,14}|(?:[1-36]|8\\d{5})\\d{6}|00\\d{9}|[1-9]\\d{8,10}|[2-9]\\d{7}", [7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17], [["(\\d)(\\d{3})(\\d{3})", "$1 $2 $3", ["15"]], ["(\\d{2})(\\d{5,9})", "$1 $2", ["2[124]|[36]1"], "(0$1)"], ["(\\d{3})(\\d{5,7})", "$1 $2", ["800"], "0$1"], ["(\\d{3})(\\d{5,8})", "$1 $2", ["[2-79]"], "(0$1)"], ["(\\d{3})(\\d{3,4})(\\d{3})", "$1-$2-$3", ["8[1-35-9]"], "0$1"], ["(\\d{3})(\\d{6,8})", "$1 $2", ["1"], "0$1"], ["(\\d{3})(\\d{3})(\\d{4})", "$1 $2 $3", ["804"], "0$1"], ["(\\d{3})(\\d)(\\d{3})(\\d{3})", "$1 $2 $3 $4", ["80"], "0$1"], ["(\\d{3})(\\d{4})(\\d{4,5})", "$1-$2-$3", ["8"], "0$1"]], "0", 0, 0, 0, 0, 0, [["2[124]\\d{7,8}|619\\d{8}|2(?:1(?:14|500)|2\\d{3})\\d{3}|61\\d{5,8}|(?:2(?:[35][1-4]|6[0-8]|7[1-6]|8\\d|9[1-8])|3(?:1|[25][1-8]|3[1-68]|4[1-3]|6[1-3568]|7[0-469]|8\\d)|4(?:0[1-589]|1[01347-9]|2[0-36-8]|3[0-24-68]|43|5[1-378]|6[1-5]|7[134]|8[1245])|5(?:1[1-35-9]|2[25-8]|3[124-9]|4[1-3589]|5[1-46]|6[1-8])|6(?:[25]\\d|3[1-69]|4[1-6])|7(?:02|[125][1-9]|[36]\\d|4[1-8]|7[0-36-9])|9(?:0[12]|1[013-8]|2[0-479]|5[125-8]|6[23679]|7[159]|8[01346]))\\d{5,8}", [7, 8, 9, 10, 11]], ["8[1-35-9]\\d{7,10}", [9, 10, 11, 12]], ["00(?:1803\\d{5,11}|7803\\d{7})|(?:177\\d|800)\\d{5,7}", [8, 9, 10, 11, 12, 13, 14, 15, 16, 17]], ["809\\d{7}", [10]], 0, 0, ["(?:1500|8071\\d{3})\\d{3}", [7, 10]], 0, 0, ["804\\d{7}", [10]]]], "IE": ["353", "00", "(?:1\\d|[2569])\\d{6,8}|4\\d{6,9}|7\\d{8}|8\\d{8,9}", [7, 8, 9, 10], [["(\\d{2})(\\d{5})", "$1 $2", ["2[24-9]|47|58|6[237-9]|9[35-9]"], "(0$1)"], ["(\\d{3})(\\d{5})", "$1 $2", ["[45]0"], "(0$1)"], ["(\\d)(\\d{3,4})(\\d{4})", "$1 $2 $3", ["1"], "(0$1)"], ["(\\d{2})(\\d{3})(\\d{3,4})", "$1 $2 $3", ["[2569]|4[1-69]|7[14]"], "(0$1)"], ["(\\d{3})(\\d{3})(\\d{3})", "$1 $2 $3", ["70"], "0$1"], ["(\\d{3})(\\d{3})(\\d{3})", "$1 $2 $3", ["81"], "(0$1)"], ["(\\d{2})(\\d{3})(\\d{4})", "$1 $2 $3", ["[78]"], "0$1"], ["(\\d{4})(\\d{3})(\\d{3})", "$1 $2 $3", ["1"]], ["(\\d{2})(\\d{4})(\\d{4})", "$1 $2 $3", ["4"], "(0$1)"], ["(\\d{2})(\\d)(\\d{3})(\\d{4})", "$1 $2 $3 $4", ["8"], "0$1"]], "0", 0, 0, 0, 0, 0, [["(?:1\\d|21)\\d{6,7}|(?:2[24-9]|4(?:0[24]|5\\d|7)|5(?:0[45]|1\\d|8)|6(?:1\\d|[237-9])|9(?:1\\d|[35-9]))\\d{5}|(?:23|4(?:[1-469]|8\\d)|5[23679]|6[4-6]|7[14]|9[04])\\d{7}"], ["8(?:22|[35-9]\\d)\\d{6}", [9]], ["1800\\d{6}", [10]], ["15(?:1[2-8]|[2-8]0|9[089])\\d{6}", [10]], ["700\\d{6}", [9]], ["88210[1-9]\\d{4}|8(?:[35-79]5\\d\\d|8(?:[013-9]\\d\\d|2(?:[01][1-9]|[2-9]\\d)))\\d{5}", [10]], ["818\\d{6}", [9]], 0, ["76\\d{7}", [9]], ["18[59]0\\d{6}", [10]]]], "IL": ["972", "0(?:0|1(?:05|[2-9]))", "1\\d{6}(?:\\d{3,5})?|[57]\\d{8}|[1-489]\\d{7}", [7, 8, 9, 10, 11, 12], [["(\\d{4})(\\d{3})", "$1-$2", ["125"]], ["(\\d{4})(\\d{2})(\\d{2})", "$1-$2-$3", ["121"]], ["(\\d)(\\d{3})(\\d{4})", "$1-$2-$3", ["[2-489]"], "0$1"], ["(\\d{2})(\\d{3})(\\d{4})", "$1-$2-$3", ["[57]"], "0$1"], ["(\\d{4})(\\d{3})(\\d{3})", "$1-$2-$3", ["12"]], ["(\\d{4})(\\d{6})", "$1-$2", ["159"]], ["(\\d)(\\d{3})(\\d{3})(\\d{3})", "$1-$2-$3-$4", ["1[7-9]"]], ["(\\d{3})(\\d{1,2})(\\d{3})(\\d{4})", "$1-$2 $3-$4", ["15"]]], "0", 0, 0, 0, 0, 0, [["153\\d{8,9}|29[1-9]\\d{5}|(?:2[0-8]|[3489]\\d)\\d{6}", [8, 11, 12]], ["55(?:4(?:0[0-4]|10|6[015-9])|57[0-289]|8[06][0-2])\\d{4}|5(?:(?:[0-2][02-9]|[36]\\d|[49][2-9]|8[3-7])\\d|5(?:01|2\\d|3[0-3]|4[3-5]|5[0-25689]|6[6-8]|7[0-267]|8[7-9]|9[1-9]))\\d{5}", [9]], ["1(?:255|80[019]\\d{3})\\d{3}", [7, 10]], ["1212\\d{4}|1(?:200|9(?:0[0-2]|19|9\\d))\\d{6}", [8, 10]], 0, ["151\\d{8,9}", [11, 12]], ["1599\\d{6}", [10]], 0, ["7(?:280[01]|38(?:[05]\\d|8[0-358])|8(?:33|55|77|81)\\d)\\d{4}|7(?:18|2[23]|3[237]|47|6[258]|7\\d|82|9[2-9])\\d{6}", [9]], ["1700\\d{6}", [10]]]], "IM": ["44", "00", "1624\\d{6}|(?:[3578]\\d|90)\\d{8}", [10], 0, "0", 0, "([25-8]\\d{5})$|0|180020", "1624$1", 0, "74576|(?:16|7[56])24", [["1624(?:230|[5-8]\\d\\d)\\d{3}"], ["76245[06]\\d{4}|7(?:4576|[59]24\\d|624[0-4689])\\d{5}"], ["808162\\d{4}"], ["8(?:440[49]06|72299\\d)\\d{3}|(?:8(?:45|70)|90[0167])624\\d{4}"], ["70\\d{8}"], 0, ["3440[49]06\\d{3}|(?:3(?:08162|3\\d{4}|45624|7(?:0624|2299))|55\\d{4})\\d{4}"], 0, ["56\\d{8}"]]], "IN": ["91", "00", "(?:000800|[2-9]\\d\\d)\\d{7}|1\\d{7,12}", [8, 9, 10, 11, 12, 13], [["(\\d{8})", "$1", ["5(?:0|2[23]|3[03]|[67]1|88)", "5(?:0|2(?:21|3)|3(?:0|3[23])|616|717|888)", "5(?:0|2(?:21|3)|3(?:0|3[23])|616|717|8888)"], 0, 1], ["(\\d{4})(\\d{4,5})", "$1 $2", ["180", "1800"], 0, 1], ["(\\d{3})(\\d{3})(\\d{4})", "$1 $2 $3", ["140"], 0, 1], ["(\\d{2})(\\d{4})(\\d{4})", "$1 $2 $3", ["11|2[02]|33|4[04]|79[1-5]|80[2-46]", "11|2[02]|33|4[04]|79[1-5]|80(?:[2-4]|6[0-589])", "11|2[02]|33|4[04]|79(?:[1245]|3(?:[02-9]|1[0-24-9]))|80(?:[2-4]|6[0-589])"], "0$1", 1], ["(\\d{3})(\\d{3})(\\d{4})", "$1 $2 $3", ["1(?:2[0-249]|3[0-25]|4[145]|[68]|7[1257])|2(?:1[257]|3[013]|4[01]|5[0137]|6[0158]|78|8[1568])|3(?:26|4[1-3]|5[34]|6[01489]|7[02-46]|8[159])|4(?:1[36]|2[1-47]|5[12]|6[0-26-9]|7[0-24-9]|8[013-57]|9[014-7])|5(?:1[025]|22|[36][25]|4[28]|5[12]|[78]1)|6(?:12|[2-4]1|5[17]|6[13]|80)|7(?:12|3[134]|61|88)|8(?:16|2[014]|3[126]|6[136]|7[078]|8[34]|91)|(?:43|59|75)[15]|(?:1[59]|29|67)[14]", "1(?:2[0-24]|3[0-25]|4[145]|[59][14]|6[1-9]|7[1257]|8[1-57-9])|2(?:1[257]|3[013]|4[01]|5[0137]|6[058]|78|8[1568]|9[14])|3(?:26|4[1-3]|5[34]|6[01489]|7[02-46]|8[159])|4(?:1[36]|2[1-47]|3[15]|5[12]|6[0-26-9]|7[0-24-9]|8[013-57]|9[014-7])|5(?:1[025]|22|[36][25]|4[28]|[578]1|9[15])|674|7(?:(?:3[34]|5[15])[2-6]|61[346]|88[0-8])|8(?:70[2-6]|84[235-7]|91[3-7])|(?:1(?:29|60|8[06])|261|552|6(?:12|[2-47]1|5[17]|6[13]|80)|7(?:12|31)|8(?:16|2[014]|3[126]|6[136]|7[78]|83))[2-7]", "1(?:2[0-24]|3[0-25]|4[145]|[59][14]|6[1-9]|7[1257]|8[1-57-9])|2(?:1[257]|3[013]|4[01]|5[0137]|6[058]|78|8[1568]|9[14])|3(?:26|4[1-3]|5[34]|6[01489]|7[02-46]|8[159])|4(?:1[36]|2[1-47]|3[15]|5[12]|6[0-26-9]|7[0-24-9]|8[013-57]|9[014-7])|5(?:1[025]|22|[36][25]|4[28]|[578]1|9[15])|6(?:12(?:[2-6]|7[0-8])|74[2-7])|7(?:3171|5[15][2-6]|61[346]|88(?:[2-7]|82))|8(?:70[2-6]|84(?:[2356]|7[19])|91(?:[3-6]|7[19]))|73[134][2-6]|8(?:16|2[014]|3[126]|6[136]|7[78]|83)(?:[2-6]|7[19])|(?:1(?:29|60|8[06])|261|552|6(?:[2-4]1|5[17]|6[13]|7(?:1|4[0189])|80)|7(?:12|88[01]))[2-7]"], "0$1", 1], ["(\\d{4})(\\d{3})(\\d{3})", "$1 $2 $3", ["1(?:[2-479]|5[0235-9])|[2-5]|6(?:1[1358]|2[2457-9]|3[2-5]|4[235-7]|5[2-689]|6[24578]|7[235689]|8[1-6])|7(?:1[013-9]|3[129]|5[29]|6[02-5]|70)|807", "1(?:[2-479]|5[0235-9])|[2-5]|6(?:1[1358]|2(?:[2457]|84|95)|3(?:[2-4]|55)|4[235-7]|5[2-689]|6[24578]|7(?:[23569]|8[0-57-9])|8[1-6])|7(?:1(?:[013-8]|9[6-9])|3(?:17|2[0-49]|9[2-57])|5(?:2[1-3]|9[0-6])|6(?:0[5689]|2[5-9]|3[02-8]|4|5[0-367])|70[13-7])|807[19]", "1(?:[2-479]|5(?:[0236-9]|5[013-9]))|[2-5]|6(?:2(?:84|95)|355|8(?:28[235-7]|3))|73179|807(?:1|9[1-3])|(?:1552|6(?:(?:1[1358]|2[2457]|3[2-4]|4[235-7]|5[2-689]|6[24578])\\d|7(?:[23569]\\d|8[0-57-9])|8(?:[14-6]\\d|2[0-79]))|7(?:1(?:[013-8]\\d|9[6-9])|3(?:2[0-49]|9[2-57])|5(?:2[1-3]|9[0-6])|6(?:0[5689]|2[5-9]|3[02-8]|4\\d|5[0-367])|70[13-7]))[2-7]"], "0$1", 1], ["(\\d{5})(\\d{5})", "$1 $2", ["16|[6-9]"], "0$1", 1], ["(\\d{4})(\\d{2,4})(\\d{4})", "$1 $2 $3", ["18[06]", "18[06]0"], 0, 1], ["(\\d{4})(\\d{3})(\\d{3})(\\d{3})", "$1 $2 $3 $4", ["18"], 0, 1]], "0", 0, 0, 0, 0, 0, [["(?:2717(?:[2-7]\\d|95)|6828[235-7]\\d)\\d{4}|(?:170[24]|280[13468]|4(?:20[24]|72[2-8])|552[1-7])\\d{6}|(?:271[0-689]|682[0-79]|782[0-6])[2-7]\\d{5}|(?:2(?:[02][2-79]|90)|3(?:23|80)|683|79[1-5])\\d{7}|(?:11|33|4[04]|80)[2-7]\\d{7}|(?:342|674|788)(?:[0189][2-7]|[2-7]\\d)\\d{5}|(?:1(?:2[0-249]|3[0-25]|4[145]|[59][14]|6[014]|7[1257]|8[01346])|2(?:1[257]|3[013]|4[01]|5[0137]|6[0158]|78|8[1568]|9[14])|3(?:26|4[13]|5[34]|6[01489]|7[02-46]|8[159])|4(?:1[36]|2[1-47]|3[15]|5[12]|6[0-26-9]|7[014-9]|8[013-57]|9[014-7])|5(?:1[025]|22|[36][25]|4[28]|[578]1|9[15])|6(?:12|[2-47]1|5[17]|6[13]|80)|7(?:12|2[14]|3[134]|4[47]|5[15]|[67]1)|8(?:16|2[014]|3[126]|6[136]|7[078]|8[34]|91))[2-7]\\d{6}|(?:1(?:2[35-8]|3[346-9]|4[236-9]|[59][0235-9]|6[235-9]|7[34689]|8[257-9])|2(?:1[134689]|3[24-8]|4[2-8]|5[25689]|6[2-4679]|7[3-79]|8[2-479]|9[235-9])|3(?:01|1[79]|2[1245]|4[5-8]|5[125689]|6[235-7]|7[157-9]|8[2-46-8])|4(?:1[14578]|2[5689]|3[2-467]|5[4-7]|6[35]|73|8[2689]|9[2389])|5(?:[16][146-9]|2[14-8]|3[1346]|4[14-69]|5[46]|7[2-4]|8[2-8]|9[246])|6(?:1[1358]|2[2457]|3[2-4]|4[235-7]|5[2-689]|6[24578]|7[235689]|8[14-6])|7(?:1[013-9]|2[0235-9]|3[2679]|4[1-35689]|5[2-46-9]|[67][02-9]|8[013-7]|90)|8(?:1[1357-9]|2[235-8]|3[03-57-9]|4[0-24-9]|5\\d|6[2457-9]|7[1-6]|8[1256]|9[2-4]))\\d[2-7]\\d{5}", [10]], ["(?:6(?:1279|828[01489])|7(?:887[02-9]|9313)|8(?:079[04-9]|(?:84|91)7[02-8]))\\d{5}|(?:160[01]|6(?:(?:12|[2-4]1|5[17]|6[13]|80)[0189]|7(?:1[0189]|86))|7(?:1(?:2[0189]|9[0-5])|3(?:2[5-8]|[34][017-9]|9[016-9])|5(?:[15][017-9]|2[04-9]|9[7-9])|6(?:0[0-47]|1[0-257-9]|2[0-4]|3[19]|5[4589])|70[0289]|88[089])|8(?:0(?:6[67]|7[02-8])|70[017-9]|84[01489]|91[0-289]))\\d{6}|(?:731|8(?:16|2[014]|3[126]|6[136]|7[78]|83))(?:[0189]\\d|7[02-8])\\d{5}|(?:6(?:(?:1[1358]|2[2457]|3[2-4]|4[235-7]|5[2-689]|6[24578])\\d|7(?:[23569]\\d|4[0189]|8[0-57-9])|8(?:[14-6]\\d|2[0-79]))|7(?:1(?:[013-8]\\d|9[6-9])|3(?:2[0-49]|9[2-5])|5(?:2[1-3]|9[0-6])|6(?:0[5689]|2[5-9]|3[02-8]|4\\d|5[0-367])|70[13-7]|881))[0189]\\d{5}|(?:6(?:[09]\\d|1[04679]|2[03689]|3[05-9]|4[0489]|50|6[069]|7[07]|8[7-9])|7(?:[024]\\d|3[05-8]|5[0346-8]|6[6-9]|7[1-9]|8[0-79]|9[06-9])|8(?:0[01589]|1[0-57-9]|2[235-9]|3[03-57-9]|[45]\\d|6[02457-9]|7[1-69]|8[0-25-9]|9[02-9])|9\\d\\d)\\d{7}", [10]], ["000800\\d{7}|180(?:0\\d{4,9}|3\\d{9})"], ["186[12]\\d{9}", [13]], 0, 0, ["140\\d{7}", [10]], 0, 0, ["1860\\d{7}", [11]]]], "IO": ["246", "00", "3\\d{6}", [7], [["(\\d{3})(\\d{4})", "$1 $2", ["3"]]], 0, 0, 0, 0, 0, 0, [["37\\d{5}"], ["38\\d{5}"]]], "IQ": ["964", "00", "(?:1|7\\d\\d)\\d{7}|[2-6]\\d{7,8}", [8, 9, 10], [["(\\d)(\\d{3})(\\d{4})", "$1 $2 $3", ["1"], "0$1"], ["(\\d{2})(\\d{3})(\\d{3,4})", "$1 $2 $3", ["[2-6]"], "0$1"], ["(\\d{3})(\\d{3})(\\d{4})", "$1 $2 $3", ["7"], "0$1"]], "0", 0, 0, 0, 0, 0, [["1\\d{7}|(?:2[13-5]|3[02367]|4[023]|5[03]|6[026])\\d{6,7}", [8, 9]], ["7[3-9]\\d{8}", [10]]]], "IR": ["98", "00", "[1-9]\\d{9}|(?:[1-8]\\d\\d|9)\\d{3,4}", [4, 5, 6, 7, 10], [["(\\d{4,5})", "$1", ["96"], "0$1"], ["(\\d{2})(\\d{4,5})", "$1 $2", ["(?:1[137]|2[13-68]|3[1458]|4[145]|5[1468]|6[16]|7[1467]|8[13467])[12689]"], "0$1"], ["(\\d{3})(\\d{3})(\\d{3,4})", "$1 $2 $3", ["9"], "0$1"], ["(\\d{2})(\\d{4})(\\d{4})", "$1 $2 $3", ["[1-8]"], "0$1"]], "0", 0, 0, 0, 0, 0, [["(?:1[137]|2[13-68]|3[1458]|4[145]|5[1468]|6[16]|7[1467]|8[13467])(?:[03-57]\\d{7}|[16]\\d{3}(?:\\d{4})?|[289]\\d{3}(?:\\d(?:\\d{3})?)?)|94(?:000[09]|(?:12\\d|30[0-2])\\d|2(?:[02689]0\\d|121)|4(?:111|40\\d))\\d{4}", [6, 7, 10]], ["9(?:(?:0[0-5]|[13]\\d|2[0-3])\\d\\d|9(?:[0-46]\\d\\d|5(?:10|5\\d)|8(?:[12]\\d|3[0-2]|88)|9(?:[0-359]\\d|69|77|8[7-9])))\\d{5}", [10]], 0, 0, 0, 0, ["96(?:0[12]|2[16-8]|3(?:08|[14]5|[23]|66)|4(?:0|80)|5[01]|6[89]|86|9[19])", [4, 5]]]], "IS": ["354", "00|1(?:0(?:01|[12]0)|100)", "(?:38\\d|[4-9])\\d{6}", [7, 9], [["(\\d{3})(\\d{4})", "$1 $2", ["[4-9]"]], ["(\\d{3})(\\d{3})(\\d{3})", "$1 $2 $3", ["3"]]], 0, 0, 0, 0, 0, 0, [["(?:4(?:1[0-24-69]|2[0-7]|[37][0-8]|4[0-24589]|5[0-68]|6\\d|8[0-36-8])|5(?:05|[156]\\d|2[02578]|3[0-579]|4[03-7]|7[0-2578]|8[0-35-9]|9[013-689])|872)\\d{4}", [7]], ["(?:38[589]\\d\\d|6(?:1[1-8]|2[0-6]|3[026-9]|4[014679]|5[0159]|6[0-69]|70|8[06-8]|9\\d)|7(?:5[057]|[6-9]\\d)|8(?:2[0-59]|[3-69]\\d|8[238]))\\d{4}"], ["80[0-8]\\d{4}", [7]], ["90(?:0\\d|1[5-79]|2[015-79]|3[135-79]|4[125-7]|5[25-79]|7[1-37]|8[0-35-7])\\d{3}", [7]], 0, ["(?:689|8(?:7[18]|80)|95[48])\\d{4}", [7]], ["809\\d{4}", [7]], 0, ["49[0-24-79]\\d{4}", [7]]], "00"], "IT": ["39", "00", "0\\d{5,11}|1\\d{8,10}|3(?:[0-8]\\d{7,10}|9\\d{7,8})|(?:43|55|70)\\d{8}|8\\d{5}(?:\\d{2,4})?", [6, 7, 8, 9, 10, 11, 12], [["(\\d{2})(\\d{4,6})", "$1 $2", ["0[26]"]], ["(\\d{3})(\\d{3,6})", "$1 $2", ["0[13-57-9][0159]|8(?:03|4[17]|9[2-5])", "0[13-57-9][0159]|8(?:03|4[17]|9(?:2|3[04]|[45][0-4]))"]], ["(\\d{4})(\\d{2,6})", "$1 $2", ["0(?:[13-579][2-46-8]|8[236-8])"]], ["(\\d{4})(\\d{4})", "$1 $2", ["894"]], ["(\\d{2})(\\d{3,4})(\\d{4})", "$1 $2 $3", ["0[26]|5"]], ["(\\d{3})(\\d{3})(\\d{3,4})", "$1 $2 $3", ["1(?:44|[679])|[378]|43"]], ["(\\d{3})(\\d{3,4})(\\d{4})", "$1 $2 $3", ["0[13-57-9][0159]|14"]], ["(\\d{2})(\\d{4})(\\d{5})", "$1 $2 $3", ["0[26]"]], ["(\\d{4})(\\d{3})(\\d{4})", "$1 $2 $3", ["0"]], ["(\\d{3})(\\d{4})(\\d{4,5})", "$1 $2 $3", ["[03]"]]], 0, 0, 0, 0, 0, 0, [["0(?:669[0-79]\\d{1,6}|831\\d{2,8})|0(?:1(?:[0159]\\d|[27][1-5]|31|4[1-4]|6[1356]|8[2-57])|2\\d\\d|3(?:[0159]\\d|2[1-4]|3[12]|[48][1-6]|6[2-59]|7[1-7])|4(?:[0159]\\d|[23][1-9]|4[245]|6[1-5]|7[1-4]|81)|5(?:[0159]\\d|2[1-5]|3[2-6]|4[1-79]|6[4-6]|7[1-578]|8[3-8])|6(?:[0-57-9]\\d|6[0-8])|7(?:[0159]\\d|2[12]|3[1-7]|4[2-46]|6[13569]|7[13-6]|8[1-59])|8(?:[0159]\\d|2[3-578]|3[2356]|[6-8][1-5])|9(?:[0159]\\d|[238][1-5]|4[12]|6[1-8]|7[1-6]))\\d{2,7}"], ["3[2-9]\\d{7,8}|(?:31|43)\\d{8}", [9, 10]], ["80(?:0\\d{3}|3)\\d{3}", [6, 9]], ["(?:0878\\d{3}|89(?:2\\d|3[04]|4(?:[0-4]|[5-9]\\d\\d)|5[0-4]))\\d\\d|(?:1(?:44|6[346])|89(?:38|5[5-9]|9))\\d{6}", [6, 8, 9, 10]], ["1(?:78\\d|99)\\d{6}", [9, 10]], ["3[2-8]\\d{9,10}", [11, 12]], 0, 0, ["55\\d{8}", [10]], ["84(?:[08]\\d{3}|[17])\\d{3}", [6, 9]]]], "JE": ["44", "00", "1534\\d{6}|(?:[3578]\\d|90)\\d{8}", [10], 0, "0", 0, "([0-24-8]\\d{5})$|0|180020", "1534$1", 0, 0, [["1534[0-24-8]\\d{5}"], ["7(?:(?:(?:50|82)9|937)\\d|7(?:00[378]|97\\d))\\d{5}"], ["80(?:07(?:35|81)|8901)\\d{4}"], ["(?:8(?:4(?:4(?:4(?:05|42|69)|703)|5(?:041|800))|7(?:0002|1206))|90(?:066[59]|1810|71(?:07|55)))\\d{4}"], ["701511\\d{4}"], 0, ["(?:3(?:0(?:07(?:35|81)|8901)|3\\d{4}|4(?:4(?:4(?:05|42|69)|703)|5(?:041|800))|7(?:0002|1206))|55\\d{4})\\d{4}"], ["76(?:464|652)\\d{5}|76(?:0[0-28]|2[356]|34|4[01347]|5[49]|6[0-369]|77|8[14]|9[139])\\d{6}"], ["56\\d{8}"]]], "JM": ["1", "011", "(?:[58]\\d\\d|658|900)\\d{7}", [10], 0, "1", 0, 0, 0, 0, "658|876", [["8766060\\d{3}|(?:658(?:2(?:[5-8]\\d|9[0-46-9])|[3-9]\\d\\d)|876(?:52[35]|6(?:0[1-3579]|1[0235-9]|[23]\\d|40|5[06]|6[2-589]|7[0-25-9]|8[04]|9[4-9])|7(?:0[2-689]|[1-6]\\d|8[056]|9[45])|9(?:0[1-8]|1[02378]|[2-8]\\d|9[2-468])))\\d{4}"], ["(?:6582(?:[0-4]\\d|95)|876(?:2(?:0[1-9]|[13-9]\\d|2[013-9])|[348]\\d\\d|5(?:0[1-9]|[1-9]\\d)|6(?:4[89]|6[67])|7(?:0[07]|7\\d|8[1-47-9]|9[0-36-9])|9(?:[01]9|9[0579])))\\d{4}"], ["8(?:00|33|44|55|66|77|88)[2-9]\\d{6}"], ["900[2-9]\\d{6}"], ["52(?:3(?:[2-46-9][02-9]\\d|5(?:[02-46-9]\\d|5[0-46-9]))|4(?:[2-478][02-9]\\d|5(?:[034]\\d|2[024-9]|5[0-46-9])|6(?:0[1-9]|[2-9]\\d)|9(?:[05-9]\\d|2[0-5]|49)))\\d{4}|52[34][2-9]1[02-9]\\d{4}|5(?:00|2[125-9]|3[23]|44|66|77|88)[2-9]\\d{6}"]]], "JO": ["962", "00", "(?:(?:[2689]|7\\d)\\d|32|427|53)\\d{6}", [8, 9], [["(\\d)(\\d{3})(\\d{4})", "$1 $2 $3", ["[2356]|87"], "(0$1)"], ["(\\d{3})(\\d{5,6})", "$1 $2", ["[89]"], "0$1"], ["(\\d{2})(\\d{7})", "$1 $2", ["70"], "0$1"], ["(\\d)(\\d{4})(\\d{4})", "$1 $2 $3", ["[47]"], "0$1"]], "0", 0, 0, 0, 0, 0, [["87(?:000|90[01])\\d{3}|(?:2(?:6(?:2[0-35-9]|3[0-578]|4[24-7]|5[0-24-8]|[6-8][023]|9[0-3])|7(?:0[1-79]|10|2[014-7]|3[0-689]|4[019]|5[0-3578]))|32(?:0[1-69]|1[1-35-7]|2[024-7]|3\\d|4[0-3]|[5-7][023])|53(?:0[0-3]|[13][023]|2[0-59]|49|5[0-35-9]|6[15]|7[45]|8[1-6]|9[0-36-9])|6(?:2(?:[05]0|22)|3(?:00|33)|4(?:0[0-25]|1[2-7]|2[0569]|[38][07-9]|4[025689]|6[0-589]|7\\d|9[0-2])|5(?:[01][056]|2[034]|3[0-57-9]|4[178]|5[0-69]|6[0-35-9]|7[1-379]|8[0-68]|9[0239]))|87(?:20|7[078]|99))\\d{4}", [8]], ["(?:427|7(?:11|[29]\\d|[78][0-25-9]))\\d{6}", [9]], ["80\\d{6}", [8]], ["9\\d{7}", [8]], ["70\\d{7}", [9]], 0, ["8(?:10|8\\d)\\d{5}", [8]], ["74(?:66|77)\\d{5}", [9]], 0, ["85\\d{6}", [8]]]], "JP": ["81", "010", "00[1-9]\\d{6,14}|[25-9]\\d{9}|(?:00|[1-9]\\d\\d)\\d{6}", [8, 9, 10, 11, 12, 13, 14, 15, 16, 17], [["(\\d{3})(\\d{3})(\\d{3})", "$1-$2-$3", ["(?:12|57|99)0"], "0$1"], ["(\\d{4})(\\d)(\\d{4})", "$1-$2-$3", ["1(?:26|3[79]|4[56]|5[4-68]|6[3-5])|499|5(?:76|97)|746|8(?:3[89]|47|51)|9(?:80|9[16])", "1(?:267|3(?:7[247]|9[278])|466|5(?:47|58|64)|6(?:3[245]|48|5[4-68]))|499[2468]|5(?:76|97)9|7468|8(?:3(?:8[7-9]|96)|477|51[2-9])|9(?:802|9(?:1[23]|69))|1(?:45|58)[67]", "1(?:267|3(?:7[247]|9[278])|466|5(?:47|58|64)|6(?:3[245]|48|5[4-68]))|499[2468]|5(?:769|979[2-69])|7468|8(?:3(?:8[7-9]|96[2457-9])|477|51[2-9])|9(?:802|9(?:1[23]|69))|1(?:45|58)[67]"], "0$1"], ["(\\d{2})(\\d{3})(\\d{4})", "$1-$2-$3", ["60"], "0$1"], ["(\\d)(\\d{4})(\\d{4})", "$1-$2-$3", ["3|4(?:2[09]|7[01])|6[1-9]", "3|4(?:2(?:0|9[02-69])|7(?:0[019]|1))|6[1-9]"], "0$1"], ["(\\d{2})(\\d{3})(\\d{4})", "$1-$2-$3", ["1(?:1|5[45]|77|88|9[69])|2(?:2[1-37]|3[0-269]|4[59]|5|6[24]|7[1-358]|8[1369]|9[0-38])|4(?:[28][1-9]|3[0-57]|[45]|6[248]|7[2-579]|9[29])|5(?:2|3[0459]|4[0-369]|5[29]|8[02389]|9[0-389])|7(?:2[02-46-9]|34|[58]|6[0249]|7[57]|9[2-6])|8(?:2[124589]|3[26-9]|49|51|6|7[0-468]|8[68]|9[019])|9(?:[23][1-9]|4[15]|5[138]|6[1-3]|7[156]|8[189]|9[1-489])", "1(?:1|5(?:4[018]|5[017])|77|88|9[69])|2(?:2(?:[127]|3[014-9])|3[0-269]|4[59]|5(?:[1-3]|5[0-69]|9[19])|62|7(?:[1-35]|8[0189])|8(?:[16]|3[0134]|9[0-5])|9(?:[028]|17))|4(?:2(?:[13-79]|8[014-6])|3[0-57]|[45]|6[248]|7[2-47]|8[1-9]|9[29])|5(?:2|3(?:[045]|9[0-8])|4[0-369]|5[29]|8[02389]|9[0-3])|7(?:2[02-46-9]|34|[58]|6[0249]|7[57]|9(?:[23]|4[0-59]|5[01569]|6[0167]))|8(?:2(?:[1258]|4[0-39]|9[0-2469])|3(?:[29]|60)|49|51|6(?:[0-24]|36|5[0-3589]|7[23]|9[01459])|7[0-468]|8[68])|9(?:[23][1-9]|4[15]|5[138]|6[1-3]|7[156]|8[189]|9(?:[1289]|3[34]|4[0178]))|(?:264|837)[016-9]|2(?:57|93)[015-9]|(?:25[0468]|422|838)[01]|(?:47[59]|59[89]|8(?:6[68]|9))[019]", "1(?:1|5(?:4[018]|5[017])|77|88|9[69])|2(?:2[127]|3[0-269]|4[59]|5(?:[1-3]|5[0-69]|9(?:17|99))|6(?:2|4[016-9])|7(?:[1-35]|8[0189])|8(?:[16]|3[0134]|9[0-5])|9(?:[028]|17))|4(?:2(?:[13-79]|8[014-6])|3[0-57]|[45]|6[248]|7[2-47]|9[29])|5(?:2|3(?:[045]|9(?:[0-58]|6[4-9]|7[0-35689]))|4[0-369]|5[29]|8[02389]|9[0-3])|7(?:2[02-46-9]|34|[58]|6[0249]|7[57]|9(?:[23]|4[0-59]|5[01569]|6[0167]))|8(?:2(?:[1258]|4[0-39]|9[0169])|3(?:[29]|60|7(?:[017-9]|6[6-8]))|49|51|6(?:[0-24]|36[2-57-9]|5(?:[0-389]|5[23])|6(?:[01]|9[178])|7(?:2[2-468]|3[78])|9[0145])|7[0-468]|8[68])|9(?:4[15]|5[138]|7[156]|8[189]|9(?:[1289]|3(?:31|4[357])|4[0178]))|(?:8294|96)[1-3]|2(?:57|93)[015-9]|(?:223|8699)[014-9]|(?:25[0468]|422|838)[01]|(?:48|8292|9[23])[1-9]|(?:47[59]|59[89]|8(?:68|9))[019]"], "0$1"], ["(\\d{3})(\\d{2})(\\d{4})", "$1-$2-$3", ["[14]|[289][2-9]|5[3-9]|7[2-4679]"], "0$1"], ["(\\d{3})(\\d{3})(\\d{4})", "$1-$2-$3", ["800"], "0$1"], ["(\\d{2})(\\d{4})(\\d{4})", "$1-$2-$3", ["[25-9]"], "0$1"]], "0", 0, "(000[2569]\\d{4,6})$|(?:(?:003768)0?)|0", "$1", 0, 0, [["(?:1(?:1[235-8]|2[3-6]|3[3-9]|4[2-6]|[58][2-8]|6[2-7]|7[2-9]|9[1-9])|(?:2[2-9]|[36][1-9])\\d|4(?:[2-578]\\d|6[02-8]|9[2-59])|5(?:[2-589]\\d|6[1-9]|7[2-8])|7(?:[25-9]\\d|3[4-9]|4[02-9])|8(?:[2679]\\d|3[2-9]|4[5-9]|5[1-9]|8[03-9])|9(?:[2-58]\\d|[679][1-9]))\\d{6}", [9]], ["[6-9]0[1-9]\\d{7}", [10]], ["00777(?:[01]|5\\d)\\d\\d|(?:00(?:7778|882[1245])|(?:120|800\\d)\\d\\d)\\d{4}|00(?:37|66|78)\\d{6,13}"], ["990\\d{6}", [9]], ["60\\d{7}", [9]], 0, ["570\\d{6}", [9]], ["20\\d{8}", [10]], ["50[1-9]\\d{7}", [10]]]], "KE": ["254", "000", "(?:[17]\\d\\d|900)\\d{6}|(?:2|80)0\\d{6,7}|[4-6]\\d{6,8}", [7, 8, 9, 10], [["(\\d{2})(\\d{5,7})", "$1 $2", ["[24-6]"], "0$1"], ["(\\d{3})(\\d{6})", "$1 $2", ["[17]"], "0$1"], ["(\\d{3})(\\d{3})(\\d{3,4})", "$1 $2 $3", ["[89]"], "0$1"]], "0", 0, 0, 0, 0, 0, [["(?:4[245]|5[1-79]|6[01457-9])\\d{5,7}|(?:4[136]|5[08]|62)\\d{7}|(?:[24]0|66)\\d{6,7}", [7, 8, 9]], ["(?:1(?:0[0-8]|[18]\\d|2[014]|3[05-9]|4[0-6])|7\\d\\d)\\d{6}", [9]], ["800[02-8]\\d{5,6}", [9, 10]], ["900[02-9]\\d{5}", [9]]]], "KG": ["996", "00", "8\\d{9}|[235-9]\\d{8}", [9, 10], [["(\\d{4})(\\d{5})", "$1 $2", ["3(?:1[346]|[24-79])"], "0$1"], ["(\\d{3})(\\d{3})(\\d{3})", "$1 $2 $3", ["[235-79]|88"], "0$1"], ["(\\d{3})(\\d{3})(\\d)(\\d{2,3})", "$1 $2 $3 $4", ["8"], "0$1"]], "0", 0, 0, 0, 0, 0, [["312(?:5[0-79]\\d|9(?:[0-689]\\d|7[0-24-9]))\\d{3}|(?:3(?:1(?:2[0-46-8]|3[1-9]|47|[56]\\d)|2(?:22|3[0-479]|6[0-7])|4(?:22|5[6-9]|6\\d)|5(?:22|3[4-7]|59|6\\d)|6(?:22|5[35-7]|6\\d)|7(?:22|3[468]|4[1-9]|59|[67]\\d)|9(?:22|4[1-8]|6\\d))|6(?:09|12|2[2-4])\\d)\\d{5}", [9]], ["312(?:58\\d|973)\\d{3}|(?:2(?:0[0-35]|2\\d)|5[0-24-7]\\d|600|7(?:[07]\\d|55)|88[08]|9(?:12|9[05-9]))\\d{6}", [9]], ["800\\d{6,7}"]]], "KH": ["855", "00[14-9]", "1\\d{9}|[1-9]\\d{7,8}", [8, 9, 10], [["(\\d{2})(\\d{3})(\\d{3,4})", "$1 $2 $3", ["[1-9]"], "0$1"], ["(\\d{4})(\\d{3})(\\d{3})", "$1 $2 $3", ["1"]]], "0", 0, 0, 0, 0, 0, [["23(?:4(?:[2-4]|[56]\\d)|[568]\\d\\d)\\d{4}|23[236-9]\\d{5}|(?:2[4-6]|3[2-6]|4[2-4]|[5-7][2-5])(?:(?:[237-9]|4[56]|5\\d)\\d{5}|6\\d{5,6})", [8, 9]], ["(?:(?:1[28]|3[18]|9[67])\\d|6[016-9]|7(?:[07-9]|[16]\\d)|8(?:[013-79]|8\\d))\\d{6}|(?:1\\d|9[0-57-9])\\d{6}|(?:2[3-6]|3[2-6]|4[2-4]|[5-7][2-5])48\\d{5}", [8, 9]], ["1800(?:1\\d|2[019])\\d{4}", [10]], ["1900(?:1\\d|2[09])\\d{4}", [10]]]], "KI": ["686", "00", "(?:[37]\\d|6[0-79])\\d{6}|(?:[2-48]\\d|50)\\d{3}", [5, 8], 0, "0", 0, 0, 0, 0, 0, [["(?:[24]\\d|3[1-9]|50|65(?:02[12]|12[56]|22[89]|[3-5]00)|7(?:27\\d\\d|3100|5(?:02[12]|12[56]|22[89]|[34](?:00|81)|500))|8[0-5])\\d{3}"], ["(?:6200[01]|7(?:310[1-9]|5(?:02[03-9]|12[0-47-9]|22[0-7]|[34](?:0[1-9]|8[02-9])|50[1-9])))\\d{3}|(?:63\\d\\d|7(?:(?:[0146-9]\\d|2[0-689])\\d|3(?:[02-9]\\d|1[1-9])|5(?:[0-2][013-9]|[34][1-79]|5[1-9]|[6-9]\\d)))\\d{4}", [8]], 0, 0, 0, 0, 0, 0, ["30(?:0[01]\\d\\d|12(?:11|20))\\d\\d", [8]]]], "KM": ["269", "00", "[3478]\\d{6}", [7], [["(\\d{3})(\\d{2})(\\d{2})", "$1 $2 $3", ["[3478]"]]], 0, 0, 0, 0, 0, 0, [["7[4-7]\\d{5}"], ["[34]\\d{6}"], 0, ["8\\d{6}"]]], "KN": ["1", "011", "(?:[58]\\d\\d|900)\\d{7}", [10], 0, "1", 0, "([2-7]\\d{6})$|1", "869$1", 0, "869", [["869(?:2(?:29|36)|302|4(?:6[015-9]|70)|56[5-7])\\d{4}"], ["869(?:48[89]|55[6-8]|66\\d|76[02-7])\\d{4}"], ["8(?:00|33|44|55|66|77|88)[2-9]\\d{6}"], ["900[2-9]\\d{6}"], ["52(?:3(?:[2-46-9][02-9]\\d|5(?:[02-46-9]\\d|5[0-46-9]))|4(?:[2-478][02-9]\\d|5(?:[034]\\d|2[024-9]|5[0-46-9])|6(?:0[1-9]|[2-9]\\d)|9(?:[05-9]\\d|2[0-5]|49)))\\d{4}|52[34][2-9]1[02-9]\\d{4}|5(?:00|2[125-9]|3[23]|44|66|77|88)[2-9]\\d{6}"]]], "KP": ["850", "00|99", "85\\d{6}|(?:19\\d|[2-7])\\d{7}", [8, 10], [["(\\d{2})(\\d{3})(\\d{3})", "$1 $2 $3", ["8"], "0$1"], ["(\\d)(\\d{3})(\\d{4})", "$1 $2 $3", ["[2-7]"], "0$1"], ["(\\d{3})(\\d{3})(\\d{4})", "$1 $2 $3", ["1"], "0$1"]], "0", 0, 0, 0, 0, 0, [["(?:(?:195|2)\\d|3[19]|4[159]|5[37]|6[17]|7[39]|85)\\d{6}"], ["19[1-3]\\d{7}", [10]]]], "KR": ["82", "00(?:[125689]|3(?:[46]5|91)|7(?:00|27|3|55|6[126]))", "00[1-9]\\d{8,11}|(?:[12]|5\\d{3})\\d{7}|[13-6]\\d{9}|(?:[1-6]\\d|80)\\d{7}|[3-6]\\d{4,5}|(?:00|7)0\\d{8}", [5, 6, 8, 9, 10, 11, 12, 13, 14], [["(\\d{2})(\\d{3,4})", "$1-$2", ["(?:3[1-3]|[46][1-4]|5[1-5])1"], "0$1"], ["(\\d{4})(\\d{4})", "$1-$2", ["1"]], ["(\\d)(\\d{3,4})(\\d{4})", "$1-$2-$3", ["2"], "0$1"], ["(\\d{2})(\\d{3})(\\d{4})", "$1-$2-$3", ["[36]0|8"], "0$1"], ["(\\d{2})(\\d{3,4})(\\d{4})", "$1-$2-$3", ["[1346]|5[1-5]"], "0$1"], ["(\\d{2})(\\d{4})(\\d{4})", "$1-$2-$3", ["[57]"], "0$1"], ["(\\d{2})(\\d{5})(\\d{4})", "$1-$2-$3", ["5"], "0$1"]], "0", 0, "0(8(?:[1-46-8]|5\\d\\d))?", 0, 0, 0, [["(?:2|3[1-3]|[46][1-4]|5[1-5])[1-9]\\d{6,7}|(?:3[1-3]|[46][1-4]|5[1-5])1\\d{2,3}", [5, 6, 8, 9, 10]], ["1(?:05(?:[0-8]\\d|9[0-6])|22[13]\\d)\\d{4,5}|1(?:0[0-46-9]|[16-9]\\d|2[013-9])\\d{6,7}", [9, 10]], ["00(?:308\\d{6,7}|798\\d{7,9})|(?:00368|[38]0)\\d{7}", [9, 11, 12, 13, 14]], ["60[2-9]\\d{6}", [9]], ["50\\d{8,9}", [10, 11]], 0, ["1(?:5(?:22|33|44|66|77|88|99)|6(?:[07]0|44|6[0168]|88)|8(?:00|33|55|77|99))\\d{4}", [8]], ["15\\d{7,8}", [9, 10]], ["70\\d{8}", [10]]]], "KW": ["965", "00", "18\\d{5}|(?:[2569]\\d|41)\\d{6}", [7, 8], [["(\\d{4})(\\d{3,4})", "$1 $2", ["[169]|2(?:[235]|4[1-35-9])|52"]], ["(\\d{3})(\\d{5})", "$1 $2", ["[245]"]]], 0, 0, 0, 0, 0, 0, [["2(?:[23]\\d\\d|4(?:[1-35-9]\\d|44)|5(?:0[034]|[2-46]\\d|5[1-3]|7[1-7]))\\d{4}", [8]], ["(?:41\\d\\d|5(?:(?:[05]\\d|1[0-7]|6[56])\\d|2(?:22|5[25])|7(?:55|77)|88[58]|999)|6(?:(?:0[034679]|5[015-9]|6\\d)\\d|1(?:00|11|6[16])|2[26]2|3[36]3|4[46]4|7(?:0[013-9]|[67]\\d)|8[68]8|9(?:[069]\\d|3[039]))|9(?:(?:[04679]\\d|8[057-9])\\d|1(?:00|1[01]|99)|2(?:00|2\\d)|3(?:00|3[03])|5(?:00|5\\d)))\\d{4}", [8]], ["18\\d{5}", [7]]]], "KY": ["1", "011", "(?:345|[58]\\d\\d|900)\\d{7}", [10], 0, "1", 0, "([2-9]\\d{6})$|1", "345$1", 0, "345", [["345(?:2(?:22|3[23]|44|66)|333|444|6(?:23|38|40)|7(?:30|4[35-79]|6[6-9]|77)|8(?:00|1[45]|4[89]|88)|9(?:14|4[035-9]))\\d{4}"], ["345(?:32[1-9]|4(?:1[2-6]|2[0-4])|5(?:1[67]|2[5-79]|4[6-9]|50|76)|649|82[56]|9(?:1[679]|2[2-9]|3[06-9]|90))\\d{4}"], ["8(?:00|33|44|55|66|77|88)[2-9]\\d{6}"], ["(?:345976|900[2-9]\\d\\d)\\d{4}"], ["52(?:3(?:[2-46-9][02-9]\\d|5(?:[02-46-9]\\d|5[0-46-9]))|4(?:[2-478][02-9]\\d|5(?:[034]\\d|2[024-9]|5[0-46-9])|6(?:0[1-9]|[2-9]\\d)|9(?:[05-9]\\d|2[0-5]|49)))\\d{4}|52[34][2-9]1[02-9]\\d{4}|5(?:00|2[125-9]|3[23]|44|66|77|88)[2-9]\\d{6}"]]], "KZ": ["7", "810", "8\\d{13}|[78]\\d{9}", [10, 14], 0, "8", 0, 0, 0, 0, "7", [["7(?:1(?:0(?:[23]\\d|4[0-3]|59|63)|1(?:[23]\\d|4[0-79]|59)|2(?:[23]\\d|59)|3(?:2\\d|3[0-79]|4[0-35-9]|59)|4(?:[24]\\d|3[013-9]|5[1-9]|97)|5(?:2\\d|3[1-9]|4[0-7]|59)|6(?:[2-4]\\d|5[19]|61)|72\\d|8(?:[27]\\d|3[1-46-9]|4[0-5]|59))|2(?:1(?:[23]\\d|4[46-9]|5[3469])|2(?:2\\d|3[0679]|46|5[12679])|3(?:[2-4]\\d|5[139])|4(?:2\\d|3[1-35-9]|59)|5(?:[23]\\d|4[0-8]|59|61)|6(?:2\\d|3[1-9]|4[0-4]|59)|7(?:[2379]\\d|40|5[279])|8(?:[23]\\d|4[0-3]|59)|9(?:2\\d|3[124578]|59)))\\d{5}", [10]], ["7(?:0[0-25-8]|47|6[0-4]|7[15-8]|85)\\d{7}", [10]], ["8(?:00|108\\d{3})\\d{7}"], ["809\\d{7}", [10]], ["808\\d{7}", [10]], 0, 0, 0, ["751\\d{7}", [10]]], "8~10"], "LA": ["856", "00", "(?:2\\d|3)\\d{8}|(?:[235-8]\\d|41)\\d{6}", [8, 9, 10], [["(\\d{2})(\\d{3})(\\d{3})", "$1 $2 $3", ["2[13]|3[14]|[4-8]"], "0$1"], ["(\\d{2})(\\d{2})(\\d{2})(\\d{3})", "$1 $2 $3 $4", ["3"], "0$1"], ["(\\d{2})(\\d{2})(\\d{3})(\\d{3})", "$1 $2 $3 $4", ["2"], "0$1"]], "0", 0, 0, 0, 0, 0, [["(?:2[13]|[35-7][14]|41|8[1468])\\d{6}", [8]], ["208[78]\\d{6}|(?:20[23579]|30)\\d{7}", [9, 10]]]], "LB": ["961", "00", "[27-9]\\d{7}|[13-9]\\d{6}", [7, 8], [["(\\d)(\\d{3})(\\d{3})", "$1 $2 $3", ["[13-69]|7(?:[2-57]|62|8[0-6]|9[04-9])|8[02-9]"], "0$1"], ["(\\d{2})(\\d{3})(\\d{3})", "$1 $2 $3", ["[27-9]"]]], "0", 0, 0, 0, 0, 0, [["7(?:62|8[0-6]|9[04-9])\\d{4}|(?:[14-69]\\d|2(?:[14-69]\\d|[78][1-9])|7[2-57]|8[02-9])\\d{5}"], ["(?:(?:3|81)\\d|7(?:[01]\\d|6[013-9]|8[7-9]|9[0-4]))\\d{5}"], 0, ["9[01]\\d{6}", [8]], 0, 0, 0, 0, 0, ["80\\d{6}", [8]]]], "LC": ["1", "011", "(?:[58]\\d\\d|758|900)\\d{7}", [10], 0, "1", 0, "([2-8]\\d{6})$|1", "758$1", 0, "758", [["758(?:234|4(?:30|5\\d|6[2-9]|8[0-2])|57[0-2]|(?:63|75)8)\\d{4}"], ["758(?:28[4-7]|384|4(?:6[01]|8[4-9])|5(?:1[89]|20|84)|7(?:1[2-9]|2\\d|3[0-3])|812)\\d{4}"], ["8(?:00|33|44|55|66|77|88)[2-9]\\d{6}"], ["900[2-9]\\d{6}"], ["52(?:3(?:[2-46-9][02-9]\\d|5(?:[02-46-9]\\d|5[0-46-9]))|4(?:[2-478][02-9]\\d|5(?:[034]\\d|2[024-9]|5[0-46-9])|6(?:0[1-9]|[2-9]\\d)|9(?:[05-9]\\d|2[0-5]|49)))\\d{4}|52[34][2-9]1[02-9]\\d{4}|5(?:00|2[125-9]|3[23]|44|66|77|88)[2-9]\\d{6}"]]], "LI": ["423", "00", "[68]\\d{8}|(?:[2378]\\d|90)\\d{5}", [7, 9], [["(\\d{3})(\\d{2})(\\d{2})", "$1 $2 $3", ["[2379]|8(?:0[09]|7)", "[2379]|8(?:0(?:02|9)|7)"]], ["(\\d{3})(\\d{3})(\\d{3})", "$1 $2 $3", ["8"]], ["(\\d{2})(\\d{3})(\\d{4})", "$1 $2 $3", ["69"]], ["(\\d{3})(\\d{3})(\\d{3})", "$1 $2 $3", ["6"]]], "0", 0, "(1001)|0", 0, 0, 0, [["(?:2(?:01|1[27]|2[024]|3\\d|6[02-578]|9[06])|3(?:[24]0|33|7[0135-7]|8[048]|9[0269]))\\d{4}", [7]], ["(?:6(?:(?:4[5-9]|5\\d)\\d|6(?:[024-68]\\d|1[01]|3[7-9]|7[02]))\\d|7(?:[37-9]\\d|42|56))\\d{4}"], ["8002[28]\\d\\d|80(?:05\\d|9)\\d{4}"], ["90(?:02[258]|1(?:23|3[14])|66[136])\\d\\d", [7]], 0, ["697(?:42|56|[78]\\d)\\d{4}", [9]], ["870(?:28|87)\\d\\d", [7]]]], "LK": ["94", "00", "[1-9]\\d{8}", [9], [["(\\d{2})(\\d{3})(\\d{4})", "$1 $2 $3", ["7"], "0$1"], ["(\\d{3})(\\d{3})(\\d{3})", "$1 $2 $3", ["[1-689]"], "0$1"]], "0", 0, 0, 0, 0, 0, [["(?:12[2-9]|602|8[12]\\d|9(?:1\\d|22|9[245]))\\d{6}|(?:11|2[13-7]|3[1-8]|4[157]|5[12457]|6[35-7])[2-57]\\d{6}"], ["7(?:[0-25-8]\\d|4[0-4])\\d{6}"], 0, 0, 0, 0, ["1973\\d{5}"]]], "LR": ["231", "00", "(?:[2457]\\d|33|88)\\d{7}|(?:2\\d|[4-6])\\d{6}", [7, 8, 9], [["(\\d)(\\d{3})(\\d{3})", "$1 $2 $3", ["4[67]|[56]"], "0$1"], ["(\\d{2})(\\d{3})(\\d{3})", "$1 $2 $3", ["2"], "0$1"], ["(\\d{2})(\\d{3})(\\d{4})", "$1 $2 $3", ["[2-578]"], "0$1"]], "0", 0, 0, 0, 0, 0, [["2\\d{7}", [8]], ["(?:(?:(?:22|33)0|555|7(?:6[01]|7\\d)|88\\d)\\d|4(?:240|[67]))\\d{5}|[56]\\d{6}", [7, 9]], 0, ["332(?:02|[34]\\d)\\d{4}", [9]]]], "LS": ["266", "00", "(?:[256]\\d\\d|800)\\d{5}", [8], [["(\\d{4})(\\d{4})", "$1 $2", ["[2568]"]]], 0, 0, 0, 0, 0, 0, [["2\\d{7}"], ["[56]\\d{7}"], ["800[1256]\\d{4}"]]], "LT": ["370", "00", "(?:[3469]\\d|52|[78]0)\\d{6}", [8], [["(\\d)(\\d{3})(\\d{4})", "$1 $2 $3", ["52[0-7]"], "(0-$1)", 1], ["(\\d{3})(\\d{2})(\\d{3})", "$1 $2 $3", ["[7-9]"], "0 $1", 1], ["(\\d{2})(\\d{6})", "$1 $2", ["37|4(?:[15]|6[1-8])"], "(0-$1)", 1], ["(\\d{3})(\\d{5})", "$1 $2", ["[3-6]"], "(0-$1)", 1]], "0", 0, "[08]", 0, 0, 0, [["(?:3[1478]|4[124-6]|52)\\d{6}"], ["6\\d{7}"], ["80[02]\\d{5}"], ["9(?:0[0239]|10)\\d{5}"], ["70[05]\\d{5}"], 0, ["70[67]\\d{5}"], 0, ["[89]01\\d{5}"], ["808\\d{5}"]]], "LU": ["352", "00", "35[013-9]\\d{4,8}|6\\d{8}|35\\d{2,4}|(?:[2457-9]\\d|3[0-46-9])\\d{2,9}", [4, 5, 6, 7, 8, 9, 10, 11], [["(\\d{2})(\\d{3})", "$1 $2", ["2(?:0[2-689]|[2-9])|[3-57]|8(?:0[2-9]|[13-9])|9(?:0[89]|[2-579])"]], ["(\\d{2})(\\d{2})(\\d{2})", "$1 $2 $3", ["2(?:0[2-689]|[2-9])|[3-57]|8(?:0[2-9]|[13-9])|9(?:0[89]|[2-579])"]], ["(\\d{2})(\\d{2})(\\d{3})", "$1 $2 $3", ["20[2-689]"]], ["(\\d{2})(\\d{2})(\\d{2})(\\d{1,2})", "$1 $2 $3 $4", ["20"]], ["(\\d{2})(\\d{2})(\\d{2})(\\d{1,5})", "$1 $2 $3 $4", ["[3-57]|8[13-9]|9(?:0[89]|[2-579])|(?:2|80)[2-9]"]], ["(\\d{3})(\\d{2})(\\d{3})", "$1 $2 $3", ["80[01]|90[015]"]], ["(\\d{2})(\\d{2})(\\d{2})(\\d{3})", "$1 $2 $3 $4", ["20"]], ["(\\d{3})(\\d{3})(\\d{3})", "$1 $2 $3", ["6"]], ["(\\d{2})(\\d{2})(\\d{2})(\\d{2})(\\d{1,2})", "$1 $2 $3 $4 $5", ["20"]]], 0, 0, "(15(?:0[06]|1[12]|[35]5|4[04]|6[26]|77|88|99)\\d)", 0, 0, 0, [["(?:35[013-9]|80[2-9]|90[89])\\d{1,8}|(?:2[2-9]|3[0-46-9]|[457]\\d|8[13-9]|9[2-579])\\d{2,9}"], ["6(?:[26][18]|5[1568]|7[189]|81|9[128])\\d{6}", [9]], ["800\\d{5}", [8]], ["90[015]\\d{5}", [8]], 0, 0, 0, 0, ["20(?:1\\d{5}|[2-689]\\d{1,7})", [4, 5, 6, 7, 8, 9, 10]], ["801\\d{5}", [8]]]], "LV": ["371", "00", "(?:[268]\\d|78|90)\\d{6}", [8], [["(\\d{2})(\\d{3})(\\d{3})", "$1 $2 $3", ["[2679]|8[01]"]]], 0, 0, 0, 0, 0, 0, [["6\\d{7}"], ["2333[0-8]\\d{3}|2(?:[0-24-9]\\d\\d|3(?:0[07]|[14-9]\\d|2[02-9]|3[0-24-9]))\\d{4}"], ["80\\d{6}"], ["90\\d{6}"], 0, 0, 0, 0, 0, ["81\\d{6}"]]], "LY": ["218", "00", "[2-9]\\d{8}", [9], [["(\\d{2})(\\d{7})", "$1-$2", ["[2-9]"], "0$1"]], "0", 0, 0, 0, 0, 0, [["(?:2(?:0[56]|[1-6]\\d|7[124579]|8[124])|3(?:1\\d|2[2356])|4(?:[17]\\d|2[1-357]|5[2-4]|8[124])|5(?:[1347]\\d|2[1-469]|5[13-5]|8[1-4])|6(?:[1-479]\\d|5[2-57]|8[1-5])|7(?:[13]\\d|2[13-79])|8(?:[124]\\d|5[124]|84))\\d{6}"], ["9[1-6]\\d{7}"]]], "MA": ["212", "00", "[5-8]\\d{8}", [9], [["(\\d{4})(\\d{5})", "$1-$2", ["892"], "0$1"], ["(\\d{2})(\\d{7})", "$1-$2", ["8(?:0[0-7]|9)"], "0$1"], ["(\\d)(\\d{2})(\\d{2})(\\d{2})(\\d{2})", "$1 $2 $3 $4 $5", ["[5-8]"], "0$1"]], "0", 0, 0, 0, 0, "[5-8]", [["5(?:(?:18|4[0679]|5[03])\\d|2(?:[0-25-79]\\d|3[1-578]|4[02-46-8]|8[0235-9])|3(?:[0-47]\\d|5[02-9]|6[02-8]|8[014-9]|9[3-9]))\\d{5}"], ["(?:6(?:[0-79]\\d|8[0-247-9])|7(?:[016-8]\\d|2[0-8]|3[01]|5[0-5]))\\d{6}"], ["80[0-7]\\d{6}"], ["89\\d{7}"], 0, 0, 0, 0, ["(?:592(?:4[0-2]|93)|80[89]\\d\\d)\\d{4}"]]], "MC": ["377", "00", "(?:[3489]|[67]\\d)\\d{7}", [8, 9], [["(\\d{2})(\\d{3})(\\d{3})", "$1 $2 $3", ["4"], "0$1"], ["(\\d{2})(\\d{2})(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["[389]"]], ["(\\d)(\\d{2})(\\d{2})(\\d{2})(\\d{2})", "$1 $2 $3 $4 $5", ["[67]"], "0$1"]], "0", 0, 0, 0, 0, 0, [["(?:870|9[2-47-9]\\d)\\d{5}", [8]], ["4(?:[46]\\d|5[1-9])\\d{5}|(?:3|[67]\\d)\\d{7}"], ["(?:800|90\\d)\\d{5}", [8]]]], "MD": ["373", "00", "(?:[235-7]\\d|[89]0)\\d{6}", [8], [["(\\d{3})(\\d{5})", "$1 $2", ["[89]"], "0$1"], ["(\\d{2})(\\d{3})(\\d{3})", "$1 $2 $3", ["22|3"], "0$1"], ["(\\d{3})(\\d{2})(\\d{3})", "$1 $2 $3", ["[25-7]"], "0$1"]], "0", 0, 0, 0, 0, 0, [["(?:(?:2[1-9]|3[1-79])\\d|5(?:33|5[257]))\\d{5}"], ["562\\d{5}|(?:6\\d|7[16-9])\\d{6}"], ["800\\d{5}"], ["90[056]\\d{5}"], 0, 0, ["803\\d{5}"], 0, ["3[08]\\d{6}"], ["808\\d{5}"]]], "ME": ["382", "00", "(?:20|[3-79]\\d)\\d{6}|80\\d{6,7}", [8, 9], [["(\\d{2})(\\d{3})(\\d{3,4})", "$1 $2 $3", ["[2-9]"], "0$1"]], "0", 0, 0, 0, 0, 0, [["(?:20[2-8]|3(?:[0-2][2-7]|3[24-7])|4(?:0[2-467]|1[2467])|5(?:0[2467]|1[24-7]|2[2-467]))\\d{5}", [8]], ["6(?:[07-9]\\d|3[024]|6[0-25])\\d{5}", [8]], ["80(?:[0-2578]|9\\d)\\d{5}"], ["9(?:4[1568]|5[178])\\d{5}", [8]], 0, 0, ["77[1-9]\\d{5}", [8]], 0, ["78[1-49]\\d{5}", [8]]]], "MF": ["590", "00", "7090\\d{5}|(?:[56]9|[89]\\d)\\d{7}", [9], 0, "0", 0, 0, 0, 0, 0, [["(?:59(?:0(?:0[079]|[14]3|[27][79]|3[03-7]|5[0-268]|87)|87\\d)|80[6-9]\\d\\d)\\d{4}"], ["(?:69(?:0\\d\\d|1(?:2[2-9]|3[0-5]))|7090[0-4])\\d{4}"], ["80[0-5]\\d{6}"], ["8[129]\\d{7}"], 0, 0, 0, 0, ["9(?:(?:39[5-7]|76[018])\\d|475[0-6])\\d{4}"]]], "MG": ["261", "00", "[23]\\d{8}", [9], [["(\\d{2})(\\d{2})(\\d{3})(\\d{2})", "$1 $2 $3 $4", ["[23]"], "0$1"]], "0", 0, "([24-9]\\d{6})$|0", "20$1", 0, 0, [["2072[29]\\d{4}|20(?:2\\d|4[47]|5[3467]|6[279]|7[356]|8[268]|9[2457])\\d{5}"], ["3[2-9]\\d{7}"], 0, 0, 0, 0, 0, 0, ["22\\d{7}"]]], "MH": ["692", "011", "329\\d{4}|(?:[256]\\d|45)\\d{5}", [7], [["(\\d{3})(\\d{4})", "$1-$2", ["[2-6]"]]], "1", 0, 0, 0, 0, 0, [["(?:247|528|625)\\d{4}"], ["(?:(?:23|54)5|329|45[35-8])\\d{4}"], 0, 0, 0, 0, 0, 0, ["635\\d{4}"]]], "MK": ["389", "00", "[2-578]\\d{7}", [8], [["(\\d)(\\d{3})(\\d{4})", "$1 $2 $3", ["2|34[47]|4(?:[37]7|5[47]|64)"], "0$1"], ["(\\d{2})(\\d{3})(\\d{3})", "$1 $2 $3", ["[347]"], "0$1"], ["(\\d{3})(\\d)(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["[58]"], "0$1"]], "0", 0, 0, 0, 0, 0, [["(?:(?:2(?:62|77)0|3444)\\d|4[56]440)\\d{3}|(?:34|4[357])700\\d{3}|(?:2(?:[0-3]\\d|5[0-578]|6[01]|82)|3(?:1[3-68]|[23][2-68]|4[23568])|4(?:[23][2-68]|4[3-68]|5[2568]|6[25-8]|7[24-68]|8[4-68]))\\d{5}"], ["7(?:3555|(?:474|9[019]7)7)\\d{3}|7(?:[0-25-8]\\d\\d|3(?:[1-478]\\d|6[01])|4(?:2\\d|60|7[01578])|9(?:[2-4]\\d|5[01]|7[015]))\\d{4}"], ["800\\d{5}"], ["5\\d{7}"], 0, 0, 0, 0, 0, ["8(?:0[1-9]|[1-9]\\d)\\d{5}"]]], "ML": ["223", "00", "[24-9]\\d{7}", [8], [["(\\d{2})(\\d{2})(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["[24-9]"]]], 0, 0, 0, 0, 0, 0, [["2(?:07[0-8]|12[67])\\d{4}|(?:2(?:02|1[4-689])|4(?:0[0-4]|4[1-69]))\\d{5}"], ["2(?:0(?:01|79)|17\\d)\\d{4}|(?:5[0-3]|[679]\\d|8[2-59])\\d{6}"], ["80\\d{6}"]]], "MM": ["95", "00", "1\\d{5,7}|95\\d{6}|(?:[4-7]|9[0-46-9])\\d{6,8}|(?:2|8\\d)\\d{5,8}", [6, 7, 8, 9, 10], [["(\\d)(\\d{2})(\\d{3})", "$1 $2 $3", ["16|2"], "0$1"], ["(\\d{2})(\\d{2})(\\d{3})", "$1 $2 $3", ["4(?:[2-46]|5[3-5])|5|6(?:[1-689]|7[235-7])|7(?:[0-4]|5[2-7])|8[1-5]|(?:60|86)[23]"], "0$1"], ["(\\d)(\\d{3})(\\d{3,4})", "$1 $2 $3", ["[12]|452|678|86", "[12]|452|6788|86"], "0$1"], ["(\\d{2})(\\d{3})(\\d{3,4})", "$1 $2 $3", ["[4-7]|8[1-35]"], "0$1"], ["(\\d)(\\d{3})(\\d{4,6})", "$1 $2 $3", ["9(?:2[0-4]|[35-9]|4[137-9])"], "0$1"], ["(\\d)(\\d{4})(\\d{4})", "$1 $2 $3", ["2"], "0$1"], ["(\\d{3})(\\d{3})(\\d{4})", "$1 $2 $3", ["8"], "0$1"], ["(\\d)(\\d{3})(\\d{3})(\\d{3})", "$1 $2 $3 $4", ["92"], "0$1"], ["(\\d)(\\d{5})(\\d{4})", "$1 $2 $3", ["9"], "0$1"]], "0", 0, 0, 0, 0, 0, [["(?:1(?:(?:12|[28]\\d|3[56]|7[3-6]|9[0-6])\\d|4(?:2[29]|7[0-2]|83)|6)|2(?:2(?:00|8[34])|4(?:0\\d|22|7[0-2]|83)|51\\d\\d)|4(?:2(?:2\\d\\d|48[013])|3(?:20\\d|4(?:70|83)|56)|420\\d|5(?:2\\d|470))|6(?:0(?:[23]|88\\d)|(?:124|[56]2\\d)\\d|2472|3(?:20\\d|470)|4(?:2[04]\\d|472)|7(?:3\\d\\d|4[67]0|8(?:[01459]\\d|8))))\\d{4}|5(?:2(?:2\\d{5,6}|47[02]\\d{4})|(?:3472|4(?:2(?:1|86)|470)|522\\d|6(?:20\\d|483)|7(?:20\\d|48[01])|8(?:20\\d|47[02])|9(?:20\\d|470))\\d{4})|7(?:(?:0470|4(?:25\\d|470)|5(?:202|470|96\\d))\\d{4}|1(?:20\\d{4,5}|4(?:70|83)\\d{4}))|8(?:1(?:2\\d{5,6}|4(?:10|7[01]\\d)\\d{3})|2(?:2\\d{5,6}|(?:320|490\\d)\\d{3})|(?:3(?:2\\d\\d|470)|4[24-7]|5(?:(?:2\\d|51)\\d|4(?:[1-35-9]\\d|4[0-57-9]))|6[23])\\d{4})|(?:1[2-6]\\d|4(?:2[24-8]|3[2-7]|[46][2-6]|5[3-5])|5(?:[27][2-8]|3[2-68]|4[24-8]|5[23]|6[2-4]|8[24-7]|9[2-7])|6(?:[19]20|42[03-6]|(?:52|7[45])\\d)|7(?:[04][24-8]|[15][2-7]|22|3[2-4])|8(?:1[2-689]|2[2-8]|(?:[35]2|64)\\d))\\d{4}|25\\d{5,6}|(?:2[2-9]|6(?:1[2356]|[24][2-6]|3[24-6]|5[2-4]|6[2-8]|7[235-7]|8[245]|9[24])|8(?:3[24]|5[245]))\\d{4}", [6, 7, 8, 9]], ["(?:17[01]|9(?:2(?:[0-4]|[56]\\d\\d)|(?:3(?:[0-36]|4\\d)|(?:6\\d|8[89]|9[4-8])\\d|7(?:3|40|[5-9]\\d))\\d|4(?:(?:[0245]\\d|[1379])\\d|88)|5[0-6])\\d)\\d{4}|9[69]1\\d{6}|9(?:[68]\\d|9[089])\\d{5}", [7, 8, 9, 10]], ["80080(?:0[1-9]|2\\d)\\d{3}", [10]], 0, 0, 0, 0, 0, ["1333\\d{4}", [8]]]], "MN": ["976", "001", "[12]\\d{7,9}|[5-9]\\d{7}", [8, 9, 10], [["(\\d{2})(\\d{2})(\\d{4})", "$1 $2 $3", ["11|2[16]"], "0$1"], ["(\\d{4})(\\d{4})", "$1 $2", ["[5-9]"]], ["(\\d{3})(\\d{5,6})", "$1 $2", ["[12]2[1-3]"], "0$1"], ["(\\d{4})(\\d{5,6})", "$1 $2", ["[12](?:27|3[2-8]|4[2-68]|5[1-4689])", "[12](?:27|3[2-8]|4[2-68]|5[1-4689])[0-3]"], "0$1"], ["(\\d{5})(\\d{4,5})", "$1 $2", ["[12]"], "0$1"]], "0", 0, 0, 0, 0, 0, [["[12](?:2[1-3]|(?:3[2-8]|4[2-68]|5[1-4689])\\d)\\d{5,6}|7(?:0(?:[0-5]\\d|7[078]|80)|128)\\d{4}|[12]27\\d{6}|(?:11|2[16]|5[368])\\d{6}"], ["(?:87[01]|92[0139])\\d{5}|(?:5[05]|6[069]|7[28]|8[0135689]|9[013-9])\\d{6}", [8]], 0, 0, 0, 0, 0, 0, ["712[0-79]\\d{4}|7(?:1[013-9]|[5-79]\\d)\\d{5}", [8]]]], "MO": ["853", "00", "0800\\d{3}|(?:28|[68]\\d)\\d{6}", [7, 8], [["(\\d{4})(\\d{3})", "$1 $2", ["0"]], ["(\\d{4})(\\d{4})", "$1 $2", ["[268]"]]], 0, 0, 0, 0, 0, 0, [["(?:28[2-9]|8(?:11|[2-57-9]\\d))\\d{5}", [8]], ["6800[0-79]\\d{3}|6(?:[235]\\d\\d|6(?:0[0-5]|[1-9]\\d)|8(?:0[1-9]|[14-8]\\d|2[5-9]|[39][0-4]))\\d{4}", [8]], ["0800\\d{3}", [7]]]], "MP": ["1", "011", "[58]\\d{9}|(?:67|90)0\\d{7}", [10], 0, "1", 0, "([2-9]\\d{6})$|1", "670$1", 0, "670", [["670(?:2(?:3[3-7]|56|8[4-8])|32[1-38]|4(?:33|8[348])|5(?:32|55|88)|6(?:64|70|82)|78[3589]|8[3-9]8|989)\\d{4}"], [""], ["8(?:00|33|44|55|66|77|88)[2-9]\\d{6}"], ["900[2-9]\\d{6}"], ["52(?:3(?:[2-46-9][02-9]\\d|5(?:[02-46-9]\\d|5[0-46-9]))|4(?:[2-478][02-9]\\d|5(?:[034]\\d|2[024-9]|5[0-46-9])|6(?:0[1-9]|[2-9]\\d)|9(?:[05-9]\\d|2[0-5]|49)))\\d{4}|52[34][2-9]1[02-9]\\d{4}|5(?:00|2[125-9]|3[23]|44|66|77|88)[2-9]\\d{6}"]]], "MQ": ["596", "00", "7091\\d{5}|(?:[56]9|[89]\\d)\\d{7}", [9], [["(\\d{3})(\\d{2})(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["[5-79]|8(?:0[6-9]|[36])"], "0$1"], ["(\\d{3})(\\d{2})(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["8"], "0$1"]], "0", 0, 0, 0, 0, 0, [["(?:59(?:6(?:[03-7]\\d|1[05]|2[7-9]|8[0-39]|9[04-9])|89\\d)|80[6-9]\\d\\d|9(?:477[6-9]|767[4589]))\\d{4}"], ["(?:69[67]\\d\\d|7091[0-3])\\d{4}"], ["80[0-5]\\d{6}"], ["8[129]\\d{7}"], 0, 0, 0, 0, ["9(?:397[0-3]|477[0-5]|76(?:6\\d|7[0-367]))\\d{4}"]]], "MR": ["222", "00", "(?:[2-4]\\d\\d|800)\\d{5}", [8], [["(\\d{2})(\\d{2})(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["[2-48]"]]], 0, 0, 0, 0, 0, 0, [["(?:25[08]|35\\d|45[1-7])\\d{5}"], ["[2-4][0-46-9]\\d{6}"], ["800\\d{5}"]]], "MS": ["1", "011", "(?:[58]\\d\\d|664|900)\\d{7}", [10], 0, "1", 0, "([34]\\d{6})$|1", "664$1", 0, "664", [["6644(?:1[0-3]|91)\\d{4}"], ["664(?:3(?:49|9[1-6])|49[2-6])\\d{4}"], ["8(?:00|33|44|55|66|77|88)[2-9]\\d{6}"], ["900[2-9]\\d{6}"], ["52(?:3(?:[2-46-9][02-9]\\d|5(?:[02-46-9]\\d|5[0-46-9]))|4(?:[2-478][02-9]\\d|5(?:[034]\\d|2[024-9]|5[0-46-9])|6(?:0[1-9]|[2-9]\\d)|9(?:[05-9]\\d|2[0-5]|49)))\\d{4}|52[34][2-9]1[02-9]\\d{4}|5(?:00|2[125-9]|3[23]|44|66|77|88)[2-9]\\d{6}"]]], "MT": ["356", "00", "3550\\d{4}|(?:[2579]\\d\\d|800)\\d{5}", [8], [["(\\d{4})(\\d{4})", "$1 $2", ["[2357-9]"]]], 0, 0, 0, 0, 0, 0, [["20(?:3[1-4]|6[059])\\d{4}|2(?:0[19]|[1-357]\\d|60)\\d{5}"], ["(?:7(?:210|[79]\\d\\d)|9(?:[29]\\d\\d|69[67]|8(?:1[1-3]|89|97)))\\d{4}"], ["800(?:02|[3467]\\d)\\d{3}"], ["5(?:0(?:0(?:37|43)|(?:6\\d|70|9[0168])\\d)|[12]\\d0[1-5])\\d{3}"], 0, 0, ["501\\d{5}"], ["7117\\d{4}"], ["3550\\d{4}"]]], "MU": ["230", "0(?:0|[24-7]0|3[03])", "(?:[57]|8\\d\\d)\\d{7}|[2-468]\\d{6}", [7, 8, 10], [["(\\d{3})(\\d{4})", "$1 $2", ["[2-46]|8[013]"]], ["(\\d{4})(\\d{4})", "$1 $2", ["[57]"]], ["(\\d{5})(\\d{5})", "$1 $2", ["8"]]], 0, 0, 0, 0, 0, 0, [["(?:2(?:[0346-8]\\d|1[0-8])|4(?:[013568]\\d|2[0-24-8]|71|90)|54(?:[3-5]\\d|71)|6\\d\\d|8(?:14|3[129]))\\d{4}", [7, 8]], ["5(?:4(?:2[1-389]|7[1-9])|87[15-8])\\d{4}|(?:5(?:2[5-9]|4[3-689]|[57]\\d|8[0-689]|9[0-8])|7(?:0[0-7]|3[013]))\\d{5}", [8]], ["802\\d{7}|80[0-2]\\d{4}", [7, 10]], ["30\\d{5}", [7]], 0, 0, 0, ["219\\d{4}", [7]], ["3(?:20|9\\d)\\d{4}", [7]]], "020"], "MV": ["960", "0(?:0|19)", "(?:800|9[0-57-9]\\d)\\d{7}|[34679]\\d{6}", [7, 10], [["(\\d{3})(\\d{4})", "$1-$2", ["[34679]"]], ["(\\d{3})(\\d{3})(\\d{4})", "$1 $2 $3", ["[89]"]]], 0, 0, 0, 0, 0, 0, [["(?:3(?:0[0-4]|3[0-59])|6(?:[58][024689]|6[024-68]|7[02468]))\\d{4}", [7]], ["(?:46[46]|[79]\\d\\d)\\d{4}", [7]], ["800\\d{7}", [10]], ["900\\d{7}", [10]], 0, 0, ["4(?:0[01]|50)\\d{4}", [7]]], "00"], "MW": ["265", "00", "(?:[1289]\\d|31|77)\\d{7}|1\\d{6}", [7, 9], [["(\\d)(\\d{3})(\\d{3})", "$1 $2 $3", ["1[2-9]"], "0$1"], ["(\\d{3})(\\d{2})(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["[1-37-9]"], "0$1"]], "0", 0, 0, 0, 0, 0, [["1[2-9]\\d{5}", [7]], ["111\\d{6}|(?:2[12]|31|77|[89][89])\\d{7}", [9]]]], "MX": ["52", "0[09]", "[2-9]\\d{9}", [10], [["(\\d{2})(\\d{4})(\\d{4})", "$1 $2 $3", ["33|5[56]|81"]], ["(\\d{3})(\\d{3})(\\d{4})", "$1 $2 $3", ["[2-9]"]]], 0, 0, 0, 0, 0, 0, [["(?:2(?:0[01]|2\\d|3[1-35-8]|4[13-9]|7[1-689]|8[1-578]|9[467])|3(?:1[1-79]|[2458][1-9]|3\\d|7[1-8]|9[1-5])|4(?:1[1-57-9]|[267][1-9]|3[1-8]|[45]\\d|8[1-35-9]|9[2-689])|5(?:[56]\\d|88|9[1-79])|6(?:1[2-68]|[2-4][1-9]|5[1-36-9]|6[0-57-9]|7[1-7]|8[67]|9[4-8])|7(?:[1346][1-9]|[27]\\d|5[13-9]|8[1-69]|9[17])|8(?:1\\d|2[13-689]|3[1-6]|4[124-6]|6[1246-9]|7[0-378]|9[12479])|9(?:1[346-9]|2[1-4]|3[2-46-8]|5[1348]|[69]\\d|7[12]|8[1-8]))\\d{7}"], ["(?:2(?:2\\d|3[1-35-8]|4[13-9]|7[1-689]|8[1-578]|9[467])|3(?:1[1-79]|[2458][1-9]|3\\d|7[1-8]|9[1-5])|4(?:1[1-57-9]|[267][1-9]|3[1-8]|[45]\\d|8[1-35-9]|9[2-689])|5(?:[56]\\d|88|9[1-79])|6(?:1[2-68]|[2-4][1-9]|5[1-36-9]|6[0-57-9]|7[1-7]|8[67]|9[4-8])|7(?:[1346][1-9]|[27]\\d|5[13-9]|8[1-69]|9[17])|8(?:1\\d|2[13-689]|3[1-6]|4[124-6]|6[1246-9]|7[0-378]|9[12479])|9(?:1[346-9]|2[1-4]|3[2-46-8]|5[1348]|[69]\\d|7[12]|8[1-8]))\\d{7}"], ["8(?:00|88)\\d{7}"], ["900\\d{7}"], ["500\\d{7}"], 0, 0, 0, 0, ["300\\d{7}"]], "00"], "MY": ["60", "00", "1\\d{8,9}|(?:3\\d|[4-9])\\d{7}", [8, 9, 10], [["(\\d)(\\d{3})(\\d{4})", "$1-$2 $3", ["[4-79]"], "0$1"], ["(\\d{2})(\\d{3})(\\d{3,4})", "$1-$2 $3", ["1(?:[02469]|[378][1-9]|53)|8", "1(?:[02469]|[37][1-9]|53|8(?:[1-46-9]|5[7-9]))|8"], "0$1"], ["(\\d)(\\d{4})(\\d{4})", "$1-$2 $3", ["3"], "0$1"], ["(\\d)(\\d{3})(\\d{2})(\\d{4})", "$1-$2-$3-$4", ["1(?:[367]|80)"]], ["(\\d{3})(\\d{3})(\\d{4})", "$1-$2 $3", ["15"], "0$1"], ["(\\d{2})(\\d{4})(\\d{4})", "$1-$2 $3", ["1"], "0$1"]], "0", 0, 0, 0, 0, 0, [["427[01]\\d{4}|(?:3(?:2[0-36-9]|3[0-368]|4[0-278]|5[0-24-8]|6[0-467]|7[1246-9]|8\\d|9[0-57])\\d|4(?:2[0-689]|[3-79]\\d|8[1-35689])|5(?:2[0-589]|[3468]\\d|5[0-489]|7[1-9]|9[23])|6(?:2[2-9]|3[1357-9]|[46]\\d|5[0-6]|7[0-35-9]|85|9[015-8])|7(?:[2579]\\d|3[03-68]|4[0-8]|6[5-9]|8[0-35-9])|8(?:[24][2-8]|3[2-5]|5[2-7]|6[2-589]|7[2-578]|[89][2-9])|9(?:0[57]|13|[25-7]\\d|[3489][0-8]))\\d{5}", [8, 9]], ["1(?:(?:1888[689]|4400|8(?:47|8[27])[0-4])\\d{4}|9\\d{7,8})|1(?:0(?:[23568]\\d|4[0-6]|7[016-9]|9[0-8])|1(?:[1-5]\\d\\d|6(?:0[5-9]|[1-9]\\d)|7(?:[0-4]\\d|5[0-79]|6[02-4]|8[02-5]))|(?:[26]\\d|[37][1-9]|4[235-9])\\d|5(?:31|9\\d\\d)|8(?:1[23]|[236]\\d|4[06]|5(?:46|[7-9])|7[016-9]|8[01]|9[0-8]))\\d{5}", [9, 10]], ["1[378]00\\d{6}", [10]], ["1600\\d{6}", [10]], 0, 0, 0, 0, ["15(?:4(?:6[0-4]\\d|8(?:0[125]|[17]\\d|21|3[01]|4[01589]|5[014]|6[02]))|6(?:32[0-6]|78\\d))\\d{4}", [10]]]], "MZ": ["258", "00", "(?:2|8\\d)\\d{7}", [8, 9], [["(\\d{2})(\\d{3})(\\d{3,4})", "$1 $2 $3", ["2|8[2-9]"]], ["(\\d{3})(\\d{3})(\\d{3})", "$1 $2 $3", ["8"]]], 0, 0, 0, 0, 0, 0, [["2(?:[1346]\\d|5[0-2]|[78][12]|93)\\d{5}", [8]], ["8[2-9]\\d{7}", [9]], ["800\\d{6}", [9]]]], "NA": ["264", "00", "[68]\\d{7,8}", [8, 9], [["(\\d{2})(\\d{3})(\\d{3})", "$1 $2 $3", ["88"], "0$1"], ["(\\d{2})(\\d{3})(\\d{3,4})", "$1 $2 $3", ["6"], "0$1"], ["(\\d{3})(\\d{3})(\\d{3})", "$1 $2 $3", ["87"], "0$1"], ["(\\d{2})(\\d{3})(\\d{4})", "$1 $2 $3", ["8"], "0$1"]], "0", 0, 0, 0, 0, 0, [["64426\\d{3}|6(?:1(?:2[2-7]|3[01378]|4[0-4])|254|32[0237]|4(?:27|41|5[25])|52[236-8]|626|7(?:2[2-4]|30))\\d{4,5}|6(?:1(?:(?:0\\d|2[0189]|3[24-69]|4[5-9])\\d|17|69|7[014])|2(?:17|5[0-36-8]|69|70)|3(?:17|2[14-689]|34|6[289]|7[01]|81)|4(?:17|2[0-2]|4[06]|5[0137]|69|7[01])|5(?:17|2[0459]|69|7[01])|6(?:17|25|38|42|69|7[01])|7(?:17|2[569]|3[13]|6[89]|7[01]))\\d{4}"], ["(?:60|8[1245])\\d{7}", [9]], ["80\\d{7}", [9]], ["8701\\d{5}", [9]], 0, 0, 0, 0, ["8(?:3\\d\\d|86)\\d{5}"]]], "NC": ["687", "00", "(?:050|[2-57-9]\\d\\d)\\d{3}", [6], [["(\\d{2})(\\d{2})(\\d{2})", "$1.$2.$3", ["[02-57-9]"]]], 0, 0, 0, 0, 0, 0, [["(?:2[03-9]|3[0-5]|4[1-7]|88)\\d{4}"], ["(?:[579]\\d|8[0-79])\\d{4}"], ["050\\d{3}"], ["36\\d{4}"]]], "NE": ["227", "00", "[027-9]\\d{7}", [8], [["(\\d{2})(\\d{3})(\\d{3})", "$1 $2 $3", ["08"]], ["(\\d{2})(\\d{2})(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["[089]|2[013]|7[0467]"]]], 0, 0, 0, 0, 0, 0, [["2(?:0(?:20|3[1-8]|4[13-5]|5[14]|6[14578]|7[1-578])|1(?:4[145]|5[14]|6[14-68]|7[169]|88))\\d{4}"], ["(?:23|7[0467]|[89]\\d)\\d{6}"], ["08\\d{6}"], ["09\\d{6}"]]], "NF": ["672", "00", "[13]\\d{5}", [6], [["(\\d{2})(\\d{4})", "$1 $2", ["1[0-3]"]], ["(\\d)(\\d{5})", "$1 $2", ["[13]"]]], 0, 0, "([0-258]\\d{4})$", "3$1", 0, 0, [["(?:1(?:06|17|28|39)|3[0-2]\\d)\\d{3}"], ["(?:14|3[58])\\d{4}"]]], "NG": ["234", "009", "(?:20|9\\d)\\d{8}|[78]\\d{9,13}", [10, 11, 12, 13, 14], [["(\\d{3})(\\d{3})(\\d{3,4})", "$1 $2 $3", ["[7-9]"], "0$1"], ["(\\d{3})(\\d{3})(\\d{4})", "$1 $2 $3", ["20[129]"], "0$1"], ["(\\d{4})(\\d{2})(\\d{4})", "$1 $2 $3", ["2"], "0$1"], ["(\\d{3})(\\d{4})(\\d{4,5})", "$1 $2 $3", ["[78]"], "0$1"], ["(\\d{3})(\\d{5})(\\d{5,6})", "$1 $2 $3", ["[78]"], "0$1"]], "0", 0, 0, 0, 0, 0, [["20(?:[1259]\\d|3[013-9]|4[1-8]|6[024-689]|7[1-79]|8[2-9])\\d{6}", [10]], ["(?:702[0-24-9]|819[01])\\d{6}|(?:7(?:0[13-9]|[12]\\d)|8(?:0[1-9]|1[0-8])|9(?:0[1-9]|1[0-6]))\\d{7}", [10]], ["800\\d{7,11}"], 0, 0, 0, ["700\\d{7,11}"]]], "NI": ["505", "00", "(?:1800|[25-8]\\d{3})\\d{4}", [8], [["(\\d{4})(\\d{4})", "$1 $2", ["[125-8]"]]], 0, 0, 0, 0, 0, 0, [["2\\d{7}"], ["(?:5(?:5[0-7]|[78]\\d)|6(?:20|3[035]|4[045]|5[05]|77|8[1-9]|9[059])|(?:7[5-8]|8\\d)\\d)\\d{5}"], ["1800\\d{4}"]]], "NL": ["31", "00", "(?:[124-7]\\d\\d|3(?:[02-9]\\d|1[0-8]))\\d{6}|8\\d{6,9}|9\\d{6,10}|1\\d{4,5}", [5, 6, 7, 8, 9, 10, 11], [["(\\d{3})(\\d{4,7})", "$1 $2", ["[89]0"], "0$1"], ["(\\d{2})(\\d{7})", "$1 $2", ["66"], "0$1"], ["(\\d)(\\d{8})", "$1 $2", ["6"], "0$1"], ["(\\d{3})(\\d{3})(\\d{3})", "$1 $2 $3", ["1[16-8]|2[259]|3[124]|4[17-9]|5[124679]"], "0$1"], ["(\\d{2})(\\d{3})(\\d{4})", "$1 $2 $3", ["[1-578]|91"], "0$1"], ["(\\d{3})(\\d{3})(\\d{5})", "$1 $2 $3", ["9"], "0$1"]], "0", 0, 0, 0, 0, 0, [["(?:1(?:[035]\\d|1[13-578]|6[124-8]|7[24]|8[0-467])|2(?:[0346]\\d|2[2-46-9]|5[125]|9[479])|3(?:[03568]\\d|1[3-8]|2[01]|4[1-8])|4(?:[0356]\\d|1[1-368]|7[58]|8[15-8]|9[23579])|5(?:[0358]\\d|[19][1-9]|2[1-57-9]|4[13-8]|6[126]|7[0-3578])|7\\d\\d)\\d{6}", [9]], ["(?:6[1-58]|970\\d)\\d{7}", [9, 11]], ["800\\d{4,7}", [7, 8, 9, 10]], ["90[069]\\d{4,7}", [7, 8, 9, 10]], 0, 0, ["140(?:1[035]|2[0346]|3[03568]|4[0356]|5[0358]|8[458])|(?:140(?:1[16-8]|2[259]|3[124]|4[17-9]|5[124679]|7)|8[478]\\d{6})\\d", [5, 6, 9]], ["66\\d{7}", [9]], ["(?:85|91)\\d{7}", [9]]]], "NO": ["47", "00", "(?:0|[2-9]\\d{3})\\d{4}", [5, 8], [["(\\d{3})(\\d{2})(\\d{3})", "$1 $2 $3", ["8"]], ["(\\d{2})(\\d{2})(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["[2-79]"]]], 0, 0, 0, 0, 0, "[02-689]|7[0-8]", [["(?:2[1-4]|3[1-3578]|5[1-35-7]|6[1-46-9]|7[0-8])\\d{6}", [8]], ["45(?:[0-24-9]\\d|3[0-57-9])\\d{4}|(?:4[016-8]|9\\d)\\d{6}", [8]], ["80[01]\\d{5}", [8]], ["82[09]\\d{5}", [8]], ["880\\d{5}", [8]], ["81[23]\\d{5}", [8]], ["(?:0[235-9]|81(?:0(?:0[7-9]|1\\d)|5\\d\\d))\\d{3}"], 0, ["85[0-5]\\d{5}", [8]], ["810(?:0[0-6]|[2-8]\\d)\\d{3}", [8]]]], "NP": ["977", "00", "(?:1\\d|9)\\d{9}|[1-9]\\d{7}", [8, 10, 11], [["(\\d)(\\d{7})", "$1-$2", ["1[2-6]"], "0$1"], ["(\\d{2})(\\d{6})", "$1-$2", ["1[01]|[2-8]|9(?:[1-59]|[67][2-6])"], "0$1"], ["(\\d{3})(\\d{7})", "$1-$2", ["9"]]], "0", 0, 0, 0, 0, 0, [["(?:1[0-6]\\d|99[02-6])\\d{5}|(?:2[13-79]|3[135-8]|4[146-9]|5[135-7]|6[13-9]|7[15-9]|8[1-46-9]|9[1-7])[2-6]\\d{5}", [8]], ["9(?:00|6[0-3]|7[0-24-6]|8[0-24-68])\\d{7}", [10]], ["1(?:66001|800\\d\\d)\\d{5}", [11]]]], "NR": ["674", "00", "(?:222|444|(?:55|8\\d)\\d|666|777|999)\\d{4}", [7], [["(\\d{3})(\\d{4})", "$1 $2", ["[24-9]"]]], 0, 0, 0, 0, 0, 0, [["444\\d{4}"], ["(?:222|55[3-9]|666|777|8\\d\\d|999)\\d{4}"]]], "NU": ["683", "00", "(?:[4-7]|888\\d)\\d{3}", [4, 7], [["(\\d{3})(\\d{4})", "$1 $2", ["8"]]], 0, 0, 0, 0, 0, 0, [["[47]\\d{3}", [4]], ["(?:[56]|888[1-9])\\d{3}"]]], "NZ": ["64", "0(?:0|161)", "[1289]\\d{9}|50\\d{5}(?:\\d{2,3})?|[27-9]\\d{7,8}|(?:[34]\\d|6[0-35-9])\\d{6}|8\\d{4,6}", [5, 6, 7, 8, 9, 10], [["(\\d{2})(\\d{3,8})", "$1 $2", ["8[1-79]"], "0$1"], ["(\\d{3})(\\d{2})(\\d{2,3})", "$1 $2 $3", ["50[036-8]|8|90", "50(?:[0367]|88)|8|90"], "0$1"], ["(\\d)(\\d{3})(\\d{4})", "$1 $2 $3", ["24|[346]|7[2-57-9]|9[2-9]"], "0$1"], ["(\\d{3})(\\d{3})(\\d{3,4})", "$1 $2 $3", ["2(?:10|74)|[589]"], "0$1"], ["(\\d{2})(\\d{3,4})(\\d{4})", "$1 $2 $3", ["1|2[028]"], "0$1"], ["(\\d{2})(\\d{3})(\\d{3,5})", "$1 $2 $3", ["2(?:[169]|7[0-35-9])|7"], "0$1"]], "0", 0, 0, 0, 0, 0, [["240\\d{5}|(?:3[2-79]|[49][2-9]|6[235-9]|7[2-57-9])\\d{6}", [8]], ["2(?:[0-27-9]\\d|6)\\d{6,7}|2(?:1\\d|75)\\d{5}", [8, 9, 10]], ["508\\d{6,7}|80\\d{6,8}", [8, 9, 10]], ["(?:1[13-57-9]\\d{5}|50(?:0[08]|30|66|77|88))\\d{3}|90\\d{6,8}", [7, 8, 9, 10]], ["70\\d{7}", [9]], 0, ["8(?:1[16-9]|22|3\\d|4[045]|5[459]|6[235-9]|7[0-3579]|90)\\d{2,7}"]], "00"], "OM": ["968", "00", "(?:1505|[279]\\d{3}|500)\\d{4}|800\\d{5,6}", [7, 8, 9], [["(\\d{3})(\\d{4,6})", "$1 $2", ["[58]"]], ["(\\d{2})(\\d{6})", "$1 $2", ["2"]], ["(\\d{4})(\\d{4})", "$1 $2", ["[179]"]]], 0, 0, 0, 0, 0, 0, [["2[1-6]\\d{6}", [8]], ["(?:1505|90[1-9]\\d)\\d{4}|(?:7[124-9]|9[1-9])\\d{6}", [8]], ["8007\\d{4,5}|(?:500|800[05])\\d{4}"], ["900\\d{5}", [8]]]], "PA": ["507", "00", "(?:00800|8\\d{3})\\d{6}|[68]\\d{7}|[1-57-9]\\d{6}", [7, 8, 10, 11], [["(\\d{3})(\\d{4})", "$1-$2", ["[1-57-9]"]], ["(\\d{4})(\\d{4})", "$1-$2", ["[68]"]], ["(\\d{3})(\\d{3})(\\d{4})", "$1 $2 $3", ["8"]]], 0, 0, 0, 0, 0, 0, [["(?:1(?:0\\d|1[0479]|2[37]|3[0137]|4[147]|5[05]|6[058]|7[0167]|8[2358]|9[1389])|2(?:[0235-79]\\d|1[0-7]|4[013-9]|8[02-9])|3(?:[0147-9]\\d|[25][0-5]|33|6[068])|4(?:00|3[0-579]|4\\d|7[0-57-9])|5(?:[01]\\d|2[0-7]|[56]0|79)|7(?:0[09]|2[0-26-8]|3[03]|4[04]|5[05-9]|6[0156]|7[0-24-9]|8[4-9]|90)|8(?:09|2[89]|3\\d|4[0-24-689]|5[014]|8[02])|9(?:0[5-9]|1[0-35-8]|2[036-9]|3[35-79]|40|5[0457-9]|6[05-9]|7[04-9]|8[235-8]|9\\d))\\d{4}", [7]], ["(?:1[16]1|21[89]|6\\d{3}|8(?:1[01]|7[23]))\\d{4}", [7, 8]], ["800\\d{4,5}|(?:00800|800\\d)\\d{6}"], ["(?:8(?:22|55|60|7[78]|86)|9(?:00|81))\\d{4}", [7]]]], "PE": ["51", "00|19(?:1[124]|77|90)00", "(?:[14-8]|9\\d)\\d{7}", [8, 9], [["(\\d{3})(\\d{5})", "$1 $2", ["80"], "(0$1)"], ["(\\d)(\\d{7})", "$1 $2", ["1"], "(0$1)"], ["(\\d{2})(\\d{6})", "$1 $2", ["[4-8]"], "(0$1)"], ["(\\d{3})(\\d{3})(\\d{3})", "$1 $2 $3", ["9"]]], "0", 0, 0, 0, 0, 0, [["(?:(?:19[02-68]|(?:4[34]|5[14])[0-8]|687)\\d|7(?:173|(?:3[0-8]|55)\\d)|8(?:10[05689]|6(?:0[06-9]|1[6-9]|29)|7(?:0[0569]|[56]0)))\\d{4}|(?:1[0-8]|4[12]|5[236]|6[1-7]|7[246]|8[2-4])\\d{6}", [8]], ["9\\d{8}", [9]], ["800\\d{5}", [8]], ["805\\d{5}", [8]], ["80[24]\\d{5}", [8]], 0, 0, 0, 0, ["801\\d{5}", [8]]], "00", " Anexo "], "PF": ["689", "00", "4\\d{5}(?:\\d{2})?|8\\d{7,8}", [6, 8, 9], [["(\\d{2})(\\d{2})(\\d{2})", "$1 $2 $3", ["44"]], ["(\\d{2})(\\d{2})(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["4|8[7-9]"]], ["(\\d{3})(\\d{2})(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["8"]]], 0, 0, 0, 0, 0, 0, [["4(?:0[4-689]|9[4-68])\\d{5}", [8]], ["8[7-9]\\d{6}", [8]], ["80[0-5]\\d{6}", [9]], 0, 0, 0, ["44\\d{4}", [6]], 0, ["499\\d{5}", [8]]]], "PG": ["675", "00|140[1-3]", "(?:180|[78]\\d{3})\\d{4}|(?:[2-589]\\d|64)\\d{5}", [7, 8], [["(\\d{3})(\\d{4})", "$1 $2", ["18|[2-69]|85[02-46-9]"]], ["(\\d{4})(\\d{4})", "$1 $2", ["[78]"]]], 0, 0, 0, 0, 0, 0, [["(?:(?:3[0-2]|4[257]|5[34]|9[78])\\d|64[1-9]|85[02-46-9])\\d{4}", [7]], ["(?:7\\d|8[1-58])\\d{6}", [8]], ["180\\d{4}", [7]], 0, 0, 0, 0, ["27[01]\\d{4}", [7]], ["2(?:0[0-7]|7[568])\\d{4}", [7]]], "00"], "PH": ["63", "00", "(?:[2-7]|9\\d)\\d{8}|2\\d{5}|(?:1800|8)\\d{7,9}", [6, 8, 9, 10, 11, 12, 13], [["(\\d)(\\d{5})", "$1 $2", ["2"], "(0$1)"], ["(\\d{4})(\\d{4,6})", "$1 $2", ["3(?:23|39|46)|4(?:2[3-6]|[35]9|4[26]|76)|544|88[245]|(?:52|64|86)2", "3(?:230|397|461)|4(?:2(?:35|[46]4|51)|396|4(?:22|63)|59[347]|76[15])|5(?:221|446)|642[23]|8(?:622|8(?:[24]2|5[13]))"], "(0$1)"], ["(\\d{5})(\\d{4})", "$1 $2", ["346|4(?:27|9[35])|883", "3469|4(?:279|9(?:30|56))|8834"], "(0$1)"], ["(\\d)(\\d{4})(\\d{4})", "$1 $2 $3", ["2"], "(0$1)"], ["(\\d{2})(\\d{3})(\\d{4})", "$1 $2 $3", ["[3-7]|8[2-8]"], "(0$1)"], ["(\\d{3})(\\d{3})(\\d{4})", "$1 $2 $3", ["[89]"], "0$1"], ["(\\d{4})(\\d{3})(\\d{4})", "$1 $2 $3", ["1"]], ["(\\d{4})(\\d{1,2})(\\d{3})(\\d{4})", "$1 $2 $3 $4", ["1"]]], "0", 0, 0, 0, 0, 0, [["(?:(?:2[3-8]|3[2-68]|4[2-9]|5[2-6]|6[2-58]|7[24578])\\d{3}|88(?:22\\d\\d|42))\\d{4}|(?:2|8[2-8]\\d\\d)\\d{5}", [6, 8, 9, 10]], ["(?:8(?:1[37]|9[5-8])|9(?:0[5-9]|1[0-24-9]|[235-7]\\d|4[2-9]|8[135-9]|9[1-9]))\\d{7}", [10]], ["1800\\d{7,9}", [11, 12, 13]]]], "PK": ["92", "00", "122\\d{6}|[24-8]\\d{10,11}|9(?:[013-9]\\d{8,10}|2(?:[01]\\d\\d|2(?:[06-8]\\d|1[01]))\\d{7})|(?:[2-8]\\d{3}|92(?:[0-7]\\d|8[1-9]))\\d{6}|[24-9]\\d{8}|[89]\\d{7}", [8, 9, 10, 11, 12], [["(\\d{3})(\\d{3})(\\d{2,7})", "$1 $2 $3", ["[89]0"], "0$1"], ["(\\d{4})(\\d{5})", "$1 $2", ["1"]], ["(\\d{3})(\\d{6,7})", "$1 $2", ["2(?:3[2358]|4[2-4]|9[2-8])|45[3479]|54[2-467]|60[468]|72[236]|8(?:2[2-689]|3[23578]|4[3478]|5[2356])|9(?:2[2-8]|3[27-9]|4[2-6]|6[3569]|9[25-8])", "9(?:2[3-8]|98)|(?:2(?:3[2358]|4[2-4]|9[2-8])|45[3479]|54[2-467]|60[468]|72[236]|8(?:2[2-689]|3[23578]|4[3478]|5[2356])|9(?:22|3[27-9]|4[2-6]|6[3569]|9[25-7]))[2-9]"], "(0$1)"], ["(\\d{2})(\\d{7,8})", "$1 $2", ["(?:2[125]|4[0-246-9]|5[1-35-7]|6[1-8]|7[14]|8[16]|91)[2-9]"], "(0$1)"], ["(\\d{5})(\\d{5})", "$1 $2", ["58"], "(0$1)"], ["(\\d{3})(\\d{7})", "$1 $2", ["3"], "0$1"], ["(\\d{2})(\\d{3})(\\d{3})(\\d{3})", "$1 $2 $3 $4", ["2[125]|4[0-246-9]|5[1-35-7]|6[1-8]|7[14]|8[16]|91"], "(0$1)"], ["(\\d{3})(\\d{3})(\\d{3})(\\d{3})", "$1 $2 $3 $4", ["[24-9]"], "(0$1)"]], "0", 0, 0, 0, 0, 0, [["(?:(?:21|42)[2-9]|58[126])\\d{7}|(?:2[25]|4[0146-9]|5[1-35-7]|6[1-8]|7[14]|8[16]|91)[2-9]\\d{6,7}|(?:2(?:3[2358]|4[2-4]|9[2-8])|45[3479]|54[2-467]|60[468]|72[236]|8(?:2[2-689]|3[23578]|4[3478]|5[2356])|9(?:2[2-8]|3[27-9]|4[2-6]|6[3569]|9[25-8]))[2-9]\\d{5,6}", [9, 10]], ["3(?:[0-247]\\d|3[0-79]|55|64)\\d{7}", [10]], ["800\\d{5}(?:\\d{3})?", [8, 11]], ["900\\d{5}", [8]], ["122\\d{6}", [9]], 0, ["(?:2(?:[125]|3[2358]|4[2-4]|9[2-8])|4(?:[0-246-9]|5[3479])|5(?:[1-35-7]|4[2-467])|6(?:0[468]|[1-8])|7(?:[14]|2[236])|8(?:[16]|2[2-689]|3[23578]|4[3478]|5[2356])|9(?:1|22|3[27-9]|4[2-6]|6[3569]|9[2-7]))111\\d{6}", [11, 12]]]], "PL": ["48", "00", "(?:6|8\\d\\d)\\d{7}|[1-9]\\d{6}(?:\\d{2})?|[26]\\d{5}", [6, 7, 8, 9, 10], [["(\\d{5})", "$1", ["19"]], ["(\\d{3})(\\d{3})", "$1 $2", ["11|20|64"]], ["(\\d{2})(\\d{2})(\\d{3})", "$1 $2 $3", ["30|(?:1[2-8]|2[2-69]|3[2-4]|4[1-468]|5[24-689]|6[1-3578]|7[14-7]|8[1-79]|9[145])1", "30|(?:1[2-8]|2[2-69]|3[2-4]|4[1-468]|5[24-689]|6[1-3578]|7[14-7]|8[1-79]|9[145])19"]], ["(\\d{3})(\\d{2})(\\d{2,3})", "$1 $2 $3", ["64"]], ["(\\d{3})(\\d{3})(\\d{3})", "$1 $2 $3", ["21|39|45|5[0137]|6[0469]|7[02389]|8(?:0[14]|8)"]], ["(\\d{2})(\\d{3})(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["1[2-8]|[2-7]|8[1-79]|9[145]"]], ["(\\d{3})(\\d{3})(\\d{3,4})", "$1 $2 $3", ["8"]]], 0, 0, 0, 0, 0, 0, [["(?:30|47\\d\\d)\\d{5}|(?:1[2-8]|2[2-69]|3[2-4]|4[1-468]|5[24-689]|6[1-3578]|7[14-7]|8[1-79]|9[145])(?:[02-9]\\d{6}|1(?:[0-8]\\d{5}|9\\d{3}(?:\\d{2})?))", [7, 9]], ["21(?:1[013-5]|2\\d|3[1-9])\\d{5}|(?:45|5[0137]|6[069]|7[2389]|88)\\d{7}", [9]], ["800\\d{6,7}", [9, 10]], ["70[01346-8]\\d{6}", [9]], 0, 0, ["804\\d{6}", [9]], ["64\\d{4,7}", [6, 7, 8, 9]], ["39\\d{7}", [9]], ["801\\d{6}", [9]]]], "PM": ["508", "00", "[78]\\d{8}|[2-9]\\d{5}", [6, 9], [["(\\d{2})(\\d{2})(\\d{2})", "$1 $2 $3", ["[2-9]"], "0$1"], ["(\\d{3})(\\d{3})(\\d{3})", "$1 $2 $3", ["7"]], ["(\\d{3})(\\d{2})(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["8"], "0$1"]], "0", 0, 0, 0, 0, 0, [["80[6-9]\\d{6}|(?:[236-9]\\d|4[1-35-9]|5[0-47-9])\\d{4}"], ["708(?:4[0-5]|5[0-6])\\d{4}|(?:[236-9]\\d|4[02-489]|5[02-9])\\d{4}"], ["80[0-5]\\d{6}", [9]], ["8[129]\\d{7}", [9]]]], "PR": ["1", "011", "(?:[589]\\d\\d|787)\\d{7}", [10], 0, "1", 0, 0, 0, 0, "787|939", [["(?:787|939)[2-9]\\d{6}"], [""], ["8(?:00|33|44|55|66|77|88)[2-9]\\d{6}"], ["900[2-9]\\d{6}"], ["52(?:3(?:[2-46-9][02-9]\\d|5(?:[02-46-9]\\d|5[0-46-9]))|4(?:[2-478][02-9]\\d|5(?:[034]\\d|2[024-9]|5[0-46-9])|6(?:0[1-9]|[2-9]\\d)|9(?:[05-9]\\d|2[0-5]|49)))\\d{4}|52[34][2-9]1[02-9]\\d{4}|5(?:00|2[125-9]|3[23]|44|66|77|88)[2-9]\\d{6}"]]], "PS": ["970", "00", "[2489]2\\d{6}|(?:1\\d|5)\\d{8}", [8, 9, 10], [["(\\d)(\\d{3})(\\d{4})", "$1 $2 $3", ["[2489]"], "0$1"], ["(\\d{3})(\\d{3})(\\d{3})", "$1 $2 $3", ["5"], "0$1"], ["(\\d{4})(\\d{3})(\\d{3})", "$1 $2 $3", ["1"]]], "0", 0, 0, 0, 0, 0, [["(?:22[2-47-9]|42[45]|82[014-68]|92[3569])\\d{5}", [8]], ["5[69]\\d{7}", [9]], ["1800\\d{6}", [10]], 0, 0, 0, 0, 0, 0, ["1700\\d{6}", [10]]]], "PT": ["351", "00", "1693\\d{5}|(?:[26-9]\\d|30)\\d{7}", [9], [["(\\d{2})(\\d{3})(\\d{4})", "$1 $2 $3", ["2[12]"]], ["(\\d{3})(\\d{3})(\\d{3})", "$1 $2 $3", ["16|[236-9]"]]], 0, 0, 0, 0, 0, 0, [["2(?:[12]\\d|3[1-689]|4[1-59]|[57][1-9]|6[1-35689]|8[1-69]|9[1256])\\d{6}"], ["6(?:[06]92(?:30|9\\d)|[35]92(?:[049]\\d|3[034]))\\d{3}|(?:(?:16|6[0356])93|9(?:[1-36]\\d\\d|480))\\d{5}"], ["80[02]\\d{6}"], ["(?:6(?:0[178]|4[68])\\d|76(?:0[1-57]|1[2-47]|2[1-37]))\\d{5}"], ["884[0-4689]\\d{5}"], ["600\\d{6}|6[06]92(?:0\\d|3[349]|49)\\d{3}"], ["70(?:38[01]|596|(?:7\\d|8[17])\\d)\\d{4}"], ["6(?:222\\d|89(?:00|88|99))\\d{4}"], ["30\\d{7}"], ["80(?:8\\d|9[1579])\\d{5}"]]], "PW": ["680", "01[12]", "(?:[24-8]\\d\\d|345|900)\\d{4}", [7], [["(\\d{3})(\\d{4})", "$1 $2", ["[2-9]"]]], 0, 0, 0, 0, 0, 0, [["(?:2(?:55|77)|345|488|5(?:35|44|87)|6(?:22|54|79)|7(?:33|47)|8(?:24|55|76)|900)\\d{4}"], ["(?:(?:46|83)[0-5]|(?:6[2-4689]|78)0)\\d{4}|(?:45|77|88)\\d{5}"]]], "PY": ["595", "00", "[36-8]\\d{5,8}|4\\d{6,8}|59\\d{6}|9\\d{5,10}|(?:2\\d|5[0-8])\\d{6,7}", [6, 7, 8, 9, 10, 11], [["(\\d{3})(\\d{3,6})", "$1 $2", ["[2-9]0"], "0$1"], ["(\\d{2})(\\d{5})", "$1 $2", ["3[289]|4[246-8]|61|7[1-3]|8[1-36]"], "(0$1)"], ["(\\d{3})(\\d{4,5})", "$1 $2", ["2[279]|3[13-5]|4[359]|5|6(?:[34]|7[1-46-8])|7[46-8]|85"], "(0$1)"], ["(\\d{2})(\\d{3})(\\d{3,4})", "$1 $2 $3", ["2[14-68]|3[26-9]|4[1246-8]|6(?:1|75)|7[1-35]|8[1-36]"], "(0$1)"], ["(\\d{2})(\\d{3})(\\d{4})", "$1 $2 $3", ["87"]], ["(\\d{3})(\\d{6})", "$1 $2", ["9(?:[5-79]|8[1-8])"], "0$1"], ["(\\d{3})(\\d{3})(\\d{3})", "$1 $2 $3", ["[2-8]"], "0$1"], ["(\\d{4})(\\d{3})(\\d{4})", "$1 $2 $3", ["9"]]], "0", 0, 0, 0, 0, 0, [["(?:3[289]|4[246-8]|61|7[1-3]|8[1-36])\\d{5,7}|(?:2(?:[14-68]\\d|2[4-68]|7[15]|9[1-5])|3(?:18|3[167]|4[2357]|51|[67]\\d)|4(?:1\\d|3[12]|5[13]|9[1-47])|5(?:[1-4]\\d|5[02-4])|6(?:3[1-3]|44|7[1-8])|7(?:4[0-4]|5\\d|6[1-578]|75|8[0-8])|858)\\d{5,6}", [7, 8, 9]], ["9881\\d{5}|9(?:51|6[129]|7[1-6]|8[1-7]|9[1-5])\\d{6}", [9]], ["9800\\d{5,7}", [9, 10, 11]], 0, 0, 0, ["[245]0\\d{6,7}|[36-9]0\\d{4,7}", [6, 7, 8, 9]], 0, ["8700[0-4]\\d{4}", [9]]]], "QA": ["974", "00", "800\\d{4}|(?:2|800)\\d{6}|(?:0080|[3-7])\\d{7}", [7, 8, 9, 11], [["(\\d{3})(\\d{4})", "$1 $2", ["2[136]|8"]], ["(\\d{4})(\\d{4})", "$1 $2", ["[3-7]"]]], 0, 0, 0, 0, 0, 0, [["4(?:(?:[014]\\d\\d|999)\\d|2022)\\d{3}", [8]], ["[35-7]\\d{7}", [8]], ["800\\d{4}|(?:0080[01]|800)\\d{6}", [7, 9, 11]], 0, 0, 0, 0, ["2[136]\\d{5}", [7]]]], "RE": ["262", "00", "709\\d{6}|(?:26|[689]\\d)\\d{7}", [9], [["(\\d{3})(\\d{2})(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["[26-9]"], "0$1"]], "0", 0, 0, 0, 0, 0, [["2631[0-6]\\d{4}|26(?:2\\d|30|88)\\d{5}"], ["(?:69(?:2\\d\\d|3(?:[06][0-6]|1[0-3]|2[0-2]|3[0-39]|4\\d|5[0-5]|7[0-37]|8[0-8]|9[0-479]))|7092[0-3])\\d{4}"], ["80\\d{7}"], ["89[1-37-9]\\d{6}"], 0, 0, 0, 0, ["9(?:399[0-3]|479[0-6]|76(?:2[278]|3[0-37]))\\d{4}"], ["8(?:1[019]|2[0156]|84|90)\\d{6}"]]], "RO": ["40", "00", "(?:[2378]\\d|90)\\d{7}|[23]\\d{5}", [6, 9], [["(\\d{3})(\\d{3})", "$1 $2", ["2[3-6]", "2[3-6]\\d9"], "0$1"], ["(\\d{2})(\\d{4})", "$1 $2", ["219|31"], "0$1"], ["(\\d{2})(\\d{3})(\\d{4})", "$1 $2 $3", ["[23]1"], "0$1"], ["(\\d{3})(\\d{3})(\\d{3})", "$1 $2 $3", ["[237-9]"], "0$1"]], "0", 0, 0, 0, 0, 0, [["[23][13-6]\\d{7}|(?:2(?:19\\d|[3-6]\\d9)|31\\d\\d)\\d\\d"], ["7020\\d{5}|7(?:0[013-9]|1[0-3]|[2-7]\\d|8[03-8]|9[0-39])\\d{6}", [9]], ["800\\d{6}", [9]], ["90[0136]\\d{6}", [9]], 0, 0, ["(?:37\\d|80[578])\\d{6}", [9]], 0, 0, ["801\\d{6}", [9]]], 0, " int "], "RS": ["381", "00", "38[02-9]\\d{6,9}|6\\d{7,9}|90\\d{4,8}|38\\d{5,6}|(?:7\\d\\d|800)\\d{3,9}|(?:[12]\\d|3[0-79])\\d{5,10}", [6, 7, 8, 9, 10, 11, 12], [["(\\d{3})(\\d{3,9})", "$1 $2", ["(?:2[389]|39)0|[7-9]"], "0$1"], ["(\\d{2})(\\d{5,10})", "$1 $2", ["[1-36]"], "0$1"]], "0", 0, 0, 0, 0, 0, [["(?:11[1-9]\\d|(?:2[389]|39)(?:0[2-9]|[2-9]\\d))\\d{3,8}|(?:1[02-9]|2[0-24-7]|3[0-8])[2-9]\\d{4,9}", [7, 8, 9, 10, 11, 12]], ["6(?:[0-689]|7\\d)\\d{6,7}", [8, 9, 10]], ["800\\d{3,9}"], ["(?:78\\d|90[0169])\\d{3,7}", [6, 7, 8, 9, 10]], 0, 0, ["7[06]\\d{4,10}"]]], "RU": ["7", "810", "8\\d{13}|[347-9]\\d{9}", [10, 14], [["(\\d{4})(\\d{2})(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["7(?:1[0-8]|2[1-9])", "7(?:1(?:[0-356]2|4[29]|7|8[27])|2(?:1[23]|[2-9]2))", "7(?:1(?:[0-356]2|4[29]|7|8[27])|2(?:13[03-69]|62[013-9]))|72[1-57-9]2"], "8 ($1)", 1], ["(\\d{5})(\\d)(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["7(?:1[0-68]|2[1-9])", "7(?:1(?:[06][3-6]|[18]|2[35]|[3-5][3-5])|2(?:[13][3-5]|[24-689]|7[457]))", "7(?:1(?:0(?:[356]|4[023])|[18]|2(?:3[013-9]|5)|3[45]|43[013-79]|5(?:3[1-8]|4[1-7]|5)|6(?:3[0-35-9]|[4-6]))|2(?:1(?:3[178]|[45])|[24-689]|3[35]|7[457]))|7(?:14|23)4[0-8]|71(?:33|45)[1-79]"], "8 ($1)", 1], ["(\\d{3})(\\d{3})(\\d{4})", "$1 $2 $3", ["7"], "8 ($1)", 1], ["(\\d{3})(\\d{3})(\\d{2})(\\d{2})", "$1 $2-$3-$4", ["[349]|8(?:[02-7]|1[1-8])"], "8 ($1)", 1], ["(\\d{4})(\\d{4})(\\d{3})(\\d{3})", "$1 $2 $3 $4", ["8"], "8 ($1)"]], "8", 0, 0, 0, 0, "[3489]", [["(?:3(?:0[12]|36|4[1-35-79]|5[1-3]|65|8[1-58]|9[0145])|4(?:01|1[1356]|2[13467]|7[1-5]|8[1-7]|9[1-689])|8(?:1[1-8]|2[01]|3[13-6]|4[0-8]|5[15-7]|6[0-35-79]|7[1-37-9]))\\d{7}", [10]], ["9(?:[0-24-9]\\d{4}|3(?:0(?:0(?:05|[124579]\\d|3[0-7]|6[0-49]|8[04-9])|[1-9]\\d\\d)|[1-9]\\d{3}))\\d{4}", [10]], ["8(?:0[04]|108\\d{3})\\d{7}"], ["80[39]\\d{7}", [10]], ["808\\d{7}", [10]]], "8~10"], "RW": ["250", "00", "(?:06|[27]\\d\\d|[89]00)\\d{6}", [8, 9], [["(\\d{2})(\\d{2})(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["0"]], ["(\\d{3})(\\d{3})(\\d{3})", "$1 $2 $3", ["2"]], ["(\\d{3})(\\d{3})(\\d{3})", "$1 $2 $3", ["[7-9]"], "0$1"]], "0", 0, 0, 0, 0, 0, [["(?:06|2[23568]\\d)\\d{6}"], ["7[237-9]\\d{7}", [9]], ["800\\d{6}", [9]], ["900\\d{6}", [9]]]], "SA": ["966", "00", "(?:[15]\\d|800|92)\\d{7}", [9, 10], [["(\\d{4})(\\d{5})", "$1 $2", ["9"]], ["(\\d{2})(\\d{3})(\\d{4})", "$1 $2 $3", ["1"], "0$1"], ["(\\d{2})(\\d{3})(\\d{4})", "$1 $2 $3", ["5"], "0$1"], ["(\\d{3})(\\d{3})(\\d{4})", "$1 $2 $3", ["8"]]], "0", 0, 0, 0, 0, 0, [["1(?:1\\d|2[24-8]|3[35-8]|4[3-68]|6[2-5]|7[235-7])\\d{6}", [9]], ["579[0-8]\\d{5}|5(?:[013-689]\\d|7[0-8])\\d{6}", [9]], ["800\\d{7}", [10]], ["925\\d{6}", [9]], 0, 0, 0, 0, 0, ["920\\d{6}", [9]]]], "SB": ["677", "0[01]", "[6-9]\\d{6}|[1-6]\\d{4}", [5, 7], [["(\\d{2})(\\d{5})", "$1 $2", ["6[89]|7|8[4-9]|9(?:[0-8]|9[0-8])"]]], 0, 0, 0, 0, 0, 0, [["(?:1[4-79]|[23]\\d|4[0-2]|5[03]|6[0-37])\\d{3}", [5]], ["(?:48|99[0-8]\\d)\\d{3}|(?:6[89]|7[1-9]|8[4-9]|9[0-8])\\d{5}"], ["1[38]\\d{3}", [5]], 0, 0, 0, 0, 0, ["5[12]\\d{3}", [5]]]], "SC": ["248", "010|0[0-2]", "(?:[2489]\\d|64)\\d{5}", [7], [["(\\d)(\\d{3})(\\d{3})", "$1 $2 $3", ["[246]|9[57]"]]], 0, 0, 0, 0, 0, 0, [["4[2-46]\\d{5}"], ["2[125-8]\\d{5}"], ["800[08]\\d{3}"], ["85\\d{5}"], 0, 0, 0, 0, ["971\\d{4}|(?:64|95)\\d{5}"]], "00"], "SD": ["249", "00", "[19]\\d{8}", [9], [["(\\d{2})(\\d{3})(\\d{4})", "$1 $2 $3", ["[19]"], "0$1"]], "0", 0, 0, 0, 0, 0, [["1(?:5\\d|8[35-7])\\d{6}"], ["(?:1[0-2]|9[0-3569])\\d{7}"]]], "SE": ["46", "00", "(?:[26]\\d\\d|9)\\d{9}|[1-9]\\d{8}|[1-689]\\d{7}|[1-4689]\\d{6}|2\\d{5}", [6, 7, 8, 9, 10, 12], [["(\\d{2})(\\d{2,3})(\\d{2})", "$1-$2 $3", ["20"], "0$1", 0, "$1 $2 $3"], ["(\\d{3})(\\d{4})", "$1-$2", ["9(?:00|39|44|9)"], "0$1", 0, "$1 $2"], ["(\\d{2})(\\d{3})(\\d{2})", "$1-$2 $3", ["[12][136]|3[356]|4[0246]|6[03]|90[1-9]"], "0$1", 0, "$1 $2 $3"], ["(\\d)(\\d{2,3})(\\d{2})(\\d{2})", "$1-$2 $3 $4", ["8"], "0$1", 0, "$1 $2 $3 $4"], ["(\\d{3})(\\d{2,3})(\\d{2})", "$1-$2 $3", ["1[2457]|2(?:[247-9]|5[0138])|3[0247-9]|4[1357-9]|5[0-35-9]|6(?:[125689]|4[02-57]|7[0-2])|9(?:[125-8]|3[02-5]|4[0-3])"], "0$1", 0, "$1 $2 $3"], ["(\\d{3})(\\d{2,3})(\\d{3})", "$1-$2 $3", ["9(?:00|39|44)"], "0$1", 0, "$1 $2 $3"], ["(\\d{2})(\\d{2,3})(\\d{2})(\\d{2})", "$1-$2 $3 $4", ["1[13689]|2[0136]|3[1356]|4[0246]|54|6[03]|90[1-9]"], "0$1", 0, "$1 $2 $3 $4"], ["(\\d{2})(\\d{3})(\\d{2})(\\d{2})", "$1-$2 $3 $4", ["10|7"], "0$1", 0, "$1 $2 $3 $4"], ["(\\d)(\\d{3})(\\d{3})(\\d{2})", "$1-$2 $3 $4", ["8"], "0$1", 0, "$1 $2 $3 $4"], ["(\\d{3})(\\d{2})(\\d{2})(\\d{2})", "$1-$2 $3 $4", ["[13-5]|2(?:[247-9]|5[0138])|6(?:[124-689]|7[0-2])|9(?:[125-8]|3[02-5]|4[0-3])"], "0$1", 0, "$1 $2 $3 $4"], ["(\\d{3})(\\d{2})(\\d{2})(\\d{3})", "$1-$2 $3 $4", ["9"], "0$1", 0, "$1 $2 $3 $4"], ["(\\d{3})(\\d{2})(\\d{3})(\\d{2})(\\d{2})", "$1-$2 $3 $4 $5", ["[26]"], "0$1", 0, "$1 $2 $3 $4 $5"]], "0", 0, 0, 0, 0, 0, [["(?:(?:[12][136]|3[356]|4[0246]|6[03]|8\\d)\\d|90[1-9])\\d{4,6}|(?:1(?:2[0-35]|4[0-4]|5[0-25-9]|7[13-6]|[89]\\d)|2(?:2[0-7]|4[0136-8]|5[0138]|7[018]|8[01]|9[0-57])|3(?:0[0-4]|1\\d|2[0-25]|4[056]|7[0-2]|8[0-3]|9[023])|4(?:1[013-8]|3[0135]|5[14-79]|7[0-246-9]|8[0156]|9[0-689])|5(?:0[0-6]|[15][0-5]|2[0-68]|3[0-4]|4\\d|6[03-5]|7[013]|8[0-79]|9[01])|6(?:1[1-3]|2[0-4]|4[02-57]|5[0-37]|6[0-3]|7[0-2]|8[0247]|9[0-356])|9(?:1[0-68]|2\\d|3[02-5]|4[0-3]|5[0-4]|[68][01]|7[0135-8]))\\d{5,6}", [7, 8, 9]], ["7[023689]\\d{7}", [9]], ["20\\d{4,7}", [6, 7, 8, 9]], ["649\\d{6}|99[1-59]\\d{4}(?:\\d{3})?|9(?:00|39|44)[1-8]\\d{3,6}", [7, 8, 9, 10]], ["75[1-8]\\d{6}", [9]], ["(?:25[245]|67[3-68])\\d{9}", [12]], ["10[1-8]\\d{6}", [9]], ["74[02-9]\\d{6}", [9]], 0, ["77[0-7]\\d{6}", [9]]]], "SG": ["65", "0[0-3]\\d", "(?:(?:1\\d|8)\\d\\d|7000)\\d{7}|[3689]\\d{7}", [8, 10, 11], [["(\\d{4})(\\d{4})", "$1 $2", ["[369]|8(?:0[1-9]|[1-9])"]], ["(\\d{3})(\\d{3})(\\d{4})", "$1 $2 $3", ["8"]], ["(\\d{4})(\\d{4})(\\d{3})", "$1 $2 $3", ["7"]], ["(\\d{4})(\\d{3})(\\d{4})", "$1 $2 $3", ["1"]]], 0, 0, 0, 0, 0, 0, [["662[0-24-9]\\d{4}|6(?:[0-578]\\d|6[013-57-9]|9[0-35-9])\\d{5}", [8]], ["80[1-9]\\d{5}|(?:8[1-9]|9[0-8])\\d{6}", [8]], ["(?:18|8)00\\d{7}", [10, 11]], ["1900\\d{7}", [11]], 0, 0, ["7000\\d{7}", [11]], 0, ["(?:3[12]\\d|666)\\d{5}", [8]]]], "SH": ["290", "00", "(?:[2569]\\d|8)\\d{3}", [4, 5], 0, 0, 0, 0, 0, 0, "[2569]", [["2(?:[0-57-9]\\d|6[4-9])\\d\\d"], ["[569]\\d{4}", [5]], 0, 0, 0, 0, 0, 0, ["262\\d\\d", [5]]]], "SI": ["386", "00|10(?:22|66|88|99)", "[1-7]\\d{7}|8\\d{4,7}|90\\d{4,6}", [5, 6, 7, 8], [["(\\d{2})(\\d{3,6})", "$1 $2", ["8[09]|9"], "0$1"], ["(\\d{3})(\\d{5})", "$1 $2", ["59|8"], "0$1"], ["(\\d{2})(\\d{3})(\\d{3})", "$1 $2 $3", ["[37][01]|4[013]|51|6"], "0$1"], ["(\\d)(\\d{3})(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["[1-57]"], "(0$1)"]], "0", 0, 0, 0, 0, 0, [["(?:[1-357][2-8]|4[24-8])\\d{6}", [8]], ["65(?:[178]\\d|5[56]|6[01])\\d{4}|(?:[37][01]|4[013]|51|6[489])\\d{6}", [8]], ["80\\d{4,6}", [6, 7, 8]], ["89[1-3]\\d{2,5}|90\\d{4,6}"], 0, 0, 0, 0, ["(?:59\\d\\d|8(?:1(?:[67]\\d|8[0-589])|2(?:0\\d|2[0-37-9]|8[0-2489])|3[389]\\d))\\d{4}", [8]]], "00"], "SJ": ["47", "00", "0\\d{4}|(?:[489]\\d|79)\\d{6}", [5, 8], 0, 0, 0, 0, 0, 0, "79", [["79\\d{6}", [8]], ["45(?:[0-24-9]\\d|3[0-57-9])\\d{4}|(?:4[016-8]|9\\d)\\d{6}", [8]], ["80[01]\\d{5}", [8]], ["82[09]\\d{5}", [8]], ["880\\d{5}", [8]], ["81[23]\\d{5}", [8]], ["(?:0[235-9]|81(?:0(?:0[7-9]|1\\d)|5\\d\\d))\\d{3}"], 0, ["85[0-5]\\d{5}", [8]], ["810(?:0[0-6]|[2-8]\\d)\\d{3}", [8]]]], "SK": ["421", "00", "[2-689]\\d{8}|[2-59]\\d{6}|[2-5]\\d{5}", [6, 7, 9], [["(\\d)(\\d{2})(\\d{3,4})", "$1 $2 $3", ["21"], "0$1"], ["(\\d{2})(\\d{2})(\\d{2,3})", "$1 $2 $3", ["[3-5][1-8]1", "[3-5][1-8]1[67]"], "0$1"], ["(\\d)(\\d{3})(\\d{3})(\\d{2})", "$1 $2 $3 $4", ["2"], "0$1"], ["(\\d{3})(\\d{3})(\\d{3})", "$1 $2 $3", ["[689]"], "0$1"], ["(\\d{2})(\\d{3})(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["[3-5]"], "0$1"]], "0", 0, 0, 0, 0, 0, [["(?:2(?:16|[2-9]\\d{3})|(?:(?:[3-5][1-8]\\d|819)\\d|601[1-5])\\d)\\d{4}|(?:2|[3-5][1-8])1[67]\\d{3}|[3-5][1-8]16\\d\\d"], ["909[1-9]\\d{5}|9(?:0[1-8]|1[0-24-9]|4[03-57-9]|5\\d)\\d{6}", [9]], ["800\\d{6}", [9]], ["9(?:00|[78]\\d)\\d{6}", [9]], 0, 0, ["96\\d{7}", [9]], ["9090\\d{3}", [7]], ["6(?:02|5[0-4]|9[0-6])\\d{6}", [9]], ["8[5-9]\\d{7}", [9]]]], "SL": ["232", "00", "(?:[237-9]\\d|66)\\d{6}", [8], [["(\\d{2})(\\d{6})", "$1 $2", ["[236-9]"], "(0$1)"]], "0", 0, 0, 0, 0, 0, [["22[2-4][2-9]\\d{4}"], ["(?:25|3[0-5]|66|7\\d|8[08]|9[09])\\d{6}"]]], "SM": ["378", "00", "(?:0549|[5-7]\\d)\\d{6}", [8, 10], [["(\\d{2})(\\d{2})(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["[5-7]"]], ["(\\d{4})(\\d{6})", "$1 $2", ["0"]]], 0, 0, "([89]\\d{5})$", "0549$1", 0, 0, [["0549(?:8[0157-9]|9\\d)\\d{4}", [10]], ["6[16]\\d{6}", [8]], 0, ["7[178]\\d{6}", [8]], 0, 0, 0, 0, ["5[158]\\d{6}", [8]]]], "SN": ["221", "00", "(?:[378]\\d|93)\\d{7}", [9], [["(\\d{3})(\\d{2})(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["8"]], ["(\\d{2})(\\d{3})(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["[379]"]]], 0, 0, 0, 0, 0, 0, [["3(?:[026]\\d|3[89])\\d{6}"], ["7(?:[015-8]\\d|21|90)\\d{6}"], ["800\\d{6}"], ["88[4689]\\d{6}"], 0, 0, 0, 0, ["(?:39|93)\\d{7}"], ["81[02468]\\d{6}"]]], "SO": ["252", "00", "[346-9]\\d{8}|[12679]\\d{7}|[1-5]\\d{6}|[1348]\\d{5}", [6, 7, 8, 9], [["(\\d{2})(\\d{4})", "$1 $2", ["8[125]"]], ["(\\d{6})", "$1", ["[134]"]], ["(\\d)(\\d{6})", "$1 $2", ["[15]|2[0-79]|3[0-46-8]|4[0-7]"]], ["(\\d{2})(\\d{5,7})", "$1 $2", ["1|28|9[2-9]"]], ["(\\d)(\\d{7})", "$1 $2", ["[267]|904"]], ["(\\d{2})(\\d{3})(\\d{4})", "$1 $2 $3", ["[346-9]"]]], "0", 0, 0, 0, 0, 0, [["(?:1\\d|2[0-79]|3[0-46-8]|4[0-7]|5[57-9])\\d{5}|(?:[134]\\d|8[125])\\d{4}", [6, 7]], ["(?:(?:15|(?:3[59]|4[89]|6\\d|7[0-35-9]|8[08])\\d|9(?:0\\d|[2-9]))\\d|2(?:4\\d|8))\\d{5}|(?:[67]\\d\\d|904)\\d{5}", [7, 8, 9]]]], "SR": ["597", "00", "(?:[2-5]|[6-9]\\d)\\d{5}", [6, 7], [["(\\d{2})(\\d{2})(\\d{2})", "$1-$2-$3", ["56"]], ["(\\d{3})(\\d{3})", "$1-$2", ["[2-5]"]], ["(\\d{3})(\\d{4})", "$1-$2", ["[6-9]"]]], 0, 0, 0, 0, 0, 0, [["(?:2[1-3]|3[0-7]|4\\d|5[2-578])\\d{4}", [6]], ["(?:6[08]|7[1-79]|8[1-9])\\d{5}", [7]], ["80\\d{5}", [7]], ["90\\d{5}", [7]], 0, 0, 0, 0, ["(?:56|91\\d)\\d{4}"]]], "SS": ["211", "00", "[19]\\d{8}", [9], [["(\\d{3})(\\d{3})(\\d{3})", "$1 $2 $3", ["[19]"], "0$1"]], "0", 0, 0, 0, 0, 0, [["1[89]\\d{7}"], ["(?:12|9[1257-9])\\d{7}"]]], "ST": ["239", "00", "(?:22|9\\d)\\d{5}", [7], [["(\\d{3})(\\d{4})", "$1 $2", ["[29]"]]], 0, 0, 0, 0, 0, 0, [["22\\d{5}"], ["900[5-9]\\d{3}|9(?:0[1-9]|[89]\\d)\\d{4}"]]], "SV": ["503", "00", "[25-7]\\d{7}|(?:80\\d|900)\\d{4}(?:\\d{4})?", [7, 8, 11], [["(\\d{3})(\\d{4})", "$1 $2", ["[89]"]], ["(\\d{4})(\\d{4})", "$1 $2", ["[25-7]"]], ["(\\d{3})(\\d{4})(\\d{4})", "$1 $2 $3", ["[89]"]]], 0, 0, 0, 0, 0, 0, [["2(?:79(?:0[0347-9]|[1-9]\\d)|89(?:0[024589]|[1-9]\\d))\\d{3}|2(?:[1-69]\\d|[78][0-8])\\d{5}", [8]], ["[5-7]\\d{7}", [8]], ["800\\d{8}|80[01]\\d{4}", [7, 11]], ["900\\d{4}(?:\\d{4})?", [7, 11]]]], "SX": ["1", "011", "7215\\d{6}|(?:[58]\\d\\d|900)\\d{7}", [10], 0, "1", 0, "(5\\d{6})$|1", "721$1", 0, "721", [["7215(?:4[2-8]|8[39]|9[056])\\d{4}"], ["7215(?:1[02]|2\\d|5[034679]|8[0-24-8])\\d{4}"], ["8(?:00|33|44|55|66|77|88)[2-9]\\d{6}"], ["900[2-9]\\d{6}"], ["52(?:3(?:[2-46-9][02-9]\\d|5(?:[02-46-9]\\d|5[0-46-9]))|4(?:[2-478][02-9]\\d|5(?:[034]\\d|2[024-9]|5[0-46-9])|6(?:0[1-9]|[2-9]\\d)|9(?:[05-9]\\d|2[0-5]|49)))\\d{4}|52[34][2-9]1[02-9]\\d{4}|5(?:00|2[125-9]|3[23]|44|66|77|88)[2-9]\\d{6}"]]], "SY": ["963", "00", "[1-359]\\d{8}|[1-5]\\d{7}", [8, 9], [["(\\d{2})(\\d{3})(\\d{3,4})", "$1 $2 $3", ["[1-4]|5[1-3]"], "0$1", 1], ["(\\d{3})(\\d{3})(\\d{3})", "$1 $2 $3", ["[59]"], "0$1", 1]], "0", 0, 0, 0, 0, 0, [["(?:1(?:[1478]\\d|[2356])|21\\d|3(?:[13]\\d|4)|4[134]|5[1-3])\\d{6}|2[1-5]\\d{6}"], ["(?:50|9[03-689])\\d{7}", [9]]]], "SZ": ["268", "00", "0800\\d{4}|(?:[237]\\d|900)\\d{6}", [8, 9], [["(\\d{4})(\\d{4})", "$1 $2", ["[0237]"]], ["(\\d{5})(\\d{4})", "$1 $2", ["9"]]], 0, 0, 0, 0, 0, 0, [["[23][2-5]\\d{6}", [8]], ["7[5-9]\\d{6}", [8]], ["0800\\d{4}", [8]], ["900\\d{6}", [9]], 0, 0, 0, 0, ["70\\d{6}", [8]]]], "TA": ["290", "00", "8\\d{3}", [4], 0, 0, 0, 0, 0, 0, "8", [["8\\d{3}"]]], "TC": ["1", "011", "(?:[58]\\d\\d|649|900)\\d{7}", [10], 0, "1", 0, "([2-479]\\d{6})$|1", "649$1", 0, "649", [["649(?:266|712|9(?:4\\d|50))\\d{4}"], ["649(?:2(?:3[129]|4[1-79])|3\\d\\d|4[34][1-3])\\d{4}"], ["8(?:00|33|44|55|66|77|88)[2-9]\\d{6}"], ["900[2-9]\\d{6}"], ["52(?:3(?:[2-46-9][02-9]\\d|5(?:[02-46-9]\\d|5[0-46-9]))|4(?:[2-478][02-9]\\d|5(?:[034]\\d|2[024-9]|5[0-46-9])|6(?:0[1-9]|[2-9]\\d)|9(?:[05-9]\\d|2[0-5]|49)))\\d{4}|52[34][2-9]1[02-9]\\d{4}|5(?:00|2[125-9]|3[23]|44|66|77|88)[2-9]\\d{6}"], 0, 0, 0, ["649(?:71[01]|966)\\d{4}"]]], "TD": ["235", "00|16", "(?:22|[3689]\\d|77)\\d{6}", [8], [["(\\d{2})(\\d{2})(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["[236-9]"]]], 0, 0, 0, 0, 0, 0, [["22(?:[37-9]0|5[0-5]|6[89])\\d{4}"], ["(?:3[01]|[69]\\d|77|8[5-7])\\d{6}"]], "00"], "TG": ["228", "00", "[279]\\d{7}", [8], [["(\\d{2})(\\d{2})(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["[279]"]]], 0, 0, 0, 0, 0, 0, [["2(?:2[2-7]|3[23]|4[45]|55|6[67]|77)\\d{5}"], ["(?:7[0-389]|9[0-36-9])\\d{6}"]]], "TH": ["66", "00[1-9]", "(?:001800|[2-57]|[689]\\d)\\d{7}|1\\d{7,9}", [8, 9, 10, 13], [["(\\d)(\\d{3})(\\d{4})", "$1 $2 $3", ["2"], "0$1"], ["(\\d{2})(\\d{3})(\\d{3,4})", "$1 $2 $3", ["[13-9]"], "0$1"], ["(\\d{4})(\\d{3})(\\d{3})", "$1 $2 $3", ["1"]]], "0", 0, 0, 0, 0, 0, [["(?:1[0689]|2\\d|3[2-9]|4[2-5]|5[2-6]|7[3-7])\\d{6}", [8]], ["(?:(?:14|[89]\\d)\\d\\d|6(?:[1-6]\\d\\d|7(?:1[0-8]|2[4-7]|3[1-6])))\\d{5}", [9]], ["(?:001800\\d|1800)\\d{6}", [10, 13]], ["1900\\d{6}", [10]], 0, 0, 0, 0, ["6[08]\\d{7}", [9]]]], "TJ": ["992", "810", "(?:[0-57-9]\\d|66)\\d{7}", [9], [["(\\d{6})(\\d)(\\d{2})", "$1 $2 $3", ["331", "3317"]], ["(\\d{3})(\\d{2})(\\d{4})", "$1 $2 $3", ["44[02-479]|[34]7"]], ["(\\d{4})(\\d)(\\d{4})", "$1 $2 $3", ["3(?:[1245]|3[12])"]], ["(\\d{2})(\\d{3})(\\d{4})", "$1 $2 $3", ["\\d"]]], 0, 0, 0, 0, 0, 0, [["(?:3(?:1[3-5]|2[245]|3[12]|4[24-7]|5[25]|72)|4(?:46|74|87))\\d{6}"], ["(?:33[03-9]|4(?:1[18]|4[02-479])|81[1-9])\\d{6}|(?:[09]\\d|1[0-27-9]|2[0-27]|3[08]|40|5[05]|66|7[0157-9]|8[07-9])\\d{7}"]], "8~10"], "TK": ["690", "00", "[2-47]\\d{3,6}", [4, 5, 6, 7], 0, 0, 0, 0, 0, 0, 0, [["(?:2[2-4]|[34]\\d)\\d{2,5}"], ["7[2-4]\\d{2,5}"]]], "TL": ["670", "00", "7\\d{7}|(?:[2-47]\\d|[89]0)\\d{5}", [7, 8], [["(\\d{3})(\\d{4})", "$1 $2", ["[2-489]|70"]], ["(\\d{4})(\\d{4})", "$1 $2", ["7"]]], 0, 0, 0, 0, 0, 0, [["(?:2[1-5]|3[1-9]|4[1-4])\\d{5}", [7]], ["7[2-8]\\d{6}", [8]], ["80\\d{5}", [7]], ["90\\d{5}", [7]], ["70\\d{5}", [7]]]], "TM": ["993", "810", "[1-7]\\d{7}", [8], [["(\\d{2})(\\d{2})(\\d{2})(\\d{2})", "$1 $2-$3-$4", ["12"], "(8 $1)"], ["(\\d{3})(\\d)(\\d{2})(\\d{2})", "$1 $2-$3-$4", ["[1-5]"], "(8 $1)"], ["(\\d{2})(\\d{6})", "$1 $2", ["[67]"], "8 $1"]], "8", 0, 0, 0, 0, 0, [["(?:1(?:2\\d|3[1-9])|2(?:22|4[0-35-8])|3(?:22|4[03-9])|4(?:22|3[128]|4\\d|6[15])|5(?:22|5[7-9]|6[014-689]))\\d{5}"], ["(?:6\\d|7[12])\\d{6}"]], "8~10"], "TN": ["216", "00", "[2-57-9]\\d{7}", [8], [["(\\d{2})(\\d{3})(\\d{3})", "$1 $2 $3", ["[2-57-9]"]]], 0, 0, 0, 0, 0, 0, [["81200\\d{3}|(?:3[0-2]|7\\d)\\d{6}"], ["3(?:001|[12]40)\\d{4}|(?:(?:[259]\\d|4[0-8])\\d|3(?:1[1-35]|6[0-4]|91))\\d{5}"], ["8010\\d{4}"], ["88\\d{6}"], 0, 0, 0, 0, 0, ["8[12]10\\d{4}"]]], "TO": ["676", "00", "(?:0800|(?:[5-8]\\d\\d|999)\\d)\\d{3}|[2-8]\\d{4}", [5, 7], [["(\\d{2})(\\d{3})", "$1-$2", ["[2-4]|50|6[09]|7[0-24-69]|8[05]"]], ["(\\d{4})(\\d{3})", "$1 $2", ["0"]], ["(\\d{3})(\\d{4})", "$1 $2", ["[5-9]"]]], 0, 0, 0, 0, 0, 0, [["(?:2\\d|3[0-8]|4[0-4]|50|6[09]|7[0-24-69]|8[05])\\d{3}", [5]], ["(?:5(?:4[0-5]|5[4-6])|6(?:[09]\\d|3[02]|8[15-9])|(?:7\\d|8[46-9])\\d|999)\\d{4}", [7]], ["0800\\d{3}", [7]], 0, 0, 0, 0, 0, ["55[0-37-9]\\d{4}", [7]]]], "TR": ["90", "00", "4\\d{6}|8\\d{11,12}|(?:[2-58]\\d\\d|900)\\d{7}", [7, 10, 12, 13], [["(\\d{3})(\\d{3})(\\d{4})", "$1 $2 $3", ["512|8[01589]|90"], "0$1", 1], ["(\\d{3})(\\d{3})(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["5"], "0$1", 1], ["(\\d{3})(\\d{3})(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["[24][1-8]|3[1-9]"], "(0$1)", 1], ["(\\d{3})(\\d{3})(\\d{6,7})", "$1 $2 $3", ["80"], "0$1", 1]], "0", 0, 0, 0, 0, 0, [["(?:2(?:1[26]|[28][2468]|[3-5][268]|[67][246])|3(?:[13][28]|[24-6][2468]|[78][02468]|92)|4(?:[16][246]|[23578][2468]|4[26]))\\d{7}", [10]], ["5(?:61(?:011|61\\d)|82[2-5]\\d\\d)\\d{4}|5(?:[03-5]\\d|1[06]|24|6[24]|7[245]|9[46])\\d{7}", [10]], ["8(?:00\\d{7}(?:\\d{2,3})?|11\\d{7})", [10, 12, 13]], ["(?:8[89]8|900)\\d{7}", [10]], ["592(?:21[12]|461)\\d{4}", [10]], 0, ["444\\d{4}", [7]], ["512\\d{7}", [10]], ["850\\d{7}", [10]]]], "TT": ["1", "011", "(?:[58]\\d\\d|900)\\d{7}", [10], 0, "1", 0, "([2-46-8]\\d{6})$|1", "868$1", 0, "868", [["868(?:2(?:01|1[5-9]|[23]\\d|4[0-2])|6(?:0[7-9]|1[02-8]|2[1-9]|[3-69]\\d|7[0-79])|82[124])\\d{4}"], ["868(?:(?:2[5-9]|3\\d)\\d|4(?:3[0-6]|[6-9]\\d)|6(?:20|78|8\\d)|7(?:0[1-9]|1[02-9]|[2-9]\\d))\\d{4}"], ["868800\\d{4}|8(?:00|33|44|55|66|77|88)[2-9]\\d{6}"], ["900[2-9]\\d{6}"], ["52(?:3(?:[2-46-9][02-9]\\d|5(?:[02-46-9]\\d|5[0-46-9]))|4(?:[2-478][02-9]\\d|5(?:[034]\\d|2[024-9]|5[0-46-9])|6(?:0[1-9]|[2-9]\\d)|9(?:[05-9]\\d|2[0-5]|49)))\\d{4}|52[34][2-9]1[02-9]\\d{4}|5(?:00|2[125-9]|3[23]|44|66|77|88)[2-9]\\d{6}"], ["868619\\d{4}"]]], "TV": ["688", "00", "(?:2|7\\d\\d|90)\\d{4}", [5, 6, 7], [["(\\d{2})(\\d{3})", "$1 $2", ["2"]], ["(\\d{2})(\\d{4})", "$1 $2", ["90"]], ["(\\d{2})(\\d{5})", "$1 $2", ["7"]]], 0, 0, 0, 0, 0, 0, [["2[02-9]\\d{3}", [5]], ["(?:7[01]\\d|90)\\d{4}", [6, 7]]]], "TW": ["886", "0(?:0[25-79]|19)", "[2-689]\\d{8}|7\\d{9,10}|[2-8]\\d{7}|2\\d{6}", [7, 8, 9, 10, 11], [["(\\d{2})(\\d)(\\d{4})", "$1 $2 $3", ["202"], "0$1"], ["(\\d{3})(\\d{5})", "$1 $2", ["826"], "0$1"], ["(\\d{3})(\\d{2})(\\d{3})", "$1 $2 $3", ["83"], "0$1"], ["(\\d{2})(\\d{2})(\\d{4})", "$1 $2 $3", ["82"], "0$1"], ["(\\d{2})(\\d{3})(\\d{3,4})", "$1 $2 $3", ["[25]0|37|49|8[09]"], "0$1"], ["(\\d)(\\d{3,4})(\\d{4})", "$1 $2 $3", ["[23568]|4(?:0[02-48]|[1-478])|7[1-9]", "[23568]|4(?:0[2-48]|[1-478])|(?:400|7)[1-9]"], "0$1"], ["(\\d{3})(\\d{3})(\\d{3})", "$1 $2 $3", ["[49]"], "0$1"], ["(\\d{2})(\\d{4})(\\d{4,5})", "$1 $2 $3", ["7"], "0$1"]], "0", 0, 0, 0, 0, 0, [["(?:2[2-8]\\d|370|55[01]|7[1-9])\\d{6}|4(?:(?:0(?:0[1-9]|[2-48]\\d)|1[023]\\d)\\d{4,5}|(?:[239]\\d\\d|4(?:0[56]|12|49))\\d{5})|6(?:[01]\\d{7}|4(?:0[56]|12|24|4[09])\\d{4,5})|8(?:(?:2(?:3\\d|4[0-269]|[578]0|66)|36[24-9]|90\\d\\d)\\d{4}|4(?:0[56]|12|24|4[09])\\d{4,5})|(?:2(?:2(?:0\\d\\d|4(?:0[68]|[249]0|3[0-467]|5[0-25-9]|6[0235689]))|(?:3(?:[09]\\d|1[0-4])|(?:4\\d|5[0-49]|6[0-29]|7[0-5])\\d)\\d)|(?:(?:3[2-9]|5[2-8]|6[0-35-79]|8[7-9])\\d\\d|4(?:2(?:[089]\\d|7[1-9])|(?:3[0-4]|[78]\\d|9[01])\\d))\\d)\\d{3}", [8, 9]], ["(?:40001[0-2]|9[0-8]\\d{4})\\d{3}", [9]], ["80[0-79]\\d{6}|800\\d{5}", [8, 9]], ["20(?:[013-9]\\d\\d|2)\\d{4}", [7, 9]], ["99\\d{7}", [9]], 0, ["50[0-46-9]\\d{6}", [9]], 0, ["7010(?:[0-2679]\\d|3[0-7]|8[0-5])\\d{5}|70\\d{8}", [10, 11]]], 0, "#"], "TZ": ["255", "00[056]", "(?:[25-8]\\d|41|90)\\d{7}", [9], [["(\\d{3})(\\d{2})(\\d{4})", "$1 $2 $3", ["[89]"], "0$1"], ["(\\d{2})(\\d{3})(\\d{4})", "$1 $2 $3", ["[24]"], "0$1"], ["(\\d{2})(\\d{7})", "$1 $2", ["5"]], ["(\\d{3})(\\d{3})(\\d{3})", "$1 $2 $3", ["[67]"], "0$1"]], "0", 0, 0, 0, 0, 0, [["2[2-8]\\d{7}"], ["(?:6[0-35-9]|7\\d)\\d{7}"], ["80[08]\\d{6}"], ["90\\d{7}"], 0, 0, 0, 0, ["41\\d{7}"], ["8(?:40|6[01])\\d{6}"]]], "UA": ["380", "00", "[89]\\d{9}|[3-9]\\d{8}", [9, 10], [["(\\d{3})(\\d{3})(\\d{3})", "$1 $2 $3", ["6[12][29]|(?:3[1-8]|4[136-8]|5[12457]|6[49])2|(?:56|65)[24]", "6[12][29]|(?:35|4[1378]|5[12457]|6[49])2|(?:56|65)[24]|(?:3[1-46-8]|46)2[013-9]"], "0$1"], ["(\\d{4})(\\d{5})", "$1 $2", ["3[1-8]|4(?:[1367]|[45][6-9]|8[4-6])|5(?:[1-5]|6[0135689]|7[4-6])|6(?:[12][3-7]|[459])", "3[1-8]|4(?:[1367]|[45][6-9]|8[4-6])|5(?:[1-5]|6(?:[015689]|3[02389])|7[4-6])|6(?:[12][3-7]|[459])"], "0$1"], ["(\\d{2})(\\d{3})(\\d{4})", "$1 $2 $3", ["[3-7]|89|9[1-9]"], "0$1"], ["(\\d{3})(\\d{3})(\\d{3,4})", "$1 $2 $3", ["[89]"], "0$1"]], "0", 0, 0, 0, 0, 0, [["(?:3[1-8]|4[13-8]|5[1-7]|6[12459])\\d{7}", [9]], ["790\\d{6}|(?:39|50|6[36-8]|7[1-357]|9[1-9])\\d{7}", [9]], ["800[1-8]\\d{5,6}"], ["900[239]\\d{5,6}"], 0, 0, 0, 0, ["89[1-579]\\d{6}", [9]]], "0~0"], "UG": ["256", "00[057]", "800\\d{6}|(?:[29]0|[347]\\d)\\d{7}", [9], [["(\\d{4})(\\d{5})", "$1 $2", ["202", "2024", "20240"], "0$1"], ["(\\d{3})(\\d{6})", "$1 $2", ["20[0-35-7]|4(?:6[45]|[7-9])|[7-9]", "20(?:[0135-7]|2[5-9])|4(?:6[45]|[7-9])|[7-9]"], "0$1"], ["(\\d{2})(\\d{7})", "$1 $2", ["[2-4]"], "0$1"]], "0", 0, 0, 0, 0, 0, [["20(?:(?:24[09]|30[67])\\d|6(?:00[0-2]|30[0-4]))\\d{3}|(?:20(?:[017]\\d|2[5-9]|3[1-4]|5[0-4]|6[15-9])|[34]\\d{3})\\d{5}"], ["7(?:28|34)0\\d{5}|7(?:[014-8]\\d|2[01467]|3[0-267]|9[0-589])\\d{6}"], ["800[1-3]\\d{5}"], ["90[1-3]\\d{6}"]]], "US": ["1", "011", "[2-9]\\d{9}|3\\d{6}", [10], [["(\\d{3})(\\d{4})", "$1-$2", ["310"], 0, 1], ["(\\d{3})(\\d{3})(\\d{4})", "($1) $2-$3", ["[2-9]"], 0, 1, "$1-$2-$3"]], "1", 0, 0, 0, 0, 0, [["983[2-57-9]\\d{6}|(?:2(?:0[1-35-9]|1[02-9]|2[03-57-9]|3[1459]|4[08]|5[1-46]|6[0279]|7[02469]|8[13])|3(?:0[1-57-9]|1[02-9]|2[013-79]|3[0-24679]|4[167]|5[0-3]|6[01349]|8[056])|4(?:0[124-9]|1[02-579]|2[3-5]|3[0245]|4[023578]|58|6[349]|7[02589]|8[04])|5(?:0[1-57-9]|1[0235-8]|20|3[0149]|4[01]|5[179]|6[1-47]|7[0-5]|8[0256])|6(?:0[1-35-9]|1[024-9]|2[03689]|3[016]|4[0156]|5[01679]|6[0-279]|78|8[0-269])|7(?:0[1-46-8]|1[2-9]|2[04-8]|3[0-2478]|4[0378]|5[47]|6[02359]|7[0-59]|8[156])|8(?:0[1-68]|1[02-8]|2[0168]|3[0-2589]|4[03578]|5[046-9]|6[02-5]|7[028])|9(?:0[1346-9]|1[02-9]|2[0589]|3[0146-8]|4[01357-9]|5[12469]|7[0-3589]|8[04-69]))[2-9]\\d{6}"], [""], ["8(?:00|33|44|55|66|77|88)[2-9]\\d{6}"], ["900[2-9]\\d{6}"], ["52(?:3(?:[2-46-9][02-9]\\d|5(?:[02-46-9]\\d|5[0-46-9]))|4(?:[2-478][02-9]\\d|5(?:[034]\\d|2[024-9]|5[0-46-9])|6(?:0[1-9]|[2-9]\\d)|9(?:[05-9]\\d|2[0-5]|49)))\\d{4}|52[34][2-9]1[02-9]\\d{4}|5(?:00|2[125-9]|3[23]|44|66|77|88)[2-9]\\d{6}"]]], "UY": ["598", "0(?:0|1[3-9]\\d)", "0004\\d{2,9}|[1249]\\d{7}|2\\d{3,4}|(?:[49]\\d|80)\\d{5}", [4, 5, 6, 7, 8, 9, 10, 11, 12, 13], [["(\\d{4,5})", "$1", ["21"]], ["(\\d{3})(\\d{3,4})", "$1 $2", ["0"]], ["(\\d{3})(\\d{4})", "$1 $2", ["[49]0|8"], "0$1"], ["(\\d{2})(\\d{3})(\\d{3})", "$1 $2 $3", ["9"], "0$1"], ["(\\d{4})(\\d{4})", "$1 $2", ["[124]"]], ["(\\d{3})(\\d{3})(\\d{2,4})", "$1 $2 $3", ["0"]], ["(\\d{3})(\\d{3})(\\d{3})(\\d{2,4})", "$1 $2 $3 $4", ["0"]]], "0", 0, 0, 0, 0, 0, [["(?:1(?:770|9(?:20|[89]7))|(?:2\\d|4[2-7])\\d\\d)\\d{4}", [8]], ["9[1-9]\\d{6}", [8]], ["0004\\d{2,9}|(?:405|80[05])\\d{4}", [6, 7, 8, 9, 10, 11, 12, 13]], ["90[0-8]\\d{4}", [7]], 0, 0, ["21\\d{2,3}", [4, 5]]], "00", " int. "], "UZ": ["998", "00", "(?:20|33|[5-9]\\d)\\d{7}", [9], [["(\\d{2})(\\d{3})(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["[235-9]"]]], 0, 0, 0, 0, 0, 0, [["(?:55\\d\\d|6(?:1(?:22|3[124]|4[1-4]|5[1-3578]|64)|2(?:22|3[0-57-9]|41)|5(?:22|3[3-7]|5[024-8])|[69]\\d\\d|7(?:[23]\\d|7[69]))|7(?:[168]\\d\\d|2(?:22|3[13-57-9]|4[1-3579]|5[14])|3(?:2\\d|3[1578]|4[1-35-7]|5[1-57]|61)|4(?:2\\d|3[1-579]|7[1-79])|5(?:22|5[1-9]|6[1457])|9(?:22|5[1-9])))\\d{5}"], ["(?:(?:[25]0|33|8[078]|9[0-57-9])\\d{3}|6(?:1(?:2(?:2[01]|98)|35[0-4]|50\\d|61[23]|7(?:[01][017]|4\\d|55|9[5-9]))|2(?:(?:11|7\\d)\\d|2(?:[12]1|9[01379])|5(?:[126]\\d|3[0-4]))|5(?:19[01]|2(?:27|9[26])|(?:30|59|7\\d)\\d)|6(?:2(?:1[5-9]|2[0367]|38|41|52|60)|(?:3[79]|9[0-3])\\d|4(?:56|83)|7(?:[07]\\d|1[017]|3[07]|4[047]|5[057]|67|8[0178]|9[79]))|7(?:2(?:24|3[237]|4[5-9]|7[15-8])|5(?:7[12]|8[0589])|7(?:0\\d|[39][07])|9(?:0\\d|7[079])))|7(?:[07]\\d{3}|2(?:2(?:2[79]|95)|3(?:2[5-9]|6[0-6])|57\\d|7(?:0\\d|1[17]|2[27]|3[37]|44|5[057]|66|88))|3(?:2(?:1[0-6]|21|3[469]|7[159])|(?:33|9[4-6])\\d|5(?:0[0-4]|5[579]|9\\d)|7(?:[0-3579]\\d|4[0467]|6[67]|8[078]))|4(?:2(?:29|5[0257]|6[0-7]|7[1-57])|5(?:1[0-4]|8\\d|9[5-9])|7(?:0\\d|1[024589]|2[0-27]|3[0137]|[46][07]|5[01]|7[5-9]|9[079])|9(?:7[015-9]|[89]\\d))|5(?:112|2(?:0\\d|2[29]|[49]4)|3[1568]\\d|52[6-9]|7(?:0[01578]|1[017]|[23]7|4[047]|[5-7]\\d|8[78]|9[079]))|9(?:22[128]|3(?:2[0-4]|7\\d)|57[02569]|7(?:2[05-9]|3[37]|4\\d|60|7[2579]|87|9[07]))))\\d{4}"]]], "VA": ["39", "00", "0\\d{5,10}|3[0-8]\\d{7,10}|55\\d{8}|8\\d{5}(?:\\d{2,4})?|(?:1\\d|39)\\d{7,8}", [6, 7, 8, 9, 10, 11, 12], 0, 0, 0, 0, 0, 0, "06698", [["06698\\d{1,6}", [6, 7, 8, 9, 10, 11]], ["3[1-9]\\d{8}|3[2-9]\\d{7}", [9, 10]], ["80(?:0\\d{3}|3)\\d{3}", [6, 9]], ["(?:0878\\d{3}|89(?:2\\d|3[04]|4(?:[0-4]|[5-9]\\d\\d)|5[0-4]))\\d\\d|(?:1(?:44|6[346])|89(?:38|5[5-9]|9))\\d{6}", [6, 8, 9, 10]], ["1(?:78\\d|99)\\d{6}", [9, 10]], ["3[2-8]\\d{9,10}", [11, 12]], 0, 0, ["55\\d{8}", [10]], ["84(?:[08]\\d{3}|[17])\\d{3}", [6, 9]]]], "VC": ["1", "011", "(?:[58]\\d\\d|784|900)\\d{7}", [10], 0, "1", 0, "([2-7]\\d{6})$|1", "784$1", 0, "784", [["784(?:266|3(?:6[6-9]|7\\d|8[0-6])|4(?:38|5[0-36-8]|8[0-8])|5(?:55|7[0-2]|93)|638|784)\\d{4}"], ["784(?:4(?:3[0-5]|5[45]|89|9[0-8])|5(?:2[6-9]|3[0-4])|720)\\d{4}"], ["8(?:00|33|44|55|66|77|88)[2-9]\\d{6}"], ["900[2-9]\\d{6}"], ["52(?:3(?:[2-46-9][02-9]\\d|5(?:[02-46-9]\\d|5[0-46-9]))|4(?:[2-478][02-9]\\d|5(?:[034]\\d|2[024-9]|5[0-46-9])|6(?:0[1-9]|[2-9]\\d)|9(?:[05-9]\\d|2[0-5]|49)))\\d{4}|52[34][2-9]1[02-9]\\d{4}|5(?:00|2[125-9]|3[23]|44|66|77|88)[2-9]\\d{6}"], 0, 0, 0, ["78451[0-2]\\d{4}"]]], "VE": ["58", "00", "[68]00\\d{7}|(?:[24]\\d|[59]0)\\d{8}", [10], [["(\\d{3})(\\d{7})", "$1-$2", ["[24-689]"], "0$1"]], "0", 0, 0, 0, 0, 0, [["(?:2(?:12|3[457-9]|[467]\\d|[58][1-9]|9[1-6])|[4-6]00)\\d{7}"], ["4(?:1[24-8]|2[246])\\d{7}"], ["800\\d{7}"], ["90[01]\\d{7}"], 0, 0, ["501\\d{7}"]]], "VG": ["1", "011", "(?:284|[58]\\d\\d|900)\\d{7}", [10], 0, "1", 0, "([2-578]\\d{6})$|1", "284$1", 0, "284", [["284(?:229|4(?:22|9[45])|774|8(?:52|6[459]))\\d{4}"], ["284(?:245|3(?:0[0-3]|4[0-7]|68|9[34])|4(?:4[0-6]|68|9[69])|5(?:4[0-7]|68|9[69]))\\d{4}"], ["8(?:00|33|44|55|66|77|88)[2-9]\\d{6}"], ["900[2-9]\\d{6}"], ["52(?:3(?:[2-46-9][02-9]\\d|5(?:[02-46-9]\\d|5[0-46-9]))|4(?:[2-478][02-9]\\d|5(?:[034]\\d|2[024-9]|5[0-46-9])|6(?:0[1-9]|[2-9]\\d)|9(?:[05-9]\\d|2[0-5]|49)))\\d{4}|52[34][2-9]1[02-9]\\d{4}|5(?:00|2[125-9]|3[23]|44|66|77|88)[2-9]\\d{6}"]]], "VI": ["1", "011", "[58]\\d{9}|(?:34|90)0\\d{7}", [10], 0, "1", 0, "([2-9]\\d{6})$|1", "340$1", 0, "340", [["340(?:2(?:0\\d|10|2[06-8]|4[49]|77)|3(?:32|44)|4(?:2[23]|44|7[34]|89)|5(?:1[34]|55)|6(?:2[56]|4[23]|77|9[023])|7(?:1[2-57-9]|2[57]|7\\d)|884|998)\\d{4}"], [""], ["8(?:00|33|44|55|66|77|88)[2-9]\\d{6}"], ["900[2-9]\\d{6}"], ["52(?:3(?:[2-46-9][02-9]\\d|5(?:[02-46-9]\\d|5[0-46-9]))|4(?:[2-478][02-9]\\d|5(?:[034]\\d|2[024-9]|5[0-46-9])|6(?:0[1-9]|[2-9]\\d)|9(?:[05-9]\\d|2[0-5]|49)))\\d{4}|52[34][2-9]1[02-9]\\d{4}|5(?:00|2[125-9]|3[23]|44|66|77|88)[2-9]\\d{6}"]]], "VN": ["84", "00", "[12]\\d{9}|[135-9]\\d{8}|[16]\\d{6,7}|7\\d{6}", [7, 8, 9, 10], [["(\\d{4})(\\d{4,6})", "$1 $2", ["1(?:2[02]|[89])"], 0, 1], ["(\\d{2})(\\d{3})(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["1[26]|6"], "0$1", 1], ["(\\d{3})(\\d{3})(\\d{3})", "$1 $2 $3", ["[1357-9]"], "0$1", 1], ["(\\d{2})(\\d{4})(\\d{4})", "$1 $2 $3", ["2[48]"], "0$1", 1], ["(\\d{3})(\\d{4})(\\d{3})", "$1 $2 $3", ["2"], "0$1", 1]], "0", 0, 0, 0, 0, 0, [["2(?:0[3-9]|1[0-689]|2[0-25-9]|[38][2-9]|4[2-8]|5[124-9]|6[0-39]|7[0-7]|9[0-4679])\\d{7}", [10]], ["121[0-3]\\d{5}|(?:1[46]0|(?:3\\d|7[06-9])\\d|5(?:[1689]\\d|2[238]|59)|8(?:[1-8]\\d|9[6-9])|9(?:[0-8]\\d|9[013-9]))\\d{6}", [9]], ["1800\\d{4,6}|12(?:0[13]|28)\\d{4}", [8, 9, 10]], ["1900\\d{4,6}", [8, 9, 10]], 0, 0, ["[17]99\\d{4}|69\\d{5,6}", [7, 8]], 0, ["672\\d{6}", [9]]]], "VU": ["678", "00", "[57-9]\\d{6}|(?:[238]\\d|48)\\d{3}", [5, 7], [["(\\d{3})(\\d{4})", "$1 $2", ["[57-9]"]]], 0, 0, 0, 0, 0, 0, [["(?:38[0-8]|48[4-9])\\d\\d|(?:2[02-9]|3[4-7]|88)\\d{3}", [5]], ["(?:[58]\\d|7[0-7])\\d{5}", [7]], ["81[18]\\d\\d", [5]], 0, 0, 0, ["(?:3[03]|900\\d)\\d{3}"], 0, ["9(?:0[1-9]|1[01])\\d{4}", [7]]]], "WF": ["681", "00", "(?:40|72|8\\d{4})\\d{4}|[89]\\d{5}", [6, 9], [["(\\d{2})(\\d{2})(\\d{2})", "$1 $2 $3", ["[47-9]"]], ["(\\d{3})(\\d{2})(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["8"]]], 0, 0, 0, 0, 0, 0, [["72\\d{4}", [6]], ["(?:72|8[23])\\d{4}", [6]], ["80[0-5]\\d{6}", [9]], 0, 0, ["[48]0\\d{4}", [6]], 0, 0, ["9[23]\\d{4}", [6]]]], "WS": ["685", "0", "(?:[2-6]|8\\d{5})\\d{4}|[78]\\d{6}|[68]\\d{5}", [5, 6, 7, 10], [["(\\d{5})", "$1", ["[2-5]|6[1-9]"]], ["(\\d{3})(\\d{3,7})", "$1 $2", ["[68]"]], ["(\\d{2})(\\d{5})", "$1 $2", ["7"]]], 0, 0, 0, 0, 0, 0, [["6[1-9]\\d{3}|(?:[2-5]|60)\\d{4}", [5, 6]], ["(?:7[1-35-8]|8(?:[3-7]|9\\d{3}))\\d{5}", [7, 10]], ["800\\d{3}", [6]]]], "XK": ["383", "00", "2\\d{7,8}|3\\d{7,11}|(?:4\\d\\d|[89]00)\\d{5}", [8, 9, 10, 11, 12], [["(\\d{3})(\\d{5})", "$1 $2", ["[89]"], "0$1"], ["(\\d{2})(\\d{3})(\\d{3})", "$1 $2 $3", ["[2-4]"], "0$1"], ["(\\d{3})(\\d{3})(\\d{3})", "$1 $2 $3", ["2|39"], "0$1"], ["(\\d{2})(\\d{7,10})", "$1 $2", ["3"], "0$1"]], "0", 0, 0, 0, 0, 0, [["38\\d{6,10}|(?:2[89]|39)(?:0\\d{5,6}|[1-9]\\d{5})"], ["4[3-9]\\d{6}", [8]], ["800\\d{5}", [8]], ["900\\d{5}", [8]]]], "YE": ["967", "00", "(?:1|7\\d)\\d{7}|[1-7]\\d{6}", [7, 8, 9], [["(\\d)(\\d{3})(\\d{3,4})", "$1 $2 $3", ["[1-6]|7(?:[24-6]|8[0-7])"], "0$1"], ["(\\d{3})(\\d{3})(\\d{3})", "$1 $2 $3", ["7"], "0$1"]], "0", 0, 0, 0, 0, 0, [["78[0-7]\\d{4}|17\\d{6}|(?:[12][2-68]|3[2358]|4[2-58]|5[2-6]|6[3-58]|7[24-6])\\d{5}", [7, 8]], ["7[01378]\\d{7}", [9]]]], "YT": ["262", "00", "(?:639\\d|7093)\\d{5}|(?:26|80|9\\d)\\d{7}", [9], 0, "0", 0, 0, 0, 0, 0, [["26(?:89\\d|9(?:0[0-467]|15|5[0-4]|6\\d|[78]0))\\d{4}"], ["(?:639(?:0[0-79]|1[019]|[267]\\d|3[09]|40|5[05-9]|9[04-79])|7093[5-7])\\d{4}"], ["80\\d{7}"], 0, 0, 0, 0, 0, ["9(?:(?:39|47)8[01]|769\\d)\\d{4}"]]], "ZA": ["27", "00", "[1-79]\\d{8}|8\\d{4,9}", [5, 6, 7, 8, 9, 10], [["(\\d{2})(\\d{3,4})", "$1 $2", ["8[1-4]"], "0$1"], ["(\\d{2})(\\d{3})(\\d{2,3})", "$1 $2 $3", ["8[1-4]"], "0$1"], ["(\\d{3})(\\d{3})(\\d{3})", "$1 $2 $3", ["860"], "0$1"], ["(\\d{2})(\\d{3})(\\d{4})", "$1 $2 $3", ["[1-9]"], "0$1"], ["(\\d{3})(\\d{3})(\\d{4})", "$1 $2 $3", ["8"], "0$1"]], "0", 0, 0, 0, 0, 0, [["(?:2(?:0330|4302)|52087)0\\d{3}|(?:1[0-8]|2[1-378]|3[1-69]|4\\d|5[1346-8])\\d{7}", [9]], ["(?:1(?:3492[0-25]|4495[0235]|549(?:20|5[01]))|4[34]492[01])\\d{3}|8[1-4]\\d{3,7}|(?:2[27]|47|54)4950\\d{3}|(?:1(?:049[2-4]|9[12]\\d\\d)|(?:50[0-2]|[67]\\d\\d)\\d\\d|8(?:5\\d{3}|7(?:08[67]|158|28[5-9]|310)))\\d{4}|(?:1[6-8]|28|3[2-69]|4[025689]|5[36-8])4920\\d{3}|(?:12|[2-5]1)492\\d{4}", [5, 6, 7, 8, 9]], ["80\\d{7}", [9]], ["(?:86[2-9]|9[0-2]\\d)\\d{6}", [9]], 0, 0, ["861\\d{6,7}", [9, 10]], 0, ["87(?:08[0-589]|15[0-79]|28[0-4]|31[1-9])\\d{4}|87(?:[02][0-79]|1[0-46-9]|3[02-9]|[4-9]\\d)\\d{5}", [9]], ["860\\d{6}", [9]]]], "ZM": ["260", "00", "800\\d{6}|(?:21|[579]\\d|63)\\d{7}", [9], [["(\\d{3})(\\d{3})(\\d{3})", "$1 $2 $3", ["[28]"], "0$1"], ["(\\d{2})(\\d{7})", "$1 $2", ["[579]"], "0$1"]], "0", 0, 0, 0, 0, 0, [["21[1-8]\\d{6}"], ["(?:[59][5-8]|7[5-9])\\d{7}"], ["800\\d{6}"], 0, 0, 0, 0, 0, ["63\\d{7}"]]], "ZW": ["263", "00", "8\\d{6}(?:\\d{3})?|[235-8]\\d{8}", [7, 9, 10], [["(\\d{3})(\\d{4})", "$1 $2", ["80"], "0$1"], ["(\\d{2})(\\d{3})(\\d{3,4})", "$1 $2 $3", ["29[013-9]"], "0$1"], ["(\\d{2})(\\d{7})", "$1 $2", ["[256]|39|8[13-59]"], "(0$1)"], ["(\\d{2})(\\d{3})(\\d{4})", "$1 $2 $3", ["7"], "0$1"], ["(\\d{3})(\\d{3})(\\d{3,4})", "$1 $2 $3", ["3"], "0$1"], ["(\\d{4})(\\d{6})", "$1 $2", ["8"], "0$1"]], "0", 0, 0, 0, 0, 0, [["(?:2(?:02[014]|(?:42|9\\d)\\d|[56]20|72[03])|3(?:123|92\\d)|5(?:42\\d|525)|6(?:[16-8]21|52[013])|8(?:[1349]28|523))\\d{5}", [9]], ["7(?:[1278]\\d|3[1-9]|51|9[01])\\d{6}", [9]], ["80(?:[01]\\d|20|8[0-8])\\d{3}", [7]], 0, 0, 0, 0, 0, ["86(?:1[12]|22|30|44|55|77|8[368])\\d{6}", [10]]]] }, "nonGeographic": { "800": ["800", 0, "(?:00|[1-9]\\d)\\d{6}", [8], [["(\\d{4})(\\d{4})", "$1 $2", ["\\d"]]], 0, 0, 0, 0, 0, 0, [0, 0, ["(?:00|[1-9]\\d)\\d{6}"]]], "808": ["808", 0, "[1-9]\\d{7}", [8], [["(\\d{4})(\\d{4})", "$1 $2", ["[1-9]"]]], 0, 0, 0, 0, 0, 0, [0, 0, 0, 0, 0, 0, 0, 0, 0, ["[1-9]\\d{7}"]]], "870": ["870", 0, "7\\d{11}|[235-7]\\d{8}", [9, 12], [["(\\d{3})(\\d{3})(\\d{3})", "$1 $2 $3", ["[235-7]"]]], 0, 0, 0, 0, 0, 0, [0, ["(?:[356]|774[45])\\d{8}|7[6-8]\\d{7}"], 0, 0, 0, 0, 0, 0, ["2\\d{8}", [9]]]], "878": ["878", 0, "10\\d{10}", [12], [["(\\d{2})(\\d{5})(\\d{5})", "$1 $2 $3", ["1"]]], 0, 0, 0, 0, 0, 0, [0, 0, 0, 0, 0, 0, 0, 0, ["10\\d{10}"]]], "881": ["881", 0, "6\\d{9}|[0-36-9]\\d{8}", [9, 10], [["(\\d)(\\d{3})(\\d{5})", "$1 $2 $3", ["[0-37-9]"]], ["(\\d)(\\d{3})(\\d{5,6})", "$1 $2 $3", ["6"]]], 0, 0, 0, 0, 0, 0, [0, ["6\\d{9}|[0-36-9]\\d{8}"]]], "882": ["882", 0, "[13]\\d{6}(?:\\d{2,5})?|[19]\\d{7}|(?:[25]\\d\\d|4)\\d{7}(?:\\d{2})?", [7, 8, 9, 10, 11, 12], [["(\\d{2})(\\d{5})", "$1 $2", ["16|342"]], ["(\\d{2})(\\d{6})", "$1 $2", ["49"]], ["(\\d{2})(\\d{2})(\\d{4})", "$1 $2 $3", ["1[36]|9"]], ["(\\d{2})(\\d{4})(\\d{3})", "$1 $2 $3", ["3[23]"]], ["(\\d{2})(\\d{3,4})(\\d{4})", "$1 $2 $3", ["16"]], ["(\\d{2})(\\d{4})(\\d{4})", "$1 $2 $3", ["10|23|3(?:[15]|4[57])|4|5[12]"]], ["(\\d{3})(\\d{4})(\\d{4})", "$1 $2 $3", ["34"]], ["(\\d{2})(\\d{4,5})(\\d{5})", "$1 $2 $3", ["[1-35]"]]], 0, 0, 0, 0, 0, 0, [0, ["342\\d{4}|(?:337|49)\\d{6}|(?:3(?:2|47|7\\d{3})|5(?:0\\d{3}|2[0-2]))\\d{7}", [7, 8, 9, 10, 12]], 0, 0, 0, ["348[57]\\d{7}", [11]], 0, 0, ["1(?:3(?:0[0347]|[13][0139]|2[035]|4[013568]|6[0459]|7[06]|8[15-8]|9[0689])\\d{4}|6\\d{5,10})|(?:345\\d|9[89])\\d{6}|(?:10|2(?:3|85\\d)|3(?:[15]|[69]\\d\\d)|4[15-8]|51)\\d{8}"]]], "883": ["883", 0, "(?:[1-4]\\d|51)\\d{6,10}", [8, 9, 10, 11, 12], [["(\\d{3})(\\d{3})(\\d{2,8})", "$1 $2 $3", ["[14]|2[24-689]|3[02-689]|51[24-9]"]], ["(\\d{3})(\\d{3})(\\d{3})", "$1 $2 $3", ["510"]], ["(\\d{3})(\\d{3})(\\d{4})", "$1 $2 $3", ["21"]], ["(\\d{4})(\\d{4})(\\d{4})", "$1 $2 $3", ["51[13]"]], ["(\\d{3})(\\d{3})(\\d{3})(\\d{3})", "$1 $2 $3 $4", ["[235]"]]], 0, 0, 0, 0, 0, 0, [0, 0, 0, 0, 0, 0, 0, 0, ["(?:2(?:00\\d\\d|10)|(?:370[1-9]|51\\d0)\\d)\\d{7}|51(?:00\\d{5}|[24-9]0\\d{4,7})|(?:1[0-79]|2[24-689]|3[02-689]|4[0-4])0\\d{5,9}"]]], "888": ["888", 0, "\\d{11}", [11], [["(\\d{3})(\\d{3})(\\d{5})", "$1 $2 $3"]], 0, 0, 0, 0, 0, 0, [0, 0, 0, 0, 0, 0, ["\\d{11}"]]], "979": ["979", 0, "[1359]\\d{8}", [9], [["(\\d)(\\d{4})(\\d{4})", "$1 $2 $3", ["[1359]"]]], 0, 0, 0, 0, 0, 0, [0, 0, 0, ["[1359]\\d{8}"]]] } };

// node_modules/libphonenumber-js/max/exports/withMetadataArgument.js
function withMetadataArgument(func, _arguments) {
  var args = Array.prototype.slice.call(_arguments);
  args.push(metadata_max_json_default);
  return func.apply(this, args);
}

// node_modules/libphonenumber-js/es6/tools/semver-compare.js
function semver_compare_default(a, b) {
  a = a.split("-");
  b = b.split("-");
  var pa = a[0].split(".");
  var pb = b[0].split(".");
  for (var i = 0; i < 3; i++) {
    var na = Number(pa[i]);
    var nb = Number(pb[i]);
    if (na > nb) return 1;
    if (nb > na) return -1;
    if (!isNaN(na) && isNaN(nb)) return 1;
    if (isNaN(na) && !isNaN(nb)) return -1;
  }
  if (a[1] && b[1]) {
    return a[1] > b[1] ? 1 : a[1] < b[1] ? -1 : 0;
  }
  return !a[1] && b[1] ? 1 : a[1] && !b[1] ? -1 : 0;
}

// node_modules/libphonenumber-js/es6/helpers/isObject.js
var objectConstructor = {}.constructor;
function isObject(object) {
  return object !== void 0 && object !== null && object.constructor === objectConstructor;
}

// node_modules/libphonenumber-js/es6/helpers/isCallingCode.js
var CALLING_CODE_REG_EXP = /^\d+$/;
function isCallingCode(string) {
  return CALLING_CODE_REG_EXP.test(string);
}

// node_modules/libphonenumber-js/es6/metadata.js
function _typeof(o) {
  "@babel/helpers - typeof";
  return _typeof = "function" == typeof Symbol && "symbol" == typeof Symbol.iterator ? function(o2) {
    return typeof o2;
  } : function(o2) {
    return o2 && "function" == typeof Symbol && o2.constructor === Symbol && o2 !== Symbol.prototype ? "symbol" : typeof o2;
  }, _typeof(o);
}
function _classCallCheck(a, n) {
  if (!(a instanceof n)) throw new TypeError("Cannot call a class as a function");
}
function _defineProperties(e, r) {
  for (var t = 0; t < r.length; t++) {
    var o = r[t];
    o.enumerable = o.enumerable || false, o.configurable = true, "value" in o && (o.writable = true), Object.defineProperty(e, _toPropertyKey(o.key), o);
  }
}
function _createClass(e, r, t) {
  return r && _defineProperties(e.prototype, r), t && _defineProperties(e, t), Object.defineProperty(e, "prototype", { writable: false }), e;
}
function _toPropertyKey(t) {
  var i = _toPrimitive(t, "string");
  return "symbol" == _typeof(i) ? i : i + "";
}
function _toPrimitive(t, r) {
  if ("object" != _typeof(t) || !t) return t;
  var e = t[Symbol.toPrimitive];
  if (void 0 !== e) {
    var i = e.call(t, r || "default");
    if ("object" != _typeof(i)) return i;
    throw new TypeError("@@toPrimitive must return a primitive value.");
  }
  return ("string" === r ? String : Number)(t);
}
var V3 = "1.2.0";
var V4 = "1.7.35";
var DEFAULT_EXT_PREFIX = " ext. ";
var Metadata = /* @__PURE__ */ (function() {
  function Metadata2(metadata) {
    _classCallCheck(this, Metadata2);
    validateMetadata(metadata);
    this.metadata = metadata;
    setVersion.call(this, metadata);
  }
  return _createClass(Metadata2, [{
    key: "getCountries",
    value: function getCountries() {
      return Object.keys(this.metadata.countries).filter(function(_) {
        return _ !== "001";
      });
    }
  }, {
    key: "getCountryMetadata",
    value: function getCountryMetadata(countryCode) {
      return this.metadata.countries[countryCode];
    }
  }, {
    key: "nonGeographic",
    value: function nonGeographic() {
      if (this.v1 || this.v2 || this.v3) return;
      return this.metadata.nonGeographic || this.metadata.nonGeographical;
    }
  }, {
    key: "hasCountry",
    value: function hasCountry(country2) {
      return this.getCountryMetadata(country2) !== void 0;
    }
  }, {
    key: "hasCallingCode",
    value: function hasCallingCode(callingCode) {
      if (this.getCountryCodesForCallingCode(callingCode)) {
        return true;
      }
      if (this.nonGeographic()) {
        if (this.nonGeographic()[callingCode]) {
          return true;
        }
      } else {
        var countryCodes = this.countryCallingCodes()[callingCode];
        if (countryCodes && countryCodes.length === 1 && countryCodes[0] === "001") {
          return true;
        }
      }
    }
  }, {
    key: "isNonGeographicCallingCode",
    value: function isNonGeographicCallingCode(callingCode) {
      if (this.nonGeographic()) {
        return this.nonGeographic()[callingCode] ? true : false;
      } else {
        return this.getCountryCodesForCallingCode(callingCode) ? false : true;
      }
    }
    // Deprecated.
  }, {
    key: "country",
    value: function country2(countryCode) {
      return this.selectNumberingPlan(countryCode);
    }
    /**
     * Selects a telephone numbering plan based on either a country code or a calling code.
     * @param {string} argument — Country code or calling code.
     * @param {string} legacyArgumentCallingCode — Legacy argument: calling code, if the first argument is not passed.
     */
  }, {
    key: "selectNumberingPlan",
    value: function selectNumberingPlan(argument, legacyArgumentCallingCode) {
      var countryCode;
      var callingCode;
      if (argument) {
        if (isCallingCode(argument)) {
          callingCode = argument;
        } else {
          countryCode = argument;
        }
      }
      if (legacyArgumentCallingCode) {
        callingCode = legacyArgumentCallingCode;
      }
      if (countryCode && countryCode !== "001") {
        var countryMetadata = this.getCountryMetadata(countryCode);
        if (!countryMetadata) {
          throw new Error("Unknown country: ".concat(countryCode));
        }
        this.numberingPlan = new NumberingPlan(countryMetadata, this);
      } else if (callingCode) {
        if (!this.hasCallingCode(callingCode)) {
          throw new Error("Unknown calling code: ".concat(callingCode));
        }
        this.numberingPlan = new NumberingPlan(this.getNumberingPlanMetadata(callingCode), this);
      } else {
        this.numberingPlan = void 0;
      }
      return this;
    }
  }, {
    key: "getCountryCodesForCallingCode",
    value: function getCountryCodesForCallingCode(callingCode) {
      var countryCodes = this.countryCallingCodes()[callingCode];
      if (countryCodes) {
        if (countryCodes.length === 1 && countryCodes[0].length === 3) {
          return;
        }
        return countryCodes;
      }
    }
  }, {
    key: "getCountryCodeForCallingCode",
    value: function getCountryCodeForCallingCode(callingCode) {
      var countryCodes = this.getCountryCodesForCallingCode(callingCode);
      if (countryCodes) {
        return countryCodes[0];
      }
    }
  }, {
    key: "getNumberingPlanMetadata",
    value: function getNumberingPlanMetadata(callingCode) {
      var countryCode = this.getCountryCodeForCallingCode(callingCode);
      if (countryCode) {
        return this.getCountryMetadata(countryCode);
      }
      if (this.nonGeographic()) {
        var metadata = this.nonGeographic()[callingCode];
        if (metadata) {
          return metadata;
        }
      } else {
        var countryCodes = this.countryCallingCodes()[callingCode];
        if (countryCodes && countryCodes.length === 1 && countryCodes[0] === "001") {
          return this.metadata.countries["001"];
        }
      }
    }
    // Deprecated.
  }, {
    key: "countryCallingCode",
    value: function countryCallingCode() {
      return this.numberingPlan.callingCode();
    }
    // Deprecated.
  }, {
    key: "IDDPrefix",
    value: function IDDPrefix() {
      return this.numberingPlan.IDDPrefix();
    }
    // Deprecated.
  }, {
    key: "defaultIDDPrefix",
    value: function defaultIDDPrefix() {
      return this.numberingPlan.defaultIDDPrefix();
    }
    // Deprecated.
  }, {
    key: "nationalNumberPattern",
    value: function nationalNumberPattern() {
      return this.numberingPlan.nationalNumberPattern();
    }
    // Deprecated.
  }, {
    key: "possibleLengths",
    value: function possibleLengths() {
      return this.numberingPlan.possibleLengths();
    }
    // Deprecated.
  }, {
    key: "formats",
    value: function formats() {
      return this.numberingPlan.formats();
    }
    // Deprecated.
  }, {
    key: "nationalPrefixForParsing",
    value: function nationalPrefixForParsing() {
      return this.numberingPlan.nationalPrefixForParsing();
    }
    // Deprecated.
  }, {
    key: "nationalPrefixTransformRule",
    value: function nationalPrefixTransformRule() {
      return this.numberingPlan.nationalPrefixTransformRule();
    }
    // Deprecated.
  }, {
    key: "leadingDigits",
    value: function leadingDigits() {
      return this.numberingPlan.leadingDigits();
    }
    // Deprecated.
  }, {
    key: "hasTypes",
    value: function hasTypes() {
      return this.numberingPlan.hasTypes();
    }
    // Deprecated.
  }, {
    key: "type",
    value: function type(_type) {
      return this.numberingPlan.type(_type);
    }
    // Deprecated.
  }, {
    key: "ext",
    value: function ext() {
      return this.numberingPlan.ext();
    }
  }, {
    key: "countryCallingCodes",
    value: function countryCallingCodes() {
      if (this.v1) return this.metadata.country_phone_code_to_countries;
      return this.metadata.country_calling_codes;
    }
    // Deprecated.
  }, {
    key: "chooseCountryByCountryCallingCode",
    value: function chooseCountryByCountryCallingCode(callingCode) {
      return this.selectNumberingPlan(callingCode);
    }
  }, {
    key: "hasSelectedNumberingPlan",
    value: function hasSelectedNumberingPlan() {
      return this.numberingPlan !== void 0;
    }
  }]);
})();
var NumberingPlan = /* @__PURE__ */ (function() {
  function NumberingPlan2(metadata, globalMetadataObject) {
    _classCallCheck(this, NumberingPlan2);
    this.globalMetadataObject = globalMetadataObject;
    this.metadata = metadata;
    setVersion.call(this, globalMetadataObject.metadata);
  }
  return _createClass(NumberingPlan2, [{
    key: "callingCode",
    value: function callingCode() {
      return this.metadata[0];
    }
    // When multiple countries share the same calling code,
    // all phone number formatting rules are included in the metadata
    // of the "default" country for that calling code.
    // Any other countries' metdata doesn't include any formatting rules.
    // Google developers said that such storage architecture was chosen for performance reasons.
    //
    // For example, for NANPA region ("North American Numbering Plan Administration",
    // which includes USA, Canada, Cayman Islands, Bahamas, etc) all formatting rules
    // are contained in the metadata of `US` country.
    //
    // This is not public API.
    //
  }, {
    key: "_getDefaultCountryMetadataForThisCallingCode",
    value: function _getDefaultCountryMetadataForThisCallingCode() {
      return this.globalMetadataObject.getNumberingPlanMetadata(this.callingCode());
    }
    // Deprecated.
  }, {
    key: "getDefaultCountryMetadataForRegion",
    value: function getDefaultCountryMetadataForRegion() {
      return this._getDefaultCountryMetadataForThisCallingCode();
    }
    // Is always present.
  }, {
    key: "IDDPrefix",
    value: function IDDPrefix() {
      if (this.v1 || this.v2) return;
      return this.metadata[1];
    }
    // Is only present when a country supports multiple IDD prefixes.
  }, {
    key: "defaultIDDPrefix",
    value: function defaultIDDPrefix() {
      if (this.v1 || this.v2) return;
      return this.metadata[12];
    }
  }, {
    key: "nationalNumberPattern",
    value: function nationalNumberPattern() {
      if (this.v1 || this.v2) return this.metadata[1];
      return this.metadata[2];
    }
    // "possible length" data is always present in Google's metadata.
  }, {
    key: "possibleLengths",
    value: function possibleLengths() {
      if (this.v1) return;
      return this.metadata[this.v2 ? 2 : 3];
    }
  }, {
    key: "_getFormats",
    value: function _getFormats(metadata) {
      return metadata[this.v1 ? 2 : this.v2 ? 3 : 4];
    }
    // For countries of the same region (e.g. NANPA)
    // formats are all stored in the "main" country for that region.
    // E.g. "RU" and "KZ", "US" and "CA".
  }, {
    key: "formats",
    value: function formats() {
      var _this = this;
      var formats2 = this._getFormats(this.metadata) || this._getFormats(this._getDefaultCountryMetadataForThisCallingCode()) || [];
      return formats2.map(function(_) {
        return new Format(_, _this);
      });
    }
  }, {
    key: "nationalPrefix",
    value: function nationalPrefix() {
      return this.metadata[this.v1 ? 3 : this.v2 ? 4 : 5];
    }
  }, {
    key: "_getNationalPrefixFormattingRule",
    value: function _getNationalPrefixFormattingRule(metadata) {
      return metadata[this.v1 ? 4 : this.v2 ? 5 : 6];
    }
    // For countries of the same region (e.g. NANPA)
    // national prefix formatting rule is stored in the "main" country for that region.
    // E.g. "RU" and "KZ", "US" and "CA".
  }, {
    key: "nationalPrefixFormattingRule",
    value: function nationalPrefixFormattingRule() {
      return this._getNationalPrefixFormattingRule(this.metadata) || this._getNationalPrefixFormattingRule(this._getDefaultCountryMetadataForThisCallingCode());
    }
  }, {
    key: "_nationalPrefixForParsing",
    value: function _nationalPrefixForParsing() {
      return this.metadata[this.v1 ? 5 : this.v2 ? 6 : 7];
    }
  }, {
    key: "nationalPrefixForParsing",
    value: function nationalPrefixForParsing() {
      return this._nationalPrefixForParsing() || this.nationalPrefix();
    }
  }, {
    key: "nationalPrefixTransformRule",
    value: function nationalPrefixTransformRule() {
      return this.metadata[this.v1 ? 6 : this.v2 ? 7 : 8];
    }
  }, {
    key: "_getNationalPrefixIsOptionalWhenFormatting",
    value: function _getNationalPrefixIsOptionalWhenFormatting() {
      return !!this.metadata[this.v1 ? 7 : this.v2 ? 8 : 9];
    }
    // For countries of the same region (e.g. NANPA)
    // "national prefix is optional when formatting" flag is
    // stored in the "main" country for that region.
    // E.g. "RU" and "KZ", "US" and "CA".
  }, {
    key: "nationalPrefixIsOptionalWhenFormattingInNationalFormat",
    value: function nationalPrefixIsOptionalWhenFormattingInNationalFormat() {
      return this._getNationalPrefixIsOptionalWhenFormatting(this.metadata) || this._getNationalPrefixIsOptionalWhenFormatting(this._getDefaultCountryMetadataForThisCallingCode());
    }
  }, {
    key: "leadingDigits",
    value: function leadingDigits() {
      return this.metadata[this.v1 ? 8 : this.v2 ? 9 : 10];
    }
  }, {
    key: "types",
    value: function types() {
      return this.metadata[this.v1 ? 9 : this.v2 ? 10 : 11];
    }
  }, {
    key: "hasTypes",
    value: function hasTypes() {
      if (this.types() && this.types().length === 0) {
        return false;
      }
      return !!this.types();
    }
  }, {
    key: "type",
    value: function type(_type2) {
      if (this.hasTypes() && getType(this.types(), _type2)) {
        return new Type(getType(this.types(), _type2), this);
      }
    }
  }, {
    key: "ext",
    value: function ext() {
      if (this.v1 || this.v2) return DEFAULT_EXT_PREFIX;
      return this.metadata[13] || DEFAULT_EXT_PREFIX;
    }
  }]);
})();
var Format = /* @__PURE__ */ (function() {
  function Format2(format, metadata) {
    _classCallCheck(this, Format2);
    this._format = format;
    this.metadata = metadata;
  }
  return _createClass(Format2, [{
    key: "pattern",
    value: function pattern() {
      return this._format[0];
    }
  }, {
    key: "format",
    value: function format() {
      return this._format[1];
    }
  }, {
    key: "leadingDigitsPatterns",
    value: function leadingDigitsPatterns() {
      return this._format[2] || [];
    }
  }, {
    key: "nationalPrefixFormattingRule",
    value: function nationalPrefixFormattingRule() {
      return this._format[3] || this.metadata.nationalPrefixFormattingRule();
    }
  }, {
    key: "nationalPrefixIsOptionalWhenFormattingInNationalFormat",
    value: function nationalPrefixIsOptionalWhenFormattingInNationalFormat() {
      return !!this._format[4] || this.metadata.nationalPrefixIsOptionalWhenFormattingInNationalFormat();
    }
  }, {
    key: "nationalPrefixIsMandatoryWhenFormattingInNationalFormat",
    value: function nationalPrefixIsMandatoryWhenFormattingInNationalFormat() {
      return this.usesNationalPrefix() && !this.nationalPrefixIsOptionalWhenFormattingInNationalFormat();
    }
    // Checks whether national prefix formatting rule contains national prefix.
  }, {
    key: "usesNationalPrefix",
    value: function usesNationalPrefix() {
      return this.nationalPrefixFormattingRule() && // Check that national prefix formatting rule is not a "dummy" one.
      !FIRST_GROUP_ONLY_PREFIX_PATTERN.test(this.nationalPrefixFormattingRule()) ? true : false;
    }
  }, {
    key: "internationalFormat",
    value: function internationalFormat() {
      return this._format[5] || this.format();
    }
  }]);
})();
var FIRST_GROUP_ONLY_PREFIX_PATTERN = /^\(?\$1\)?$/;
var Type = /* @__PURE__ */ (function() {
  function Type2(type, metadata) {
    _classCallCheck(this, Type2);
    this.type = type;
    this.metadata = metadata;
  }
  return _createClass(Type2, [{
    key: "pattern",
    value: function pattern() {
      if (this.metadata.v1) return this.type;
      return this.type[0];
    }
  }, {
    key: "possibleLengths",
    value: function possibleLengths() {
      if (this.metadata.v1) return;
      return this.type[1] || this.metadata.possibleLengths();
    }
  }]);
})();
function getType(types, type) {
  switch (type) {
    case "FIXED_LINE":
      return types[0];
    case "MOBILE":
      return types[1];
    case "TOLL_FREE":
      return types[2];
    case "PREMIUM_RATE":
      return types[3];
    case "PERSONAL_NUMBER":
      return types[4];
    case "VOICEMAIL":
      return types[5];
    case "UAN":
      return types[6];
    case "PAGER":
      return types[7];
    case "VOIP":
      return types[8];
    case "SHARED_COST":
      return types[9];
  }
}
function validateMetadata(metadata) {
  if (!metadata) {
    throw new Error("[libphonenumber-js] `metadata` argument not passed. Check your arguments.");
  }
  if (!isObject(metadata) || !isObject(metadata.countries)) {
    throw new Error("[libphonenumber-js] `metadata` argument was passed but it's not a valid metadata. Must be an object having `.countries` child object property. Got ".concat(isObject(metadata) ? "an object of shape: { " + Object.keys(metadata).join(", ") + " }" : "a " + typeOf(metadata) + ": " + metadata, "."));
  }
}
var typeOf = function typeOf2(_) {
  return _typeof(_);
};
function getCountryCallingCode(country2, metadataJson) {
  var metadata = new Metadata(metadataJson);
  if (metadata.hasCountry(country2)) {
    return metadata.selectNumberingPlan(country2).countryCallingCode();
  }
  throw new Error("Unknown country: ".concat(country2));
}
function isSupportedCountry(country2, metadataJson) {
  return metadataJson.countries.hasOwnProperty(country2);
}
function setVersion(metadata) {
  var version = metadata.version;
  if (typeof version === "number") {
    this.v1 = version === 1;
    this.v2 = version === 2;
    this.v3 = version === 3;
    this.v4 = version === 4;
  } else {
    if (!version) {
      this.v1 = true;
    } else if (semver_compare_default(version, V3) === -1) {
      this.v2 = true;
    } else if (semver_compare_default(version, V4) === -1) {
      this.v3 = true;
    } else {
      this.v4 = true;
    }
  }
}

// node_modules/libphonenumber-js/es6/helpers/mergeArrays.js
function _createForOfIteratorHelperLoose(r, e) {
  var t = "undefined" != typeof Symbol && r[Symbol.iterator] || r["@@iterator"];
  if (t) return (t = t.call(r)).next.bind(t);
  if (Array.isArray(r) || (t = _unsupportedIterableToArray(r)) || e && r && "number" == typeof r.length) {
    t && (r = t);
    var o = 0;
    return function() {
      return o >= r.length ? { done: true } : { done: false, value: r[o++] };
    };
  }
  throw new TypeError("Invalid attempt to iterate non-iterable instance.\nIn order to be iterable, non-array objects must have a [Symbol.iterator]() method.");
}
function _unsupportedIterableToArray(r, a) {
  if (r) {
    if ("string" == typeof r) return _arrayLikeToArray(r, a);
    var t = {}.toString.call(r).slice(8, -1);
    return "Object" === t && r.constructor && (t = r.constructor.name), "Map" === t || "Set" === t ? Array.from(r) : "Arguments" === t || /^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(t) ? _arrayLikeToArray(r, a) : void 0;
  }
}
function _arrayLikeToArray(r, a) {
  (null == a || a > r.length) && (a = r.length);
  for (var e = 0, n = Array(a); e < a; e++) n[e] = r[e];
  return n;
}
function mergeArrays(a, b) {
  var merged = a.slice();
  for (var _iterator = _createForOfIteratorHelperLoose(b), _step; !(_step = _iterator()).done; ) {
    var element = _step.value;
    if (a.indexOf(element) < 0) {
      merged.push(element);
    }
  }
  return merged.sort(function(a2, b2) {
    return a2 - b2;
  });
}

// node_modules/libphonenumber-js/es6/helpers/checkNumberLength.js
function checkNumberLength(nationalNumber, country2, metadata) {
  return checkNumberLengthForType(nationalNumber, void 0, country2, metadata);
}
function checkNumberLengthForType(nationalNumber, type, country2, metadata) {
  if (country2) {
    metadata = new Metadata(metadata.metadata);
    metadata.selectNumberingPlan(country2);
  }
  var type_info = metadata.type(type);
  var possible_lengths = type_info && type_info.possibleLengths() || metadata.possibleLengths();
  if (!possible_lengths) {
    return "IS_POSSIBLE";
  }
  if (type === "FIXED_LINE_OR_MOBILE") {
    if (!metadata.type("FIXED_LINE")) {
      return checkNumberLengthForType(nationalNumber, "MOBILE", country2, metadata);
    }
    var mobile_type = metadata.type("MOBILE");
    if (mobile_type) {
      possible_lengths = mergeArrays(possible_lengths, mobile_type.possibleLengths());
    }
  } else if (type && !type_info) {
    return "INVALID_LENGTH";
  }
  var actual_length = nationalNumber.length;
  var minimum_length = possible_lengths[0];
  if (minimum_length === actual_length) {
    return "IS_POSSIBLE";
  }
  if (minimum_length > actual_length) {
    return "TOO_SHORT";
  }
  if (possible_lengths[possible_lengths.length - 1] < actual_length) {
    return "TOO_LONG";
  }
  return possible_lengths.indexOf(actual_length, 1) >= 0 ? "IS_POSSIBLE" : "INVALID_LENGTH";
}

// node_modules/libphonenumber-js/es6/isPossible.js
function isPossiblePhoneNumber(input, options, metadataJson) {
  if (options === void 0) {
    options = {};
  }
  var metadata = new Metadata(metadataJson);
  if (options.v2) {
    if (!input.countryCallingCode) {
      throw new Error("Invalid phone number object passed");
    }
    metadata.selectNumberingPlan(input.country || input.countryCallingCode);
  } else {
    if (!input.phone) {
      return false;
    }
    if (input.country) {
      if (!metadata.hasCountry(input.country)) {
        throw new Error("Unknown country: ".concat(input.country));
      }
      metadata.selectNumberingPlan(input.country);
    } else {
      if (!input.countryCallingCode) {
        throw new Error("Invalid phone number object passed");
      }
      metadata.selectNumberingPlan(input.countryCallingCode);
    }
  }
  if (metadata.possibleLengths()) {
    return isPossibleNumber(input.phone || input.nationalNumber, metadata);
  }
  if (input.countryCallingCode && metadata.isNonGeographicCallingCode(input.countryCallingCode)) {
    return true;
  }
  throw new Error('Missing "possibleLengths" in metadata. Perhaps the metadata has been generated before v1.0.18.');
}
function isPossibleNumber(nationalNumber, metadata) {
  switch (checkNumberLength(nationalNumber, void 0, metadata)) {
    case "IS_POSSIBLE":
      return true;
    // This library ignores "local-only" phone numbers (for simplicity).
    // See the readme for more info on what are "local-only" phone numbers.
    // case 'IS_POSSIBLE_LOCAL_ONLY':
    // 	return !isInternational
    default:
      return false;
  }
}

// node_modules/libphonenumber-js/es6/helpers/matchesEntirely.js
function matchesEntirely(text, regularExpressionText) {
  text = text || "";
  return new RegExp("^(?:" + regularExpressionText + ")$").test(text);
}

// node_modules/libphonenumber-js/es6/helpers/getNumberType.js
function _createForOfIteratorHelperLoose2(r, e) {
  var t = "undefined" != typeof Symbol && r[Symbol.iterator] || r["@@iterator"];
  if (t) return (t = t.call(r)).next.bind(t);
  if (Array.isArray(r) || (t = _unsupportedIterableToArray2(r)) || e && r && "number" == typeof r.length) {
    t && (r = t);
    var o = 0;
    return function() {
      return o >= r.length ? { done: true } : { done: false, value: r[o++] };
    };
  }
  throw new TypeError("Invalid attempt to iterate non-iterable instance.\nIn order to be iterable, non-array objects must have a [Symbol.iterator]() method.");
}
function _unsupportedIterableToArray2(r, a) {
  if (r) {
    if ("string" == typeof r) return _arrayLikeToArray2(r, a);
    var t = {}.toString.call(r).slice(8, -1);
    return "Object" === t && r.constructor && (t = r.constructor.name), "Map" === t || "Set" === t ? Array.from(r) : "Arguments" === t || /^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(t) ? _arrayLikeToArray2(r, a) : void 0;
  }
}
function _arrayLikeToArray2(r, a) {
  (null == a || a > r.length) && (a = r.length);
  for (var e = 0, n = Array(a); e < a; e++) n[e] = r[e];
  return n;
}
var NON_FIXED_LINE_PHONE_TYPES = ["MOBILE", "PREMIUM_RATE", "TOLL_FREE", "SHARED_COST", "VOIP", "PERSONAL_NUMBER", "PAGER", "UAN", "VOICEMAIL"];
function getNumberType(input, options, metadataJson) {
  options = options || {};
  if (!input.country && !input.countryCallingCode) {
    return;
  }
  var metadata = new Metadata(metadataJson);
  metadata.selectNumberingPlan(input.country || input.countryCallingCode);
  var nationalNumber = options.v2 ? input.nationalNumber : input.phone;
  if (!matchesEntirely(nationalNumber, metadata.nationalNumberPattern())) {
    return;
  }
  if (isNumberTypeEqualTo(nationalNumber, "FIXED_LINE", metadata)) {
    if (metadata.type("MOBILE") && metadata.type("MOBILE").pattern() === "") {
      return "FIXED_LINE_OR_MOBILE";
    }
    if (!metadata.type("MOBILE")) {
      return "FIXED_LINE_OR_MOBILE";
    }
    if (isNumberTypeEqualTo(nationalNumber, "MOBILE", metadata)) {
      return "FIXED_LINE_OR_MOBILE";
    }
    return "FIXED_LINE";
  }
  for (var _iterator = _createForOfIteratorHelperLoose2(NON_FIXED_LINE_PHONE_TYPES), _step; !(_step = _iterator()).done; ) {
    var type = _step.value;
    if (isNumberTypeEqualTo(nationalNumber, type, metadata)) {
      return type;
    }
  }
}
function isNumberTypeEqualTo(nationalNumber, type, metadata) {
  var typeDefinition = metadata.type(type);
  if (!typeDefinition || !typeDefinition.pattern()) {
    return false;
  }
  if (typeDefinition.possibleLengths() && typeDefinition.possibleLengths().indexOf(nationalNumber.length) < 0) {
    return false;
  }
  return matchesEntirely(nationalNumber, typeDefinition.pattern());
}

// node_modules/libphonenumber-js/es6/isValid.js
function isValidNumber(input, options, metadataJson) {
  options = options || {};
  var metadata = new Metadata(metadataJson);
  metadata.selectNumberingPlan(input.country || input.countryCallingCode);
  if (metadata.hasTypes()) {
    return getNumberType(input, options, metadata.metadata) !== void 0;
  }
  var nationalNumber = options.v2 ? input.nationalNumber : input.phone;
  return matchesEntirely(nationalNumber, metadata.nationalNumberPattern());
}

// node_modules/libphonenumber-js/es6/helpers/isCountryCode.js
var COUNTRY_CODE_REG_EXP = /^[A-Z]{2}$/;
function isCountryCode(string) {
  return COUNTRY_CODE_REG_EXP.test(string);
}

// node_modules/libphonenumber-js/es6/helpers/getCountryAndCallingCodeFromOneOfThem.js
var USE_NON_GEOGRAPHIC_COUNTRY_CODE = false;
function getCountryAndCallingCodeFromOneOfThem(countryOrCallingCode, metadataJson) {
  var country2;
  var callingCode;
  var metadata = new Metadata(metadataJson);
  if (isCountryCode(countryOrCallingCode)) {
    country2 = countryOrCallingCode;
    metadata.selectNumberingPlan(country2);
    callingCode = metadata.countryCallingCode();
  } else {
    callingCode = countryOrCallingCode;
    if (USE_NON_GEOGRAPHIC_COUNTRY_CODE) {
      if (metadata.isNonGeographicCallingCode(callingCode)) {
        country2 = "001";
      }
    }
  }
  return {
    country: country2,
    callingCode
  };
}

// node_modules/libphonenumber-js/es6/helpers/getPossibleCountriesForNumber.js
function getPossibleCountriesForNumber(callingCode, nationalNumber, metadata) {
  var _metadata = new Metadata(metadata);
  var possibleCountries = _metadata.getCountryCodesForCallingCode(callingCode);
  if (!possibleCountries) {
    return [];
  }
  return possibleCountries.filter(function(country2) {
    return couldNationalNumberBelongToCountry(nationalNumber, country2, metadata);
  });
}
function couldNationalNumberBelongToCountry(nationalNumber, country2, metadataJson) {
  var metadata = new Metadata(metadataJson);
  metadata.selectNumberingPlan(country2);
  return metadata.numberingPlan.possibleLengths().indexOf(nationalNumber.length) >= 0;
}

// node_modules/libphonenumber-js/es6/constants.js
var MIN_LENGTH_FOR_NSN = 2;
var MAX_LENGTH_FOR_NSN = 17;
var MAX_LENGTH_COUNTRY_CODE = 3;
var VALID_DIGITS = "0-9\uFF10-\uFF19\u0660-\u0669\u06F0-\u06F9";
var DASHES = "-\u2010-\u2015\u2212\u30FC\uFF0D";
var SLASHES = "\uFF0F/";
var DOTS = "\uFF0E.";
var WHITESPACE = " \xA0\xAD\u200B\u2060\u3000";
var BRACKETS = "()\uFF08\uFF09\uFF3B\uFF3D\\[\\]";
var TILDES = "~\u2053\u223C\uFF5E";
var VALID_PUNCTUATION = "".concat(DASHES).concat(SLASHES).concat(DOTS).concat(WHITESPACE).concat(BRACKETS).concat(TILDES);
var PLUS_CHARS = "+\uFF0B";

// node_modules/libphonenumber-js/es6/helpers/stripIddPrefix.js
var CAPTURING_DIGIT_PATTERN = new RegExp("([" + VALID_DIGITS + "])");
function stripIddPrefix(number, country2, callingCode, metadataJson) {
  if (!country2) {
    return;
  }
  var metadata = new Metadata(metadataJson);
  metadata.selectNumberingPlan(country2 || callingCode);
  var IDDPrefixPattern = new RegExp(metadata.IDDPrefix());
  if (number.search(IDDPrefixPattern) !== 0) {
    return;
  }
  number = number.slice(number.match(IDDPrefixPattern)[0].length);
  var matchedGroups = number.match(CAPTURING_DIGIT_PATTERN);
  if (matchedGroups && matchedGroups[1] != null && matchedGroups[1].length > 0) {
    if (matchedGroups[1] === "0") {
      return;
    }
  }
  return number;
}

// node_modules/libphonenumber-js/es6/helpers/extractNationalNumberFromPossiblyIncompleteNumber.js
function extractNationalNumberFromPossiblyIncompleteNumber(number, metadata) {
  if (number && metadata.numberingPlan.nationalPrefixForParsing()) {
    var prefixPattern = new RegExp("^(?:" + metadata.numberingPlan.nationalPrefixForParsing() + ")");
    var prefixMatch = prefixPattern.exec(number);
    if (prefixMatch) {
      var nationalNumber;
      var carrierCode;
      var capturedGroupsCount = prefixMatch.length - 1;
      var hasCapturedGroups = capturedGroupsCount > 0 && prefixMatch[capturedGroupsCount];
      if (metadata.nationalPrefixTransformRule() && hasCapturedGroups) {
        nationalNumber = number.replace(prefixPattern, metadata.nationalPrefixTransformRule());
        if (capturedGroupsCount > 1) {
          carrierCode = prefixMatch[1];
        }
      } else {
        var prefixBeforeNationalNumber = prefixMatch[0];
        nationalNumber = number.slice(prefixBeforeNationalNumber.length);
        if (hasCapturedGroups) {
          carrierCode = prefixMatch[1];
        }
      }
      var nationalPrefix;
      if (hasCapturedGroups) {
        var possiblePositionOfTheFirstCapturedGroup = number.indexOf(prefixMatch[1]);
        var possibleNationalPrefix = number.slice(0, possiblePositionOfTheFirstCapturedGroup);
        if (possibleNationalPrefix === metadata.numberingPlan.nationalPrefix()) {
          nationalPrefix = metadata.numberingPlan.nationalPrefix();
        }
      } else {
        nationalPrefix = prefixMatch[0];
      }
      return {
        nationalNumber,
        nationalPrefix,
        carrierCode
      };
    }
  }
  return {
    nationalNumber: number
  };
}

// node_modules/libphonenumber-js/es6/helpers/getCountryByNationalNumber.js
function _createForOfIteratorHelperLoose3(r, e) {
  var t = "undefined" != typeof Symbol && r[Symbol.iterator] || r["@@iterator"];
  if (t) return (t = t.call(r)).next.bind(t);
  if (Array.isArray(r) || (t = _unsupportedIterableToArray3(r)) || e && r && "number" == typeof r.length) {
    t && (r = t);
    var o = 0;
    return function() {
      return o >= r.length ? { done: true } : { done: false, value: r[o++] };
    };
  }
  throw new TypeError("Invalid attempt to iterate non-iterable instance.\nIn order to be iterable, non-array objects must have a [Symbol.iterator]() method.");
}
function _unsupportedIterableToArray3(r, a) {
  if (r) {
    if ("string" == typeof r) return _arrayLikeToArray3(r, a);
    var t = {}.toString.call(r).slice(8, -1);
    return "Object" === t && r.constructor && (t = r.constructor.name), "Map" === t || "Set" === t ? Array.from(r) : "Arguments" === t || /^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(t) ? _arrayLikeToArray3(r, a) : void 0;
  }
}
function _arrayLikeToArray3(r, a) {
  (null == a || a > r.length) && (a = r.length);
  for (var e = 0, n = Array(a); e < a; e++) n[e] = r[e];
  return n;
}
function getCountryByNationalNumber(nationalNumber, countries, metadataJson) {
  var metadata = new Metadata(metadataJson);
  for (var _iterator = _createForOfIteratorHelperLoose3(countries), _step; !(_step = _iterator()).done; ) {
    var country2 = _step.value;
    metadata.selectNumberingPlan(country2);
    if (metadata.leadingDigits()) {
      if (nationalNumber && nationalNumber.search(metadata.leadingDigits()) === 0) {
        return country2;
      }
    } else if (getNumberType({
      phone: nationalNumber,
      country: country2
    }, void 0, metadata.metadata)) {
      return country2;
    }
  }
}

// node_modules/libphonenumber-js/es6/helpers/getCountryByCallingCode.js
var USE_NON_GEOGRAPHIC_COUNTRY_CODE2 = false;
function getCountryByCallingCode(callingCode, _ref) {
  var nationalNumber = _ref.nationalNumber, metadata = _ref.metadata;
  if (USE_NON_GEOGRAPHIC_COUNTRY_CODE2) {
    if (metadata.isNonGeographicCallingCode(callingCode)) {
      return "001";
    }
  }
  var possibleCountries = metadata.getCountryCodesForCallingCode(callingCode);
  if (!possibleCountries) {
    return;
  }
  if (possibleCountries.length === 1) {
    return possibleCountries[0];
  }
  return getCountryByNationalNumber(nationalNumber, possibleCountries, metadata.metadata);
}

// node_modules/libphonenumber-js/es6/helpers/extractNationalNumber.js
function extractNationalNumber(number, country2, metadata) {
  var _extractNationalNumbe = extractNationalNumberFromPossiblyIncompleteNumber(number, metadata), carrierCode = _extractNationalNumbe.carrierCode, nationalNumber = _extractNationalNumbe.nationalNumber;
  if (nationalNumber !== number) {
    if (!shouldHaveExtractedNationalPrefix(number, nationalNumber, metadata)) {
      return {
        nationalNumber: number
      };
    }
    if (metadata.numberingPlan.possibleLengths()) {
      if (!country2) {
        country2 = getCountryByCallingCode(metadata.numberingPlan.callingCode(), {
          nationalNumber,
          metadata
        });
      }
      if (!isPossibleIncompleteNationalNumber(nationalNumber, country2, metadata)) {
        return {
          nationalNumber: number
        };
      }
    }
  }
  return {
    nationalNumber,
    carrierCode
  };
}
function shouldHaveExtractedNationalPrefix(nationalNumberBefore, nationalNumberAfter, metadata) {
  if (matchesEntirely(nationalNumberBefore, metadata.nationalNumberPattern()) && !matchesEntirely(nationalNumberAfter, metadata.nationalNumberPattern())) {
    return false;
  }
  return true;
}
function isPossibleIncompleteNationalNumber(nationalNumber, country2, metadata) {
  switch (checkNumberLength(nationalNumber, country2, metadata)) {
    case "TOO_SHORT":
    case "INVALID_LENGTH":
      return false;
    default:
      return true;
  }
}

// node_modules/libphonenumber-js/es6/helpers/extractCountryCallingCodeFromInternationalNumberWithoutPlusSign.js
function extractCountryCallingCodeFromInternationalNumberWithoutPlusSign(number, country2, defaultCountry, defaultCallingCode, metadataJson) {
  if (!(country2 || defaultCountry || defaultCallingCode)) {
    return {
      number
    };
  }
  var countryCallingCode = country2 || defaultCountry ? getCountryCallingCode(country2 || defaultCountry, metadataJson) : defaultCallingCode;
  if (number.indexOf(countryCallingCode) === 0) {
    var metadata = new Metadata(metadataJson);
    metadata.selectNumberingPlan(country2 || defaultCountry || defaultCallingCode);
    var possibleShorterNumber = number.slice(countryCallingCode.length);
    var _extractNationalNumbe = extractNationalNumber(possibleShorterNumber, void 0, metadata), possibleShorterNationalNumber = _extractNationalNumbe.nationalNumber;
    var _extractNationalNumbe2 = extractNationalNumber(number, void 0, metadata), nationalNumber = _extractNationalNumbe2.nationalNumber;
    if (!matchesEntirely(nationalNumber, metadata.nationalNumberPattern()) && matchesEntirely(possibleShorterNationalNumber, metadata.nationalNumberPattern()) || checkNumberLength(nationalNumber, void 0, metadata) === "TOO_LONG") {
      return {
        countryCallingCode,
        number: possibleShorterNumber
      };
    }
  }
  return {
    number
  };
}

// node_modules/libphonenumber-js/es6/helpers/extractCountryCallingCode.js
function extractCountryCallingCode(number, country2, defaultCountry, defaultCallingCode, metadataJson) {
  if (!number) {
    return {};
  }
  var isNumberWithIddPrefix;
  if (number[0] !== "+") {
    var numberWithoutIDD = stripIddPrefix(number, country2 || defaultCountry, defaultCallingCode, metadataJson);
    if (numberWithoutIDD && numberWithoutIDD !== number) {
      isNumberWithIddPrefix = true;
      number = "+" + numberWithoutIDD;
    } else {
      if (country2 || defaultCountry || defaultCallingCode) {
        var _extractCountryCallin = extractCountryCallingCodeFromInternationalNumberWithoutPlusSign(number, country2, defaultCountry, defaultCallingCode, metadataJson), countryCallingCode = _extractCountryCallin.countryCallingCode, shorterNumber = _extractCountryCallin.number;
        if (countryCallingCode) {
          return {
            countryCallingCodeSource: "FROM_NUMBER_WITHOUT_PLUS_SIGN",
            countryCallingCode,
            number: shorterNumber
          };
        }
      }
      return {
        // No need to set it to `UNSPECIFIED`. It can be just `undefined`.
        // countryCallingCodeSource: 'UNSPECIFIED',
        number
      };
    }
  }
  if (number[1] === "0") {
    return {};
  }
  var metadata = new Metadata(metadataJson);
  var i = 2;
  while (i - 1 <= MAX_LENGTH_COUNTRY_CODE && i <= number.length) {
    var _countryCallingCode = number.slice(1, i);
    if (metadata.hasCallingCode(_countryCallingCode)) {
      metadata.selectNumberingPlan(_countryCallingCode);
      return {
        countryCallingCodeSource: isNumberWithIddPrefix ? "FROM_NUMBER_WITH_IDD" : "FROM_NUMBER_WITH_PLUS_SIGN",
        countryCallingCode: _countryCallingCode,
        number: number.slice(i)
      };
    }
    i++;
  }
  return {};
}

// node_modules/libphonenumber-js/es6/helpers/applyInternationalSeparatorStyle.js
function applyInternationalSeparatorStyle(formattedNumber) {
  return formattedNumber.replace(new RegExp("[".concat(VALID_PUNCTUATION, "]+"), "g"), " ").trim();
}

// node_modules/libphonenumber-js/es6/helpers/formatNationalNumberUsingFormat.js
var FIRST_GROUP_PATTERN = /(\$\d)/;
function formatNationalNumberUsingFormat(number, format, _ref) {
  var useInternationalFormat = _ref.useInternationalFormat, withNationalPrefix = _ref.withNationalPrefix, carrierCode = _ref.carrierCode, metadata = _ref.metadata;
  var formattedNumber = number.replace(new RegExp(format.pattern()), useInternationalFormat ? format.internationalFormat() : (
    // This library doesn't use `domestic_carrier_code_formatting_rule`,
    // because that one is only used when formatting phone numbers
    // for dialing from a mobile phone, and this is not a dialing library.
    // carrierCode && format.domesticCarrierCodeFormattingRule()
    // 	// First, replace the $CC in the formatting rule with the desired carrier code.
    // 	// Then, replace the $FG in the formatting rule with the first group
    // 	// and the carrier code combined in the appropriate way.
    // 	? format.format().replace(FIRST_GROUP_PATTERN, format.domesticCarrierCodeFormattingRule().replace('$CC', carrierCode))
    // 	: (
    // 		withNationalPrefix && format.nationalPrefixFormattingRule()
    // 			? format.format().replace(FIRST_GROUP_PATTERN, format.nationalPrefixFormattingRule())
    // 			: format.format()
    // 	)
    withNationalPrefix && format.nationalPrefixFormattingRule() ? format.format().replace(FIRST_GROUP_PATTERN, format.nationalPrefixFormattingRule()) : format.format()
  ));
  if (useInternationalFormat) {
    return applyInternationalSeparatorStyle(formattedNumber);
  }
  return formattedNumber;
}

// node_modules/libphonenumber-js/es6/helpers/getIddPrefix.js
var SINGLE_IDD_PREFIX_REG_EXP = /^[\d]+(?:[~\u2053\u223C\uFF5E][\d]+)?$/;
function getIddPrefix(country2, callingCode, metadata) {
  var countryMetadata = new Metadata(metadata);
  countryMetadata.selectNumberingPlan(country2 || callingCode);
  if (countryMetadata.defaultIDDPrefix()) {
    return countryMetadata.defaultIDDPrefix();
  }
  if (SINGLE_IDD_PREFIX_REG_EXP.test(countryMetadata.IDDPrefix())) {
    return countryMetadata.IDDPrefix();
  }
}

// node_modules/libphonenumber-js/es6/helpers/extension/createExtensionPattern.js
var RFC3966_EXTN_PREFIX = ";ext=";
var getExtensionDigitsPattern = function getExtensionDigitsPattern2(maxLength) {
  return "([".concat(VALID_DIGITS, "]{1,").concat(maxLength, "})");
};
function createExtensionPattern(purpose) {
  var extLimitAfterExplicitLabel = "20";
  var extLimitAfterLikelyLabel = "15";
  var extLimitAfterAmbiguousChar = "9";
  var extLimitWhenNotSure = "6";
  var possibleSeparatorsBetweenNumberAndExtLabel = "[ \xA0\\t,]*";
  var possibleCharsAfterExtLabel = "[:\\.\uFF0E]?[ \xA0\\t,-]*";
  var optionalExtnSuffix = "#?";
  var explicitExtLabels = "(?:e?xt(?:ensi(?:o\u0301?|\xF3))?n?|\uFF45?\uFF58\uFF54\uFF4E?|\u0434\u043E\u0431|anexo)";
  var ambiguousExtLabels = "(?:[x\uFF58#\uFF03~\uFF5E]|int|\uFF49\uFF4E\uFF54)";
  var ambiguousSeparator = "[- ]+";
  var possibleSeparatorsNumberExtLabelNoComma = "[ \xA0\\t]*";
  var autoDiallingAndExtLabelsFound = "(?:,{2}|;)";
  var rfcExtn = RFC3966_EXTN_PREFIX + getExtensionDigitsPattern(extLimitAfterExplicitLabel);
  var explicitExtn = possibleSeparatorsBetweenNumberAndExtLabel + explicitExtLabels + possibleCharsAfterExtLabel + getExtensionDigitsPattern(extLimitAfterExplicitLabel) + optionalExtnSuffix;
  var ambiguousExtn = possibleSeparatorsBetweenNumberAndExtLabel + ambiguousExtLabels + possibleCharsAfterExtLabel + getExtensionDigitsPattern(extLimitAfterAmbiguousChar) + optionalExtnSuffix;
  var americanStyleExtnWithSuffix = ambiguousSeparator + getExtensionDigitsPattern(extLimitWhenNotSure) + "#";
  var autoDiallingExtn = possibleSeparatorsNumberExtLabelNoComma + autoDiallingAndExtLabelsFound + possibleCharsAfterExtLabel + getExtensionDigitsPattern(extLimitAfterLikelyLabel) + optionalExtnSuffix;
  var onlyCommasExtn = possibleSeparatorsNumberExtLabelNoComma + "(?:,)+" + possibleCharsAfterExtLabel + getExtensionDigitsPattern(extLimitAfterAmbiguousChar) + optionalExtnSuffix;
  return rfcExtn + "|" + explicitExtn + "|" + ambiguousExtn + "|" + americanStyleExtnWithSuffix + "|" + autoDiallingExtn + "|" + onlyCommasExtn;
}

// node_modules/libphonenumber-js/es6/helpers/isViablePhoneNumber.js
var MIN_LENGTH_PHONE_NUMBER_PATTERN = "[" + VALID_DIGITS + "]{" + MIN_LENGTH_FOR_NSN + "}";
var VALID_PHONE_NUMBER = "[" + PLUS_CHARS + "]{0,1}(?:[" + VALID_PUNCTUATION + "]*[" + VALID_DIGITS + "]){3,}[" + VALID_PUNCTUATION + VALID_DIGITS + "]*";
var VALID_PHONE_NUMBER_START_REG_EXP = new RegExp("^[" + PLUS_CHARS + "]{0,1}(?:[" + VALID_PUNCTUATION + "]*[" + VALID_DIGITS + "]){1,2}$", "i");
var VALID_PHONE_NUMBER_WITH_EXTENSION = VALID_PHONE_NUMBER + // Phone number extensions
"(?:" + createExtensionPattern() + ")?";
var VALID_PHONE_NUMBER_PATTERN = new RegExp(
  // Either a short two-digit-only phone number
  "^" + MIN_LENGTH_PHONE_NUMBER_PATTERN + "$|^" + VALID_PHONE_NUMBER_WITH_EXTENSION + "$",
  "i"
);
function isViablePhoneNumber(number) {
  return number.length >= MIN_LENGTH_FOR_NSN && VALID_PHONE_NUMBER_PATTERN.test(number);
}
function isViablePhoneNumberStart(number) {
  return VALID_PHONE_NUMBER_START_REG_EXP.test(number);
}

// node_modules/libphonenumber-js/es6/helpers/RFC3966.js
function formatRFC3966(_ref) {
  var number = _ref.number, ext = _ref.ext;
  if (!number) {
    return "";
  }
  if (number[0] !== "+") {
    throw new Error('"formatRFC3966()" expects "number" to be in E.164 format.');
  }
  return "tel:".concat(number).concat(ext ? ";ext=" + ext : "");
}

// node_modules/libphonenumber-js/es6/format.js
var DEFAULT_OPTIONS = {
  formatExtension: function formatExtension(formattedNumber, extension, metadata) {
    return "".concat(formattedNumber).concat(metadata.ext()).concat(extension);
  }
};
function formatNumber2(input, format, options, metadataJson) {
  if (options) {
    options = merge({}, DEFAULT_OPTIONS, options);
  } else {
    options = DEFAULT_OPTIONS;
  }
  var metadata = new Metadata(metadataJson);
  if (input.country && input.country !== "001") {
    if (!metadata.hasCountry(input.country)) {
      throw new Error("Unknown country: ".concat(input.country));
    }
    metadata.selectNumberingPlan(input.country);
  } else if (input.countryCallingCode) {
    metadata.selectNumberingPlan(input.countryCallingCode);
  } else return input.phone || "";
  var countryCallingCode = metadata.countryCallingCode();
  var nationalNumber = options.v2 ? input.nationalNumber : input.phone;
  var number;
  switch (format) {
    case "NATIONAL":
      if (!nationalNumber) {
        return "";
      }
      number = formatNationalNumber(nationalNumber, input.carrierCode, "NATIONAL", metadata, options);
      return addExtension(number, input.ext, metadata, options.formatExtension);
    case "INTERNATIONAL":
      if (!nationalNumber) {
        return "+".concat(countryCallingCode);
      }
      number = formatNationalNumber(nationalNumber, null, "INTERNATIONAL", metadata, options);
      number = "+".concat(countryCallingCode, " ").concat(number);
      return addExtension(number, input.ext, metadata, options.formatExtension);
    case "E.164":
      return "+".concat(countryCallingCode).concat(nationalNumber);
    case "RFC3966":
      return formatRFC3966({
        number: "+".concat(countryCallingCode).concat(nationalNumber),
        ext: input.ext
      });
    // For reference, here's Google's IDD formatter:
    // https://github.com/google/libphonenumber/blob/32719cf74e68796788d1ca45abc85dcdc63ba5b9/java/libphonenumber/src/com/google/i18n/phonenumbers/PhoneNumberUtil.java#L1546
    // Not saying that this IDD formatter replicates it 1:1, but it seems to work.
    // Who would even need to format phone numbers in IDD format anyway?
    case "IDD":
      if (!options.fromCountry) {
        return;
      }
      var formattedNumber = formatIDD(nationalNumber, input.carrierCode, countryCallingCode, options.fromCountry, metadata);
      if (!formattedNumber) {
        return;
      }
      return addExtension(formattedNumber, input.ext, metadata, options.formatExtension);
    default:
      throw new Error('Unknown "format" argument passed to "formatNumber()": "'.concat(format, '"'));
  }
}
function formatNationalNumber(number, carrierCode, formatAs, metadata, options) {
  var format = chooseFormatForNumber(metadata.formats(), number);
  if (!format) {
    return number;
  }
  return formatNationalNumberUsingFormat(number, format, {
    useInternationalFormat: formatAs === "INTERNATIONAL",
    withNationalPrefix: format.nationalPrefixIsOptionalWhenFormattingInNationalFormat() && options && options.nationalPrefix === false ? false : true,
    carrierCode,
    metadata
  });
}
function chooseFormatForNumber(availableFormats, nationalNumber) {
  return pickFirstMatchingElement(availableFormats, function(format) {
    if (format.leadingDigitsPatterns().length > 0) {
      var lastLeadingDigitsPattern = format.leadingDigitsPatterns()[format.leadingDigitsPatterns().length - 1];
      if (nationalNumber.search(lastLeadingDigitsPattern) !== 0) {
        return false;
      }
    }
    return matchesEntirely(nationalNumber, format.pattern());
  });
}
function addExtension(formattedNumber, ext, metadata, formatExtension2) {
  return ext ? formatExtension2(formattedNumber, ext, metadata) : formattedNumber;
}
function formatIDD(nationalNumber, carrierCode, countryCallingCode, fromCountry, metadata) {
  var fromCountryCallingCode = getCountryCallingCode(fromCountry, metadata.metadata);
  if (fromCountryCallingCode === countryCallingCode) {
    var formattedNumber = formatNationalNumber(nationalNumber, carrierCode, "NATIONAL", metadata);
    if (countryCallingCode === "1") {
      return countryCallingCode + " " + formattedNumber;
    }
    return formattedNumber;
  }
  var iddPrefix = getIddPrefix(fromCountry, void 0, metadata.metadata);
  if (iddPrefix) {
    return "".concat(iddPrefix, " ").concat(countryCallingCode, " ").concat(formatNationalNumber(nationalNumber, null, "INTERNATIONAL", metadata));
  }
}
function merge() {
  var i = 1;
  for (var _len = arguments.length, objects = new Array(_len), _key = 0; _key < _len; _key++) {
    objects[_key] = arguments[_key];
  }
  while (i < objects.length) {
    if (objects[i]) {
      for (var key in objects[i]) {
        objects[0][key] = objects[i][key];
      }
    }
    i++;
  }
  return objects[0];
}
function pickFirstMatchingElement(elements, testFunction) {
  var i = 0;
  while (i < elements.length) {
    if (testFunction(elements[i])) {
      return elements[i];
    }
    i++;
  }
}

// node_modules/libphonenumber-js/es6/PhoneNumber.js
function _typeof2(o) {
  "@babel/helpers - typeof";
  return _typeof2 = "function" == typeof Symbol && "symbol" == typeof Symbol.iterator ? function(o2) {
    return typeof o2;
  } : function(o2) {
    return o2 && "function" == typeof Symbol && o2.constructor === Symbol && o2 !== Symbol.prototype ? "symbol" : typeof o2;
  }, _typeof2(o);
}
function ownKeys(e, r) {
  var t = Object.keys(e);
  if (Object.getOwnPropertySymbols) {
    var o = Object.getOwnPropertySymbols(e);
    r && (o = o.filter(function(r2) {
      return Object.getOwnPropertyDescriptor(e, r2).enumerable;
    })), t.push.apply(t, o);
  }
  return t;
}
function _objectSpread(e) {
  for (var r = 1; r < arguments.length; r++) {
    var t = null != arguments[r] ? arguments[r] : {};
    r % 2 ? ownKeys(Object(t), true).forEach(function(r2) {
      _defineProperty(e, r2, t[r2]);
    }) : Object.getOwnPropertyDescriptors ? Object.defineProperties(e, Object.getOwnPropertyDescriptors(t)) : ownKeys(Object(t)).forEach(function(r2) {
      Object.defineProperty(e, r2, Object.getOwnPropertyDescriptor(t, r2));
    });
  }
  return e;
}
function _defineProperty(e, r, t) {
  return (r = _toPropertyKey2(r)) in e ? Object.defineProperty(e, r, { value: t, enumerable: true, configurable: true, writable: true }) : e[r] = t, e;
}
function _classCallCheck2(a, n) {
  if (!(a instanceof n)) throw new TypeError("Cannot call a class as a function");
}
function _defineProperties2(e, r) {
  for (var t = 0; t < r.length; t++) {
    var o = r[t];
    o.enumerable = o.enumerable || false, o.configurable = true, "value" in o && (o.writable = true), Object.defineProperty(e, _toPropertyKey2(o.key), o);
  }
}
function _createClass2(e, r, t) {
  return r && _defineProperties2(e.prototype, r), t && _defineProperties2(e, t), Object.defineProperty(e, "prototype", { writable: false }), e;
}
function _toPropertyKey2(t) {
  var i = _toPrimitive2(t, "string");
  return "symbol" == _typeof2(i) ? i : i + "";
}
function _toPrimitive2(t, r) {
  if ("object" != _typeof2(t) || !t) return t;
  var e = t[Symbol.toPrimitive];
  if (void 0 !== e) {
    var i = e.call(t, r || "default");
    if ("object" != _typeof2(i)) return i;
    throw new TypeError("@@toPrimitive must return a primitive value.");
  }
  return ("string" === r ? String : Number)(t);
}
var PhoneNumber = /* @__PURE__ */ (function() {
  function PhoneNumber2(countryOrCountryCallingCode, nationalNumber, metadata) {
    _classCallCheck2(this, PhoneNumber2);
    if (!countryOrCountryCallingCode) {
      throw new TypeError("First argument is required");
    }
    if (typeof countryOrCountryCallingCode !== "string") {
      throw new TypeError("First argument must be a string");
    }
    if (countryOrCountryCallingCode[0] === "+" && !nationalNumber) {
      throw new TypeError("`metadata` argument not passed");
    }
    if (isObject(nationalNumber) && isObject(nationalNumber.countries)) {
      metadata = nationalNumber;
      var e164Number = countryOrCountryCallingCode;
      if (!E164_NUMBER_REGEXP.test(e164Number)) {
        throw new Error('Invalid `number` argument passed: must consist of a "+" followed by digits');
      }
      var _extractCountryCallin = extractCountryCallingCode(e164Number, void 0, void 0, void 0, metadata), _countryCallingCode = _extractCountryCallin.countryCallingCode, number = _extractCountryCallin.number;
      nationalNumber = number;
      countryOrCountryCallingCode = _countryCallingCode;
      if (!nationalNumber) {
        throw new Error("Invalid `number` argument passed: too short");
      }
    }
    if (!nationalNumber) {
      throw new TypeError("`nationalNumber` argument is required");
    }
    if (typeof nationalNumber !== "string") {
      throw new TypeError("`nationalNumber` argument must be a string");
    }
    validateMetadata(metadata);
    var _getCountryAndCalling = getCountryAndCallingCodeFromOneOfThem(countryOrCountryCallingCode, metadata), country2 = _getCountryAndCalling.country, countryCallingCode = _getCountryAndCalling.callingCode;
    this.country = country2;
    this.countryCallingCode = countryCallingCode;
    this.nationalNumber = nationalNumber;
    this.number = "+" + this.countryCallingCode + this.nationalNumber;
    this.getMetadata = function() {
      return metadata;
    };
  }
  return _createClass2(PhoneNumber2, [{
    key: "setExt",
    value: function setExt(ext) {
      this.ext = ext;
    }
  }, {
    key: "getPossibleCountries",
    value: function getPossibleCountries() {
      if (this.country) {
        return [this.country];
      }
      return getPossibleCountriesForNumber(this.countryCallingCode, this.nationalNumber, this.getMetadata());
    }
  }, {
    key: "isPossible",
    value: function isPossible() {
      return isPossiblePhoneNumber(this, {
        v2: true
      }, this.getMetadata());
    }
  }, {
    key: "isValid",
    value: function isValid() {
      return isValidNumber(this, {
        v2: true
      }, this.getMetadata());
    }
  }, {
    key: "isNonGeographic",
    value: function isNonGeographic() {
      var metadata = new Metadata(this.getMetadata());
      return metadata.isNonGeographicCallingCode(this.countryCallingCode);
    }
  }, {
    key: "isEqual",
    value: function isEqual(phoneNumber) {
      return this.number === phoneNumber.number && this.ext === phoneNumber.ext;
    }
    // `validateLength()` method was originally meant to be an equivalent for `validatePhoneNumberLength()`.
    //
    // Later, it became apparent that it's not really a true equivalent.
    // The reason is that a `PhoneNumber` instance is not created
    // when the phone number string is too short for it to be considered a valid phone number:
    // * When there must be at least 2 national (significant) number digits: `"1"`.
    // * When the country calling code part of an international number is incomplete: `"+12"`.
    //
    // So leaving this `validateLength()` method here would suggest a hidden anti-pattern
    // of using it instead of `validatePhoneNumberLength()` while ignoring
    // the "too short to be even possible" case from phone number length validation.
    // And ignoring that case wouldn't make any sense in a real-world application
    // because it would still be a valid case that should be handled.
    //
    // Because of that, this method was eventually commented out in order to not introduce
    // that kind of an anti-pattern.
    //
    // validateLength() {
    // 	const result = checkNumberLength(
    // 		this.nationalNumber,
    // 		undefined,
    // 		this.getMetadata()
    // 	)
    // 	if (result !== 'IS_POSSIBLE') {
    // 		return result
    // 	}
    // }
  }, {
    key: "getType",
    value: function getType2() {
      return getNumberType(this, {
        v2: true
      }, this.getMetadata());
    }
  }, {
    key: "format",
    value: function format(_format, options) {
      return formatNumber2(this, _format, options ? _objectSpread(_objectSpread({}, options), {}, {
        v2: true
      }) : {
        v2: true
      }, this.getMetadata());
    }
  }, {
    key: "formatNational",
    value: function formatNational(options) {
      return this.format("NATIONAL", options);
    }
  }, {
    key: "formatInternational",
    value: function formatInternational(options) {
      return this.format("INTERNATIONAL", options);
    }
  }, {
    key: "getURI",
    value: function getURI(options) {
      return this.format("RFC3966", options);
    }
  }]);
})();
var E164_NUMBER_REGEXP = /^\+\d+$/;

// node_modules/libphonenumber-js/es6/ParseError.js
function _typeof3(o) {
  "@babel/helpers - typeof";
  return _typeof3 = "function" == typeof Symbol && "symbol" == typeof Symbol.iterator ? function(o2) {
    return typeof o2;
  } : function(o2) {
    return o2 && "function" == typeof Symbol && o2.constructor === Symbol && o2 !== Symbol.prototype ? "symbol" : typeof o2;
  }, _typeof3(o);
}
function _defineProperties3(e, r) {
  for (var t = 0; t < r.length; t++) {
    var o = r[t];
    o.enumerable = o.enumerable || false, o.configurable = true, "value" in o && (o.writable = true), Object.defineProperty(e, _toPropertyKey3(o.key), o);
  }
}
function _createClass3(e, r, t) {
  return r && _defineProperties3(e.prototype, r), t && _defineProperties3(e, t), Object.defineProperty(e, "prototype", { writable: false }), e;
}
function _toPropertyKey3(t) {
  var i = _toPrimitive3(t, "string");
  return "symbol" == _typeof3(i) ? i : i + "";
}
function _toPrimitive3(t, r) {
  if ("object" != _typeof3(t) || !t) return t;
  var e = t[Symbol.toPrimitive];
  if (void 0 !== e) {
    var i = e.call(t, r || "default");
    if ("object" != _typeof3(i)) return i;
    throw new TypeError("@@toPrimitive must return a primitive value.");
  }
  return ("string" === r ? String : Number)(t);
}
function _classCallCheck3(a, n) {
  if (!(a instanceof n)) throw new TypeError("Cannot call a class as a function");
}
function _callSuper(t, o, e) {
  return o = _getPrototypeOf(o), _possibleConstructorReturn(t, _isNativeReflectConstruct() ? Reflect.construct(o, e || [], _getPrototypeOf(t).constructor) : o.apply(t, e));
}
function _possibleConstructorReturn(t, e) {
  if (e && ("object" == _typeof3(e) || "function" == typeof e)) return e;
  if (void 0 !== e) throw new TypeError("Derived constructors may only return object or undefined");
  return _assertThisInitialized(t);
}
function _assertThisInitialized(e) {
  if (void 0 === e) throw new ReferenceError("this hasn't been initialised - super() hasn't been called");
  return e;
}
function _inherits(t, e) {
  if ("function" != typeof e && null !== e) throw new TypeError("Super expression must either be null or a function");
  t.prototype = Object.create(e && e.prototype, { constructor: { value: t, writable: true, configurable: true } }), Object.defineProperty(t, "prototype", { writable: false }), e && _setPrototypeOf(t, e);
}
function _wrapNativeSuper(t) {
  var r = "function" == typeof Map ? /* @__PURE__ */ new Map() : void 0;
  return _wrapNativeSuper = function _wrapNativeSuper2(t2) {
    if (null === t2 || !_isNativeFunction(t2)) return t2;
    if ("function" != typeof t2) throw new TypeError("Super expression must either be null or a function");
    if (void 0 !== r) {
      if (r.has(t2)) return r.get(t2);
      r.set(t2, Wrapper);
    }
    function Wrapper() {
      return _construct(t2, arguments, _getPrototypeOf(this).constructor);
    }
    return Wrapper.prototype = Object.create(t2.prototype, { constructor: { value: Wrapper, enumerable: false, writable: true, configurable: true } }), _setPrototypeOf(Wrapper, t2);
  }, _wrapNativeSuper(t);
}
function _construct(t, e, r) {
  if (_isNativeReflectConstruct()) return Reflect.construct.apply(null, arguments);
  var o = [null];
  o.push.apply(o, e);
  var p = new (t.bind.apply(t, o))();
  return r && _setPrototypeOf(p, r.prototype), p;
}
function _isNativeReflectConstruct() {
  try {
    var t = !Boolean.prototype.valueOf.call(Reflect.construct(Boolean, [], function() {
    }));
  } catch (t2) {
  }
  return (_isNativeReflectConstruct = function _isNativeReflectConstruct2() {
    return !!t;
  })();
}
function _isNativeFunction(t) {
  try {
    return -1 !== Function.toString.call(t).indexOf("[native code]");
  } catch (n) {
    return "function" == typeof t;
  }
}
function _setPrototypeOf(t, e) {
  return _setPrototypeOf = Object.setPrototypeOf ? Object.setPrototypeOf.bind() : function(t2, e2) {
    return t2.__proto__ = e2, t2;
  }, _setPrototypeOf(t, e);
}
function _getPrototypeOf(t) {
  return _getPrototypeOf = Object.setPrototypeOf ? Object.getPrototypeOf.bind() : function(t2) {
    return t2.__proto__ || Object.getPrototypeOf(t2);
  }, _getPrototypeOf(t);
}
var ParseError = /* @__PURE__ */ (function(_Error) {
  function ParseError2(code) {
    var _this;
    _classCallCheck3(this, ParseError2);
    _this = _callSuper(this, ParseError2, [code]);
    Object.setPrototypeOf(_this, ParseError2.prototype);
    _this.name = _this.constructor.name;
    return _this;
  }
  _inherits(ParseError2, _Error);
  return _createClass3(ParseError2);
})(/* @__PURE__ */ _wrapNativeSuper(Error));

// node_modules/libphonenumber-js/es6/helpers/extension/extractExtension.js
var EXTN_PATTERN = new RegExp("(?:" + createExtensionPattern() + ")$", "i");
function extractExtension(number) {
  var start = number.search(EXTN_PATTERN);
  if (start < 0) {
    return {};
  }
  var numberWithoutExtension = number.slice(0, start);
  var matches = number.match(EXTN_PATTERN);
  var i = 1;
  while (i < matches.length) {
    if (matches[i]) {
      return {
        number: numberWithoutExtension,
        ext: matches[i]
      };
    }
    i++;
  }
}

// node_modules/libphonenumber-js/es6/helpers/parseDigits.js
function _createForOfIteratorHelperLoose4(r, e) {
  var t = "undefined" != typeof Symbol && r[Symbol.iterator] || r["@@iterator"];
  if (t) return (t = t.call(r)).next.bind(t);
  if (Array.isArray(r) || (t = _unsupportedIterableToArray4(r)) || e && r && "number" == typeof r.length) {
    t && (r = t);
    var o = 0;
    return function() {
      return o >= r.length ? { done: true } : { done: false, value: r[o++] };
    };
  }
  throw new TypeError("Invalid attempt to iterate non-iterable instance.\nIn order to be iterable, non-array objects must have a [Symbol.iterator]() method.");
}
function _unsupportedIterableToArray4(r, a) {
  if (r) {
    if ("string" == typeof r) return _arrayLikeToArray4(r, a);
    var t = {}.toString.call(r).slice(8, -1);
    return "Object" === t && r.constructor && (t = r.constructor.name), "Map" === t || "Set" === t ? Array.from(r) : "Arguments" === t || /^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(t) ? _arrayLikeToArray4(r, a) : void 0;
  }
}
function _arrayLikeToArray4(r, a) {
  (null == a || a > r.length) && (a = r.length);
  for (var e = 0, n = Array(a); e < a; e++) n[e] = r[e];
  return n;
}
var DIGITS = {
  "0": "0",
  "1": "1",
  "2": "2",
  "3": "3",
  "4": "4",
  "5": "5",
  "6": "6",
  "7": "7",
  "8": "8",
  "9": "9",
  "\uFF10": "0",
  // Fullwidth digit 0
  "\uFF11": "1",
  // Fullwidth digit 1
  "\uFF12": "2",
  // Fullwidth digit 2
  "\uFF13": "3",
  // Fullwidth digit 3
  "\uFF14": "4",
  // Fullwidth digit 4
  "\uFF15": "5",
  // Fullwidth digit 5
  "\uFF16": "6",
  // Fullwidth digit 6
  "\uFF17": "7",
  // Fullwidth digit 7
  "\uFF18": "8",
  // Fullwidth digit 8
  "\uFF19": "9",
  // Fullwidth digit 9
  "\u0660": "0",
  // Arabic-indic digit 0
  "\u0661": "1",
  // Arabic-indic digit 1
  "\u0662": "2",
  // Arabic-indic digit 2
  "\u0663": "3",
  // Arabic-indic digit 3
  "\u0664": "4",
  // Arabic-indic digit 4
  "\u0665": "5",
  // Arabic-indic digit 5
  "\u0666": "6",
  // Arabic-indic digit 6
  "\u0667": "7",
  // Arabic-indic digit 7
  "\u0668": "8",
  // Arabic-indic digit 8
  "\u0669": "9",
  // Arabic-indic digit 9
  "\u06F0": "0",
  // Eastern-Arabic digit 0
  "\u06F1": "1",
  // Eastern-Arabic digit 1
  "\u06F2": "2",
  // Eastern-Arabic digit 2
  "\u06F3": "3",
  // Eastern-Arabic digit 3
  "\u06F4": "4",
  // Eastern-Arabic digit 4
  "\u06F5": "5",
  // Eastern-Arabic digit 5
  "\u06F6": "6",
  // Eastern-Arabic digit 6
  "\u06F7": "7",
  // Eastern-Arabic digit 7
  "\u06F8": "8",
  // Eastern-Arabic digit 8
  "\u06F9": "9"
  // Eastern-Arabic digit 9
};
function parseDigit(character) {
  return DIGITS[character];
}
function parseDigits(string) {
  var result2 = "";
  for (var _iterator = _createForOfIteratorHelperLoose4(string.split("")), _step; !(_step = _iterator()).done; ) {
    var character = _step.value;
    var digit = parseDigit(character);
    if (digit) {
      result2 += digit;
    }
  }
  return result2;
}

// node_modules/libphonenumber-js/es6/parseIncompletePhoneNumber.js
function _createForOfIteratorHelperLoose5(r, e) {
  var t = "undefined" != typeof Symbol && r[Symbol.iterator] || r["@@iterator"];
  if (t) return (t = t.call(r)).next.bind(t);
  if (Array.isArray(r) || (t = _unsupportedIterableToArray5(r)) || e && r && "number" == typeof r.length) {
    t && (r = t);
    var o = 0;
    return function() {
      return o >= r.length ? { done: true } : { done: false, value: r[o++] };
    };
  }
  throw new TypeError("Invalid attempt to iterate non-iterable instance.\nIn order to be iterable, non-array objects must have a [Symbol.iterator]() method.");
}
function _unsupportedIterableToArray5(r, a) {
  if (r) {
    if ("string" == typeof r) return _arrayLikeToArray5(r, a);
    var t = {}.toString.call(r).slice(8, -1);
    return "Object" === t && r.constructor && (t = r.constructor.name), "Map" === t || "Set" === t ? Array.from(r) : "Arguments" === t || /^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(t) ? _arrayLikeToArray5(r, a) : void 0;
  }
}
function _arrayLikeToArray5(r, a) {
  (null == a || a > r.length) && (a = r.length);
  for (var e = 0, n = Array(a); e < a; e++) n[e] = r[e];
  return n;
}
function parseIncompletePhoneNumber(string) {
  var result2 = "";
  for (var _iterator = _createForOfIteratorHelperLoose5(string.split("")), _step; !(_step = _iterator()).done; ) {
    var character = _step.value;
    result2 += parsePhoneNumberCharacter(character, result2) || "";
  }
  return result2;
}
function parsePhoneNumberCharacter(character, prevParsedCharacters, eventListener) {
  if (character === "+") {
    if (prevParsedCharacters) {
      if (typeof eventListener === "function") {
        eventListener("end");
      }
      return;
    }
    return "+";
  }
  return parseDigit(character);
}

// node_modules/libphonenumber-js/es6/helpers/extractPhoneContext.js
var PLUS_SIGN = "+";
var RFC3966_VISUAL_SEPARATOR_ = "[\\-\\.\\(\\)]?";
var RFC3966_PHONE_DIGIT_ = "([" + VALID_DIGITS + "]|" + RFC3966_VISUAL_SEPARATOR_ + ")";
var RFC3966_GLOBAL_NUMBER_DIGITS_ = "^\\" + PLUS_SIGN + RFC3966_PHONE_DIGIT_ + "*[" + VALID_DIGITS + "]" + RFC3966_PHONE_DIGIT_ + "*$";
var RFC3966_GLOBAL_NUMBER_DIGITS_PATTERN_ = new RegExp(RFC3966_GLOBAL_NUMBER_DIGITS_, "g");
var ALPHANUM_ = VALID_DIGITS;
var RFC3966_DOMAINLABEL_ = "[" + ALPHANUM_ + "]+((\\-)*[" + ALPHANUM_ + "])*";
var VALID_ALPHA_ = "a-zA-Z";
var RFC3966_TOPLABEL_ = "[" + VALID_ALPHA_ + "]+((\\-)*[" + ALPHANUM_ + "])*";
var RFC3966_DOMAINNAME_ = "^(" + RFC3966_DOMAINLABEL_ + "\\.)*" + RFC3966_TOPLABEL_ + "\\.?$";
var RFC3966_DOMAINNAME_PATTERN_ = new RegExp(RFC3966_DOMAINNAME_, "g");
var RFC3966_PREFIX_ = "tel:";
var RFC3966_PHONE_CONTEXT_ = ";phone-context=";
var RFC3966_ISDN_SUBADDRESS_ = ";isub=";
function extractPhoneContext(numberToExtractFrom) {
  var indexOfPhoneContext = numberToExtractFrom.indexOf(RFC3966_PHONE_CONTEXT_);
  if (indexOfPhoneContext < 0) {
    return null;
  }
  var phoneContextStart = indexOfPhoneContext + RFC3966_PHONE_CONTEXT_.length;
  if (phoneContextStart >= numberToExtractFrom.length) {
    return "";
  }
  var phoneContextEnd = numberToExtractFrom.indexOf(";", phoneContextStart);
  if (phoneContextEnd >= 0) {
    return numberToExtractFrom.substring(phoneContextStart, phoneContextEnd);
  } else {
    return numberToExtractFrom.substring(phoneContextStart);
  }
}
function isPhoneContextValid(phoneContext) {
  if (phoneContext === null) {
    return true;
  }
  if (phoneContext.length === 0) {
    return false;
  }
  return RFC3966_GLOBAL_NUMBER_DIGITS_PATTERN_.test(phoneContext) || RFC3966_DOMAINNAME_PATTERN_.test(phoneContext);
}

// node_modules/libphonenumber-js/es6/helpers/extractFormattedPhoneNumberFromPossibleRfc3966NumberUri.js
function extractFormattedPhoneNumberFromPossibleRfc3966NumberUri(numberToParse, _ref) {
  var extractFormattedPhoneNumber = _ref.extractFormattedPhoneNumber;
  var phoneContext = extractPhoneContext(numberToParse);
  if (!isPhoneContextValid(phoneContext)) {
    throw new ParseError("NOT_A_NUMBER");
  }
  var phoneNumberString;
  if (phoneContext === null) {
    phoneNumberString = extractFormattedPhoneNumber(numberToParse) || "";
  } else {
    phoneNumberString = "";
    if (phoneContext.charAt(0) === PLUS_SIGN) {
      phoneNumberString += phoneContext;
    }
    var indexOfRfc3966Prefix = numberToParse.indexOf(RFC3966_PREFIX_);
    var indexOfNationalNumber;
    if (indexOfRfc3966Prefix >= 0) {
      indexOfNationalNumber = indexOfRfc3966Prefix + RFC3966_PREFIX_.length;
    } else {
      indexOfNationalNumber = 0;
    }
    var indexOfPhoneContext = numberToParse.indexOf(RFC3966_PHONE_CONTEXT_);
    phoneNumberString += numberToParse.substring(indexOfNationalNumber, indexOfPhoneContext);
  }
  var indexOfIsdn = phoneNumberString.indexOf(RFC3966_ISDN_SUBADDRESS_);
  if (indexOfIsdn > 0) {
    phoneNumberString = phoneNumberString.substring(0, indexOfIsdn);
  }
  if (phoneNumberString !== "") {
    return phoneNumberString;
  }
}

// node_modules/libphonenumber-js/es6/parse.js
var MAX_INPUT_STRING_LENGTH = 250;
var PHONE_NUMBER_START_PATTERN = new RegExp("[" + PLUS_CHARS + VALID_DIGITS + "]");
var AFTER_PHONE_NUMBER_END_PATTERN = new RegExp("[^" + VALID_DIGITS + "#]+$");
var USE_NON_GEOGRAPHIC_COUNTRY_CODE3 = false;
function parse(text, options, metadataJson) {
  options = options || {};
  var metadata = new Metadata(metadataJson);
  if (options.defaultCountry && !metadata.hasCountry(options.defaultCountry)) {
    if (options.v2) {
      throw new ParseError("INVALID_COUNTRY");
    }
    throw new Error("Unknown country: ".concat(options.defaultCountry));
  }
  var _parseInput = parseInput(text, options.v2, options.extract), formattedPhoneNumber = _parseInput.number, ext = _parseInput.ext, error = _parseInput.error;
  if (!formattedPhoneNumber) {
    if (options.v2) {
      if (error === "TOO_SHORT") {
        throw new ParseError("TOO_SHORT");
      }
      throw new ParseError("NOT_A_NUMBER");
    }
    return {};
  }
  var _parsePhoneNumber = parsePhoneNumber(
    formattedPhoneNumber,
    options.defaultCountry,
    options.defaultCallingCode,
    // If `country` is returned, its numbering plan will also be selected in `metadata`.
    // Otherwise, if `countryCallingCode` is returned, its numbering plan will also be selected in `metadata`.
    // Otherwise, if neither `country` nor `countryCallingCode` are returned, no numbering plan will be selected in `metadata`.
    metadata
  ), country2 = _parsePhoneNumber.country, nationalNumber = _parsePhoneNumber.nationalNumber, countryCallingCode = _parsePhoneNumber.countryCallingCode, countryCallingCodeSource = _parsePhoneNumber.countryCallingCodeSource, carrierCode = _parsePhoneNumber.carrierCode;
  if (!metadata.hasSelectedNumberingPlan()) {
    if (options.v2) {
      throw new ParseError("INVALID_COUNTRY");
    }
    return {};
  }
  if (!nationalNumber || nationalNumber.length < MIN_LENGTH_FOR_NSN) {
    if (options.v2) {
      throw new ParseError("TOO_SHORT");
    }
    return {};
  }
  if (nationalNumber.length > MAX_LENGTH_FOR_NSN) {
    if (options.v2) {
      throw new ParseError("TOO_LONG");
    }
    return {};
  }
  if (options.v2) {
    var phoneNumber = new PhoneNumber(countryCallingCode, nationalNumber, metadata.metadata);
    if (country2) {
      phoneNumber.country = country2;
    }
    if (carrierCode) {
      phoneNumber.carrierCode = carrierCode;
    }
    if (ext) {
      phoneNumber.ext = ext;
    }
    phoneNumber.__countryCallingCodeSource = countryCallingCodeSource;
    return phoneNumber;
  }
  var valid = (options.extended ? metadata.hasSelectedNumberingPlan() : country2) ? matchesEntirely(nationalNumber, metadata.nationalNumberPattern()) : false;
  if (!options.extended) {
    return valid ? result(country2, nationalNumber, ext) : {};
  }
  return {
    country: country2,
    countryCallingCode,
    carrierCode,
    valid,
    possible: valid ? true : options.extended === true && metadata.possibleLengths() && isPossibleNumber(nationalNumber, metadata) ? true : false,
    phone: nationalNumber,
    ext
  };
}
function _extractFormattedPhoneNumber(text, extract, throwOnError) {
  if (!text) {
    return;
  }
  if (text.length > MAX_INPUT_STRING_LENGTH) {
    if (throwOnError) {
      throw new ParseError("TOO_LONG");
    }
    return;
  }
  if (extract === false) {
    return text;
  }
  var startsAt = text.search(PHONE_NUMBER_START_PATTERN);
  if (startsAt < 0) {
    return;
  }
  return text.slice(startsAt).replace(AFTER_PHONE_NUMBER_END_PATTERN, "");
}
function parseInput(text, v2, extract) {
  var number = extractFormattedPhoneNumberFromPossibleRfc3966NumberUri(text, {
    extractFormattedPhoneNumber: function extractFormattedPhoneNumber(text2) {
      return _extractFormattedPhoneNumber(text2, extract, v2);
    }
  });
  if (!number) {
    return {};
  }
  if (!isViablePhoneNumber(number)) {
    if (isViablePhoneNumberStart(number)) {
      return {
        error: "TOO_SHORT"
      };
    }
    return {};
  }
  var withExtensionStripped = extractExtension(number);
  if (withExtensionStripped.ext) {
    return withExtensionStripped;
  }
  return {
    number
  };
}
function result(country2, nationalNumber, ext) {
  var result2 = {
    country: country2,
    phone: nationalNumber
  };
  if (ext) {
    result2.ext = ext;
  }
  return result2;
}
function parsePhoneNumber(formattedPhoneNumber, defaultCountry, defaultCallingCode, metadata) {
  var _extractCountryCallin = extractCountryCallingCode(
    parseIncompletePhoneNumber(formattedPhoneNumber),
    void 0,
    // `defaultCountry` and `defaultCallingCode` are only used to detect
    // if it's an "international" phone number or not. They won't be used
    // to derive the resulting `countryCallingCode` from them, or anything like that.
    defaultCountry,
    defaultCallingCode,
    metadata.metadata
  ), countryCallingCodeSource = _extractCountryCallin.countryCallingCodeSource, countryCallingCode = _extractCountryCallin.countryCallingCode, number = _extractCountryCallin.number;
  var country2;
  if (countryCallingCode) {
    metadata.selectNumberingPlan(countryCallingCode);
  } else if (number && (defaultCountry || defaultCallingCode)) {
    if (defaultCountry) {
      country2 = defaultCountry;
      metadata.selectNumberingPlan(defaultCountry);
      countryCallingCode = metadata.numberingPlan.callingCode();
    } else {
      metadata.selectNumberingPlan(defaultCallingCode);
      countryCallingCode = defaultCallingCode;
      if (USE_NON_GEOGRAPHIC_COUNTRY_CODE3) {
        if (metadata.isNonGeographicCallingCode(countryCallingCode)) {
          country2 = "001";
        }
      }
    }
  } else return {};
  if (!number) {
    return {
      countryCallingCodeSource,
      countryCallingCode
    };
  }
  var _extractNationalNumbe = extractNationalNumber(parseIncompletePhoneNumber(number), void 0, metadata), nationalNumber = _extractNationalNumbe.nationalNumber, carrierCode = _extractNationalNumbe.carrierCode;
  var exactCountry = getCountryByCallingCode(countryCallingCode, {
    nationalNumber,
    metadata
  });
  if (exactCountry) {
    country2 = exactCountry;
    if (exactCountry === "001") {
    } else {
      metadata.selectNumberingPlan(country2);
    }
  }
  return {
    country: country2,
    countryCallingCode,
    countryCallingCodeSource,
    nationalNumber,
    carrierCode
  };
}

// node_modules/libphonenumber-js/es6/parsePhoneNumberWithError_.js
function _typeof4(o) {
  "@babel/helpers - typeof";
  return _typeof4 = "function" == typeof Symbol && "symbol" == typeof Symbol.iterator ? function(o2) {
    return typeof o2;
  } : function(o2) {
    return o2 && "function" == typeof Symbol && o2.constructor === Symbol && o2 !== Symbol.prototype ? "symbol" : typeof o2;
  }, _typeof4(o);
}
function ownKeys2(e, r) {
  var t = Object.keys(e);
  if (Object.getOwnPropertySymbols) {
    var o = Object.getOwnPropertySymbols(e);
    r && (o = o.filter(function(r2) {
      return Object.getOwnPropertyDescriptor(e, r2).enumerable;
    })), t.push.apply(t, o);
  }
  return t;
}
function _objectSpread2(e) {
  for (var r = 1; r < arguments.length; r++) {
    var t = null != arguments[r] ? arguments[r] : {};
    r % 2 ? ownKeys2(Object(t), true).forEach(function(r2) {
      _defineProperty2(e, r2, t[r2]);
    }) : Object.getOwnPropertyDescriptors ? Object.defineProperties(e, Object.getOwnPropertyDescriptors(t)) : ownKeys2(Object(t)).forEach(function(r2) {
      Object.defineProperty(e, r2, Object.getOwnPropertyDescriptor(t, r2));
    });
  }
  return e;
}
function _defineProperty2(e, r, t) {
  return (r = _toPropertyKey4(r)) in e ? Object.defineProperty(e, r, { value: t, enumerable: true, configurable: true, writable: true }) : e[r] = t, e;
}
function _toPropertyKey4(t) {
  var i = _toPrimitive4(t, "string");
  return "symbol" == _typeof4(i) ? i : i + "";
}
function _toPrimitive4(t, r) {
  if ("object" != _typeof4(t) || !t) return t;
  var e = t[Symbol.toPrimitive];
  if (void 0 !== e) {
    var i = e.call(t, r || "default");
    if ("object" != _typeof4(i)) return i;
    throw new TypeError("@@toPrimitive must return a primitive value.");
  }
  return ("string" === r ? String : Number)(t);
}
function parsePhoneNumberWithError(text, options, metadata) {
  return parse(text, _objectSpread2(_objectSpread2({}, options), {}, {
    v2: true
  }), metadata);
}

// node_modules/libphonenumber-js/es6/normalizeArguments.js
function _typeof5(o) {
  "@babel/helpers - typeof";
  return _typeof5 = "function" == typeof Symbol && "symbol" == typeof Symbol.iterator ? function(o2) {
    return typeof o2;
  } : function(o2) {
    return o2 && "function" == typeof Symbol && o2.constructor === Symbol && o2 !== Symbol.prototype ? "symbol" : typeof o2;
  }, _typeof5(o);
}
function ownKeys3(e, r) {
  var t = Object.keys(e);
  if (Object.getOwnPropertySymbols) {
    var o = Object.getOwnPropertySymbols(e);
    r && (o = o.filter(function(r2) {
      return Object.getOwnPropertyDescriptor(e, r2).enumerable;
    })), t.push.apply(t, o);
  }
  return t;
}
function _objectSpread3(e) {
  for (var r = 1; r < arguments.length; r++) {
    var t = null != arguments[r] ? arguments[r] : {};
    r % 2 ? ownKeys3(Object(t), true).forEach(function(r2) {
      _defineProperty3(e, r2, t[r2]);
    }) : Object.getOwnPropertyDescriptors ? Object.defineProperties(e, Object.getOwnPropertyDescriptors(t)) : ownKeys3(Object(t)).forEach(function(r2) {
      Object.defineProperty(e, r2, Object.getOwnPropertyDescriptor(t, r2));
    });
  }
  return e;
}
function _defineProperty3(e, r, t) {
  return (r = _toPropertyKey5(r)) in e ? Object.defineProperty(e, r, { value: t, enumerable: true, configurable: true, writable: true }) : e[r] = t, e;
}
function _toPropertyKey5(t) {
  var i = _toPrimitive5(t, "string");
  return "symbol" == _typeof5(i) ? i : i + "";
}
function _toPrimitive5(t, r) {
  if ("object" != _typeof5(t) || !t) return t;
  var e = t[Symbol.toPrimitive];
  if (void 0 !== e) {
    var i = e.call(t, r || "default");
    if ("object" != _typeof5(i)) return i;
    throw new TypeError("@@toPrimitive must return a primitive value.");
  }
  return ("string" === r ? String : Number)(t);
}
function _slicedToArray(r, e) {
  return _arrayWithHoles(r) || _iterableToArrayLimit(r, e) || _unsupportedIterableToArray6(r, e) || _nonIterableRest();
}
function _nonIterableRest() {
  throw new TypeError("Invalid attempt to destructure non-iterable instance.\nIn order to be iterable, non-array objects must have a [Symbol.iterator]() method.");
}
function _unsupportedIterableToArray6(r, a) {
  if (r) {
    if ("string" == typeof r) return _arrayLikeToArray6(r, a);
    var t = {}.toString.call(r).slice(8, -1);
    return "Object" === t && r.constructor && (t = r.constructor.name), "Map" === t || "Set" === t ? Array.from(r) : "Arguments" === t || /^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(t) ? _arrayLikeToArray6(r, a) : void 0;
  }
}
function _arrayLikeToArray6(r, a) {
  (null == a || a > r.length) && (a = r.length);
  for (var e = 0, n = Array(a); e < a; e++) n[e] = r[e];
  return n;
}
function _iterableToArrayLimit(r, l) {
  var t = null == r ? null : "undefined" != typeof Symbol && r[Symbol.iterator] || r["@@iterator"];
  if (null != t) {
    var e, n, i, u, a = [], f = true, o = false;
    try {
      if (i = (t = t.call(r)).next, 0 === l) {
        if (Object(t) !== t) return;
        f = false;
      } else for (; !(f = (e = i.call(t)).done) && (a.push(e.value), a.length !== l); f = true) ;
    } catch (r2) {
      o = true, n = r2;
    } finally {
      try {
        if (!f && null != t["return"] && (u = t["return"](), Object(u) !== u)) return;
      } finally {
        if (o) throw n;
      }
    }
    return a;
  }
}
function _arrayWithHoles(r) {
  if (Array.isArray(r)) return r;
}
function normalizeArguments(args) {
  var _Array$prototype$slic = Array.prototype.slice.call(args), _Array$prototype$slic2 = _slicedToArray(_Array$prototype$slic, 4), arg_1 = _Array$prototype$slic2[0], arg_2 = _Array$prototype$slic2[1], arg_3 = _Array$prototype$slic2[2], arg_4 = _Array$prototype$slic2[3];
  var text;
  var options;
  var metadata;
  if (typeof arg_1 === "string") {
    text = arg_1;
  } else throw new TypeError("A text for parsing must be a string.");
  if (!arg_2 || typeof arg_2 === "string") {
    if (arg_4) {
      options = arg_3;
      metadata = arg_4;
    } else {
      options = void 0;
      metadata = arg_3;
    }
    if (arg_2) {
      options = _objectSpread3({
        defaultCountry: arg_2
      }, options);
    }
  } else if (isObject(arg_2)) {
    if (arg_3) {
      options = arg_2;
      metadata = arg_3;
    } else {
      metadata = arg_2;
    }
  } else throw new Error("Invalid second argument: ".concat(arg_2));
  return {
    text,
    options,
    metadata
  };
}

// node_modules/libphonenumber-js/es6/parsePhoneNumber_.js
function _typeof6(o) {
  "@babel/helpers - typeof";
  return _typeof6 = "function" == typeof Symbol && "symbol" == typeof Symbol.iterator ? function(o2) {
    return typeof o2;
  } : function(o2) {
    return o2 && "function" == typeof Symbol && o2.constructor === Symbol && o2 !== Symbol.prototype ? "symbol" : typeof o2;
  }, _typeof6(o);
}
function ownKeys4(e, r) {
  var t = Object.keys(e);
  if (Object.getOwnPropertySymbols) {
    var o = Object.getOwnPropertySymbols(e);
    r && (o = o.filter(function(r2) {
      return Object.getOwnPropertyDescriptor(e, r2).enumerable;
    })), t.push.apply(t, o);
  }
  return t;
}
function _objectSpread4(e) {
  for (var r = 1; r < arguments.length; r++) {
    var t = null != arguments[r] ? arguments[r] : {};
    r % 2 ? ownKeys4(Object(t), true).forEach(function(r2) {
      _defineProperty4(e, r2, t[r2]);
    }) : Object.getOwnPropertyDescriptors ? Object.defineProperties(e, Object.getOwnPropertyDescriptors(t)) : ownKeys4(Object(t)).forEach(function(r2) {
      Object.defineProperty(e, r2, Object.getOwnPropertyDescriptor(t, r2));
    });
  }
  return e;
}
function _defineProperty4(e, r, t) {
  return (r = _toPropertyKey6(r)) in e ? Object.defineProperty(e, r, { value: t, enumerable: true, configurable: true, writable: true }) : e[r] = t, e;
}
function _toPropertyKey6(t) {
  var i = _toPrimitive6(t, "string");
  return "symbol" == _typeof6(i) ? i : i + "";
}
function _toPrimitive6(t, r) {
  if ("object" != _typeof6(t) || !t) return t;
  var e = t[Symbol.toPrimitive];
  if (void 0 !== e) {
    var i = e.call(t, r || "default");
    if ("object" != _typeof6(i)) return i;
    throw new TypeError("@@toPrimitive must return a primitive value.");
  }
  return ("string" === r ? String : Number)(t);
}
function parsePhoneNumber2(text, options, metadata) {
  if (options && options.defaultCountry && !isSupportedCountry(options.defaultCountry, metadata)) {
    options = _objectSpread4(_objectSpread4({}, options), {}, {
      defaultCountry: void 0
    });
  }
  try {
    return parsePhoneNumberWithError(text, options, metadata);
  } catch (error) {
    if (error instanceof ParseError) {
    } else {
      throw error;
    }
  }
}

// node_modules/libphonenumber-js/es6/parsePhoneNumber.js
function parsePhoneNumber3() {
  var _normalizeArguments = normalizeArguments(arguments), text = _normalizeArguments.text, options = _normalizeArguments.options, metadata = _normalizeArguments.metadata;
  return parsePhoneNumber2(text, options, metadata);
}

// node_modules/libphonenumber-js/es6/findNumbers/LRUCache.js
function _typeof7(o) {
  "@babel/helpers - typeof";
  return _typeof7 = "function" == typeof Symbol && "symbol" == typeof Symbol.iterator ? function(o2) {
    return typeof o2;
  } : function(o2) {
    return o2 && "function" == typeof Symbol && o2.constructor === Symbol && o2 !== Symbol.prototype ? "symbol" : typeof o2;
  }, _typeof7(o);
}
function _defineProperties4(e, r) {
  for (var t = 0; t < r.length; t++) {
    var o = r[t];
    o.enumerable = o.enumerable || false, o.configurable = true, "value" in o && (o.writable = true), Object.defineProperty(e, _toPropertyKey7(o.key), o);
  }
}
function _createClass4(e, r, t) {
  return r && _defineProperties4(e.prototype, r), t && _defineProperties4(e, t), Object.defineProperty(e, "prototype", { writable: false }), e;
}
function _toPropertyKey7(t) {
  var i = _toPrimitive7(t, "string");
  return "symbol" == _typeof7(i) ? i : i + "";
}
function _toPrimitive7(t, r) {
  if ("object" != _typeof7(t) || !t) return t;
  var e = t[Symbol.toPrimitive];
  if (void 0 !== e) {
    var i = e.call(t, r || "default");
    if ("object" != _typeof7(i)) return i;
    throw new TypeError("@@toPrimitive must return a primitive value.");
  }
  return ("string" === r ? String : Number)(t);
}
function _classCallCheck4(a, n) {
  if (!(a instanceof n)) throw new TypeError("Cannot call a class as a function");
}
var Node = /* @__PURE__ */ _createClass4(function Node2(key, value) {
  var next = arguments.length > 2 && arguments[2] !== void 0 ? arguments[2] : null;
  var prev = arguments.length > 3 && arguments[3] !== void 0 ? arguments[3] : null;
  _classCallCheck4(this, Node2);
  this.key = key;
  this.value = value;
  this.next = next;
  this.prev = prev;
});
var LRUCache = /* @__PURE__ */ (function() {
  function LRUCache2() {
    var limit2 = arguments.length > 0 && arguments[0] !== void 0 ? arguments[0] : 10;
    _classCallCheck4(this, LRUCache2);
    this.size = 0;
    this.limit = limit2;
    this.head = null;
    this.tail = null;
    this.cache = {};
  }
  return _createClass4(LRUCache2, [{
    key: "put",
    value: function put(key, value) {
      this.ensureLimit();
      if (!this.head) {
        this.head = this.tail = new Node(key, value);
      } else {
        var node = new Node(key, value, this.head);
        this.head.prev = node;
        this.head = node;
      }
      this.cache[key] = this.head;
      this.size++;
    }
    // Read from cache map and make that node as new Head of LinkedList
  }, {
    key: "get",
    value: function get(key) {
      if (this.cache[key]) {
        var value = this.cache[key].value;
        this.remove(key);
        this.put(key, value);
        return value;
      }
      console.log("Item not available in cache for key ".concat(key));
    }
  }, {
    key: "ensureLimit",
    value: function ensureLimit() {
      if (this.size === this.limit) {
        this.remove(this.tail.key);
      }
    }
  }, {
    key: "remove",
    value: function remove(key) {
      var node = this.cache[key];
      if (node.prev !== null) {
        node.prev.next = node.next;
      } else {
        this.head = node.next;
      }
      if (node.next !== null) {
        node.next.prev = node.prev;
      } else {
        this.tail = node.prev;
      }
      delete this.cache[key];
      this.size--;
    }
  }, {
    key: "clear",
    value: function clear() {
      this.head = null;
      this.tail = null;
      this.size = 0;
      this.cache = {};
    }
    // // Invokes the callback function with every node of the chain and the index of the node.
    // forEach(fn) {
    //   let node = this.head;
    //   let counter = 0;
    //   while (node) {
    //     fn(node, counter);
    //     node = node.next;
    //     counter++;
    //   }
    // }
    // // To iterate over LRU with a 'for...of' loop
    // *[Symbol.iterator]() {
    //   let node = this.head;
    //   while (node) {
    //     yield node;
    //     node = node.next;
    //   }
    // }
  }]);
})();

// node_modules/libphonenumber-js/es6/findNumbers/RegExpCache.js
function _typeof8(o) {
  "@babel/helpers - typeof";
  return _typeof8 = "function" == typeof Symbol && "symbol" == typeof Symbol.iterator ? function(o2) {
    return typeof o2;
  } : function(o2) {
    return o2 && "function" == typeof Symbol && o2.constructor === Symbol && o2 !== Symbol.prototype ? "symbol" : typeof o2;
  }, _typeof8(o);
}
function _classCallCheck5(a, n) {
  if (!(a instanceof n)) throw new TypeError("Cannot call a class as a function");
}
function _defineProperties5(e, r) {
  for (var t = 0; t < r.length; t++) {
    var o = r[t];
    o.enumerable = o.enumerable || false, o.configurable = true, "value" in o && (o.writable = true), Object.defineProperty(e, _toPropertyKey8(o.key), o);
  }
}
function _createClass5(e, r, t) {
  return r && _defineProperties5(e.prototype, r), t && _defineProperties5(e, t), Object.defineProperty(e, "prototype", { writable: false }), e;
}
function _toPropertyKey8(t) {
  var i = _toPrimitive8(t, "string");
  return "symbol" == _typeof8(i) ? i : i + "";
}
function _toPrimitive8(t, r) {
  if ("object" != _typeof8(t) || !t) return t;
  var e = t[Symbol.toPrimitive];
  if (void 0 !== e) {
    var i = e.call(t, r || "default");
    if ("object" != _typeof8(i)) return i;
    throw new TypeError("@@toPrimitive must return a primitive value.");
  }
  return ("string" === r ? String : Number)(t);
}
var RegExpCache = /* @__PURE__ */ (function() {
  function RegExpCache2(size) {
    _classCallCheck5(this, RegExpCache2);
    this.cache = new LRUCache(size);
  }
  return _createClass5(RegExpCache2, [{
    key: "getPatternForRegExp",
    value: function getPatternForRegExp(pattern) {
      var regExp = this.cache.get(pattern);
      if (!regExp) {
        regExp = new RegExp("^" + pattern);
        this.cache.put(pattern, regExp);
      }
      return regExp;
    }
  }]);
})();

// node_modules/libphonenumber-js/es6/findNumbers/util.js
function limit(lower, upper) {
  if (lower < 0 || upper <= 0 || upper < lower) {
    throw new TypeError();
  }
  return "{".concat(lower, ",").concat(upper, "}");
}
function trimAfterFirstMatch(regexp, string) {
  var index = string.search(regexp);
  if (index >= 0) {
    return string.slice(0, index);
  }
  return string;
}
function startsWith(string, substring) {
  return string.indexOf(substring) === 0;
}
function endsWith(string, substring) {
  return string.indexOf(substring, string.length - substring.length) === string.length - substring.length;
}

// node_modules/libphonenumber-js/es6/findNumbers/utf-8.js
var _pZ = " \xA0\u1680\u180E\u2000-\u200A\u2028\u2029\u202F\u205F\u3000";
var pZ = "[".concat(_pZ, "]");
var PZ = "[^".concat(_pZ, "]");
var _pN = "0-9\xB2\xB3\xB9\xBC-\xBE\u0660-\u0669\u06F0-\u06F9\u07C0-\u07C9\u0966-\u096F\u09E6-\u09EF\u09F4-\u09F9\u0A66-\u0A6F\u0AE6-\u0AEF\u0B66-\u0B6F\u0B72-\u0B77\u0BE6-\u0BF2\u0C66-\u0C6F\u0C78-\u0C7E\u0CE6-\u0CEF\u0D66-\u0D75\u0E50-\u0E59\u0ED0-\u0ED9\u0F20-\u0F33\u1040-\u1049\u1090-\u1099\u1369-\u137C\u16EE-\u16F0\u17E0-\u17E9\u17F0-\u17F9\u1810-\u1819\u1946-\u194F\u19D0-\u19DA\u1A80-\u1A89\u1A90-\u1A99\u1B50-\u1B59\u1BB0-\u1BB9\u1C40-\u1C49\u1C50-\u1C59\u2070\u2074-\u2079\u2080-\u2089\u2150-\u2182\u2185-\u2189\u2460-\u249B\u24EA-\u24FF\u2776-\u2793\u2CFD\u3007\u3021-\u3029\u3038-\u303A\u3192-\u3195\u3220-\u3229\u3248-\u324F\u3251-\u325F\u3280-\u3289\u32B1-\u32BF\uA620-\uA629\uA6E6-\uA6EF\uA830-\uA835\uA8D0-\uA8D9\uA900-\uA909\uA9D0-\uA9D9\uAA50-\uAA59\uABF0-\uABF9\uFF10-\uFF19";
var _pNd = "0-9\u0660-\u0669\u06F0-\u06F9\u07C0-\u07C9\u0966-\u096F\u09E6-\u09EF\u0A66-\u0A6F\u0AE6-\u0AEF\u0B66-\u0B6F\u0BE6-\u0BEF\u0C66-\u0C6F\u0CE6-\u0CEF\u0D66-\u0D6F\u0E50-\u0E59\u0ED0-\u0ED9\u0F20-\u0F29\u1040-\u1049\u1090-\u1099\u17E0-\u17E9\u1810-\u1819\u1946-\u194F\u19D0-\u19D9\u1A80-\u1A89\u1A90-\u1A99\u1B50-\u1B59\u1BB0-\u1BB9\u1C40-\u1C49\u1C50-\u1C59\uA620-\uA629\uA8D0-\uA8D9\uA900-\uA909\uA9D0-\uA9D9\uAA50-\uAA59\uABF0-\uABF9\uFF10-\uFF19";
var pNd = "[".concat(_pNd, "]");
var _pL = "A-Za-z\xAA\xB5\xBA\xC0-\xD6\xD8-\xF6\xF8-\u02C1\u02C6-\u02D1\u02E0-\u02E4\u02EC\u02EE\u0370-\u0374\u0376\u0377\u037A-\u037D\u0386\u0388-\u038A\u038C\u038E-\u03A1\u03A3-\u03F5\u03F7-\u0481\u048A-\u0527\u0531-\u0556\u0559\u0561-\u0587\u05D0-\u05EA\u05F0-\u05F2\u0620-\u064A\u066E\u066F\u0671-\u06D3\u06D5\u06E5\u06E6\u06EE\u06EF\u06FA-\u06FC\u06FF\u0710\u0712-\u072F\u074D-\u07A5\u07B1\u07CA-\u07EA\u07F4\u07F5\u07FA\u0800-\u0815\u081A\u0824\u0828\u0840-\u0858\u08A0\u08A2-\u08AC\u0904-\u0939\u093D\u0950\u0958-\u0961\u0971-\u0977\u0979-\u097F\u0985-\u098C\u098F\u0990\u0993-\u09A8\u09AA-\u09B0\u09B2\u09B6-\u09B9\u09BD\u09CE\u09DC\u09DD\u09DF-\u09E1\u09F0\u09F1\u0A05-\u0A0A\u0A0F\u0A10\u0A13-\u0A28\u0A2A-\u0A30\u0A32\u0A33\u0A35\u0A36\u0A38\u0A39\u0A59-\u0A5C\u0A5E\u0A72-\u0A74\u0A85-\u0A8D\u0A8F-\u0A91\u0A93-\u0AA8\u0AAA-\u0AB0\u0AB2\u0AB3\u0AB5-\u0AB9\u0ABD\u0AD0\u0AE0\u0AE1\u0B05-\u0B0C\u0B0F\u0B10\u0B13-\u0B28\u0B2A-\u0B30\u0B32\u0B33\u0B35-\u0B39\u0B3D\u0B5C\u0B5D\u0B5F-\u0B61\u0B71\u0B83\u0B85-\u0B8A\u0B8E-\u0B90\u0B92-\u0B95\u0B99\u0B9A\u0B9C\u0B9E\u0B9F\u0BA3\u0BA4\u0BA8-\u0BAA\u0BAE-\u0BB9\u0BD0\u0C05-\u0C0C\u0C0E-\u0C10\u0C12-\u0C28\u0C2A-\u0C33\u0C35-\u0C39\u0C3D\u0C58\u0C59\u0C60\u0C61\u0C85-\u0C8C\u0C8E-\u0C90\u0C92-\u0CA8\u0CAA-\u0CB3\u0CB5-\u0CB9\u0CBD\u0CDE\u0CE0\u0CE1\u0CF1\u0CF2\u0D05-\u0D0C\u0D0E-\u0D10\u0D12-\u0D3A\u0D3D\u0D4E\u0D60\u0D61\u0D7A-\u0D7F\u0D85-\u0D96\u0D9A-\u0DB1\u0DB3-\u0DBB\u0DBD\u0DC0-\u0DC6\u0E01-\u0E30\u0E32\u0E33\u0E40-\u0E46\u0E81\u0E82\u0E84\u0E87\u0E88\u0E8A\u0E8D\u0E94-\u0E97\u0E99-\u0E9F\u0EA1-\u0EA3\u0EA5\u0EA7\u0EAA\u0EAB\u0EAD-\u0EB0\u0EB2\u0EB3\u0EBD\u0EC0-\u0EC4\u0EC6\u0EDC-\u0EDF\u0F00\u0F40-\u0F47\u0F49-\u0F6C\u0F88-\u0F8C\u1000-\u102A\u103F\u1050-\u1055\u105A-\u105D\u1061\u1065\u1066\u106E-\u1070\u1075-\u1081\u108E\u10A0-\u10C5\u10C7\u10CD\u10D0-\u10FA\u10FC-\u1248\u124A-\u124D\u1250-\u1256\u1258\u125A-\u125D\u1260-\u1288\u128A-\u128D\u1290-\u12B0\u12B2-\u12B5\u12B8-\u12BE\u12C0\u12C2-\u12C5\u12C8-\u12D6\u12D8-\u1310\u1312-\u1315\u1318-\u135A\u1380-\u138F\u13A0-\u13F4\u1401-\u166C\u166F-\u167F\u1681-\u169A\u16A0-\u16EA\u1700-\u170C\u170E-\u1711\u1720-\u1731\u1740-\u1751\u1760-\u176C\u176E-\u1770\u1780-\u17B3\u17D7\u17DC\u1820-\u1877\u1880-\u18A8\u18AA\u18B0-\u18F5\u1900-\u191C\u1950-\u196D\u1970-\u1974\u1980-\u19AB\u19C1-\u19C7\u1A00-\u1A16\u1A20-\u1A54\u1AA7\u1B05-\u1B33\u1B45-\u1B4B\u1B83-\u1BA0\u1BAE\u1BAF\u1BBA-\u1BE5\u1C00-\u1C23\u1C4D-\u1C4F\u1C5A-\u1C7D\u1CE9-\u1CEC\u1CEE-\u1CF1\u1CF5\u1CF6\u1D00-\u1DBF\u1E00-\u1F15\u1F18-\u1F1D\u1F20-\u1F45\u1F48-\u1F4D\u1F50-\u1F57\u1F59\u1F5B\u1F5D\u1F5F-\u1F7D\u1F80-\u1FB4\u1FB6-\u1FBC\u1FBE\u1FC2-\u1FC4\u1FC6-\u1FCC\u1FD0-\u1FD3\u1FD6-\u1FDB\u1FE0-\u1FEC\u1FF2-\u1FF4\u1FF6-\u1FFC\u2071\u207F\u2090-\u209C\u2102\u2107\u210A-\u2113\u2115\u2119-\u211D\u2124\u2126\u2128\u212A-\u212D\u212F-\u2139\u213C-\u213F\u2145-\u2149\u214E\u2183\u2184\u2C00-\u2C2E\u2C30-\u2C5E\u2C60-\u2CE4\u2CEB-\u2CEE\u2CF2\u2CF3\u2D00-\u2D25\u2D27\u2D2D\u2D30-\u2D67\u2D6F\u2D80-\u2D96\u2DA0-\u2DA6\u2DA8-\u2DAE\u2DB0-\u2DB6\u2DB8-\u2DBE\u2DC0-\u2DC6\u2DC8-\u2DCE\u2DD0-\u2DD6\u2DD8-\u2DDE\u2E2F\u3005\u3006\u3031-\u3035\u303B\u303C\u3041-\u3096\u309D-\u309F\u30A1-\u30FA\u30FC-\u30FF\u3105-\u312D\u3131-\u318E\u31A0-\u31BA\u31F0-\u31FF\u3400-\u4DB5\u4E00-\u9FCC\uA000-\uA48C\uA4D0-\uA4FD\uA500-\uA60C\uA610-\uA61F\uA62A\uA62B\uA640-\uA66E\uA67F-\uA697\uA6A0-\uA6E5\uA717-\uA71F\uA722-\uA788\uA78B-\uA78E\uA790-\uA793\uA7A0-\uA7AA\uA7F8-\uA801\uA803-\uA805\uA807-\uA80A\uA80C-\uA822\uA840-\uA873\uA882-\uA8B3\uA8F2-\uA8F7\uA8FB\uA90A-\uA925\uA930-\uA946\uA960-\uA97C\uA984-\uA9B2\uA9CF\uAA00-\uAA28\uAA40-\uAA42\uAA44-\uAA4B\uAA60-\uAA76\uAA7A\uAA80-\uAAAF\uAAB1\uAAB5\uAAB6\uAAB9-\uAABD\uAAC0\uAAC2\uAADB-\uAADD\uAAE0-\uAAEA\uAAF2-\uAAF4\uAB01-\uAB06\uAB09-\uAB0E\uAB11-\uAB16\uAB20-\uAB26\uAB28-\uAB2E\uABC0-\uABE2\uAC00-\uD7A3\uD7B0-\uD7C6\uD7CB-\uD7FB\uF900-\uFA6D\uFA70-\uFAD9\uFB00-\uFB06\uFB13-\uFB17\uFB1D\uFB1F-\uFB28\uFB2A-\uFB36\uFB38-\uFB3C\uFB3E\uFB40\uFB41\uFB43\uFB44\uFB46-\uFBB1\uFBD3-\uFD3D\uFD50-\uFD8F\uFD92-\uFDC7\uFDF0-\uFDFB\uFE70-\uFE74\uFE76-\uFEFC\uFF21-\uFF3A\uFF41-\uFF5A\uFF66-\uFFBE\uFFC2-\uFFC7\uFFCA-\uFFCF\uFFD2-\uFFD7\uFFDA-\uFFDC";
var pL = "[".concat(_pL, "]");
var pL_regexp = new RegExp(pL);
var _pSc = "$\xA2-\xA5\u058F\u060B\u09F2\u09F3\u09FB\u0AF1\u0BF9\u0E3F\u17DB\u20A0-\u20B9\uA838\uFDFC\uFE69\uFF04\uFFE0\uFFE1\uFFE5\uFFE6";
var pSc = "[".concat(_pSc, "]");
var pSc_regexp = new RegExp(pSc);
var _pMn = "\u0300-\u036F\u0483-\u0487\u0591-\u05BD\u05BF\u05C1\u05C2\u05C4\u05C5\u05C7\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E4\u06E7\u06E8\u06EA-\u06ED\u0711\u0730-\u074A\u07A6-\u07B0\u07EB-\u07F3\u0816-\u0819\u081B-\u0823\u0825-\u0827\u0829-\u082D\u0859-\u085B\u08E4-\u08FE\u0900-\u0902\u093A\u093C\u0941-\u0948\u094D\u0951-\u0957\u0962\u0963\u0981\u09BC\u09C1-\u09C4\u09CD\u09E2\u09E3\u0A01\u0A02\u0A3C\u0A41\u0A42\u0A47\u0A48\u0A4B-\u0A4D\u0A51\u0A70\u0A71\u0A75\u0A81\u0A82\u0ABC\u0AC1-\u0AC5\u0AC7\u0AC8\u0ACD\u0AE2\u0AE3\u0B01\u0B3C\u0B3F\u0B41-\u0B44\u0B4D\u0B56\u0B62\u0B63\u0B82\u0BC0\u0BCD\u0C3E-\u0C40\u0C46-\u0C48\u0C4A-\u0C4D\u0C55\u0C56\u0C62\u0C63\u0CBC\u0CBF\u0CC6\u0CCC\u0CCD\u0CE2\u0CE3\u0D41-\u0D44\u0D4D\u0D62\u0D63\u0DCA\u0DD2-\u0DD4\u0DD6\u0E31\u0E34-\u0E3A\u0E47-\u0E4E\u0EB1\u0EB4-\u0EB9\u0EBB\u0EBC\u0EC8-\u0ECD\u0F18\u0F19\u0F35\u0F37\u0F39\u0F71-\u0F7E\u0F80-\u0F84\u0F86\u0F87\u0F8D-\u0F97\u0F99-\u0FBC\u0FC6\u102D-\u1030\u1032-\u1037\u1039\u103A\u103D\u103E\u1058\u1059\u105E-\u1060\u1071-\u1074\u1082\u1085\u1086\u108D\u109D\u135D-\u135F\u1712-\u1714\u1732-\u1734\u1752\u1753\u1772\u1773\u17B4\u17B5\u17B7-\u17BD\u17C6\u17C9-\u17D3\u17DD\u180B-\u180D\u18A9\u1920-\u1922\u1927\u1928\u1932\u1939-\u193B\u1A17\u1A18\u1A56\u1A58-\u1A5E\u1A60\u1A62\u1A65-\u1A6C\u1A73-\u1A7C\u1A7F\u1B00-\u1B03\u1B34\u1B36-\u1B3A\u1B3C\u1B42\u1B6B-\u1B73\u1B80\u1B81\u1BA2-\u1BA5\u1BA8\u1BA9\u1BAB\u1BE6\u1BE8\u1BE9\u1BED\u1BEF-\u1BF1\u1C2C-\u1C33\u1C36\u1C37\u1CD0-\u1CD2\u1CD4-\u1CE0\u1CE2-\u1CE8\u1CED\u1CF4\u1DC0-\u1DE6\u1DFC-\u1DFF\u20D0-\u20DC\u20E1\u20E5-\u20F0\u2CEF-\u2CF1\u2D7F\u2DE0-\u2DFF\u302A-\u302D\u3099\u309A\uA66F\uA674-\uA67D\uA69F\uA6F0\uA6F1\uA802\uA806\uA80B\uA825\uA826\uA8C4\uA8E0-\uA8F1\uA926-\uA92D\uA947-\uA951\uA980-\uA982\uA9B3\uA9B6-\uA9B9\uA9BC\uAA29-\uAA2E\uAA31\uAA32\uAA35\uAA36\uAA43\uAA4C\uAAB0\uAAB2-\uAAB4\uAAB7\uAAB8\uAABE\uAABF\uAAC1\uAAEC\uAAED\uAAF6\uABE5\uABE8\uABED\uFB1E\uFE00-\uFE0F\uFE20-\uFE26";
var pMn = "[".concat(_pMn, "]");
var pMn_regexp = new RegExp(pMn);
var _InBasic_Latin = "\0-\x7F";
var _InLatin_1_Supplement = "\x80-\xFF";
var _InLatin_Extended_A = "\u0100-\u017F";
var _InLatin_Extended_Additional = "\u1E00-\u1EFF";
var _InLatin_Extended_B = "\u0180-\u024F";
var _InCombining_Diacritical_Marks = "\u0300-\u036F";
var latinLetterRegexp = new RegExp("[" + _InBasic_Latin + _InLatin_1_Supplement + _InLatin_Extended_A + _InLatin_Extended_Additional + _InLatin_Extended_B + _InCombining_Diacritical_Marks + "]");
function isLatinLetter(letter) {
  if (!pL_regexp.test(letter) && !pMn_regexp.test(letter)) {
    return false;
  }
  return latinLetterRegexp.test(letter);
}
function isInvalidPunctuationSymbol(character) {
  return character === "%" || pSc_regexp.test(character);
}

// node_modules/libphonenumber-js/es6/findNumbers/matchPhoneNumberStringAgainstPhoneNumber.js
function matchPhoneNumberStringAgainstPhoneNumber(phoneNumberString, phoneNumber, metadata) {
  var phoneNumberStringContainsCallingCode = true;
  var parsedPhoneNumber = parsePhoneNumber3(phoneNumberString, metadata);
  if (!parsedPhoneNumber) {
    phoneNumberStringContainsCallingCode = false;
    parsedPhoneNumber = parsePhoneNumber3(phoneNumberString, {
      defaultCallingCode: phoneNumber.countryCallingCode
    }, metadata);
  }
  if (!parsedPhoneNumber) {
    return "INVALID_NUMBER";
  }
  if (phoneNumber.ext) {
    if (parsedPhoneNumber.ext !== phoneNumber.ext) {
      return "NO_MATCH";
    }
  } else {
    if (parsedPhoneNumber.ext) {
      return "NO_MATCH";
    }
  }
  if (phoneNumberStringContainsCallingCode) {
    if (phoneNumber.countryCallingCode !== parsedPhoneNumber.countryCallingCode) {
      return "NO_MATCH";
    }
  }
  if (phoneNumber.number === parsedPhoneNumber.number) {
    if (phoneNumberStringContainsCallingCode) {
      return "EXACT_MATCH";
    } else {
      return "NSN_MATCH";
    }
  }
  if (phoneNumber.nationalNumber.indexOf(parsedPhoneNumber.nationalNumber) === 0 || parsedPhoneNumber.nationalNumber.indexOf(phoneNumber.nationalNumber) === 0) {
    return "SHORT_NSN_MATCH";
  }
  return "NO_MATCH";
}

// node_modules/libphonenumber-js/es6/findNumbers/Leniency.js
function _createForOfIteratorHelperLoose6(r, e) {
  var t = "undefined" != typeof Symbol && r[Symbol.iterator] || r["@@iterator"];
  if (t) return (t = t.call(r)).next.bind(t);
  if (Array.isArray(r) || (t = _unsupportedIterableToArray7(r)) || e && r && "number" == typeof r.length) {
    t && (r = t);
    var o = 0;
    return function() {
      return o >= r.length ? { done: true } : { done: false, value: r[o++] };
    };
  }
  throw new TypeError("Invalid attempt to iterate non-iterable instance.\nIn order to be iterable, non-array objects must have a [Symbol.iterator]() method.");
}
function _unsupportedIterableToArray7(r, a) {
  if (r) {
    if ("string" == typeof r) return _arrayLikeToArray7(r, a);
    var t = {}.toString.call(r).slice(8, -1);
    return "Object" === t && r.constructor && (t = r.constructor.name), "Map" === t || "Set" === t ? Array.from(r) : "Arguments" === t || /^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(t) ? _arrayLikeToArray7(r, a) : void 0;
  }
}
function _arrayLikeToArray7(r, a) {
  (null == a || a > r.length) && (a = r.length);
  for (var e = 0, n = Array(a); e < a; e++) n[e] = r[e];
  return n;
}
var Leniency_default = {
  /**
   * Phone numbers accepted are "possible", but not necessarily "valid".
   */
  POSSIBLE: function POSSIBLE(phoneNumber, _ref) {
    var candidate = _ref.candidate, metadata = _ref.metadata;
    return true;
  },
  /**
   * Phone numbers accepted are "possible" and "valid".
   * Numbers written in national format must have their national-prefix
   * present if it is usually written for a number of this type.
   */
  VALID: function VALID(phoneNumber, _ref2) {
    var candidate = _ref2.candidate, defaultCountry = _ref2.defaultCountry, metadata = _ref2.metadata;
    if (!phoneNumber.isValid() || !containsOnlyValidXChars(phoneNumber, candidate, metadata)) {
      return false;
    }
    return true;
  },
  /**
   * Phone numbers accepted are "valid" and
   * are grouped in a possible way for this locale. For example, a US number written as
   * "65 02 53 00 00" and "650253 0000" are not accepted at this leniency level, whereas
   * "650 253 0000", "650 2530000" or "6502530000" are.
   * Numbers with more than one '/' symbol in the national significant number
   * are also dropped at this level.
   *
   * Warning: This level might result in lower coverage especially for regions outside of
   * country code "+1". If you are not sure about which level to use,
   * email the discussion group libphonenumber-discuss@googlegroups.com.
   */
  STRICT_GROUPING: function STRICT_GROUPING(phoneNumber, _ref3) {
    var candidate = _ref3.candidate, defaultCountry = _ref3.defaultCountry, metadata = _ref3.metadata, regExpCache = _ref3.regExpCache;
    if (!phoneNumber.isValid() || !containsOnlyValidXChars(phoneNumber, candidate, metadata) || containsMoreThanOneSlashInNationalNumber(phoneNumber, candidate) || !isNationalPrefixPresentIfRequired(phoneNumber, {
      defaultCountry,
      metadata
    })) {
      return false;
    }
    return checkNumberGroupingIsValid(phoneNumber, candidate, metadata, allNumberGroupsRemainGrouped, regExpCache);
  },
  /**
   * Phone numbers accepted are "valid" and are grouped in the same way
   * that we would have formatted it, or as a single block.
   * For example, a US number written as "650 2530000" is not accepted
   * at this leniency level, whereas "650 253 0000" or "6502530000" are.
   * Numbers with more than one '/' symbol are also dropped at this level.
   *
   * Warning: This level might result in lower coverage especially for regions outside of
   * country code "+1". If you are not sure about which level to use, email the discussion group
   * libphonenumber-discuss@googlegroups.com.
   */
  EXACT_GROUPING: function EXACT_GROUPING(phoneNumber, _ref4) {
    var candidate = _ref4.candidate, defaultCountry = _ref4.defaultCountry, metadata = _ref4.metadata, regExpCache = _ref4.regExpCache;
    if (!phoneNumber.isValid() || !containsOnlyValidXChars(phoneNumber, candidate, metadata) || containsMoreThanOneSlashInNationalNumber(phoneNumber, candidate) || !isNationalPrefixPresentIfRequired(phoneNumber, {
      defaultCountry,
      metadata
    })) {
      return false;
    }
    return checkNumberGroupingIsValid(phoneNumber, candidate, metadata, allNumberGroupsAreExactlyPresent, regExpCache);
  }
};
function containsOnlyValidXChars(phoneNumber, candidate, metadata) {
  for (var index = 0; index < candidate.length - 1; index++) {
    var charAtIndex = candidate.charAt(index);
    if (charAtIndex === "x" || charAtIndex === "X") {
      var charAtNextIndex = candidate.charAt(index + 1);
      if (charAtNextIndex === "x" || charAtNextIndex === "X") {
        index++;
        if (matchPhoneNumberStringAgainstPhoneNumber(candidate.substring(index), phoneNumber, metadata) !== "NSN_MATCH") {
          return false;
        }
      } else {
        var ext = parseDigits(candidate.substring(index));
        if (ext) {
          if (phoneNumber.ext !== ext) {
            return false;
          }
        } else {
          if (phoneNumber.ext) {
            return false;
          }
        }
      }
    }
  }
  return true;
}
function isNationalPrefixPresentIfRequired(phoneNumber, _ref5) {
  var defaultCountry = _ref5.defaultCountry, _metadata = _ref5.metadata;
  if (phoneNumber.__countryCallingCodeSource !== "FROM_DEFAULT_COUNTRY") {
    return true;
  }
  var metadata = new Metadata(_metadata);
  metadata.selectNumberingPlan(phoneNumber.countryCallingCode);
  var phoneNumberRegion = phoneNumber.country || getCountryByCallingCode(phoneNumber.countryCallingCode, {
    nationalNumber: phoneNumber.nationalNumber,
    metadata
  });
  var nationalNumber = phoneNumber.nationalNumber;
  var format = chooseFormatForNumber(metadata.numberingPlan.formats(), nationalNumber);
  if (format.nationalPrefixFormattingRule()) {
    if (metadata.numberingPlan.nationalPrefixIsOptionalWhenFormattingInNationalFormat()) {
      return true;
    }
    if (!format.usesNationalPrefix()) {
      return true;
    }
    return Boolean(phoneNumber.nationalPrefix);
  }
  return true;
}
function containsMoreThanOneSlashInNationalNumber(phoneNumber, candidate) {
  var firstSlashInBodyIndex = candidate.indexOf("/");
  if (firstSlashInBodyIndex < 0) {
    return false;
  }
  var secondSlashInBodyIndex = candidate.indexOf("/", firstSlashInBodyIndex + 1);
  if (secondSlashInBodyIndex < 0) {
    return false;
  }
  var candidateHasCountryCode = phoneNumber.__countryCallingCodeSource === "FROM_NUMBER_WITH_PLUS_SIGN" || phoneNumber.__countryCallingCodeSource === "FROM_NUMBER_WITHOUT_PLUS_SIGN";
  if (candidateHasCountryCode && parseDigits(candidate.substring(0, firstSlashInBodyIndex)) === phoneNumber.countryCallingCode) {
    return candidate.slice(secondSlashInBodyIndex + 1).indexOf("/") >= 0;
  }
  return true;
}
function checkNumberGroupingIsValid(number, candidate, metadata, checkGroups, regExpCache) {
  throw new Error("This part of code hasn't been ported");
  var normalizedCandidate = normalizeDigits(
    candidate,
    true
    /* keep non-digits */
  );
  var formattedNumberGroups = getNationalNumberGroups(metadata, number, null);
  if (checkGroups(metadata, number, normalizedCandidate, formattedNumberGroups)) {
    return true;
  }
  var alternateFormats = MetadataManager.getAlternateFormatsForCountry(number.getCountryCode());
  var nationalSignificantNumber = util.getNationalSignificantNumber(number);
  if (alternateFormats) {
    for (var _iterator = _createForOfIteratorHelperLoose6(alternateFormats.numberFormats()), _step; !(_step = _iterator()).done; ) {
      var alternateFormat = _step.value;
      if (alternateFormat.leadingDigitsPatterns().length > 0) {
        var leadingDigitsRegExp = regExpCache.getPatternForRegExp("^" + alternateFormat.leadingDigitsPatterns()[0]);
        if (!leadingDigitsRegExp.test(nationalSignificantNumber)) {
          continue;
        }
      }
      formattedNumberGroups = getNationalNumberGroups(metadata, number, alternateFormat);
      if (checkGroups(metadata, number, normalizedCandidate, formattedNumberGroups)) {
        return true;
      }
    }
  }
  return false;
}
function getNationalNumberGroups(metadata, number, formattingPattern) {
  throw new Error("This part of code hasn't been ported");
  if (formattingPattern) {
    var nationalSignificantNumber = util.getNationalSignificantNumber(number);
    return util.formatNsnUsingPattern(nationalSignificantNumber, formattingPattern, "RFC3966", metadata).split("-");
  }
  var rfc3966Format = formatNumber(number, "RFC3966", metadata);
  var endIndex = rfc3966Format.indexOf(";");
  if (endIndex < 0) {
    endIndex = rfc3966Format.length;
  }
  var startIndex = rfc3966Format.indexOf("-") + 1;
  return rfc3966Format.slice(startIndex, endIndex).split("-");
}
function allNumberGroupsAreExactlyPresent(metadata, number, normalizedCandidate, formattedNumberGroups) {
  throw new Error("This part of code hasn't been ported");
  var candidateGroups = normalizedCandidate.split(NON_DIGITS_PATTERN);
  var candidateNumberGroupIndex = number.hasExtension() ? candidateGroups.length - 2 : candidateGroups.length - 1;
  if (candidateGroups.length == 1 || candidateGroups[candidateNumberGroupIndex].contains(util.getNationalSignificantNumber(number))) {
    return true;
  }
  var formattedNumberGroupIndex = formattedNumberGroups.length - 1;
  while (formattedNumberGroupIndex > 0 && candidateNumberGroupIndex >= 0) {
    if (candidateGroups[candidateNumberGroupIndex] !== formattedNumberGroups[formattedNumberGroupIndex]) {
      return false;
    }
    formattedNumberGroupIndex--;
    candidateNumberGroupIndex--;
  }
  return candidateNumberGroupIndex >= 0 && endsWith(candidateGroups[candidateNumberGroupIndex], formattedNumberGroups[0]);
}
function allNumberGroupsRemainGrouped(metadata, number, normalizedCandidate, formattedNumberGroups) {
  throw new Error("This part of code hasn't been ported");
  var fromIndex = 0;
  if (number.getCountryCodeSource() !== CountryCodeSource.FROM_DEFAULT_COUNTRY) {
    var countryCode = String(number.getCountryCode());
    fromIndex = normalizedCandidate.indexOf(countryCode) + countryCode.length();
  }
  for (var i = 0; i < formattedNumberGroups.length; i++) {
    fromIndex = normalizedCandidate.indexOf(formattedNumberGroups[i], fromIndex);
    if (fromIndex < 0) {
      return false;
    }
    fromIndex += formattedNumberGroups[i].length();
    if (i == 0 && fromIndex < normalizedCandidate.length()) {
      var region = util.getRegionCodeForCountryCode(number.getCountryCode());
      if (util.getNddPrefixForRegion(region, true) != null && Character.isDigit(normalizedCandidate.charAt(fromIndex))) {
        var nationalSignificantNumber = util.getNationalSignificantNumber(number);
        return startsWith(normalizedCandidate.slice(fromIndex - formattedNumberGroups[i].length), nationalSignificantNumber);
      }
    }
  }
  return normalizedCandidate.slice(fromIndex).contains(number.getExtension());
}

// node_modules/libphonenumber-js/es6/findNumbers/parsePreCandidate.js
var SECOND_NUMBER_START_PATTERN = /[\\/] *x/;
function parsePreCandidate(candidate) {
  return trimAfterFirstMatch(SECOND_NUMBER_START_PATTERN, candidate);
}

// node_modules/libphonenumber-js/es6/findNumbers/isValidPreCandidate.js
var SLASH_SEPARATED_DATES = /(?:(?:[0-3]?\d\/[01]?\d)|(?:[01]?\d\/[0-3]?\d))\/(?:[12]\d)?\d{2}/;
var TIME_STAMPS = /[12]\d{3}[-/]?[01]\d[-/]?[0-3]\d +[0-2]\d$/;
var TIME_STAMPS_SUFFIX_LEADING = /^:[0-5]\d/;
function isValidPreCandidate(candidate, offset, text) {
  if (SLASH_SEPARATED_DATES.test(candidate)) {
    return false;
  }
  if (TIME_STAMPS.test(candidate)) {
    var followingText = text.slice(offset + candidate.length);
    if (TIME_STAMPS_SUFFIX_LEADING.test(followingText)) {
      return false;
    }
  }
  return true;
}

// node_modules/libphonenumber-js/es6/findNumbers/isValidCandidate.js
var OPENING_PARENS = "(\\[\uFF08\uFF3B";
var CLOSING_PARENS = ")\\]\uFF09\uFF3D";
var NON_PARENS = "[^".concat(OPENING_PARENS).concat(CLOSING_PARENS, "]");
var LEAD_CLASS = "[".concat(OPENING_PARENS).concat(PLUS_CHARS, "]");
var LEAD_CLASS_LEADING = new RegExp("^" + LEAD_CLASS);
var BRACKET_PAIR_LIMIT = limit(0, 3);
var MATCHING_BRACKETS_ENTIRE = new RegExp("^(?:[" + OPENING_PARENS + "])?(?:" + NON_PARENS + "+[" + CLOSING_PARENS + "])?" + NON_PARENS + "+(?:[" + OPENING_PARENS + "]" + NON_PARENS + "+[" + CLOSING_PARENS + "])" + BRACKET_PAIR_LIMIT + NON_PARENS + "*$");
var PUB_PAGES = /\d{1,5}-+\d{1,5}\s{0,4}\(\d{1,4}/;
function isValidCandidate(candidate, offset, text, leniency) {
  if (!MATCHING_BRACKETS_ENTIRE.test(candidate) || PUB_PAGES.test(candidate)) {
    return;
  }
  if (leniency !== "POSSIBLE") {
    if (offset > 0 && !LEAD_CLASS_LEADING.test(candidate)) {
      var previousChar = text[offset - 1];
      if (isInvalidPunctuationSymbol(previousChar) || isLatinLetter(previousChar)) {
        return false;
      }
    }
    var lastCharIndex = offset + candidate.length;
    if (lastCharIndex < text.length) {
      var nextChar = text[lastCharIndex];
      if (isInvalidPunctuationSymbol(nextChar) || isLatinLetter(nextChar)) {
        return false;
      }
    }
  }
  return true;
}

// node_modules/libphonenumber-js/es6/PhoneNumberMatcher.js
function _typeof9(o) {
  "@babel/helpers - typeof";
  return _typeof9 = "function" == typeof Symbol && "symbol" == typeof Symbol.iterator ? function(o2) {
    return typeof o2;
  } : function(o2) {
    return o2 && "function" == typeof Symbol && o2.constructor === Symbol && o2 !== Symbol.prototype ? "symbol" : typeof o2;
  }, _typeof9(o);
}
function _createForOfIteratorHelperLoose7(r, e) {
  var t = "undefined" != typeof Symbol && r[Symbol.iterator] || r["@@iterator"];
  if (t) return (t = t.call(r)).next.bind(t);
  if (Array.isArray(r) || (t = _unsupportedIterableToArray8(r)) || e && r && "number" == typeof r.length) {
    t && (r = t);
    var o = 0;
    return function() {
      return o >= r.length ? { done: true } : { done: false, value: r[o++] };
    };
  }
  throw new TypeError("Invalid attempt to iterate non-iterable instance.\nIn order to be iterable, non-array objects must have a [Symbol.iterator]() method.");
}
function _unsupportedIterableToArray8(r, a) {
  if (r) {
    if ("string" == typeof r) return _arrayLikeToArray8(r, a);
    var t = {}.toString.call(r).slice(8, -1);
    return "Object" === t && r.constructor && (t = r.constructor.name), "Map" === t || "Set" === t ? Array.from(r) : "Arguments" === t || /^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(t) ? _arrayLikeToArray8(r, a) : void 0;
  }
}
function _arrayLikeToArray8(r, a) {
  (null == a || a > r.length) && (a = r.length);
  for (var e = 0, n = Array(a); e < a; e++) n[e] = r[e];
  return n;
}
function _classCallCheck6(a, n) {
  if (!(a instanceof n)) throw new TypeError("Cannot call a class as a function");
}
function _defineProperties6(e, r) {
  for (var t = 0; t < r.length; t++) {
    var o = r[t];
    o.enumerable = o.enumerable || false, o.configurable = true, "value" in o && (o.writable = true), Object.defineProperty(e, _toPropertyKey9(o.key), o);
  }
}
function _createClass6(e, r, t) {
  return r && _defineProperties6(e.prototype, r), t && _defineProperties6(e, t), Object.defineProperty(e, "prototype", { writable: false }), e;
}
function _toPropertyKey9(t) {
  var i = _toPrimitive9(t, "string");
  return "symbol" == _typeof9(i) ? i : i + "";
}
function _toPrimitive9(t, r) {
  if ("object" != _typeof9(t) || !t) return t;
  var e = t[Symbol.toPrimitive];
  if (void 0 !== e) {
    var i = e.call(t, r || "default");
    if ("object" != _typeof9(i)) return i;
    throw new TypeError("@@toPrimitive must return a primitive value.");
  }
  return ("string" === r ? String : Number)(t);
}
var USE_NON_GEOGRAPHIC_COUNTRY_CODE4 = false;
var EXTN_PATTERNS_FOR_MATCHING = createExtensionPattern("matching");
var INNER_MATCHES = [
  // Breaks on the slash - e.g. "651-234-2345/332-445-1234"
  "/+(.*)",
  // Note that the bracket here is inside the capturing group, since we consider it part of the
  // phone number. Will match a pattern like "(650) 223 3345 (754) 223 3321".
  "(\\([^(]*)",
  // Breaks on a hyphen - e.g. "12345 - 332-445-1234 is my number."
  // We require a space on either side of the hyphen for it to be considered a separator.
  "(?:".concat(pZ, "-|-").concat(pZ, ")").concat(pZ, "*(.+)"),
  // Various types of wide hyphens. Note we have decided not to enforce a space here, since it's
  // possible that it's supposed to be used to break two numbers without spaces, and we haven't
  // seen many instances of it used within a number.
  "[\u2012-\u2015\uFF0D]".concat(pZ, "*(.+)"),
  // Breaks on a full stop - e.g. "12345. 332-445-1234 is my number."
  "\\.+".concat(pZ, "*([^.]+)"),
  // Breaks on space - e.g. "3324451234 8002341234"
  "".concat(pZ, "+(").concat(PZ, "+)")
];
var leadLimit = limit(0, 2);
var punctuationLimit = limit(0, 4);
var digitBlockLimit = MAX_LENGTH_FOR_NSN + MAX_LENGTH_COUNTRY_CODE;
var blockLimit = limit(0, digitBlockLimit);
var punctuation = "[".concat(VALID_PUNCTUATION, "]") + punctuationLimit;
var digitSequence = pNd + limit(1, digitBlockLimit);
var PATTERN = "(?:" + LEAD_CLASS + punctuation + ")" + leadLimit + digitSequence + "(?:" + punctuation + digitSequence + ")" + blockLimit + "(?:" + EXTN_PATTERNS_FOR_MATCHING + ")?";
var UNWANTED_END_CHAR_PATTERN = new RegExp("[^".concat(_pN).concat(_pL, "#]+$"));
var MAX_SAFE_INTEGER = Number.MAX_SAFE_INTEGER || Math.pow(2, 53) - 1;
var PhoneNumberMatcher = /* @__PURE__ */ (function() {
  function PhoneNumberMatcher2() {
    var text = arguments.length > 0 && arguments[0] !== void 0 ? arguments[0] : "";
    var options = arguments.length > 1 && arguments[1] !== void 0 ? arguments[1] : {};
    var metadata = arguments.length > 2 ? arguments[2] : void 0;
    _classCallCheck6(this, PhoneNumberMatcher2);
    options = {
      v2: options.v2,
      defaultCallingCode: options.defaultCallingCode,
      defaultCountry: options.defaultCountry && isSupportedCountry(options.defaultCountry, metadata) ? options.defaultCountry : void 0,
      // Here it should've assigned a default value only if `options.leniency === undefined`.
      leniency: options.leniency || (options.extended ? "POSSIBLE" : "VALID"),
      // Here it should've assigned a default value only if `options.maxTries === undefined`.
      maxTries: options.maxTries || MAX_SAFE_INTEGER
    };
    if (!Leniency_default[options.leniency]) {
      throw new TypeError('Unknown leniency: "'.concat(options.leniency, '"'));
    }
    if (options.leniency !== "POSSIBLE" && options.leniency !== "VALID") {
      throw new TypeError('Invalid `leniency`: "'.concat(options.leniency, '". Supported values: "POSSIBLE", "VALID".'));
    }
    if (options.maxTries < 0) {
      throw new TypeError("`maxTries` must be `>= 0`");
    }
    this.text = text;
    this.options = options;
    this.metadata = metadata;
    this.leniency = Leniency_default[options.leniency];
    this.maxTries = options.maxTries;
    this.PATTERN = new RegExp(PATTERN, "ig");
    this.INNER_MATCHES = INNER_MATCHES.map(function(pattern) {
      return new RegExp(pattern, "g");
    });
    this.state = "NOT_READY";
    this.searchIndex = 0;
    this.regExpCache = new RegExpCache(32);
  }
  return _createClass6(PhoneNumberMatcher2, [{
    key: "find",
    value: function find(index) {
      this.PATTERN.lastIndex = index;
      var matches;
      while (this.maxTries > 0 && (matches = this.PATTERN.exec(this.text)) !== null) {
        var candidate = matches[0];
        var offset = matches.index;
        candidate = parsePreCandidate(candidate);
        if (isValidPreCandidate(candidate, offset, this.text)) {
          var match2 = (
            // Try to come up with a valid match given the entire candidate.
            this.parseAndVerify(candidate, offset, this.text) || this.extractInnerMatch(candidate, offset, this.text)
          );
          if (match2) {
            if (this.options.v2) {
              return {
                startsAt: match2.startsAt,
                endsAt: match2.endsAt,
                number: match2.phoneNumber
              };
            } else {
              var phoneNumber = match2.phoneNumber;
              var result2 = {
                startsAt: match2.startsAt,
                endsAt: match2.endsAt,
                phone: phoneNumber.nationalNumber
              };
              if (phoneNumber.country) {
                if (USE_NON_GEOGRAPHIC_COUNTRY_CODE4 && country === "001") {
                  result2.countryCallingCode = phoneNumber.countryCallingCode;
                } else {
                  result2.country = phoneNumber.country;
                }
              } else {
                result2.countryCallingCode = phoneNumber.countryCallingCode;
              }
              if (phoneNumber.ext) {
                result2.ext = phoneNumber.ext;
              }
              return result2;
            }
          }
        }
        this.maxTries--;
      }
    }
    /**
     * Attempts to extract a match from `substring`
     * if the substring itself does not qualify as a match.
     */
  }, {
    key: "extractInnerMatch",
    value: function extractInnerMatch(substring, offset, text) {
      for (var _iterator = _createForOfIteratorHelperLoose7(this.INNER_MATCHES), _step; !(_step = _iterator()).done; ) {
        var innerMatchRegExp = _step.value;
        innerMatchRegExp.lastIndex = 0;
        var isFirstMatch = true;
        var candidateMatch = void 0;
        while (this.maxTries > 0 && (candidateMatch = innerMatchRegExp.exec(substring)) !== null) {
          if (isFirstMatch) {
            var _candidate = trimAfterFirstMatch(UNWANTED_END_CHAR_PATTERN, substring.slice(0, candidateMatch.index));
            var _match = this.parseAndVerify(_candidate, offset, text);
            if (_match) {
              return _match;
            }
            this.maxTries--;
            isFirstMatch = false;
          }
          var candidate = trimAfterFirstMatch(UNWANTED_END_CHAR_PATTERN, candidateMatch[1]);
          var candidateIndexGuess = substring.indexOf(candidate, candidateMatch.index);
          var match2 = this.parseAndVerify(candidate, offset + candidateIndexGuess, text);
          if (match2) {
            return match2;
          }
          this.maxTries--;
        }
      }
    }
    /**
     * Parses a phone number from the `candidate` using `parse` and
     * verifies it matches the requested `leniency`. If parsing and verification succeed,
     * a corresponding `PhoneNumberMatch` is returned, otherwise this method returns `null`.
     *
     * @param candidate  the candidate match
     * @param offset  the offset of {@code candidate} within {@link #text}
     * @return  the parsed and validated phone number match, or null
     */
  }, {
    key: "parseAndVerify",
    value: function parseAndVerify(candidate, offset, text) {
      if (!isValidCandidate(candidate, offset, text, this.options.leniency)) {
        return;
      }
      var phoneNumber = parsePhoneNumber3(candidate, {
        extended: true,
        defaultCountry: this.options.defaultCountry,
        defaultCallingCode: this.options.defaultCallingCode
      }, this.metadata);
      if (!phoneNumber) {
        return;
      }
      if (!phoneNumber.isPossible()) {
        return;
      }
      if (this.leniency(phoneNumber, {
        candidate,
        defaultCountry: this.options.defaultCountry,
        metadata: this.metadata,
        regExpCache: this.regExpCache
      })) {
        return {
          startsAt: offset,
          endsAt: offset + candidate.length,
          phoneNumber
        };
      }
    }
  }, {
    key: "hasNext",
    value: function hasNext() {
      if (this.state === "NOT_READY") {
        this.lastMatch = this.find(this.searchIndex);
        if (this.lastMatch) {
          this.searchIndex = this.lastMatch.endsAt;
          this.state = "READY";
        } else {
          this.state = "DONE";
        }
      }
      return this.state === "READY";
    }
  }, {
    key: "next",
    value: function next() {
      if (!this.hasNext()) {
        throw new Error("No next element");
      }
      var result2 = this.lastMatch;
      this.lastMatch = null;
      this.state = "NOT_READY";
      return result2;
    }
  }]);
})();

// node_modules/libphonenumber-js/es6/findPhoneNumbersInText.js
function _typeof10(o) {
  "@babel/helpers - typeof";
  return _typeof10 = "function" == typeof Symbol && "symbol" == typeof Symbol.iterator ? function(o2) {
    return typeof o2;
  } : function(o2) {
    return o2 && "function" == typeof Symbol && o2.constructor === Symbol && o2 !== Symbol.prototype ? "symbol" : typeof o2;
  }, _typeof10(o);
}
function ownKeys5(e, r) {
  var t = Object.keys(e);
  if (Object.getOwnPropertySymbols) {
    var o = Object.getOwnPropertySymbols(e);
    r && (o = o.filter(function(r2) {
      return Object.getOwnPropertyDescriptor(e, r2).enumerable;
    })), t.push.apply(t, o);
  }
  return t;
}
function _objectSpread5(e) {
  for (var r = 1; r < arguments.length; r++) {
    var t = null != arguments[r] ? arguments[r] : {};
    r % 2 ? ownKeys5(Object(t), true).forEach(function(r2) {
      _defineProperty5(e, r2, t[r2]);
    }) : Object.getOwnPropertyDescriptors ? Object.defineProperties(e, Object.getOwnPropertyDescriptors(t)) : ownKeys5(Object(t)).forEach(function(r2) {
      Object.defineProperty(e, r2, Object.getOwnPropertyDescriptor(t, r2));
    });
  }
  return e;
}
function _defineProperty5(e, r, t) {
  return (r = _toPropertyKey10(r)) in e ? Object.defineProperty(e, r, { value: t, enumerable: true, configurable: true, writable: true }) : e[r] = t, e;
}
function _toPropertyKey10(t) {
  var i = _toPrimitive10(t, "string");
  return "symbol" == _typeof10(i) ? i : i + "";
}
function _toPrimitive10(t, r) {
  if ("object" != _typeof10(t) || !t) return t;
  var e = t[Symbol.toPrimitive];
  if (void 0 !== e) {
    var i = e.call(t, r || "default");
    if ("object" != _typeof10(i)) return i;
    throw new TypeError("@@toPrimitive must return a primitive value.");
  }
  return ("string" === r ? String : Number)(t);
}
function findPhoneNumbersInText() {
  var _normalizeArguments = normalizeArguments(arguments), text = _normalizeArguments.text, options = _normalizeArguments.options, metadata = _normalizeArguments.metadata;
  var matcher = new PhoneNumberMatcher(text, _objectSpread5(_objectSpread5({}, options), {}, {
    v2: true
  }), metadata);
  var results = [];
  while (matcher.hasNext()) {
    results.push(matcher.next());
  }
  return results;
}

// node_modules/libphonenumber-js/max/exports/parsePhoneNumber.js
function parsePhoneNumber4() {
  return withMetadataArgument(parsePhoneNumber3, arguments);
}

// node_modules/libphonenumber-js/max/exports/findPhoneNumbersInText.js
function findPhoneNumbersInText2() {
  return withMetadataArgument(findPhoneNumbersInText, arguments);
}

// node_modules/libphonenumber-js/max/exports/isSupportedCountry.js
function isSupportedCountry2() {
  return withMetadataArgument(isSupportedCountry, arguments);
}

// node_modules/libphonenumber-js/max/exports/getCountryCallingCode.js
function getCountryCallingCode2() {
  return withMetadataArgument(getCountryCallingCode, arguments);
}

// src/core/detect/pii/phone.ts
var CANDIDATE = /(?<![\w+.,/$€£-])(?:\(\+?)?\d[\d ().\-/]{5,24}\d(?!\d|(?![xX])[\w.,/-]\d)|(?<![\w+./$€£-])\+\d[\d ().\-/]{5,24}\d(?!\d|(?![xX])[\w./-]\d)/g;
var PHONE_WORD = /(?:(?:phone|tel|telephone|mobile|cell|fax|whatsapp|contact|tel[eé]fono|telefone|t[eé]l[eé]phone|telefon|portable|m[oó]vil|celular|cellulare|handy|mobil|puhelin|gsm)(?:[ \t]{1,3}(?:number|no\.?)|[ \t]{0,3}#)?(?:[ \t]{1,3}(?:is|was))?|call|sms|text me|ph\.?|mob\.?|(?:reach|call|text|ring|contact)[ \t]{1,3}(?:[A-Za-z]{1,12}[ \t]{1,3}){0,2}(?:at|on))[ \t]{0,3}[:=]?[ \t]{0,3}["']?$/i;
var NOT_PHONE_WORD = /(?:order|invoice|ticket|tracking|reference|ref|case|sku|isbn|serial|account|acct|transaction|txn|id)[ \t]{0,3}(?:no\.?|number|#)?[ \t]{0,3}[:=#]?[ \t]{0,3}["']?$/i;
var CONTEXT = 32;
var MAX_CANDIDATE = 26;
var LIBRARY_CALLS = 2e4;
var OTHER_REGIONS = [
  "GB",
  "DE",
  "FR",
  "IN",
  "AU",
  "ES",
  "IT",
  "NL",
  "BR",
  "JP",
  "MX",
  "CN",
  "ZA",
  "IE",
  "NZ",
  "SG",
  "CH",
  "AT",
  "BE",
  "SE",
  "PL",
  "PT",
  "KR",
  "AR",
  "TR",
  "NG",
  "PH",
  "CA"
];
var NANP_SHAPE = /^(?:\+1[-. ]?|001[-. ])?(?:\(\d{3}\) ?|\d{3}[-. ])\d{3}[-. ]\d{4}$/;
var TYPED_DIGITS = /0123456|1234567|2345678|3456789|(\d)\1{5}/;
var EXTENSION = /^[ \t]{0,2}(?:ext\.?|extension|x|#)[ \t]{0,2}[0-9]{1,6}(?![0-9])/i;
function phoneRegion(code) {
  return isSupportedCountry2(code) ? code : "US";
}
var CANDIDATES = new RegExp(CANDIDATE.source, "g");
function findPhones(text, options = {}) {
  const parsers = /* @__PURE__ */ new Map();
  const parserFor = (region, international = false) => {
    const key = `${region}:${international}`;
    return getOrSet(parsers, key, () => cachedParser(region, international));
  };
  const defaultRegion = options.defaultCountry ?? "US";
  const re = CANDIDATES;
  re.lastIndex = 0;
  const out = [];
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const candidate = m[0];
    let found2 = [];
    const verdict = accept(text, m.index, candidate);
    if (verdict !== "no") {
      const named = namedCountry(text, m.index);
      for (const region of regionsFor(candidate, defaultRegion, verdict === "phone-word", named)) {
        const international = /^(?:\+|\(\+|00[1-9])/.test(candidate);
        const parsed = parserFor(region, international)(candidate.replace(/^00(?=[1-9])/, " +"));
        const fits = region === named || verdict === "phone-word" ? parsed : region === defaultRegion ? international || !nanp(region) ? parsed : parsed.filter((p) => withinGroups(candidate.slice(p.from, p.to), p.national)) : parsed.filter((p) => sameGroups(candidate.slice(p.from, p.to), p.national));
        found2 = fits.map((p) => [p.from === 1 && candidate.startsWith("00") ? 0 : p.from, p.to, p.e164]);
        if (found2.length > 0) break;
      }
      if (found2.length === 0 && verdict === "phone-word" && /^[1-9][0-9]{10,13}$/.test(candidate)) {
        found2 = parserFor(defaultRegion, true)(`+${candidate}`).map((p) => [Math.max(0, p.from - 1), p.to - 1, p.e164]);
      }
      if (found2.length === 0 && verdict === "phone-word" && /^\+[1-9]/.test(candidate)) found2 = formerPlan(candidate);
      const nanpShape = verdict === "phone-word" && NANP_SHAPE.test(candidate);
      if (found2.length === 0 && nanpShape && !TYPED_DIGITS.test(candidate.replace(/\D/g, "")))
        found2 = [[0, candidate.length, `+1${candidate.replace(/\D/g, "").slice(-10)}`]];
    }
    for (const [from, to, e164] of found2) {
      if (fictional(e164, candidate.slice(from, to)) && FICTION_WORD.test(around(text, m.index + from, m.index + to))) continue;
      const end = m.index + to + (to === candidate.length ? EXTENSION.exec(text.slice(m.index + to, m.index + to + 16))?.[0].length ?? 0 : 0);
      out.push({
        rule: "pii.phone",
        kind: "phone",
        start: m.index + from,
        end,
        redacted: maskDigits(text.slice(m.index + from, end), 2)
      });
    }
    re.lastIndex = m.index + resumeAt(candidate, found2);
  }
  return out;
}
function regionsFor(candidate, defaultRegion, phoneWord, named) {
  if (/^(?:\+|\(\+|00[1-9])/.test(candidate)) return [defaultRegion];
  if (named) return [named, defaultRegion];
  const national = /^\(?0[1-9]/.test(candidate) && /[\s().\-/]/.test(candidate);
  return national || phoneWord ? [defaultRegion, ...OTHER_REGIONS.filter((r) => r !== defaultRegion)] : [defaultRegion];
}
var COUNTRY_WORDS = [
  ["israel", "IL"],
  ["uk ", "GB"],
  ["british", "GB"],
  ["britain", "GB"],
  ["england", "GB"],
  ["london", "GB"],
  ["german", "DE"],
  ["berlin", "DE"],
  ["france", "FR"],
  ["french", "FR"],
  ["paris", "FR"],
  ["india", "IN"],
  ["austral", "AU"],
  ["sydney", "AU"],
  ["spain", "ES"],
  ["spanish", "ES"],
  ["madrid", "ES"],
  ["ital", "IT"],
  ["dutch", "NL"],
  ["netherlands", "NL"],
  ["amsterdam", "NL"],
  ["brazil", "BR"],
  ["japan", "JP"],
  ["tokyo", "JP"],
  ["mexic", "MX"],
  ["canad", "CA"],
  ["china", "CN"],
  ["chinese", "CN"],
  ["irish", "IE"],
  ["ireland", "IE"],
  ["dublin", "IE"],
  ["swiss", "CH"],
  ["switzerland", "CH"],
  ["austria", "AT"],
  ["belgi", "BE"],
  ["swed", "SE"],
  ["poland", "PL"],
  ["polish", "PL"],
  ["portug", "PT"],
  ["korea", "KR"],
  ["singapore", "SG"],
  ["south africa", "ZA"],
  ["new zealand", "NZ"],
  ["argentin", "AR"],
  ["turk", "TR"],
  ["nigeria", "NG"],
  ["philippin", "PH"]
];
var COUNTRY_CONTEXT = 60;
function namedCountry(text, at) {
  const before = text.slice(Math.max(0, at - COUNTRY_CONTEXT), at).toLowerCase();
  const line = before.slice(before.lastIndexOf("\n") + 1);
  return COUNTRY_WORDS.find(([word]) => line.includes(word))?.[1];
}
function accept(text, at, candidate) {
  if (!plausibleGrouping(candidate) || DATE.test(candidate)) return "no";
  const before = text.slice(Math.max(0, at - CONTEXT), at);
  if (NOT_PHONE_WORD.test(before) || afterCodeToken(before)) return "no";
  if (PHONE_WORD.test(before)) return "phone-word";
  return /[\s().+\-/]/.test(candidate) ? "shape" : "no";
}
function afterCodeToken(before) {
  const token = before.slice(before.lastIndexOf(" ", before.length - 2) + 1).trimEnd();
  return before.endsWith(" ") && /[A-Za-z]/.test(token) && /[0-9]/.test(token) && /^[A-Za-z0-9]+$/.test(token);
}
function resumeAt(candidate, found2) {
  const last = found2[found2.length - 1];
  if (last) return last[1];
  if (candidate.length < MAX_CANDIDATE) return candidate.length;
  const sep = candidate.search(/\D/);
  return sep > 0 ? sep : candidate.length;
}
function cachedParser(defaultCountry, international) {
  const cache = /* @__PURE__ */ new Map();
  let calls = 0;
  return (candidate) => {
    const hit = cache.get(candidate);
    if (hit) return hit;
    if (++calls > LIBRARY_CALLS) return [];
    const found2 = international ? parseInternational(candidate) : findPhoneNumbersInText2(candidate, { defaultCountry }).filter((f) => f.number.isValid()).map((f) => ({ from: f.startsAt, to: f.endsAt, e164: f.number.number, national: f.number.formatNational() }));
    cache.set(candidate, found2);
    return found2;
  };
}
function parseInternational(candidate) {
  const from = candidate.length - candidate.trimStart().length;
  const number = parsePhoneNumber4(candidate.trim());
  return number?.isPossible() ? [{ from, to: candidate.trimEnd().length, e164: number.number, national: number.formatNational() }] : [];
}
var nanp = (region) => getCountryCallingCode2(region) === "1";
function withinGroups(written, national) {
  const breaks = (s) => {
    const out = [];
    let n = 0;
    for (const group of s.split(/[^0-9]+/)) if (group.length > 0) out.push(n += group.length);
    return out.slice(0, -1);
  };
  const nationalDigits = national.replace(/[^0-9]/g, "").length;
  const shift = written.replace(/[^0-9]/g, "").length - nationalDigits;
  const allowed = new Set(breaks(national).map((b) => b + shift));
  return breaks(written).every((b) => allowed.has(b) || shift === 1 && b === 1);
}
var FICTIONAL = /^\+(?:1[0-9]{3}55501[0-9]{2}|44(?:7700900|2079460|1[0-9]{2}4960|1914980|2896496|2920180|1632960|8081570|9098790|3069990)[0-9]{3}|61(?:[2378](?:5550|7010)[0-9]|49157[0-9])[0-9]{3})$/;
function fictional(e164, written) {
  if (FICTIONAL.test(e164)) return true;
  const digits = written.replace(/[^0-9]/g, "");
  return digits.startsWith("0") && (FICTIONAL.test(`+44${digits.slice(1)}`) || FICTIONAL.test(`+61${digits.slice(1)}`));
}
var FICTION_WORD = /\b(?:fictional|fictitious|fake|made[ -]up|dummy|placeholder|sample|example|reserved|demo|documentation|test)\b|\be\.g\./i;
var FICTION_BEFORE = 120;
var FICTION_AFTER = 40;
function around(text, from, to) {
  const before = text.slice(Math.max(0, from - FICTION_BEFORE), from);
  const after = text.slice(to, to + FICTION_AFTER);
  const newline = after.indexOf("\n");
  return before.slice(before.lastIndexOf("\n") + 1) + " " + (newline === -1 ? after : after.slice(0, newline));
}
function formerPlan(candidate) {
  const number = parsePhoneNumber4(candidate);
  const length = number?.nationalNumber.length ?? 0;
  return number && number.countryCallingCode !== "1" && length >= 8 && length <= 12 ? [[0, candidate.length, number.number]] : [];
}
function sameGroups(written, national) {
  const groups = (s) => s.split(/[^0-9]+/).filter((g) => g.length > 0).join(" ");
  return groups(written) === groups(national);
}
var DATE = /(?:^|\D)(?:(?:19|20)\d{2}[-/.](?:0?[1-9]|1[0-2])[-/.](?:0?[1-9]|[12]\d|3[01])|(?:0?[1-9]|[12]\d|3[01])[-/.](?:0?[1-9]|[12]\d|3[01])[-/.](?:19|20)\d{2})(?:\D|$)/;
function plausibleGrouping(candidate) {
  const groups = candidate.replace(/^(\+\d{1,3}) ?\(0\)/, "$1 ").split(/\D+/).filter((g) => g.length > 0);
  const digits = groups.join("").length;
  return digits >= 7 && digits <= 15 && groups.length <= 6;
}

// src/core/detect/pii/find-pii.ts
function findPii(text, options = {}) {
  const labels = findLabels(text);
  const strong = [
    ...findCards(text),
    ...findIbans(text),
    ...findNationalIds(text),
    ...findInternationalIds(text, labels),
    ...findPassports(text, labels),
    ...findLabelledIds(text, labels),
    ...findEmails(text),
    ...findHashedIdentifiers(text)
  ];
  const phones = findPhones(text, options).filter((p) => !strong.some((s) => s.start < p.end && p.start < s.end));
  return resolveOverlaps([...strong, ...phones]);
}
var MAY_HOLD_PII = /[0-9@]|<</g;
var HEX_LETTERS = /[A-Fa-f]{32}/g;
var CONTEXT_BEFORE = 60;
var WHITESPACE2 = /\s/;
function findPiiSkippingPlainLines(text, options = {}) {
  const lineStarts = startsOfLinesHolding(MAY_HOLD_PII, text);
  const hexLines = startsOfLinesHolding(HEX_LETTERS, text);
  const starts = hexLines.length === 0 ? lineStarts : [.../* @__PURE__ */ new Set([...lineStarts, ...hexLines])].sort((a, b) => a - b);
  const spans = [];
  for (const start of starts) {
    const newline = text.indexOf("\n", start);
    const to = newline === -1 ? text.length : newline + 1;
    let from = Math.max(0, start - CONTEXT_BEFORE);
    while (from > 0 && !WHITESPACE2.test(text[from - 1])) from--;
    const last = spans[spans.length - 1];
    if (last && from <= last[1]) last[1] = to;
    else spans.push([from, to]);
  }
  if (spans.length === 0) return [];
  const kept = spans.map(([from, to]) => text.slice(from, to)).join("");
  if (kept.length === text.length) return findPii(text, options);
  let span = 0;
  let spanStart = 0;
  return findPii(kept, options).map((m) => {
    for (let s = spans[span]; s && m.start >= spanStart + s[1] - s[0]; s = spans[span]) {
      spanStart += s[1] - s[0];
      span++;
    }
    const shift = (spans[span]?.[0] ?? 0) - spanStart;
    return { ...m, start: m.start + shift, end: m.end + shift };
  });
}
function startsOfLinesHolding(pattern, text) {
  const starts = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    starts.push(text.lastIndexOf("\n", m.index - 1) + 1);
    const newline = text.indexOf("\n", m.index);
    if (newline === -1) break;
    pattern.lastIndex = newline + 1;
  }
  return starts;
}

// src/core/detect/secrets/aws-secret-key.ts
var NEAR = 300;
var CANDIDATE2 = /(?<![A-Za-z0-9/+=])[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+=])/g;
function findAwsSecretKeys(text, accessKeys) {
  const out = [];
  for (const id of accessKeys) {
    const from = Math.max(0, id.start - NEAR);
    const window = text.slice(from, Math.min(text.length, id.end + NEAR));
    for (const m of matchesOf(CANDIDATE2, window)) {
      const value = m[0];
      if (charClasses(value) < 3 || shannonEntropy(value) < 4 || looksFake(value)) continue;
      const start = from + m.index;
      out.push({
        rule: "secrets.aws-secret-key",
        kind: "aws-secret-key",
        start,
        end: start + 40,
        redacted: maskSecret("aws-secret-key")
      });
    }
  }
  return out;
}

// src/core/detect/secrets/call-arguments.ts
var MAX_KEY2 = 60;
var MAX_SPACES = 3;
function findCallArguments(text) {
  const out = [];
  for (let comma = text.indexOf(","); comma !== -1; comma = text.indexOf(",", comma + 1)) {
    const quotedKey = quotedKeyBefore(text, comma);
    const key = quotedKey ?? constantKeyBefore(text, comma);
    if (key === void 0 || !(isSecretKey(key) || quotedKey !== void 0 && isWeakSecretKey(key))) continue;
    let at = comma + 1;
    for (let n = 0; n < MAX_SPACES && isBlank(text.charCodeAt(at)); n++) at++;
    const quote = text[at];
    if (quote !== '"' && quote !== "'") continue;
    const value = readValue(text, at);
    const match2 = value && keyedSecret(key, value);
    if (match2) out.push(match2);
  }
  return out;
}
function constantKeyBefore(text, comma) {
  let j = comma - 1;
  for (let n = 0; n < MAX_SPACES && isBlank(text.charCodeAt(j)); n++) j--;
  let start = j;
  while (start >= 0 && j - start <= MAX_KEY2 && isConstantChar(text.charCodeAt(start))) start--;
  const key = text.slice(start + 1, j + 1);
  if (!/^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/.test(key)) return void 0;
  let before = start;
  if (text[before] === ".") while (before >= 0 && (isKeyChar(text.charCodeAt(before)) || text[before] === ".")) before--;
  for (let n = 0; n < MAX_SPACES && isBlank(text.charCodeAt(before)); n++) before--;
  return text[before] === "(" || text[before] === "," ? key : void 0;
}
var isConstantChar = (c) => c >= 65 && c <= 90 || c >= 48 && c <= 57 || c === 95;
function quotedKeyBefore(text, comma) {
  let j = comma - 1;
  for (let n = 0; n < MAX_SPACES && isBlank(text.charCodeAt(j)); n++) j--;
  const quote = text[j];
  if (quote !== '"' && quote !== "'") return void 0;
  let start = j - 1;
  while (start >= 0 && j - start <= MAX_KEY2 && isKeyChar(text.charCodeAt(start))) start--;
  if (text[start] !== quote || start === j - 1) return void 0;
  return text.slice(start + 1, j);
}

// src/core/detect/secrets/cli-credentials.ts
var LINE_WINDOW = 300;
var USER_FLAG = /(?:^|[ \t])(?:-u|-U|--user(?:name)?)(?:[ \t=]|(?=[A-Za-z]))/;
var HTTP_CLIENT = /\b(?:curl|wget|http|httpie|xh)\b/;
var TOOL_PASSWORD_FLAG = [
  [/\bsshpass\b/, "p"],
  [/\bredis-cli\b/, "a"],
  [/\bopenssl\b/, "k"],
  // SQL Server's command-line tools (`sqlcmd -S db -U sa -P …`) and OpenLDAP's (`ldapsearch -D … -w …`).
  [/\b(?:sqlcmd|osql|bcp)\b/, "P"],
  [/\bldap(?:search|modify|add|delete|whoami|passwd|compare|modrdn|exop)\b/, "w"],
  // An encrypted archive's password (`zip -P … out.zip`, `unzip -P …`).
  [/\b(?:un)?zip\b/, "P"]
];
var NETRC_BEFORE = /^(?:login|machine)[ \t]+\S+\s+$/;
var UNSEAL = /^unseal[ \t]{1,3}([A-Za-z0-9+/]{43,60}={0,2})(?![A-Za-z0-9+/=])/;
var PARAMETER = /^-([A-Za-z][A-Za-z0-9]{2,40})[ \t:]{1,3}/;
function lineAround(text, at) {
  const from = Math.max(0, at - LINE_WINDOW);
  const before = text.slice(from, at).lastIndexOf("\n");
  const start = before === -1 ? from : from + before + 1;
  const after = text.slice(at, at + LINE_WINDOW);
  const newline = after.indexOf("\n");
  return { start, line: text.slice(start, at + (newline === -1 ? after.length : newline)) };
}
var asPassword = (value, rule) => {
  const match2 = value && value.text.length > 0 && !value.text.startsWith("-") ? keyedSecret("password", value) : void 0;
  return match2 && { ...match2, rule, redacted: `${rule.slice(8)}: ${maskSecret("generic-secret")}` };
};
function findCliCredentials(text, wordAt) {
  const out = [];
  for (let at = text.indexOf("-"); at !== -1; at = text.indexOf("-", at + 1)) {
    const before = text[at - 1];
    if (at > 0 && !isBlank(text.charCodeAt(at - 1)) && !"\n\"'`(".includes(before ?? "")) continue;
    const next = text.charCodeAt(at + 1) | 32;
    if ((next < 97 || next > 122) && text[at + 1] !== "-") continue;
    const found2 = passwordFlag(text, at) ?? toolPassword(text, at) ?? basicAuth(text, at) ?? parameter(text, at);
    if (found2) out.push(found2);
  }
  return [
    ...out,
    ...findNetrcPasswords(text, wordAt("password")),
    ...findUnsealKeys(text),
    ...findNetUsePasswords(text),
    ...findPipedPasswords(text)
  ];
}
var READS_PASSWORD = ["--password-stdin", "sudo -S", "sudo -kS", "passwd --stdin"];
var ECHO = /^[ \t]*(?:echo|printf)[ \t]+(?:-[neE]{1,3}[ \t]+)?/;
function findPipedPasswords(text) {
  const out = [];
  for (const needle of READS_PASSWORD) {
    for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + needle.length)) {
      const { start, line } = lineAround(text, at);
      const before = line.slice(0, at - start);
      const pipe = before.lastIndexOf("|");
      if (pipe < 1 || before[pipe - 1] === "|") continue;
      const from = Math.max(before.lastIndexOf(";", pipe), before.lastIndexOf("&", pipe), before.lastIndexOf("(", pipe)) + 1;
      const echo = ECHO.exec(before.slice(from, pipe));
      if (!echo) continue;
      const value = readValue(text, start + from + echo[0].length);
      if (!value || value.start + value.text.length > start + pipe) continue;
      const found2 = asPassword(value.quoted ? value : { ...value, text: value.text.trimEnd() }, "secrets.cli-flag");
      if (found2) out.push(found2);
    }
  }
  return out;
}
function findNetUsePasswords(text) {
  const out = [];
  for (let at = text.indexOf("net use "); at !== -1; at = text.indexOf("net use ", at + 8)) {
    if (at > 0 && /[A-Za-z0-9_]/.test(text[at - 1] ?? " ")) continue;
    const { start, line } = lineAround(text, at);
    const rest = line.slice(at - start + 8);
    let offset = at + 8;
    let share = false;
    for (const token of rest.split(/([ \t]+)/)) {
      const tokenAt = offset;
      offset += token.length;
      if (token === "" || /^[ \t]+$/.test(token)) continue;
      if (token.startsWith("\\\\")) share = true;
      else if (share && !token.startsWith("/") && !/^[A-Za-z]:$|^\*$/.test(token)) {
        const value = readValue(text, tokenAt);
        const found2 = value && /[0-9]/.test(value.text) ? asPassword(value, "secrets.cli-flag") : void 0;
        if (found2) out.push(found2);
        break;
      }
    }
  }
  return out;
}
function findUnsealKeys(text) {
  const out = [];
  for (let at = text.indexOf("unseal"); at !== -1; at = text.indexOf("unseal", at + 6)) {
    const m = UNSEAL.exec(text.slice(at, at + 120));
    if (!m) continue;
    const start = at + m[0].length - (m[1]?.length ?? 0);
    out.push({
      rule: "secrets.cli-flag",
      kind: "generic-secret",
      start,
      end: start + (m[1]?.length ?? 0),
      redacted: `vault unseal key: ${maskSecret("generic-secret")}`
    });
  }
  return out;
}
function passwordFlag(text, at) {
  if (text[at + 1] !== "p") return void 0;
  const spaced = isBlank(text.charCodeAt(at + 2));
  if (!spaced && !/[A-Za-z0-9!@#$%^&*'"]/.test(text[at + 2] ?? " ")) return void 0;
  const { start, line } = lineAround(text, at);
  const user = USER_FLAG.exec(line.slice(0, at - start));
  if (!user || !spaced && !/\bmysql/.test(line)) return void 0;
  if (/^[ \t=]*['"]?[a-z]+:\/\//i.test(line.slice(user.index + user[0].length, user.index + user[0].length + 20)))
    return void 0;
  let valueAt2 = at + 2;
  while (isBlank(text.charCodeAt(valueAt2))) valueAt2++;
  return asPassword(readValue(text, valueAt2), "secrets.cli-flag");
}
function toolPassword(text, at) {
  if (!isBlank(text.charCodeAt(at + 2))) return void 0;
  const { start, line } = lineAround(text, at);
  const before = line.slice(0, at - start);
  if (!TOOL_PASSWORD_FLAG.some(([tool, flag]) => text[at + 1] === flag && tool.test(before))) return void 0;
  let valueAt2 = at + 2;
  while (isBlank(text.charCodeAt(valueAt2))) valueAt2++;
  return asPassword(readValue(text, valueAt2), "secrets.cli-flag");
}
function basicAuth(text, at) {
  const flag = /^(?:-u|-U|--user)(?:[ \t]{1,3}|=)/.exec(text.slice(at, at + 12))?.[0];
  if (!flag) return void 0;
  const { start, line } = lineAround(text, at);
  const samba = flag.startsWith("-U") && /\bsmbclient\b/.test(line.slice(0, at - start));
  if (!samba && (flag.startsWith("-U") || !HTTP_CLIENT.test(line.slice(0, at - start)))) return void 0;
  const pair = readValue(text, at + flag.length);
  const colon = pair?.text.indexOf(samba ? "%" : ":") ?? -1;
  if (!pair || colon < 1) return void 0;
  return asPassword({ text: pair.text.slice(colon + 1), start: pair.start + colon + 1, quoted: pair.quoted }, "secrets.cli-flag");
}
function parameter(text, at) {
  if (text[at + 1] === "-") return void 0;
  const m = PARAMETER.exec(text.slice(at, at + 50));
  if (!m) return void 0;
  const value = readValue(text, at + m[0].length);
  const match2 = value && value.text.length > 0 && !value.text.startsWith("-") ? keyedSecret(m[1] ?? "", value) : void 0;
  return match2 && { ...match2, rule: "secrets.cli-flag" };
}
function findNetrcPasswords(text, passwordsAt) {
  const out = [];
  for (const at of passwordsAt) {
    if (/\w/.test(text[at - 1] ?? " ") || !isBlank(text.charCodeAt(at + 8))) continue;
    const context = text.slice(Math.max(0, at - 200), at).toLowerCase();
    const from = Math.max(context.lastIndexOf("login"), context.lastIndexOf("machine"));
    if (from === -1 || /\w/.test(context[from - 1] ?? " ") || !NETRC_BEFORE.test(context.slice(from))) continue;
    let valueAt2 = at + 8;
    while (isBlank(text.charCodeAt(valueAt2))) valueAt2++;
    const found2 = asPassword(readValue(text, valueAt2), "secrets.credential-in-prose");
    if (found2) out.push(found2);
  }
  return out;
}

// src/core/detect/secrets/credential-calls.ts
var CREDENTIAL_CALL = /(?:^|\.)(?:[A-Za-z]{0,30}Credentials?|PasswordAuthentication|[A-Za-z]{0,10}BasicAuth|(?:with_)?basic_auth|basicAuth|auth|DirectoryEntry|[Ll]ogin|[Aa]uthenticate|[Ss]ignIn)$/;
var CONNECT_CALL = /(?:^|\.)(?:mysqli|PDO|FTP(?:_TLS)?|SMTP(?:_SSL)?|getConnection|[Cc]onnect|simple_bind(?:_s)?|bind_s|(?:mysqli?|mssql|sqlsrv|pg|oci|odbc|db2|ibase|ftp|ldap|ssh2)_(?:p?connect|real_connect|login|bind|auth_password))$/;
var CLIENT_CALL = /(?:^|[.\s]|[a-z])Client$/;
var MAX_ARGS = 400;
var NAME_WINDOW = 40;
function findCredentialCalls(text, passwordsAt = []) {
  const out = [];
  for (let at = text.indexOf("("); at !== -1; at = text.indexOf("(", at + 1)) {
    const name = callNameBefore(text, at);
    if (CLIENT_CALL.test(name)) {
      const key = loneKey(text, at + 1);
      if (key) out.push(key);
      continue;
    }
    if (COMPARE_CALL.test(name)) {
      const found3 = comparedSecret(text, name, at + 1);
      if (found3) out.push(found3);
      continue;
    }
    if (CONNECT_CALL.test(name)) {
      const found3 = connectionPassword(text, at + 1);
      if (found3) out.push(found3);
      continue;
    }
    if (!CREDENTIAL_CALL.test(name)) continue;
    const args = stringArguments(text, at + 1);
    const password = args.last;
    if (args.commas < 1 && !/(?:^|\.)auth$/.test(name) || !password) continue;
    const found2 = asPassword2(password);
    if (found2) out.push(found2);
  }
  return [...out, ...findSecureStrings(text), ...findDslPasswords(text, passwordsAt), ...findAuthPairs(text)];
}
var COMPARE_CALL = /(?:^|\.)(?:equals(?:IgnoreCase)?|Equals|strn?cmp|strcasecmp|compare_digest|hash_equals|secure_compare|constant_time_compare|timingSafeEqual)$/;
var COMPARED = /^[ \t]*(?:([A-Za-z_$][\w$.]{0,60})[ \t]*,[ \t]*(?=["'])|(?=["']))/;
function comparedSecret(text, name, from) {
  const dot = name.lastIndexOf(".");
  const receiver = dot > 0 ? lastSegment(name.slice(0, dot)) : void 0;
  const close = from - 2 - name.length;
  const quote = text[close];
  if (dot === 0 && (quote === '"' || quote === "'")) {
    const open = text.lastIndexOf(quote, close - 1);
    const value2 = open !== -1 && close - open <= 200 ? readValue(text, open) : void 0;
    const key2 = /^[ \t]*([A-Za-z_$][\w$.]{0,60})[ \t]*\)/.exec(text.slice(from, from + 80))?.[1];
    return value2 && key2 && value2.start + value2.text.length === close ? keyedSecret(lastSegment(key2), value2) : void 0;
  }
  const m = COMPARED.exec(text.slice(from, from + 80));
  if (!m) return void 0;
  const value = readValue(text, from + m[0].length);
  if (!value) return void 0;
  const after = text.slice(value.start + value.text.length + 1, value.start + value.text.length + 80);
  const key = m[1] !== void 0 ? lastSegment(m[1]) : receiver ?? lastSegment(/^[ \t]*,[ \t]*([A-Za-z_$][\w$.]{0,60})[ \t]*\)/.exec(after)?.[1] ?? "");
  if (!key || m[1] !== void 0 && receiver !== void 0 && !/^(?:String|Objects|string|str|hmac|crypto|secrets|Rack::Utils|ActiveSupport::SecurityUtils)$/.test(receiver))
    return void 0;
  return keyedSecret(key, value);
}
var lastSegment = (name) => name.slice(name.lastIndexOf(".") + 1).replace(/^\$/, "");
function connectionPassword(text, from) {
  const args = positionalArguments(text, from)?.filter((a) => !("number" in a));
  if (args === void 0 || args.length < 2) return void 0;
  const first = args[0];
  const hostFirst = !("literal" in first) || !DN.test(first.literal.text) && (HOST.test(first.literal.text) || args.length >= 4);
  const [user, password] = hostFirst ? [args[1], args[2]] : [args[0], args[1]];
  if (!hostFirst && args.length > 3) return void 0;
  if (!hostFirst && args[2] !== void 0 && "literal" in args[2] && !HOST.test(args[2].literal.text)) return void 0;
  if (user === void 0 || password === void 0 || !("literal" in password)) return void 0;
  if ("literal" in user && (NOT_A_USER.test(user.literal.text) || user.literal.text === password.literal.text)) return void 0;
  const value = password.literal.text;
  if (NAME2.test(value) || charClasses(value) + Number(/[^A-Za-z0-9]/.test(value)) < 2) return void 0;
  return asPassword2(password.literal);
}
var HOST = /[.:/@=\\]|^localhost$/i;
var DN = /^(?:cn|uid|ou|dc|o|mail|samaccountname)=/i;
var NOT_A_USER = /[:/]|^localhost$/i;
var NAME2 = /^[a-z]+(?:[_.-][a-z0-9]+)*$/;
function positionalArguments(text, from) {
  const args = [];
  const end = Math.min(text.length, from + MAX_ARGS);
  let pos = from;
  let current;
  let keyword = false;
  let depth = 0;
  while (pos < end) {
    const c = text[pos] ?? "";
    if (c === '"' || c === "'") {
      const value = readValue(text, pos);
      if (!value) return void 0;
      if (depth === 0 && current === void 0 && !keyword) current = { literal: value };
      else current = { other: true };
      pos = value.start + value.text.length + 1;
      continue;
    }
    if (c === "(" || c === "[" || c === "{") depth++;
    else if ((c === ")" || c === "]" || c === "}") && depth > 0) depth--;
    else if (depth === 0 && (c === "," || c === ")")) {
      if (current !== void 0 && !keyword) args.push(current);
      if (c === ")") return args;
      current = void 0;
      keyword = false;
    } else if (depth === 0 && keywordOperator(text, pos)) keyword = true;
    else if (depth === 0 && !isBlank(text.charCodeAt(pos)) && c !== "\n" && c !== "\r") {
      current = /[0-9]/.test(c) && (current === void 0 || "number" in current) ? { number: true } : { other: true };
    }
    pos++;
  }
  return void 0;
}
var keywordOperator = (text, pos) => {
  const c = text[pos];
  if (c === "=") return text[pos + 1] !== "=" && text[pos + 1] !== ">" && !"=!<>".includes(text[pos - 1] ?? "");
  return c === ":" && text[pos + 1] !== ":" && text[pos - 1] !== ":";
};
var AUTH_PAIR = /["']?[ \t]{0,3}(?:=>|=|:)[ \t]{0,3}[([][ \t]{0,3}(?=["'])/y;
function findAuthPairs(text) {
  const out = [];
  for (let at = text.indexOf("auth"); at !== -1; at = text.indexOf("auth", at + 4)) {
    if (/[A-Za-z0-9]/.test(text[at - 1] ?? " ")) continue;
    AUTH_PAIR.lastIndex = at + 4;
    const m = AUTH_PAIR.exec(text);
    if (!m) continue;
    const user = readValue(text, at + 4 + m[0].length);
    if (!user || user.text === "") continue;
    let pos = user.start + user.text.length + 1;
    for (let n = 0; n < 3 && isBlank(text.charCodeAt(pos)); n++) pos++;
    if (text[pos] !== ",") continue;
    pos++;
    for (let n = 0; n < 3 && isBlank(text.charCodeAt(pos)); n++) pos++;
    const password = text[pos] === '"' || text[pos] === "'" ? readValue(text, pos) : void 0;
    const found2 = password && password.text !== user.text ? asPassword2(password) : void 0;
    if (found2) out.push(found2);
  }
  return out;
}
var DSL_PASSWORD = /^[Pp]assword[ \t]{1,3}(["'])([^"'\n]{1,80})\1[ \t]*(?:$|\n|\r|\/\/|#)/;
var DSL_PREFIX = /(?:store|key)$/;
function findDslPasswords(text, passwordsAt) {
  const out = [];
  for (const at of passwordsAt) {
    let from = at - (DSL_PREFIX.exec(text.slice(Math.max(0, at - 5), at))?.[0].length ?? 0);
    const word = from;
    while (from > 0 && word - from < 80 && isBlank(text.charCodeAt(from - 1))) from--;
    if (from > 0 && text[from - 1] !== "\n") continue;
    const m = DSL_PASSWORD.exec(text.slice(at, at + 120));
    if (!m) continue;
    const found2 = asPassword2({ text: m[2] ?? "", start: at + m[0].indexOf(m[1] ?? "") + 1, quoted: true });
    if (found2) out.push(found2);
  }
  return out;
}
function callNameBefore(text, paren) {
  let end = paren;
  while (end > 0 && isBlank(text.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > Math.max(0, end - NAME_WINDOW) && /[\w.-]/.test(text[start - 1] ?? " ")) start--;
  return text.slice(start, end);
}
function stringArguments(text, from) {
  let last;
  let commas = 0;
  let pos = from;
  const end = Math.min(text.length, from + MAX_ARGS);
  while (pos < end && text[pos] !== ")") {
    const c = text[pos] ?? "";
    if (c === '"' || c === "'") {
      const value = readValue(text, pos);
      if (!value) return { commas };
      last = /[=:][ \t]*$/.test(text.slice(Math.max(from, pos - 4), pos)) ? void 0 : value;
      pos = value.start + value.text.length + 1;
      continue;
    }
    if (c === "(" && text.slice(pos - 4, pos) === "Some" && !/\w/.test(text[pos - 5] ?? " ")) {
      pos++;
      continue;
    }
    if (c === "(") return { ...last ? { last } : {}, commas };
    if (c === ",") {
      commas++;
      last = void 0;
    }
    pos++;
  }
  return { ...last ? { last } : {}, commas };
}
function loneKey(text, from) {
  const args = stringArguments(text, from);
  const key = args.commas === 0 ? args.last : firstBeforeKeywords(text, from);
  if (!key || /[/:@]/.test(key.text) || !machineMade(key.text)) return void 0;
  return {
    rule: "secrets.generic-assignment",
    kind: "generic-secret",
    start: key.start,
    end: key.start + key.text.length,
    redacted: `client key: ${maskSecret("generic-secret")}`
  };
}
var KEYWORD_ARGUMENT = /^[ \t\r\n]*[A-Za-z_]\w{0,40}[ \t]*=(?!=)/;
function firstBeforeKeywords(text, from) {
  let pos = from;
  while (pos < text.length && pos - from < 20 && /[ \t\r\n]/.test(text[pos] ?? "")) pos++;
  if (text[pos] !== '"' && text[pos] !== "'") return void 0;
  const first = readValue(text, pos);
  if (!first) return void 0;
  const after = first.start + first.text.length + 1;
  const close = text.indexOf(")", after);
  if (close === -1 || close - after > MAX_ARGS) return void 0;
  const rest = text.slice(after, close);
  if (rest.includes("(") || !rest.trimStart().startsWith(",")) return void 0;
  return rest.split(",").slice(1).every((arg) => KEYWORD_ARGUMENT.test(arg)) ? first : void 0;
}
var asPassword2 = (value) => {
  if (/^[a-z]+:\/\/|@[\w-]+\.|\s/i.test(value.text) || /^[a-z]+$/i.test(value.text) && value.text.length < 10) return void 0;
  const match2 = keyedSecret("password", value);
  return match2 && { ...match2, redacted: `password: ${maskSecret("generic-secret")}` };
};
var SECURE_STRING_SWITCH = /^-(?:String|Force|AsPlainText)(?![A-Za-z])/i;
function findSecureStrings(text) {
  const out = [];
  for (let at = text.indexOf("ConvertTo-SecureString"); at !== -1; at = text.indexOf("ConvertTo-SecureString", at + 1)) {
    let pos = at + "ConvertTo-SecureString".length;
    for (let i = 0; i < 4; i++) {
      while (isBlank(text.charCodeAt(pos))) pos++;
      const flag = SECURE_STRING_SWITCH.exec(text.slice(pos, pos + 13));
      if (!flag) break;
      pos += flag[0].length;
    }
    if (!isBlank(text.charCodeAt(pos - 1))) continue;
    const value = text[pos] === "$" || text[pos] === "(" || text[pos] === "-" ? void 0 : readValue(text, pos);
    if (!value) continue;
    const plain = /-AsPlainText/i.test(text.slice(at, pos + 200));
    const found2 = plain || value.text.length <= 40 ? asPassword2(value) : void 0;
    if (found2) out.push(found2);
  }
  return out;
}

// src/core/detect/secrets/credentialed-url.ts
var USERINFO = /:\/\/([^\s/?#@:"'<>\\]{0,256}(?:@[A-Za-z0-9.-]{1,253})?):([^\s/?#@"'<>\\]{1,256})@([A-Za-z0-9.-]{1,253})/g;
var SCHEME = /[A-Za-z][A-Za-z0-9+.-]{0,30}$/;
var EXAMPLE_HOST = /(?:^|\.)(?:example\.(?:com|org|net)|example|test|invalid)$/i;
function placeholderUserinfo(user, password, host) {
  if (isPlaceholderValue(password)) return true;
  if (password === user || /^\$|^%/.test(password) || /\[redacted/i.test(user + password)) return true;
  return EXAMPLE_HOST.test(host) && !madePassword(password);
}
function madePassword(encoded) {
  let value = encoded;
  try {
    value = decodeURIComponent(encoded);
  } catch {
  }
  if (value.length < 10 || !/[a-z]/.test(value) || !/[A-Z]/.test(value)) return false;
  if (randomCase(value) && !saysFake(value) && !isPlaceholderValue(value)) return true;
  if (!/[^A-Za-z]/.test(value) || !/[A-Za-z0-9][^A-Za-z0-9]+[A-Za-z0-9]|[A-Za-z][0-9]|[0-9][A-Za-z]/.test(value)) return false;
  return !saysFake(value) && !isPlaceholderValue(value) && !/pass|secret|word/i.test(value) && !LEET_PASSWORD.test(value);
}
var FIRST_USERINFO = new RegExp(USERINFO.source);
function hasPlaceholderUserinfo(text) {
  const m = FIRST_USERINFO.exec(text);
  return m !== null && placeholderUserinfo(m[1] ?? "", m[2] ?? "", m[3] ?? "");
}
var DRIVER_DSN = /(?<=["'`])([\w.-]{1,64}):([^\s@"'`]{1,128})@(?:tcp|unix|udp)\(/g;
function findDriverDsns(text) {
  if (!text.includes("@tcp(") && !text.includes("@unix(") && !text.includes("@udp(")) return [];
  const out = [];
  for (const m of matchesOf(DRIVER_DSN, text)) {
    const [, user = "", password = ""] = m;
    if (placeholderUserinfo(user, password, "")) continue;
    out.push({
      rule: "secrets.credentialed-url",
      kind: "credentialed-url",
      start: m.index,
      end: m.index + user.length + 1 + password.length,
      redacted: `${maskSecret("credentialed-url")}@tcp(\u2026)`
    });
  }
  return out;
}
function findCredentialedUrls(text) {
  const out = findDriverDsns(text);
  for (const m of matchesOf(USERINFO, text)) {
    const [, user = "", password = "", host = ""] = m;
    const scheme = SCHEME.exec(text.slice(Math.max(0, m.index - 31), m.index))?.[0];
    if (!scheme || placeholderUserinfo(user, password, host)) continue;
    if (user === "" && !/[A-Za-z]/.test(password)) continue;
    const start = m.index + 3;
    out.push({
      rule: "secrets.credentialed-url",
      kind: "credentialed-url",
      start,
      end: start + user.length + 1 + password.length,
      redacted: `${scheme}://${maskSecret("credentialed-url")}@${host.slice(0, 80)}`
    });
  }
  return out;
}

// src/core/detect/secrets/generated/gitleaks-rules.ts
var GITLEAKS_KEYED_OPERATOR = /^(?:[ \t\w.\-]{0,20})[\s'"]{0,3}(?:=|>|:{1,3}=|\|\||:|=>|\?=|,)[\x60'"\s=]{0,5}/;
var GITLEAKS_GLOBAL_ALLOW = [
  /^true|false|null$/i,
  /^(?:[aA]+|[bB]+|[cC]+|[dD]+|[eE]+|[fF]+|[gG]+|[hH]+|[iI]+|[jJ]+|[kK]+|[lL]+|[mM]+|[nN]+|[oO]+|[pP]+|[qQ]+|[rR]+|[sS]+|[tT]+|[uU]+|[vV]+|[wW]+|[xX]+|[yY]+|[zZ]+|\*+|\.+)$/,
  /^\$(?:\d+|\{\d+\})$/,
  /^\$(?:[A-Z_]+|[a-z_]+)$/,
  /^\$\{(?:[A-Z_]+|[a-z_]+)\}$/,
  /^%(?:[A-Z_]+|[a-z_]+)%$/,
  /^%[+\-# 0]?[bcdeEfFgGoOpqstTUvxX]$/,
  /^\{\d{0,2}\}$/,
  /^@(?:[A-Z_]+|[a-z_]+)@$/,
  /^\/Users\/[a-zA-Z0-9]+\/[\w .-\/]+$/,
  /^\/(?:bin|etc|home|opt|tmp|usr|var)\/[\w .\/\-]+$/
];
var GITLEAKS_GLOBAL_STOPWORDS = ["014df517-39d1-4453-b7b3-9930c563627c", "abcdefghijklmnopqrstuvwxyz"];
var GITLEAKS_RULES = [
  {
    id: "1password-secret-key",
    title: "1Password secret key",
    description: "Uncovered a possible 1Password secret key, potentially compromising access to secrets in vaults.",
    severity: "critical",
    keywords: ["a3-"],
    entropy: 3.8,
    prefixLength: 3,
    tokens: [
      { regex: /\bA3-[A-Z0-9]{6}-(?:(?:[A-Z0-9]{11})|(?:[A-Z0-9]{6}-[A-Z0-9]{5}))-[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5}\b/g, group: -1 }
    ],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "1password-service-account-token",
    title: "1Password service account token",
    description: "Uncovered a possible 1Password service account token, potentially compromising access to secrets in vaults.",
    severity: "critical",
    keywords: ["ops_"],
    entropy: 4,
    prefixLength: 7,
    tokens: [
      { regex: /ops_eyJ[a-zA-Z0-9+\/]{250,}={0,3}/g, group: -1 }
    ],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "adafruit-api-key",
    title: "Adafruit API key",
    description: "Identified a potential Adafruit API Key, which could lead to unauthorized access to Adafruit services and sensitive data exposure.",
    severity: "critical",
    keywords: ["adafruit"],
    entropy: 0,
    prefixLength: 0,
    tokens: [],
    keyed: [
      {
        identifier: /(?:adafruit)/iy,
        secret: /^(?:[a-z0-9_\-]{32})(?=[\x60'"\s;<>()\[\]{},.!?&|]|\\[nr]|$)/i
      }
    ],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "adobe-client-id",
    title: "Adobe client ID",
    description: "Detected a pattern that resembles an Adobe OAuth Web Client ID, posing a risk of compromised Adobe integrations and data breaches.",
    severity: "medium",
    keywords: ["adobe"],
    entropy: 2,
    prefixLength: 0,
    tokens: [],
    keyed: [
      {
        identifier: /(?:adobe)/iy,
        secret: /^(?:[a-f0-9]{32})(?=[\x60'"\s;<>()\[\]{},.!?&|]|\\[nr]|$)/i
      }
    ],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "adobe-client-secret",
    title: "Adobe client secret",
    description: "Discovered a potential Adobe Client Secret, which, if exposed, could allow unauthorized Adobe service access and data manipulation.",
    severity: "critical",
    keywords: ["p8e-"],
    entropy: 2,
    prefixLength: 4,
    tokens: [
      { regex: /\b(p8e-[a-zA-Z0-9]{32})(?:[\x60'"\s;<>()\[\]{},.!?&|]|\\[nr]|$)/g, group: -1 }
    ],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "age-secret-key",
    title: "Age secret key",
    description: "Discovered a potential Age encryption tool secret key, risking data decryption and unauthorized access to sensitive information.",
    severity: "critical",
    keywords: ["age-secret-key-1"],
    entropy: 0,
    prefixLength: 16,
    tokens: [
      { regex: /AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}/g, group: -1 }
    ],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "airtable-api-key",
    title: "Airtable API key",
    description: "Uncovered a possible Airtable API Key, potentially compromising database access and leading to data leakage or alteration.",
    severity: "critical",
    keywords: ["airtable"],
    entropy: 0,
    prefixLength: 0,
    tokens: [],
    keyed: [
      {
        identifier: /(?:airtable)/iy,
        secret: /^(?:[a-z0-9]{17})(?=[\x60'"\s;<>()\[\]{},.!?&|]|\\[nr]|$)/i
      }
    ],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "airtable-personnal-access-token",
    title: "Airtable personnal access token",
    description: "Uncovered a possible Airtable Personal AccessToken, potentially compromising database access and leading to data leakage or alteration.",
    severity: "critical",
    keywords: ["airtable"],
    entropy: 0,
    prefixLength: 3,
    tokens: [
      { regex: /\b(pat[A-Za-z0-9]{14}\.[a-f0-9]{64})\b/g, group: -1 }
    ],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "algolia-api-key",
    title: "Algolia API key",
    description: "Identified an Algolia API Key, which could result in unauthorized search operations and data exposure on Algolia-managed platforms.",
    severity: "critical",
    keywords: ["algolia"],
    entropy: 0,
    prefixLength: 0,
    tokens: [],
    keyed: [
      {
        identifier: /(?:algolia)/iy,
        secret: /^(?:[a-z0-9]{32})(?=[\x60'"\s;<>()\[\]{},.!?&|]|\\[nr]|$)/i
      }
    ],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "alibaba-access-key-id",
    title: "Alibaba access key ID",
    description: "Detected an Alibaba Cloud AccessKey ID, posing a risk of unauthorized cloud resource access and potential data compromise.",
    severity: "medium",
    keywords: ["ltai"],
    entropy: 2,
    prefixLength: 4,
    tokens: [
      { regex: /\b(LTAI[a-zA-Z0-9]{20})(?:[\x60'"\s;<>()\[\]{},.!?&|]|\\[nr]|$)/g, group: -1 }
    ],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "alibaba-secret-key",
    title: "Alibaba secret key",
    description: "Discovered a potential Alibaba Cloud Secret Key, potentially allowing unauthorized operations and data access within Alibaba Cloud.",
    severity: "critical",
    keywords: ["alibaba"],
    entropy: 2,
    prefixLength: 0,
    tokens: [],
    keyed: [
      {
        identifier: /(?:alibaba)/iy,
        secret: /^(?:[a-z0-9]{30})(?=[\x60'"\s;<>()\[\]{},.!?&|]|\\[nr]|$)/i
      }
    ],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "anthropic-admin-api-key",
    title: "Anthropic admin API key",
    description: "Detected an Anthropic Admin API Key, risking unauthorized access to administrative functions and sensitive AI model configurations.",
    severity: "critical",
    keywords: ["sk-ant-admin01"],
    entropy: 0,
    prefixLength: 15,
    tokens: [
      { regex: /\b(sk-ant-admin01-[a-zA-Z0-9_\-]{93}AA)(?:[\x60'"\s;<>()\[\]{},.!?&|]|\\[nr]|$)/g, group: -1 }
    ],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "artifactory-api-key",
    title: "Artifactory API key",
    description: "Detected an Artifactory api key, posing a risk unauthorized access to the central repository.",
    severity: "critical",
    keywords: ["akcp"],
    entropy: 4.5,
    prefixLength: 4,
    tokens: [
      { regex: /\bAKCp[A-Za-z0-9]{69}\b/g, group: -1 }
    ],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "artifactory-reference-token",
    title: "Artifactory reference token",
    description: "Detected an Artifactory reference token, posing a risk of impersonation and unauthorized access to the central repository.",
    severity: "critical",
    keywords: ["cmvmd"],
    entropy: 4.5,
    prefixLength: 5,
    tokens: [
      { regex: /\bcmVmd[A-Za-z0-9]{59}\b/g, group: -1 }
    ],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "asana-client-id",
    title: "Asana client ID",
    description: "Discovered a potential Asana Client ID, risking unauthorized access to Asana projects and sensitive task information.",
    severity: "medium",
    keywords: ["asana"],
    entropy: 0,
    prefixLength: 0,
    tokens: [],
    keyed: [
      {
        identifier: /(?:asana)/iy,
        secret: /^(?:[0-9]{16})(?=[\x60'"\s;<>()\[\]{},.!?&|]|\\[nr]|$)/i
      }
    ],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "asana-client-secret",
    title: "Asana client secret",
    description: "Identified an Asana Client Secret, which could lead to compromised project management integrity and unauthorized access.",
    severity: "critical",
    keywords: ["asana"],
    entropy: 0,
    prefixLength: 0,
    tokens: [],
    keyed: [
      {
        identifier: /(?:asana)/iy,
        secret: /^(?:[a-z0-9]{32})(?=[\x60'"\s;<>()\[\]{},.!?&|]|\\[nr]|$)/i
      }
    ],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "atlassian-api-token",
    title: "Atlassian API token",
    description: "Detected an Atlassian API token, posing a threat to project management and collaboration tool security and data confidentiality.",
    severity: "critical",
    keywords: ["atlassian", "confluence", "jira", "atatt3"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [
      { regex: /\b(ATATT3[A-Za-z0-9_\-=]{186})(?:[\x60'"\s;<>()\[\]{},.!?&|]|\\[nr]|$)/gi, group: -1 }
    ],
    keyed: [
      {
        identifier: /(?:(?:ATLASSIAN|[Aa]tlassian)|(?:CONFLUENCE|[Cc]onfluence)|(?:JIRA|[Jj]ira))/y,
        secret: /^(?:[a-z0-9]{20}[a-f0-9]{4})(?=[\x60'"\s;<>()\[\]{},.!?&|]|\\[nr]|$)/i
      }
    ],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "authress-service-client-access-key",
    title: "Authress service client access key",
    description: "Uncovered a possible Authress Service Client Access Key, which may compromise access control services and sensitive data.",
    severity: "critical",
    keywords: ["sc_", "ext_", "scauth_", "authress_"],
    entropy: 2,
    prefixLength: 0,
    tokens: [
      { regex: /\b((?:sc|ext|scauth|authress)_[a-zA-Z0-9]{5,30}\.[a-zA-Z0-9]{4,6}\.(?:acc)[_\-][a-zA-Z0-9\-]{10,32}\.[a-zA-Z0-9+\/_=\-]{30,120})(?:[\x60'"\s;<>()\[\]{},.!?&|]|\\[nr]|$)/g, group: -1 }
    ],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "aws-access-token",
    title: "AWS access token",
    description: "Identified a pattern that may indicate AWS credentials, risking unauthorized cloud resource access and data breaches on AWS platforms.",
    severity: "critical",
    keywords: ["a3t", "akia", "asia", "abia", "acca"],
    entropy: 3,
    prefixLength: 3,
    tokens: [
      { regex: /\b((?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16})\b/g, group: -1 }
    ],
    keyed: [],
    allow: [/.EXAMPLE$/],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "aws-amazon-bedrock-api-key-long-lived",
    title: "AWS amazon bedrock API key long lived",
    description: "Identified a pattern that may indicate long-lived Amazon Bedrock API keys, risking unauthorized Amazon Bedrock usage",
    severity: "critical",
    keywords: ["absk"],
    entropy: 3,
    prefixLength: 4,
    tokens: [
      { regex: /\b(ABSK[A-Za-z0-9+\/]{109,269}={0,2})(?:[\x60'"\s;<>()\[\]{},.!?&|]|\\[nr]|$)/g, group: -1 }
    ],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "aws-amazon-bedrock-api-key-short-lived",
    title: "AWS amazon bedrock API key short lived",
    description: "Identified a pattern that may indicate short-lived Amazon Bedrock API keys, risking unauthorized Amazon Bedrock usage",
    severity: "critical",
    keywords: ["bedrock-api-key-"],
    entropy: 3,
    prefixLength: 16,
    tokens: [
      { regex: /bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29t/g, group: -1 }
    ],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "azure-ad-client-secret",
    title: "Azure ad client secret",
    description: "Azure AD Client Secret",
    severity: "critical",
    keywords: ["q~"],
    entropy: 3,
    prefixLength: 0,
    tokens: [
      { regex: /(?:^|[\\'"\x60\s>=:(,)])([a-zA-Z0-9_~.]{3}\dQ~[a-zA-Z0-9_~.\-]{31,34})(?:$|[\\'"\x60\s<),])/g, group: -1 }
    ],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "beamer-api-token",
    title: "Beamer API token",
    description: "Detected a Beamer API token, potentially compromising content management and exposing sensitive notifications and updates.",
    severity: "critical",
    keywords: ["beamer"],
    entropy: 0,
    prefixLength: 0,
    tokens: [],
    keyed: [
      {
        identifier: /(?:beamer)/iy,
        secret: /^(?:b_[a-z0-9=_\-]{44})(?=[\x60'"\s;<>()\[\]{},.!?&|]|\\[nr]|$)/i
      }
    ],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "bitbucket-client-id",
    title: "Bitbucket client ID",
    description: "Discovered a potential Bitbucket Client ID, risking unauthorized repository access and potential codebase exposure.",
    severity: "medium",
    keywords: ["bitbucket"],
    entropy: 0,
    prefixLength: 0,
    tokens: [],
    keyed: [
      {
        identifier: /(?:bitbucket)/iy,
        secret: /^(?:[a-z0-9]{32})(?=[\x60'"\s;<>()\[\]{},.!?&|]|\\[nr]|$)/i
      }
    ],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "bitbucket-client-secret",
    title: "Bitbucket client secret",
    description: "Discovered a potential Bitbucket Client Secret, posing a risk of compromised code repositories and unauthorized access.",
    severity: "critical",
    keywords: ["bitbucket"],
    entropy: 0,
    prefixLength: 0,
    tokens: [],
    keyed: [
      {
        identifier: /(?:bitbucket)/iy,
        secret: /^(?:[a-z0-9=_\-]{64})(?=[\x60'"\s;<>()\[\]{},.!?&|]|\\[nr]|$)/i
      }
    ],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "bittrex-access-key",
    title: "Bittrex access key",
    description: "Identified a Bittrex Access Key, which could lead to unauthorized access to cryptocurrency trading accounts and financial loss.",
    severity: "critical",
    keywords: ["bittrex"],
    entropy: 0,
    prefixLength: 0,
    tokens: [],
    keyed: [
      {
        identifier: /(?:bittrex)/iy,
        secret: /^(?:[a-z0-9]{32})(?=[\x60'"\s;<>()\[\]{},.!?&|]|\\[nr]|$)/i
      }
    ],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "bittrex-secret-key",
    title: "Bittrex secret key",
    description: "Detected a Bittrex Secret Key, potentially compromising cryptocurrency transactions and financial security.",
    severity: "critical",
    keywords: ["bittrex"],
    entropy: 0,
    prefixLength: 0,
    tokens: [],
    keyed: [
      {
        identifier: /(?:bittrex)/iy,
        secret: /^(?:[a-z0-9]{32})(?=[\x60'"\s;<>()\[\]{},.!?&|]|\\[nr]|$)/i
      }
    ],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "cisco-meraki-api-key",
    title: "Cisco meraki API key",
    description: "Cisco Meraki is a cloud-managed IT solution that provides networking, security, and device management through an easy-to-use interface.",
    severity: "critical",
    keywords: ["meraki"],
    entropy: 3,
    prefixLength: 0,
    tokens: [],
    keyed: [
      {
        identifier: /(?:(?:[Mm]eraki|MERAKI))/y,
        secret: /^(?:[0-9a-f]{40})(?=[\x60'"\s;<>()\[\]{},.!?&|]|\\[nr]|$)/
      }
    ],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "clickhouse-cloud-api-secret-key",
    title: "ClickHouse cloud API secret key",
    description: "Identified a pattern that may indicate clickhouse cloud API secret key, risking unauthorized clickhouse cloud api access and data breaches on ClickHouse Cloud platforms.",
    severity: "critical",
    keywords: ["4b1d"],
    entropy: 3,
    prefixLength: 4,
    tokens: [
      { regex: /\b(4b1d[A-Za-z0-9]{38})\b/g, group: -1 }
    ],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "clojars-api-token",
    title: "Clojars API token",
    description: "Uncovered a possible Clojars API token, risking unauthorized access to Clojure libraries and potential code manipulation.",
    severity: "critical",
    keywords: ["clojars_"],
    entropy: 2,
    prefixLength: 8,
    tokens: [
      { regex: /CLOJARS_[a-z0-9]{60}/gi, group: -1 }
    ],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "cloudflare-api-key",
    title: "Cloudflare API key",
    description: "Detected a Cloudflare API Key, potentially compromising cloud application deployments and operational security.",
    severity: "critical",
    keywords: ["cloudflare"],
    entropy: 2,
    prefixLength: 0,
    tokens: [],
    keyed: [
      {
        identifier: /(?:cloudflare)/iy,
        secret: /^(?:[a-z0-9_\-]{40})(?=[\x60'"\s;<>()\[\]{},.!?&|]|\\[nr]|$)/i
      }
    ],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "cloudflare-global-api-key",
    title: "Cloudflare global API key",
    description: "Detected a Cloudflare Global API Key, potentially compromising cloud application deployments and operational security.",
    severity: "critical",
    keywords: ["cloudflare"],
    entropy: 2,
    prefixLength: 0,
    tokens: [],
    keyed: [
      {
        identifier: /(?:cloudflare)/iy,
        secret: /^(?:[a-f0-9]{37})(?=[\x60'"\s;<>()\[\]{},.!?&|]|\\[nr]|$)/i
      }
    ],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "cloudflare-origin-ca-key",
    title: "Cloudflare origin CA key",
    description: "Detected a Cloudflare Origin CA Key, potentially compromising cloud application deployments and operational security.",
    severity: "critical",
    keywords: ["cloudflare", "v1.0-"],
    entropy: 2,
    prefixLength: 5,
    tokens: [
      { regex: /\b(v1\.0-[a-f0-9]{24}-[a-f0-9]{146})(?:[\x60'"\s;<>()\[\]{},.!?&|]|\\[nr]|$)/g, group: -1 }
    ],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "codecov-access-token",
    title: "Codecov access token",
    description: "Found a pattern resembling a Codecov Access Token, posing a risk of unauthorized access to code coverage reports and sensitive data.",
    severity: "critical",
    keywords: ["codecov"],
    entropy: 0,
    prefixLength: 0,
    tokens: [],
    keyed: [
      {
        identifier: /(?:codecov)/iy,
        secret: /^(?:[a-z0-9]{32})(?=[\x60'"\s;<>()\[\]{},.!?&|]|\\[nr]|$)/i
      }
    ],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "cohere-api-token",
    title: "Cohere API token",
    description: "Identified a Cohere Token, posing a risk of unauthorized access to AI services and data manipulation.",
    severity: "critical",
    keywords: ["cohere", "co_api_key"],
    entropy: 4,
    prefixLength: 0,
    tokens: [],
    keyed: [
      {
        identifier: /(?:cohere|CO_API_KEY)/iy,
        secret: /^(?:[a-zA-Z0-9]{40})(?=[\x60'"\s;<>()\[\]{},.!?&|]|\\[nr]|$)/
      }
    ],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "coinbase-access-token",
    title: "Coinbase access token",
    description: "Detected a Coinbase Access Token, posing a risk of unauthorized access to cryptocurrency accounts and financial transactions.",
    severity: "critical",
    keywords: ["coinbase"],
    entropy: 0,
    prefixLength: 0,
    tokens: [],
    keyed: [
      {
        identifier: /(?:coinbase)/iy,
        secret: /^(?:[a-z0-9_\-]{64})(?=[\x60'"\s;<>()\[\]{},.!?&|]|\\[nr]|$)/i
      }
    ],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "confluent-access-token",
    title: "Confluent access token",
    description: "Identified a Confluent Access Token, which could compromise access to streaming data platforms and sensitive data flow.",
    severity: "critical",
    keywords: ["confluent"],
    entropy: 0,
    prefixLength: 0,
    tokens: [],
    keyed: [
      {
        identifier: /(?:confluent)/iy,
        secret: /^(?:[a-z0-9]{16})(?=[\x60'"\s;<>()\[\]{},.!?&|]|\\[nr]|$)/i
      }
    ],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "confluent-secret-key",
    title: "Confluent secret key",
    description: "Found a Confluent Secret Key, potentially risking unauthorized operations and data access within Confluent services.",
    severity: "critical",
    keywords: ["confluent"],
    entropy: 0,
    prefixLength: 0,
    tokens: [],
    keyed: [
      {
        identifier: /(?:confluent)/iy,
        secret: /^(?:[a-z0-9]{64})(?=[\x60'"\s;<>()\[\]{},.!?&|]|\\[nr]|$)/i
      }
    ],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "contentful-delivery-api-token",
    title: "Contentful delivery API token",
    description: "Discovered a Contentful delivery API token, posing a risk to content management systems and data integrity.",
    severity: "critical",
    keywords: ["contentful"],
    entropy: 0,
    prefixLength: 0,
    tokens: [],
    keyed: [
      {
        identifier: /(?:contentful)/iy,
        secret: /^(?:[a-z0-9=_\-]{43})(?=[\x60'"\s;<>()\[\]{},.!?&|]|\\[nr]|$)/i
      }
    ],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "databricks-api-token",
    title: "Databricks API token",
    description: "Uncovered a Databricks API token, which may compromise big data analytics platforms and sensitive data processing.",
    severity: "critical",
    keywords: ["dapi"],
    entropy: 3,
    prefixLength: 4,
    tokens: [
      { regex: /\b(dapi[a-f0-9]{32}(?:-\d)?)(?:[\x60'"\s;<>()\[\]{},.!?&|]|\\[nr]|$)/g, group: -1 }
    ],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "datadog-access-token",
    title: "Datadog access token",
    description: "Detected a Datadog Access Token, potentially risking monitoring and analytics data exposure and manipulation.",
    severity: "critical",
    keywords: ["datadog"],
    entropy: 0,
    prefixLength: 0,
    tokens: [],
    keyed: [
      {
        identifier: /(?:datadog)/iy,
        secret: /^(?:[a-z0-9]{40})(?=[\x60'"\s;<>()\[\]{},.!?&|]|\\[nr]|$)/i
      }
    ],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "defined-networking-api-token",
    title: "Defined networking API token",
    description: "Identified a Defined Networking API token, which could lead to unauthorized network operations and data breaches.",
    severity: "critical",
    keywords: ["dnkey"],
    entropy: 0,
    prefixLength: 0,
    tokens: [],
    keyed: [
      {
        identifier: /(?:dnkey)/iy,
        secret: /^(?:dnkey-[a-z0-9=_\-]{26}-[a-z0-9=_\-]{52})(?=[\x60'"\s;<>()\[\]{},.!?&|]|\\[nr]|$)/i
      }
    ],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "digitalocean-access-token",
    title: "DigitalOcean access token",
    description: "Found a DigitalOcean OAuth Access Token, risking unauthorized cloud resource access and data compromise.",
    severity: "critical",
    keywords: ["doo_v1_"],
    entropy: 3,
    prefixLength: 7,
    tokens: [
      { regex: /\b(doo_v1_[a-f0-9]{64})(?:[\x60'"\s;<>()\[\]{},.!?&|]|\\[nr]|$)/g, group: -1 }
    ],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "digitalocean-pat",
    title: "DigitalOcean personal access token",
    description: "Discovered a DigitalOcean Personal Access Token, posing a threat to cloud infrastructure security and data privacy.",
    severity: "critical",
    keywords: ["dop_v1_"],
    entropy: 3,
    prefixLength: 7,
    tokens: [
      { regex: /\b(dop_v1_[a-f0-9]{64})(?:[\x60'"\s;<>()\[\]{},.!?&|]|\\[nr]|$)/g, group: -1 }
    ],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "digitalocean-refresh-token",
    title: "DigitalOcean refresh token",
    description: "Uncovered a DigitalOcean OAuth Refresh Token, which could allow prolonged unauthorized access and resource manipulation.",
    severity: "critical",
    keywords: ["dor_v1_"],
    entropy: 0,
    prefixLength: 7,
    tokens: [
      { regex: /\b(dor_v1_[a-f0-9]{64})(?:[\x60'"\s;<>()\[\]{},.!?&|]|\\[nr]|$)/gi, group: -1 }
    ],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "discord-api-token",
    title: "Discord API token",
    description: "Detected a Discord API key, potentially compromising communication channels and user data privacy on Discord.",
    severity: "critical",
    keywords: ["discord"],
    entropy: 0,
    prefixLength: 0,
    tokens: [],
    keyed: [
      {
        identifier: /(?:discord)/iy,
        secret: /^(?:[a-f0-9]{64})(?=[\x60'"\s;<>()\[\]{},.!?&|]|\\[nr]|$)/i
      }
    ],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "discord-client-id",
    title: "Discord client ID",
    description: "Identified a Discord client ID, which may lead to unauthorized integrations and data exposure in Discord applications.",
    severity: "medium",
    keywords: ["discord"],
    entropy: 2,
    prefixLength: 0,
    tokens: [],
    keyed: [
      {
        identifier: /(?:discord)/iy,
        secret: /^(?:[0-9]{18})(?=[\x60'"\s;<>()\[\]{},.!?&|]|\\[nr]|$)/i
      }
    ],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "discord-client-secret",
    title: "Discord client secret",
    description: "Discovered a potential Discord client secret, risking compromised Discord bot integrations and data leaks.",
    severity: "critical",
    keywords: ["discord"],
    entropy: 2,
    prefixLength: 0,
    tokens: [],
    keyed: [
      {
        identifier: /(?:discord)/iy,
        secret: /^(?:[a-z0-9=_\-]{32})(?=[\x60'"\s;<>()\[\]{},.!?&|]|\\[nr]|$)/i
      }
    ],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "doppler-api-token",
    title: "Doppler API token",
    description: "Discovered a Doppler API token, posing a risk to environment and secrets management security.",
    severity: "critical",
    keywords: ["dp.pt."],
    entropy: 2,
    prefixLength: 6,
    tokens: [
      { regex: /dp\.pt\.[a-zA-Z0-9]{43}/g, group: -1 }
    ],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "droneci-access-token",
    title: "Drone CI access token",
    description: "Detected a Droneci Access Token, potentially compromising continuous integration and deployment workflows.",
    severity: "critical",
    keywords: ["droneci"],
    entropy: 0,
    prefixLength: 0,
    tokens: [],
    keyed: [
      {
        identifier: /(?:droneci)/iy,
        secret: /^(?:[a-z0-9]{32})(?=[\x60'"\s;<>()\[\]{},.!?&|]|\\[nr]|$)/i
      }
    ],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "dropbox-api-token",
    title: "Dropbox API token",
    description: "Identified a Dropbox API secret, which could lead to unauthorized file access and data breaches in Dropbox storage.",
    severity: "critical",
    keywords: ["dropbox"],
    entropy: 0,
    prefixLength: 0,
    tokens: [],
    keyed: [
      {
        identifier: /(?:dropbox)/iy,
        secret: /^(?:[a-z0-9]{15})(?=[\x60'"\s;<>()\[\]{},.!?&|]|\\[nr]|$)/i
      }
    ],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "dropbox-long-lived-api-token",
    title: "Dropbox long lived API token",
    description: "Found a Dropbox long-lived API token, risking prolonged unauthorized access to cloud storage and sensitive data.",
    severity: "critical",
    keywords: ["dropbox"],
    entropy: 0,
    prefixLength: 0,
    tokens: [],
    keyed: [
      {
        identifier: /(?:dropbox)/iy,
        secret: /^(?:[a-z0-9]{11}(AAAAAAAAAA)[a-z0-9\-_=]{43})(?=[\x60'"\s;<>()\[\]{},.!?&|]|\\[nr]|$)/i
      }
    ],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "dropbox-short-lived-api-token",
    title: "Dropbox short lived API token",
    description: "Discovered a Dropbox short-lived API token, posing a risk of temporary but potentially harmful data access and manipulation.",
    severity: "critical",
    keywords: ["dropbox"],
    entropy: 0,
    prefixLength: 0,
    tokens: [],
    keyed: [
      {
        identifier: /(?:dropbox)/iy,
        secret: /^(?:sl\.[a-z0-9\-=_]{135})(?=[\x60'"\s;<>()\[\]{},.!?&|]|\\[nr]|$)/i
      }
    ],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "duffel-api-token",
    title: "Duffel API token",
    description: "Uncovered a Duffel API token, which may compromise travel platform integrations and sensitive customer data.",
    severity: "critical",
    keywords: ["duffel_"],
    entropy: 2,
    prefixLength: 7,
    tokens: [
      { regex: /duffel_(?:test|live)_[a-zA-Z0-9_\-=]{43}/g, group: -1 }
    ],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "dynatrace-api-token",
    title: "Dynatrace API token",
    description: "Detected a Dynatrace API token, potentially risking application performance monitoring and data exposure.",
    severity: "critical",
    keywords: ["dt0c01."],
    entropy: 4,
    prefixLength: 7,
    tokens: [
      { regex: /dt0c01\.[a-zA-Z0-9]{24}\.[a-zA-Z0-9]{64}/g, group: -1 }
    ],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "easypost-api-token",
    title: "EasyPost API token",
    description: "Identified an EasyPost API token, which could lead to unauthorized postal and shipment service access and data exposure.",
    severity: "critical",
    keywords: ["ezak"],
    entropy: 2,
    prefixLength: 4,
    tokens: [
      { regex: /\bEZAK[a-zA-Z0-9]{54}\b/g, group: -1 }
    ],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "easypost-test-api-token",
    title: "EasyPost test API token",
    description: "Detected an EasyPost test API token, risking exposure of test environments and potentially sensitive shipment data.",
    severity: "critical",
    keywords: ["eztk"],
    entropy: 2,
    prefixLength: 4,
    tokens: [
      { regex: /\bEZTK[a-zA-Z0-9]{54}\b/g, group: -1 }
    ],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "etsy-access-token",
    title: "Etsy access token",
    description: "Found an Etsy Access Token, potentially compromising Etsy shop management and customer data.",
    severity: "critical",
    keywords: ["etsy"],
    entropy: 3,
    prefixLength: 0,
    tokens: [],
    keyed: [
      {
        identifier: /(?:(?:ETSY|[Ee]tsy))/y,
        secret: /^(?:[a-z0-9]{24})(?=[\x60'"\s;<>()\[\]{},.!?&|]|\\[nr]|$)/i
      }
    ],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "facebook-access-token",
    title: "Facebook access token",
    description: "Discovered a Facebook Access Token, posing a risk of unauthorized access to Facebook accounts and personal data exposure.",
    severity: "critical",
    keywords: ["facebook"],
    entropy: 3,
    prefixLength: 0,
    tokens: [
      { regex: /\b(\d{15,16}(\||%)[0-9a-z\-_]{27,40})(?:[\x60'"\s;<>()\[\]{},.!?&|]|\\[nr]|$)/gi, group: -1 }
    ],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "facebook-page-access-token",
    title: "Facebook page access token",
    description: "Discovered a Facebook Page Access Token, posing a risk of unauthorized access to Facebook accounts and personal data exposure.",
    severity: "critical",
    keywords: ["eaam", "eaac"],
    entropy: 4,
    prefixLength: 3,
    tokens: [
      { regex: /\b(EAA[MC][a-zA-Z0-9]{100,})(?:[\x60'"\s;<>()\[\]{},.!?&|]|\\[nr]|$)/g, group: -1 }
    ],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "facebook-secret",
    title: "Facebook secret",
    description: "Discovered a Facebook Application secret, posing a risk of unauthorized access to Facebook accounts and personal data exposure.",
    severity: "critical",
    keywords: ["facebook"],
    entropy: 3,
    prefixLength: 0,
    tokens: [],
    keyed: [
      {
        identifier: /(?:facebook)/iy,
        secret: /^(?:[a-f0-9]{32})(?=[\x60'"\s;<>()\[\]{},.!?&|]|\\[nr]|$)/i
      }
    ],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "fastly-api-token",
    title: "Fastly API token",
    description: "Uncovered a Fastly API key, which may compromise CDN and edge cloud services, leading to content delivery and security issues.",
    severity: "critical",
    keywords: ["fastly"],
    entropy: 0,
    prefixLength: 0,
    tokens: [],
    keyed: [
      {
        identifier: /(?:fastly)/iy,
        secret: /^(?:[a-z0-9=_\-]{32})(?=[\x60'"\s;<>()\[\]{},.!?&|]|\\[nr]|$)/i
      }
    ],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "finicity-api-token",
    title: "Finicity API token",
    description: "Detected a Finicity API token, potentially risking financial data access and unauthorized financial operations.",
    severity: "critical",
    keywords: ["finicity"],
    entropy: 0,
    prefixLength: 0,
    tokens: [],
    keyed: [
      {
        identifier: /(?:finicity)/iy,
        secret: /^(?:[a-f0-9]{32})(?=[\x60'"\s;<>()\[\]{},.!?&|]|\\[nr]|$)/i
      }
    ],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "finicity-client-secret",
    title: "Finicity client secret",
    description: "Identified a Finicity Client Secret, which could lead to compromised financial service integrations and data breaches.",
    severity: "critical",
    keywords: ["finicity"],
    entropy: 0,
    prefixLength: 0,
    tokens: [],
    keyed: [
      {
        identifier: /(?:finicity)/iy,
        secret: /^(?:[a-z0-9]{20})(?=[\x60'"\s;<>()\[\]{},.!?&|]|\\[nr]|$)/i
      }
    ],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "finnhub-access-token",
    title: "Finnhub access token",
    description: "Found a Finnhub Access Token, risking unauthorized access to financial market data and analytics.",
    severity: "critical",
    keywords: ["finnhub"],
    entropy: 0,
    prefixLength: 0,
    tokens: [],
    keyed: [
      {
        identifier: /(?:finnhub)/iy,
        secret: /^(?:[a-z0-9]{20})(?=[\x60'"\s;<>()\[\]{},.!?&|]|\\[nr]|$)/i
      }
    ],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "flickr-access-token",
    title: "Flickr access token",
    description: "Discovered a Flickr Access Token, posing a risk of unauthorized photo management and potential data leakage.",
    severity: "critical",
    keywords: ["flickr"],
    entropy: 0,
    prefixLength: 0,
    tokens: [],
    keyed: [
      {
        identifier: /(?:flickr)/iy,
        secret: /^(?:[a-z0-9]{32})(?=[\x60'"\s;<>()\[\]{},.!?&|]|\\[nr]|$)/i
      }
    ],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "flutterwave-encryption-key",
    title: "Flutterwave encryption key",
    description: "Uncovered a Flutterwave Encryption Key, which may compromise payment processing and sensitive financial information.",
    severity: "critical",
    keywords: ["flwseck_test"],
    entropy: 2,
    prefixLength: 13,
    tokens: [
      { regex: /FLWSECK_TEST-[a-hA-H0-9]{12}/g, group: -1 }
    ],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "flutterwave-public-key",
    title: "Flutterwave public key",
    description: "Detected a Finicity Public Key, potentially exposing public cryptographic operations and integrations.",
    severity: "medium",
    keywords: ["flwpubk_test"],
    entropy: 2,
    prefixLength: 13,
    tokens: [
      { regex: /FLWPUBK_TEST-[a-hA-H0-9]{32}-[xX]/g, group: -1 }
    ],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "flutterwave-secret-key",
    title: "Flutterwave secret key",
    description: "Identified a Flutterwave Secret Key, risking unauthorized financial transactions and data breaches.",
    severity: "critical",
    keywords: ["flwseck_test"],
    entropy: 2,
    prefixLength: 13,
    tokens: [
      { regex: /FLWSECK_TEST-[a-hA-H0-9]{32}-[xX]/g, group: -1 }
    ],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "flyio-access-token",
    title: "Fly.io access token",
    description: "Uncovered a Fly.io API key",
    severity: "critical",
    keywords: ["fo1_", "fm1", "fm2_"],
    entropy: 4,
    prefixLength: 4,
    tokens: [
      { regex: /\b((?:fo1_[\w\-]{43}|fm1[ar]_[a-zA-Z0-9+\/]{100,}={0,3}|fm2_[a-zA-Z0-9+\/]{100,}={0,3}))(?:[\x60'"\s;<>()\[\]{},.!?&|]|\\[nr]|$)/g, group: -1 }
    ],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "frameio-api-token",
    title: "Frame.io API token",
    description: "Found a Frame.io API token, potentially compromising video collaboration and project management.",
    severity: "critical",
    keywords: ["fio-u-"],
    entropy: 0,
    prefixLength: 6,
    tokens: [
      { regex: /fio-u-[a-zA-Z0-9\-_=]{64}/g, group: -1 }
    ],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "freshbooks-access-token",
    title: "FreshBooks access token",
    description: "Discovered a Freshbooks Access Token, posing a risk to accounting software access and sensitive financial data exposure.",
    severity: "critical",
    keywords: ["freshbooks"],
    entropy: 0,
    prefixLength: 0,
    tokens: [],
    keyed: [
      {
        identifier: /(?:freshbooks)/iy,
        secret: /^(?:[a-z0-9]{64})(?=[\x60'"\s;<>()\[\]{},.!?&|]|\\[nr]|$)/i
      }
    ],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "gcp-api-key",
    title: "GCP API key",
    description: "Uncovered a GCP API key, which could lead to unauthorized access to Google Cloud services and data breaches.",
    severity: "critical",
    keywords: ["aiza"],
    entropy: 4,
    prefixLength: 4,
    tokens: [
      { regex: /\b(AIza[\w\-]{35})(?:[\x60'"\s;<>()\[\]{},.!?&|]|\\[nr]|$)/g, group: -1 }
    ],
    keyed: [],
    allow: [/AIzaSyabcdefghijklmnopqrstuvwxyz1234567/, /AIzaSyAnLA7NfeLquW1tJFpx_eQCxoX-oo6YyIs/, /AIzaSyCkEhVjf3pduRDt6d1yKOMitrUEke8agEM/, /AIzaSyDMAScliyLx7F0NPDEJi1QmyCgHIAODrlU/, /AIzaSyD3asb-2pEZVqMkmL6M9N6nHZRR_znhrh0/, /AIzayDNSXIbFmlXbIE6mCzDLQAqITYefhixbX4A/, /AIzaSyAdOS2zB6NCsk1pCdZ4-P6GBdi_UUPwX7c/, /AIzaSyASWm6HmTMdYWpgMnjRBjxcQ9CKctWmLd4/, /AIzaSyANUvH9H9BsUccjsu2pCmEkOPjjaXeDQgY/, /AIzaSyA5_iVawFQ8ABuTZNUdcwERLJv_a_p4wtM/, /AIzaSyA4UrcGxgwQFTfaI3no3t7Lt1sjmdnP5sQ/, /AIzaSyDSb51JiIcB6OJpwwMicseKRhhrOq1cS7g/, /AIzaSyBF2RrAIm4a0mO64EShQfqfd2AFnzAvvuU/, /AIzaSyBcE-OOIbhjyR83gm4r2MFCu4MJmprNXsw/, /AIzaSyB8qGxt4ec15vitgn44duC5ucxaOi4FmqE/, /AIzaSyA8vmApnrHNFE0bApF4hoZ11srVL_n0nvY/],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "github-app-token",
    title: "GitHub app token",
    description: "Identified a GitHub App Token, which may compromise GitHub application integrations and source code security.",
    severity: "critical",
    keywords: ["ghu_", "ghs_"],
    entropy: 3,
    prefixLength: 0,
    tokens: [
      { regex: /(?:ghu|ghs)_[0-9a-zA-Z]{36}/g, group: -1 }
    ],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "github-fine-grained-pat",
    title: "GitHub fine grained personal access token",
    description: "Found a GitHub Fine-Grained Personal Access Token, risking unauthorized repository access and code manipulation.",
    severity: "critical",
    keywords: ["github_pat_"],
    entropy: 3,
    prefixLength: 11,
    tokens: [
      { regex: /github_pat_\w{82}/g, group: -1 }
    ],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "github-oauth",
    title: "GitHub OAuth",
    description: "Discovered a GitHub OAuth Access Token, posing a risk of compromised GitHub account integrations and data leaks.",
    severity: "critical",
    keywords: ["gho_"],
    entropy: 3,
    prefixLength: 4,
    tokens: [
      { regex: /gho_[0-9a-zA-Z]{36}/g, group: -1 }
    ],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "github-pat",
    title: "GitHub personal access token",
    description: "Uncovered a GitHub Personal Access Token, potentially leading to unauthorized repository access and sensitive content exposure.",
    severity: "critical",
    keywords: ["ghp_"],
    entropy: 3,
    prefixLength: 4,
    tokens: [
      { regex: /ghp_[0-9a-zA-Z]{36}/g, group: -1 }
    ],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "github-refresh-token",
    title: "GitHub refresh token",
    description: "Detected a GitHub Refresh Token, which could allow prolonged unauthorized access to GitHub services.",
    severity: "critical",
    keywords: ["ghr_"],
    entropy: 3,
    prefixLength: 4,
    tokens: [
      { regex: /ghr_[0-9a-zA-Z]{36}/g, group: -1 }
    ],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "gitlab-cicd-job-token",
    title: "GitLab CI/CD job token",
    description: "Identified a GitLab CI/CD Job Token, potential access to projects and some APIs on behalf of a user while the CI job is running.",
    severity: "critical",
    keywords: ["glcbt-"],
    entropy: 3,
    prefixLength: 6,
    tokens: [
      { regex: /glcbt-[0-9a-zA-Z]{1,5}_[0-9a-zA-Z_\-]{20}/g, group: -1 }
    ],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "gitlab-deploy-token",
    title: "GitLab deploy token",
    description: "Identified a GitLab Deploy Token, risking access to repositories, packages and containers with write access.",
    severity: "critical",
    keywords: ["gldt-"],
    entropy: 3,
    prefixLength: 5,
    tokens: [
      { regex: /gldt-[0-9a-zA-Z_\-]{20}/g, group: -1 }
    ],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "gitlab-feature-flag-client-token",
    title: "GitLab feature flag client token",
    description: "Identified a GitLab feature flag client token, risks exposing user lists and features flags used by an application.",
    severity: "critical",
    keywords: ["glffct-"],
    entropy: 3,
    prefixLength: 7,
    tokens: [
      { regex: /glffct-[0-9a-zA-Z_\-]{20}/g, group: -1 }
    ],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "gitlab-feed-token",
    title: "GitLab feed token",
    description: "Identified a GitLab feed token, risking exposure of user data.",
    severity: "critical",
    keywords: ["glft-"],
    entropy: 3,
    prefixLength: 5,
    tokens: [
      { regex: /glft-[0-9a-zA-Z_\-]{20}/g, group: -1 }
    ],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "gitlab-incoming-mail-token",
    title: "GitLab incoming mail token",
    description: "Identified a GitLab incoming mail token, risking manipulation of data sent by mail.",
    severity: "critical",
    keywords: ["glimt-"],
    entropy: 3,
    prefixLength: 6,
    tokens: [
      { regex: /glimt-[0-9a-zA-Z_\-]{25}/g, group: -1 }
    ],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "gitlab-kubernetes-agent-token",
    title: "GitLab kubernetes agent token",
    description: "Identified a GitLab Kubernetes Agent token, risking access to repos and registry of projects connected via agent.",
    severity: "critical",
    keywords: ["glagent-"],
    entropy: 3,
    prefixLength: 8,
    tokens: [
      { regex: /glagent-[0-9a-zA-Z_\-]{50}/g, group: -1 }
    ],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "gitlab-oauth-app-secret",
    title: "GitLab OAuth app secret",
    description: "Identified a GitLab OIDC Application Secret, risking access to apps using GitLab as authentication provider.",
    severity: "critical",
    keywords: ["gloas-"],
    entropy: 3,
    prefixLength: 6,
    tokens: [
      { regex: /gloas-[0-9a-zA-Z_\-]{64}/g, group: -1 }
    ],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "gitlab-pat",
    title: "GitLab personal access token",
    description: "Identified a GitLab Personal Access Token, risking unauthorized access to GitLab repositories and codebase exposure.",
    severity: "critical",
    keywords: ["glpat-"],
    entropy: 3,
    prefixLength: 6,
    tokens: [
      { regex: /glpat-[\w\-]{20}/g, group: -1 }
    ],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "gitlab-pat-routable",
    title: "GitLab personal access token routable",
    description: "Identified a GitLab Personal Access Token (routable), risking unauthorized access to GitLab repositories and codebase exposure.",
    severity: "critical",
    keywords: ["glpat-"],
    entropy: 4,
    prefixLength: 6,
    tokens: [
      { regex: /\bglpat-[0-9a-zA-Z_\-]{27,300}\.[0-9a-z]{2}[0-9a-z]{7}\b/g, group: -1 }
    ],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "gitlab-ptt",
    title: "GitLab pipeline trigger token",
    description: "Found a GitLab Pipeline Trigger Token, potentially compromising continuous integration workflows and project security.",
    severity: "critical",
    keywords: ["glptt-"],
    entropy: 3,
    prefixLength: 6,
    tokens: [
      { regex: /glptt-[0-9a-f]{40}/g, group: -1 }
    ],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "gitlab-rrt",
    title: "GitLab runner registration token",
    description: "Discovered a GitLab Runner Registration Token, posing a risk to CI/CD pipeline integrity and unauthorized access.",
    severity: "critical",
    keywords: ["gr1348941"],
    entropy: 3,
    prefixLength: 9,
    tokens: [
      { regex: /GR1348941[\w\-]{20}/g, group: -1 }
    ],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "gitlab-runner-authentication-token",
    title: "GitLab runner authentication token",
    description: "Discovered a GitLab Runner Authentication Token, posing a risk to CI/CD pipeline integrity and unauthorized access.",
    severity: "critical",
    keywords: ["glrt-"],
    entropy: 3,
    prefixLength: 5,
    tokens: [
      { regex: /glrt-[0-9a-zA-Z_\-]{20}/g, group: -1 }
    ],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "gitlab-runner-authentication-token-routable",
    title: "GitLab runner authentication token routable",
    description: "Discovered a GitLab Runner Authentication Token (Routable), posing a risk to CI/CD pipeline integrity and unauthorized access.",
    severity: "critical",
    keywords: ["glrt-"],
    entropy: 4,
    prefixLength: 6,
    tokens: [
      { regex: /\bglrt-t\d_[0-9a-zA-Z_\-]{27,300}\.[0-9a-z]{2}[0-9a-z]{7}\b/g, group: -1 }
    ],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "gitlab-scim-token",
    title: "GitLab SCIM token",
    description: "Discovered a GitLab SCIM Token, posing a risk to unauthorized access for a organization or instance.",
    severity: "critical",
    keywords: ["glsoat-"],
    entropy: 3,
    prefixLength: 7,
    tokens: [
      { regex: /glsoat-[0-9a-zA-Z_\-]{20}/g, group: -1 }
    ],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "gitlab-session-cookie",
    title: "GitLab session cookie",
    description: "Discovered a GitLab Session Cookie, posing a risk to unauthorized access to a user account.",
    severity: "critical",
    keywords: ["_gitlab_session="],
    entropy: 3,
    prefixLength: 15,
    tokens: [
      { regex: /_gitlab_session=[0-9a-z]{32}/g, group: -1 }
    ],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "gitter-access-token",
    title: "Gitter access token",
    description: "Uncovered a Gitter Access Token, which may lead to unauthorized access to chat and communication services.",
    severity: "critical",
    keywords: ["gitter"],
    entropy: 0,
    prefixLength: 0,
    tokens: [],
    keyed: [
      {
        identifier: /(?:gitter)/iy,
        secret: /^(?:[a-z0-9_\-]{40})(?=[\x60'"\s;<>()\[\]{},.!?&|]|\\[nr]|$)/i
      }
    ],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "gocardless-api-token",
    title: "GoCardless API token",
    description: "Detected a GoCardless API token, potentially risking unauthorized direct debit payment operations and financial data exposure.",
    severity: "critical",
    keywords: ["live_", "gocardless"],
    entropy: 0,
    prefixLength: 0,
    tokens: [],
    keyed: [
      {
        identifier: /(?:gocardless)/iy,
        secret: /^(?:live_[a-z0-9\-_=]{40})(?=[\x60'"\s;<>()\[\]{},.!?&|]|\\[nr]|$)/i
      }
    ],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "grafana-api-key",
    title: "Grafana API key",
    description: "Identified a Grafana API key, which could compromise monitoring dashboards and sensitive data analytics.",
    severity: "critical",
    keywords: ["eyjrijoi"],
    entropy: 3,
    prefixLength: 8,
    tokens: [
      { regex: /\b(eyJrIjoi[A-Za-z0-9]{70,400}={0,3})(?:[\x60'"\s;<>()\[\]{},.!?&|]|\\[nr]|$)/gi, group: -1 }
    ],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "grafana-cloud-api-token",
    title: "Grafana cloud API token",
    description: "Found a Grafana cloud API token, risking unauthorized access to cloud-based monitoring services and data exposure.",
    severity: "critical",
    keywords: ["glc_"],
    entropy: 3,
    prefixLength: 4,
    tokens: [
      { regex: /\b(glc_[A-Za-z0-9+\/]{32,400}={0,3})(?:[\x60'"\s;<>()\[\]{},.!?&|]|\\[nr]|$)/gi, group: -1 }
    ],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "grafana-service-account-token",
    title: "Grafana service account token",
    description: "Discovered a Grafana service account token, posing a risk of compromised monitoring services and data integrity.",
    severity: "critical",
    keywords: ["glsa_"],
    entropy: 3,
    prefixLength: 5,
    tokens: [
      { regex: /\b(glsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8})(?:[\x60'"\s;<>()\[\]{},.!?&|]|\\[nr]|$)/gi, group: -1 }
    ],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "harness-api-key",
    title: "Harness API key",
    description: "Identified a Harness Access Token (PAT or SAT), risking unauthorized access to a Harness account.",
    severity: "critical",
    keywords: ["pat.", "sat."],
    entropy: 0,
    prefixLength: 0,
    tokens: [
      { regex: /(?:pat|sat)\.[a-zA-Z0-9_\-]{22}\.[a-zA-Z0-9]{24}\.[a-zA-Z0-9]{20}/g, group: -1 }
    ],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "hashicorp-tf-api-token",
    title: "HashiCorp Terraform API token",
    description: "Uncovered a HashiCorp Terraform user/org API token, which may lead to unauthorized infrastructure management and security breaches.",
    severity: "critical",
    keywords: ["atlasv1"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [
      { regex: /[a-zA-Z0-9]{14}\.(?:atlasv1)\.[a-zA-Z0-9\-_=]{60,70}/g, group: -1 }
    ],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "heroku-api-key",
    title: "Heroku API key",
    description: "Detected a Heroku API Key, potentially compromising cloud application deployments and operational security.",
    severity: "critical",
    keywords: ["heroku"],
    entropy: 0,
    prefixLength: 0,
    tokens: [],
    keyed: [
      {
        identifier: /(?:heroku)/iy,
        secret: /^(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?=[\x60'"\s;<>()\[\]{},.!?&|]|\\[nr]|$)/i
      }
    ],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "heroku-api-key-v2",
    title: "Heroku API key v2",
    description: "Detected a Heroku API Key, potentially compromising cloud application deployments and operational security.",
    severity: "critical",
    keywords: ["hrku-aa"],
    entropy: 4,
    prefixLength: 7,
    tokens: [
      { regex: /\b((HRKU-AA[0-9a-zA-Z_\-]{58}))(?:[\x60'"\s;<>()\[\]{},.!?&|]|\\[nr]|$)/g, group: -1 }
    ],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "hubspot-api-key",
    title: "HubSpot API key",
    description: "Found a HubSpot API Token, posing a risk to CRM data integrity and unauthorized marketing operations.",
    severity: "critical",
    keywords: ["hubspot"],
    entropy: 0,
    prefixLength: 0,
    tokens: [],
    keyed: [
      {
        identifier: /(?:hubspot)/iy,
        secret: /^(?:[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12})(?=[\x60'"\s;<>()\[\]{},.!?&|]|\\[nr]|$)/i
      }
    ],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "huggingface-access-token",
    title: "Huggingface access token",
    description: "Discovered a Hugging Face Access token, which could lead to unauthorized access to AI models and sensitive data.",
    severity: "critical",
    keywords: ["hf_"],
    entropy: 2,
    prefixLength: 3,
    tokens: [
      { regex: /\b(hf_(?:[a-zA-Z]{34}))(?:[\x60'"\s;<>()\[\]{},.!?&|]|\\[nr]|$)/g, group: -1 }
    ],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "huggingface-organization-api-token",
    title: "Huggingface organization API token",
    description: "Uncovered a Hugging Face Organization API token, potentially compromising AI organization accounts and associated data.",
    severity: "critical",
    keywords: ["api_org_"],
    entropy: 2,
    prefixLength: 8,
    tokens: [
      { regex: /\b(api_org_(?:[a-zA-Z]{34}))(?:[\x60'"\s;<>()\[\]{},.!?&|]|\\[nr]|$)/g, group: -1 }
    ],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "infracost-api-token",
    title: "Infracost API token",
    description: "Detected an Infracost API Token, risking unauthorized access to cloud cost estimation tools and financial data.",
    severity: "critical",
    keywords: ["ico-"],
    entropy: 3,
    prefixLength: 4,
    tokens: [
      { regex: /\b(ico-[a-zA-Z0-9]{32})(?:[\x60'"\s;<>()\[\]{},.!?&|]|\\[nr]|$)/g, group: -1 }
    ],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "intercom-api-key",
    title: "Intercom API key",
    description: "Identified an Intercom API Token, which could compromise customer communication channels and data privacy.",
    severity: "critical",
    keywords: ["intercom"],
    entropy: 0,
    prefixLength: 0,
    tokens: [],
    keyed: [
      {
        identifier: /(?:intercom)/iy,
        secret: /^(?:[a-z0-9=_\-]{60})(?=[\x60'"\s;<>()\[\]{},.!?&|]|\\[nr]|$)/i
      }
    ],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "intra42-client-secret",
    title: "42 Intra client secret",
    description: "Found a Intra42 client secret, which could lead to unauthorized access to the 42School API and sensitive data.",
    severity: "critical",
    keywords: ["intra", "s-s4t2ud-", "s-s4t2af-"],
    entropy: 3,
    prefixLength: 6,
    tokens: [
      { regex: /\b(s-s4t2(?:ud|af)-[aAbBcCdDeEfF0123456789]{64})(?:[\x60'"\s;<>()\[\]{},.!?&|]|\\[nr]|$)/g, group: -1 }
    ],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "jfrog-api-key",
    title: "Jfrog API key",
    description: "Found a JFrog API Key, posing a risk of unauthorized access to software artifact repositories and build pipelines.",
    severity: "critical",
    keywords: ["jfrog", "artifactory", "bintray", "xray"],
    entropy: 0,
    prefixLength: 0,
    tokens: [],
    keyed: [
      {
        identifier: /(?:jfrog|artifactory|bintray|xray)/iy,
        secret: /^(?:[a-z0-9]{73})(?=[\x60'"\s;<>()\[\]{},.!?&|]|\\[nr]|$)/i
      }
    ],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "jfrog-identity-token",
    title: "Jfrog identity token",
    description: "Discovered a JFrog Identity Token, potentially compromising access to JFrog services and sensitive software artifacts.",
    severity: "critical",
    keywords: ["jfrog", "artifactory", "bintray", "xray"],
    entropy: 0,
    prefixLength: 0,
    tokens: [],
    keyed: [
      {
        identifier: /(?:jfrog|artifactory|bintray|xray)/iy,
        secret: /^(?:[a-z0-9]{64})(?=[\x60'"\s;<>()\[\]{},.!?&|]|\\[nr]|$)/i
      }
    ],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "jwt-base64",
    title: "JWT base64",
    description: "Detected a Base64-encoded JSON Web Token, posing a risk of exposing encoded authentication and data exchange information.",
    severity: "critical",
    keywords: ["zxlk"],
    entropy: 2,
    prefixLength: 4,
    tokens: [
      { regex: /\bZXlK(?:(aGJHY2lPaU)|(aGNIVWlPaU)|(aGNIWWlPaU)|(aGRXUWlPaU)|(aU5qUWlP)|(amNtbDBJanBi)|(amRIa2lPaU)|(bGNHc2lPbn)|(bGJtTWlPaU)|(cWEzVWlPaU)|(cWQyc2lPb)|(cGMzTWlPaU)|(cGRpSTZJ)|(cmFXUWlP)|(clpYbGZiM0J6SWpwY)|(cmRIa2lPaUp)|(dWIyNWpaU0k2)|(d01tTWlP)|(d01uTWlPaU)|(d2NIUWlPaU)|(emRXSWlPaU)|(emRuUWlP)|(MFlXY2lPaU)|(MGVYQWlPaUp)|(MWNtd2l)|(MWMyVWlPaUp)|(MlpYSWlPaU)|(MlpYSnphVzl1SWpv)|(NElqb2)|(NE5XTWlP)|(NE5YUWlPaU)|(NE5YUWpVekkxTmlJNkl)|(NE5YVWlPaU)|(NmFYQWlPaU))[a-zA-Z0-9\/\\_+\-\r\n]{40,}={0,2}/g, group: -1 }
    ],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "kraken-access-token",
    title: "Kraken access token",
    description: "Identified a Kraken Access Token, potentially compromising cryptocurrency trading accounts and financial security.",
    severity: "critical",
    keywords: ["kraken"],
    entropy: 0,
    prefixLength: 0,
    tokens: [],
    keyed: [
      {
        identifier: /(?:kraken)/iy,
        secret: /^(?:[a-z0-9\/=_+\-]{80,90})(?=[\x60'"\s;<>()\[\]{},.!?&|]|\\[nr]|$)/i
      }
    ],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "kucoin-access-token",
    title: "Kucoin access token",
    description: "Found a Kucoin Access Token, risking unauthorized access to cryptocurrency exchange services and transactions.",
    severity: "critical",
    keywords: ["kucoin"],
    entropy: 0,
    prefixLength: 0,
    tokens: [],
    keyed: [
      {
        identifier: /(?:kucoin)/iy,
        secret: /^(?:[a-f0-9]{24})(?=[\x60'"\s;<>()\[\]{},.!?&|]|\\[nr]|$)/i
      }
    ],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "kucoin-secret-key",
    title: "Kucoin secret key",
    description: "Discovered a Kucoin Secret Key, which could lead to compromised cryptocurrency operations and financial data breaches.",
    severity: "critical",
    keywords: ["kucoin"],
    entropy: 0,
    prefixLength: 0,
    tokens: [],
    keyed: [
      {
        identifier: /(?:kucoin)/iy,
        secret: /^(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?=[\x60'"\s;<>()\[\]{},.!?&|]|\\[nr]|$)/i
      }
    ],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "launchdarkly-access-token",
    title: "LaunchDarkly access token",
    description: "Uncovered a Launchdarkly Access Token, potentially compromising feature flag management and application functionality.",
    severity: "critical",
    keywords: ["launchdarkly"],
    entropy: 0,
    prefixLength: 0,
    tokens: [],
    keyed: [
      {
        identifier: /(?:launchdarkly)/iy,
        secret: /^(?:[a-z0-9=_\-]{40})(?=[\x60'"\s;<>()\[\]{},.!?&|]|\\[nr]|$)/i
      }
    ],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "linear-api-key",
    title: "Linear API key",
    description: "Detected a Linear API Token, posing a risk to project management tools and sensitive task data.",
    severity: "critical",
    keywords: ["lin_api_"],
    entropy: 2,
    prefixLength: 8,
    tokens: [
      { regex: /lin_api_[a-zA-Z0-9]{40}/g, group: -1 }
    ],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "linear-client-secret",
    title: "Linear client secret",
    description: "Identified a Linear Client Secret, which may compromise secure integrations and sensitive project management data.",
    severity: "critical",
    keywords: ["linear"],
    entropy: 2,
    prefixLength: 0,
    tokens: [],
    keyed: [
      {
        identifier: /(?:linear)/iy,
        secret: /^(?:[a-f0-9]{32})(?=[\x60'"\s;<>()\[\]{},.!?&|]|\\[nr]|$)/i
      }
    ],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "linkedin-client-id",
    title: "LinkedIn client ID",
    description: "Found a LinkedIn Client ID, risking unauthorized access to LinkedIn integrations and professional data exposure.",
    severity: "medium",
    keywords: ["linkedin", "linked_in", "linked-in"],
    entropy: 2,
    prefixLength: 0,
    tokens: [],
    keyed: [
      {
        identifier: /(?:linked[_\-]?in)/iy,
        secret: /^(?:[a-z0-9]{14})(?=[\x60'"\s;<>()\[\]{},.!?&|]|\\[nr]|$)/i
      }
    ],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "linkedin-client-secret",
    title: "LinkedIn client secret",
    description: "Discovered a LinkedIn Client secret, potentially compromising LinkedIn application integrations and user data.",
    severity: "critical",
    keywords: ["linkedin", "linked_in", "linked-in"],
    entropy: 2,
    prefixLength: 0,
    tokens: [],
    keyed: [
      {
        identifier: /(?:linked[_\-]?in)/iy,
        secret: /^(?:[a-z0-9]{16})(?=[\x60'"\s;<>()\[\]{},.!?&|]|\\[nr]|$)/i
      }
    ],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "lob-api-key",
    title: "Lob API key",
    description: "Uncovered a Lob API Key, which could lead to unauthorized access to mailing and address verification services.",
    severity: "critical",
    keywords: ["test_", "live_"],
    entropy: 0,
    prefixLength: 0,
    tokens: [],
    keyed: [
      {
        identifier: /(?:lob)/iy,
        secret: /^(?:(live|test)_[a-f0-9]{35})(?=[\x60'"\s;<>()\[\]{},.!?&|]|\\[nr]|$)/i
      }
    ],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "lob-pub-api-key",
    title: "Lob pub API key",
    description: "Detected a Lob Publishable API Key, posing a risk of exposing mail and print service integrations.",
    severity: "medium",
    keywords: ["test_pub", "live_pub", "_pub"],
    entropy: 0,
    prefixLength: 0,
    tokens: [],
    keyed: [
      {
        identifier: /(?:lob)/iy,
        secret: /^(?:(test|live)_pub_[a-f0-9]{31})(?=[\x60'"\s;<>()\[\]{},.!?&|]|\\[nr]|$)/i
      }
    ],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "looker-client-id",
    title: "Looker client ID",
    description: "Found a Looker Client ID, risking unauthorized access to a Looker account and exposing sensitive data.",
    severity: "medium",
    keywords: ["looker"],
    entropy: 0,
    prefixLength: 0,
    tokens: [],
    keyed: [
      {
        identifier: /(?:looker)/iy,
        secret: /^(?:[a-z0-9]{20})(?=[\x60'"\s;<>()\[\]{},.!?&|]|\\[nr]|$)/i
      }
    ],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "looker-client-secret",
    title: "Looker client secret",
    description: "Found a Looker Client Secret, risking unauthorized access to a Looker account and exposing sensitive data.",
    severity: "critical",
    keywords: ["looker"],
    entropy: 0,
    prefixLength: 0,
    tokens: [],
    keyed: [
      {
        identifier: /(?:looker)/iy,
        secret: /^(?:[a-z0-9]{24})(?=[\x60'"\s;<>()\[\]{},.!?&|]|\\[nr]|$)/i
      }
    ],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "mailchimp-api-key",
    title: "Mailchimp API key",
    description: "Identified a Mailchimp API key, potentially compromising email marketing campaigns and subscriber data.",
    severity: "critical",
    keywords: ["mailchimp"],
    entropy: 0,
    prefixLength: 0,
    tokens: [],
    keyed: [
      {
        identifier: /(?:MailchimpSDK.initialize|mailchimp)/iy,
        secret: /^(?:[a-f0-9]{32}-us\d\d)(?=[\x60'"\s;<>()\[\]{},.!?&|]|\\[nr]|$)/i
      }
    ],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "mailgun-private-api-token",
    title: "Mailgun private API token",
    description: "Found a Mailgun private API token, risking unauthorized email service operations and data breaches.",
    severity: "critical",
    keywords: ["mailgun"],
    entropy: 0,
    prefixLength: 0,
    tokens: [],
    keyed: [
      {
        identifier: /(?:mailgun)/iy,
        secret: /^(?:key-[a-f0-9]{32})(?=[\x60'"\s;<>()\[\]{},.!?&|]|\\[nr]|$)/i
      }
    ],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "mailgun-pub-key",
    title: "Mailgun pub key",
    description: "Discovered a Mailgun public validation key, which could expose email verification processes and associated data.",
    severity: "medium",
    keywords: ["mailgun"],
    entropy: 0,
    prefixLength: 0,
    tokens: [],
    keyed: [
      {
        identifier: /(?:mailgun)/iy,
        secret: /^(?:pubkey-[a-f0-9]{32})(?=[\x60'"\s;<>()\[\]{},.!?&|]|\\[nr]|$)/i
      }
    ],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "mailgun-signing-key",
    title: "Mailgun signing key",
    description: "Uncovered a Mailgun webhook signing key, potentially compromising email automation and data integrity.",
    severity: "critical",
    keywords: ["mailgun"],
    entropy: 0,
    prefixLength: 0,
    tokens: [],
    keyed: [
      {
        identifier: /(?:mailgun)/iy,
        secret: /^(?:[a-h0-9]{32}-[a-h0-9]{8}-[a-h0-9]{8})(?=[\x60'"\s;<>()\[\]{},.!?&|]|\\[nr]|$)/i
      }
    ],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "mapbox-api-token",
    title: "Mapbox API token",
    description: "Detected a MapBox API token, posing a risk to geospatial services and sensitive location data exposure.",
    severity: "critical",
    keywords: ["mapbox"],
    entropy: 0,
    prefixLength: 0,
    tokens: [],
    keyed: [
      {
        identifier: /(?:mapbox)/iy,
        secret: /^(?:pk\.[a-z0-9]{60}\.[a-z0-9]{22})(?=[\x60'"\s;<>()\[\]{},.!?&|]|\\[nr]|$)/i
      }
    ],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "mattermost-access-token",
    title: "Mattermost access token",
    description: "Identified a Mattermost Access Token, which may compromise team communication channels and data privacy.",
    severity: "critical",
    keywords: ["mattermost"],
    entropy: 0,
    prefixLength: 0,
    tokens: [],
    keyed: [
      {
        identifier: /(?:mattermost)/iy,
        secret: /^(?:[a-z0-9]{26})(?=[\x60'"\s;<>()\[\]{},.!?&|]|\\[nr]|$)/i
      }
    ],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "maxmind-license-key",
    title: "Maxmind license key",
    description: "Discovered a potential MaxMind license key.",
    severity: "critical",
    keywords: ["_mmk"],
    entropy: 4,
    prefixLength: 0,
    tokens: [
      { regex: /\b([A-Za-z0-9]{6}_[A-Za-z0-9]{29}_mmk)(?:[\x60'"\s;<>()\[\]{},.!?&|]|\\[nr]|$)/g, group: -1 }
    ],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "messagebird-api-token",
    title: "MessageBird API token",
    description: "Found a MessageBird API token, risking unauthorized access to communication platforms and message data.",
    severity: "critical",
    keywords: ["messagebird", "message-bird", "message_bird"],
    entropy: 0,
    prefixLength: 0,
    tokens: [],
    keyed: [
      {
        identifier: /(?:message[_\-]?bird)/iy,
        secret: /^(?:[a-z0-9]{25})(?=[\x60'"\s;<>()\[\]{},.!?&|]|\\[nr]|$)/i
      }
    ],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "messagebird-client-id",
    title: "MessageBird client ID",
    description: "Discovered a MessageBird client ID, potentially compromising API integrations and sensitive communication data.",
    severity: "medium",
    keywords: ["messagebird", "message-bird", "message_bird"],
    entropy: 0,
    prefixLength: 0,
    tokens: [],
    keyed: [
      {
        identifier: /(?:message[_\-]?bird)/iy,
        secret: /^(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?=[\x60'"\s;<>()\[\]{},.!?&|]|\\[nr]|$)/i
      }
    ],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "netlify-access-token",
    title: "Netlify access token",
    description: "Detected a Netlify Access Token, potentially compromising web hosting services and site management.",
    severity: "critical",
    keywords: ["netlify"],
    entropy: 0,
    prefixLength: 0,
    tokens: [],
    keyed: [
      {
        identifier: /(?:netlify)/iy,
        secret: /^(?:[a-z0-9=_\-]{40,46})(?=[\x60'"\s;<>()\[\]{},.!?&|]|\\[nr]|$)/i
      }
    ],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "new-relic-browser-api-token",
    title: "New relic browser API token",
    description: "Identified a New Relic ingest browser API token, risking unauthorized access to application performance data and analytics.",
    severity: "critical",
    keywords: ["nrjs-"],
    entropy: 0,
    prefixLength: 0,
    tokens: [],
    keyed: [
      {
        identifier: /(?:new-relic|newrelic|new_relic)/iy,
        secret: /^(?:NRJS-[a-f0-9]{19})(?=[\x60'"\s;<>()\[\]{},.!?&|]|\\[nr]|$)/i
      }
    ],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "new-relic-insert-key",
    title: "New relic insert key",
    description: "Discovered a New Relic insight insert key, compromising data injection into the platform.",
    severity: "critical",
    keywords: ["nrii-"],
    entropy: 0,
    prefixLength: 0,
    tokens: [],
    keyed: [
      {
        identifier: /(?:new-relic|newrelic|new_relic)/iy,
        secret: /^(?:NRII-[a-z0-9\-]{32})(?=[\x60'"\s;<>()\[\]{},.!?&|]|\\[nr]|$)/i
      }
    ],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "new-relic-user-api-id",
    title: "New relic user API ID",
    description: "Found a New Relic user API ID, posing a risk to application monitoring services and data integrity.",
    severity: "medium",
    keywords: ["new-relic", "newrelic", "new_relic"],
    entropy: 0,
    prefixLength: 0,
    tokens: [],
    keyed: [
      {
        identifier: /(?:new-relic|newrelic|new_relic)/iy,
        secret: /^(?:[a-z0-9]{64})(?=[\x60'"\s;<>()\[\]{},.!?&|]|\\[nr]|$)/i
      }
    ],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "new-relic-user-api-key",
    title: "New relic user API key",
    description: "Discovered a New Relic user API Key, which could lead to compromised application insights and performance monitoring.",
    severity: "critical",
    keywords: ["nrak"],
    entropy: 0,
    prefixLength: 0,
    tokens: [],
    keyed: [
      {
        identifier: /(?:new-relic|newrelic|new_relic)/iy,
        secret: /^(?:NRAK-[a-z0-9]{27})(?=[\x60'"\s;<>()\[\]{},.!?&|]|\\[nr]|$)/i
      }
    ],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "notion-api-token",
    title: "Notion API token",
    description: "Notion API token",
    severity: "critical",
    keywords: ["ntn_"],
    entropy: 4,
    prefixLength: 4,
    tokens: [
      { regex: /\b(ntn_[0-9]{11}[A-Za-z0-9]{32}[A-Za-z0-9]{3})(?:[\x60'"\s;<>()\[\]{},.!?&|]|\\[nr]|$)/g, group: -1 }
    ],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "npm-access-token",
    title: "npm access token",
    description: "Uncovered an npm access token, potentially compromising package management and code repository access.",
    severity: "critical",
    keywords: ["npm_"],
    entropy: 2,
    prefixLength: 4,
    tokens: [
      { regex: /\b(npm_[a-z0-9]{36})(?:[\x60'"\s;<>()\[\]{},.!?&|]|\\[nr]|$)/gi, group: -1 }
    ],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "nytimes-access-token",
    title: "NYTimes access token",
    description: "Detected a Nytimes Access Token, risking unauthorized access to New York Times APIs and content services.",
    severity: "critical",
    keywords: ["nytimes", "new-york-times", "newyorktimes"],
    entropy: 0,
    prefixLength: 0,
    tokens: [],
    keyed: [
      {
        identifier: /(?:nytimes|new-york-times,|newyorktimes)/iy,
        secret: /^(?:[a-z0-9=_\-]{32})(?=[\x60'"\s;<>()\[\]{},.!?&|]|\\[nr]|$)/i
      }
    ],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "octopus-deploy-api-key",
    title: "Octopus deploy API key",
    description: "Discovered a potential Octopus Deploy API key, risking application deployments and operational security.",
    severity: "critical",
    keywords: ["api-"],
    entropy: 3,
    prefixLength: 4,
    tokens: [
      { regex: /\b(API-[A-Z0-9]{26})(?:[\x60'"\s;<>()\[\]{},.!?&|]|\\[nr]|$)/g, group: -1 }
    ],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "okta-access-token",
    title: "Okta access token",
    description: "Identified an Okta Access Token, which may compromise identity management services and user authentication data.",
    severity: "critical",
    keywords: ["okta"],
    entropy: 4,
    prefixLength: 0,
    tokens: [],
    keyed: [
      {
        identifier: /(?:(?:[Oo]kta|OKTA))/y,
        secret: /^(?:00[\w=\-]{40})(?=[\x60'"\s;<>()\[\]{},.!?&|]|\\[nr]|$)/
      }
    ],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "openshift-user-token",
    title: "Openshift user token",
    description: "Found an OpenShift user token, potentially compromising an OpenShift/Kubernetes cluster.",
    severity: "critical",
    keywords: ["sha256~"],
    entropy: 3.5,
    prefixLength: 7,
    tokens: [
      { regex: /\b(sha256~[\w\-]{43})(?:[^\w\-]|$)/g, group: -1 }
    ],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "perplexity-api-key",
    title: "Perplexity API key",
    description: "Detected a Perplexity API key, which could lead to unauthorized access to Perplexity AI services and data exposure.",
    severity: "critical",
    keywords: ["pplx-"],
    entropy: 4,
    prefixLength: 5,
    tokens: [
      { regex: /\b(pplx-[a-zA-Z0-9]{48})(?:[\x60'"\s;]|\\[nr]|$|\b)/g, group: -1 }
    ],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "plaid-api-token",
    title: "Plaid API token",
    description: "Discovered a Plaid API Token, potentially compromising financial data aggregation and banking services.",
    severity: "critical",
    keywords: ["plaid"],
    entropy: 0,
    prefixLength: 0,
    tokens: [],
    keyed: [
      {
        identifier: /(?:plaid)/iy,
        secret: /^(?:access-(?:sandbox|development|production)-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?=[\x60'"\s;<>()\[\]{},.!?&|]|\\[nr]|$)/i
      }
    ],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "plaid-client-id",
    title: "Plaid client ID",
    description: "Uncovered a Plaid Client ID, which could lead to unauthorized financial service integrations and data breaches.",
    severity: "medium",
    keywords: ["plaid"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [],
    keyed: [
      {
        identifier: /(?:plaid)/iy,
        secret: /^(?:[a-z0-9]{24})(?=[\x60'"\s;<>()\[\]{},.!?&|]|\\[nr]|$)/i
      }
    ],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "plaid-secret-key",
    title: "Plaid secret key",
    description: "Detected a Plaid Secret key, risking unauthorized access to financial accounts and sensitive transaction data.",
    severity: "critical",
    keywords: ["plaid"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [],
    keyed: [
      {
        identifier: /(?:plaid)/iy,
        secret: /^(?:[a-z0-9]{30})(?=[\x60'"\s;<>()\[\]{},.!?&|]|\\[nr]|$)/i
      }
    ],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "planetscale-api-token",
    title: "PlanetScale API token",
    description: "Identified a PlanetScale API token, potentially compromising database management and operations.",
    severity: "critical",
    keywords: ["pscale_tkn_"],
    entropy: 3,
    prefixLength: 11,
    tokens: [
      { regex: /\b(pscale_tkn_[\w=.\-]{32,64})(?:[\x60'"\s;<>()\[\]{},.!?&|]|\\[nr]|$)/g, group: -1 }
    ],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "planetscale-oauth-token",
    title: "PlanetScale OAuth token",
    description: "Found a PlanetScale OAuth token, posing a risk to database access control and sensitive data integrity.",
    severity: "critical",
    keywords: ["pscale_oauth_"],
    entropy: 3,
    prefixLength: 13,
    tokens: [
      { regex: /\b(pscale_oauth_[\w=.\-]{32,64})(?:[\x60'"\s;<>()\[\]{},.!?&|]|\\[nr]|$)/g, group: -1 }
    ],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "planetscale-password",
    title: "PlanetScale password",
    description: "Discovered a PlanetScale password, which could lead to unauthorized database operations and data breaches.",
    severity: "critical",
    keywords: ["pscale_pw_"],
    entropy: 3,
    prefixLength: 10,
    tokens: [
      { regex: /\b(pscale_pw_[\w=.\-]{32,64})(?:[\x60'"\s;<>()\[\]{},.!?&|]|\\[nr]|$)/gi, group: -1 }
    ],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "postman-api-token",
    title: "Postman API token",
    description: "Uncovered a Postman API token, potentially compromising API testing and development workflows.",
    severity: "critical",
    keywords: ["pmak-"],
    entropy: 3,
    prefixLength: 5,
    tokens: [
      { regex: /\b(PMAK-[a-fA-F0-9]{24}-[a-fA-F0-9]{34})(?:[\x60'"\s;<>()\[\]{},.!?&|]|\\[nr]|$)/g, group: -1 }
    ],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "prefect-api-token",
    title: "Prefect API token",
    description: "Detected a Prefect API token, risking unauthorized access to workflow management and automation services.",
    severity: "critical",
    keywords: ["pnu_"],
    entropy: 2,
    prefixLength: 4,
    tokens: [
      { regex: /\b(pnu_[a-zA-Z0-9]{36})(?:[\x60'"\s;<>()\[\]{},.!?&|]|\\[nr]|$)/g, group: -1 }
    ],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "privateai-api-token",
    title: "Private AI API token",
    description: "Identified a PrivateAI Token, posing a risk of unauthorized access to AI services and data manipulation.",
    severity: "critical",
    keywords: ["privateai", "private_ai", "private-ai"],
    entropy: 3,
    prefixLength: 0,
    tokens: [],
    keyed: [
      {
        identifier: /(?:private[_\-]?ai)/iy,
        secret: /^(?:[a-z0-9]{32})(?=[\x60'"\s;<>()\[\]{},.!?&|]|\\[nr]|$)/
      }
    ],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "pulumi-api-token",
    title: "Pulumi API token",
    description: "Found a Pulumi API token, posing a risk to infrastructure as code services and cloud resource management.",
    severity: "critical",
    keywords: ["pul-"],
    entropy: 2,
    prefixLength: 4,
    tokens: [
      { regex: /\b(pul-[a-f0-9]{40})(?:[\x60'"\s;<>()\[\]{},.!?&|]|\\[nr]|$)/g, group: -1 }
    ],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "pypi-upload-token",
    title: "PyPI upload token",
    description: "Discovered a PyPI upload token, potentially compromising Python package distribution and repository integrity.",
    severity: "critical",
    keywords: ["pypi-ageichlwas5vcmc"],
    entropy: 3,
    prefixLength: 16,
    tokens: [
      { regex: /pypi-AgEIcHlwaS5vcmc[\w\-]{50,1000}/g, group: -1 }
    ],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "rapidapi-access-token",
    title: "Rapidapi access token",
    description: "Uncovered a RapidAPI Access Token, which could lead to unauthorized access to various APIs and data services.",
    severity: "critical",
    keywords: ["rapidapi"],
    entropy: 0,
    prefixLength: 0,
    tokens: [],
    keyed: [
      {
        identifier: /(?:rapidapi)/iy,
        secret: /^(?:[a-z0-9_\-]{50})(?=[\x60'"\s;<>()\[\]{},.!?&|]|\\[nr]|$)/i
      }
    ],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "readme-api-token",
    title: "Readme API token",
    description: "Detected a Readme API token, risking unauthorized documentation management and content exposure.",
    severity: "critical",
    keywords: ["rdme_"],
    entropy: 2,
    prefixLength: 5,
    tokens: [
      { regex: /\b(rdme_[a-z0-9]{70})(?:[\x60'"\s;<>()\[\]{},.!?&|]|\\[nr]|$)/g, group: -1 }
    ],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "rubygems-api-token",
    title: "RubyGems API token",
    description: "Identified a Rubygem API token, potentially compromising Ruby library distribution and package management.",
    severity: "critical",
    keywords: ["rubygems_"],
    entropy: 2,
    prefixLength: 9,
    tokens: [
      { regex: /\b(rubygems_[a-f0-9]{48})(?:[\x60'"\s;<>()\[\]{},.!?&|]|\\[nr]|$)/g, group: -1 }
    ],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "scalingo-api-token",
    title: "Scalingo API token",
    description: "Found a Scalingo API token, posing a risk to cloud platform services and application deployment security.",
    severity: "critical",
    keywords: ["tk-us-"],
    entropy: 2,
    prefixLength: 6,
    tokens: [
      { regex: /\b(tk-us-[\w\-]{48})(?:[\x60'"\s;<>()\[\]{},.!?&|]|\\[nr]|$)/g, group: -1 }
    ],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "sendbird-access-id",
    title: "Sendbird access ID",
    description: "Discovered a Sendbird Access ID, which could compromise chat and messaging platform integrations.",
    severity: "medium",
    keywords: ["sendbird"],
    entropy: 0,
    prefixLength: 0,
    tokens: [],
    keyed: [
      {
        identifier: /(?:sendbird)/iy,
        secret: /^(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?=[\x60'"\s;<>()\[\]{},.!?&|]|\\[nr]|$)/i
      }
    ],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "sendbird-access-token",
    title: "Sendbird access token",
    description: "Uncovered a Sendbird Access Token, potentially risking unauthorized access to communication services and user data.",
    severity: "critical",
    keywords: ["sendbird"],
    entropy: 0,
    prefixLength: 0,
    tokens: [],
    keyed: [
      {
        identifier: /(?:sendbird)/iy,
        secret: /^(?:[a-f0-9]{40})(?=[\x60'"\s;<>()\[\]{},.!?&|]|\\[nr]|$)/i
      }
    ],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "sendgrid-api-token",
    title: "SendGrid API token",
    description: "Detected a SendGrid API token, posing a risk of unauthorized email service operations and data exposure.",
    severity: "critical",
    keywords: ["sg."],
    entropy: 2,
    prefixLength: 3,
    tokens: [
      { regex: /\b(SG\.[a-zA-Z0-9=_\-.]{66})(?:[\x60'"\s;<>()\[\]{},.!?&|]|\\[nr]|$)/g, group: -1 }
    ],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "sendinblue-api-token",
    title: "Sendinblue API token",
    description: "Identified a Sendinblue API token, which may compromise email marketing services and subscriber data privacy.",
    severity: "critical",
    keywords: ["xkeysib-"],
    entropy: 2,
    prefixLength: 8,
    tokens: [
      { regex: /\b(xkeysib-[a-f0-9]{64}-[a-zA-Z0-9]{16})(?:[\x60'"\s;<>()\[\]{},.!?&|]|\\[nr]|$)/g, group: -1 }
    ],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "sentry-access-token",
    title: "Sentry access token",
    description: "Found a Sentry.io Access Token (old format), risking unauthorized access to error tracking services and sensitive application data.",
    severity: "critical",
    keywords: ["sentry"],
    entropy: 3,
    prefixLength: 0,
    tokens: [],
    keyed: [
      {
        identifier: /(?:sentry)/iy,
        secret: /^(?:[a-f0-9]{64})(?=[\x60'"\s;<>()\[\]{},.!?&|]|\\[nr]|$)/i
      }
    ],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "sentry-org-token",
    title: "Sentry org token",
    description: "Found a Sentry.io Organization Token, risking unauthorized access to error tracking services and sensitive application data.",
    severity: "critical",
    keywords: ["sntrys_eyjpyxqio"],
    entropy: 4.5,
    prefixLength: 16,
    tokens: [
      { regex: /\bsntrys_eyJpYXQiO[a-zA-Z0-9+\/]{10,200}(?:LCJyZWdpb25fdXJs|InJlZ2lvbl91cmwi|cmVnaW9uX3VybCI6)[a-zA-Z0-9+\/]{10,200}={0,2}_[a-zA-Z0-9+\/]{43}(?:[^a-zA-Z0-9+\/]|$)/g, group: -1 }
    ],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "sentry-user-token",
    title: "Sentry user token",
    description: "Found a Sentry.io User Token, risking unauthorized access to error tracking services and sensitive application data.",
    severity: "critical",
    keywords: ["sntryu_"],
    entropy: 3.5,
    prefixLength: 7,
    tokens: [
      { regex: /\b(sntryu_[a-f0-9]{64})(?:[\x60'"\s;<>()\[\]{},.!?&|]|\\[nr]|$)/g, group: -1 }
    ],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "settlemint-application-access-token",
    title: "SettleMint application access token",
    description: "Found a Settlemint Application Access Token.",
    severity: "critical",
    keywords: ["sm_aat"],
    entropy: 3,
    prefixLength: 7,
    tokens: [
      { regex: /\b(sm_aat_[a-zA-Z0-9]{16})(?:[\x60'"\s;<>()\[\]{},.!?&|]|\\[nr]|$)/g, group: -1 }
    ],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "settlemint-personal-access-token",
    title: "SettleMint personal access token",
    description: "Found a Settlemint Personal Access Token.",
    severity: "critical",
    keywords: ["sm_pat"],
    entropy: 3,
    prefixLength: 7,
    tokens: [
      { regex: /\b(sm_pat_[a-zA-Z0-9]{16})(?:[\x60'"\s;<>()\[\]{},.!?&|]|\\[nr]|$)/g, group: -1 }
    ],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "settlemint-service-access-token",
    title: "SettleMint service access token",
    description: "Found a Settlemint Service Access Token.",
    severity: "critical",
    keywords: ["sm_sat"],
    entropy: 3,
    prefixLength: 7,
    tokens: [
      { regex: /\b(sm_sat_[a-zA-Z0-9]{16})(?:[\x60'"\s;<>()\[\]{},.!?&|]|\\[nr]|$)/g, group: -1 }
    ],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "shippo-api-token",
    title: "Shippo API token",
    description: "Discovered a Shippo API token, potentially compromising shipping services and customer order data.",
    severity: "critical",
    keywords: ["shippo_"],
    entropy: 2,
    prefixLength: 7,
    tokens: [
      { regex: /\b(shippo_(?:live|test)_[a-fA-F0-9]{40})(?:[\x60'"\s;<>()\[\]{},.!?&|]|\\[nr]|$)/g, group: -1 }
    ],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "shopify-access-token",
    title: "Shopify access token",
    description: "Uncovered a Shopify access token, which could lead to unauthorized e-commerce platform access and data breaches.",
    severity: "critical",
    keywords: ["shpat_"],
    entropy: 2,
    prefixLength: 6,
    tokens: [
      { regex: /shpat_[a-fA-F0-9]{32}/g, group: -1 }
    ],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "shopify-custom-access-token",
    title: "Shopify custom access token",
    description: "Detected a Shopify custom access token, potentially compromising custom app integrations and e-commerce data security.",
    severity: "critical",
    keywords: ["shpca_"],
    entropy: 2,
    prefixLength: 6,
    tokens: [
      { regex: /shpca_[a-fA-F0-9]{32}/g, group: -1 }
    ],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "shopify-private-app-access-token",
    title: "Shopify private app access token",
    description: "Identified a Shopify private app access token, risking unauthorized access to private app data and store operations.",
    severity: "critical",
    keywords: ["shppa_"],
    entropy: 2,
    prefixLength: 6,
    tokens: [
      { regex: /shppa_[a-fA-F0-9]{32}/g, group: -1 }
    ],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "shopify-shared-secret",
    title: "Shopify shared secret",
    description: "Found a Shopify shared secret, posing a risk to application authentication and e-commerce platform security.",
    severity: "critical",
    keywords: ["shpss_"],
    entropy: 2,
    prefixLength: 6,
    tokens: [
      { regex: /shpss_[a-fA-F0-9]{32}/g, group: -1 }
    ],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "sidekiq-secret",
    title: "Sidekiq secret",
    description: "Discovered a Sidekiq Secret, which could lead to compromised background job processing and application data breaches.",
    severity: "critical",
    keywords: ["bundle_enterprise__contribsys__com", "bundle_gems__contribsys__com"],
    entropy: 0,
    prefixLength: 0,
    tokens: [],
    keyed: [
      {
        identifier: /(?:BUNDLE_ENTERPRISE__CONTRIBSYS__COM|BUNDLE_GEMS__CONTRIBSYS__COM)/iy,
        secret: /^(?:[a-f0-9]{8}:[a-f0-9]{8})(?=[\x60'"\s;<>()\[\]{},.!?&|]|\\[nr]|$)/i
      }
    ],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "sidekiq-sensitive-url",
    title: "Sidekiq sensitive URL",
    description: "Uncovered a Sidekiq Sensitive URL, potentially exposing internal job queues and sensitive operation details.",
    severity: "critical",
    keywords: ["gems.contribsys.com", "enterprise.contribsys.com"],
    entropy: 0,
    prefixLength: 4,
    tokens: [
      { regex: /\bhttps?:\/\/([a-f0-9]{8}:[a-f0-9]{8})@(?:gems.contribsys.com|enterprise.contribsys.com)(?:[\/|#?:]|$)/gi, group: -1 }
    ],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "slack-app-token",
    title: "Slack app token",
    description: "Detected a Slack App-level token, risking unauthorized access to Slack applications and workspace data.",
    severity: "critical",
    keywords: ["xapp"],
    entropy: 2,
    prefixLength: 5,
    tokens: [
      { regex: /xapp-\d-[A-Z0-9]+-\d+-[a-z0-9]+/gi, group: -1 }
    ],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "slack-bot-token",
    title: "Slack bot token",
    description: "Identified a Slack Bot token, which may compromise bot integrations and communication channel security.",
    severity: "critical",
    keywords: ["xoxb"],
    entropy: 3,
    prefixLength: 5,
    tokens: [
      { regex: /xoxb-[0-9]{10,13}-[0-9]{10,13}[a-zA-Z0-9\-]*/g, group: -1 }
    ],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "slack-config-access-token",
    title: "Slack config access token",
    description: "Found a Slack Configuration access token, posing a risk to workspace configuration and sensitive data access.",
    severity: "critical",
    keywords: ["xoxe.xoxb-", "xoxe.xoxp-"],
    entropy: 2,
    prefixLength: 4,
    tokens: [
      { regex: /xoxe.xox[bp]-\d-[A-Z0-9]{163,166}/gi, group: -1 }
    ],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "slack-config-refresh-token",
    title: "Slack config refresh token",
    description: "Discovered a Slack Configuration refresh token, potentially allowing prolonged unauthorized access to configuration settings.",
    severity: "critical",
    keywords: ["xoxe-"],
    entropy: 2,
    prefixLength: 5,
    tokens: [
      { regex: /xoxe-\d-[A-Z0-9]{146}/gi, group: -1 }
    ],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "slack-legacy-bot-token",
    title: "Slack legacy bot token",
    description: "Uncovered a Slack Legacy bot token, which could lead to compromised legacy bot operations and data exposure.",
    severity: "critical",
    keywords: ["xoxb"],
    entropy: 2,
    prefixLength: 5,
    tokens: [
      { regex: /xoxb-[0-9]{8,14}-[a-zA-Z0-9]{18,26}/g, group: -1 }
    ],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "slack-legacy-token",
    title: "Slack legacy token",
    description: "Detected a Slack Legacy token, risking unauthorized access to older Slack integrations and user data.",
    severity: "critical",
    keywords: ["xoxo", "xoxs"],
    entropy: 2,
    prefixLength: 3,
    tokens: [
      { regex: /xox[os]-\d+-\d+-\d+-[a-fA-F\d]+/g, group: -1 }
    ],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "slack-legacy-workspace-token",
    title: "Slack legacy workspace token",
    description: "Identified a Slack Legacy Workspace token, potentially compromising access to workspace data and legacy features.",
    severity: "critical",
    keywords: ["xoxa", "xoxr"],
    entropy: 2,
    prefixLength: 3,
    tokens: [
      { regex: /xox[ar]-(?:\d-)?[0-9a-zA-Z]{8,48}/g, group: -1 }
    ],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "slack-user-token",
    title: "Slack user token",
    description: "Found a Slack User token, posing a risk of unauthorized user impersonation and data access within Slack workspaces.",
    severity: "critical",
    keywords: ["xoxp-", "xoxe-"],
    entropy: 2,
    prefixLength: 3,
    tokens: [
      { regex: /xox[pe](?:-[0-9]{10,13}){3}-[a-zA-Z0-9\-]{28,34}/g, group: -1 }
    ],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "slack-webhook-url",
    title: "Slack webhook URL",
    description: "Discovered a Slack Webhook, which could lead to unauthorized message posting and data leakage in Slack channels.",
    severity: "high",
    keywords: ["hooks.slack.com"],
    entropy: 0,
    prefixLength: 4,
    tokens: [
      { regex: /(?:https?:\/\/)?hooks.slack.com\/(?:services|workflows|triggers)\/[A-Za-z0-9+\/]{43,56}/g, group: -1 }
    ],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "snyk-api-token",
    title: "Snyk API token",
    description: "Uncovered a Snyk API token, potentially compromising software vulnerability scanning and code security.",
    severity: "critical",
    keywords: ["snyk"],
    entropy: 0,
    prefixLength: 0,
    tokens: [],
    keyed: [
      {
        identifier: /(?:snyk[_.\-]?(?:(?:api|oauth)[_.\-]?)?(?:key|token))/iy,
        secret: /^(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?=[\x60'"\s;<>()\[\]{},.!?&|]|\\[nr]|$)/i
      }
    ],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "sonar-api-token",
    title: "Sonar API token",
    description: "Uncovered a Sonar API token, potentially compromising software vulnerability scanning and code security.",
    severity: "critical",
    keywords: ["sonar"],
    entropy: 0,
    prefixLength: 0,
    tokens: [],
    keyed: [
      {
        identifier: /(?:sonar[_.\-]?(login|token))/iy,
        secret: /^(?:(?:squ_|sqp_|sqa_)?[a-z0-9=_\-]{40})(?=[\x60'"\s;<>()\[\]{},.!?&|]|\\[nr]|$)/i
      }
    ],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "sourcegraph-access-token",
    title: "Sourcegraph access token",
    description: "Sourcegraph is a code search and navigation engine.",
    severity: "critical",
    keywords: ["sgp_", "sourcegraph"],
    entropy: 3,
    prefixLength: 4,
    tokens: [
      { regex: /\b(\b(sgp_(?:[a-fA-F0-9]{16}|local)_[a-fA-F0-9]{40}|sgp_[a-fA-F0-9]{40}|[a-fA-F0-9]{40})\b)(?:[\x60'"\s;<>()\[\]{},.!?&|]|\\[nr]|$)/gi, group: -1 }
    ],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "square-access-token",
    title: "Square access token",
    description: "Detected a Square Access Token, risking unauthorized payment processing and financial transaction exposure.",
    severity: "critical",
    keywords: ["sq0atp-", "eaaa"],
    entropy: 2,
    prefixLength: 3,
    tokens: [
      { regex: /\b((?:EAAA|sq0atp-)[\w\-]{22,60})(?:[\x60'"\s;<>()\[\]{},.!?&|]|\\[nr]|$)/g, group: -1 }
    ],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "squarespace-access-token",
    title: "Squarespace access token",
    description: "Identified a Squarespace Access Token, which may compromise website management and content control on Squarespace.",
    severity: "critical",
    keywords: ["squarespace"],
    entropy: 0,
    prefixLength: 0,
    tokens: [],
    keyed: [
      {
        identifier: /(?:squarespace)/iy,
        secret: /^(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?=[\x60'"\s;<>()\[\]{},.!?&|]|\\[nr]|$)/i
      }
    ],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "stripe-access-token",
    title: "Stripe access token",
    description: "Found a Stripe Access Token, posing a risk to payment processing services and sensitive financial data.",
    severity: "critical",
    keywords: ["sk_test", "sk_live", "sk_prod", "rk_test", "rk_live", "rk_prod"],
    entropy: 2,
    prefixLength: 0,
    tokens: [
      { regex: /\b((?:sk|rk)_(?:test|live|prod)_[a-zA-Z0-9]{10,99})(?:[\x60'"\s;<>()\[\]{},.!?&|]|\\[nr]|$)/g, group: -1 }
    ],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "sumologic-access-id",
    title: "Sumologic access ID",
    description: "Discovered a SumoLogic Access ID, potentially compromising log management services and data analytics integrity.",
    severity: "medium",
    keywords: ["sumo"],
    entropy: 3,
    prefixLength: 0,
    tokens: [],
    keyed: [
      {
        identifier: /(?:(?:[Ss]umo|SUMO))/y,
        secret: /^(?:su[a-zA-Z0-9]{12})(?=[\x60'"\s;<>()\[\]{},.!?&|]|\\[nr]|$)/
      }
    ],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "sumologic-access-token",
    title: "Sumologic access token",
    description: "Uncovered a SumoLogic Access Token, which could lead to unauthorized access to log data and analytics insights.",
    severity: "critical",
    keywords: ["sumo"],
    entropy: 3,
    prefixLength: 0,
    tokens: [],
    keyed: [
      {
        identifier: /(?:(?:[Ss]umo|SUMO))/y,
        secret: /^(?:[a-z0-9]{64})(?=[\x60'"\s;<>()\[\]{},.!?&|]|\\[nr]|$)/i
      }
    ],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "travisci-access-token",
    title: "Travis CI access token",
    description: "Identified a Travis CI Access Token, potentially compromising continuous integration services and codebase security.",
    severity: "critical",
    keywords: ["travis"],
    entropy: 0,
    prefixLength: 0,
    tokens: [],
    keyed: [
      {
        identifier: /(?:travis)/iy,
        secret: /^(?:[a-z0-9]{22})(?=[\x60'"\s;<>()\[\]{},.!?&|]|\\[nr]|$)/i
      }
    ],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "twitch-api-token",
    title: "Twitch API token",
    description: "Discovered a Twitch API token, which could compromise streaming services and account integrations.",
    severity: "critical",
    keywords: ["twitch"],
    entropy: 0,
    prefixLength: 0,
    tokens: [],
    keyed: [
      {
        identifier: /(?:twitch)/iy,
        secret: /^(?:[a-z0-9]{30})(?=[\x60'"\s;<>()\[\]{},.!?&|]|\\[nr]|$)/i
      }
    ],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "twitter-access-secret",
    title: "Twitter access secret",
    description: "Uncovered a Twitter Access Secret, potentially risking unauthorized Twitter integrations and data breaches.",
    severity: "critical",
    keywords: ["twitter"],
    entropy: 0,
    prefixLength: 0,
    tokens: [],
    keyed: [
      {
        identifier: /(?:twitter)/iy,
        secret: /^(?:[a-z0-9]{45})(?=[\x60'"\s;<>()\[\]{},.!?&|]|\\[nr]|$)/i
      }
    ],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "twitter-access-token",
    title: "Twitter access token",
    description: "Detected a Twitter Access Token, posing a risk of unauthorized account operations and social media data exposure.",
    severity: "critical",
    keywords: ["twitter"],
    entropy: 0,
    prefixLength: 0,
    tokens: [],
    keyed: [
      {
        identifier: /(?:twitter)/iy,
        secret: /^(?:[0-9]{15,25}-[a-zA-Z0-9]{20,40})(?=[\x60'"\s;<>()\[\]{},.!?&|]|\\[nr]|$)/i
      }
    ],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "twitter-api-key",
    title: "Twitter API key",
    description: "Identified a Twitter API Key, which may compromise Twitter application integrations and user data security.",
    severity: "critical",
    keywords: ["twitter"],
    entropy: 0,
    prefixLength: 0,
    tokens: [],
    keyed: [
      {
        identifier: /(?:twitter)/iy,
        secret: /^(?:[a-z0-9]{25})(?=[\x60'"\s;<>()\[\]{},.!?&|]|\\[nr]|$)/i
      }
    ],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "twitter-api-secret",
    title: "Twitter API secret",
    description: "Found a Twitter API Secret, risking the security of Twitter app integrations and sensitive data access.",
    severity: "critical",
    keywords: ["twitter"],
    entropy: 0,
    prefixLength: 0,
    tokens: [],
    keyed: [
      {
        identifier: /(?:twitter)/iy,
        secret: /^(?:[a-z0-9]{50})(?=[\x60'"\s;<>()\[\]{},.!?&|]|\\[nr]|$)/i
      }
    ],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "twitter-bearer-token",
    title: "Twitter bearer token",
    description: "Discovered a Twitter Bearer Token, potentially compromising API access and data retrieval from Twitter.",
    severity: "critical",
    keywords: ["twitter"],
    entropy: 0,
    prefixLength: 0,
    tokens: [],
    keyed: [
      {
        identifier: /(?:twitter)/iy,
        secret: /^(?:A{22}[a-zA-Z0-9%]{80,100})(?=[\x60'"\s;<>()\[\]{},.!?&|]|\\[nr]|$)/i
      }
    ],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "typeform-api-token",
    title: "Typeform API token",
    description: "Uncovered a Typeform API token, which could lead to unauthorized survey management and data collection.",
    severity: "critical",
    keywords: ["tfp_"],
    entropy: 0,
    prefixLength: 0,
    tokens: [],
    keyed: [
      {
        identifier: /(?:typeform)/iy,
        secret: /^(?:tfp_[a-z0-9\-_.=]{59})(?=[\x60'"\s;<>()\[\]{},.!?&|]|\\[nr]|$)/i
      }
    ],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "vault-batch-token",
    title: "Vault batch token",
    description: "Detected a Vault Batch Token, risking unauthorized access to secret management services and sensitive data.",
    severity: "critical",
    keywords: ["hvb."],
    entropy: 4,
    prefixLength: 4,
    tokens: [
      { regex: /\b(hvb\.[\w\-]{138,300})(?:[\x60'"\s;<>()\[\]{},.!?&|]|\\[nr]|$)/g, group: -1 }
    ],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "vault-service-token",
    title: "Vault service token",
    description: "Identified a Vault Service Token, potentially compromising infrastructure security and access to sensitive credentials.",
    severity: "critical",
    keywords: ["hvs.", "s."],
    entropy: 3.5,
    prefixLength: 4,
    tokens: [
      { regex: /\b((?:hvs\.[\w\-]{90,120}|s\.(?:[a-zA-Z0-9]{24})))(?:[\x60'"\s;<>()\[\]{},.!?&|]|\\[nr]|$)/g, group: -1 }
    ],
    keyed: [],
    allow: [/s\.[A-Za-z]{24}/],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "yandex-access-token",
    title: "Yandex access token",
    description: "Found a Yandex Access Token, posing a risk to Yandex service integrations and user data privacy.",
    severity: "critical",
    keywords: ["yandex"],
    entropy: 0,
    prefixLength: 0,
    tokens: [],
    keyed: [
      {
        identifier: /(?:yandex)/iy,
        secret: /^(?:t1\.[A-Z0-9a-z_\-]+[=]{0,2}\.[A-Z0-9a-z_\-]{86}[=]{0,2})(?=[\x60'"\s;<>()\[\]{},.!?&|]|\\[nr]|$)/i
      }
    ],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "yandex-api-key",
    title: "Yandex API key",
    description: "Discovered a Yandex API Key, which could lead to unauthorized access to Yandex services and data manipulation.",
    severity: "critical",
    keywords: ["yandex"],
    entropy: 0,
    prefixLength: 0,
    tokens: [],
    keyed: [
      {
        identifier: /(?:yandex)/iy,
        secret: /^(?:AQVN[A-Za-z0-9_\-]{35,38})(?=[\x60'"\s;<>()\[\]{},.!?&|]|\\[nr]|$)/i
      }
    ],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "yandex-aws-access-token",
    title: "Yandex AWS access token",
    description: "Uncovered a Yandex AWS Access Token, potentially compromising cloud resource access and data security on Yandex Cloud.",
    severity: "critical",
    keywords: ["yandex"],
    entropy: 0,
    prefixLength: 0,
    tokens: [],
    keyed: [
      {
        identifier: /(?:yandex)/iy,
        secret: /^(?:YC[a-zA-Z0-9_\-]{38})(?=[\x60'"\s;<>()\[\]{},.!?&|]|\\[nr]|$)/i
      }
    ],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "zendesk-secret-key",
    title: "Zendesk secret key",
    description: "Detected a Zendesk Secret Key, risking unauthorized access to customer support services and sensitive ticketing data.",
    severity: "critical",
    keywords: ["zendesk"],
    entropy: 0,
    prefixLength: 0,
    tokens: [],
    keyed: [
      {
        identifier: /(?:zendesk)/iy,
        secret: /^(?:[a-z0-9]{40})(?=[\x60'"\s;<>()\[\]{},.!?&|]|\\[nr]|$)/i
      }
    ],
    allow: [],
    allowMatch: [],
    stopwords: []
  }
];

// src/core/detect/secrets/generated/kingfisher-rules.ts
var KINGFISHER_RULES = [
  {
    id: "adobe-io-api-key",
    title: "Adobe IO API Key",
    description: "Adobe IO API Key (Kingfisher rule kingfisher.adobe.1).",
    severity: "critical",
    keywords: ["adobe"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\badobe(?:.|[\n\r]){0,32}?\b([a-f0-9]{32})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "airbrake-user-key",
    title: "Airbrake User Key",
    description: "Airbrake User Key (Kingfisher rule kingfisher.airbrake.1).",
    severity: "critical",
    keywords: ["airbrake"],
    entropy: 4.5,
    prefixLength: 0,
    tokens: [{ regex: /\bairbrake(?:.|[\n\r]){0,16}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,16}?([a-zA-Z0-9\-]{40})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "airtable-personal-access-token",
    title: "Airtable Personal Access Token",
    description: "Airtable Personal Access Token (Kingfisher rule kingfisher.airtable.1).",
    severity: "critical",
    keywords: ["pat"],
    entropy: 3.3,
    prefixLength: 3,
    tokens: [{ regex: /\b(pat[a-z0-9]{14}\.[a-z0-9]{62,66})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "airtable-oauth-token",
    title: "Airtable OAuth Token",
    description: "Airtable OAuth Token (Kingfisher rule kingfisher.airtable.2).",
    severity: "critical",
    keywords: [".v1."],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\b([a-zA-Z0-9]+\.v1\.[a-zA-Z0-9_\-]+\.[a-f0-9]+)\b/gi, group: 1 }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "aiven-api-key",
    title: "Aiven API Key",
    description: "Aiven API Key (Kingfisher rule kingfisher.aiven.1).",
    severity: "critical",
    keywords: ["aiven"],
    entropy: 3.3,
    prefixLength: 0,
    tokens: [{ regex: /aiven(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-z0-9\/+=]{372})/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "alchemy-api-key",
    title: "Alchemy API Key",
    description: "Alchemy API Key (Kingfisher rule kingfisher.alchemy.1).",
    severity: "critical",
    keywords: ["alchemy"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /alchemy(?:.|[\n\r]){0,16}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,16}?\b([a-zA-Z0-9]{23}_[a-zA-Z0-9]{8})/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "algolia-admin-api-key",
    title: "Algolia Admin API Key",
    description: "Algolia Admin API Key (Kingfisher rule kingfisher.algolia.1).",
    severity: "critical",
    keywords: ["algolia"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /algolia(?:.|[\n\r]){0,32}?\b([a-z0-9]{32})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "alibaba-access-key-secret",
    title: "Alibaba Access Key Secret",
    description: "Alibaba Access Key Secret (Kingfisher rule kingfisher.alibabacloud.2).",
    severity: "critical",
    keywords: ["alibaba"],
    entropy: 4.2,
    prefixLength: 0,
    tokens: [{ regex: /\balibaba(?:.|[\n\r]){0,16}?\b([a-z0-9]{30})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "anypoint-api-key",
    title: "Anypoint API Key",
    description: "Anypoint API Key (Kingfisher rule kingfisher.anypoint.1).",
    severity: "critical",
    keywords: ["anypoint"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /anypoint(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([0-9a-z]{8}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{12})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "apifonica-api-key",
    title: "Apifonica API Key",
    description: "Apifonica API Key (Kingfisher rule kingfisher.apifonica.1).",
    severity: "critical",
    keywords: ["apifonica"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bapifonica(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([0-9a-z]{11}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{12})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "apify-api-key",
    title: "Apify API Key",
    description: "Apify API Key (Kingfisher rule kingfisher.apify.1).",
    severity: "critical",
    keywords: ["apify_api"],
    entropy: 3.3,
    prefixLength: 0,
    tokens: [{ regex: /\bapify_api(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-zA-Z0-9]{36})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "apilayer-api-key",
    title: "Apilayer API Key",
    description: "Apilayer API Key (Kingfisher rule kingfisher.apilayer.1).",
    severity: "critical",
    keywords: ["apilayer"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bapilayer(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-zA-Z0-9]{32})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "apimetrics-api-key",
    title: "ApiMetrics API Key",
    description: "ApiMetrics API Key (Kingfisher rule kingfisher.apimetrics.1).",
    severity: "critical",
    keywords: ["apimetrics"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bapimetrics(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-zA-Z0-9]{32})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "apitemplate-api-key",
    title: "APITemplate API Key",
    description: "APITemplate API Key (Kingfisher rule kingfisher.apitemplate.1).",
    severity: "critical",
    keywords: ["apitemplate"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bapitemplate(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([0-9a-zA-Z]{39})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "apollo-api-key",
    title: "Apollo API Key",
    description: "Apollo API Key (Kingfisher rule kingfisher.apollo.1).",
    severity: "critical",
    keywords: ["apollo"],
    entropy: 3.3,
    prefixLength: 0,
    tokens: [{ regex: /\bapollo(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-zA-Z0-9]{22})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "appfollow-api-token",
    title: "Appfollow API Token",
    description: "Appfollow API Token (Kingfisher rule kingfisher.appfollow.1).",
    severity: "critical",
    keywords: ["eyj0exaioijkv1qilcjhbgcioijiuzi1nij9."],
    entropy: 3.3,
    prefixLength: 16,
    tokens: [{ regex: /\bappfollow(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b(eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzI1NiJ9\.[0-9A-Za-z]{74}\.[0-9A-Z\-a-z_]{43})\b/gi, group: 1 }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "appointedd-api-key",
    title: "Appointedd API Key",
    description: "Appointedd API Key (Kingfisher rule kingfisher.appointedd.1).",
    severity: "critical",
    keywords: ["appointedd"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bappointedd(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-zA-Z0-9=+]{88})/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "appoptics-api-key",
    title: "AppOptics API Key",
    description: "AppOptics API Key (Kingfisher rule kingfisher.appoptics.1).",
    severity: "critical",
    keywords: ["appoptics"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bappoptics(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([0-9a-zA-Z_\-]{71})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "appsynergy-api-key",
    title: "AppSynergy API Key",
    description: "AppSynergy API Key (Kingfisher rule kingfisher.appsynergy.1).",
    severity: "critical",
    keywords: ["appsynergy"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bappsynergy(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-z0-9]{64})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "artifactory-access-token",
    title: "Artifactory Access Token",
    description: "Artifactory Access Token (Kingfisher rule kingfisher.artifactory.1).",
    severity: "critical",
    keywords: ["akc"],
    entropy: 3.5,
    prefixLength: 3,
    tokens: [{ regex: /\b(AKC[a-zA-Z0-9]{64,74})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "asana-oauth-token",
    title: "Asana OAuth Token",
    description: "Asana OAuth Token (Kingfisher rule kingfisher.asanaoauth.1).",
    severity: "critical",
    keywords: ["asana"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\basana(?:.|[\n\r]){0,8}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,16}?\b([a-z\/:0-9]{51})/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "assemblyai-api-key",
    title: "AssemblyAI API Key",
    description: "AssemblyAI API Key (Kingfisher rule kingfisher.assemblyai.1).",
    severity: "critical",
    keywords: ["assemblyai"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bassemblyai(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([0-9a-z]{32})/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "atera-api-key",
    title: "Atera API Key",
    description: "Atera API Key (Kingfisher rule kingfisher.atera.1).",
    severity: "critical",
    keywords: ["atera"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\batera(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([0-9a-z]{32})/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "audd-api-key",
    title: "Audd API Key",
    description: "Audd API Key (Kingfisher rule kingfisher.audd.1).",
    severity: "critical",
    keywords: ["audd"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\baudd(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-z0-9\-]{32})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "autoklose-api-token",
    title: "Autoklose API Token",
    description: "Autoklose API Token (Kingfisher rule kingfisher.autoklose.1).",
    severity: "critical",
    keywords: ["autoklose"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bautoklose(?:.|[\n\r]){0,8}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,16}?\b([a-zA-Z0-9\-]{32})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "autopilot-api-key",
    title: "AutoPilot API Key",
    description: "AutoPilot API Key (Kingfisher rule kingfisher.autopilot.1).",
    severity: "critical",
    keywords: ["autopilot"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bautopilot(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([0-9a-f]{32})/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "aviationstack-api-key",
    title: "AviationStack API Key",
    description: "AviationStack API Key (Kingfisher rule kingfisher.aviationstack.1).",
    severity: "critical",
    keywords: ["aviationstack"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\baviationstack(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-z0-9]{32})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "axonaut-api-key",
    title: "Axonaut API Key",
    description: "Axonaut API Key (Kingfisher rule kingfisher.axonaut.1).",
    severity: "critical",
    keywords: ["axonaut"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\baxonaut(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-z0-9]{32})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "ayrshare-api-key",
    title: "Ayrshare API Key",
    description: "Ayrshare API Key (Kingfisher rule kingfisher.ayrshare.1).",
    severity: "critical",
    keywords: ["ayrshare"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bayrshare(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([A-Z0-9]{8}-[A-Z0-9]{8}-[A-Z0-9]{8}-[A-Z0-9]{8})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "azure-openai-api-key",
    title: "Azure OpenAI API Key",
    description: "Azure OpenAI API Key (Kingfisher rule kingfisher.azureopenai.1).",
    severity: "critical",
    keywords: ["openai"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bazure(?:.|[\n\r]){0,8}?(?:openai)(?:.|[\n\r]){0,16}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,8}?([a-f0-9]{32})\b/gi, group: 1 }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "azure-search-query-key",
    title: "Azure Search Query Key",
    description: "Azure Search Query Key (Kingfisher rule kingfisher.azuresearch.key.1).",
    severity: "critical",
    keywords: ["azure"],
    entropy: 3.3,
    prefixLength: 0,
    tokens: [{ regex: /\bazure(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?([0-9a-zA-Z]{52})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "azure-storage-account-key",
    title: "Azure Storage Account Key",
    description: "Azure Storage Account Key (Kingfisher rule kingfisher.azurestorage.key.1).",
    severity: "critical",
    keywords: ["access", "account", "storage"],
    entropy: 4,
    prefixLength: 0,
    tokens: [{ regex: /(?:(?:[aA][cC][cC][eE][sS][sS]|[aA][cC][cC][oO][uU][nN][tT]|[sS][tT][oO][rR][aA][gG][eE])[_.\-]?[kK][eE][yY])(?:.|[\n\r]){0,25}?([a-zA-Z0-9+\\\/\-]{86,88}={0,2})/y, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "bannerbear-api-key",
    title: "Bannerbear API Key",
    description: "Bannerbear API Key (Kingfisher rule kingfisher.bannerbear.1).",
    severity: "critical",
    keywords: ["bannerbear"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bbannerbear(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([0-9a-zA-Z]{22}tt)\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "baremetrics-api-key",
    title: "Baremetrics API Key",
    description: "Baremetrics API Key (Kingfisher rule kingfisher.baremetrics.1).",
    severity: "critical",
    keywords: ["baremetrics"],
    entropy: 3.3,
    prefixLength: 0,
    tokens: [{ regex: /\bbaremetrics(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-z0-9_\-]{25})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "beebole-api-key",
    title: "Beebole API Key",
    description: "Beebole API Key (Kingfisher rule kingfisher.beebole.1).",
    severity: "critical",
    keywords: ["beebole"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bbeebole(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([0-9a-z]{40})/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "besnappy-api-key",
    title: "Besnappy API Key",
    description: "Besnappy API Key (Kingfisher rule kingfisher.besnappy.1).",
    severity: "critical",
    keywords: ["besnappy"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bbesnappy(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-f0-9]{64})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "besttime-api-key",
    title: "Besttime API Key",
    description: "Besttime API Key (Kingfisher rule kingfisher.besttime.1).",
    severity: "critical",
    keywords: ["besttime"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bbesttime(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([0-9A-Za-z_]{36})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "betterstack-api-key",
    title: "Betterstack API Key",
    description: "Betterstack API Key (Kingfisher rule kingfisher.betterstack.1).",
    severity: "critical",
    keywords: ["betterstack"],
    entropy: 3.3,
    prefixLength: 0,
    tokens: [{ regex: /\bbetterstack(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([0-9a-zA-Z]{24})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "bitbar-api-key",
    title: "Bitbar API Key",
    description: "Bitbar API Key (Kingfisher rule kingfisher.bitbar.1).",
    severity: "critical",
    keywords: ["bitbar"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bbitbar(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([0-9a-z]{32})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "bitbucket-secret",
    title: "Bitbucket Secret",
    description: "Bitbucket Secret (Kingfisher rule kingfisher.bitbucket.3).",
    severity: "critical",
    keywords: ["bitbucket"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bbitbucket(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-z0-9+_\-]{44})/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "bitcoinaverage-api-key",
    title: "BitcoinAverage API Key",
    description: "BitcoinAverage API Key (Kingfisher rule kingfisher.bitcoinaverage.1).",
    severity: "critical",
    keywords: ["bitcoinaverage"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bbitcoinaverage(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-zA-Z0-9]{43})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "bitly-access-token",
    title: "Bitly Access Token",
    description: "Bitly Access Token (Kingfisher rule kingfisher.bitly.1).",
    severity: "critical",
    keywords: ["bitly"],
    entropy: 3.3,
    prefixLength: 0,
    tokens: [{ regex: /\bbitly(?:.|[\n\r]){0,8}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,16}?\b([a-zA-Z0-9\-]{40})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "blazemeter-api-key",
    title: "Blazemeter API Key",
    description: "Blazemeter API Key (Kingfisher rule kingfisher.blazemeter.1).",
    severity: "critical",
    keywords: ["blazemeter", "runscope"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\b(?:blazemeter|runscope)(?:.|[\n\r]){0,16}?\b([0-9a-z]{8}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{12})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "blitapp-api-key",
    title: "BlitApp API Key",
    description: "BlitApp API Key (Kingfisher rule kingfisher.blitapp.1).",
    severity: "critical",
    keywords: ["blitapp"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bblitapp(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-zA-Z0-9_\-]{39})/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "blocknative-api-key",
    title: "Blocknative API Key",
    description: "Blocknative API Key (Kingfisher rule kingfisher.blocknative.1).",
    severity: "critical",
    keywords: ["blocknative"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bblocknative(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "blogger-api-key",
    title: "Blogger API Key",
    description: "Blogger API Key (Kingfisher rule kingfisher.blogger.1).",
    severity: "critical",
    keywords: ["blogger"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bblogger(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([0-9A-Za-z\-]{39})/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "bombbomb-api-key",
    title: "BombBomb API Key",
    description: "BombBomb API Key (Kingfisher rule kingfisher.bombbomb.1).",
    severity: "critical",
    keywords: ["bombbomb"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bbombbomb(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([A-Za-z0-9=+\/]{88})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "boostnote-api-key",
    title: "BoostNote API Key",
    description: "BoostNote API Key (Kingfisher rule kingfisher.boostnote.1).",
    severity: "critical",
    keywords: ["boostnote"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bboostnote(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([0-9a-f]{64})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "borgbase-api-key",
    title: "Borgbase API Key",
    description: "Borgbase API Key (Kingfisher rule kingfisher.borgbase.1).",
    severity: "critical",
    keywords: ["borgbase"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bborgbase(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-zA-Z0-9\/_.\-]{148,152})/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "box-com-api-key",
    title: "Box.com API key",
    description: "Box.com API key (Kingfisher rule kingfisher.box.com.1).",
    severity: "critical",
    keywords: ["box", "box_"],
    entropy: 3.3,
    prefixLength: 0,
    tokens: [{ regex: /\bbox(?:\b|_)(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-z0-9]{32})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "box-api-key",
    title: "Box API Key",
    description: "Box API Key (Kingfisher rule kingfisher.box.1).",
    severity: "critical",
    keywords: ["box"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bbox(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([0-9a-zA-Z]{32})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "brandfetch-api-key",
    title: "Brandfetch API Key",
    description: "Brandfetch API Key (Kingfisher rule kingfisher.brandfetch.1).",
    severity: "critical",
    keywords: ["brandfetch"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bbrandfetch(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([0-9A-Za-z]{40})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "browshot-api-key",
    title: "Browshot API Key",
    description: "Browshot API Key (Kingfisher rule kingfisher.browshot.1).",
    severity: "critical",
    keywords: ["browshot"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bbrowshot(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-zA-Z0-9]{28})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "bscscan-api-key",
    title: "BscScan API Key",
    description: "BscScan API Key (Kingfisher rule kingfisher.bscscan.1).",
    severity: "critical",
    keywords: ["bscscan"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bbscscan(?:.|[\n\r]){0,8}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,16}?\b([0-9A-Z]{34})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "buddyns-api-key",
    title: "BuddyNS API Key",
    description: "BuddyNS API Key (Kingfisher rule kingfisher.buddyns.1).",
    severity: "critical",
    keywords: ["buddyns"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bbuddyns(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([0-9a-z]{40})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "budibase-api-key",
    title: "Budibase API Key",
    description: "Budibase API Key (Kingfisher rule kingfisher.budibase.1).",
    severity: "critical",
    keywords: ["budibase"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bbudibase(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-f0-9]{32}-[a-f0-9]{78,80})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "bugherd-api-key",
    title: "Bugherd API Key",
    description: "Bugherd API Key (Kingfisher rule kingfisher.bugherd.1).",
    severity: "critical",
    keywords: ["bugherd"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bbugherd(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([0-9a-z]{22})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "bugsnag-api-key",
    title: "Bugsnag API Key",
    description: "Bugsnag API Key (Kingfisher rule kingfisher.bugsnag.1).",
    severity: "critical",
    keywords: ["bugsnag"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bbugsnag(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([0-9a-z]{8}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{12})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "buildkite-api-key",
    title: "Buildkite API Key",
    description: "Buildkite API Key (Kingfisher rule kingfisher.buildkite.1).",
    severity: "critical",
    keywords: ["bkua_"],
    entropy: 3.5,
    prefixLength: 5,
    tokens: [{ regex: /\b(bkua_[a-z0-9]{40})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "bulbul-api-key",
    title: "Bulbul API Key",
    description: "Bulbul API Key (Kingfisher rule kingfisher.bulbul.1).",
    severity: "critical",
    keywords: ["bulbul"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bbulbul(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-z0-9]{32})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "buttercms-api-key",
    title: "ButterCMS API Key",
    description: "ButterCMS API Key (Kingfisher rule kingfisher.buttercms.1).",
    severity: "critical",
    keywords: ["buttercms"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bbuttercms(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-z0-9]{40})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "caflou-api-key",
    title: "Caflou API Key",
    description: "Caflou API Key (Kingfisher rule kingfisher.caflou.1).",
    severity: "critical",
    keywords: ["caflou"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bcaflou(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-zA-Z0-9\S]{155})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "calendarific-api-key",
    title: "Calendarific API Key",
    description: "Calendarific API Key (Kingfisher rule kingfisher.calendarific.1).",
    severity: "critical",
    keywords: ["calendarific"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bcalendarific(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-zA-Z0-9]{32})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "calorieninja-api-key",
    title: "CalorieNinja API Key",
    description: "CalorieNinja API Key (Kingfisher rule kingfisher.calorieninja.1).",
    severity: "critical",
    keywords: ["calorieninja"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bcalorieninja(?:.|[\n\r]){0,16}?\b([0-9A-Za-z]{40})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "campayn-api-key",
    title: "Campayn API Key",
    description: "Campayn API Key (Kingfisher rule kingfisher.campayn.1).",
    severity: "critical",
    keywords: ["campayn"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bcampayn(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-z0-9]{64})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "cannyio-api-key",
    title: "CannyIo API Key",
    description: "CannyIo API Key (Kingfisher rule kingfisher.cannyio.1).",
    severity: "critical",
    keywords: ["canny"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bcanny(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-z0-9]{8}-[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{12})/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "capsulecrm-api-key",
    title: "CapsuleCRM API Key",
    description: "CapsuleCRM API Key (Kingfisher rule kingfisher.capsulecrm.1).",
    severity: "critical",
    keywords: ["capsulecrm"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bcapsulecrm(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-zA-Z0-9\-._+=]{64})/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "carboninterface-api-key",
    title: "CarbonInterface API Key",
    description: "CarbonInterface API Key (Kingfisher rule kingfisher.carboninterface.1).",
    severity: "critical",
    keywords: ["carboninterface"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bcarboninterface(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-zA-Z0-9]{21})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "centralstationcrm-api-key",
    title: "CentralStationCRM API Key",
    description: "CentralStationCRM API Key (Kingfisher rule kingfisher.centralstationcrm.1).",
    severity: "critical",
    keywords: ["centralstationcrm"],
    entropy: 3.3,
    prefixLength: 0,
    tokens: [{ regex: /\bcentralstationcrm(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-z0-9]{30})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "chartmogul-api-key",
    title: "ChartMogul API Key",
    description: "ChartMogul API Key (Kingfisher rule kingfisher.chartmogul.1).",
    severity: "critical",
    keywords: ["chartmogul"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bchartmogul(?:.|[\n\r]){0,32}?\b([a-z0-9]{32})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "chatbot-api-key",
    title: "Chatbot API Key",
    description: "Chatbot API Key (Kingfisher rule kingfisher.chatbot.1).",
    severity: "critical",
    keywords: ["chatbot"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bchatbot(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-zA-Z0-9_]{32})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "chatfuel-api-key",
    title: "Chatfuel API Key",
    description: "Chatfuel API Key (Kingfisher rule kingfisher.chatfuel.1).",
    severity: "critical",
    keywords: ["chatfuel"],
    entropy: 3.3,
    prefixLength: 0,
    tokens: [{ regex: /\bchatfuel(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-zA-Z0-9]{128})/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "checio-api-key",
    title: "ChecIO API Key",
    description: "ChecIO API Key (Kingfisher rule kingfisher.checio.1).",
    severity: "critical",
    keywords: ["checio"],
    entropy: 3.5,
    prefixLength: 3,
    tokens: [{ regex: /\bchecio(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b(pk_[a-z0-9]{45})/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "checklyhq-api-key",
    title: "ChecklyHQ API Key",
    description: "ChecklyHQ API Key (Kingfisher rule kingfisher.checklyhq.1).",
    severity: "critical",
    keywords: ["checklyhq"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bchecklyhq(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-z0-9]{32})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "cicero-api-key",
    title: "Cicero API Key",
    description: "Cicero API Key (Kingfisher rule kingfisher.cicero.1).",
    severity: "critical",
    keywords: ["cicero"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bcicero(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([0-9a-z]{40})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "circleci-api-personal-access-token",
    title: "CircleCI API Personal Access Token",
    description: "CircleCI API Personal Access Token (Kingfisher rule kingfisher.circleci.1).",
    severity: "critical",
    keywords: ["ccipat_"],
    entropy: 3.5,
    prefixLength: 7,
    tokens: [{ regex: /\b(CCIPAT_[a-z0-9]{4}[a-z]{5}[a-z0-9]{3}[0-9]{3}[a-z]{2}[A-Z]{2}[0-9]{1}[a-z]{1}[a-z0-9]{1}[0-9]{1}[a-z]{1}_[a-z0-9]{40})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "circleci-api-project-token",
    title: "CircleCI API Project Token",
    description: "CircleCI API Project Token (Kingfisher rule kingfisher.circleci.2).",
    severity: "critical",
    keywords: ["circleci"],
    entropy: 3.3,
    prefixLength: 0,
    tokens: [{ regex: /\bcircleci(?:.|[\n\r]){0,64}?([a-f0-9]{40})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "clarifai-api-key",
    title: "Clarifai API Key",
    description: "Clarifai API Key (Kingfisher rule kingfisher.clarifai.1).",
    severity: "critical",
    keywords: ["clarifai"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bclarifai(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-zA-Z0-9]{32})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "clearbit-api-key",
    title: "Clearbit API Key",
    description: "Clearbit API Key (Kingfisher rule kingfisher.clearbit.1).",
    severity: "critical",
    keywords: ["clearbit"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bclearbit(?:.|[\n\r]){0,16}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([0-9a-z_]{35})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "clickup-personal-token",
    title: "ClickUp Personal Token",
    description: "ClickUp Personal Token (Kingfisher rule kingfisher.clickup.1).",
    severity: "critical",
    keywords: ["pk_"],
    entropy: 3.5,
    prefixLength: 3,
    tokens: [{ regex: /\b(pk_[0-9]{7,8}_[0-9A-Z]{32})\b/y, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "cliengo-api-key",
    title: "Cliengo API Key",
    description: "Cliengo API Key (Kingfisher rule kingfisher.cliengo.1).",
    severity: "critical",
    keywords: ["cliengo"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bcliengo(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "clockify-api-key",
    title: "Clockify API Key",
    description: "Clockify API Key (Kingfisher rule kingfisher.clockify.1).",
    severity: "critical",
    keywords: ["clockify"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bclockify(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-zA-Z0-9]{48})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "close-crm-api-key",
    title: "Close CRM API Key",
    description: "Close CRM API Key (Kingfisher rule kingfisher.closecrm.1).",
    severity: "critical",
    keywords: ["closecrm"],
    entropy: 3.3,
    prefixLength: 4,
    tokens: [{ regex: /\bclosecrm(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b(api_[a-z0-9A-Z.]{45})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "cloudconvert-api-key",
    title: "CloudConvert API Key",
    description: "CloudConvert API Key (Kingfisher rule kingfisher.cloudconvert.1).",
    severity: "critical",
    keywords: ["cloudconvert"],
    entropy: 4.5,
    prefixLength: 0,
    tokens: [{ regex: /\bcloudconvert(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b((?:[a-zA-Z0-9\-._~+\/=]{30,34}\.?[a-zA-Z0-9\-._~+\/=]{200,500}\.?[a-zA-Z0-9\-._~+\/=]{600,700}))/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "cloudflare-api-token",
    title: "Cloudflare API Token",
    description: "Cloudflare API Token (Kingfisher rule kingfisher.cloudflare.1).",
    severity: "critical",
    keywords: ["cloudflare"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bcloudflare(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-z0-9_\-]{38,42})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "cloudimage-api-key",
    title: "CloudImage API Key",
    description: "CloudImage API Key (Kingfisher rule kingfisher.cloudimage.1).",
    severity: "critical",
    keywords: ["cloudimage"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bcloudimage(?:.|[\n\r]){0,16}?\b([a-z0-9_]{30})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "cloudmersive-api-key",
    title: "Cloudmersive API Key",
    description: "Cloudmersive API Key (Kingfisher rule kingfisher.cloudmersive.1).",
    severity: "critical",
    keywords: ["cloudmersive"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bcloudmersive(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-z0-9\-]{36})/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "cloudplan-api-key",
    title: "Cloudplan API Key",
    description: "Cloudplan API Key (Kingfisher rule kingfisher.cloudplan.1).",
    severity: "critical",
    keywords: ["cloudplan"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bcloudplan(?:.|[\n\r]){0,8}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,16}?\b([A-Z0-9\-]{32})/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "cloudsight-api-key",
    title: "CloudSight API Key",
    description: "CloudSight API Key (Kingfisher rule kingfisher.cloudsight.1).",
    severity: "critical",
    keywords: ["cloudsight"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bcloudsight(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-z0-9]{20,24})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "cloudsmith-api-key",
    title: "Cloudsmith API Key",
    description: "Cloudsmith API Key (Kingfisher rule kingfisher.cloudsmith.1).",
    severity: "critical",
    keywords: ["cloudsmith"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bcloudsmith(?:.|[\n\r]){0,32}?\b([0-9a-f]{40})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "cloverly-api-key",
    title: "Cloverly API Key",
    description: "Cloverly API Key (Kingfisher rule kingfisher.cloverly.1).",
    severity: "critical",
    keywords: ["cloverly"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bcloverly(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-z0-9:_]{28})/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "clustdoc-api-key",
    title: "ClustDoc API Key",
    description: "ClustDoc API Key (Kingfisher rule kingfisher.clustdoc.1).",
    severity: "critical",
    keywords: ["clustdoc"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bclustdoc(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([0-9a-zA-Z]{60})/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "coda-api-key",
    title: "Coda API Key",
    description: "Coda API Key (Kingfisher rule kingfisher.coda.1).",
    severity: "critical",
    keywords: ["coda"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bcoda(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([0-9a-z]{8}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{12})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "codacy-api-key",
    title: "Codacy API Key",
    description: "Codacy API Key (Kingfisher rule kingfisher.codacy.1).",
    severity: "critical",
    keywords: ["codacy"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bcodacy(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([0-9A-Za-z]{20,24})/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "codemagic-api-key",
    title: "Codemagic API Key",
    description: "Codemagic API Key (Kingfisher rule kingfisher.codemagic.1).",
    severity: "critical",
    keywords: ["codemagic"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bcodemagic(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([A-Za-z0-9_]{43})/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "codequiry-api-key",
    title: "Codequiry API Key",
    description: "Codequiry API Key (Kingfisher rule kingfisher.codequiry.1).",
    severity: "critical",
    keywords: ["codequiry"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bcodequiry(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-zA-Z0-9]{64})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "coinapi-api-key",
    title: "CoinApi API Key",
    description: "CoinApi API Key (Kingfisher rule kingfisher.coinapi.1).",
    severity: "critical",
    keywords: ["coinapi"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bcoinapi(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([A-Z0-9\-]{36})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "coinbase-api-key",
    title: "Coinbase API Key",
    description: "Coinbase API Key (Kingfisher rule kingfisher.coinbase.1).",
    severity: "critical",
    keywords: ["coinbase"],
    entropy: 3.3,
    prefixLength: 0,
    tokens: [{ regex: /\bcoinbase(?:.|[\n\r]){0,16}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,16}?\b([a-zA-Z\-0-9]{32})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "coinlayer-api-key",
    title: "Coinlayer API Key",
    description: "Coinlayer API Key (Kingfisher rule kingfisher.coinlayer.1).",
    severity: "critical",
    keywords: ["coinlayer"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bcoinlayer(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-z0-9]{32})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "coinlib-api-key",
    title: "Coinlib API Key",
    description: "Coinlib API Key (Kingfisher rule kingfisher.coinlib.1).",
    severity: "critical",
    keywords: ["coinlib"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bcoinlib(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-z0-9]{16})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "collect2-api-key",
    title: "Collect2 API Key",
    description: "Collect2 API Key (Kingfisher rule kingfisher.collect2.1).",
    severity: "critical",
    keywords: ["collect2"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bcollect2(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "column-api-key",
    title: "Column API Key",
    description: "Column API Key (Kingfisher rule kingfisher.column.1).",
    severity: "critical",
    keywords: ["column"],
    entropy: 3.3,
    prefixLength: 3,
    tokens: [{ regex: /\bcolumn(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b((?:test|live)_[a-zA-Z0-9]{27})/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "commercejs-api-key",
    title: "CommerceJS API Key",
    description: "CommerceJS API Key (Kingfisher rule kingfisher.commercejs.1).",
    severity: "critical",
    keywords: ["commercejs"],
    entropy: 3.3,
    prefixLength: 0,
    tokens: [{ regex: /\bcommercejs(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-z0-9_]{48})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "confluent-api-secret",
    title: "Confluent API Secret",
    description: "Confluent API Secret (Kingfisher rule kingfisher.confluent.2).",
    severity: "critical",
    keywords: ["confluent", "ccloud", "cpdev", "kafka"],
    entropy: 3.3,
    prefixLength: 0,
    tokens: [{ regex: /(?:confluent|ccloud|cpdev|kafka)(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-zA-Z0-9+\/]{64})/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "contentful-personal-access-token",
    title: "Contentful Personal Access Token",
    description: "Contentful Personal Access Token (Kingfisher rule kingfisher.contentful.1).",
    severity: "critical",
    keywords: ["cfpat-"],
    entropy: 3.5,
    prefixLength: 6,
    tokens: [{ regex: /\b(CFPAT-[a-zA-Z0-9_\-]{43})/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "conversiontools-api-key",
    title: "ConversionTools API Key",
    description: "ConversionTools API Key (Kingfisher rule kingfisher.conversiontools.1).",
    severity: "critical",
    keywords: ["conversiontools"],
    entropy: 3.3,
    prefixLength: 0,
    tokens: [{ regex: /\bconversiontools(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b(ey[a-zA-Z0-9_.]{157,165})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "convertapi-key",
    title: "ConvertAPI Key",
    description: "ConvertAPI Key (Kingfisher rule kingfisher.convertapi.1).",
    severity: "critical",
    keywords: ["convertapi"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bconvertapi(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([0-9a-zA-Z]{16})/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "convertkit-api-key",
    title: "Convertkit API Key",
    description: "Convertkit API Key (Kingfisher rule kingfisher.convertkit.1).",
    severity: "critical",
    keywords: ["convertkit"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bconvertkit(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-z0-9A-Z_]{22})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "countrylayer-api-key",
    title: "CountryLayer API Key",
    description: "CountryLayer API Key (Kingfisher rule kingfisher.countrylayer.1).",
    severity: "critical",
    keywords: ["countrylayer"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bcountrylayer(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-z0-9]{32})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "coveralls-api-key",
    title: "Coveralls API Key",
    description: "Coveralls API Key (Kingfisher rule kingfisher.coveralls.1).",
    severity: "critical",
    keywords: ["coveralls"],
    entropy: 3.3,
    prefixLength: 0,
    tokens: [{ regex: /\bcoveralls(?:.|[\n\r])??(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-zA-Z0-9\-]{37})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "craftmypdf-api-key",
    title: "CraftMyPDF API Key",
    description: "CraftMyPDF API Key (Kingfisher rule kingfisher.craftmypdf.1).",
    severity: "critical",
    keywords: ["craftmypdf"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bcraftmypdf(?:.|[\n\r]){0,32}?\b([0-9a-zA-Z]{35})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "crowdin-api-key",
    title: "Crowdin API Key",
    description: "Crowdin API Key (Kingfisher rule kingfisher.crowdin.1).",
    severity: "critical",
    keywords: ["crowdin"],
    entropy: 3.3,
    prefixLength: 0,
    tokens: [{ regex: /\bcrowdin(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([0-9A-Za-z]{80})/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "cryptocompare-api-key",
    title: "CryptoCompare API Key",
    description: "CryptoCompare API Key (Kingfisher rule kingfisher.cryptocompare.1).",
    severity: "critical",
    keywords: ["cryptocompare"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bcryptocompare(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-z0-9]{64})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "currencyfreaks-api-key",
    title: "Currencyfreaks API Key",
    description: "Currencyfreaks API Key (Kingfisher rule kingfisher.currencyfreaks.1).",
    severity: "critical",
    keywords: ["currencyfreaks"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bcurrencyfreaks(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([0-9a-z]{32})/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "currencylayer-api-key",
    title: "CurrencyLayer API Key",
    description: "CurrencyLayer API Key (Kingfisher rule kingfisher.currencylayer.1).",
    severity: "critical",
    keywords: ["currencylayer"],
    entropy: 3.3,
    prefixLength: 0,
    tokens: [{ regex: /\bcurrencylayer(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-z0-9]{32})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "currencyscoop-api-key",
    title: "CurrencyScoop API Key",
    description: "CurrencyScoop API Key (Kingfisher rule kingfisher.currencyscoop.1).",
    severity: "critical",
    keywords: ["currencyscoop"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bcurrencyscoop(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-z0-9]{32})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "currentsapi-key",
    title: "CurrentsAPI Key",
    description: "CurrentsAPI Key (Kingfisher rule kingfisher.currentsapi.1).",
    severity: "critical",
    keywords: ["currentsapi"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bcurrentsapi(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-zA-Z0-9\-_+=]{48})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "d7network-api-key",
    title: "D7Network API Key",
    description: "D7Network API Key (Kingfisher rule kingfisher.d7network.1).",
    severity: "critical",
    keywords: ["d7network"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bd7network(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-zA-Z0-9\W\S]{23}=)/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "dailyco-api-key",
    title: "DailyCO API Key",
    description: "DailyCO API Key (Kingfisher rule kingfisher.dailyco.1).",
    severity: "critical",
    keywords: ["daily"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bdaily(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([0-9a-f]{64})/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "dandelion-api-token",
    title: "Dandelion API Token",
    description: "Dandelion API Token (Kingfisher rule kingfisher.dandelion.1).",
    severity: "critical",
    keywords: ["dandelion"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bdandelion(?:.|[\n\r]){0,8}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,16}?\b([a-z0-9]{32})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "dareboost-api-key",
    title: "Dareboost API Key",
    description: "Dareboost API Key (Kingfisher rule kingfisher.dareboost.1).",
    severity: "critical",
    keywords: ["dareboost"],
    entropy: 3.3,
    prefixLength: 0,
    tokens: [{ regex: /\bdareboost(?:.|[\n\r]){0,16}?\b([0-9a-zA-Z]{60})/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "databox-api-key",
    title: "Databox API Key",
    description: "Databox API Key (Kingfisher rule kingfisher.databox.1).",
    severity: "critical",
    keywords: ["databox"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bdatabox(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-zA-Z0-9=+]{21})/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "datadog-api-key",
    title: "Datadog API Key",
    description: "Datadog API Key (Kingfisher rule kingfisher.datadog.1).",
    severity: "critical",
    keywords: ["datadog", "dd-", "dd_"],
    entropy: 3.3,
    prefixLength: 0,
    tokens: [{ regex: /\b(?:datadog|dd-|dd_)(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-z0-9]{32})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "datadog-application-secret",
    title: "Datadog Application Secret",
    description: "Datadog Application Secret (Kingfisher rule kingfisher.datadog.2).",
    severity: "critical",
    keywords: ["key", "secret", "datadog", "dog"],
    entropy: 3.3,
    prefixLength: 0,
    tokens: [{ regex: /\b(?:dd[_\-]?\w{0,8}[_\-]?(?:key|secret)|datadog|dog)(?:.|[\n\r]){0,64}?\b([a-z0-9]{40})\b/gi, group: 1 }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "datagov-api-key",
    title: "DataGov API Key",
    description: "DataGov API Key (Kingfisher rule kingfisher.datagov.1).",
    severity: "critical",
    keywords: ["data.gov"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bdata\.gov(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-zA-Z0-9]{40})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "debounce-api-key",
    title: "Debounce API Key",
    description: "Debounce API Key (Kingfisher rule kingfisher.debounce.1).",
    severity: "critical",
    keywords: ["debounce"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bdebounce(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-zA-Z0-9]{13})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "deepai-api-key",
    title: "DeepAI API Key",
    description: "DeepAI API Key (Kingfisher rule kingfisher.deepai.1).",
    severity: "critical",
    keywords: ["deepai"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bdeepai(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-z0-9\-]{36})/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "deepgram-api-key",
    title: "Deepgram API Key",
    description: "Deepgram API Key (Kingfisher rule kingfisher.deepgram.1).",
    severity: "critical",
    keywords: ["deepgram"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bdeepgram(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([0-9a-z]{40})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "delighted-api-key",
    title: "Delighted API Key",
    description: "Delighted API Key (Kingfisher rule kingfisher.delighted.1).",
    severity: "critical",
    keywords: ["delighted"],
    entropy: 3.2,
    prefixLength: 0,
    tokens: [{ regex: /\bdelighted(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-z0-9A-Z]{32})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "detectify-api-key",
    title: "Detectify API Key",
    description: "Detectify API Key (Kingfisher rule kingfisher.detectify.1).",
    severity: "critical",
    keywords: ["detectify"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bdetectify(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([0-9a-z]{32})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "detectlanguage-api-key",
    title: "DetectLanguage API Key",
    description: "DetectLanguage API Key (Kingfisher rule kingfisher.detectlanguage.1).",
    severity: "critical",
    keywords: ["detectlanguage"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bdetectlanguage(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-z0-9]{32})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "dfuse-api-key",
    title: "Dfuse API Key",
    description: "Dfuse API Key (Kingfisher rule kingfisher.dfuse.1).",
    severity: "critical",
    keywords: ["web_"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bweb_([0-9a-z]{32})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "diffbot-api-key",
    title: "Diffbot API Key",
    description: "Diffbot API Key (Kingfisher rule kingfisher.diffbot.1).",
    severity: "critical",
    keywords: ["diffbot"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bdiffbot(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-z0-9]{32})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "diggernaut-api-key",
    title: "Diggernaut API Key",
    description: "Diggernaut API Key (Kingfisher rule kingfisher.diggernaut.1).",
    severity: "critical",
    keywords: ["diggernaut"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bdiggernaut(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([0-9a-z]{40})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "digitalocean-api-key",
    title: "DigitalOcean API Key",
    description: "DigitalOcean API Key (Kingfisher rule kingfisher.digitalocean.1).",
    severity: "critical",
    keywords: ["dop_v1_", "doo_v1_"],
    entropy: 3.3,
    prefixLength: 0,
    tokens: [{ regex: /\b((?:dop|doo)_v1_[a-f0-9]{64})\b/y, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "discord-webhook-url",
    title: "Discord Webhook URL",
    description: "Discord Webhook URL (Kingfisher rule kingfisher.discord.1).",
    severity: "high",
    keywords: ["https://discord.com/api/webhooks/"],
    entropy: 3.5,
    prefixLength: 5,
    tokens: [{ regex: /(https:\/\/discord\.com\/api\/webhooks\/\d{18})\/([0-9a-z\-]{68})/iy, group: 0, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "disqus-api-key",
    title: "Disqus API Key",
    description: "Disqus API Key (Kingfisher rule kingfisher.disqus.1).",
    severity: "critical",
    keywords: ["disqus"],
    entropy: 3.3,
    prefixLength: 0,
    tokens: [{ regex: /\bdisqus(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-zA-Z0-9]{64})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "ditto-api-key",
    title: "Ditto API Key",
    description: "Ditto API Key (Kingfisher rule kingfisher.ditto.1).",
    severity: "critical",
    keywords: ["ditto"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bditto(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-z0-9]{8}-[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{12}\.[a-z0-9]{40})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "docparser-api-key",
    title: "Docparser API Key",
    description: "Docparser API Key (Kingfisher rule kingfisher.docparser.1).",
    severity: "critical",
    keywords: ["docparser"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bdocparser(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-f0-9]{40})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "documo-api-key",
    title: "Documo API Key",
    description: "Documo API Key (Kingfisher rule kingfisher.documo.1).",
    severity: "critical",
    keywords: [".ey"],
    entropy: 4.5,
    prefixLength: 0,
    tokens: [{ regex: /\b(ey[a-zA-Z0-9]{34}\.ey[a-zA-Z0-9]{154}\.[a-zA-Z0-9_\-]{43})\b/gi, group: 1 }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "dronahq-api-key",
    title: "DronaHQ API Key",
    description: "DronaHQ API Key (Kingfisher rule kingfisher.dronahq.1).",
    severity: "critical",
    keywords: ["dronahq"],
    entropy: 3.3,
    prefixLength: 0,
    tokens: [{ regex: /\bdronahq(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-z0-9]{50})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "droneci-token",
    title: "DroneCI Token",
    description: "DroneCI Token (Kingfisher rule kingfisher.droneci.1).",
    severity: "critical",
    keywords: ["droneci"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bdroneci(?:.|[\n\r]){0,8}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,16}?\b([a-zA-Z0-9]{32})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "dropbox-api-secret-key",
    title: "Dropbox API secret/key",
    description: "Dropbox API secret/key (Kingfisher rule kingfisher.dropbox.1).",
    severity: "critical",
    keywords: ["sl."],
    entropy: 3.3,
    prefixLength: 0,
    tokens: [{ regex: /\bsl\.([A-Za-z0-9\-_]{130,152})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "dynalist-api-key",
    title: "Dynalist API Key",
    description: "Dynalist API Key (Kingfisher rule kingfisher.dynalist.1).",
    severity: "critical",
    keywords: ["dynalist"],
    entropy: 3.3,
    prefixLength: 0,
    tokens: [{ regex: /\bdynalist(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-zA-Z0-9\-_]{128})/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "dyspatch-api-key",
    title: "Dyspatch API Key",
    description: "Dyspatch API Key (Kingfisher rule kingfisher.dyspatch.1).",
    severity: "critical",
    keywords: ["dyspatch"],
    entropy: 3.3,
    prefixLength: 0,
    tokens: [{ regex: /\bdyspatch(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([A-Z0-9]{52})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "eagle-eye-networks-api-key",
    title: "Eagle Eye Networks API Key",
    description: "Eagle Eye Networks API Key (Kingfisher rule kingfisher.eagleeyenetworks.1).",
    severity: "critical",
    keywords: ["eagleeyenetworks"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\beagleeyenetworks(?:.|[\n\r]){0,16}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-zA-Z0-9]{15})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "ecostruxure-it-api-key",
    title: "EcoStruxure IT API Key",
    description: "EcoStruxure IT API Key (Kingfisher rule kingfisher.ecostruxureit.1).",
    severity: "critical",
    keywords: ["ecostruxureit"],
    entropy: 3.5,
    prefixLength: 3,
    tokens: [{ regex: /\becostruxureit(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b(AK1[0-9a-zA-Z\/]{50,55})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "edenai-api-key",
    title: "EdenAI API Key",
    description: "EdenAI API Key (Kingfisher rule kingfisher.edenai.1).",
    severity: "critical",
    keywords: ["edenai"],
    entropy: 3.3,
    prefixLength: 0,
    tokens: [{ regex: /\bedenai(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-zA-Z0-9]{36}\.[a-zA-Z0-9]{92}\.[a-zA-Z0-9_]{43})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "elasticemail-api-key",
    title: "ElasticEmail API Key",
    description: "ElasticEmail API Key (Kingfisher rule kingfisher.elasticemail.1).",
    severity: "critical",
    keywords: ["elastic"],
    entropy: 3.3,
    prefixLength: 0,
    tokens: [{ regex: /\belastic(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([A-Za-z0-9_\-]{96})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "elevenlabs-api-key",
    title: "ElevenLabs API Key",
    description: "ElevenLabs API Key (Kingfisher rule kingfisher.elevenlabs.1).",
    severity: "critical",
    keywords: ["sk_"],
    entropy: 3.3,
    prefixLength: 0,
    tokens: [{ regex: /\b((?:sk)_[a-f0-9]{48})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "enigma-api-key",
    title: "Enigma API Key",
    description: "Enigma API Key (Kingfisher rule kingfisher.enigma.1).",
    severity: "critical",
    keywords: ["enigma"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\benigma(?:.|[\n\r]){0,32}?\b([a-zA-Z0-9]{40})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "envoy-api-key",
    title: "Envoy API Key",
    description: "Envoy API Key (Kingfisher rule kingfisher.envoy.1).",
    severity: "critical",
    keywords: ["envoy"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\benvoy(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-zA-Z0-9]{220})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "eraser-api-key",
    title: "Eraser API Key",
    description: "Eraser API Key (Kingfisher rule kingfisher.eraser.1).",
    severity: "critical",
    keywords: ["eraser"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\beraser(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([0-9a-zA-Z]{20})/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "etherscan-api-key",
    title: "Etherscan API Key",
    description: "Etherscan API Key (Kingfisher rule kingfisher.etherscan.1).",
    severity: "critical",
    keywords: ["etherscan"],
    entropy: 3.3,
    prefixLength: 0,
    tokens: [{ regex: /\betherscan(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([0-9A-Z]{34})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "ethplorer-api-key",
    title: "Ethplorer API Key",
    description: "Ethplorer API Key (Kingfisher rule kingfisher.ethplorer.1).",
    severity: "critical",
    keywords: ["ethplorer"],
    entropy: 3.3,
    prefixLength: 0,
    tokens: [{ regex: /\bethplorer(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-z0-9A-Z\-]{22})/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "eventbrite-api-key",
    title: "Eventbrite API Key",
    description: "Eventbrite API Key (Kingfisher rule kingfisher.eventbrite.1).",
    severity: "critical",
    keywords: ["eventbrite"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\beventbrite(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([0-9A-Z]{20})/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "everhour-api-key",
    title: "Everhour API Key",
    description: "Everhour API Key (Kingfisher rule kingfisher.everhour.1).",
    severity: "critical",
    keywords: ["everhour"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\beverhour(?:.|[\n\r]){0,32}?\b([0-9A-Fa-f]{4}-[0-9a-f]{4}-[0-9a-f]{6}-[0-9a-f]{6}-[0-9a-f]{8})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "exchangerateapi-key",
    title: "ExchangeRateAPI Key",
    description: "ExchangeRateAPI Key (Kingfisher rule kingfisher.exchangerateapi.1).",
    severity: "critical",
    keywords: ["exchangerate"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bexchangerate(?:.|[\n\r]){0,16}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-z0-9]{24})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "exchangeratesapi-key",
    title: "ExchangeRatesAPI Key",
    description: "ExchangeRatesAPI Key (Kingfisher rule kingfisher.exchangeratesapi.1).",
    severity: "critical",
    keywords: ["exchangerates"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bexchangerates(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-z0-9]{32})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "extractorapi-key",
    title: "ExtractorAPI Key",
    description: "ExtractorAPI Key (Kingfisher rule kingfisher.extractorapi.1).",
    severity: "critical",
    keywords: ["extractorapi"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bextractorapi(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-zA-Z0-9]{40})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "fastforex-api-key",
    title: "FastForex API Key",
    description: "FastForex API Key (Kingfisher rule kingfisher.fastforex.1).",
    severity: "critical",
    keywords: ["fastforex"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bfastforex(?:.|[\n\r]){0,32}?\b([a-z0-9\-]{28})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "feedier-api-key",
    title: "Feedier API Key",
    description: "Feedier API Key (Kingfisher rule kingfisher.feedier.1).",
    severity: "critical",
    keywords: ["feedier"],
    entropy: 3.3,
    prefixLength: 0,
    tokens: [{ regex: /\bfeedier(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-z0-9A-Z]{32})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "fetchrss-api-key",
    title: "FetchRSS API Key",
    description: "FetchRSS API Key (Kingfisher rule kingfisher.fetchrss.1).",
    severity: "critical",
    keywords: ["fetchrss"],
    entropy: 3.3,
    prefixLength: 0,
    tokens: [{ regex: /\bfetchrss(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-zA-Z0-9.]{40})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "figma-personal-access-header-token",
    title: "Figma Personal Access Header Token",
    description: "Figma Personal Access Header Token (Kingfisher rule kingfisher.figma.2).",
    severity: "critical",
    keywords: ["figma"],
    entropy: 0,
    prefixLength: 0,
    tokens: [{ regex: /figma(?:.|[\n\r]){0,32}?\b([0-9a-f]{4}-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "fileio-secret-key",
    title: "FileIO Secret Key",
    description: "FileIO Secret Key (Kingfisher rule kingfisher.fileio.1).",
    severity: "critical",
    keywords: ["fileio"],
    entropy: 3.3,
    prefixLength: 0,
    tokens: [{ regex: /\bfileio(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([A-Z0-9.\-]{39})/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "finage-api-key",
    title: "Finage API Key",
    description: "Finage API Key (Kingfisher rule kingfisher.finage.1).",
    severity: "critical",
    keywords: ["api_key"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bfinage(?:.){0,8}?(?:API_KEY)(?:.|[\n\r]){0,16}?\b([0-9A-Z]{32})\b/gi, group: 1 }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "financial-modeling-prep-api-key",
    title: "Financial Modeling Prep API Key",
    description: "Financial Modeling Prep API Key (Kingfisher rule kingfisher.financialmodelingprep.1).",
    severity: "critical",
    keywords: ["financialmodelingprep"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bfinancialmodelingprep(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-zA-Z0-9]{32})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "findl-api-key",
    title: "Findl API Key",
    description: "Findl API Key (Kingfisher rule kingfisher.findl.1).",
    severity: "critical",
    keywords: ["findl"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bfindl(?:.|[\n\r]){0,16}?\b([a-z0-9]{8}-[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{12})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "finnhub-api-key",
    title: "Finnhub API Key",
    description: "Finnhub API Key (Kingfisher rule kingfisher.finnhub.1).",
    severity: "critical",
    keywords: ["finnhub"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bfinnhub(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([0-9a-z]{20})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "fixer-io-api-key",
    title: "Fixer.io API Key",
    description: "Fixer.io API Key (Kingfisher rule kingfisher.fixerio.1).",
    severity: "critical",
    keywords: ["fixer"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bfixer(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([A-Za-z0-9]{32})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "flatio-api-key",
    title: "FlatIO API Key",
    description: "FlatIO API Key (Kingfisher rule kingfisher.flatio.1).",
    severity: "critical",
    keywords: ["flat"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bflat(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([0-9a-z]{128})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "fleetbase-api-key",
    title: "Fleetbase API Key",
    description: "Fleetbase API Key (Kingfisher rule kingfisher.fleetbase.1).",
    severity: "critical",
    keywords: ["flb_live_"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bflb_live_([0-9a-zA-Z]{20})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "flexport-api-key",
    title: "Flexport API Key",
    description: "Flexport API Key (Kingfisher rule kingfisher.flexport.1).",
    severity: "critical",
    keywords: ["shltm_"],
    entropy: 3.5,
    prefixLength: 6,
    tokens: [{ regex: /\b(shltm_[0-9a-zA-Z\-_]{40})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "flickr-api-key",
    title: "Flickr API Key",
    description: "Flickr API Key (Kingfisher rule kingfisher.flickr.1).",
    severity: "critical",
    keywords: ["flickr"],
    entropy: 3.3,
    prefixLength: 0,
    tokens: [{ regex: /\bflickr(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([0-9a-z]{32})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "flightapi-key",
    title: "FlightApi Key",
    description: "FlightApi Key (Kingfisher rule kingfisher.flightapi.1).",
    severity: "critical",
    keywords: ["flightapi"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bflightapi(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-z0-9]{24})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "flightlabs-api-key",
    title: "FlightLabs API Key",
    description: "FlightLabs API Key (Kingfisher rule kingfisher.flightlabs.1).",
    severity: "critical",
    keywords: ["flightlabs"],
    entropy: 3.3,
    prefixLength: 0,
    tokens: [{ regex: /\bflightlabs(?:.|[\n\r]){0,16}?\b(ey[a-zA-Z0-9]{34}\.ey[a-zA-Z0-9._\-]{300,350})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "float-api-key",
    title: "Float API Key",
    description: "Float API Key (Kingfisher rule kingfisher.float.1).",
    severity: "critical",
    keywords: ["float"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bfloat(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-f0-9]{16}[A-Za-z0-9+\/]{42,43}=)/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "formcraft-api-key",
    title: "Formcraft API Key",
    description: "Formcraft API Key (Kingfisher rule kingfisher.formcraft.1).",
    severity: "critical",
    keywords: ["formcraft"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bformcraft(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([0-9a-z]{16})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "formio-jwt-token",
    title: "FormIO JWT Token",
    description: "FormIO JWT Token (Kingfisher rule kingfisher.formio.1).",
    severity: "critical",
    keywords: ["eyjhbgcioijiuzi1niisinr5cci6ikpxvcj9."],
    entropy: 3.3,
    prefixLength: 16,
    tokens: [{ regex: /\bformio(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b(eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9\.[0-9A-Za-z]{220,310}\.[0-9A-Z\-a-z_]{43})\b/gi, group: 1 }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "foursquare-api-key",
    title: "Foursquare API Key",
    description: "Foursquare API Key (Kingfisher rule kingfisher.foursquare.1).",
    severity: "critical",
    keywords: ["foursquare"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bfoursquare(?:.|[\n\r]){0,8}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,16}?\b([0-9A-Z]{48})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "frame-io-api-token",
    title: "Frame.io API token",
    description: "Frame.io API token (Kingfisher rule kingfisher.frame.io.1).",
    severity: "critical",
    keywords: ["fio-u-"],
    entropy: 3.5,
    prefixLength: 6,
    tokens: [{ regex: /(fio-u-[a-z0-9\-_=]{64})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "frame-io-api-key",
    title: "Frame.io API Key",
    description: "Frame.io API Key (Kingfisher rule kingfisher.frameio.1).",
    severity: "critical",
    keywords: ["fio-u-"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bfio-u-(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([0-9a-zA-Z_\-]{64})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "front-api-key",
    title: "Front API Key",
    description: "Front API Key (Kingfisher rule kingfisher.front.1).",
    severity: "critical",
    keywords: ["front"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bfront(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([0-9a-zA-Z]{36}\.[0-9a-zA-Z.\-_]{188,244})/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "fulcrum-api-key",
    title: "Fulcrum API Key",
    description: "Fulcrum API Key (Kingfisher rule kingfisher.fulcrum.1).",
    severity: "critical",
    keywords: ["fulcrum"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bfulcrum(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-z0-9]{80})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "fullstory-api-key",
    title: "Fullstory API Key",
    description: "Fullstory API Key (Kingfisher rule kingfisher.fullstory.1).",
    severity: "critical",
    keywords: ["fullstory"],
    entropy: 3.3,
    prefixLength: 0,
    tokens: [{ regex: /\bfullstory(?:.|[\n\r]){0,8}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,16}?\b([a-zA-Z0-9\/+]{88})/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "fullstory-key",
    title: "Fullstory Key",
    description: "Fullstory Key (Kingfisher rule kingfisher.fullstory.1).",
    severity: "critical",
    keywords: ["na1."],
    entropy: 3.3,
    prefixLength: 4,
    tokens: [{ regex: /\b(na1\.[A-Za-z0-9+\/]{100})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "fxmarket-api-key",
    title: "Fxmarket API Key",
    description: "Fxmarket API Key (Kingfisher rule kingfisher.fxmarket.1).",
    severity: "critical",
    keywords: ["fxmarket"],
    entropy: 3.3,
    prefixLength: 0,
    tokens: [{ regex: /\bfxmarket(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([0-9A-Za-z\-_=]{20})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "geckoboard-api-key",
    title: "Geckoboard API Key",
    description: "Geckoboard API Key (Kingfisher rule kingfisher.geckoboard.1).",
    severity: "critical",
    keywords: ["geckoboard"],
    entropy: 3.8,
    prefixLength: 0,
    tokens: [{ regex: /\bgeckoboard(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-zA-Z0-9]{44})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "geoapify-api-key",
    title: "Geoapify API Key",
    description: "Geoapify API Key (Kingfisher rule kingfisher.geoapify.1).",
    severity: "critical",
    keywords: ["geoapify"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bgeoapify(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-z0-9]{32})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "geocode-api-key",
    title: "Geocode API Key",
    description: "Geocode API Key (Kingfisher rule kingfisher.geocode.1).",
    severity: "critical",
    keywords: ["geocode"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bgeocode(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-z0-9]{28})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "geocodify-api-key",
    title: "Geocodify API Key",
    description: "Geocodify API Key (Kingfisher rule kingfisher.geocodify.1).",
    severity: "critical",
    keywords: ["geocodify"],
    entropy: 3.8,
    prefixLength: 0,
    tokens: [{ regex: /\bgeocodify(?:.|[\n\r]){0,8}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,16}?\b([0-9a-z]{40})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "geoipifi-api-key",
    title: "GeoIpifi API Key",
    description: "GeoIpifi API Key (Kingfisher rule kingfisher.geoipifi.1).",
    severity: "critical",
    keywords: ["ipifi"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bipifi(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-zA-Z0-9_]{32})/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "getemail-api-key",
    title: "GetEmail API Key",
    description: "GetEmail API Key (Kingfisher rule kingfisher.getemail.1).",
    severity: "critical",
    keywords: ["getemail"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bgetemail(?:.|[\n\r]){0,4}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-zA-Z0-9\-]{20})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "getgeoapi-key",
    title: "GetGeoAPI Key",
    description: "GetGeoAPI Key (Kingfisher rule kingfisher.getgeoapi.1).",
    severity: "critical",
    keywords: ["getgeoapi"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bgetgeoapi(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([0-9a-z]{40})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "getgist-api-key",
    title: "Getgist API Key",
    description: "Getgist API Key (Kingfisher rule kingfisher.getgist.1).",
    severity: "critical",
    keywords: ["getgist"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bgetgist(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-z0-9A-Z+=]{68})/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "getresponse-api-key",
    title: "GetResponse API Key",
    description: "GetResponse API Key (Kingfisher rule kingfisher.getresponse.1).",
    severity: "critical",
    keywords: ["getresponse"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bgetresponse(?:.|[\n\r]){0,8}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,16}?\b([a-z0-9]{32})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "gitter-api-key",
    title: "Gitter API Key",
    description: "Gitter API Key (Kingfisher rule kingfisher.gitter.1).",
    severity: "critical",
    keywords: ["gitter"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bgitter(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-z0-9\-]{40})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "glassnode-api-key",
    title: "Glassnode API Key",
    description: "Glassnode API Key (Kingfisher rule kingfisher.glassnode.1).",
    severity: "critical",
    keywords: ["glassnode"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bglassnode(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([0-9A-Za-z]{27})/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "goodday-api-key",
    title: "GoodDay API Key",
    description: "GoodDay API Key (Kingfisher rule kingfisher.goodday.1).",
    severity: "critical",
    keywords: ["goodday"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bgoodday(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-z0-9]{32})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "google-oauth2-access-token",
    title: "Google OAuth2 Access Token",
    description: "Google OAuth2 Access Token (Kingfisher rule kingfisher.google.oauth2.1).",
    severity: "critical",
    keywords: ["ya29."],
    entropy: 3.5,
    prefixLength: 5,
    tokens: [{ regex: /\b(ya29\.(?:[a-zA-Z0-9_\-]{10,}))\b/y, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "graphhopper-api-key",
    title: "Graphhopper API Key",
    description: "Graphhopper API Key (Kingfisher rule kingfisher.graphhopper.1).",
    severity: "critical",
    keywords: ["graphhopper"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bgraphhopper(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-z0-9\-]{36})/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "groovehq-api-key",
    title: "GrooveHQ API Key",
    description: "GrooveHQ API Key (Kingfisher rule kingfisher.groovehq.1).",
    severity: "critical",
    keywords: ["groove"],
    entropy: 3.3,
    prefixLength: 0,
    tokens: [{ regex: /\bgroove(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-zA-Z0-9]{64})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "gtmetrix-api-key",
    title: "GTMetrix API Key",
    description: "GTMetrix API Key (Kingfisher rule kingfisher.gtmetrix.1).",
    severity: "critical",
    keywords: ["gtmetrix"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bgtmetrix(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([0-9a-f]{32})/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "guardian-api-key",
    title: "Guardian API Key",
    description: "Guardian API Key (Kingfisher rule kingfisher.guardian.1).",
    severity: "critical",
    keywords: ["guardian"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bguardian(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([0-9a-z]{8}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{12})/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "gumroad-api-key",
    title: "Gumroad API Key",
    description: "Gumroad API Key (Kingfisher rule kingfisher.gumroad.1).",
    severity: "critical",
    keywords: ["gumroad"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bgumroad(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-z0-9A-Z\-]{43})/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "gyazo-api-key",
    title: "Gyazo API Key",
    description: "Gyazo API Key (Kingfisher rule kingfisher.gyazo.1).",
    severity: "critical",
    keywords: ["gyazo"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bgyazo(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([0-9A-Za-z\-]{43})/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "happyscribe-api-key",
    title: "Happyscribe API Key",
    description: "Happyscribe API Key (Kingfisher rule kingfisher.happyscribe.1).",
    severity: "critical",
    keywords: ["happyscribe"],
    entropy: 3.3,
    prefixLength: 0,
    tokens: [{ regex: /\bhappyscribe(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([0-9a-zA-Z]{24})/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "hellosign-api-key",
    title: "HelloSign API Key",
    description: "HelloSign API Key (Kingfisher rule kingfisher.hellosign.1).",
    severity: "critical",
    keywords: ["hellosign"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bhellosign(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-zA-Z\-0-9\/+]{64})/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "helpcrunch-api-key",
    title: "HelpCrunch API Key",
    description: "HelpCrunch API Key (Kingfisher rule kingfisher.helpcrunch.1).",
    severity: "critical",
    keywords: ["helpcrunch"],
    entropy: 3.3,
    prefixLength: 0,
    tokens: [{ regex: /\bhelpcrunch(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-zA-Z0-9+\/=]{328})/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "helpscout-api-key",
    title: "Helpscout API Key",
    description: "Helpscout API Key (Kingfisher rule kingfisher.helpscout.1).",
    severity: "critical",
    keywords: ["helpscout"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bhelpscout(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-z0-9]{40})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "hereapi-key",
    title: "HereAPI Key",
    description: "HereAPI Key (Kingfisher rule kingfisher.hereapi.1).",
    severity: "critical",
    keywords: ["hereapi"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bhereapi(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-zA-Z0-9\S]{43})/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "hiveage-api-key",
    title: "Hiveage API Key",
    description: "Hiveage API Key (Kingfisher rule kingfisher.hiveage.1).",
    severity: "critical",
    keywords: ["hiveage"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bhiveage(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([0-9A-Za-z_\-]{20})/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "holiday-api-key",
    title: "Holiday API Key",
    description: "Holiday API Key (Kingfisher rule kingfisher.holidayapi.1).",
    severity: "critical",
    keywords: ["holidayapi"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bholidayapi(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-z0-9\-]{36})/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "holistic-api-key",
    title: "Holistic API Key",
    description: "Holistic API Key (Kingfisher rule kingfisher.holistic.1).",
    severity: "critical",
    keywords: ["holistic"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bholistic(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([0-9a-f]{64})/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "honeycomb-api-key",
    title: "Honeycomb API Key",
    description: "Honeycomb API Key (Kingfisher rule kingfisher.honeycomb.1).",
    severity: "critical",
    keywords: ["honeycomb"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bhoneycomb(?:.|[\n\r]){0,16}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([0-9a-f]{32}|[0-9a-zA-Z]{22})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "html2pdf-api-key",
    title: "Html2Pdf API Key",
    description: "Html2Pdf API Key (Kingfisher rule kingfisher.html2pdf.1).",
    severity: "critical",
    keywords: ["html2pdf"],
    entropy: 3.3,
    prefixLength: 0,
    tokens: [{ regex: /\bhtml2pdf(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-zA-Z0-9]{64})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "humanity-api-key",
    title: "Humanity API Key",
    description: "Humanity API Key (Kingfisher rule kingfisher.humanity.1).",
    severity: "critical",
    keywords: ["humanity"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bhumanity(?:.|[\n\r]){0,16}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([0-9a-z]{40})/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "hunter-api-key",
    title: "Hunter API Key",
    description: "Hunter API Key (Kingfisher rule kingfisher.hunter.1).",
    severity: "critical",
    keywords: ["hunter"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bhunter(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-z0-9_\-]{40})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "hybiscus-api-key",
    title: "Hybiscus API Key",
    description: "Hybiscus API Key (Kingfisher rule kingfisher.hybiscus.1).",
    severity: "critical",
    keywords: ["hybiscus"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bhybiscus(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([0-9a-zA-Z]{43})/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "ibm-cloud-user-key",
    title: "IBM Cloud User Key",
    description: "IBM Cloud User Key (Kingfisher rule kingfisher.ibm.1).",
    severity: "critical",
    keywords: ["ibm"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bibm(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-z0-9_\-]{42,44})/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "iconfinder-api-key",
    title: "IconFinder API Key",
    description: "IconFinder API Key (Kingfisher rule kingfisher.iconfinder.1).",
    severity: "critical",
    keywords: ["iconfinder"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\biconfinder(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-zA-Z0-9]{64})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "iex-cloud-api-key",
    title: "IEX Cloud API Key",
    description: "IEX Cloud API Key (Kingfisher rule kingfisher.iexapis.1).",
    severity: "critical",
    keywords: ["iexapis"],
    entropy: 3.5,
    prefixLength: 3,
    tokens: [{ regex: /\biexapis(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b(sk_[a-z0-9]{32})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "iex-cloud-api-key-1",
    title: "IEX Cloud API Key",
    description: "IEX Cloud API Key (Kingfisher rule kingfisher.iexcloud.1).",
    severity: "critical",
    keywords: ["iexcloud"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\biexcloud(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-z0-9_]{35})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "imagekit-api-key",
    title: "ImageKit API Key",
    description: "ImageKit API Key (Kingfisher rule kingfisher.imagekit.1).",
    severity: "critical",
    keywords: ["imagekit"],
    entropy: 3.2,
    prefixLength: 0,
    tokens: [{ regex: /\bimagekit(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-zA-Z0-9_=]{36})/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "imagga-api-key",
    title: "Imagga API Key",
    description: "Imagga API Key (Kingfisher rule kingfisher.imagga.1).",
    severity: "critical",
    keywords: ["imagga"],
    entropy: 3.3,
    prefixLength: 0,
    tokens: [{ regex: /\bimagga(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-z0-9A-Z=]{72})/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "impala-api-key",
    title: "Impala API Key",
    description: "Impala API Key (Kingfisher rule kingfisher.impala.1).",
    severity: "critical",
    keywords: ["impala"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bimpala(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([0-9A-Za-z_]{46})/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "infura-api-key",
    title: "Infura API Key",
    description: "Infura API Key (Kingfisher rule kingfisher.infura.1).",
    severity: "critical",
    keywords: ["infura"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\binfura(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([0-9a-z]{32})/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "insightly-api-key",
    title: "Insightly API Key",
    description: "Insightly API Key (Kingfisher rule kingfisher.insightly.1).",
    severity: "critical",
    keywords: ["insightly"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\binsightly(?:.|[\n\r]){0,8}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,16}?\b([a-z0-9\-]{36})/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "instabot-api-key",
    title: "Instabot API Key",
    description: "Instabot API Key (Kingfisher rule kingfisher.instabot.1).",
    severity: "critical",
    keywords: ["instabot"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\binstabot(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([0-9a-zA-Z=+\/]{43}[0-9a-zA-Z+\/=]{1})/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "intercom-api-token",
    title: "Intercom API Token",
    description: "Intercom API Token (Kingfisher rule kingfisher.intercom.1).",
    severity: "critical",
    keywords: ["intercom"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bintercom(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([A-Za-z0-9+\/]{59}=)/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "interseller-api-key",
    title: "Interseller API Key",
    description: "Interseller API Key (Kingfisher rule kingfisher.interseller.1).",
    severity: "critical",
    keywords: ["interseller"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\binterseller(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "intrinio-api-key",
    title: "Intrinio API Key",
    description: "Intrinio API Key (Kingfisher rule kingfisher.intrinio.1).",
    severity: "critical",
    keywords: ["intrinio"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bintrinio(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-zA-Z0-9]{44})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "ionic-api-token",
    title: "Ionic API token",
    description: "Ionic API token (Kingfisher rule kingfisher.ionic.1).",
    severity: "critical",
    keywords: ["ion_"],
    entropy: 3.5,
    prefixLength: 4,
    tokens: [{ regex: /\b(ion_[a-z0-9]{42})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "ip2location-api-key",
    title: "Ip2location API Key",
    description: "Ip2location API Key (Kingfisher rule kingfisher.ip2location.1).",
    severity: "critical",
    keywords: ["ip2location"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bip2location(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([0-9A-Z]{32})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "ipapi-api-key",
    title: "Ipapi API Key",
    description: "Ipapi API Key (Kingfisher rule kingfisher.ipapi.1).",
    severity: "critical",
    keywords: ["ipapi"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bipapi(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-z0-9]{32})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "ipgeolocation-api-key",
    title: "IPGeolocation API Key",
    description: "IPGeolocation API Key (Kingfisher rule kingfisher.ipgeolocation.1).",
    severity: "critical",
    keywords: ["ipgeolocation"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bipgeolocation(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-z0-9]{32})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "ipinfo-api-key",
    title: "IPInfo API Key",
    description: "IPInfo API Key (Kingfisher rule kingfisher.ipinfo.1).",
    severity: "critical",
    keywords: ["ipinfo"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bipinfo(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-f0-9]{14})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "ipinfodb-api-key",
    title: "IPinfoDB API Key",
    description: "IPinfoDB API Key (Kingfisher rule kingfisher.ipinfodb.1).",
    severity: "critical",
    keywords: ["ipinfodb"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bipinfodb(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-z0-9]{64})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "ipqualityscore-api-key",
    title: "IPQualityScore API Key",
    description: "IPQualityScore API Key (Kingfisher rule kingfisher.ipqualityscore.1).",
    severity: "critical",
    keywords: ["ipquality"],
    entropy: 3.3,
    prefixLength: 0,
    tokens: [{ regex: /\bipquality(?:.|[\n\r]){0,8}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,16}?\b([0-9a-z]{32})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "ipstack-api-key",
    title: "IpStack API Key",
    description: "IpStack API Key (Kingfisher rule kingfisher.ipstack.1).",
    severity: "critical",
    keywords: ["ipstack"],
    entropy: 3,
    prefixLength: 0,
    tokens: [{ regex: /\bipstack(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-fA-F0-9]{32})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "jira-token",
    title: "Jira Token",
    description: "Jira Token (Kingfisher rule kingfisher.jira.2).",
    severity: "critical",
    keywords: ["jira"],
    entropy: 3.3,
    prefixLength: 0,
    tokens: [{ regex: /\bjira(?:.|[\n\r]){0,8}?(?:SECRET|PRIVATE|ACCESS|KEY|PASSWORD|TOKEN)(?:.|[\n\r]){0,16}?\b([a-z0-9\-]{24})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "jotform-api-key",
    title: "JotForm API Key",
    description: "JotForm API Key (Kingfisher rule kingfisher.jotform.1).",
    severity: "critical",
    keywords: ["jotform"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bjotform(?:.|[\n\r]){0,32}?\b([0-9A-Za-z]{32})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "jumpcloud-api-key",
    title: "Jumpcloud API Key",
    description: "Jumpcloud API Key (Kingfisher rule kingfisher.jumpcloud.1).",
    severity: "critical",
    keywords: ["jumpcloud"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bjumpcloud(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-zA-Z0-9]{40})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "jupiterone-api-key",
    title: "JupiterOne API Key",
    description: "JupiterOne API Key (Kingfisher rule kingfisher.jupiterone.1).",
    severity: "critical",
    keywords: ["jupiterone"],
    entropy: 3.8,
    prefixLength: 0,
    tokens: [{ regex: /\bjupiterone(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([0-9a-zA-Z]{76})/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "juro-api-key",
    title: "Juro API Key",
    description: "Juro API Key (Kingfisher rule kingfisher.juro.1).",
    severity: "critical",
    keywords: ["juro"],
    entropy: 3.3,
    prefixLength: 0,
    tokens: [{ regex: /\bjuro(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-zA-Z0-9]{40})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "karmacrm-api-key",
    title: "KarmaCRM API Key",
    description: "KarmaCRM API Key (Kingfisher rule kingfisher.karmacrm.1).",
    severity: "critical",
    keywords: ["karma"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bkarma(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-zA-Z0-9]{20})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "klaviyo-api-key",
    title: "Klaviyo API Key",
    description: "Klaviyo API Key (Kingfisher rule kingfisher.klaviyo.1).",
    severity: "critical",
    keywords: ["klaviyo"],
    entropy: 3.3,
    prefixLength: 3,
    tokens: [{ regex: /klaviyo(?:.|[\n\r]){0,16}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b(pk_[a-zA-Z0-9]{34})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "klipfolio-api-key",
    title: "Klipfolio API Key",
    description: "Klipfolio API Key (Kingfisher rule kingfisher.klipfolio.1).",
    severity: "critical",
    keywords: ["klipfolio"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bklipfolio(?:.|[\n\r]){0,8}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,16}?\b([0-9a-f]{40})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "knapsackpro-token",
    title: "KnapsackPro Token",
    description: "KnapsackPro Token (Kingfisher rule kingfisher.knapsackpro.1).",
    severity: "critical",
    keywords: ["knapsackpro"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bknapsackpro(?:.|[\n\r]){0,8}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,16}?\b([0-9a-z]{32})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "kontent-api-key",
    title: "Kontent API Key",
    description: "Kontent API Key (Kingfisher rule kingfisher.kontent.1).",
    severity: "critical",
    keywords: ["kontent"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bkontent(?:.|[\n\r]){0,8}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,16}?\b([a-z0-9\-]{36})/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "kylas-api-key",
    title: "Kylas API Key",
    description: "Kylas API Key (Kingfisher rule kingfisher.kylas.1).",
    severity: "critical",
    keywords: ["kylas"],
    entropy: 3.3,
    prefixLength: 0,
    tokens: [{ regex: /\bkylas(?:.|[\n\r]){0,8}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,16}?([a-z0-9\-]{36})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "languagelayer-api-key",
    title: "LanguageLayer API Key",
    description: "LanguageLayer API Key (Kingfisher rule kingfisher.languagelayer.1).",
    severity: "critical",
    keywords: ["languagelayer"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\blanguagelayer(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-z0-9]{32})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "launchdarkly-api-key",
    title: "LaunchDarkly API Key",
    description: "LaunchDarkly API Key (Kingfisher rule kingfisher.launchdarkly.1).",
    severity: "critical",
    keywords: ["launchdarkly"],
    entropy: 3.5,
    prefixLength: 12,
    tokens: [{ regex: /launchdarkly(?:.|[\n\r]){0,16}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,16}?-[a-z0-9]{8}-[a-z0-9]{4}-4[a-z0-9]{3}-[a-z0-9]{4}-[a-z0-9]{12}\b/iy, group: 0, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "leadfeeder-api-key",
    title: "Leadfeeder API Key",
    description: "Leadfeeder API Key (Kingfisher rule kingfisher.leadfeeder.1).",
    severity: "critical",
    keywords: ["leadfeeder"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bleadfeeder(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-zA-Z0-9\-]{43})/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "lemlist-api-key",
    title: "Lemlist API Key",
    description: "Lemlist API Key (Kingfisher rule kingfisher.lemlist.1).",
    severity: "critical",
    keywords: ["lemlist"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\blemlist(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-f0-9]{32})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "lemonsqueezy-api-token",
    title: "LemonSqueezy API Token",
    description: "LemonSqueezy API Token (Kingfisher rule kingfisher.lemonsqueezy.1).",
    severity: "critical",
    keywords: ["eyj0exaioijkv1qilcjhbgcioijsuzi1nij9."],
    entropy: 3.5,
    prefixLength: 16,
    tokens: [{ regex: /\blemonsqueezy(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b(eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9\.[0-9A-Za-z]{314}\.[0-9A-Za-z\-_]{512})\b/gi, group: 1 }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "lendflow-api-key",
    title: "Lendflow API Key",
    description: "Lendflow API Key (Kingfisher rule kingfisher.lendflow.1).",
    severity: "critical",
    keywords: ["lendflow"],
    entropy: 3.3,
    prefixLength: 0,
    tokens: [{ regex: /\blendflow(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,16}?\b([a-zA-Z0-9]{36}\.[a-zA-Z0-9]{235}\.[a-zA-Z0-9]{32}-[a-zA-Z0-9]{47}-[a-zA-Z0-9_]{162}-[a-zA-Z0-9]{42}-[a-zA-Z0-9_]{40}-[a-zA-Z0-9_]{66}-[a-zA-Z0-9_]{59}-[a-zA-Z0-9]{7}-[a-zA-Z0-9_]{220})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "lessannoyingcrm-api-key",
    title: "LessAnnoyingCRM API Key",
    description: "LessAnnoyingCRM API Key (Kingfisher rule kingfisher.lessannoyingcrm.1).",
    severity: "critical",
    keywords: ["less"],
    entropy: 3.2,
    prefixLength: 0,
    tokens: [{ regex: /\bless(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-zA-Z0-9\-]{57})/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "lexigram-api-key",
    title: "Lexigram API Key",
    description: "Lexigram API Key (Kingfisher rule kingfisher.lexigram.1).",
    severity: "critical",
    keywords: ["lexigram"],
    entropy: 3.3,
    prefixLength: 0,
    tokens: [{ regex: /\blexigram(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-zA-Z0-9\S]{301})/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "line-messaging-api-token",
    title: "Line Messaging API Token",
    description: "Line Messaging API Token (Kingfisher rule kingfisher.line.1).",
    severity: "critical",
    keywords: ["line"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bline(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-zA-Z0-9+\/]{171,172})/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "line-notify-api-key",
    title: "Line Notify API Key",
    description: "Line Notify API Key (Kingfisher rule kingfisher.notify.line.1).",
    severity: "critical",
    keywords: ["linenotify"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\blinenotify(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([0-9A-Za-z]{43})/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "linkpreview-api-key",
    title: "LinkPreview API Key",
    description: "LinkPreview API Key (Kingfisher rule kingfisher.linkpreview.1).",
    severity: "critical",
    keywords: ["linkpreview"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\blinkpreview(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-zA-Z0-9]{32})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "livestorm-api-key",
    title: "Livestorm API Key",
    description: "Livestorm API Key (Kingfisher rule kingfisher.livestorm.1).",
    severity: "critical",
    keywords: ["eyjhbgcioijiuzi1nij9.eyjhdwqioijhcgkubgl2zxn0b3jtlmnviiwianrpijoi"],
    entropy: 3.3,
    prefixLength: 16,
    tokens: [{ regex: /\blivestorm(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b(eyJhbGciOiJIUzI1NiJ9\.eyJhdWQiOiJhcGkubGl2ZXN0b3JtLmNvIiwianRpIjoi[0-9A-Z\-a-z]{134}\.[0-9A-Za-z\-_]{43})/gi, group: 1 }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "loadmill-api-key",
    title: "Loadmill API Key",
    description: "Loadmill API Key (Kingfisher rule kingfisher.loadmill.1).",
    severity: "critical",
    keywords: ["loadmill"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bloadmill(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([0-9a-zA-Z]{40})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "loginradius-api-key",
    title: "Loginradius API Key",
    description: "Loginradius API Key (Kingfisher rule kingfisher.loginradius.1).",
    severity: "critical",
    keywords: ["loginradius"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bloginradius(?:.|[\n\r]){0,8}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,16}?\b([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "logz-io-api-key",
    title: "Logz.io API Key",
    description: "Logz.io API Key (Kingfisher rule kingfisher.logzio.1).",
    severity: "critical",
    keywords: ["logz"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\blogz(?:.|[\n\r]){0,16}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,16}?([0-9a-z]{8}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{12})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "lokalise-api-key",
    title: "Lokalise API Key",
    description: "Lokalise API Key (Kingfisher rule kingfisher.lokalise.1).",
    severity: "critical",
    keywords: ["lokalise"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\blokalise(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-z0-9]{40})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "loyverse-api-key",
    title: "Loyverse API Key",
    description: "Loyverse API Key (Kingfisher rule kingfisher.loyverse.1).",
    severity: "critical",
    keywords: ["loyverse"],
    entropy: 3.3,
    prefixLength: 0,
    tokens: [{ regex: /\bloyverse(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([0-9a-z]{32})/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "lunchmoney-api-key",
    title: "LunchMoney API Key",
    description: "LunchMoney API Key (Kingfisher rule kingfisher.lunchmoney.1).",
    severity: "critical",
    keywords: ["lunchmoney"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\blunchmoney(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-f0-9]{50})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "madkudu-api-key",
    title: "MadKudu API Key",
    description: "MadKudu API Key (Kingfisher rule kingfisher.madkudu.1).",
    severity: "critical",
    keywords: ["madkudu"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bmadkudu(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([0-9a-f]{32})/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "magnetic-api-token",
    title: "Magnetic API Token",
    description: "Magnetic API Token (Kingfisher rule kingfisher.magnetic.1).",
    severity: "critical",
    keywords: ["magnetic"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bmagnetic(?:.|[\n\r]){0,8}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,8}?\b([0-9A-Za-z]{8}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{12})/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "mailboxlayer-api-key",
    title: "Mailboxlayer API Key",
    description: "Mailboxlayer API Key (Kingfisher rule kingfisher.mailboxlayer.1).",
    severity: "critical",
    keywords: ["mailboxlayer"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bmailboxlayer(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-z0-9]{32})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "mailerlite-api-key",
    title: "MailerLite API Key",
    description: "MailerLite API Key (Kingfisher rule kingfisher.mailerlite.1).",
    severity: "critical",
    keywords: ["mailerlite"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bmailerlite(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-z0-9]{32})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "mailgun-token",
    title: "MailGun Token",
    description: "MailGun Token (Kingfisher rule kingfisher.mailgun.1).",
    severity: "critical",
    keywords: ["mailgun"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bmailgun(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-z0-9\-]{72})/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "mailgun-primary-key",
    title: "MailGun Primary Key",
    description: "MailGun Primary Key (Kingfisher rule kingfisher.mailgun.2).",
    severity: "critical",
    keywords: ["key-"],
    entropy: 3.5,
    prefixLength: 4,
    tokens: [{ regex: /(?:mailgun|mg)(?:.|[\n\r]){0,64}?\b(key-[a-z0-9]{32})\b/gi, group: 1 }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "mailjet-basic-auth",
    title: "MailJet Basic Auth",
    description: "MailJet Basic Auth (Kingfisher rule kingfisher.mailjet.1).",
    severity: "critical",
    keywords: ["mailjet"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bmailjet(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([A-Za-z0-9]{87}=)/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "mailjetsms-api-key",
    title: "MailJetSMS API Key",
    description: "MailJetSMS API Key (Kingfisher rule kingfisher.mailjetsms.1).",
    severity: "critical",
    keywords: ["mailjet"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bmailjet(?:.|[\n\r]){0,32}?\b([A-Za-z0-9]{32})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "mailmodo-api-key",
    title: "Mailmodo API Key",
    description: "Mailmodo API Key (Kingfisher rule kingfisher.mailmodo.1).",
    severity: "critical",
    keywords: ["mailmodo"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bmailmodo(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([A-Z0-9]{7}-[A-Z0-9]{7}-[A-Z0-9]{7}-[A-Z0-9]{7})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "mandrill-api-key",
    title: "Mandrill API Key",
    description: "Mandrill API Key (Kingfisher rule kingfisher.mandrill.1).",
    severity: "critical",
    keywords: ["mandrill"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bmandrill(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-zA-Z0-9_\-]{20,24})/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "mapquest-api-key",
    title: "MapQuest API Key",
    description: "MapQuest API Key (Kingfisher rule kingfisher.mapquest.1).",
    severity: "critical",
    keywords: ["mapquest"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bmapquest(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([0-9A-Za-z]{32})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "marketstack-api-key",
    title: "Marketstack API Key",
    description: "Marketstack API Key (Kingfisher rule kingfisher.marketstack.1).",
    severity: "critical",
    keywords: ["marketstack"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bmarketstack(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-z0-9]{32})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "mavenlink-api-key",
    title: "Mavenlink API Key",
    description: "Mavenlink API Key (Kingfisher rule kingfisher.mavenlink.1).",
    severity: "critical",
    keywords: ["mavenlink"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bmavenlink(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([0-9a-z]{64})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "mediastack-api-key",
    title: "MediaStack API Key",
    description: "MediaStack API Key (Kingfisher rule kingfisher.mediastack.1).",
    severity: "critical",
    keywords: ["mediastack"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bmediastack(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-z0-9]{32})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "meistertask-api-key",
    title: "Meistertask API Key",
    description: "Meistertask API Key (Kingfisher rule kingfisher.meistertask.1).",
    severity: "critical",
    keywords: ["meistertask"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bmeistertask(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-zA-Z0-9]{43})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "mesibo-api-key",
    title: "Mesibo API Key",
    description: "Mesibo API Key (Kingfisher rule kingfisher.mesibo.1).",
    severity: "critical",
    keywords: ["mesibo"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bmesibo(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([0-9A-Za-z]{64})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "messagebird-api-key",
    title: "MessageBird API Key",
    description: "MessageBird API Key (Kingfisher rule kingfisher.messagebird.1).",
    severity: "critical",
    keywords: ["messagebird"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bmessagebird(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-zA-Z0-9_\-]{25})/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "metrilo-api-key",
    title: "Metrilo API Key",
    description: "Metrilo API Key (Kingfisher rule kingfisher.metrilo.1).",
    severity: "critical",
    keywords: ["metrilo"],
    entropy: 3.3,
    prefixLength: 0,
    tokens: [{ regex: /\bmetrilo(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-z0-9]{16})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "mindmeister-api-key",
    title: "Mindmeister API Key",
    description: "Mindmeister API Key (Kingfisher rule kingfisher.mindmeister.1).",
    severity: "critical",
    keywords: ["mindmeister"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bmindmeister(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-zA-Z0-9]{43})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "miro-api-key",
    title: "Miro API Key",
    description: "Miro API Key (Kingfisher rule kingfisher.miro.1).",
    severity: "critical",
    keywords: ["miro"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bmiro(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([0-9a-zA-Z]{27})/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "mixmax-api-key",
    title: "Mixmax API Key",
    description: "Mixmax API Key (Kingfisher rule kingfisher.mixmax.1).",
    severity: "critical",
    keywords: ["mixmax"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bmixmax(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-zA-Z0-9_\-]{36})/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "mockaroo-api-key",
    title: "Mockaroo API Key",
    description: "Mockaroo API Key (Kingfisher rule kingfisher.mockaroo.1).",
    severity: "critical",
    keywords: ["mockaroo"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bmockaroo(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([0-9a-z]{8})/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "moderation-api-key",
    title: "Moderation API Key",
    description: "Moderation API Key (Kingfisher rule kingfisher.moderation.1).",
    severity: "critical",
    keywords: ["moderation"],
    entropy: 3.3,
    prefixLength: 0,
    tokens: [{ regex: /\bmoderation(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-zA-Z0-9]{36}\.[a-zA-Z0-9]{115}\.[a-zA-Z0-9_]{43})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "monday-api-key",
    title: "Monday API Key",
    description: "Monday API Key (Kingfisher rule kingfisher.monday.1).",
    severity: "critical",
    keywords: ["monday"],
    entropy: 3.3,
    prefixLength: 3,
    tokens: [{ regex: /\bmonday(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b(eyJ[A-Za-z0-9\-_]{15,100}\.eyJ[A-Za-z0-9\-_]{100,300}\.[A-Za-z0-9\-_]{25,100})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "mongodb-atlas-service-account-token",
    title: "MongoDB Atlas Service Account Token",
    description: "MongoDB Atlas Service Account Token (Kingfisher rule kingfisher.mongodb.4).",
    severity: "critical",
    keywords: ["mdb_sa_sk_"],
    entropy: 3.5,
    prefixLength: 10,
    tokens: [{ regex: /\b(mdb_sa_sk_[0-9a-zA-Z_\-]{6}[0-9a-zA-Z]{34})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "monkeylearn-api-key",
    title: "MonkeyLearn API Key",
    description: "MonkeyLearn API Key (Kingfisher rule kingfisher.monkeylearn.1).",
    severity: "critical",
    keywords: ["monkeylearn"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bmonkeylearn(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([0-9a-f]{40})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "moonclerk-api-key",
    title: "Moonclerk API Key",
    description: "Moonclerk API Key (Kingfisher rule kingfisher.moonclerk.1).",
    severity: "critical",
    keywords: ["moonclerk"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bmoonclerk(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([0-9a-z]{32})/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "moosend-api-key",
    title: "Moosend API Key",
    description: "Moosend API Key (Kingfisher rule kingfisher.moosend.1).",
    severity: "critical",
    keywords: ["moosend"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bmoosend(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([0-9A-Fa-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "moralis-api-key",
    title: "Moralis API Key",
    description: "Moralis API Key (Kingfisher rule kingfisher.moralis.1).",
    severity: "critical",
    keywords: ["moralis"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bmoralis(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([0-9a-zA-Z]{64})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "myintervals-api-key",
    title: "MyIntervals API Key",
    description: "MyIntervals API Key (Kingfisher rule kingfisher.myintervals.1).",
    severity: "critical",
    keywords: ["myintervals"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bmyintervals(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([0-9a-z]{11})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "nasdaq-data-link-api-key",
    title: "Nasdaq Data Link API Key",
    description: "Nasdaq Data Link API Key (Kingfisher rule kingfisher.nasdaqdatalink.1).",
    severity: "critical",
    keywords: ["nasdaq"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bnasdaq(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-zA-Z0-9_\-]{20})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "netlify-api-key",
    title: "Netlify API Key",
    description: "Netlify API Key (Kingfisher rule kingfisher.netlify.1).",
    severity: "critical",
    keywords: ["netlify"],
    entropy: 3.3,
    prefixLength: 0,
    tokens: [{ regex: /netlify(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-f0-9]{60,64})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "netlify-api-key-2",
    title: "Netlify API Key",
    description: "Netlify API Key (Kingfisher rule kingfisher.netlify.2).",
    severity: "critical",
    keywords: ["netlify"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bnetlify(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([A-Za-z0-9_\-]{43,45})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "new-relic-personal-api-key",
    title: "New Relic Personal API Key",
    description: "New Relic Personal API Key (Kingfisher rule kingfisher.newrelic.1).",
    severity: "critical",
    keywords: ["newrelic"],
    entropy: 3.3,
    prefixLength: 0,
    tokens: [{ regex: /\bnewrelic(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([A-Z0-9_.]{4}-[A-Z0-9_.]{42})/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "newsapi-key",
    title: "NewsAPI Key",
    description: "NewsAPI Key (Kingfisher rule kingfisher.newsapi.1).",
    severity: "critical",
    keywords: ["newsapi"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bnewsapi(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-z0-9]{32})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "newscatcher-api-key",
    title: "Newscatcher API Key",
    description: "Newscatcher API Key (Kingfisher rule kingfisher.newscatcher.1).",
    severity: "critical",
    keywords: ["newscatcher"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bnewscatcher(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([0-9A-Za-z_]{43})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "nftport-api-key",
    title: "NFTPort API Key",
    description: "NFTPort API Key (Kingfisher rule kingfisher.nftport.1).",
    severity: "critical",
    keywords: ["nftport"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bnftport(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-z0-9]{8}-[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{12})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "ngrok-api-key",
    title: "Ngrok API Key",
    description: "Ngrok API Key (Kingfisher rule kingfisher.ngrok.1).",
    severity: "critical",
    keywords: ["ngrok"],
    entropy: 4,
    prefixLength: 0,
    tokens: [{ regex: /ngrok(?:.|[\\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b((?:[a-z0-9]{25,30}_\d[a-z0-9]{20})|(?:(?:cr_|ak_)[a-z0-9]{25,30}))\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "nicereply-api-key",
    title: "Nicereply API Key",
    description: "Nicereply API Key (Kingfisher rule kingfisher.nicereply.1).",
    severity: "critical",
    keywords: ["nicereply"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bnicereply(?:.|[\n\r]){0,32}?\b([0-9a-f]{40})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "nightfall-api-key",
    title: "Nightfall API Key",
    description: "Nightfall API Key (Kingfisher rule kingfisher.nightfall.1).",
    severity: "critical",
    keywords: ["nf-"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bNF-([a-zA-Z0-9]{32})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "nimble-api-key",
    title: "Nimble API Key",
    description: "Nimble API Key (Kingfisher rule kingfisher.nimble.1).",
    severity: "critical",
    keywords: ["nimble"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bnimble(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-zA-Z0-9]{30})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "noticeable-api-key",
    title: "Noticeable API Key",
    description: "Noticeable API Key (Kingfisher rule kingfisher.noticeable.1).",
    severity: "critical",
    keywords: ["noticeable"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bnoticeable(?:.|[\n\r]){0,32}?\b([0-9a-zA-Z]{20})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "notion-secret-key",
    title: "Notion Secret Key",
    description: "Notion Secret Key (Kingfisher rule kingfisher.notion.1).",
    severity: "critical",
    keywords: ["secret_"],
    entropy: 3.5,
    prefixLength: 7,
    tokens: [{ regex: /\bnotion(?:.|[\n\r]){0,32}?\b(secret_[A-Za-z0-9]{43})\b/gi, group: 1 }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "nozbe-teams-api-key",
    title: "Nozbe Teams API Key",
    description: "Nozbe Teams API Key (Kingfisher rule kingfisher.nozbe.1).",
    severity: "critical",
    keywords: ["nozbe", "nozbeteams"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\b(?:nozbe|nozbeteams)(?:.|[\n\r]){0,16}?\b([0-9A-Za-z]{16}_[0-9A-Za-z\-_=]{64})/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "npm-access-token-old-format",
    title: "NPM Access Token (old format)",
    description: "NPM Access Token (old format) (Kingfisher rule kingfisher.npm.2).",
    severity: "critical",
    keywords: ["_authtoken", "npm_token"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\b(?:_authToken|NPM_TOKEN)(?:.|[\n\r]){0,16}?([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "numverify-api-key",
    title: "Numverify API Key",
    description: "Numverify API Key (Kingfisher rule kingfisher.numverify.1).",
    severity: "critical",
    keywords: ["numverify"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bnumverify(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-z0-9]{32})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "nvapi-key",
    title: "NVAPI Key",
    description: "NVAPI Key (Kingfisher rule kingfisher.nvapi.1).",
    severity: "critical",
    keywords: ["nvapi-"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bnvapi-\b([a-zA-Z0-9_\-]{64})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "nylas-api-key",
    title: "Nylas API Key",
    description: "Nylas API Key (Kingfisher rule kingfisher.nylas.1).",
    severity: "critical",
    keywords: ["nylas"],
    entropy: 3.3,
    prefixLength: 0,
    tokens: [{ regex: /\bnylas(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([0-9A-Za-z]{30})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "oanda-api-key",
    title: "Oanda API Key",
    description: "Oanda API Key (Kingfisher rule kingfisher.oanda.1).",
    severity: "critical",
    keywords: ["oanda"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\boanda(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-zA-Z0-9]{24})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "omnisend-api-key",
    title: "Omnisend API Key",
    description: "Omnisend API Key (Kingfisher rule kingfisher.omnisend.1).",
    severity: "critical",
    keywords: ["omnisend"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bomnisend(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-z0-9A-Z\-]{75})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "onesignal-api-key",
    title: "OneSignal API Key",
    description: "OneSignal API Key (Kingfisher rule kingfisher.onesignal.1).",
    severity: "critical",
    keywords: ["onesignal"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bonesignal(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "onfleet-api-key",
    title: "Onfleet API Key",
    description: "Onfleet API Key (Kingfisher rule kingfisher.onfleet.1).",
    severity: "critical",
    keywords: ["onfleet"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bonfleet(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-z0-9]{32})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "oopspam-api-key",
    title: "OOPSpam API Key",
    description: "OOPSpam API Key (Kingfisher rule kingfisher.oopspam.1).",
    severity: "critical",
    keywords: ["oopspam"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\boopspam(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-zA-Z0-9]{40})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "opencagedata-api-key",
    title: "OpenCageData API Key",
    description: "OpenCageData API Key (Kingfisher rule kingfisher.opencagedata.1).",
    severity: "critical",
    keywords: ["opencagedata"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bopencagedata(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-z0-9]{32})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "openuv-api-key",
    title: "OpenUV API Key",
    description: "OpenUV API Key (Kingfisher rule kingfisher.openuv.1).",
    severity: "critical",
    keywords: ["openuv"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bopenuv(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([0-9a-z]{32})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "openweather-map-api-key",
    title: "OpenWeather Map API Key",
    description: "OpenWeather Map API Key (Kingfisher rule kingfisher.openweather.1).",
    severity: "critical",
    keywords: ["pyowm", "openweather", "owm"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /(?:pyowm|openweather|\bowm\b)(?:.|[\n\r]){0,64}?\b((?:[a-z0-9]{32})\b|APPID=(?:[a-z0-9]{32}))\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "opsgenie-api-key",
    title: "OpsGenie API Key",
    description: "OpsGenie API Key (Kingfisher rule kingfisher.opsgenie.1).",
    severity: "critical",
    keywords: ["opsgenie"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bopsgenie(?:.|[\\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "optimizely-api-key",
    title: "Optimizely API Key",
    description: "Optimizely API Key (Kingfisher rule kingfisher.optimizely.1).",
    severity: "critical",
    keywords: ["optimizely"],
    entropy: 3.3,
    prefixLength: 0,
    tokens: [{ regex: /\boptimizely(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([0-9A-Za-z\-:]{54})/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "overloop-api-key",
    title: "Overloop API Key",
    description: "Overloop API Key (Kingfisher rule kingfisher.overloop.1).",
    severity: "critical",
    keywords: ["overloop"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\boverloop(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-zA-Z_\-0-9]{50})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "owlbot-api-key",
    title: "Owlbot API Key",
    description: "Owlbot API Key (Kingfisher rule kingfisher.owlbot.1).",
    severity: "critical",
    keywords: ["owlbot"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bowlbot(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-z0-9]{40})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "packagecloud-api-key",
    title: "PackageCloud API Key",
    description: "PackageCloud API Key (Kingfisher rule kingfisher.packagecloud.1).",
    severity: "critical",
    keywords: ["packagecloud"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bpackagecloud(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([0-9a-f]{48})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "pagarme-api-key",
    title: "Pagarme API Key",
    description: "Pagarme API Key (Kingfisher rule kingfisher.pagarme.1).",
    severity: "critical",
    keywords: ["ak_live_"],
    entropy: 3.5,
    prefixLength: 8,
    tokens: [{ regex: /\b(ak_live_[a-zA-Z0-9]{30})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "pagerduty-api-key",
    title: "PagerDuty API Key",
    description: "PagerDuty API Key (Kingfisher rule kingfisher.pagerduty.1).",
    severity: "critical",
    keywords: ["pagerduty", "pager_duty", "pd_", "pd-"],
    entropy: 3.3,
    prefixLength: 0,
    tokens: [{ regex: /\b(?:pagerduty|pager_duty|pd_|pd-)(?:.|[\n\r]){0,16}?(u\+[a-zA-Z0-9_+\-]{18})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "pandadoc-api-key",
    title: "PandaDoc API Key",
    description: "PandaDoc API Key (Kingfisher rule kingfisher.pandadoc.1).",
    severity: "critical",
    keywords: ["pandadoc"],
    entropy: 3.1,
    prefixLength: 0,
    tokens: [{ regex: /\bpandadoc(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-zA-Z0-9]{40})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "pandascore-api-key",
    title: "PandaScore API Key",
    description: "PandaScore API Key (Kingfisher rule kingfisher.pandascore.1).",
    severity: "critical",
    keywords: ["pandascore"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bpandascore(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([0-9A-Za-z\-_]{51})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "paperform-api-key",
    title: "Paperform API Key",
    description: "Paperform API Key (Kingfisher rule kingfisher.paperform.1).",
    severity: "critical",
    keywords: ["paperform"],
    entropy: 4.5,
    prefixLength: 0,
    tokens: [{ regex: /\bpaperform(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-zA-Z0-9\-._]{850,1000})/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "paralleldots-api-key",
    title: "ParallelDots API Key",
    description: "ParallelDots API Key (Kingfisher rule kingfisher.paralleldots.1).",
    severity: "critical",
    keywords: ["paralleldots"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bparalleldots(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([0-9A-Za-z]{43})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "parseur-api-key",
    title: "Parseur API Key",
    description: "Parseur API Key (Kingfisher rule kingfisher.parseur.1).",
    severity: "critical",
    keywords: ["parseur"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bparseur\b[^il](?:.|[\n\r]){0,16}?\b([a-f0-9]{40})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "partnerstack-api-key",
    title: "PartnerStack API Key",
    description: "PartnerStack API Key (Kingfisher rule kingfisher.partnerstack.1).",
    severity: "critical",
    keywords: ["partnerstack"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bpartnerstack(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([0-9A-Za-z]{64})/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "pastebin-api-key",
    title: "Pastebin API Key",
    description: "Pastebin API Key (Kingfisher rule kingfisher.pastebin.1).",
    severity: "critical",
    keywords: ["pastebin"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bpastebin(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-zA-Z0-9_]{32})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "paydirtapp-api-key",
    title: "Paydirtapp API Key",
    description: "Paydirtapp API Key (Kingfisher rule kingfisher.paydirtapp.1).",
    severity: "critical",
    keywords: ["paydirtapp"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bpaydirtapp(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-z0-9]{32})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "paymoapp-api-key",
    title: "Paymoapp API Key",
    description: "Paymoapp API Key (Kingfisher rule kingfisher.paymoapp.1).",
    severity: "critical",
    keywords: ["paymoapp"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bpaymoapp(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-zA-Z0-9]{44})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "paymongo-api-key",
    title: "PayMongo API Key",
    description: "PayMongo API Key (Kingfisher rule kingfisher.paymongo.1).",
    severity: "critical",
    keywords: ["paymongo"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bpaymongo(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-zA-Z0-9_]{32})/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "paypal-oauth-secret",
    title: "PayPal OAuth Secret",
    description: "PayPal OAuth Secret (Kingfisher rule kingfisher.paypal.2).",
    severity: "critical",
    keywords: ["paypal"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /paypal(?:.|[\n\r]){0,16}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-z0-9_.\-]{44,80})/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "paystack-api-key",
    title: "Paystack API Key",
    description: "Paystack API Key (Kingfisher rule kingfisher.paystack.1).",
    severity: "critical",
    keywords: ["sk_"],
    entropy: 3.3,
    prefixLength: 3,
    tokens: [{ regex: /\b(sk_[a-z]+_[A-Za-z0-9]{40})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "pdflayer-api-key",
    title: "PdfLayer API Key",
    description: "PdfLayer API Key (Kingfisher rule kingfisher.pdflayer.1).",
    severity: "critical",
    keywords: ["pdflayer"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bpdflayer(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-z0-9]{32})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "pdfshift-api-key",
    title: "PdfShift API Key",
    description: "PdfShift API Key (Kingfisher rule kingfisher.pdfshift.1).",
    severity: "critical",
    keywords: ["pdfshift"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bpdfshift(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([0-9a-f]{32})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "peopledatalabs-api-key",
    title: "PeopleDataLabs API Key",
    description: "PeopleDataLabs API Key (Kingfisher rule kingfisher.peopledatalabs.1).",
    severity: "critical",
    keywords: ["peopledatalabs"],
    entropy: 3.3,
    prefixLength: 0,
    tokens: [{ regex: /\bpeopledatalabs(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-z0-9]{64})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "pepipost-api-key",
    title: "Pepipost API Key",
    description: "Pepipost API Key (Kingfisher rule kingfisher.pepipost.1).",
    severity: "critical",
    keywords: ["pepipost", "netcore"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\b(?:pepipost|netcore)(?:.|[\n\r]){0,16}?\b([a-zA-Z0-9]{32})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "pipedream-api-key",
    title: "Pipedream API Key",
    description: "Pipedream API Key (Kingfisher rule kingfisher.pipedream.1).",
    severity: "critical",
    keywords: ["pipedream"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bpipedream(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-z0-9]{32})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "pipedrive-api-key",
    title: "Pipedrive API Key",
    description: "Pipedrive API Key (Kingfisher rule kingfisher.pipedrive.1).",
    severity: "critical",
    keywords: ["pipedrive"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bpipedrive(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-zA-Z0-9]{40})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "pixabay-api-key",
    title: "Pixabay API Key",
    description: "Pixabay API Key (Kingfisher rule kingfisher.pixabay.1).",
    severity: "critical",
    keywords: ["pixabay"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bpixabay(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-z0-9\-]{34})/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "planyo-api-key",
    title: "Planyo API Key",
    description: "Planyo API Key (Kingfisher rule kingfisher.planyo.1).",
    severity: "critical",
    keywords: ["planyo"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bplanyo(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([0-9a-z]{62})/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "podio-api-key",
    title: "Podio API Key",
    description: "Podio API Key (Kingfisher rule kingfisher.podio.1).",
    severity: "critical",
    keywords: ["podio"],
    entropy: 3.2,
    prefixLength: 0,
    tokens: [{ regex: /\bpodio(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([0-9a-z]{32})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "pollsapi-key",
    title: "PollsAPI Key",
    description: "PollsAPI Key (Kingfisher rule kingfisher.pollsapi.1).",
    severity: "critical",
    keywords: ["pollsapi"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bpollsapi(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([A-Z0-9]{28})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "polygon-api-key",
    title: "Polygon API Key",
    description: "Polygon API Key (Kingfisher rule kingfisher.polygon.1).",
    severity: "critical",
    keywords: ["polygon"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bpolygon(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-zA-Z0-9]{32})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "positionstack-api-key",
    title: "PositionStack API Key",
    description: "PositionStack API Key (Kingfisher rule kingfisher.positionstack.1).",
    severity: "critical",
    keywords: ["positionstack"],
    entropy: 3.3,
    prefixLength: 0,
    tokens: [{ regex: /\bpositionstack(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-zA-Z0-9_]{32})/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "postageapp-api-key",
    title: "PostageApp API Key",
    description: "PostageApp API Key (Kingfisher rule kingfisher.postageapp.1).",
    severity: "critical",
    keywords: ["postageapp"],
    entropy: 3.3,
    prefixLength: 0,
    tokens: [{ regex: /\bpostageapp(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([0-9A-Za-z]{32})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "posthog-api-key",
    title: "PostHog API Key",
    description: "PostHog API Key (Kingfisher rule kingfisher.posthog.1).",
    severity: "critical",
    keywords: ["posthog"],
    entropy: 3.5,
    prefixLength: 4,
    tokens: [{ regex: /\bposthog(?:.|[\n\r]){0,32}?(phx_[a-zA-Z0-9_]{43})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "postmark-server-token",
    title: "Postmark Server Token",
    description: "Postmark Server Token (Kingfisher rule kingfisher.postmark.1).",
    severity: "critical",
    keywords: ["postmark"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bpostmark(?:.|[\n\r]){0,8}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,8}?\b([0-9a-z]{8}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{12})/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "powrbot-api-key",
    title: "Powrbot API Key",
    description: "Powrbot API Key (Kingfisher rule kingfisher.powrbot.1).",
    severity: "critical",
    keywords: ["powrbot"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bpowrbot(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-zA-Z0-9]{40})/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "prefect-api-key",
    title: "Prefect API Key",
    description: "Prefect API Key (Kingfisher rule kingfisher.prefect.1).",
    severity: "critical",
    keywords: ["prefect"],
    entropy: 3.5,
    prefixLength: 4,
    tokens: [{ regex: /prefect(?:.|[\n\r]){0,32}?\b(pnu_[a-zA-Z0-9]{36})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "privacy-api-key",
    title: "Privacy API Key",
    description: "Privacy API Key (Kingfisher rule kingfisher.privacy.1).",
    severity: "critical",
    keywords: ["privacy"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bprivacy(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-z0-9]{8}-[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{12})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "prodpad-api-key",
    title: "Prodpad API Key",
    description: "Prodpad API Key (Kingfisher rule kingfisher.prodpad.1).",
    severity: "critical",
    keywords: ["prodpad"],
    entropy: 3.8,
    prefixLength: 0,
    tokens: [{ regex: /\bprodpad(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-f0-9]{64})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "prospectcrm-api-key",
    title: "ProspectCRM API Key",
    description: "ProspectCRM API Key (Kingfisher rule kingfisher.prospectcrm.1).",
    severity: "critical",
    keywords: ["prospect"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bprospect(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-z0-9\-]{32})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "protocols-io-api-key",
    title: "Protocols.io API Key",
    description: "Protocols.io API Key (Kingfisher rule kingfisher.protocolsio.1).",
    severity: "critical",
    keywords: ["protocols"],
    entropy: 3.3,
    prefixLength: 0,
    tokens: [{ regex: /\bprotocols(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-z0-9]{64})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "proxycrawl-api-key",
    title: "ProxyCrawl API Key",
    description: "ProxyCrawl API Key (Kingfisher rule kingfisher.proxycrawl.1).",
    severity: "critical",
    keywords: ["proxycrawl"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bproxycrawl(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-zA-Z0-9_]{22})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "pubnub-publish-key",
    title: "PubNub Publish Key",
    description: "PubNub Publish Key (Kingfisher rule kingfisher.pubnub.1).",
    severity: "critical",
    keywords: ["pub-c-"],
    entropy: 3.5,
    prefixLength: 6,
    tokens: [{ regex: /\b(pub-c-[0-9a-z]{8}-[0-9a-z]{4}-[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{12})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "pubnub-subscription-key",
    title: "PubNub Subscription Key",
    description: "PubNub Subscription Key (Kingfisher rule kingfisher.pubnub.2).",
    severity: "critical",
    keywords: ["sub-c-"],
    entropy: 3.5,
    prefixLength: 6,
    tokens: [{ regex: /\b(sub-c-[0-9a-z]{8}-[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{12})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "pulumi-api-key",
    title: "Pulumi API Key",
    description: "Pulumi API Key (Kingfisher rule kingfisher.pulumi.1).",
    severity: "critical",
    keywords: ["pul-"],
    entropy: 3.3,
    prefixLength: 4,
    tokens: [{ regex: /\b(pul-[a-z0-9]{40})\b/y, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "pushbullet-api-key",
    title: "PushBullet API Key",
    description: "PushBullet API Key (Kingfisher rule kingfisher.pushbullet.1).",
    severity: "critical",
    keywords: ["pushbullet"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bpushbullet(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([A-Za-z0-9_.]{34})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "qase-api-key",
    title: "Qase API Key",
    description: "Qase API Key (Kingfisher rule kingfisher.qase.1).",
    severity: "critical",
    keywords: ["qase"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bqase(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([0-9a-zA-Z]{40})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "qualaroo-api-key",
    title: "Qualaroo API Key",
    description: "Qualaroo API Key (Kingfisher rule kingfisher.qualaroo.1).",
    severity: "critical",
    keywords: ["qualaroo"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bqualaroo(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-z0-9A-Z=]{64})/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "qubole-api-key",
    title: "Qubole API Key",
    description: "Qubole API Key (Kingfisher rule kingfisher.qubole.1).",
    severity: "critical",
    keywords: ["qubole"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bqubole(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([0-9a-z]{64})/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "rapidapi-key",
    title: "RapidAPI Key",
    description: "RapidAPI Key (Kingfisher rule kingfisher.rapidapi.1).",
    severity: "critical",
    keywords: ["rapidapi"],
    entropy: 4.5,
    prefixLength: 0,
    tokens: [{ regex: /\brapidapi(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([A-Za-z0-9_\-]{50})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "raven-api-key",
    title: "Raven API Key",
    description: "Raven API Key (Kingfisher rule kingfisher.raven.1).",
    severity: "critical",
    keywords: ["raven"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\braven(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([A-Z0-9\-]{16})/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "rawg-api-key",
    title: "RAWG API Key",
    description: "RAWG API Key (Kingfisher rule kingfisher.rawg.1).",
    severity: "critical",
    keywords: ["rawg"],
    entropy: 3.2,
    prefixLength: 0,
    tokens: [{ regex: /\brawg\b(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([0-9A-Za-z]{32})/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "reachmail-api-key",
    title: "ReachMail API Key",
    description: "ReachMail API Key (Kingfisher rule kingfisher.reachmail.1).",
    severity: "critical",
    keywords: ["reachmail"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\breachmail(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-zA-Z0-9\-_]{64})/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "readme-api-key",
    title: "ReadMe API Key",
    description: "ReadMe API Key (Kingfisher rule kingfisher.readme.1).",
    severity: "critical",
    keywords: ["rdme_"],
    entropy: 3.3,
    prefixLength: 5,
    tokens: [{ regex: /\b(rdme_([a-z0-9]{70}))/iy, group: 0, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "rebrandly-api-key",
    title: "Rebrandly API Key",
    description: "Rebrandly API Key (Kingfisher rule kingfisher.rebrandly.1).",
    severity: "critical",
    keywords: ["rebrandly"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\brebrandly(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-zA-Z0-9_]{32})/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "recaptcha-api-key",
    title: "reCAPTCHA API Key",
    description: "reCAPTCHA API Key (Kingfisher rule kingfisher.recaptcha.1).",
    severity: "critical",
    keywords: ["recaptcha"],
    entropy: 3,
    prefixLength: 0,
    tokens: [{ regex: /recaptcha(?:.|[\n\r]){0,16}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b(6l[c-f][a-z0-9_\-].{36})/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "refiner-api-key",
    title: "Refiner API Key",
    description: "Refiner API Key (Kingfisher rule kingfisher.refiner.1).",
    severity: "critical",
    keywords: ["refiner"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\brefiner(?:.|[\n\r]){0,32}?\b([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "rentman-api-key",
    title: "Rentman API Key",
    description: "Rentman API Key (Kingfisher rule kingfisher.rentman.1).",
    severity: "critical",
    keywords: ["rentman"],
    entropy: 3.3,
    prefixLength: 0,
    tokens: [{ regex: /\brentman(?:.|[\n\r]){0,16}?\b(ey[a-zA-Z0-9]{34}\.ey[a-zA-Z0-9._\-]{250,300})/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "replicate-api-key",
    title: "Replicate API Key",
    description: "Replicate API Key (Kingfisher rule kingfisher.replicate.1).",
    severity: "critical",
    keywords: ["r8_"],
    entropy: 3.5,
    prefixLength: 3,
    tokens: [{ regex: /\b(r8_[0-9A-Za-z\-_]{37})/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "reply-io-api-key",
    title: "Reply.io API Key",
    description: "Reply.io API Key (Kingfisher rule kingfisher.replyio.1).",
    severity: "critical",
    keywords: ["replyio"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\breplyio(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([0-9A-Za-z]{24})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "requestfinance-api-key",
    title: "RequestFinance API Key",
    description: "RequestFinance API Key (Kingfisher rule kingfisher.requestfinance.1).",
    severity: "critical",
    keywords: ["requestfinance"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\brequestfinance(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([0-9A-Z]{7}-[0-9A-Z]{7}-[0-9A-Z]{7}-[0-9A-Z]{7})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "restpack-api-key",
    title: "Restpack API Key",
    description: "Restpack API Key (Kingfisher rule kingfisher.restpack.1).",
    severity: "critical",
    keywords: ["restpack"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\brestpack(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-zA-Z0-9]{48})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "restpack-html-to-pdf-api-key",
    title: "Restpack HTML to PDF API Key",
    description: "Restpack HTML to PDF API Key (Kingfisher rule kingfisher.restpack.1).",
    severity: "critical",
    keywords: ["restpack"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\brestpack(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([0-9A-Za-z]{48})/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "restpack-screenshot-api-key",
    title: "Restpack Screenshot API Key",
    description: "Restpack Screenshot API Key (Kingfisher rule kingfisher.restpack.1).",
    severity: "critical",
    keywords: ["restpack"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\brestpack(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([0-9A-Za-z]{48})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "ritekit-api-key",
    title: "RiteKit API Key",
    description: "RiteKit API Key (Kingfisher rule kingfisher.ritekit.1).",
    severity: "critical",
    keywords: ["ritekit"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\britekit(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([0-9a-f]{44})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "rocketreach-api-key",
    title: "RocketReach API Key",
    description: "RocketReach API Key (Kingfisher rule kingfisher.rocketreach.1).",
    severity: "critical",
    keywords: ["rocketreach"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\brocketreach(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-z0-9\-]{39})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "rockset-api-key",
    title: "Rockset API Key",
    description: "Rockset API Key (Kingfisher rule kingfisher.rockset.1).",
    severity: "critical",
    keywords: ["rockset"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\brockset(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-zA-Z0-9]{64})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "route4me-api-key",
    title: "Route4Me API Key",
    description: "Route4Me API Key (Kingfisher rule kingfisher.route4me.1).",
    severity: "critical",
    keywords: ["route4me"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\broute4me(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([0-9A-Z]{32})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "salesblink-api-key",
    title: "Salesblink API Key",
    description: "Salesblink API Key (Kingfisher rule kingfisher.salesblink.1).",
    severity: "critical",
    keywords: ["salesblink"],
    entropy: 3.5,
    prefixLength: 4,
    tokens: [{ regex: /\bsalesblink(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b(key-[a-zA-Z0-9]{64})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "salescookie-api-key",
    title: "Salescookie API Key",
    description: "Salescookie API Key (Kingfisher rule kingfisher.salescookie.1).",
    severity: "critical",
    keywords: ["salescookie"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bsalescookie(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-zA-Z0-9]{32})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "salesflare-api-key",
    title: "Salesflare API Key",
    description: "Salesflare API Key (Kingfisher rule kingfisher.salesflare.1).",
    severity: "critical",
    keywords: ["salesflare"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bsalesflare(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-zA-Z0-9_]{45})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "scaleway-api-key",
    title: "Scaleway API Key",
    description: "Scaleway API Key (Kingfisher rule kingfisher.scaleway.1).",
    severity: "critical",
    keywords: ["scaleway"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bscaleway(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([0-9a-z]{8}-[a-z0-9]{4}-[a-z0-9]{4}-[0-9a-z]{4}-[0-9a-z]{12})/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "scrapeowl-api-key",
    title: "ScrapeOwl API Key",
    description: "ScrapeOwl API Key (Kingfisher rule kingfisher.scrapeowl.1).",
    severity: "critical",
    keywords: ["scrapeowl"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bscrapeowl(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([0-9a-z]{30})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "scraperapi-key",
    title: "ScraperAPI Key",
    description: "ScraperAPI Key (Kingfisher rule kingfisher.scraperapi.1).",
    severity: "critical",
    keywords: ["scraperapi"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bscraperapi(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-z0-9]{32})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "scraperbox-api-key",
    title: "ScraperBox API Key",
    description: "ScraperBox API Key (Kingfisher rule kingfisher.scraperbox.1).",
    severity: "critical",
    keywords: ["scraperbox"],
    entropy: 3.2,
    prefixLength: 0,
    tokens: [{ regex: /\bscraperbox(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([A-Z0-9]{32})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "scrapestack-api-key",
    title: "ScrapeStack API Key",
    description: "ScrapeStack API Key (Kingfisher rule kingfisher.scrapestack.1).",
    severity: "critical",
    keywords: ["scrapestack"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bscrapestack(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-z0-9]{32})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "scrapfly-api-key",
    title: "Scrapfly API Key",
    description: "Scrapfly API Key (Kingfisher rule kingfisher.scrapfly.1).",
    severity: "critical",
    keywords: ["scrapfly"],
    entropy: 3.2,
    prefixLength: 4,
    tokens: [{ regex: /\bscrapfly(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b((?:scp-(?:live|test)-[a-z0-9]{32}|[a-z0-9]{32}))\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "scrapingant-api-key",
    title: "ScrapingAnt API Key",
    description: "ScrapingAnt API Key (Kingfisher rule kingfisher.scrapingant.1).",
    severity: "critical",
    keywords: ["scrapingant"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bscrapingant(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-z0-9]{32})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "scrapingbee-api-key",
    title: "ScrapingBee API Key",
    description: "ScrapingBee API Key (Kingfisher rule kingfisher.scrapingbee.1).",
    severity: "critical",
    keywords: ["scrapingbee"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bscrapingbee(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([A-Z0-9]{80})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "screenshotapi-key",
    title: "ScreenshotAPI Key",
    description: "ScreenshotAPI Key (Kingfisher rule kingfisher.screenshotapi.1).",
    severity: "critical",
    keywords: ["screenshotapi"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bscreenshotapi(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([0-9A-Z]{7}-[0-9A-Z]{7}-[0-9A-Z]{7}-[0-9A-Z]{7})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "screenshotlayer-api-key",
    title: "ScreenshotLayer API Key",
    description: "ScreenshotLayer API Key (Kingfisher rule kingfisher.screenshotlayer.1).",
    severity: "critical",
    keywords: ["screenshotlayer"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bscreenshotlayer(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-zA-Z0-9_]{32})/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "scrutinizer-ci-access-token",
    title: "Scrutinizer CI Access Token",
    description: "Scrutinizer CI Access Token (Kingfisher rule kingfisher.scrutinizerci.1).",
    severity: "critical",
    keywords: ["scrutinizer"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bscrutinizer(?:.|[\n\r]){0,8}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,8}?\b([0-9a-z]{64})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "securitytrails-api-key",
    title: "SecurityTrails API Key",
    description: "SecurityTrails API Key (Kingfisher rule kingfisher.securitytrails.1).",
    severity: "critical",
    keywords: ["securitytrails"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bsecuritytrails(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-zA-Z0-9]{32})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "segment-api-key",
    title: "Segment API Key",
    description: "Segment API Key (Kingfisher rule kingfisher.segment.2).",
    severity: "critical",
    keywords: ["segment"],
    entropy: 3.3,
    prefixLength: 0,
    tokens: [{ regex: /\bsegment(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([A-Za-z0-9_\-]{43}\.[A-Za-z0-9_\-]{43})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "selectpdf-api-key",
    title: "SelectPDF API Key",
    description: "SelectPDF API Key (Kingfisher rule kingfisher.selectpdf.1).",
    severity: "critical",
    keywords: ["selectpdf"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bselectpdf(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-z0-9\-]{36})/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "semaphore-api-key",
    title: "Semaphore API Key",
    description: "Semaphore API Key (Kingfisher rule kingfisher.semaphore.1).",
    severity: "critical",
    keywords: ["semaphore"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bsemaphore(?:.|[\n\r]){0,16}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([0-9a-z]{32})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "sendbird-organization-api-key",
    title: "Sendbird Organization API Key",
    description: "Sendbird Organization API Key (Kingfisher rule kingfisher.sendbird.1).",
    severity: "critical",
    keywords: ["sendbird"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bsendbird(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([0-9a-f]{24})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "sendinblue-api-key",
    title: "SendinBlue API Key",
    description: "SendinBlue API Key (Kingfisher rule kingfisher.sendinblue.1).",
    severity: "critical",
    keywords: ["xkeysib-"],
    entropy: 3.5,
    prefixLength: 8,
    tokens: [{ regex: /\b(xkeysib-[a-f0-9]{64}-[a-z0-9]{16})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "sentry-token",
    title: "Sentry Token",
    description: "Sentry Token (Kingfisher rule kingfisher.sentry.1).",
    severity: "critical",
    keywords: ["sentry"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bsentry(?:.|[\n\r]){0,8}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,16}?\b([a-f0-9]{64})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "serphouse-api-key",
    title: "Serphouse API Key",
    description: "Serphouse API Key (Kingfisher rule kingfisher.serphouse.1).",
    severity: "critical",
    keywords: ["serphouse"],
    entropy: 3.3,
    prefixLength: 0,
    tokens: [{ regex: /\bserphouse(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([0-9A-Za-z]{60})/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "serpstack-api-key",
    title: "SerpStack API Key",
    description: "SerpStack API Key (Kingfisher rule kingfisher.serpstack.1).",
    severity: "critical",
    keywords: ["serpstack"],
    entropy: 3.3,
    prefixLength: 0,
    tokens: [{ regex: /\bserpstack(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-z0-9]{32})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "sherpadesk-api-key",
    title: "Sherpadesk API Key",
    description: "Sherpadesk API Key (Kingfisher rule kingfisher.sherpadesk.1).",
    severity: "critical",
    keywords: ["sherpadesk"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bsherpadesk(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([0-9a-z]{32})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "shipday-api-key",
    title: "Shipday API Key",
    description: "Shipday API Key (Kingfisher rule kingfisher.shipday.1).",
    severity: "critical",
    keywords: ["shipday"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bshipday(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-zA-Z0-9.]{11}[a-zA-Z0-9]{20})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "shodan-api-key",
    title: "Shodan API Key",
    description: "Shodan API Key (Kingfisher rule kingfisher.shodan.1).",
    severity: "critical",
    keywords: ["shodan"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bshodan(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-zA-Z0-9]{32})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "shortcut-api-key",
    title: "Shortcut API Key",
    description: "Shortcut API Key (Kingfisher rule kingfisher.shortcut.1).",
    severity: "critical",
    keywords: ["shortcut"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bshortcut(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "shotstack-api-key",
    title: "Shotstack API Key",
    description: "Shotstack API Key (Kingfisher rule kingfisher.shotstack.1).",
    severity: "critical",
    keywords: ["shotstack"],
    entropy: 3.3,
    prefixLength: 0,
    tokens: [{ regex: /\bshotstack(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-zA-Z0-9]{40})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "shutterstock-oauth-token",
    title: "Shutterstock OAuth Token",
    description: "Shutterstock OAuth Token (Kingfisher rule kingfisher.shutterstock.1).",
    severity: "critical",
    keywords: ["shutterstock"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bshutterstock(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b(v2\/[0-9A-Za-z]{388})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "signaturit-api-key",
    title: "Signaturit API Key",
    description: "Signaturit API Key (Kingfisher rule kingfisher.signaturit.1).",
    severity: "critical",
    keywords: ["signaturit"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bsignaturit(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([0-9A-Za-z]{86})/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "signupgenius-api-key",
    title: "SignupGenius API Key",
    description: "SignupGenius API Key (Kingfisher rule kingfisher.signupgenius.1).",
    severity: "critical",
    keywords: ["signupgenius"],
    entropy: 3.2,
    prefixLength: 0,
    tokens: [{ regex: /\bsignupgenius(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([0-9A-Za-z]{32})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "sigopt-api-key",
    title: "Sigopt API Key",
    description: "Sigopt API Key (Kingfisher rule kingfisher.sigopt.1).",
    severity: "critical",
    keywords: ["sigopt"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bsigopt(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([A-Z0-9]{48})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "simfin-api-key",
    title: "SimFin API Key",
    description: "SimFin API Key (Kingfisher rule kingfisher.simfin.1).",
    severity: "critical",
    keywords: ["simfin"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bsimfin(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-zA-Z0-9]{32})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "simplesat-api-key",
    title: "Simplesat API Key",
    description: "Simplesat API Key (Kingfisher rule kingfisher.simplesat.1).",
    severity: "critical",
    keywords: ["simplesat"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bsimplesat(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-z0-9]{40})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "simplynoted-api-key",
    title: "SimplyNoted API Key",
    description: "SimplyNoted API Key (Kingfisher rule kingfisher.simplynoted.1).",
    severity: "critical",
    keywords: ["simplynoted"],
    entropy: 3.3,
    prefixLength: 0,
    tokens: [{ regex: /\bsimplynoted(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-zA-Z0-9\S]{340,360})/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "simvoly-api-key",
    title: "Simvoly API Key",
    description: "Simvoly API Key (Kingfisher rule kingfisher.simvoly.1).",
    severity: "critical",
    keywords: ["simvoly"],
    entropy: 3.1,
    prefixLength: 0,
    tokens: [{ regex: /\bsimvoly(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-z0-9]{33})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "skrapio-api-key",
    title: "Skrapio API Key",
    description: "Skrapio API Key (Kingfisher rule kingfisher.skrappio.1).",
    severity: "critical",
    keywords: ["skrapp"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bskrapp(?:.|[\n\r]){0,32}?([a-z0-9A-Z]{42})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "smartsheets-api-key",
    title: "Smartsheets API Key",
    description: "Smartsheets API Key (Kingfisher rule kingfisher.smartsheets.1).",
    severity: "critical",
    keywords: ["smartsheets"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bsmartsheets(?:.|[\n\r]){0,32}?\b([a-zA-Z0-9]{37})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "snipcart-api-key",
    title: "Snipcart API Key",
    description: "Snipcart API Key (Kingfisher rule kingfisher.snipcart.1).",
    severity: "critical",
    keywords: ["snipcart"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bsnipcart(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([0-9A-Za-z_]{75})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "snowflake-password",
    title: "Snowflake Password",
    description: "Snowflake Password (Kingfisher rule kingfisher.snowflake.3).",
    severity: "critical",
    keywords: ["snowflake"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /snowflake(?:.|[\n\r]){0,16}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN|PASSWORD)(?:.|[\n\r]){0,16}?\b([a-z0-9!@#$%\^&*]{8,64})/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "snyk-api-key",
    title: "Snyk API Key",
    description: "Snyk API Key (Kingfisher rule kingfisher.snyk.1).",
    severity: "critical",
    keywords: ["snyk"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bsnyk(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([0-9a-z]{8}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{12})/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "sonarcloud-api-token",
    title: "SonarCloud API Token",
    description: "SonarCloud API Token (Kingfisher rule kingfisher.sonarcloud.1).",
    severity: "critical",
    keywords: ["sonar"],
    entropy: 2.5,
    prefixLength: 0,
    tokens: [{ regex: /\bsonar(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([0-9a-z]{40})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "sonarqube-api-key",
    title: "SonarQube API Key",
    description: "SonarQube API Key (Kingfisher rule kingfisher.sonarqube.1).",
    severity: "critical",
    keywords: ["sqp_", "squ_", "sqa_"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\b((?:sq[pua])_[a-z0-9]{40})/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "sourcegraph-api-key",
    title: "Sourcegraph API Key",
    description: "Sourcegraph API Key (Kingfisher rule kingfisher.sourcegraph.2).",
    severity: "critical",
    keywords: ["sgp_"],
    entropy: 3.5,
    prefixLength: 4,
    tokens: [{ regex: /\b(sgp_(?:[a-fA-F0-9]{16}_local_[a-fA-F0-9]{40}|sgp_[a-fA-F0-9]{40}|[a-fA-F0-9]{40}))\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "sourcegraph-cody-api-key",
    title: "Sourcegraph Cody API Key",
    description: "Sourcegraph Cody API Key (Kingfisher rule kingfisher.sourcegraph.3).",
    severity: "critical",
    keywords: ["slk_"],
    entropy: 3.5,
    prefixLength: 4,
    tokens: [{ regex: /\b(slk_[a-f0-9]{64})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "sparkpost-api-key",
    title: "Sparkpost API Key",
    description: "Sparkpost API Key (Kingfisher rule kingfisher.sparkpost.1).",
    severity: "critical",
    keywords: ["sparkpost"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bsparkpost(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-zA-Z0-9]{40})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "speechtextai-api-key",
    title: "SpeechTextAI API Key",
    description: "SpeechTextAI API Key (Kingfisher rule kingfisher.speechtextai.1).",
    severity: "critical",
    keywords: ["speechtext"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bspeechtext(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-f0-9]{32})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "splunk-observability-token",
    title: "Splunk Observability Token",
    description: "Splunk Observability Token (Kingfisher rule kingfisher.splunk.1).",
    severity: "critical",
    keywords: ["splunk"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bsplunk(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-zA-Z0-9]{22})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "spoonacular-api-key",
    title: "Spoonacular API Key",
    description: "Spoonacular API Key (Kingfisher rule kingfisher.spoonacular.1).",
    severity: "critical",
    keywords: ["spoonacular"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bspoonacular(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([0-9a-z]{32})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "sportsmonk-api-key",
    title: "Sportsmonk API Key",
    description: "Sportsmonk API Key (Kingfisher rule kingfisher.sportsmonk.1).",
    severity: "critical",
    keywords: ["sportsmonk"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bsportsmonk(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([0-9a-zA-Z]{60})/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "spotify-api-secret",
    title: "Spotify API Secret",
    description: "Spotify API Secret (Kingfisher rule kingfisher.spotify.1).",
    severity: "critical",
    keywords: ["spotify"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bspotify(?:.|[\\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-z0-9]{32})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "squarespace-api-key",
    title: "Squarespace API Key",
    description: "Squarespace API Key (Kingfisher rule kingfisher.squarespace.1).",
    severity: "critical",
    keywords: ["squarespace"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bsquarespace(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "squareup-api-key",
    title: "Squareup API Key",
    description: "Squareup API Key (Kingfisher rule kingfisher.squareup.1).",
    severity: "critical",
    keywords: ["sq0idp-"],
    entropy: 3.5,
    prefixLength: 7,
    tokens: [{ regex: /\b(sq0idp-[0-9A-Za-z]{22})/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "sslmate-api-key",
    title: "SslMate API Key",
    description: "SslMate API Key (Kingfisher rule kingfisher.sslmate.1).",
    severity: "critical",
    keywords: ["sslmate"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bsslmate(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-zA-Z0-9]{36})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "statuscake-api-key",
    title: "Statuscake API Key",
    description: "Statuscake API Key (Kingfisher rule kingfisher.statuscake.1).",
    severity: "critical",
    keywords: ["statuscake"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bstatuscake(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-zA-Z0-9]{20})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "statuspage-api-key",
    title: "Statuspage API Key",
    description: "Statuspage API Key (Kingfisher rule kingfisher.statuspage.1).",
    severity: "critical",
    keywords: ["statuspage"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bstatuspage(?:.|[\n\r]){0,16}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([0-9a-z\-]{36})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "statuspal-api-key",
    title: "Statuspal API Key",
    description: "Statuspal API Key (Kingfisher rule kingfisher.statuspal.1).",
    severity: "critical",
    keywords: ["statuspal"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bstatuspal(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([0-9a-zA-Z]{32})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "stitchdata-api-key",
    title: "Stitchdata API Key",
    description: "Stitchdata API Key (Kingfisher rule kingfisher.stitchdata.1).",
    severity: "critical",
    keywords: ["stitchdata"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bstitchdata(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([0-9a-z_]{35})/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "stockdata-api-key",
    title: "Stockdata API Key",
    description: "Stockdata API Key (Kingfisher rule kingfisher.stockdata.1).",
    severity: "critical",
    keywords: ["stockdata"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bstockdata(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([0-9A-Za-z]{40})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "storecove-api-key",
    title: "Storecove API Key",
    description: "Storecove API Key (Kingfisher rule kingfisher.storecove.1).",
    severity: "critical",
    keywords: ["storecove"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bstorecove(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-zA-Z0-9_\-]{43})/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "stormboard-api-key",
    title: "Stormboard API Key",
    description: "Stormboard API Key (Kingfisher rule kingfisher.stormboard.1).",
    severity: "critical",
    keywords: ["stormboard"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bstormboard(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-f0-9]{40})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "stormglass-api-key",
    title: "Stormglass API Key",
    description: "Stormglass API Key (Kingfisher rule kingfisher.stormglass.1).",
    severity: "critical",
    keywords: ["stormglass"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bstormglass(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([0-9A-Za-z\-]{73})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "storyblok-secret",
    title: "Storyblok Secret",
    description: "Storyblok Secret (Kingfisher rule kingfisher.storyblok.1).",
    severity: "critical",
    keywords: ["storyblok"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bstoryblok(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([0-9A-Za-z]{22}t{2})/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "storychief-api-key",
    title: "Storychief API Key",
    description: "Storychief API Key (Kingfisher rule kingfisher.storychief.1).",
    severity: "critical",
    keywords: ["storychief"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bstorychief(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-zA-Z0-9_\-.]{940,1000})/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "streak-api-key",
    title: "Streak API Key",
    description: "Streak API Key (Kingfisher rule kingfisher.streak.1).",
    severity: "critical",
    keywords: ["streak"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bstreak(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([0-9A-Fa-f]{32})/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "stripe-key",
    title: "Stripe Key",
    description: "Stripe Key (Kingfisher rule kingfisher.stripe.1).",
    severity: "critical",
    keywords: ["sk_live_", "pk_live_"],
    entropy: 3.3,
    prefixLength: 0,
    tokens: [{ regex: /\b((?:sk|pk)_live_[0-9a-z]{10,100})/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "stripo-jwt-token",
    title: "Stripo JWT Token",
    description: "Stripo JWT Token (Kingfisher rule kingfisher.stripo.1).",
    severity: "critical",
    keywords: ["eyjhbgcioijiuzi1nij9."],
    entropy: 3.5,
    prefixLength: 16,
    tokens: [{ regex: /\bstripo(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b(eyJhbGciOiJIUzI1NiJ9\.[0-9A-Za-z]{130}\.[0-9A-Za-z_\-]{43})\b/gi, group: 1 }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "supabase-api-key",
    title: "Supabase API Key",
    description: "Supabase API Key (Kingfisher rule kingfisher.supabase.1).",
    severity: "critical",
    keywords: ["sbp_"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bsbp_([a-z0-9]{40})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "supernotes-api-key",
    title: "SuperNotes API Key",
    description: "SuperNotes API Key (Kingfisher rule kingfisher.supernotes.1).",
    severity: "critical",
    keywords: ["supernotes"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bsupernotes(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([0-9A-Za-z\-_]{43})/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "surveybot-api-key",
    title: "SurveyBot API Key",
    description: "SurveyBot API Key (Kingfisher rule kingfisher.surveybot.1).",
    severity: "critical",
    keywords: ["surveybot"],
    entropy: 3.3,
    prefixLength: 0,
    tokens: [{ regex: /\bsurveybot(?:.|[\n\r]){0,32}?\b([A-Za-z0-9\-]{80})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "surveysparrow-api-key",
    title: "SurveySparrow API Key",
    description: "SurveySparrow API Key (Kingfisher rule kingfisher.surveysparrow.1).",
    severity: "critical",
    keywords: ["surveysparrow"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bsurveysparrow(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-zA-Z0-9\-_]{88})/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "survicate-api-key",
    title: "Survicate API Key",
    description: "Survicate API Key (Kingfisher rule kingfisher.survicate.1).",
    severity: "critical",
    keywords: ["survicate"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bsurvicate(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-z0-9]{32})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "swiftype-api-key",
    title: "Swiftype API Key",
    description: "Swiftype API Key (Kingfisher rule kingfisher.swiftype.1).",
    severity: "critical",
    keywords: ["swiftype"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bswiftype(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-zA-Z0-9]{6}_[a-zA-Z0-9]{6}-[a-zA-Z0-9]{6})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "tailscale-api-key",
    title: "Tailscale API Key",
    description: "Tailscale API Key (Kingfisher rule kingfisher.tailscale.1).",
    severity: "critical",
    keywords: ["tskey-"],
    entropy: 3,
    prefixLength: 6,
    tokens: [{ regex: /\b(tskey-[a-z]+-[0-9A-Za-z_]+-[0-9A-Za-z_]+)\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "tallyfy-api-key",
    title: "Tallyfy API Key",
    description: "Tallyfy API Key (Kingfisher rule kingfisher.tallyfy.1).",
    severity: "critical",
    keywords: ["tallyfy"],
    entropy: 3.3,
    prefixLength: 0,
    tokens: [{ regex: /\btallyfy(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([0-9A-Za-z]{36}\.[0-9A-Za-z]{264}\.[0-9A-Za-z\-_]{683})/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "tatumio-api-key",
    title: "TatumIO API Key",
    description: "TatumIO API Key (Kingfisher rule kingfisher.tatumio.1).",
    severity: "critical",
    keywords: ["tatum"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\btatum(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([0-9a-z\-]{36})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "taxjar-api-key",
    title: "Taxjar API Key",
    description: "Taxjar API Key (Kingfisher rule kingfisher.taxjar.1).",
    severity: "critical",
    keywords: ["taxjar"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\btaxjar(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-z0-9]{32})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "teamworkcrm-api-key",
    title: "TeamworkCRM API Key",
    description: "TeamworkCRM API Key (Kingfisher rule kingfisher.teamworkcrm.1).",
    severity: "critical",
    keywords: ["teamwork", "teamworkcrm"],
    entropy: 3.3,
    prefixLength: 7,
    tokens: [{ regex: /\b(?:teamwork|teamworkcrm)(?:.|[\n\r]){0,16}?\b(tkn\.v1_[0-9A-Za-z]{71}=)/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "teamworkdesk-api-token",
    title: "TeamworkDesk API Token",
    description: "TeamworkDesk API Token (Kingfisher rule kingfisher.teamworkdesk.1).",
    severity: "critical",
    keywords: ["teamwork", "teamworkdesk"],
    entropy: 3.5,
    prefixLength: 7,
    tokens: [{ regex: /\b(?:teamwork|teamworkdesk)(?:.|[\n\r]){0,16}?\b(tkn\.v1_[0-9A-Za-z]{71}=)/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "teamworkspaces-api-key",
    title: "TeamworkSpaces API Key",
    description: "TeamworkSpaces API Key (Kingfisher rule kingfisher.teamworkspaces.1).",
    severity: "critical",
    keywords: ["teamwork", "teamworkspaces"],
    entropy: 3.5,
    prefixLength: 7,
    tokens: [{ regex: /\b(?:teamwork|teamworkspaces)(?:.|[\n\r]){0,16}?\b(tkn\.v1_[0-9A-Za-z]{71}=)/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "technicalanalysisapi-key",
    title: "TechnicalAnalysisApi Key",
    description: "TechnicalAnalysisApi Key (Kingfisher rule kingfisher.technicalanalysisapi.1).",
    severity: "critical",
    keywords: ["technicalanalysisapi"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\btechnicalanalysisapi(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([A-Z0-9]{48})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "tefter-api-key",
    title: "Tefter API Key",
    description: "Tefter API Key (Kingfisher rule kingfisher.tefter.1).",
    severity: "critical",
    keywords: ["tefter"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\btefter(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([0-9a-zA-Z]{20})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "teletype-api-key",
    title: "Teletype API Key",
    description: "Teletype API Key (Kingfisher rule kingfisher.teletype.1).",
    severity: "critical",
    keywords: ["teletype"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bteletype(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([0-9a-zA-Z\-]{64})/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "telnyx-api-key",
    title: "Telnyx API Key",
    description: "Telnyx API Key (Kingfisher rule kingfisher.telnyx.1).",
    severity: "critical",
    keywords: ["telnyx"],
    entropy: 3.3,
    prefixLength: 3,
    tokens: [{ regex: /\btelnyx(?:.|[\n\r]){0,32}?\b(KEY[0-9A-Za-z_\-]{55})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "terraform-cloud-personal-token",
    title: "Terraform Cloud Personal Token",
    description: "Terraform Cloud Personal Token (Kingfisher rule kingfisher.terraform.1).",
    severity: "critical",
    keywords: ["terraform"],
    entropy: 3.3,
    prefixLength: 0,
    tokens: [{ regex: /\bterraform\b(?:.|[\n\r]){0,16}?([A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9]{67})\b/y, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "theoddsapi-key",
    title: "TheOddsApi Key",
    description: "TheOddsApi Key (Kingfisher rule kingfisher.theoddsapi.1).",
    severity: "critical",
    keywords: ["theoddsapi", "the-odds-api"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\b(?:theoddsapi|the-odds-api)(?:.|[\n\r]){0,16}?\b([0-9a-f]{32})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "ticketmaster-api-key",
    title: "TicketMaster API Key",
    description: "TicketMaster API Key (Kingfisher rule kingfisher.ticketmaster.1).",
    severity: "critical",
    keywords: ["ticketmaster"],
    entropy: 3.3,
    prefixLength: 0,
    tokens: [{ regex: /\bticketmaster(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-zA-Z0-9]{32})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "ticket-tailor-api-key",
    title: "Ticket Tailor API Key",
    description: "Ticket Tailor API Key (Kingfisher rule kingfisher.tickettailor.1).",
    severity: "critical",
    keywords: ["tickettailor"],
    entropy: 3.5,
    prefixLength: 3,
    tokens: [{ regex: /\btickettailor(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b(sk_[0-9]{4}_[0-9]{6}_[a-f0-9]{32})/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "tiingo-api-key",
    title: "Tiingo API Key",
    description: "Tiingo API Key (Kingfisher rule kingfisher.tiingo.1).",
    severity: "critical",
    keywords: ["tiingo"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\btiingo(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([0-9a-z]{40})/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "timecamp-api-key",
    title: "TimeCamp API Key",
    description: "TimeCamp API Key (Kingfisher rule kingfisher.timecamp.1).",
    severity: "critical",
    keywords: ["timecamp"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\btimecamp(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([0-9a-z]{26})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "timezoneapi-key",
    title: "TimezoneAPI Key",
    description: "TimezoneAPI Key (Kingfisher rule kingfisher.timezoneapi.1).",
    severity: "critical",
    keywords: ["timezoneapi"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\btimezoneapi(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-zA-Z]{20})/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "tines-webhook-url",
    title: "Tines Webhook URL",
    description: "Tines Webhook URL (Kingfisher rule kingfisher.tineswebhook.1).",
    severity: "high",
    keywords: [".tines.com/webhook/"],
    entropy: 3.3,
    prefixLength: 0,
    tokens: [{ regex: /\bhttps:\/\/[\w\-]+\.tines\.com\/webhook\b\/[a-z0-9]{32}\/([a-z0-9]{32})/gi, group: 1 }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "tly-api-key",
    title: "TLy API Key",
    description: "TLy API Key (Kingfisher rule kingfisher.tly.1).",
    severity: "critical",
    keywords: ["tly"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\btly(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([0-9A-Za-z]{60})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "tmetric-api-key",
    title: "Tmetric API Key",
    description: "Tmetric API Key (Kingfisher rule kingfisher.tmetric.1).",
    severity: "critical",
    keywords: ["tmetric"],
    entropy: 3.3,
    prefixLength: 0,
    tokens: [{ regex: /\btmetric(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([0-9A-Z]{64})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "todoist-api-key",
    title: "Todoist API Key",
    description: "Todoist API Key (Kingfisher rule kingfisher.todoist.1).",
    severity: "critical",
    keywords: ["todoist"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\btodoist(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([0-9a-z]{40})/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "toggl-track-api-key",
    title: "Toggl Track API Key",
    description: "Toggl Track API Key (Kingfisher rule kingfisher.toggltrack.1).",
    severity: "critical",
    keywords: ["toggl"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\btoggl\b(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([0-9a-zA-Z]{32})/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "tomtom-api-key",
    title: "TomTom API Key",
    description: "TomTom API Key (Kingfisher rule kingfisher.tomtom.1).",
    severity: "critical",
    keywords: ["tomtom"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\btomtom(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([0-9a-zA-Z]{32})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "tradier-api-key",
    title: "Tradier API Key",
    description: "Tradier API Key (Kingfisher rule kingfisher.tradier.1).",
    severity: "critical",
    keywords: ["tradier"],
    entropy: 3.3,
    prefixLength: 0,
    tokens: [{ regex: /\btradier(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-zA-Z0-9]{28})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "transferwise-api-key",
    title: "Transferwise API Key",
    description: "Transferwise API Key (Kingfisher rule kingfisher.transferwise.1).",
    severity: "critical",
    keywords: ["transferwise"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\btransferwise(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "travelpayouts-api-key",
    title: "TravelPayouts API Key",
    description: "TravelPayouts API Key (Kingfisher rule kingfisher.travelpayouts.1).",
    severity: "critical",
    keywords: ["travelpayouts"],
    entropy: 3.3,
    prefixLength: 0,
    tokens: [{ regex: /\btravelpayouts(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-z0-9]{32})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "travis-ci-token",
    title: "Travis CI Token",
    description: "Travis CI Token (Kingfisher rule kingfisher.travisci.1).",
    severity: "critical",
    keywords: ["travis"],
    entropy: 3,
    prefixLength: 0,
    tokens: [{ regex: /\btravis(?:.|[\\n\r]){0,16}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,16}?\b([a-zA-Z0-9_]{22})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "trello-api-key",
    title: "Trello API Key",
    description: "Trello API Key (Kingfisher rule kingfisher.trello.1).",
    severity: "critical",
    keywords: ["trello"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\btrello(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-z0-9\-]{32})/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "twelvedata-api-key",
    title: "TwelveData API Key",
    description: "TwelveData API Key (Kingfisher rule kingfisher.twelvedata.1).",
    severity: "critical",
    keywords: ["twelvedata"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\btwelvedata(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-z0-9]{32})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "twitch-access-token",
    title: "Twitch Access Token",
    description: "Twitch Access Token (Kingfisher rule kingfisher.twitch.1).",
    severity: "critical",
    keywords: ["twitch"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\btwitch(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([0-9a-z]{30})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "twitter-v1-api-key",
    title: "Twitter v1 API Key",
    description: "Twitter v1 API Key (Kingfisher rule kingfisher.twitter.v1.1).",
    severity: "critical",
    keywords: ["twitter"],
    entropy: 3.3,
    prefixLength: 0,
    tokens: [{ regex: /\btwitter(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([A-Z]{22}%[a-zA-Z\-0-9]{23}%[a-zA-Z\-0-9]{6}%[a-zA-Z\-0-9]{3}%[a-zA-Z\-0-9]{9}%[a-zA-Z\-0-9]{52})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "tyntec-api-key",
    title: "Tyntec API Key",
    description: "Tyntec API Key (Kingfisher rule kingfisher.tyntec.1).",
    severity: "critical",
    keywords: ["tyntec"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\btyntec(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-zA-Z0-9]{32})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "typeform-api-key",
    title: "Typeform API Key",
    description: "Typeform API Key (Kingfisher rule kingfisher.typeform.1).",
    severity: "critical",
    keywords: ["tfp_"],
    entropy: 3.5,
    prefixLength: 4,
    tokens: [{ regex: /\b(tfp_[a-zA-Z0-9_]{40,59})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "ubidots-token",
    title: "Ubidots Token",
    description: "Ubidots Token (Kingfisher rule kingfisher.ubidots.1).",
    severity: "critical",
    keywords: ["bbff-"],
    entropy: 3.5,
    prefixLength: 5,
    tokens: [{ regex: /\b(BBFF-[0-9a-zA-Z]{30})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "uclassify-api-key",
    title: "Uclassify API Key",
    description: "Uclassify API Key (Kingfisher rule kingfisher.uclassify.1).",
    severity: "critical",
    keywords: ["uclassify"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\buclassify(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-zA-Z0-9]{12})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "unplugg-api-key",
    title: "Unplugg API Key",
    description: "Unplugg API Key (Kingfisher rule kingfisher.unplugg.1).",
    severity: "critical",
    keywords: ["unplu"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bunplu(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-z0-9]{64})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "unsplash-api-key",
    title: "Unsplash API Key",
    description: "Unsplash API Key (Kingfisher rule kingfisher.unsplash.1).",
    severity: "critical",
    keywords: ["unsplash"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bunsplash(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([0-9A-Za-z_]{43})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "upcdatabase-api-key",
    title: "UPCDatabase API Key",
    description: "UPCDatabase API Key (Kingfisher rule kingfisher.upcdatabase.1).",
    severity: "critical",
    keywords: ["upcdatabase"],
    entropy: 3.3,
    prefixLength: 0,
    tokens: [{ regex: /\bupcdatabase(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([A-Z0-9]{32})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "uplead-api-key",
    title: "Uplead API Key",
    description: "Uplead API Key (Kingfisher rule kingfisher.uplead.1).",
    severity: "critical",
    keywords: ["uplead"],
    entropy: 3.3,
    prefixLength: 0,
    tokens: [{ regex: /\buplead(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-z0-9\-]{32})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "uptimerobot-api-key",
    title: "UptimeRobot API Key",
    description: "UptimeRobot API Key (Kingfisher rule kingfisher.uptimerobot.1).",
    severity: "critical",
    keywords: ["uptimerobot"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\buptimerobot(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-zA-Z0-9]{9}-[a-zA-Z0-9]{24})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "upwave-api-key",
    title: "Upwave API Key",
    description: "Upwave API Key (Kingfisher rule kingfisher.upwave.1).",
    severity: "critical",
    keywords: ["upwave"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bupwave(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([0-9a-z]{32})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "urlscan-api-key",
    title: "Urlscan API Key",
    description: "Urlscan API Key (Kingfisher rule kingfisher.urlscan.1).",
    severity: "critical",
    keywords: ["urlscan"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\burlscan(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-z0-9\-]{36})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "userflow-api-key",
    title: "Userflow API Key",
    description: "Userflow API Key (Kingfisher rule kingfisher.userflow.1).",
    severity: "critical",
    keywords: ["userflow"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\buserflow(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([0-9a-z_]{29})/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "userstack-api-key",
    title: "UserStack API Key",
    description: "UserStack API Key (Kingfisher rule kingfisher.userstack.1).",
    severity: "critical",
    keywords: ["userstack"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\buserstack(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-z0-9]{32})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "vagrant-cloud-personal-token",
    title: "Vagrant Cloud Personal Token",
    description: "Vagrant Cloud Personal Token (Kingfisher rule kingfisher.vagrantcloud.1).",
    severity: "critical",
    keywords: [".atlasv1."],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bvagrant(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9]{67})\b/gi, group: 1 }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "vatlayer-api-key",
    title: "VatLayer API Key",
    description: "VatLayer API Key (Kingfisher rule kingfisher.vatlayer.1).",
    severity: "critical",
    keywords: ["vatlayer"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bvatlayer(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-z0-9]{32})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "vbout-api-key",
    title: "Vbout API Key",
    description: "Vbout API Key (Kingfisher rule kingfisher.vbout.1).",
    severity: "critical",
    keywords: ["vbout"],
    entropy: 0,
    prefixLength: 0,
    tokens: [{ regex: /\bvbout(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([0-9]{25})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "vercel-api-key",
    title: "Vercel API Key",
    description: "Vercel API Key (Kingfisher rule kingfisher.vercel.1).",
    severity: "critical",
    keywords: ["vercel"],
    entropy: 3.3,
    prefixLength: 0,
    tokens: [{ regex: /\bvercel(?:.|[\n\r]){0,16}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-zA-Z0-9]{24})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "verimail-api-key",
    title: "Verimail API Key",
    description: "Verimail API Key (Kingfisher rule kingfisher.verimail.1).",
    severity: "critical",
    keywords: ["verimail"],
    entropy: 3.2,
    prefixLength: 0,
    tokens: [{ regex: /\bverimail(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([A-Z0-9]{32})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "veriphone-api-key",
    title: "Veriphone API Key",
    description: "Veriphone API Key (Kingfisher rule kingfisher.veriphone.1).",
    severity: "critical",
    keywords: ["veriphone"],
    entropy: 3.3,
    prefixLength: 0,
    tokens: [{ regex: /\bveriphone(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([0-9A-Z]{32})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "versioneye-api-key",
    title: "VersionEye API Key",
    description: "VersionEye API Key (Kingfisher rule kingfisher.versioneye.1).",
    severity: "critical",
    keywords: ["versioneye"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bversioneye(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-zA-Z0-9\-]{40})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "viewneo-api-key",
    title: "Viewneo API Key",
    description: "Viewneo API Key (Kingfisher rule kingfisher.viewneo.1).",
    severity: "critical",
    keywords: ["viewneo"],
    entropy: 4.5,
    prefixLength: 0,
    tokens: [{ regex: /\bviewneo(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-z0-9A-Z]{120,300}\.[a-z0-9A-Z]{150,300}\.[a-z0-9A-Z\-_]{600,800})/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "virustotal-api-key",
    title: "VirusTotal API Key",
    description: "VirusTotal API Key (Kingfisher rule kingfisher.virustotal.1).",
    severity: "critical",
    keywords: ["virustotal"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bvirustotal(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-f0-9]{64})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "visual-crossing-api-key",
    title: "Visual Crossing API Key",
    description: "Visual Crossing API Key (Kingfisher rule kingfisher.visualcrossing.1).",
    severity: "critical",
    keywords: ["visualcrossing"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bvisualcrossing(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([0-9A-Z]{25})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "voicegain-api-key",
    title: "Voicegain API Key",
    description: "Voicegain API Key (Kingfisher rule kingfisher.voicegain.1).",
    severity: "critical",
    keywords: ["voicegain"],
    entropy: 3.3,
    prefixLength: 0,
    tokens: [{ regex: /\bvoicegain(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b(ey[0-9a-zA-Z_\-]{34}\.ey[0-9a-zA-Z_\-]{108}\.[0-9a-zA-Z_\-]{43})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "voodoosms-api-key",
    title: "VoodooSMS API Key",
    description: "VoodooSMS API Key (Kingfisher rule kingfisher.voodoosms.1).",
    severity: "critical",
    keywords: ["voodoosms"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bvoodoosms(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([0-9a-zA-Z]{46})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "vpnapi-key",
    title: "VPNAPI Key",
    description: "VPNAPI Key (Kingfisher rule kingfisher.vpnapi.1).",
    severity: "critical",
    keywords: ["vpnapi"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bvpnapi(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-z0-9A-Z]{32})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "vultr-api-key",
    title: "Vultr API Key",
    description: "Vultr API Key (Kingfisher rule kingfisher.vultr.1).",
    severity: "critical",
    keywords: ["vultr"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bvultr(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([A-Z0-9]{36})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "vyte-api-key",
    title: "Vyte API Key",
    description: "Vyte API Key (Kingfisher rule kingfisher.vyte.1).",
    severity: "critical",
    keywords: ["vyte"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bvyte(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([0-9a-z]{50})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "walkscore-api-key",
    title: "Walkscore API Key",
    description: "Walkscore API Key (Kingfisher rule kingfisher.walkscore.1).",
    severity: "critical",
    keywords: ["walkscore"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bwalkscore(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([0-9a-z]{32})/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "weatherbit-api-key",
    title: "Weatherbit API Key",
    description: "Weatherbit API Key (Kingfisher rule kingfisher.weatherbit.1).",
    severity: "critical",
    keywords: ["weatherbit"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bweatherbit(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([0-9a-z]{32})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "weatherstack-api-key",
    title: "Weatherstack API Key",
    description: "Weatherstack API Key (Kingfisher rule kingfisher.weatherstack.1).",
    severity: "critical",
    keywords: ["weatherstack"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bweatherstack(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([0-9a-z]{32})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "web3-storage-api-key",
    title: "Web3.storage API Key",
    description: "Web3.storage API Key (Kingfisher rule kingfisher.web3storage.1).",
    severity: "critical",
    keywords: ["eyjhbgcioijiuzi1niisinr5cci6ikpxvcj9.eyj"],
    entropy: 3.3,
    prefixLength: 16,
    tokens: [{ regex: /\bweb3(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b(eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9\.eyJ[A-Za-z0-9\-_]{100,300}\.[A-Za-z0-9\-_]{25,100})\b/gi, group: 1 }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "webflow-api-key",
    title: "Webflow API Key",
    description: "Webflow API Key (Kingfisher rule kingfisher.webflow.1).",
    severity: "critical",
    keywords: ["webflow"],
    entropy: 3.3,
    prefixLength: 0,
    tokens: [{ regex: /\bwebflow(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-zA-Z0-9]{64})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "webscraper-api-key",
    title: "WebScraper API Key",
    description: "WebScraper API Key (Kingfisher rule kingfisher.webscraper.1).",
    severity: "critical",
    keywords: ["webscraper"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bwebscraper(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-zA-Z0-9]{60})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "webscraping-api-key",
    title: "Webscraping API Key",
    description: "Webscraping API Key (Kingfisher rule kingfisher.webscraping.1).",
    severity: "critical",
    keywords: ["webscraping"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bwebscraping(?:.|[\n\r]){0,16}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([0-9A-Za-z]{32})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "weights-biases-api-key",
    title: "Weights & Biases API Key",
    description: "Weights & Biases API Key (Kingfisher rule kingfisher.wandb.1).",
    severity: "critical",
    keywords: ["wandb"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bwandb\b(?:.|[\n\r]){0,16}?([0-9a-f]{40})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "whoxy-api-key",
    title: "Whoxy API Key",
    description: "Whoxy API Key (Kingfisher rule kingfisher.whoxy.1).",
    severity: "critical",
    keywords: ["whoxy"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bwhoxy(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([0-9a-z]{33})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "wistia-api-key",
    title: "Wistia API Key",
    description: "Wistia API Key (Kingfisher rule kingfisher.wistia.1).",
    severity: "critical",
    keywords: ["wistia"],
    entropy: 3.3,
    prefixLength: 0,
    tokens: [{ regex: /\bwistia(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([0-9a-z]{64})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "worksnaps-api-key",
    title: "Worksnaps API Key",
    description: "Worksnaps API Key (Kingfisher rule kingfisher.worksnaps.1).",
    severity: "critical",
    keywords: ["worksnaps"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bworksnaps(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([0-9A-Za-z]{40})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "workstack-api-key",
    title: "Workstack API Key",
    description: "Workstack API Key (Kingfisher rule kingfisher.workstack.1).",
    severity: "critical",
    keywords: ["workstack"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bworkstack(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([0-9Aa-zA-Z]{60})/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "worldcoinindex-api-key",
    title: "WorldCoinIndex API Key",
    description: "WorldCoinIndex API Key (Kingfisher rule kingfisher.worldcoinindex.1).",
    severity: "critical",
    keywords: ["worldcoinindex"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bworldcoinindex(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-zA-Z0-9]{35})/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "worldweather-api-key",
    title: "WorldWeather API Key",
    description: "WorldWeather API Key (Kingfisher rule kingfisher.worldweather.1).",
    severity: "critical",
    keywords: ["worldweather"],
    entropy: 3.1,
    prefixLength: 0,
    tokens: [{ regex: /\bworldweather(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([0-9a-z]{31})/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "wrike-api-key",
    title: "Wrike API Key",
    description: "Wrike API Key (Kingfisher rule kingfisher.wrike.1).",
    severity: "critical",
    keywords: ["wrike"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bwrike(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b(ey[a-zA-Z0-9\-._]{333})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "xai-api-key",
    title: "xAI API Key",
    description: "xAI API Key (Kingfisher rule kingfisher.xai.1).",
    severity: "critical",
    keywords: ["xai-"],
    entropy: 4,
    prefixLength: 4,
    tokens: [{ regex: /\b(xai-[0-9A-Za-z_]{80})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "yelp-api-key",
    title: "Yelp API Key",
    description: "Yelp API Key (Kingfisher rule kingfisher.yelp.1).",
    severity: "critical",
    keywords: ["yelp"],
    entropy: 3.8,
    prefixLength: 0,
    tokens: [{ regex: /\byelp(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-zA-Z0-9_\\=.\-]{128})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "youneedabudget-api-key",
    title: "YouNeedABudget API Key",
    description: "YouNeedABudget API Key (Kingfisher rule kingfisher.youneedabudget.1).",
    severity: "critical",
    keywords: ["youneedabudget"],
    entropy: 3.3,
    prefixLength: 0,
    tokens: [{ regex: /\byouneedabudget(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([0-9a-f]{64})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "yousign-api-key",
    title: "Yousign API Key",
    description: "Yousign API Key (Kingfisher rule kingfisher.yousign.1).",
    severity: "critical",
    keywords: ["yousign"],
    entropy: 3.3,
    prefixLength: 0,
    tokens: [{ regex: /\byousign(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([0-9a-z]{32})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "youtube-api-key",
    title: "YouTube API Key",
    description: "YouTube API Key (Kingfisher rule kingfisher.youtube.1).",
    severity: "critical",
    keywords: ["youtube"],
    entropy: 2,
    prefixLength: 7,
    tokens: [{ regex: /youtube(?:.|[\n\r]){0,64}?\b([a-z0-9_\-]{14})-([a-z0-9_]{24})\b/iy, group: 0, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "zapier-webhook-url",
    title: "Zapier Webhook URL",
    description: "Zapier Webhook URL (Kingfisher rule kingfisher.zapierwebhook.1).",
    severity: "high",
    keywords: ["https://hooks.zapier.com/hooks/catch/"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bhttps:\/\/hooks\.zapier\.com\/hooks\/catch\/\b([A-Za-z0-9\/]{16})/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "zenkit-api-key",
    title: "Zenkit API Key",
    description: "Zenkit API Key (Kingfisher rule kingfisher.zenkit.1).",
    severity: "critical",
    keywords: ["zenkit"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bzenkit(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([0-9a-z]{8}-[0-9A-Za-z]{32})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "zenrows-api-key",
    title: "ZenRows API Key",
    description: "ZenRows API Key (Kingfisher rule kingfisher.zenrows.1).",
    severity: "critical",
    keywords: ["zenrows"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bzenrows(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([0-9a-f]{40})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "zenscrape-api-key",
    title: "Zenscrape API Key",
    description: "Zenscrape API Key (Kingfisher rule kingfisher.zenscrape.1).",
    severity: "critical",
    keywords: ["zenscrape"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bzenscrape(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "zeplin-api-key",
    title: "Zeplin API Key",
    description: "Zeplin API Key (Kingfisher rule kingfisher.zeplin.1).",
    severity: "critical",
    keywords: ["zeplin"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bzeplin(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-zA-Z0-9\-.]{350,400})/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "zerobounce-api-key",
    title: "Zerobounce API Key",
    description: "Zerobounce API Key (Kingfisher rule kingfisher.zerobounce.1).",
    severity: "critical",
    keywords: ["zerobounce"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bzerobounce(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-z0-9]{32})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "zerotier-api-key",
    title: "ZeroTier API Key",
    description: "ZeroTier API Key (Kingfisher rule kingfisher.zerotier.1).",
    severity: "critical",
    keywords: ["zerotier"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bzerotier(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([0-9a-zA-Z]{32})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "zipcodeapi-key",
    title: "ZipCodeAPI Key",
    description: "ZipCodeAPI Key (Kingfisher rule kingfisher.zipcodeapi.1).",
    severity: "critical",
    keywords: ["zipcodeapi"],
    entropy: 3.3,
    prefixLength: 0,
    tokens: [{ regex: /\bzipcodeapi(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([a-zA-Z0-9]{64})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "zipcodebase-api-key",
    title: "Zipcodebase API Key",
    description: "Zipcodebase API Key (Kingfisher rule kingfisher.zipcodebase.1).",
    severity: "critical",
    keywords: ["zipcodebase"],
    entropy: 3.5,
    prefixLength: 0,
    tokens: [{ regex: /\bzipcodebase(?:.|[\n\r]){0,32}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,32}?\b([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  },
  {
    id: "zoho-crm-api-access-token",
    title: "Zoho CRM API Access Token",
    description: "Zoho CRM API Access Token (Kingfisher rule kingfisher.zohocrm.1).",
    severity: "critical",
    keywords: ["1000."],
    entropy: 3.5,
    prefixLength: 5,
    tokens: [{ regex: /\b(1000\.[a-f0-9]{32}\.[a-f0-9]{32})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "zonkafeedback-api-token",
    title: "ZonkaFeedback API Token",
    description: "ZonkaFeedback API Token (Kingfisher rule kingfisher.zonkafeedback.1).",
    severity: "critical",
    keywords: ["zonka"],
    entropy: 0,
    prefixLength: 0,
    tokens: [{ regex: /\bzonka(?:.|[\n\r]){0,8}?(?:SECRET|PRIVATE|ACCESS|KEY|TOKEN)(?:.|[\n\r]){0,16}?\b([A-Za-z0-9]{36})\b/iy, group: 1, anchored: true }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: [],
    madeValue: true
  }
];

// src/core/detect/secrets/generated/noseyparker-rules.ts
var NOSEYPARKER_RULES = [
  {
    id: "adafruit-io-key",
    title: "Adafruit IO Key",
    description: "Adafruit IO Key (Nosey Parker rule np.adafruit.1).",
    severity: "critical",
    keywords: ["aio_"],
    entropy: 0,
    prefixLength: 4,
    tokens: [{ regex: /\b(aio_[a-zA-Z0-9]{28})\b/g, group: 1 }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "adobe-oauth-client-secret",
    title: "Adobe OAuth Client Secret",
    description: "Adobe OAuth Client Secret (Nosey Parker rule np.adobe.1).",
    severity: "critical",
    keywords: ["p8e-"],
    entropy: 0,
    prefixLength: 4,
    tokens: [{ regex: /\b(p8e-[a-z0-9\-]{32})(?:[^a-z0-9\-]|$)/gi, group: 1 }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "age-identity-x22519-secret-key",
    title: "Age Identity (X22519 secret key)",
    description: "Age Identity (X22519 secret key) (Nosey Parker rule np.age.2).",
    severity: "critical",
    keywords: ["age-secret-key-1"],
    entropy: 0,
    prefixLength: 16,
    tokens: [{ regex: /\b(AGE-SECRET-KEY-1[0-9A-Z]{58})\b/g, group: 1 }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "atlassian-cloud-api-token",
    title: "Atlassian Cloud API Token",
    description: "Atlassian Cloud API Token (Nosey Parker rule np.atlassian.1).",
    severity: "critical",
    keywords: ["atatt3xffgf0"],
    entropy: 0,
    prefixLength: 12,
    tokens: [{ regex: /\b(ATATT3xFfGF0[a-zA-Z0-9_\-]{20,200}=[0-9A-F]{8})\b/g, group: 1 }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "auth0-application-credentials",
    title: "Auth0 Application Credentials",
    description: "Auth0 Application Credentials (Nosey Parker rule np.auth0.1).",
    severity: "critical",
    keywords: ["auth0_client_secret"],
    entropy: 0,
    prefixLength: 11,
    tokens: [{ regex: /(?:AUTH0_DOMAIN|AUTH0_ISSUER_BASE_URL)\s*=\s*['"]((?:https?:\/\/)?[a-zA-Z0-9._\-]{10,100})['"][\s\S]{0,100}AUTH0_CLIENT_ID\s*=\s*['"]([a-zA-Z0-9]{32})['"][\s\S]{0,100}AUTH0_CLIENT_SECRET\s*=\s*['"]([a-zA-Z0-9_\-]{32,80})['"]/g, group: 0 }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "aws-secret-access-key",
    title: "AWS Secret Access Key",
    description: "AWS Secret Access Key (Nosey Parker rule np.aws.2).",
    severity: "critical",
    keywords: ["aws"],
    entropy: 0,
    prefixLength: 0,
    tokens: [{ regex: /\baws_?(?:secret)?_?(?:access)?_?(?:key)?["']?\s{0,30}(?::|=>|=)\s{0,30}["']?([a-z0-9\/+=]{40})(?:[^a-z0-9\/+=]|$)/gi, group: 1 }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "aws-session-token",
    title: "AWS Session Token",
    description: "AWS Session Token (Nosey Parker rule np.aws.4).",
    severity: "critical",
    keywords: ["session", "token"],
    entropy: 0,
    prefixLength: 0,
    tokens: [{ regex: /(?:aws.?session|aws.?session.?token|aws.?token)["'\x60]?\s{0,30}(?::|=>|=)\s{0,30}["'\x60]?([a-z0-9\/+=]{16,200})[^a-z0-9\/+=]/gi, group: 1 }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "aws-appsync-api-key",
    title: "AWS AppSync API Key",
    description: "AWS AppSync API Key (Nosey Parker rule np.appsync.1).",
    severity: "critical",
    keywords: ["da2-"],
    entropy: 0,
    prefixLength: 4,
    tokens: [{ regex: /\b(da2-[a-z0-9]{26})\b/g, group: 1 }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "aws-api-credentials",
    title: "AWS API Credentials",
    description: "AWS API Credentials (Nosey Parker rule np.aws.6).",
    severity: "critical",
    keywords: ["a3t", "akia", "agpa", "aida", "aroa", "aipa", "anpa", "anva", "asia"],
    entropy: 0,
    prefixLength: 3,
    tokens: [{ regex: /\b((?:A3T[A-Z0-9]|AKIA|AGPA|AIDA|AROA|AIPA|ANPA|ANVA|ASIA)[A-Z0-9]{16})\b(?:[\s\S]{0,40})\b([A-Za-z0-9\/+=]{40})(?:[^A-Za-z0-9\/+=]|$)/g, group: 0 }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "azure-connection-string",
    title: "Azure Connection String",
    description: "Azure Connection String (Nosey Parker rule np.azure.1).",
    severity: "critical",
    keywords: ["accountname", "sharedaccesskeyname", "sharedsecretissuer"],
    entropy: 0,
    prefixLength: 10,
    tokens: [{ regex: /(?:AccountName|SharedAccessKeyName|SharedSecretIssuer)\s*=\s*([^${;<\[.\s*"'#][^.;\n"'#]{2,80})\s*;\s*.{0,10}\s*(?:AccountKey|SharedAccessKey|SharedSecretValue)\s*=\s*([a-zA-Z0-9\/+]{20,100}[=]{0,3})(?:[^a-zA-Z0-9\/+=]|$)/gi, group: 0 }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "azure-app-configuration-connection-string",
    title: "Azure App Configuration Connection String",
    description: "Azure App Configuration Connection String (Nosey Parker rule np.azure.2).",
    severity: "critical",
    keywords: [".azconfig.io"],
    entropy: 0,
    prefixLength: 5,
    tokens: [{ regex: /(https:\/\/[a-zA-Z0-9\-]+\.azconfig\.io);Id=(.{4}-.{2}-.{2}:[a-zA-Z0-9+\/]{18,22});Secret=([a-zA-Z0-9+\/]{36,50}=)/g, group: 0 }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "azure-devops-personal-access-token",
    title: "Azure DevOps Personal Access Token",
    description: "Azure DevOps Personal Access Token (Nosey Parker rule np.azure.3).",
    severity: "critical",
    keywords: ["ado_pat", "pat_token", "personal", "$token"],
    entropy: 0,
    prefixLength: 0,
    tokens: [{ regex: /(?:[aA][dD][oO]_[pP][aA][tT]|[pP][aA][tT]_[tT][oO][kK][eE][nN]|[pP][eE][rR][sS][oO][nN][aA][lL]_?[aA][cC][cC][eE][sS][sS]_?[tT][oO][kK][eE][nN]|\$[tT][oO][kK][eE][nN])\s*=\s*["']([a-z0-9]{52})["']/g, group: 1 }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "azure-devops-personal-access-token-4",
    title: "Azure DevOps Personal Access Token",
    description: "Azure DevOps Personal Access Token (Nosey Parker rule np.azure.4).",
    severity: "critical",
    keywords: ["azdo"],
    entropy: 0,
    prefixLength: 0,
    tokens: [{ regex: /\b([a-zA-Z0-9]{76}AZDO[a-zA-Z0-9]{4})\b/g, group: 1 }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "bitbucket-app-password",
    title: "Bitbucket App Password",
    description: "Bitbucket App Password (Nosey Parker rule np.bitbucket.1).",
    severity: "critical",
    keywords: ["atbb"],
    entropy: 0,
    prefixLength: 4,
    tokens: [{ regex: /\b(ATBB[a-zA-Z0-9]{32})\b/g, group: 1 }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "blynk-device-access-token",
    title: "Blynk Device Access Token",
    description: "Blynk Device Access Token (Nosey Parker rule np.blynk.1).",
    severity: "critical",
    keywords: ["blynk.cloud/external/api/"],
    entropy: 0,
    prefixLength: 0,
    tokens: [{ regex: /https:\/\/(?:fra1\.|lon1\.|ny3\.|sgp1\.|blr1\.)*blynk\.cloud\/external\/api\/[a-zA-Z0-9\/]*\?token=([a-zA-Z0-9_\-]{32})&/g, group: 1 }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "blynk-organization-access-token",
    title: "Blynk Organization Access Token",
    description: "Blynk Organization Access Token (Nosey Parker rule np.blynk.2).",
    severity: "critical",
    keywords: ["blynk.cloud/api/"],
    entropy: 0,
    prefixLength: 0,
    tokens: [{ regex: /https:\/\/(?:fra1\.|lon1\.|ny3\.|sgp1\.|blr1\.)*blynk\.cloud\/api\/[a-zA-Z0-9_\-\s\/\\]*-H\s*"Authorization:\s*Bearer\s*([a-zA-Z0-9_\-]{40})"/g, group: 1 }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "blynk-organization-access-token-3",
    title: "Blynk Organization Access Token",
    description: "Blynk Organization Access Token (Nosey Parker rule np.blynk.3).",
    severity: "critical",
    keywords: ['"authorization:'],
    entropy: 0,
    prefixLength: 0,
    tokens: [{ regex: /-H\s*"Authorization:\s*Bearer\s*([a-zA-Z0-9_\-]{40})"[\s\\]*https:\/\/(?:fra1\.|lon1\.|ny3\.|sgp1\.|blr1\.)*blynk\.cloud\/api/g, group: 1 }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "blynk-organization-client-credentials",
    title: "Blynk Organization Client Credentials",
    description: "Blynk Organization Client Credentials (Nosey Parker rule np.blynk.8).",
    severity: "critical",
    keywords: ["blynk.cloud/oauth2/"],
    entropy: 0,
    prefixLength: 5,
    tokens: [{ regex: /https:\/\/(?:fra1\.|lon1\.|ny3\.|sgp1\.|blr1\.)*blynk\.cloud\/oauth2\/[a-zA-Z0-9_\-\s\/\\?=&]*(oa2-client-id_[a-zA-Z0-9_\-]{32})(?::|&client_secret=)([a-zA-Z0-9_\-]{40})/g, group: 0 }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "blynk-organization-client-credentials-9",
    title: "Blynk Organization Client Credentials",
    description: "Blynk Organization Client Credentials (Nosey Parker rule np.blynk.9).",
    severity: "critical",
    keywords: ["blynk.cloud/oauth2"],
    entropy: 0,
    prefixLength: 14,
    tokens: [{ regex: /\b(oa2-client-id_[a-zA-Z0-9_\-]{32}):([a-zA-Z0-9_\-]{40})[\s\\]*https:\/\/(?:fra1\.|lon1\.|ny3\.|sgp1\.|blr1\.)*blynk\.cloud\/oauth2/g, group: 0 }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "codeclimate-reporter-id",
    title: "CodeClimate Reporter ID",
    description: "CodeClimate Reporter ID (Nosey Parker rule np.codeclimate.1).",
    severity: "medium",
    keywords: ["codeclimate_repo_token", "cc_test_reporter_id"],
    entropy: 0,
    prefixLength: 0,
    tokens: [{ regex: /(?:CODECLIMATE_REPO_TOKEN|CC_TEST_REPORTER_ID)\s*[:=]\s*([a-f0-9]{64})\b/g, group: 1 }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "crates-io-api-key",
    title: "crates.io API Key",
    description: "crates.io API Key (Nosey Parker rule np.cratesio.1).",
    severity: "critical",
    keywords: ["cio"],
    entropy: 0,
    prefixLength: 3,
    tokens: [{ regex: /\b(cio[a-zA-Z0-9]{32})\b/g, group: 1 }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "databricks-personal-access-token",
    title: "Databricks Personal Access Token",
    description: "Databricks Personal Access Token (Nosey Parker rule np.databricks.1).",
    severity: "critical",
    keywords: ["dapi"],
    entropy: 0,
    prefixLength: 4,
    tokens: [{ regex: /\b(dapi[a-f0-9]{32}(?:-[0-9]+)?)\b/g, group: 1 }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "dependency-track-api-key",
    title: "Dependency-Track API Key",
    description: "Dependency-Track API Key (Nosey Parker rule np.dtrack.1).",
    severity: "critical",
    keywords: ["odt_"],
    entropy: 0,
    prefixLength: 4,
    tokens: [{ regex: /\b(odt_[A-Za-z0-9]{32,255})\b/g, group: 1 }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "digitalocean-application-access-token",
    title: "DigitalOcean Application Access Token",
    description: "DigitalOcean Application Access Token (Nosey Parker rule np.digitalocean.1).",
    severity: "critical",
    keywords: ["doo_v1_"],
    entropy: 0,
    prefixLength: 7,
    tokens: [{ regex: /\b(doo_v1_[a-f0-9]{64})\b/gi, group: 1 }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "digitalocean-personal-access-token",
    title: "DigitalOcean Personal Access Token",
    description: "DigitalOcean Personal Access Token (Nosey Parker rule np.digitalocean.2).",
    severity: "critical",
    keywords: ["dop_v1_"],
    entropy: 0,
    prefixLength: 7,
    tokens: [{ regex: /\b(dop_v1_[a-f0-9]{64})\b/gi, group: 1 }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "django-secret-key",
    title: "Django Secret Key",
    description: "Django Secret Key (Nosey Parker rule np.django.1).",
    severity: "critical",
    keywords: ["# security warning: keep the secret key used in production secret!"],
    entropy: 0,
    prefixLength: 0,
    tokens: [{ regex: /# SECURITY WARNING: keep the secret key used in production secret!\s*.{0,5}SECRET_KEY\s*=\s*r?["']([^"'\n]{5,100})["']/g, group: 1 }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "docker-hub-personal-access-token",
    title: "Docker Hub Personal Access Token",
    description: "Docker Hub Personal Access Token (Nosey Parker rule np.dockerhub.1).",
    severity: "critical",
    keywords: ["dckr_pat_"],
    entropy: 0,
    prefixLength: 9,
    tokens: [{ regex: /\b(dckr_pat_[a-zA-Z0-9_\-]{27})(?:$|[^a-zA-Z0-9_\-])/g, group: 1 }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "doppler-cli-token",
    title: "Doppler CLI Token",
    description: "Doppler CLI Token (Nosey Parker rule np.doppler.1).",
    severity: "critical",
    keywords: ["dp.ct."],
    entropy: 0,
    prefixLength: 6,
    tokens: [{ regex: /\b(dp\.ct\.[a-zA-Z0-9]{40,44})\b/g, group: 1 }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "doppler-personal-token",
    title: "Doppler Personal Token",
    description: "Doppler Personal Token (Nosey Parker rule np.doppler.2).",
    severity: "critical",
    keywords: ["dp.pt."],
    entropy: 0,
    prefixLength: 6,
    tokens: [{ regex: /\b(dp\.pt\.[a-zA-Z0-9]{40,44})\b/g, group: 1 }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "doppler-service-token",
    title: "Doppler Service Token",
    description: "Doppler Service Token (Nosey Parker rule np.doppler.3).",
    severity: "critical",
    keywords: ["dp.st."],
    entropy: 0,
    prefixLength: 6,
    tokens: [{ regex: /\b(dp\.st\.(?:[a-z0-9\-_]{2,35}\.)?[a-zA-Z0-9]{40,44})\b/g, group: 1 }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "doppler-service-account-token",
    title: "Doppler Service Account Token",
    description: "Doppler Service Account Token (Nosey Parker rule np.doppler.4).",
    severity: "critical",
    keywords: ["dp.sa."],
    entropy: 0,
    prefixLength: 6,
    tokens: [{ regex: /\b(dp\.sa\.[a-zA-Z0-9]{40,44})\b/g, group: 1 }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "doppler-scim-token",
    title: "Doppler SCIM Token",
    description: "Doppler SCIM Token (Nosey Parker rule np.doppler.5).",
    severity: "critical",
    keywords: ["dp.scim."],
    entropy: 0,
    prefixLength: 8,
    tokens: [{ regex: /\b(dp\.scim\.[a-zA-Z0-9]{40,44})\b/g, group: 1 }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "doppler-audit-token",
    title: "Doppler Audit Token",
    description: "Doppler Audit Token (Nosey Parker rule np.doppler.6).",
    severity: "critical",
    keywords: ["dp.audit."],
    entropy: 0,
    prefixLength: 9,
    tokens: [{ regex: /\b(dp\.audit\.[a-zA-Z0-9]{40,44})\b/g, group: 1 }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "dropbox-access-token",
    title: "Dropbox Access Token",
    description: "Dropbox Access Token (Nosey Parker rule np.dropbox.1).",
    severity: "critical",
    keywords: ["sl."],
    entropy: 0,
    prefixLength: 3,
    tokens: [{ regex: /\b(sl\.[a-zA-Z0-9_\-]{130,152})(?:$|[^a-zA-Z0-9_\-])/g, group: 1 }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "dynatrace-token",
    title: "Dynatrace Token",
    description: "Dynatrace Token (Nosey Parker rule np.dynatrace.1).",
    severity: "critical",
    keywords: ["dt0"],
    entropy: 0,
    prefixLength: 3,
    tokens: [{ regex: /\b(dt0[a-zA-Z]{1}[0-9]{2}\.[A-Z0-9]{24}\.[A-Z0-9]{64})\b/g, group: 1 }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "figma-personal-access-token",
    title: "Figma Personal Access Token",
    description: "Figma Personal Access Token (Nosey Parker rule np.figma.1).",
    severity: "critical",
    keywords: ["figma"],
    entropy: 0,
    prefixLength: 0,
    tokens: [{ regex: /figma.{0,20}\b([0-9a-f]{4}-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\b/gi, group: 1 }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "firecrawl-api-key",
    title: "Firecrawl API Key",
    description: "Firecrawl API Key (Nosey Parker rule np.firecrawl.1).",
    severity: "critical",
    keywords: ["fc-"],
    entropy: 0,
    prefixLength: 3,
    tokens: [{ regex: /\b(fc-[a-f0-9]{32})\b/g, group: 1 }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "generic-secret",
    title: "Generic Secret",
    description: "Generic Secret (Nosey Parker rule np.generic.1).",
    severity: "critical",
    keywords: ["secret"],
    entropy: 0,
    prefixLength: 0,
    tokens: [{ regex: /secret.{0,20}\b([0-9a-z]{32,64})\b/gi, group: 1 }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "generic-api-key",
    title: "Generic API Key",
    description: "Generic API Key (Nosey Parker rule np.generic.2).",
    severity: "critical",
    keywords: ["api_key", "apikey", "access_key", "accesskey"],
    entropy: 0,
    prefixLength: 0,
    tokens: [{ regex: /(?:api_key|apikey|access_key|accesskey).{0,3}[ \t]*(?::|=|:=|=>|,|'|")[ \t]*.{0,3}\b([0-9a-z][0-9a-z\-._\/+]{30,62}[0-9a-z])\b/gi, group: 1 }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "generic-password",
    title: "Generic Password",
    description: "Generic Password (Nosey Parker rule np.generic.5).",
    severity: "critical",
    keywords: ["password"],
    entropy: 0,
    prefixLength: 0,
    tokens: [{ regex: /password["']?[ \t]*(?:=|:|:=|=>)[ \t]*"([^$<%@.,\s+'"(){}&\/#\-][^\s+'"(){}\/]{4,})"/gi, group: 1 }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "generic-password-6",
    title: "Generic Password",
    description: "Generic Password (Nosey Parker rule np.generic.6).",
    severity: "critical",
    keywords: ["password"],
    entropy: 0,
    prefixLength: 0,
    tokens: [{ regex: /password["']?[ \t]*(?:=|:|:=|=>)[ \t]*'([^$<%@.,\s+'"(){}&\/#\-][^\s+'"(){}\/]{4,})'/gi, group: 1 }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "credentials-in-net-system-net-networkcredential",
    title: "Credentials in .NET System.Net.NetworkCredential",
    description: "Credentials in .NET System.Net.NetworkCredential (Nosey Parker rule np.generic.7).",
    severity: "critical",
    keywords: ["networkcredential"],
    entropy: 0,
    prefixLength: 16,
    tokens: [{ regex: /\b(?:NetworkCredential|NETWORKCREDENTIAL|networkcredential)\s*\(\s*"([^"\n]{3,50})"\s*,\s*"([^"\n]{3,50})"\s*\)/g, group: 0 }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "credentials-in-net-system-directoryservices-directoryentry",
    title: "Credentials in .NET System.DirectoryServices.DirectoryEntry",
    description: "Credentials in .NET System.DirectoryServices.DirectoryEntry (Nosey Parker rule np.generic.8).",
    severity: "critical",
    keywords: ["directoryentry"],
    entropy: 0,
    prefixLength: 13,
    tokens: [{ regex: /\b(?:DirectoryEntry|DIRECTORYENTRY|directoryentry)\s*\(\s*"([^"\n]{3,100})"\s*,\s*"([^"\n]{3,50})"\s*,\s*"([^"\n]{3,50})"(?:\s*,\s*[^)]{3,50})?\s*\)/g, group: 0 }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "sensitive-value-in-net-configuration",
    title: "Sensitive Value in .NET Configuration",
    description: "Sensitive Value in .NET Configuration (Nosey Parker rule np.generic.9).",
    severity: "critical",
    keywords: ["value"],
    entropy: 0,
    prefixLength: 0,
    tokens: [{ regex: /<\s*add\s+key\s*=\s*"([^\n"]{0,20}(?:pass|Pass|PASS|secret|Secret|SECRET|user|User|USER|admin|Admin|ADMIN|token|Token|TOKEN)[^\n"]{0,20})"\s+value\s*=\s*"([^\n"]{3,100})"\s*\/\s*>/g, group: 0 }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "connection-string-in-net-configuration",
    title: "Connection String in .NET Configuration",
    description: "Connection String in .NET Configuration (Nosey Parker rule np.generic.10).",
    severity: "critical",
    keywords: ["connectionstring"],
    entropy: 0,
    prefixLength: 0,
    tokens: [{ regex: /<\s*add\s+key\s*=\s*"([^\n"]{0,20}(?:[Cc]onnection[Ss]tring|CONNECTIONSTRING)[^\n"]{0,20})"\s+value\s*=\s*"([^\n"]{3,200})"\s*\/\s*>/g, group: 0 }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "generic-password-11",
    title: "Generic Password",
    description: "Generic Password (Nosey Parker rule np.generic.11).",
    severity: "critical",
    keywords: ["password is '"],
    entropy: 0,
    prefixLength: 0,
    tokens: [{ regex: /the (?:default )?password is '([^'\n#$|"{<+ ()\\][^'\n]{3,60})'/gi, group: 1 }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "generic-password-12",
    title: "Generic Password",
    description: "Generic Password (Nosey Parker rule np.generic.12).",
    severity: "critical",
    keywords: ['password is "'],
    entropy: 0,
    prefixLength: 0,
    tokens: [{ regex: /the (?:default )?password is "([^'\n#$|"{<+ ()\\][^"\n]{3,60})"/gi, group: 1 }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "generic-username-and-password",
    title: "Generic Username and Password",
    description: "Generic Username and Password (Nosey Parker rule np.generic.13).",
    severity: "critical",
    keywords: ["password for "],
    entropy: 0,
    prefixLength: 3,
    tokens: [{ regex: /the (?:default )?password for (?:the )?(?:user|username) '([^'\n#$|"{<+ ()\\][^'\n]{2,24})' is '([^'\n#$|"{<+ ()\\][^'\n]{3,60})'/gi, group: 0 }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "generic-username-and-password-14",
    title: "Generic Username and Password",
    description: "Generic Username and Password (Nosey Parker rule np.generic.14).",
    severity: "critical",
    keywords: ["password for "],
    entropy: 0,
    prefixLength: 3,
    tokens: [{ regex: /the (?:default )?password for (?:the )?(?:user|username) "([^'\n#$|"{<+ ()\\][^"\n]{2,24})" is "([^'\n#$|"{<+ ()\\][^"\n]{3,60})"/gi, group: 0 }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "gitalk-oauth-credentials",
    title: "Gitalk OAuth Credentials",
    description: "Gitalk OAuth Credentials (Nosey Parker rule np.gitalk.1).",
    severity: "critical",
    keywords: ["clientsecret:"],
    entropy: 0,
    prefixLength: 3,
    tokens: [{ regex: /\bnew\s+Gitalk\s*\(\s*\{\s*clientID:\s*'([a-f0-9]{20})',\s*clientSecret:\s*'([a-f0-9]{40})',/g, group: 0 }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "github-personal-access-token",
    title: "GitHub Personal Access Token",
    description: "GitHub Personal Access Token (Nosey Parker rule np.github.1).",
    severity: "critical",
    keywords: ["ghp_"],
    entropy: 0,
    prefixLength: 4,
    tokens: [{ regex: /\b(ghp_[a-zA-Z0-9]{36})\b/g, group: 1 }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "github-oauth-access-token",
    title: "GitHub OAuth Access Token",
    description: "GitHub OAuth Access Token (Nosey Parker rule np.github.2).",
    severity: "critical",
    keywords: ["gho_"],
    entropy: 0,
    prefixLength: 4,
    tokens: [{ regex: /\b(gho_[a-zA-Z0-9]{36})\b/g, group: 1 }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "github-secret-key",
    title: "GitHub Secret Key",
    description: "GitHub Secret Key (Nosey Parker rule np.github.6).",
    severity: "critical",
    keywords: ["github"],
    entropy: 0,
    prefixLength: 0,
    tokens: [{ regex: /github.?(?:api|app|application|client|consumer|customer|secret|key).?(?:key|oauth|sec|secret)?.{0,2}\s{0,20}.{0,2}\s{0,20}.{0,2}\b([a-z0-9]{40})\b/gi, group: 1 }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "github-personal-access-token-fine-grained-permissions",
    title: "GitHub Personal Access Token (fine-grained permissions)",
    description: "GitHub Personal Access Token (fine-grained permissions) (Nosey Parker rule np.github.7).",
    severity: "critical",
    keywords: ["github_pat_"],
    entropy: 0,
    prefixLength: 11,
    tokens: [{ regex: /\b(github_pat_[0-9a-zA-Z_]{82})\b/g, group: 1 }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "gitlab-runner-registration-token",
    title: "GitLab Runner Registration Token",
    description: "GitLab Runner Registration Token (Nosey Parker rule np.gitlab.1).",
    severity: "critical",
    keywords: ["gr1348941"],
    entropy: 0,
    prefixLength: 9,
    tokens: [{ regex: /\b(GR1348941[0-9a-zA-Z_\-]{20})(?:\b|$)/g, group: 1 }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "gitlab-personal-access-token",
    title: "GitLab Personal Access Token",
    description: "GitLab Personal Access Token (Nosey Parker rule np.gitlab.2).",
    severity: "critical",
    keywords: ["glpat-"],
    entropy: 0,
    prefixLength: 6,
    tokens: [{ regex: /\b(glpat-[0-9a-zA-Z_\-]{20})(?:\b|$)/g, group: 1 }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "gitlab-pipeline-trigger-token",
    title: "GitLab Pipeline Trigger Token",
    description: "GitLab Pipeline Trigger Token (Nosey Parker rule np.gitlab.3).",
    severity: "critical",
    keywords: ["glptt-"],
    entropy: 0,
    prefixLength: 6,
    tokens: [{ regex: /\b(glptt-[0-9a-f]{40})\b/g, group: 1 }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "google-oauth-client-secret",
    title: "Google OAuth Client Secret",
    description: "Google OAuth Client Secret (Nosey Parker rule np.google.2).",
    severity: "critical",
    keywords: ["gocspx-"],
    entropy: 0,
    prefixLength: 7,
    tokens: [{ regex: /\b(GOCSPX-[a-zA-Z0-9_\-]{28})(?:[^a-zA-Z0-9_\-]|$)/g, group: 1 }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "google-oauth-client-secret-3",
    title: "Google OAuth Client Secret",
    description: "Google OAuth Client Secret (Nosey Parker rule np.google.3).",
    severity: "critical",
    keywords: ["client"],
    entropy: 0,
    prefixLength: 0,
    tokens: [{ regex: /client.?secret.{0,10}\b([a-z0-9_\-]{24})(?:[^a-z0-9_\-]|$)/gi, group: 1 }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "google-oauth-access-token",
    title: "Google OAuth Access Token",
    description: "Google OAuth Access Token (Nosey Parker rule np.google.4).",
    severity: "critical",
    keywords: ["ya29."],
    entropy: 0,
    prefixLength: 5,
    tokens: [{ regex: /\b(ya29\.[0-9A-Za-z_\-]{20,1024})(?:[^0-9A-Za-z_\-]|$)/g, group: 1 }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "google-oauth-credentials",
    title: "Google OAuth Credentials",
    description: "Google OAuth Credentials (Nosey Parker rule np.google.6).",
    severity: "critical",
    keywords: [".apps.googleusercontent.com"],
    entropy: 0,
    prefixLength: 0,
    tokens: [{ regex: /\b([0-9]+-[a-z0-9_]{32}\.apps\.googleusercontent\.com)(?:[\s\S]{0,40})\b(?:[cC][lL][iI][eE][nN][tT].?[sS][eE][cC][rR][eE][tT].{0,10})?((?:GOCSPX-[a-zA-Z0-9_\-]{28})|(?:\b[a-zA-Z0-9_\-]{24}))(?:[^a-zA-Z0-9_\-]|$)/g, group: 0 }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "grafana-api-token",
    title: "Grafana API Token",
    description: "Grafana API Token (Nosey Parker rule np.grafana.1).",
    severity: "critical",
    keywords: ["eyjrijoi"],
    entropy: 0,
    prefixLength: 8,
    tokens: [{ regex: /\b(eyJrIjoi[A-Za-z0-9]{60,100})\b/g, group: 1 }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "groq-api-key",
    title: "Groq API Key",
    description: "Groq API Key (Nosey Parker rule np.groq.1).",
    severity: "critical",
    keywords: ["gsk_"],
    entropy: 0,
    prefixLength: 4,
    tokens: [{ regex: /\b(gsk_[a-zA-Z0-9]{50,54})\b/g, group: 1 }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "hashicorp-vault-service-token-v1-10",
    title: "Hashicorp Vault Service Token (>= v1.10)",
    description: "Hashicorp Vault Service Token (>= v1.10) (Nosey Parker rule np.hashicorp.4).",
    severity: "critical",
    keywords: ["hvs."],
    entropy: 0,
    prefixLength: 4,
    tokens: [{ regex: /\b(hvs\.[A-Za-z0-9]{24,130})(?:[^A-Za-z0-9_\-]|$)/g, group: 1 }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "hashicorp-vault-batch-token-v1-10",
    title: "Hashicorp Vault Batch Token (>= v1.10)",
    description: "Hashicorp Vault Batch Token (>= v1.10) (Nosey Parker rule np.hashicorp.5).",
    severity: "critical",
    keywords: ["hvb."],
    entropy: 0,
    prefixLength: 4,
    tokens: [{ regex: /\b(hvb\.[A-Za-z0-9_\-]{24,500})(?:[^A-Za-z0-9_\-]|$)/g, group: 1 }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "hashicorp-vault-recovery-token-v1-10",
    title: "Hashicorp Vault Recovery Token (>= v1.10)",
    description: "Hashicorp Vault Recovery Token (>= v1.10) (Nosey Parker rule np.hashicorp.6).",
    severity: "critical",
    keywords: ["hvr."],
    entropy: 0,
    prefixLength: 4,
    tokens: [{ regex: /\b(hvr\.[A-Za-z0-9]{24,130})(?:[^A-Za-z0-9_\-]|$)/g, group: 1 }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "hashicorp-vault-unseal-key",
    title: "Hashicorp Vault Unseal Key",
    description: "Hashicorp Vault Unseal Key (Nosey Parker rule np.hashicorp.7).",
    severity: "critical",
    keywords: ["unseal"],
    entropy: 0,
    prefixLength: 0,
    tokens: [{ regex: /(?:[uU][nN][sS][eE][aA][lL])\b.{1,10}\b([a-zA-Z0-9+\/]{44})(?:[^a-zA-Z0-9+\/]|$)/g, group: 1 }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "http-basic-authentication",
    title: "HTTP Basic Authentication",
    description: "HTTP Basic Authentication (Nosey Parker rule np.http.1).",
    severity: "critical",
    keywords: ["authorization"],
    entropy: 0,
    prefixLength: 0,
    tokens: [{ regex: /Authorization(?::\s+|(?:\s*\S.{0,4}\s*|[\n\r\u2028\u2029]*[^\S\n\r\u2028\u2029]\s*))Basic\s+([A-Za-z0-9+\/]{6,}={0,2})(?:[^A-Za-z0-9+\/=]|$)/gi, group: 1 }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "http-bearer-token",
    title: "HTTP Bearer Token",
    description: "HTTP Bearer Token (Nosey Parker rule np.http.2).",
    severity: "critical",
    keywords: ["authorization"],
    entropy: 0,
    prefixLength: 0,
    tokens: [{ regex: /Authorization(?::\s+|(?:\s*\S.{0,4}\s*|[\n\r\u2028\u2029]*[^\S\n\r\u2028\u2029]\s*))Bearer\s+([a-zA-z0-9._~+\/\-]{6,}=*)(?:[^a-zA-z0-9._~+\/=\-]|$)/gi, group: 1 }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "huggingface-user-access-token",
    title: "HuggingFace User Access Token",
    description: "HuggingFace User Access Token (Nosey Parker rule np.huggingface.1).",
    severity: "critical",
    keywords: ["hf_"],
    entropy: 0,
    prefixLength: 3,
    tokens: [{ regex: /\b(hf_[a-zA-Z]{34})\b/g, group: 1 }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "jenkins-token-or-crumb",
    title: "Jenkins Token or Crumb",
    description: "Jenkins Token or Crumb (Nosey Parker rule np.jenkins.1).",
    severity: "critical",
    keywords: ["jenkins"],
    entropy: 0,
    prefixLength: 0,
    tokens: [{ regex: /jenkins.{0,12}(?:(?:crumb|token).{0,10})?\b([0-9a-f]{32,36}|[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12})(?:[^0-9a-f\-]|$)/gi, group: 1 }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "jina-search-foundation-api-key",
    title: "Jina Search Foundation API Key",
    description: "Jina Search Foundation API Key (Nosey Parker rule np.jina.1).",
    severity: "critical",
    keywords: ["jina_"],
    entropy: 0,
    prefixLength: 5,
    tokens: [{ regex: /\b(jina_[a-zA-Z0-9]{60})\b/g, group: 1 }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "kagi-api-key",
    title: "Kagi API Key",
    description: "Kagi API Key (Nosey Parker rule np.kagi.1).",
    severity: "critical",
    keywords: ["kagi"],
    entropy: 0,
    prefixLength: 0,
    tokens: [{ regex: /\b(?:kagi|KAGI)[\s\S]{0,100}\b([a-zA-Z0-9_\-]{11}\.[a-zA-Z0-9_\-]{43})(?:$|[^a-zA-Z0-9_\-])/g, group: 1 }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "kubernetes-bootstrap-token",
    title: "Kubernetes Bootstrap Token",
    description: "Kubernetes Bootstrap Token (Nosey Parker rule np.kubernetes.1).",
    severity: "critical",
    keywords: ["token", "bootstrap"],
    entropy: 0,
    prefixLength: 0,
    tokens: [{ regex: /(?:token|Token|TOKEN|bootstrap|BOOTSTRAP).{0,8}\b([a-z0-9]{6}\.[a-z0-9]{16})\b/g, group: 1 }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "kubernetes-bootstrap-token-2",
    title: "Kubernetes Bootstrap Token",
    description: "Kubernetes Bootstrap Token (Nosey Parker rule np.kubernetes.2).",
    severity: "critical",
    keywords: ["token-secret:"],
    entropy: 0,
    prefixLength: 8,
    tokens: [{ regex: /token-id:\s+([a-z0-9]{6})\s+token-secret:\s+([a-z0-9]{16})\b/g, group: 0 }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "linkedin-secret-key",
    title: "LinkedIn Secret Key",
    description: "LinkedIn Secret Key (Nosey Parker rule np.linkedin.2).",
    severity: "critical",
    keywords: ["linkedin"],
    entropy: 0,
    prefixLength: 0,
    tokens: [{ regex: /linkedin.?(?:api|app|application|client|consumer|customer|secret|key).?(?:key|oauth|sec|secret)?.{0,2}\s{0,20}.{0,2}\s{0,20}.{0,2}\b([a-z0-9]{16})\b/gi, group: 1 }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "mailgun-api-key",
    title: "Mailgun API Key",
    description: "Mailgun API Key (Nosey Parker rule np.mailgun.1).",
    severity: "critical",
    keywords: ["key-"],
    entropy: 0,
    prefixLength: 0,
    tokens: [{ regex: /(?:mailgun|mg).{0,20}key-([a-z0-9]{32})\b/gi, group: 1 }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "mapbox-secret-access-token",
    title: "Mapbox Secret Access Token",
    description: "Mapbox Secret Access Token (Nosey Parker rule np.mapbox.2).",
    severity: "critical",
    keywords: ["mapbox"],
    entropy: 0,
    prefixLength: 3,
    tokens: [{ regex: /[mM][aA][pP][bB][oO][xX][\s\S]{0,30}([sS][kK]\.[a-zA-Z0-9\-+\/=]{32,128}\.[a-zA-Z0-9\-+\/=]{20,30})(?:[^a-zA-Z0-9\-+\/=]|$)/g, group: 1 }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "mapbox-temporary-access-token",
    title: "Mapbox Temporary Access Token",
    description: "Mapbox Temporary Access Token (Nosey Parker rule np.mapbox.3).",
    severity: "critical",
    keywords: ["mapbox"],
    entropy: 0,
    prefixLength: 3,
    tokens: [{ regex: /[mM][aA][pP][bB][oO][xX][\s\S]{0,30}([tT][kK]\.[a-zA-Z0-9\-+\/=]{32,128}\.[a-zA-Z0-9\-+\/=]{20,30})(?:[^a-zA-Z0-9\-+\/=]|$)/g, group: 1 }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "credentials-in-mongodb-connection-string",
    title: "Credentials in MongoDB Connection String",
    description: "Credentials in MongoDB Connection String (Nosey Parker rule np.mongodb.1).",
    severity: "critical",
    keywords: ["mongodb+srv://", "mongodb://"],
    entropy: 0,
    prefixLength: 7,
    tokens: [{ regex: /(?:mongodb\+srv|mongodb):\/\/([a-zA-Z0-9%;._~!$&'()*+,=\-]{3,}):([a-zA-Z0-9%;._~!$&'()*+,=\-]{3,})@([a-zA-Z0-9_.\-]{3,}(?::\d{1,5})?)(?:[^a-zA-Z0-9_.\-]|$)/g, group: 0 }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "nasa-api-key",
    title: "NASA API Key",
    description: "NASA API Key (Nosey Parker rule np.nasa.1).",
    severity: "critical",
    keywords: ["nasa.gov/"],
    entropy: 0,
    prefixLength: 0,
    tokens: [{ regex: /\bnasa\.gov\/.{0,200}api_key=([a-zA-Z0-9]{40})\b/g, group: 1 }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "netrc-credentials",
    title: "netrc Credentials",
    description: "netrc Credentials (Nosey Parker rule np.netrc.1).",
    severity: "critical",
    keywords: ["password"],
    entropy: 0,
    prefixLength: 7,
    tokens: [{ regex: /(machine\s+[^\s]+|default)\s+login\s+([^\s]+)\s+password\s+([^\s]+)/g, group: 0 }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "new-relic-license-key",
    title: "New Relic License Key",
    description: "New Relic License Key (Nosey Parker rule np.newrelic.1).",
    severity: "critical",
    keywords: ["nral"],
    entropy: 0,
    prefixLength: 0,
    tokens: [{ regex: /\b([a-z0-9]{6}[a-f0-9]{30}nral)\b/gi, group: 1 }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "new-relic-license-key-2",
    title: "New Relic License Key",
    description: "New Relic License Key (Nosey Parker rule np.newrelic.2).",
    severity: "critical",
    keywords: ["associated with your new relic account."],
    entropy: 0,
    prefixLength: 0,
    tokens: [{ regex: /associated with your New Relic account\.\s+license_key:\s*([a-f0-9]{40})\b/gi, group: 1 }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "new-relic-api-service-key",
    title: "New Relic API Service Key",
    description: "New Relic API Service Key (Nosey Parker rule np.newrelic.3).",
    severity: "critical",
    keywords: ["nrak-"],
    entropy: 0,
    prefixLength: 5,
    tokens: [{ regex: /\b(nrak-[a-z0-9]{27})\b/gi, group: 1 }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "new-relic-admin-api-key",
    title: "New Relic Admin API Key",
    description: "New Relic Admin API Key (Nosey Parker rule np.newrelic.4).",
    severity: "critical",
    keywords: ["nraa-"],
    entropy: 0,
    prefixLength: 5,
    tokens: [{ regex: /\b(nraa-[a-f0-9]{27})\b/gi, group: 1 }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "new-relic-insights-insert-key",
    title: "New Relic Insights Insert Key",
    description: "New Relic Insights Insert Key (Nosey Parker rule np.newrelic.5).",
    severity: "critical",
    keywords: ["nrii-"],
    entropy: 0,
    prefixLength: 5,
    tokens: [{ regex: /\b(nrii-[a-z0-9_\-]{32})(?:[^a-z0-9_\-]|$)/gi, group: 1 }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "new-relic-insights-query-key",
    title: "New Relic Insights Query Key",
    description: "New Relic Insights Query Key (Nosey Parker rule np.newrelic.6).",
    severity: "critical",
    keywords: ["nriq-"],
    entropy: 0,
    prefixLength: 5,
    tokens: [{ regex: /\b(nriq-[a-z0-9_\-]{32})(?:[^a-z0-9_\-]|$)/gi, group: 1 }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "new-relic-rest-api-key",
    title: "New Relic REST API Key",
    description: "New Relic REST API Key (Nosey Parker rule np.newrelic.7).",
    severity: "critical",
    keywords: ["nrra-"],
    entropy: 0,
    prefixLength: 5,
    tokens: [{ regex: /\b(nrra-[a-f0-9]{42})\b/gi, group: 1 }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "new-relic-pixie-api-key",
    title: "New Relic Pixie API Key",
    description: "New Relic Pixie API Key (Nosey Parker rule np.newrelic.8).",
    severity: "critical",
    keywords: ["px-api-"],
    entropy: 0,
    prefixLength: 7,
    tokens: [{ regex: /\b(px-api-[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12})\b/gi, group: 1 }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "new-relic-pixie-deploy-key",
    title: "New Relic Pixie Deploy Key",
    description: "New Relic Pixie Deploy Key (Nosey Parker rule np.newrelic.9).",
    severity: "critical",
    keywords: ["px-dep-"],
    entropy: 0,
    prefixLength: 7,
    tokens: [{ regex: /\b(px-dep-[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12})\b/gi, group: 1 }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "npm-access-token-fine-grained",
    title: "NPM Access Token (fine-grained)",
    description: "NPM Access Token (fine-grained) (Nosey Parker rule np.npm.1).",
    severity: "critical",
    keywords: ["npm_"],
    entropy: 0,
    prefixLength: 4,
    tokens: [{ regex: /\b(npm_[A-Za-z0-9]{36})\b/g, group: 1 }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "nuget-api-key",
    title: "NuGet API Key",
    description: "NuGet API Key (Nosey Parker rule np.nuget.1).",
    severity: "critical",
    keywords: ["oy2"],
    entropy: 0,
    prefixLength: 3,
    tokens: [{ regex: /\b(oy2[a-z0-9]{43})\b/g, group: 1 }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "okta-api-token",
    title: "Okta API Token",
    description: "Okta API Token (Nosey Parker rule np.okta.1).",
    severity: "critical",
    keywords: ["okta", "ssws"],
    entropy: 0,
    prefixLength: 0,
    tokens: [{ regex: /(?:[oO][kK][tT][aA]|[sS][sS][wW][sS])[\s\S]{0,40}\b(00[a-zA-Z0-9_\-]{39}[a-zA-Z0-9_])\b/g, group: 1 }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "particle-io-access-token",
    title: "particle.io Access Token",
    description: "particle.io Access Token (Nosey Parker rule np.particleio.1).",
    severity: "critical",
    keywords: ["https://api.particle.io/v1/"],
    entropy: 0,
    prefixLength: 0,
    tokens: [{ regex: /https:\/\/api\.particle\.io\/v1\/[a-zA-Z0-9_\-\s\/"\\?]*(?:access_token=|Authorization:\s*Bearer\s*)\b([a-zA-Z0-9]{40})\b/g, group: 1 }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "particle-io-access-token-2",
    title: "particle.io Access Token",
    description: "particle.io Access Token (Nosey Parker rule np.particleio.2).",
    severity: "critical",
    keywords: ["https://api.particle.io/v1"],
    entropy: 0,
    prefixLength: 0,
    tokens: [{ regex: /(?:access_token=|Authorization:\s*Bearer\s*)\b([a-zA-Z0-9]{40})\b[\s"\\]*https:\/\/api\.particle\.io\/v1/g, group: 1 }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "pem-encoded-private-key",
    title: "PEM-Encoded Private Key",
    description: "PEM-Encoded Private Key (Nosey Parker rule np.pem.1).",
    severity: "critical",
    keywords: ["-----begin "],
    entropy: 0,
    prefixLength: 0,
    tokens: [{ regex: /-----BEGIN .{0,20} ?PRIVATE KEY ?.{0,20}-----\s*((?:[a-zA-Z0-9+\/=\s"',]|\\r|\\n){50,})\s*-----END .{0,20} ?PRIVATE KEY ?.{0,20}-----/g, group: 1 }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "base64-pem-encoded-private-key",
    title: "Base64-PEM-Encoded Private Key",
    description: "Base64-PEM-Encoded Private Key (Nosey Parker rule np.pem.2).",
    severity: "critical",
    keywords: ["ls0tls1crudjtibsu0egufjjvkfursblrvktls0t", "ls0tls1crudjtibeu0egufjjvkfursblrvktls0t", "ls0tls1crudjtibfqybquklwqvrfietfws0tls0t"],
    entropy: 0,
    prefixLength: 16,
    tokens: [{ regex: /((?:LS0tLS1CRUdJTiBSU0EgUFJJVkFURSBLRVktLS0t|LS0tLS1CRUdJTiBEU0EgUFJJVkFURSBLRVktLS0t|LS0tLS1CRUdJTiBFQyBQUklWQVRFIEtFWS0tLS0t)[a-zA-Z0-9+\/=]{50,})(?:[^a-zA-Z0-9+\/=]|$)/g, group: 1 }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "credentials-in-postgresql-connection-uri",
    title: "Credentials in PostgreSQL Connection URI",
    description: "Credentials in PostgreSQL Connection URI (Nosey Parker rule np.postgres.1).",
    severity: "critical",
    keywords: ["postgres://", "postgresql://"],
    entropy: 0,
    prefixLength: 7,
    tokens: [{ regex: /(?:postgres|postgresql):\/\/([a-zA-Z0-9%;._~!$&'()*+,=\-]{3,}):([a-zA-Z0-9%;._~!$&'()*+,=\-]{3,})@([a-zA-Z0-9_.\-]{3,}(?::\d{1,5})?)(?:[^a-zA-Z0-9_.\-]|$)/g, group: 0 }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "postman-api-key",
    title: "Postman API Key",
    description: "Postman API Key (Nosey Parker rule np.postman.1).",
    severity: "critical",
    keywords: ["pmak-"],
    entropy: 0,
    prefixLength: 5,
    tokens: [{ regex: /\b(PMAK-[a-zA-Z0-9]{24}-[a-zA-Z0-9]{34})\b/g, group: 1 }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "postmark-api-token",
    title: "Postmark API Token",
    description: "Postmark API Token (Nosey Parker rule np.postmark.1).",
    severity: "critical",
    keywords: ["postmark"],
    entropy: 0,
    prefixLength: 0,
    tokens: [{ regex: /postmark[a-z0-9_\-]{0,20}.{0,10}\b([a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12})\b/gi, group: 1 }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "react-app-password",
    title: "React App Password",
    description: "React App Password (Nosey Parker rule np.reactapp.2).",
    severity: "critical",
    keywords: ["react_app"],
    entropy: 0,
    prefixLength: 0,
    tokens: [{ regex: /\bREACT_APP(?:_[A-Z0-9]+)*_PASS(?:WORD)?\s*=\s*['"]?([^\s'"$]{6,})(?:[\s'"$]|$)/gi, group: 1 }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "rubygems-api-key",
    title: "RubyGems API Key",
    description: "RubyGems API Key (Nosey Parker rule np.rubygems.1).",
    severity: "critical",
    keywords: ["rubygems_"],
    entropy: 0,
    prefixLength: 9,
    tokens: [{ regex: /\b(rubygems_[a-f0-9]{48})\b/gi, group: 1 }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "sauce-token",
    title: "Sauce Token",
    description: "Sauce Token (Nosey Parker rule np.sauce.1).",
    severity: "critical",
    keywords: ["sauce"],
    entropy: 0,
    prefixLength: 0,
    tokens: [{ regex: /sauce.{0,50}\b([a-f0-9\-]{36})(?:[^a-f0-9\-]|$)/gi, group: 1 }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "segment-public-api-token",
    title: "Segment Public API Token",
    description: "Segment Public API Token (Nosey Parker rule np.segment.1).",
    severity: "critical",
    keywords: ["sgp_"],
    entropy: 0,
    prefixLength: 4,
    tokens: [{ regex: /\b(sgp_[a-zA-Z0-9]{64})\b/g, group: 1 }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "shopify-app-secret",
    title: "Shopify App Secret",
    description: "Shopify App Secret (Nosey Parker rule np.shopify.2).",
    severity: "critical",
    keywords: ["shpss_"],
    entropy: 0,
    prefixLength: 6,
    tokens: [{ regex: /\b(shpss_[a-fA-F0-9]{32})\b/g, group: 1 }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "shopify-access-token-public-app",
    title: "Shopify Access Token (Public App)",
    description: "Shopify Access Token (Public App) (Nosey Parker rule np.shopify.3).",
    severity: "critical",
    keywords: ["shpat_"],
    entropy: 0,
    prefixLength: 6,
    tokens: [{ regex: /\b(shpat_[a-fA-F0-9]{32})\b/g, group: 1 }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "shopify-access-token-custom-app",
    title: "Shopify Access Token (Custom App)",
    description: "Shopify Access Token (Custom App) (Nosey Parker rule np.shopify.4).",
    severity: "critical",
    keywords: ["shpca_"],
    entropy: 0,
    prefixLength: 6,
    tokens: [{ regex: /\b(shpca_[a-fA-F0-9]{32})\b/g, group: 1 }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "shopify-access-token-legacy-private-app",
    title: "Shopify Access Token (Legacy Private App)",
    description: "Shopify Access Token (Legacy Private App) (Nosey Parker rule np.shopify.5).",
    severity: "critical",
    keywords: ["shppa_"],
    entropy: 0,
    prefixLength: 6,
    tokens: [{ regex: /\b(shppa_[a-fA-F0-9]{32})\b/g, group: 1 }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "sonarqube-token",
    title: "SonarQube Token",
    description: "SonarQube Token (Nosey Parker rule np.sonarqube.1).",
    severity: "critical",
    keywords: ["sonar"],
    entropy: 0,
    prefixLength: 0,
    tokens: [{ regex: /sonar.{0,5}login.{0,5}\s*\b([a-f0-9]{40})\b/gi, group: 1 }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "square-oauth-secret",
    title: "Square OAuth Secret",
    description: "Square OAuth Secret (Nosey Parker rule np.square.2).",
    severity: "critical",
    keywords: ["sq0csp-"],
    entropy: 0,
    prefixLength: 7,
    tokens: [{ regex: /\b(sq0csp-[a-z0-9_\-]{43})\b/gi, group: 1 }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "stackhawk-api-key",
    title: "StackHawk API Key",
    description: "StackHawk API Key (Nosey Parker rule np.stackhawk.1).",
    severity: "critical",
    keywords: ["hawk."],
    entropy: 0,
    prefixLength: 5,
    tokens: [{ regex: /\b(hawk\.[0-9A-Za-z_\-]{20}\.[0-9A-Za-z_\-]{20})\b/g, group: 1 }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "stripe-api-key",
    title: "Stripe API Key",
    description: "Stripe API Key (Nosey Parker rule np.stripe.1).",
    severity: "critical",
    keywords: ["sk_live_", "rk_live_"],
    entropy: 0,
    prefixLength: 0,
    tokens: [{ regex: /\b((?:sk|rk)_live_[a-z0-9]{24})\b/gi, group: 1 }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "stripe-api-test-key",
    title: "Stripe API Test Key",
    description: "Stripe API Test Key (Nosey Parker rule np.stripe.2).",
    severity: "critical",
    keywords: ["sk_test_", "rk_test_"],
    entropy: 0,
    prefixLength: 0,
    tokens: [{ regex: /\b((?:sk|rk)_test_[a-z0-9]{24})\b/gi, group: 1 }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "tavily-api-key",
    title: "Tavily API Key",
    description: "Tavily API Key (Nosey Parker rule np.tavily.1).",
    severity: "critical",
    keywords: ["tvly-"],
    entropy: 0,
    prefixLength: 5,
    tokens: [{ regex: /\b(tvly-[a-zA-Z0-9]{32})\b/g, group: 1 }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "telegram-bot-token",
    title: "Telegram Bot Token",
    description: "Telegram Bot Token (Nosey Parker rule np.telegram.1).",
    severity: "critical",
    keywords: [":aa"],
    entropy: 0,
    prefixLength: 0,
    tokens: [{ regex: /\b(\d+:AA[a-zA-Z0-9_\-]{32,33})(?:[^a-zA-Z0-9_\-]|$)/g, group: 1 }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "thingsboard-access-token",
    title: "ThingsBoard Access Token",
    description: "ThingsBoard Access Token (Nosey Parker rule np.thingsboard.1).",
    severity: "critical",
    keywords: ["thingsboard.cloud/api/v1/"],
    entropy: 0,
    prefixLength: 0,
    tokens: [{ regex: /thingsboard\.cloud\/api\/v1\/([a-z0-9]{20})/g, group: 1 }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "thingsboard-provision-device-key",
    title: "ThingsBoard Provision Device Key",
    description: "ThingsBoard Provision Device Key (Nosey Parker rule np.thingsboard.2).",
    severity: "critical",
    keywords: ['"provisiondevicekey"'],
    entropy: 0,
    prefixLength: 0,
    tokens: [{ regex: /"provisionDeviceKey"\s*:\s*"([a-z0-9]{20})"/g, group: 1 }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "thingsboard-provision-device-secret",
    title: "ThingsBoard Provision Device Secret",
    description: "ThingsBoard Provision Device Secret (Nosey Parker rule np.thingsboard.3).",
    severity: "critical",
    keywords: ['"provisiondevicesecret"'],
    entropy: 0,
    prefixLength: 0,
    tokens: [{ regex: /"provisionDeviceSecret"\s*:\s*"([a-z0-9]{20})"/g, group: 1 }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "truenas-api-key-websocket",
    title: "TrueNAS API Key (WebSocket)",
    description: "TrueNAS API Key (WebSocket) (Nosey Parker rule np.truenas.1).",
    severity: "critical",
    keywords: ['"params"'],
    entropy: 0,
    prefixLength: 0,
    tokens: [{ regex: /"params"\s*:\s*\[\s*"(\d+-[a-zA-Z0-9]{64})"\s*\]/g, group: 1 }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "truenas-api-key-rest-api",
    title: "TrueNAS API Key (REST API)",
    description: "TrueNAS API Key (REST API) (Nosey Parker rule np.truenas.2).",
    severity: "critical",
    keywords: ["bearer"],
    entropy: 0,
    prefixLength: 0,
    tokens: [{ regex: /Bearer\s*(\d+-[a-zA-Z0-9]{64})\b/g, group: 1 }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "twitch-stream-key",
    title: "Twitch Stream Key",
    description: "Twitch Stream Key (Nosey Parker rule np.twitch.1).",
    severity: "critical",
    keywords: ["live_"],
    entropy: 0,
    prefixLength: 5,
    tokens: [{ regex: /(?:\b(?:twitch)?(?:[_\-]?)?stream(?:[_\-]?)?key\b[^A-Za-z0-9]{0,3})?["']?(live_\d{8,12}_[A-Za-z0-9]{30,36})["']?/gi, group: 1 }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "twitter-secret-key",
    title: "Twitter Secret Key",
    description: "Twitter Secret Key (Nosey Parker rule np.twitter.2).",
    severity: "critical",
    keywords: ["twitter"],
    entropy: 0,
    prefixLength: 0,
    tokens: [{ regex: /twitter.?(?:api|app|application|client|consumer|customer|secret|key).?(?:key|oauth|sec|secret)?.{0,2}\s{0,20}.{0,2}\s{0,20}.{0,2}\b([a-z0-9]{35,44})\b/gi, group: 1 }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "credentials-in-connect-viserver-invocation",
    title: "Credentials in Connect-VIServer Invocation",
    description: "Credentials in Connect-VIServer Invocation (Nosey Parker rule np.vmware.1).",
    severity: "critical",
    keywords: ["connect-viserver"],
    entropy: 0,
    prefixLength: 16,
    tokens: [{ regex: /Connect-VIServer.{0,50}-User\s+(\S{3,30})\s+.{0,50}-Password\s+(\S{3,30})/gi, group: 0 }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "wireguard-private-key",
    title: "WireGuard Private Key",
    description: "WireGuard Private Key (Nosey Parker rule np.wireguard.1).",
    severity: "critical",
    keywords: ["privatekey"],
    entropy: 0,
    prefixLength: 0,
    tokens: [{ regex: /PrivateKey\s*=\s*([A-Za-z0-9+\/]{43}=)/g, group: 1 }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  },
  {
    id: "wireguard-preshared-key",
    title: "WireGuard Preshared Key",
    description: "WireGuard Preshared Key (Nosey Parker rule np.wireguard.2).",
    severity: "critical",
    keywords: ["presharedkey"],
    entropy: 0,
    prefixLength: 0,
    tokens: [{ regex: /PresharedKey\s*=\s*([A-Za-z0-9+\/]{43}=)/g, group: 1 }],
    keyed: [],
    allow: [],
    allowMatch: [],
    stopwords: []
  }
];

// src/core/detect/secrets/named-token.ts
var NAME_NOUNS = ["key", "secret", "token", "access", "private"];
var AFTER_NAME = /^s?(?:[ \t]*(?::=|=>|[:=])[ \t]*["'`]?|[ \t]*["'`]|[ \t]+|[ \t]*\r?\n[ \t]*|[-.])([A-Za-z0-9_+/=.-]{12,256})(?![A-Za-z0-9_+/=.-])/;
var WINDOW3 = 300;
var MAX_NAME = 48;
var WEAK_ALONE = /(?:access|private)$/i;
function findNamedTokens(text, nounAt) {
  const out = [];
  for (const noun of NAME_NOUNS) {
    for (const at of nounAt(noun)) {
      const from = at + noun.length;
      const m = AFTER_NAME.exec(text.slice(from, from + WINDOW3));
      const value = withoutTrailingDots(m?.[1] ?? "");
      if (!m || !value) continue;
      const name = nameEndingAt(text, from);
      if (!name || !credentialName(name) || namesOrDescribes(value, false)) continue;
      const glued = /[-.]$/.test(m[0].slice(0, m[0].length - (m[1] ?? "").length));
      if (value.length < 16 ? glued || !shortKey(name, noun, value) : !machineMade(value)) continue;
      const start = from + m[0].length - (m[1] ?? "").length;
      out.push({
        rule: "secrets.named-token",
        kind: "generic-secret",
        start,
        end: start + value.length,
        redacted: `${name.slice(-40)} ${maskSecret("generic-secret")}`
      });
    }
  }
  return out;
}
function nameEndingAt(text, end) {
  let start = end;
  while (start > 0 && end - start < MAX_NAME && isKeyChar(text.charCodeAt(start - 1))) start--;
  if (start > 0 && end - start >= MAX_NAME) return void 0;
  let before = start;
  while (before > 0 && (text[before - 1] === " " || text[before - 1] === "	") && start - before < 8) before--;
  if (before === start) return text.slice(start, end);
  let wordStart = before;
  while (wordStart > 0 && before - wordStart < 16 && /[A-Za-z]/.test(text[wordStart - 1] ?? "")) wordStart--;
  const word = text.slice(wordStart, before);
  return /[A-Za-z0-9_]/.test(text[wordStart - 1] ?? " ") || word === "" ? text.slice(start, end) : `${word}_${text.slice(start, end)}`;
}
function credentialName(name) {
  if (keyStrength(name) !== void 0) return true;
  const last = name.split(/[_\s]/).pop() ?? name;
  return WEAK_ALONE.test(last) && keyStrength(`${last.replace(WEAK_ALONE, "")}key`) !== void 0;
}
function shortKey(name, noun, value) {
  if (name.length <= noun.length + 1 || !/^[A-Za-z0-9]+$/.test(value) || /^[0-9a-f]+$/i.test(value)) return false;
  if (isPlaceholderValue(value) || saysFake(value)) return false;
  let changes = 0;
  for (let i = 1; i < value.length; i++) if (/[0-9]/.test(value[i - 1] ?? "") !== /[0-9]/.test(value[i] ?? "")) changes++;
  return changes >= 4 && shannonEntropy(value) >= 3.2;
}
function withoutTrailingDots(value) {
  let end = value.length;
  while (end > 0 && value[end - 1] === ".") end--;
  return value.slice(0, end);
}

// src/core/detect/secrets/nearby-token.ts
var NEARBY_NOUNS = [
  "token",
  "secret",
  "api key",
  "apikey",
  "access key",
  "auth key",
  "license key",
  "credential",
  "credentials"
];
var NEARBY = /^(?:[ \t]+[A-Za-z][\w-]{0,15}){0,3}[ \t]+["'`(<[]?([A-Za-z0-9_+/=.-]{20,200})(?![A-Za-z0-9_+/=.-])/;
var WINDOW4 = 280;
var UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
function findNearbyTokens(text, wordAt) {
  const out = [];
  for (const noun of NEARBY_NOUNS) {
    for (const at of wordAt(noun)) {
      const from = at + noun.length;
      if (/[A-Za-z0-9_]/.test(text[at - 1] ?? " ") || /[A-Za-z0-9_]/.test(text[from] ?? " ")) continue;
      const m = NEARBY.exec(text.slice(from, from + WINDOW4));
      const value = m?.[1];
      if (!m || !value || !machineMade2(value)) continue;
      const start = from + m[0].length - value.length;
      out.push({
        rule: "secrets.credential-in-prose",
        kind: "generic-secret",
        start,
        end: start + value.length,
        redacted: `${noun}: ${maskSecret("generic-secret")}`
      });
    }
  }
  return out;
}
function machineMade2(value) {
  if (!looksRandom(value) || UUID.test(value) || namesOrDescribes(value, false)) return false;
  return shannonEntropy(value) >= (value.length >= 32 ? 3.5 : 3.8);
}

// src/core/detect/secrets/prose-and-flags.ts
var TRANSLATED_ASCII_NOUNS = [
  "kennwort",
  "passwort",
  "mot de passe",
  "senha",
  "wachtwoord",
  "salasana",
  "adgangskode",
  "kodeord",
  "passord",
  "heslo",
  "jelszo",
  "lozinka",
  "geslo",
  "contrasena",
  "haslo",
  "sifre"
];
var PROSE_NOUNS = [
  "password",
  "passcode",
  "passphrase",
  // A wireless network's pre-shared key, as notes and setup cards name it.
  "wi-fi key",
  "wifi key",
  "wlan key",
  "wpa key",
  "wpa2 key",
  "network key",
  "api key",
  "apikey",
  "access token",
  "secret key",
  "auth token",
  "unseal key",
  // SQL: `CREATE USER u IDENTIFIED BY 'x'` (the `PASSWORD 'x'` forms read as password + value),
  // and MySQL's `IDENTIFIED WITH <auth plugin> BY 'x'` (`… AS '<hash>'` is a hash: out of scope).
  "identified by",
  "identified with",
  // How people abbreviate, misspell and translate it in notes and chats.
  "pw",
  "pwd",
  "passwd",
  "pword",
  "p/w",
  "passowrd",
  "pasword",
  ...TRANSLATED_ASCII_NOUNS
];
var LOGIN_NOUNS = ["login", "logon", "creds", "credentials"];
var STATEMENT = /^[ \t\w'"*-]{0,40}?(?:\b(?:is|was|ist|est|es)\b(?:[ \t]+(?:still|now|currently))?|=|:|\uff1a)(?:\*{1,2}|_{1,2}|<\/(?:b|strong|em|i|label|dt|th|td)>)?[ \t]{0,3}(?:<(?:code|kbd|samp|tt|b|strong|em|i|mark|span|dd|td)>)?(?:\\?["'`\u2018\u201c]([^"'`\u2019\u201d\s\\]{4,64})\\?["'`\u2019\u201d]|([A-Za-z0-9_+/=.@#$%!*&^~-]{8,80})|\r?\n[ \t]*(?:\r?\n[ \t]*)?([A-Za-z0-9_+/=-]{16,80})(?=[ \t]*(?:\r?\n|$)))/i;
var BARE = /^(?:[ \t]|\\t){1,3}(?:<(?:code|kbd|samp|tt|b|strong|em|i|mark|span)>)?(?:(\\?["'])([^"'\s]{8,64})\1|([A-Za-z0-9_+/=@#$%!*&^~-]{8,64})(?![A-Za-z0-9_+/=@#$%!*&^~-]))/;
var LOGIN_PAIR = /^[ \t\w'"-]{0,40}?(?:\b(?:is|are)\b|:|=)[ \t]{0,3}[\w.@+-]{2,40}[ \t]{0,3}[/,][ \t]{0,3}([A-Za-z0-9_+=@#$%!*&^~.-]{8,64})(?![A-Za-z0-9_+=@#$%!*&^~-])/;
var WINDOW5 = 160;
var AUTH_PLUGIN = /^[ \t]+(["'`]?)[A-Za-z0-9_]{1,64}\1[ \t]+by(?=[ \t])/i;
var NEXT_PARAMETER = /&\w+=/;
var FLAG = /^--([A-Za-z][A-Za-z0-9-]{1,40})[ \t]{1,3}/;
function findProseCredentials(text, nounsAt) {
  const out = [];
  for (const noun of PROSE_NOUNS) for (const at of nounsAt(noun)) proseCredentialAt(text, noun, at, out);
  const firstNonAscii = text.search(NON_ASCII);
  if (firstNonAscii !== -1)
    for (const noun of NON_ASCII_NOUNS)
      for (let at = text.indexOf(noun, firstNonAscii - noun.length); at !== -1; at = text.indexOf(noun, at + noun.length))
        proseCredentialAt(text, noun, at, out);
  for (const noun of LOGIN_NOUNS) {
    for (const at of nounsAt(noun)) {
      const from = at + noun.length;
      if (!wholeWord(text, at, from)) continue;
      const m = LOGIN_PAIR.exec(text.slice(from, from + WINDOW5));
      const value = withoutClosingPunctuation(m?.[1] ?? "");
      if (m && humanPassword(value)) out.push(proseMatch(noun, from + m[0].length - (m[1] ?? "").length, value));
    }
  }
  for (const noun of LOGIN_VERBS) for (const at of nounsAt(noun)) loginAsAt(text, noun, at, out);
  return out;
}
var LOGIN_VERBS = [
  "log in",
  "log into",
  "log on",
  "login",
  "logon",
  "logged in",
  "logging in",
  "sign in",
  "signed in",
  "signin"
];
var LOGIN_AS = /^(?:[ \t]{1,3}[\w.:/'-]{1,40}){0,4}?[ \t]{1,3}as[ \t]{1,3}[`'"*]{0,2}[\w.@\\-]{2,40}[`'"*]{0,2},?[ \t]{1,3}(?:with|using)[ \t]{1,3}(?:the[ \t]{1,3})?(?:(?:password|passwd|pw)[ \t]{1,3})?([`'"*]{0,2})([^\s`'"*]{8,64})\1(?![^\s.,;:!?)])/i;
function loginAsAt(text, noun, at, out) {
  const from = at + noun.length;
  if (!wholeWord(text, at, from)) return;
  const m = LOGIN_AS.exec(text.slice(from, from + WINDOW5));
  const read = m?.[2];
  if (!m || read === void 0) return;
  const value = m[1] ? read : withoutClosingPunctuation(read);
  if (loginPassword(value)) out.push(proseMatch("login", from + m[0].length - (m[1] ?? "").length - read.length, value));
}
function loginPassword(value) {
  if (value.length < 8 || isPlaceholderValue(value) || saysFake(value)) return false;
  if (machineMade(value) || randomCase(value)) return true;
  if (humanPassword(value) && (/[^A-Za-z0-9_-]/.test(value) || /[A-Za-z][0-9]+[A-Za-z]/.test(value))) return true;
  return !/[./]/.test(value) && charClasses(value) === 3 && digitChanges(value) >= 3;
}
var NON_ASCII = /[^\x00-\x7f]/;
var NON_ASCII_NOUNS = [
  "contrase\xF1a",
  "Contrase\xF1a",
  "\u043F\u0430\u0440\u043E\u043B\u044C",
  "\u041F\u0430\u0440\u043E\u043B\u044C",
  "\u30D1\u30B9\u30EF\u30FC\u30C9",
  "\u5BC6\u7801",
  "\u5BC6\u78BC",
  "\uBE44\uBC00\uBC88\uD638",
  "has\u0142o",
  "Has\u0142o",
  "\u015Fifre",
  "\u015Eifre",
  "l\xF6senord",
  "L\xF6senord",
  "jelsz\xF3",
  "Jelsz\xF3"
];
var TRANSLATED_PASSWORD_NOUNS = /* @__PURE__ */ new Set([
  ...TRANSLATED_ASCII_NOUNS,
  ...NON_ASCII_NOUNS.map((noun) => noun.toLowerCase())
]);
var withoutSentenceEnd = (value) => {
  let end = value.length;
  while (end > 0 && ".,;".includes(value[end - 1])) end--;
  return value.slice(0, end);
};
var PAIR_AFTER = /^[ \t]\/[ \t]/;
var LABEL_OPERATOR = /^["']?[ \t]{0,3}(?:[:=]|\uff1a)[ \t]{0,3}/;
var SCARE_QUOTED = /^[ \t](?:for|of|on|to)[ \t]/;
var wholeWord = (text, at, from) => (!/[A-Za-z0-9_]/.test(text[at - 1] ?? " ") || escapedBlank(text, at - 2)) && !/[A-Za-z0-9_]/.test(text[from] ?? " ");
var escapedBlank = (text, at) => text[at] === "\\" && (text[at + 1] === "t" || text[at + 1] === "n");
function proseCredentialAt(text, nounFound, at, out) {
  let noun = nounFound;
  let from = at + noun.length;
  if (!wholeWord(text, at, from)) return;
  if (TRANSLATED_PASSWORD_NOUNS.has(noun.toLowerCase()) && translatedPasswordLabel(text, noun, from, out)) return;
  if ((text[at - 1] === '"' || text[at - 1] === "'") && text[from] === text[at - 1] && !SCARE_QUOTED.test(text.slice(from + 1, from + 8)))
    return;
  if (noun === "identified with") {
    const plugin = AUTH_PLUGIN.exec(text.slice(from, from + 100));
    if (!plugin) return;
    noun = "identified by";
    from += plugin[0].length;
  }
  const m = STATEMENT.exec(text.slice(from, from + WINDOW5));
  const read = m?.[1] ?? m?.[2] ?? m?.[3];
  if (read === void 0 && PASSPHRASE_NOUNS.has(noun) && passphraseAt(text, noun, from, out)) return;
  if (!m || read === void 0) {
    const bare = BARE.exec(text.slice(from, from + 80));
    const quoted = bare?.[2] !== void 0 || bare?.[0].includes("<") === true;
    const value2 = bare?.[2] !== void 0 ? bare[2] : withoutClosingPunctuation(bare?.[3] ?? "");
    const close = (bare?.[1] ?? "").length;
    const start = from + (bare?.[0].length ?? 0) - (bare?.[2] !== void 0 ? (bare?.[2] ?? "").length + close : (bare?.[3] ?? "").length);
    if (bare && bareCredential(value2, quoted || noun === "identified by")) out.push(proseMatch(noun, start, value2));
    return;
  }
  const value = m[2] !== void 0 ? withoutClosingPunctuation(read.slice(0, NEXT_PARAMETER.exec(read)?.index)) : read;
  if (m[3] !== void 0 ? !machineMade(value) : !acceptProse(value, m[1] !== void 0)) return;
  out.push(proseMatch(noun, from + (m[1] !== void 0 ? m[0].lastIndexOf(read) : m[0].length - read.length), value));
}
var PASSPHRASE_NOUNS = /* @__PURE__ */ new Set(["password", "passphrase", "passcode", "pw", "kennwort", "passwort", "mot de passe"]);
var PASSPHRASE = /^[ \t\w'*-]{0,40}?(?:\b(?:is|was|ist|est)\b|:|=)[ \t]{0,3}(["\u201c\u201e\u00ab][ \u00a0]?)([a-z]{3,12}(?:[ -][a-z]{3,12}){3,7})[ \u00a0]?["\u201c\u201d\u00bb]/;
var PHRASE_STOPWORDS = new Set(
  "the a an and or of to in on at for with as by from is are be was your you my our their his her its it this that these what which who when where how not no any some same please ask enter type use here there example sample placeholder password passphrase secret".split(
    " "
  )
);
var TEXTBOOK_PHRASES = /* @__PURE__ */ new Set(["correct horse battery staple"]);
function passphraseAt(text, noun, from, out) {
  const m = PASSPHRASE.exec(text.slice(from, from + WINDOW5));
  const phrase = m?.[2];
  if (!m || phrase === void 0) return false;
  const words = phrase.split(/[ -]/);
  if (new Set(words).size !== words.length || words.some((w) => PHRASE_STOPWORDS.has(w))) return false;
  if (TEXTBOOK_PHRASES.has(words.join(" ")) || saysFake(phrase)) return false;
  out.push(proseMatch(noun, from + m[0].lastIndexOf(phrase), phrase));
  return true;
}
var PAIR = /(?<![^\s(:"'`[])([A-Za-z0-9._@+\\-]{2,40})[ \t]\/[ \t]([A-Za-z0-9_+=@#$%!*&^~.-]{8,64})(?![A-Za-z0-9_+=@#$%!*&^~-])/y;
var PAIR_NOUNS = [
  "log in",
  "log into",
  "log on",
  "log onto",
  "login",
  "logon",
  "logging in",
  "logging into",
  "logged in",
  "logged into",
  "logged on",
  "logged onto",
  "logging on",
  "logging onto",
  "sign in",
  "sign into",
  "signed into",
  "signin",
  "signed in",
  "account",
  "acct",
  "creds",
  "credentials",
  "user",
  "username",
  "admin",
  "pw",
  "pwd",
  "password",
  "passwd",
  "zugang",
  "zugangsdaten",
  "benutzer",
  "kennwort",
  "passwort",
  "identifiant",
  "identifiants",
  "utilisateur",
  "mot de passe",
  "usuario",
  "acceso",
  "accesos",
  "utente",
  "credenziali"
];
var PAIR_SLASH = " / ";
var PAIR_REACH = 100;
function findSlashPairs(text, nounsAt) {
  if (nounsAt(PAIR_SLASH).length === 0) return [];
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  for (const noun of PAIR_NOUNS) {
    for (const nounAt of nounsAt(noun)) {
      const from = nounAt + noun.length;
      if (!wholeWord(text, nounAt, from)) continue;
      const window = text.slice(from, from + PAIR_REACH + 3);
      for (let i = window.indexOf(" / "); i !== -1; i = window.indexOf(" / ", i + 3)) {
        const slash = from + i;
        if (seen.has(slash)) continue;
        const pair = slashPairAt(text, slash);
        if (pair === void 0 || pair.userAt < from || countNewlines(text, from, pair.userAt) > 1) continue;
        seen.add(slash);
        if (pair.match) out.push(pair.match);
      }
    }
  }
  return out;
}
var countNewlines = (text, from, to) => {
  let n = 0;
  for (let at = text.indexOf("\n", from); at !== -1 && at < to; at = text.indexOf("\n", at + 1)) n++;
  return n;
};
function slashPairAt(text, slash) {
  let at = slash;
  while (at > 0 && slash - at <= 40 && /[A-Za-z0-9._@+\\-]/.test(text[at - 1] ?? "")) at--;
  if (at === slash) return void 0;
  PAIR.lastIndex = at;
  const m = PAIR.exec(text);
  if (!m || m.index !== at) return { userAt: at };
  const value = withoutClosingPunctuation(m[2] ?? "");
  const user = m[1] ?? "";
  if (/^[A-Z]/.test(user) && !/[0-9_.@\\]/.test(user)) return { userAt: at };
  if (!pairPassword(value) || value === user) return { userAt: at };
  return { userAt: at, match: proseMatch("login", at + m[0].length - (m[2] ?? "").length, value) };
}
function pairPassword(value) {
  if (LEET_PASSWORD.test(value)) return false;
  if (!value.includes(".")) return humanPassword(value);
  if (/\.[a-z]{2,4}$|^v?[0-9]+\.[0-9]/i.test(value) || !/[^A-Za-z0-9.]/.test(value)) return false;
  return humanPassword(value.replace(/\./g, "_"));
}
function translatedPasswordLabel(text, noun, from, out) {
  const label2 = LABEL_OPERATOR.exec(text.slice(from, from + 8));
  const read = label2 ? readValue(text, from + label2[0].length) : void 0;
  const whole = read && withAmpersand(text, "password", read);
  if (!whole || whole.text === "") return false;
  const value = whole.quoted ? whole : { ...whole, text: withoutSentenceEnd(whole.text) };
  if (!whole.quoted && PAIR_AFTER.test(text.slice(whole.start + whole.text.length, whole.start + whole.text.length + 3)))
    return false;
  if (!keyedSecret("password", value)) return false;
  out.push(proseMatch(noun, value.start, value.text));
  return true;
}
var proseMatch = (noun, start, value) => ({
  rule: "secrets.credential-in-prose",
  kind: "generic-secret",
  start,
  end: start + value.length,
  redacted: `${noun}: ${maskSecret("generic-secret")}`
});
function bareCredential(value, placed = false) {
  if (value.length < 8 || isPlaceholderValue(value) || saysFake(value)) return false;
  if (machineMade(value) || humanPassword(value)) return true;
  if (placed && charClasses(value) === 3 && !/[./]/.test(value)) return true;
  return charClasses(value) === 3 && digitChanges(value) >= 3 || randomCase(value);
}
var digitChanges = (value) => {
  let changes = 0;
  for (let i = 1; i < value.length; i++) if (/[0-9]/.test(value[i - 1] ?? "") !== /[0-9]/.test(value[i] ?? "")) changes++;
  return changes;
};
function humanPassword(value) {
  if (value.length < 8 || value.length > 64 || /[./\s]/.test(value) || isPlaceholderValue(value) || saysFake(value)) return false;
  return /[A-Za-z]/.test(value) && /[0-9]/.test(value) && /[A-Za-z0-9][^A-Za-z0-9]+[A-Za-z0-9]/.test(value) && charClasses(value) + Number(/[^A-Za-z0-9]/.test(value)) >= 3;
}
function withoutClosingPunctuation(value) {
  let end = value.length;
  while (end > 0 && ".!,;:".includes(value[end - 1] ?? "")) end--;
  return value.slice(0, end);
}
var FIELD_NAME = /^[a-z]+(?:[-_][a-z]+)*$/i;
var CREDENTIAL_WORD = /pass|pwd|token|secret|key/i;
function acceptProse(value, quoted) {
  if (/^https?:|^\$|^%|^\{/.test(value)) return false;
  if (FIELD_NAME.test(value) && CREDENTIAL_WORD.test(value)) return false;
  const shaped = quoted ? (
    // A plain lower-case word needs some length to be more than a name (`pyne`, `guest`).
    /^[a-z]+$/.test(value) ? value.length >= 8 && new Set(value).size >= 5 : new Set(value.toLowerCase()).size >= 4
  ) : (
    // Unquoted: a machine-made token (random letters too: `JxAHKfLoWZPF…`), or a password as people make them (`Xk29fLq8Wz7`: upper
    // case, lower case and digits, no dots or slashes, so no version, file name or path).
    looksRandom(value) || randomCase(value) || value.length <= 40 && charClasses(value) === 3 && !/[./]/.test(value)
  );
  return shaped && !isPlaceholderValue(value) && !saysFake(value);
}
function findFlagSecrets(text) {
  const out = [];
  for (let at = text.indexOf("--"); at !== -1; at = text.indexOf("--", at + 2)) {
    if (at > 0 && !isBlank(text.charCodeAt(at - 1)) && text[at - 1] !== "\n") continue;
    const flag = FLAG.exec(text.slice(at, at + 50));
    if (!flag) continue;
    const value = readValue(text, at + flag[0].length);
    const match2 = value && value.text.length > 0 && !value.text.startsWith("-") ? keyedSecret(flag[1] ?? "", value) : void 0;
    if (match2) out.push({ ...match2, rule: "secrets.cli-flag" });
  }
  return out;
}

// src/core/detect/url-query.ts
function queryPairs(url) {
  const q = url.indexOf("?");
  if (q < 0) return [];
  return url.slice(q + 1).split(/[&;#]/).map((pair) => {
    const eq = pair.indexOf("=");
    return eq < 0 ? ["", pair] : [pair.slice(0, eq).toLowerCase(), pair.slice(eq + 1)];
  });
}
var valueOf = (pairs, name) => pairs.find(([n]) => n === name)?.[1];
function decodeSafe(value) {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
function azureSasScope(pairs) {
  if (["sr", "sp", "ss", "srt"].some((name) => pairs.filter(([n]) => n === name).length > 1)) return "wider";
  const sr = valueOf(pairs, "sr");
  const sp = decodeSafe(valueOf(pairs, "sp") ?? "");
  const account = valueOf(pairs, "ss") !== void 0 || valueOf(pairs, "srt") !== void 0;
  return !account && (sr === "b" || sr === "f") && sp === "r" ? "one-file-read" : "wider";
}

// src/core/detect/secrets/provider-patterns.ts
var prefixOf = (re) => (value) => re.exec(value)?.[0] ?? "";
var randomEnough = (min) => (value) => !looksFake(value) && charClasses(value) >= 2 && shannonEntropy(value) >= min;
var randomHexHead = (value) => !looksFake(value.slice(0, 32)) && shannonEntropy(value.slice(0, 32)) >= 3.2;
var PROVIDER_PATTERNS = [
  {
    kind: "aws-access-key",
    regex: /(?<![A-Za-z0-9])(?:AKIA|ASIA|ABIA|ACCA|A3T[A-Z0-9])[A-Z0-9]{16}(?![A-Za-z0-9])/g,
    prefix: (v) => v.slice(0, 4),
    accept: (v) => !looksFake(v.slice(4))
  },
  {
    kind: "github-token",
    regex: /(?<![A-Za-z0-9_])(?:gh[pousr]_[A-Za-z0-9]{36,251}|github_pat_[A-Za-z0-9_]{40,255})(?![A-Za-z0-9_])/g,
    prefix: prefixOf(/^(?:github_pat_|gh[pousr]_)/),
    accept: (v) => randomEnough(3.5)(v.replace(/^(?:github_pat_|gh[pousr]_)/, ""))
  },
  {
    kind: "anthropic-api-key",
    hint: "sk-ant-",
    regex: /(?<![A-Za-z0-9_-])sk-ant-[A-Za-z0-9_-]{32,300}(?![A-Za-z0-9_-])/g,
    prefix: () => "sk-ant-",
    accept: (v) => randomEnough(3.5)(v.slice(7))
  },
  {
    kind: "openai-api-key",
    hint: "sk-",
    regex: /(?<![A-Za-z0-9_-])sk-(?!ant-)(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{20,300}(?![A-Za-z0-9_-])/g,
    prefix: prefixOf(/^sk-(?:proj-|svcacct-|admin-)?/),
    accept: (v) => randomEnough(3.5)(v.replace(/^sk-(?:proj-|svcacct-|admin-)?/, ""))
  },
  {
    kind: "google-api-key",
    hint: "AIza",
    regex: /(?<![A-Za-z0-9_-])AIza[A-Za-z0-9_-]{35}(?![A-Za-z0-9_-])/g,
    prefix: () => "AIza",
    accept: (v) => randomEnough(3.5)(v.slice(4))
  },
  {
    kind: "slack-token",
    regex: /(?<![A-Za-z0-9-])(?:xox[abprs]|xapp)-[A-Za-z0-9-]{10,250}(?![A-Za-z0-9-])/g,
    prefix: prefixOf(/^(?:xox[abprs]|xapp)-/),
    accept: (v) => /\d/.test(v) && randomEnough(3)(v.slice(v.lastIndexOf("-") + 1))
  },
  {
    kind: "slack-webhook",
    hint: "hooks.slack.com",
    regex: /https:\/\/hooks\.slack\.com\/(?:services|workflows|triggers)\/[A-Za-z0-9_/]{20,200}/g,
    prefix: () => "https://hooks.slack.com/",
    accept: (v) => !looksFake(v.slice(29))
  },
  {
    kind: "stripe-secret-key",
    hint: "_live_",
    regex: /(?<![A-Za-z0-9_])(?:sk|rk)_live_[A-Za-z0-9]{20,250}(?![A-Za-z0-9_])/g,
    prefix: (v) => v.slice(0, 8),
    accept: (v) => randomEnough(3.5)(v.slice(8))
  },
  {
    kind: "twilio-api-key",
    regex: /(?<![A-Za-z0-9])SK[0-9a-fA-F]{32}(?![A-Za-z0-9])/g,
    prefix: () => "SK",
    accept: (v) => !looksFake(v.slice(2)) && shannonEntropy(v.slice(2)) >= 3
  },
  {
    kind: "twilio-account-sid",
    hint: "AC",
    regex: /(?<![A-Za-z0-9])AC[0-9a-f]{32}(?![A-Za-z0-9])/g,
    prefix: () => "AC",
    accept: (v) => !looksFake(v.slice(2)) && shannonEntropy(v.slice(2)) >= 3
  },
  {
    // `<bot id>:<35 characters>`, the secret half starting with `A` (gitleaks asks for a
    // "telegr…" key; the shape alone is distinctive enough for prose and logs).
    kind: "telegram-bot-api-token",
    hint: ":A",
    // Also inside Bot API URLs: `https://api.telegram.org/bot<token>/sendMessage`.
    regex: /(?:(?<=\/bot)|(?<![A-Za-z0-9_:-]))[0-9]{5,16}:A[A-Za-z0-9_-]{34}(?![A-Za-z0-9_-])/g,
    prefix: () => "",
    accept: (v) => randomEnough(3.5)(v.slice(v.indexOf(":") + 1))
  },
  {
    // `<base64 user id>.<timestamp>.<hmac>`: the first part decodes to a numeric id, so it
    // starts with M, N or O then D, T, j or z (base64 of two digits; also a cheap first test),
    // or (a token retyped or made up for a note) is as random as the hmac. Other first
    // characters: findLooseDiscordTokens, when the text names Discord or a bot token.
    kind: "discord-bot-token",
    regex: /(?<![A-Za-z0-9_.-])[MNO][DTjz][A-Za-z0-9_-]{21,26}\.[A-Za-z0-9_-]{6,7}\.[A-Za-z0-9_-]{27,40}(?![A-Za-z0-9_.-])/g,
    prefix: () => "",
    accept: discordToken
  },
  {
    kind: "discord-webhook",
    hint: "discord",
    regex: /https:\/\/(?:ptb\.|canary\.)?discord(?:app)?\.com\/api\/(?:v[0-9]{1,2}\/)?webhooks\/[0-9]{17,20}\/[A-Za-z0-9_-]{60,70}/g,
    prefix: () => "https://discord",
    accept: (v) => randomEnough(3.5)(v.slice(v.lastIndexOf("/") + 1))
  },
  {
    // Old (outlook.office.com/webhook) and current (<tenant>.webhook.office.com/webhookb2) hosts.
    kind: "microsoft-teams-webhook",
    hint: "IncomingWebhook",
    regex: /https:\/\/(?:[a-z0-9-]{1,60}\.webhook\.office\.com\/webhookb2|outlook\.office(?:365)?\.com\/webhook)\/[0-9a-f-]{36}@[0-9a-f-]{36}\/IncomingWebhook\/[A-Za-z0-9]{32}\/[0-9a-f-]{36}(?:\/[A-Za-z0-9_-]{10,80})?/g,
    prefix: () => "https://",
    accept: (v) => !looksFake(v.slice(v.indexOf("IncomingWebhook/") + 16))
  },
  {
    // Feishu / Lark custom bot webhooks: the hook id alone lets anyone post to the group.
    kind: "lark-webhook",
    hint: "/open-apis/bot/v2/hook/",
    regex: /https:\/\/open\.(?:feishu\.cn|larksuite\.com)\/open-apis\/bot\/v2\/hook\/[A-Za-z0-9-]{20,64}/g,
    prefix: () => "https://open.",
    accept: (v) => !looksFake(v.slice(v.lastIndexOf("/") + 1))
  },
  {
    kind: "webex-webhook",
    hint: "webexapis.com/v1/webhooks/incoming/",
    regex: /https:\/\/webexapis\.com\/v1\/webhooks\/incoming\/[A-Za-z0-9_-]{40,200}/g,
    prefix: () => "https://webexapis.com/",
    accept: (v) => !looksFake(v.slice(v.lastIndexOf("/") + 1))
  },
  {
    // Self-hosted chat incoming webhooks: Mattermost (`/hooks/<26 lower-case letters and
    // digits>`) and Rocket.Chat (`/hooks/<id>/<token>`), on any host.
    kind: "chat-webhook",
    hint: "/hooks/",
    regex: /https?:\/\/[a-z0-9.-]{1,100}(?::[0-9]{2,5})?\/hooks\/(?:[a-z0-9]{26}|[A-Za-z0-9]{17,24}\/[A-Za-z0-9]{40,60})(?![A-Za-z0-9/_-])/g,
    prefix: () => "https://",
    accept: (v) => {
      const path = v.slice(v.indexOf("/hooks/") + 7);
      return path.includes("/") ? randomEnough(4)(path.slice(path.indexOf("/") + 1)) : randomLowerAlnum(path);
    }
  },
  {
    // `/hooks/catch/<account id>/<hook id>/`: whoever holds the URL can trigger the Zap.
    kind: "zapier-webhook",
    hint: "hooks.zapier.com/hooks/catch/",
    regex: /https:\/\/hooks\.zapier\.com\/hooks\/catch\/[A-Za-z0-9]{4,16}(?:\/[A-Za-z0-9]{4,16})?/g,
    prefix: () => "https://hooks.zapier.com/",
    accept: (v) => !looksFake(v.slice(36)) && /[0-9]/.test(v.slice(36)) && /[a-z]/i.test(v.slice(36))
  },
  {
    // Zoho OAuth access and refresh tokens: `1000.<32 hex>.<32 hex>`.
    kind: "zoho-oauth-token",
    hint: "1000.",
    regex: /(?<![A-Za-z0-9.])1000\.[0-9a-f]{32}\.[0-9a-f]{32}(?![A-Za-z0-9])/g,
    prefix: () => "1000.",
    accept: (v) => !looksFake(v.slice(5)) && shannonEntropy(v.slice(5)) >= 3
  },
  {
    // Salesforce session and access tokens: `<15-18 character org id starting 00D>!<token>`.
    kind: "salesforce-access-token",
    hint: "00D",
    regex: /(?<![A-Za-z0-9])00D[A-Za-z0-9]{12,15}![A-Za-z0-9._]{80,200}(?![A-Za-z0-9._])/g,
    prefix: (v) => v.slice(0, v.indexOf("!") + 1),
    accept: (v) => randomEnough(4)(v.slice(v.indexOf("!") + 1))
  },
  {
    kind: "sendgrid-api-key",
    hint: "SG.",
    regex: /(?<![A-Za-z0-9_.-])SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])/g,
    prefix: () => "SG.",
    accept: (v) => randomEnough(3.5)(v.slice(3))
  },
  {
    kind: "npm-token",
    hint: "npm_",
    regex: /(?<![A-Za-z0-9_])npm_[A-Za-z0-9]{36}(?![A-Za-z0-9_])/g,
    prefix: () => "npm_",
    accept: (v) => randomEnough(3.5)(v.slice(4))
  },
  {
    kind: "azure-storage-key",
    hint: "Key=",
    regex: /(?<=AccountKey=|SharedAccessKey=)[A-Za-z0-9+/]{40,100}={0,2}/g,
    prefix: () => "",
    accept: randomEnough(3.5)
  },
  {
    // Azure shared access signatures (`…?sv=…&sig=<url-encoded base64>`): whoever holds the URL
    // has its access until it expires. The signature is an HMAC-SHA256, so it decodes to exactly
    // 32 bytes; neither gitleaks nor Nosey Parker has a rule for it.
    kind: "azure-sas-token",
    hint: "sig=",
    regex: /(?<=[?&;]sig=)[A-Za-z0-9%+/]{40,80}(?![A-Za-z0-9%+/=])/g,
    prefix: () => "",
    accept: (v) => hmacSha256(v) && randomEnough(4)(v),
    // Read access to one blob or file is a share link (a GPT's logo, an image in a doc): still a
    // credential, but its reach is that file, not an account.
    kindAround: (text, start, end) => azureSasScope(queryPairs(urlAround(text, start, end))) === "one-file-read" ? "azure-sas-read-only" : void 0
  },
  {
    // Braintree gateway access tokens: `access_token$production$<merchant id>$<32 hex>`.
    kind: "braintree-access-token",
    hint: "$production$",
    regex: /access_token\$production\$[0-9a-z]{16}\$[0-9a-f]{32}(?![0-9a-f])/g,
    prefix: () => "access_token$production$",
    accept: (v) => randomEnough(3)(v.slice(v.lastIndexOf("$") + 1))
  },
  {
    // Meta (Facebook, Instagram, WhatsApp) Graph API access tokens: `EAA` and a long random
    // body; gitleaks knows only the Graph API Explorer's `EAACEdEose0cBA` prefix.
    kind: "meta-access-token",
    hint: "EAA",
    regex: /(?<![A-Za-z0-9])EAA[A-Za-z0-9]{100,400}(?![A-Za-z0-9])/g,
    prefix: () => "EAA",
    accept: (v) => randomEnough(4.5)(v.slice(3))
  },
  {
    kind: "huggingface-token",
    hint: "hf_",
    regex: /(?<![A-Za-z0-9_])hf_[A-Za-z0-9]{30,40}(?![A-Za-z0-9_])/g,
    prefix: () => "hf_",
    accept: (v) => randomEnough(3.5)(v.slice(3))
  },
  {
    // Docker Swarm join tokens: `SWMTKN-1-<root CA digest>-<25 base36>` let a node join the
    // swarm. The digest is a SHA-256 in base36, zero-padded to 50 digits, so it starts 0-6.
    kind: "docker-swarm-token",
    hint: "SWMTKN-1-",
    regex: /(?<![A-Za-z0-9_-])SWMTKN-1-[0-6][a-z0-9]{49}-[a-z0-9]{25}(?![A-Za-z0-9_-])/g,
    prefix: () => "SWMTKN-1-",
    accept: (v) => randomEnough(3.5)(v.slice(9).replace("-", ""))
  },
  {
    // Mailgun API keys of the current format: `<32 hex>-<8 hex>-<8 hex>` (the older ones are
    // `key-<32>`, which the generated rules know after the provider's name).
    kind: "mailgun-private-key",
    // The key's tail starts with '-', which the engine finds fast; the pattern's 32 leading hex
    // digits had it try every letter a-f of every text (~60 ms per 10 MB).
    screen: /-[0-9a-f]{8}-[0-9a-f]{8}(?![A-Za-z0-9_-])/,
    regex: /(?<![A-Za-z0-9_-])[0-9a-f]{32}-[0-9a-f]{8}-[0-9a-f]{8}(?![A-Za-z0-9_-])/g,
    prefix: () => "",
    accept: randomHexHead
  },
  {
    // Mailchimp API keys: 32 hex digits and the data centre (`-us12`), distinctive on their own.
    kind: "mailchimp-key",
    hint: "-us",
    regex: /(?<![A-Za-z0-9_-])[0-9a-f]{32}-us[0-9]{1,2}(?![A-Za-z0-9_-])/g,
    prefix: () => "",
    accept: randomHexHead
  },
  {
    // Akamai EdgeGrid client and access tokens: `akab-<16>-<16>` (lower case and digits).
    kind: "akamai-edgegrid-token",
    hint: "akab-",
    regex: /(?<![A-Za-z0-9_-])akab-[a-z0-9]{16}-[a-z0-9]{16}(?![A-Za-z0-9_-])/g,
    prefix: () => "akab-",
    accept: (v) => randomEnough(3.5)(v.slice(5).replace("-", ""))
  },
  {
    // Facebook app access tokens: `<app id>|<app secret or its hash>`; either grants the app's API access.
    kind: "facebook-app-token",
    hint: "|",
    regex: /(?<![0-9A-Za-z_|-])[0-9]{15,16}\|(?:[A-Za-z0-9_-]{27}|[0-9a-f]{32})(?![A-Za-z0-9_|-])/g,
    prefix: (v) => v.slice(0, v.indexOf("|") + 1),
    accept: (v) => randomEnough(3.5)(v.slice(v.indexOf("|") + 1))
  },
  {
    // X (Twitter) app-only bearer tokens: 21 `A`s (the encoded app id), often URL-encoded (`%2B`, `%3D`).
    kind: "x-app-bearer-token",
    hint: "AAAAAAAAAAAAAAAAAAAAA",
    regex: /(?<![A-Za-z0-9%+/=])AAAAAAAAAAAAAAAAAAAAA[A-Za-z0-9%+/=]{40,200}(?![A-Za-z0-9%+/=])/g,
    prefix: twitterBearerHead,
    accept: (v) => randomEnough(4)(v.slice(twitterBearerHead(v).length).replace(/%[0-9A-F]{2}/g, ""))
  },
  {
    // Postman collection access tokens: `PMAT-` and a 26-character ULID.
    kind: "postman-access-token",
    hint: "PMAT-",
    regex: /(?<![A-Za-z0-9_-])PMAT-[0-9A-Z]{26}(?![A-Za-z0-9_-])/g,
    prefix: () => "PMAT-",
    accept: (v) => randomEnough(3.5)(v.slice(5))
  },
  {
    // Heroku API keys carrying the `HRKU-` prefix before a UUID (the newer `HRKU-AA…` is generated from gitleaks).
    kind: "heroku-prefixed-api-key",
    hint: "HRKU-",
    regex: /(?<![A-Za-z0-9_-])HRKU-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?![A-Za-z0-9_-])/g,
    prefix: () => "HRKU-",
    accept: (v) => !looksFake(v.slice(5).replace(/-/g, "")) && shannonEntropy(v.slice(5).replace(/-/g, "")) >= 3.2
  },
  {
    // New Relic browser (ingest) API keys: `NRJS-` and 19 hex digits, distinctive on their own.
    kind: "new-relic-browser-key",
    hint: "NRJS-",
    regex: /(?<![A-Za-z0-9_-])NRJS-[0-9a-f]{19}(?![A-Za-z0-9_-])/g,
    prefix: () => "NRJS-",
    accept: (v) => !looksFake(v.slice(5)) && shannonEntropy(v.slice(5)) >= 3
  },
  {
    // NATS nkey seeds (private keys): `S`, the key type, `A`, then 55 base32 characters.
    kind: "nats-nkey-seed",
    regex: /(?<![A-Za-z0-9])S[UOANCPX]A[A-Z2-7]{55}(?![A-Za-z0-9])/g,
    prefix: (v) => v.slice(0, 2),
    accept: (v) => randomEnough(3.8)(v.slice(3))
  },
  {
    // Google OAuth 2.0 refresh tokens: `1//0` and a long base64url body.
    kind: "google-oauth-refresh-token",
    hint: "1//0",
    regex: /(?<![A-Za-z0-9_/-])1\/\/0[A-Za-z0-9_-]{40,300}(?![A-Za-z0-9_-])/g,
    prefix: () => "1//0",
    accept: (v) => randomEnough(4)(v.slice(4))
  },
  {
    // 1Password service account tokens: `ops_eyJ` and base64 of JSON, standard or URL-safe alphabet.
    kind: "1password-service-account",
    hint: "ops_eyJ",
    regex: /(?<![A-Za-z0-9_])ops_eyJ[A-Za-z0-9+/_-]{250,5000}={0,3}(?![A-Za-z0-9+/_=-])/g,
    prefix: () => "ops_",
    accept: (v) => randomEnough(4.5)(v.slice(4))
  },
  {
    // LangSmith API keys: `lsv2_pt_` (personal) or `lsv2_sk_` (service), 32 hex digits, `_`, 10 hex digits.
    kind: "langsmith-api-key",
    hint: "lsv2_",
    regex: /(?<![A-Za-z0-9_])lsv2_(?:pt|sk)_[0-9a-f]{32}_[0-9a-f]{10}(?![A-Za-z0-9_])/g,
    prefix: (v) => v.slice(0, 8),
    accept: (v) => !looksFake(v.slice(8, 40)) && shannonEntropy(v.slice(8, 40)) >= 3.2
  },
  {
    // PyPI API tokens are macaroons: `pypi-AgE`, base64 of the issuing host (pypi.org:
    // `AgEIcHlwaS5vcmc`, TestPyPI: `AgENdGVzdC5weXBpLm9yZw`) and the caveats. The generated
    // gitleaks rule (pypi-upload-token) knows pypi.org's only, and keeps those.
    kind: "pypi-api-token",
    hint: "pypi-AgE",
    regex: /(?<![A-Za-z0-9_-])pypi-AgE(?!IcHlwaS5vcmc)[A-Za-z0-9_-]{70,1000}(?![A-Za-z0-9_-])/g,
    prefix: () => "pypi-",
    accept: (v) => randomEnough(3.5)(v.slice(8))
  },
  {
    // Instagram (Basic Display) user access tokens: `IGQVJ` and 150 or more base64url characters.
    kind: "instagram-access-token",
    hint: "IGQVJ",
    regex: /(?<![A-Za-z0-9_-])IGQVJ[A-Za-z0-9_-]{100,400}(?![A-Za-z0-9_-])/g,
    prefix: () => "IGQVJ",
    accept: (v) => randomEnough(3.5)(v.slice(5))
  },
  {
    kind: "jwt",
    hint: "eyJ",
    regex: /(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{5,1000}\.eyJ[A-Za-z0-9_-]{5,8000}\.[A-Za-z0-9_-]{10,2000}(?![A-Za-z0-9_-])/g,
    prefix: () => "eyJ",
    // Not a documented example token (jwt.io's "John Doe", "foo": "bar"): see isExampleJwt.
    // A header that does not decode (a token retyped, truncated or made up for a note) still
    // counts when header and signature are random: `eyJ….eyJ….<signature>` is a JWT's shape only.
    accept: (v) => (isJwtHeader(v) || randomJwtParts(v)) && !isExampleJwt(v)
  }
];
function twitterBearerHead(value) {
  let end = 21;
  while (value[end] === "A") end++;
  const second = value.indexOf("AAAA", end);
  if (second !== -1 && second - end <= 12) {
    end = second;
    while (value[end] === "A") end++;
  }
  return value.slice(0, end);
}
function discordToken(v) {
  const first = v.slice(0, v.indexOf("."));
  if (!randomEnough(3.5)(v.slice(v.lastIndexOf(".") + 1))) return false;
  return isBase64Digits(first) || charClasses(first) === 3 && randomEnough(3.5)(first);
}
var DISCORD_NOUNS = ["discord", "bot token", "bot_token", "bot-token"];
var LOOSE_DISCORD = /(?<![A-Za-z0-9_.-])[A-Za-z0-9_-]{23,28}\.[A-Za-z0-9_-]{6,7}\.[A-Za-z0-9_-]{27,40}(?![A-Za-z0-9_.-])/g;
function findLooseDiscordTokens(text, nounsAt) {
  if (DISCORD_NOUNS.every((noun) => nounsAt(noun).length === 0)) return [];
  const out = [];
  for (const m of matchesOf(LOOSE_DISCORD, text)) {
    if (!discordToken(m[0])) continue;
    out.push({
      rule: "secrets.discord-bot-token",
      kind: "discord-bot-token",
      start: m.index,
      end: m.index + m[0].length,
      redacted: maskSecret("discord-bot-token", "")
    });
  }
  return out;
}
function isBase64Digits(part) {
  try {
    return /^[0-9]{17,20}$/.test(atob(part.replace(/-/g, "+").replace(/_/g, "/")));
  } catch {
    return false;
  }
}
var URL_END = /[\s"'<>()[\]{}`\\]/;
function urlAround(text, start, end) {
  let from = start;
  while (from > 0 && start - from < 4096 && !URL_END.test(text[from - 1])) from--;
  let to = end;
  while (to < text.length && to - end < 4096 && !URL_END.test(text[to])) to++;
  return text.slice(from, to);
}
function hmacSha256(value) {
  try {
    return atob(decodeURIComponent(value)).length === 32;
  } catch {
    return false;
  }
}
function randomJwtParts(value) {
  const parts = value.split(".");
  const header = parts[0] ?? "";
  const signature = parts[2] ?? "";
  return header.length >= 16 && signature.length >= 16 && randomEnough(3.5)(header.slice(3)) && randomEnough(3.5)(signature);
}
function isJwtHeader(value) {
  const header = value.slice(0, value.indexOf("."));
  try {
    const decoded = atob(header.replace(/-/g, "+").replace(/_/g, "/"));
    return /"(?:alg|typ|kid)"/.test(decoded);
  } catch {
    return false;
  }
}

// src/core/detect/secrets/keywords.ts
var ALL2 = [
  .../* @__PURE__ */ new Set([
    ...GITLEAKS_RULES.flatMap((r) => r.keywords),
    ...NOSEYPARKER_RULES.flatMap((r) => r.keywords),
    ...KINGFISHER_RULES.flatMap((r) => r.keywords),
    ...PROSE_NOUNS,
    ...LOGIN_NOUNS,
    ...PAIR_NOUNS,
    PAIR_SLASH,
    ...DISCORD_NOUNS,
    ...NEARBY_NOUNS,
    ...NAME_NOUNS
  ])
];
var INDEX2 = new KeywordIndex(ALL2);
var ID = new Map(ALL2.map((k, i) => [k, i]));
var keywordId = (keyword) => ID.get(keyword) ?? -1;
function findKeywords(text) {
  const occurrences = INDEX2.occurrences(text);
  let any = false;
  for (let id = 0; id < occurrences.length && !any; id++) any = occurrences[id] !== void 0;
  return { at: (keyword) => occurrences[ID.get(keyword) ?? -1] ?? [], atId: (id) => occurrences[id], any };
}

// src/core/detect/secrets/gitleaks.ts
var OPERATOR_WINDOW = 40;
var SECRET_WINDOW = 512;
function indexRules(rules, windowed) {
  const rulesOf = /* @__PURE__ */ new Map();
  rules.forEach((rule, i) => {
    for (const k of rule.keywords) rulesOf.set(k, [...rulesOf.get(k) ?? [], i]);
  });
  return { rules, rulesOf: [...rulesOf].map(([k, indices]) => [keywordId(k), indices]), windowed };
}
var GITLEAKS = indexRules(GITLEAKS_RULES, false);
var NOSEYPARKER = indexRules(NOSEYPARKER_RULES, true);
var KINGFISHER = indexRules(KINGFISHER_RULES, true);
function findGitleaksSecrets(text, keywords = findKeywords(text)) {
  return findGeneratedSecrets(text, GITLEAKS, keywords);
}
function findNoseyParkerSecrets(text, keywords = findKeywords(text)) {
  return findGeneratedSecrets(text, NOSEYPARKER, keywords);
}
function findKingfisherSecrets(text, keywords = findKeywords(text)) {
  return findGeneratedSecrets(text, KINGFISHER, keywords);
}
function findGeneratedSecrets(text, { rules: ruleSet, rulesOf, windowed }, keywords) {
  if (!keywords.any) return [];
  const starts = /* @__PURE__ */ new Map();
  const copies = /* @__PURE__ */ new Map();
  for (const [keyword, rules] of rulesOf) {
    const positions = keywords.atId(keyword);
    if (positions === void 0) continue;
    for (const rule of rules) {
      const list = starts.get(rule);
      if (list === void 0) {
        starts.set(rule, positions);
        continue;
      }
      let copy = copies.get(rule);
      if (copy === void 0) {
        copy = [...list];
        copies.set(rule, copy);
        starts.set(rule, copy);
      }
      copy.push(...positions);
    }
  }
  const out = [];
  const windowsOf = /* @__PURE__ */ new Map();
  const sortedOf = /* @__PURE__ */ new Map();
  const whole = [[0, text.length]];
  for (const [ruleIndex, positions] of starts) {
    const rule = ruleSet[ruleIndex];
    const ordered = () => getOrSet(sortedOf, positions, () => [...new Set(positions)].sort((a, b) => a - b));
    for (const pattern of rule.tokens) {
      if (pattern.anchored === true) {
        out.push(...anchoredMatches(text, rule, pattern, ordered()));
        continue;
      }
      const spans = windowed ? getOrSet(windowsOf, positions, () => windowsAround(text, positions)) : whole;
      for (const [from, to] of spans) out.push(...tokenMatches(text, rule, pattern, positions, from, to));
    }
    if (rule.keyed.length === 0) continue;
    for (const pattern of rule.keyed) out.push(...keyedMatches(text, rule, pattern, ordered()));
  }
  return out;
}
var KEYWORD_REACH = 200;
var WINDOW_REACH = 512;
var EDGE_SLACK = 96;
function windowsAround(text, positions) {
  const out = [];
  for (const at of [...positions].sort((a, b) => a - b)) {
    let from = Math.max(0, at - WINDOW_REACH);
    let to = Math.min(text.length, at + WINDOW_REACH);
    for (let n = 0; n < EDGE_SLACK && from > 0 && !isBlankOrBreak(text.charCodeAt(from - 1)); n++) from--;
    for (let n = 0; n < EDGE_SLACK && to < text.length && !isBlankOrBreak(text.charCodeAt(to)); n++) to++;
    const last = out[out.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else out.push([from, to]);
  }
  return out;
}
var isBlankOrBreak = (c) => c === 32 || c === 9 || c === 10 || c === 13;
function tokenMatches(text, rule, pattern, keywordsAt, from, to) {
  const out = [];
  const window = from === 0 && to === text.length ? text : text.slice(from, to);
  for (const hit of matchesOf(pattern.regex, window)) {
    const m = Object.assign(hit, { index: hit.index + from });
    const near = (at) => at >= m.index - KEYWORD_REACH && at <= m.index + m[0].length + KEYWORD_REACH;
    if (!keywordsAt.some(near)) continue;
    const group = secretGroup(m, pattern.group);
    const secret = m[group] ?? "";
    if (secret === "") continue;
    const start = m.index + (group === 0 ? 0 : m[0].indexOf(secret));
    const match2 = accept2(rule, secret, m[0]) ? found(rule, secret, start) : void 0;
    if (match2) out.push(match2);
  }
  return out;
}
function anchoredMatches(text, rule, pattern, positions) {
  const out = [];
  let covered = -1;
  for (const at of positions) {
    if (at < covered) continue;
    pattern.regex.lastIndex = at;
    const m = pattern.regex.exec(text);
    if (!m) continue;
    covered = at + m[0].length;
    const group = secretGroup(m, pattern.group);
    const secret = m[group] ?? "";
    if (secret === "") continue;
    const start = at + (group === 0 ? 0 : m[0].indexOf(secret));
    if (accept2(rule, secret, m[0])) out.push(found(rule, secret, start));
  }
  return out;
}
function keyedMatches(text, rule, pattern, positions) {
  const out = [];
  let covered = -1;
  for (const at of positions) {
    if (at < covered) continue;
    pattern.identifier.lastIndex = at;
    const identifier = pattern.identifier.exec(text);
    if (!identifier) continue;
    const afterIdentifier = at + identifier[0].length;
    const operator = GITLEAKS_KEYED_OPERATOR.exec(text.slice(afterIdentifier, afterIdentifier + OPERATOR_WINDOW));
    if (!operator) continue;
    const secretAt = afterIdentifier + operator[0].length;
    const window = text.slice(secretAt, secretAt + SECRET_WINDOW);
    const secretMatch = pattern.secret.exec(window);
    if (!secretMatch || secretMatch[0].length === window.length && secretAt + window.length < text.length) continue;
    const secret = secretMatch[0];
    const match2 = accept2(rule, secret, text.slice(at, secretAt + secret.length)) ? found(rule, secret, secretAt) : void 0;
    if (match2) {
      out.push(match2);
      covered = match2.end;
    }
  }
  return out;
}
function secretGroup(m, group) {
  if (group >= 0) return group;
  for (let i = 1; i < m.length; i++) if (m[i]) return i;
  return 0;
}
function accept2(rule, secret, whole) {
  if (rule.entropy > 0 && shannonEntropy(secret) < rule.entropy) return false;
  if (rule.allow.some((re) => re.test(secret)) || rule.allowMatch.some((re) => re.test(whole))) return false;
  if (GITLEAKS_GLOBAL_ALLOW.some((re) => re.test(secret))) return false;
  const lower = secret.toLowerCase();
  if (rule.stopwords.some((w) => lower.includes(w)) || GITLEAKS_GLOBAL_STOPWORDS.some((w) => lower.includes(w))) return false;
  if (rule.madeValue === true && !madeByMachine(secret)) return false;
  if (secret.includes("://") && hasPlaceholderUserinfo(secret)) return false;
  return !looksFake(secret.slice(rule.prefixLength));
}
function found(rule, secret, start) {
  return {
    rule: `secrets.${rule.id}`,
    kind: rule.id,
    start,
    end: start + secret.length,
    redacted: maskSecret(rule.id, secret.slice(0, rule.prefixLength))
  };
}

// src/core/detect/secrets/markup-credentials.ts
var MAX_ELEMENT = 300;
var TAG = /^<([A-Za-z][\w.:-]{0,60})(?:[ \t][^<>\n]{0,120})?>/;
function findMarkupCredentials(text) {
  return [...findNamedValues(text, 'key="'), ...findNamedValues(text, 'name="'), ...findElements(text)];
}
function findNamedValues(text, attribute) {
  const out = [];
  for (let at = text.indexOf(attribute); at !== -1; at = text.indexOf(attribute, at + attribute.length)) {
    if (/\w/.test(text[at - 1] ?? " ")) continue;
    const key = readValue(text, at + attribute.length - 1);
    if (!key) continue;
    const after = key.start + key.text.length;
    const rest = /^"[ \t]+value=/.exec(text.slice(after, after + 20));
    const value = rest ? readValue(text, after + rest[0].length) : elementText(text, after);
    const found2 = value && keyedSecret(key.text, value);
    if (found2) out.push(found2);
  }
  return out;
}
function elementText(text, after) {
  const open = /^"[^<>\n]{0,80}>/.exec(text.slice(after, after + 82));
  if (!open) return void 0;
  const start = after + open[0].length;
  const inner = text.slice(start, start + MAX_ELEMENT);
  const end = inner.indexOf("</");
  if (end < 1 || /[<>\n]/.test(inner.slice(0, end))) return void 0;
  const value = inner.slice(0, end);
  const lead = value.length - value.trimStart().length;
  return { text: value.trim(), start: start + lead, quoted: true };
}
function findElements(text) {
  const out = [];
  for (let at = text.indexOf("<"); at !== -1; at = text.indexOf("<", at + 1)) {
    const first = text.charCodeAt(at + 1) | 32;
    if (first < 97 || first > 122) continue;
    const tag = TAG.exec(text.slice(at, at + 190));
    if (!tag) continue;
    const name = tag[1] ?? "";
    if (!namesCredential(name)) continue;
    const start = at + tag[0].length;
    const close = text.slice(start, start + MAX_ELEMENT + name.length + 3).indexOf(`</${name}>`);
    if (close === -1) continue;
    const inner = text.slice(start, start + close);
    if (/[<\n]/.test(inner.trim())) continue;
    const lead = inner.length - inner.trimStart().length;
    const found2 = keyedSecret(name, { text: inner.trim(), start: start + lead, quoted: true });
    if (found2) out.push(found2);
  }
  return out;
}
var judged = /* @__PURE__ */ new Map();
function namesCredential(name) {
  let verdict = judged.get(name);
  if (verdict === void 0) {
    if (judged.size > 2e3) judged.clear();
    verdict = keyStrength(name) !== void 0;
    judged.set(name, verdict);
  }
  return verdict;
}

// src/core/detect/secrets/token-runs.ts
function visitTokenRuns(text, isTokenChar4, minRun, visit) {
  let i = minRun - 1;
  while (i < text.length) {
    if (!isTokenChar4(text.charCodeAt(i))) {
      i += minRun;
      continue;
    }
    let start = i;
    while (start > 0 && isTokenChar4(text.charCodeAt(start - 1))) start--;
    let end = i + 1;
    while (end < text.length && isTokenChar4(text.charCodeAt(end))) end++;
    i = visit(start, end, i) + minRun;
  }
}

// src/core/detect/secrets/prefixed-token.ts
var MIN_RUN2 = 28;
var MAX_RUN = 200;
var SHAPE = /^((?:[a-z][a-z0-9]{1,9}|[A-Z][A-Z0-9]{1,9})(?:[_.-][a-z0-9]{2,9}){0,2}[_.-])([A-Za-z0-9_-]{24,150})$/;
var isTokenChar2 = (c) => c >= 48 && c <= 57 || c >= 65 && c <= 90 || c >= 97 && c <= 122 || c === 95 || c === 45 || c === 46;
function findPrefixedTokens(text) {
  const out = [];
  visitTokenRuns(text, isTokenChar2, MIN_RUN2, (start, end) => {
    if (end - start >= MIN_RUN2 && end - start <= MAX_RUN) {
      const m = SHAPE.exec(text.slice(start, end));
      if (m && !OBJECT_ID.has((m[1] ?? "").slice(0, -1).toLowerCase()) && randomBody(m[2] ?? "") && !saysFake(m[0])) {
        const prefix = m[1] ?? "";
        out.push({
          rule: "secrets.prefixed-token",
          kind: "prefixed-token",
          start,
          end,
          redacted: maskSecret("prefixed-token", prefix)
        });
      }
    }
    return end;
  });
  return out;
}
var WORDLIKE = /^(?:[A-Z]?[a-z]{2,}|[A-Z]?[a-z]+(?:[A-Z][a-z]+)+)$/;
var OBJECT_ID = /* @__PURE__ */ new Set([
  "sha",
  "sha1",
  "sha256",
  "sha384",
  "sha512",
  "md5",
  "hash",
  "id",
  "uuid",
  "guid",
  "commit",
  "rev",
  "build",
  "chatcmpl",
  "cmpl",
  "file",
  "msg",
  "run",
  "asst",
  "thread",
  "call",
  "toolu",
  "req",
  "resp",
  "batch",
  "ft",
  "vs",
  "evt",
  "org",
  "user",
  "cus",
  "pi",
  "ch",
  "txn",
  "sub",
  "prod",
  "price",
  "step",
  "modr",
  "img"
]);
function randomBody(body) {
  const count = (re) => body.match(re)?.length ?? 0;
  if (body.split(/[_-]/).filter((segment) => WORDLIKE.test(segment)).length >= 2 || looksFake(body)) return false;
  const entropy = shannonEntropy(body);
  if (count(/[A-Z]/g) >= 2 && count(/[a-z]/g) >= 2 && count(/[0-9]/g) >= 2) return entropy >= 4;
  if (/^[0-9a-f]{32,}$|^[0-9A-F]{32,}$/.test(body)) return count(/[0-9]/g) >= 4 && count(/[a-fA-F]/g) >= 4 && entropy >= 3.4;
  if (/^[0-9A-Z]{24,}$/.test(body)) return count(/[0-9]/g) >= 3 && count(/[A-Z]/g) >= 6 && entropy >= 3.9;
  if (/^[0-9a-z]{24,}$/.test(body)) return randomLowerAlnum(body);
  return /^[A-Za-z0-9]+$/.test(body) && count(/[0-9]/g) <= 1 && caseFlips(body) >= body.length / 3 && entropy >= 4.2;
}

// src/core/detect/secrets/private-key.ts
var HEADER = /-----BEGIN (?:[A-Z0-9]{1,20} ){0,4}PRIVATE KEY(?: BLOCK)?-----/y;
var MAX_BLOCK = 16384;
var MIN_BODY = 40;
var BODY_CHAR = /[A-Za-z0-9+/=\s\\:-]/;
function findPrivateKeys(text) {
  const out = [];
  const footers = new NextIndex(text, "-----END ");
  let from = 0;
  for (let at = text.indexOf("-----BEGIN ", from); at !== -1; at = text.indexOf("-----BEGIN ", from)) {
    HEADER.lastIndex = at;
    const header = HEADER.exec(text);
    if (!header) {
      from = at + 1;
      continue;
    }
    const bodyStart = at + header[0].length;
    const end = blockEnd(text, bodyStart, footers.after(bodyStart));
    const block = text.slice(bodyStart, end);
    const footer = block.lastIndexOf("-----END ");
    const body = footer >= 0 && !block.includes("\n", footer) ? block.slice(0, footer) : block;
    if (isRealBody(body)) {
      out.push({
        rule: "secrets.private-key",
        kind: "private-key",
        start: at,
        end,
        redacted: maskSecret("private-key", "-----BEGIN ")
      });
    }
    from = Math.max(end, at + 1);
  }
  return out;
}
function blockEnd(text, bodyStart, footer) {
  if (footer !== -1 && footer - bodyStart <= MAX_BLOCK) {
    const close = text.indexOf("-----", footer + 9);
    return close !== -1 && close - footer < 100 ? close + 5 : footer + 9;
  }
  let end = bodyStart;
  const limit2 = Math.min(text.length, bodyStart + MAX_BLOCK);
  while (end < limit2 && BODY_CHAR.test(text[end] ?? "")) end++;
  return end;
}
function isRealBody(body) {
  const compact2 = body.replace(/\\n|\\r|\s/g, "");
  return compact2.replace(/[^A-Za-z0-9+/]/g, "").length >= MIN_BODY && !isPlaceholderValue(compact2);
}
var NextIndex = class {
  constructor(text, needle) {
    this.text = text;
    this.needle = needle;
  }
  text;
  needle;
  found = -2;
  after(pos) {
    if (this.found === -1) return -1;
    if (this.found < pos) this.found = this.text.indexOf(this.needle, pos);
    return this.found;
  }
};
var PRIVATE_MEMBER = /"(d|k)"[ \t\r\n]{0,8}:[ \t\r\n]{0,8}"([A-Za-z0-9_-]{16,4096})"/g;
var JWK_WINDOW = 8192;
function findJsonWebKeys(text) {
  const out = [];
  const opens = new NextIndex(text, "{");
  const closes = new NextIndex(text, "}");
  let open = -1;
  let seenOpen = -1;
  let readUntil = -1;
  for (let at = text.indexOf('"kty"'); at !== -1; at = text.indexOf('"kty"', at + 5)) {
    for (let next = opens.after(open + 1); next !== -1 && next < at; next = opens.after(next + 1)) open = next;
    if (at < readUntil) continue;
    const fragment = open === -1 || open < readUntil || at - open > JWK_WINDOW;
    if (!fragment && open === seenOpen) continue;
    const from = fragment ? at : open;
    if (!fragment) seenOpen = open;
    const close = closes.after(at);
    const nextOpen = fragment ? opens.after(at) : -1;
    const bound = Math.min(close === -1 ? text.length : close, nextOpen === -1 ? text.length : nextOpen);
    const end = Math.min(bound, from + JWK_WINDOW, text.length);
    readUntil = end;
    const object = text.slice(from, end);
    if (!fragment && object.indexOf("{", 1) !== -1) continue;
    PRIVATE_MEMBER.lastIndex = 0;
    for (let m = PRIVATE_MEMBER.exec(object); m !== null; m = PRIVATE_MEMBER.exec(object)) {
      const value = m[2] ?? "";
      if (isPlaceholderValue(value) || new Set(value).size < 8) continue;
      const start = from + m.index + m[0].length - value.length - 1;
      out.push({
        rule: "secrets.private-key",
        kind: "private-key",
        start,
        end: start + value.length,
        redacted: `"${m[1]}": ${maskSecret("private-key")}`
      });
    }
  }
  return out;
}

// src/core/detect/secrets/public-ids.ts
var PUBLIC_IDS = [
  // Google OAuth client ids (`<project number>-<32>.apps.googleusercontent.com`), shipped in web pages.
  { hint: ".apps.googleusercontent.com", pattern: /\b[0-9]{6,20}-[a-z0-9_]{32}\.apps\.googleusercontent\.com\b/g },
  // Stripe publishable keys, made to be embedded in the browser (the secret ones are `sk_`/`rk_`):
  // mixed-case base62. Courier's secret keys share the prefix but are upper case and digits only.
  { hint: "pk_", pattern: /\bpk_(?:live|test)_(?=[A-Za-z0-9]*[a-z])(?=[A-Za-z0-9]*[A-Z])[A-Za-z0-9]{10,247}\b/g },
  // Domain-ownership tokens (`google-site-verification=…`, `atlassian-domain-verification=…`),
  // published in DNS TXT records and HTML meta tags for anyone to read.
  { hint: "-verification=", pattern: /\b[a-z0-9]{2,30}(?:-[a-z0-9]{2,30})?-(?:site|domain)-verification=[A-Za-z0-9_-]{10,100}/g },
  // Ethereum-style account and contract addresses (20 bytes): public by design; a private key is 32.
  { hint: "0x", pattern: /\b0x[0-9a-fA-F]{40}\b/g }
];
var REACH = 300;
function insidePublicId(text, start, end) {
  const from = Math.max(0, start - REACH);
  const window = text.slice(from, end + REACH);
  return PUBLIC_IDS.some(({ hint, pattern }) => {
    if (!window.includes(hint)) return false;
    for (const m of matchesOf(pattern, window)) {
      const idStart = from + m.index;
      if (idStart <= start && end <= idStart + m[0].length) return true;
    }
    return false;
  });
}
var PUBLISHED_SAMPLE = /\b(?:public|published|documented|well[- ]known|official|docs'?|documentation(?:'s)?|tutorial(?:'s)?|quickstart(?:'s)?)[ \t]+(?:[a-z]+[ \t]+)?(?:sample|example|demo|dummy|test)[ \t]+(?:api[ \t]+|secret[ \t]+|access[ \t]+)?(?:key|token|secret|credential|password)s?\b|\b(?:sample|example|demo|dummy)[ \t]+(?:api[ \t]+|secret[ \t]+|access[ \t]+)?(?:key|token|secret|credential)s?[ \t]+(?:from|in|of|used[ \t]+in)[ \t]+(?:the[ \t]+|their[ \t]+|its[ \t]+)?(?:[a-z][\w.-]{0,30}(?:'s)?[ \t]+)?(?:official[ \t]+)?(?:docs|documentation|tutorial|quickstart|readme|api[ \t]+reference)\b/i;
var SAMPLE_REACH = 200;
var SAMPLE_WORD = /sample|example|demo|dummy|test/i;
var mentionsSample = (text, found2) => found2.length > 0 && SAMPLE_WORD.test(text);
var SENTENCE_END = /[.!?][ \t]+(?=[A-Z])/g;
function publishedSample(text, start, end) {
  const wideBefore = text.slice(Math.max(0, start - SAMPLE_REACH), start);
  const wideAfter = text.slice(end, end + SAMPLE_REACH);
  const before = wideBefore.slice(wideBefore.lastIndexOf("\n") + 1);
  const newline = wideAfter.indexOf("\n");
  const after = newline === -1 ? wideAfter : wideAfter.slice(0, newline);
  if (!SAMPLE_WORD.test(before) && !SAMPLE_WORD.test(after)) return false;
  let from = 0;
  for (const m of matchesOf(SENTENCE_END, before)) from = m.index + m[0].length;
  const stop = matchesOf(SENTENCE_END, after).next().value;
  return PUBLISHED_SAMPLE.test(`${before.slice(from)} ${after.slice(0, stop?.index ?? after.length)}`);
}

// src/core/detect/secrets/service-token.ts
var MIN_RUN3 = 20;
var MAX_RUN2 = 160;
var NAME_BEFORE = /(?:^|[\s"'`({[,;])([A-Za-z][A-Za-z0-9_-]{2,30})(?:[ \t]{1,4}|[ \t]*[:=][ \t]*)["'`]?$/;
var NOT_A_SERVICE = /* @__PURE__ */ new Set([
  ...[
    "sha",
    "sha1",
    "sha256",
    "sha384",
    "sha512",
    "md5",
    "hash",
    "hashes",
    "checksum",
    "digest",
    "integrity",
    "fingerprint",
    "signature",
    "sig"
  ],
  ...[
    "commit",
    "revision",
    "rev",
    "ref",
    "tag",
    "version",
    "build",
    "release",
    "etag",
    "id",
    "ids",
    "uuid",
    "guid",
    "oid",
    "nonce",
    "salt",
    "seed"
  ],
  ...[
    "iv",
    "trace",
    "span",
    "request",
    "correlation",
    "session",
    "state",
    "code",
    "data",
    "base64",
    "hex",
    "blob",
    "tree",
    "object",
    "cid",
    "ipfs"
  ],
  ...[
    "url",
    "uri",
    "path",
    "file",
    "image",
    "src",
    "href",
    "name",
    "key",
    "the",
    "and",
    "with",
    "from",
    "into",
    "for",
    "was",
    "are",
    "see",
    "use",
    "run"
  ]
]);
var ABOUT_NO_SECRET = /sha\d|md5|hash|digest|checksum|commit|rev|version|release|build|public|^pub|fingerprint|integrity|signature|nonce|uuid|guid/i;
var CREDENTIAL_NOUN = /key|token|secret|pass|pwd|auth|cred/i;
var UUID2 = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
var isTokenChar3 = (c) => c >= 48 && c <= 57 || c >= 65 && c <= 90 || c >= 97 && c <= 122 || c === 95 || c === 45 || c === 43 || c === 47;
function findServiceTokens(text) {
  const out = [];
  visitTokenRuns(text, isTokenChar3, MIN_RUN3, (start, runEnd, probe) => {
    let end = runEnd;
    while (end < text.length && end - probe < MAX_RUN2 && text[end] === "=") end++;
    const value = text.slice(start, end);
    const dotted = text[end] === "." && /[A-Za-z0-9]/.test(text[end + 1] ?? "");
    if (value.length >= MIN_RUN3 && value.length <= MAX_RUN2 && !dotted && text[start - 1] !== "." && stronglyRandom(value)) {
      const name = NAME_BEFORE.exec(text.slice(Math.max(0, start - 40), start))?.[1];
      if (name && serviceName(name)) {
        out.push({
          rule: "secrets.service-token",
          kind: "generic-secret",
          start,
          end,
          redacted: `${name} ${maskSecret("generic-secret")}`
        });
      }
    }
    return end;
  });
  return out;
}
function serviceName(name) {
  if (NOT_A_SERVICE.has(name.toLowerCase()) || /^[0-9_-]|[_-]$/.test(name) || ABOUT_NO_SECRET.test(name)) return false;
  return !CREDENTIAL_NOUN.test(name) || keyStrength(name) !== void 0;
}
function stronglyRandom(value) {
  if (!/[0-9]/.test(value) || !/[A-Za-z]/.test(value) || UUID2.test(value) || /^https?:|\/\//.test(value)) return false;
  if (isPlaceholderValue(value) || saysFake(value) || /(.)\1{3}/.test(value)) return false;
  if (value.split(/[/_-]/).some((segment) => /^[a-z]{4,}$/i.test(segment) && caseFlips(segment) < 2)) return false;
  if (/^[0-9a-f]+$/i.test(value)) return value.length >= 32 && shannonEntropy(value) >= 3.5;
  if (/^[0-9a-z]+$/.test(value)) return randomLowerAlnum(value);
  if (wordsCover(value) >= value.length / 2) return false;
  return shannonEntropy(value) >= 4;
}
function wordsCover(value) {
  let covered = 0;
  for (const m of matchesOf(/[A-Z]?[a-z]{3,}/g, value)) covered += m[0].length;
  return covered;
}

// src/core/detect/secrets/table-credentials.ts
function isSeparatorRow(line) {
  const row = line.trim().replace(/^\|/, "").replace(/\|$/, "");
  const cells = row.split("|");
  return cells.length >= 2 && cells.every((cell) => /^:?-{3,}:?$/.test(cell.trim()));
}
var WRAPPED2 = /^(`+|\*{1,3}|_{1,3})([^`*_\s](?:.*[^`*_\s])?)\1$/;
function cellsOf(line, offset) {
  const cells = [];
  const trimmed = line.trimEnd();
  let from = trimmed.indexOf("|") === trimmed.search(/\S/) ? trimmed.indexOf("|") + 1 : 0;
  for (; ; ) {
    const bar = trimmed.indexOf("|", from);
    const end = bar === -1 ? trimmed.length : bar;
    const raw = trimmed.slice(from, end);
    const lead = raw.length - raw.trimStart().length;
    if (bar !== -1 || raw.trim() !== "") cells.push({ text: raw.trim(), start: offset + from + lead });
    if (bar === -1) break;
    from = bar + 1;
  }
  if (cells.length > 0 && cells[cells.length - 1]?.text === "" && trimmed.endsWith("|")) cells.pop();
  return cells;
}
var unwrap = (cell) => WRAPPED2.exec(cell)?.[2] ?? cell;
function findTableCredentials(text) {
  const out = [];
  for (let dashes = text.indexOf("---"); dashes !== -1; ) {
    const lineStart = text.lastIndexOf("\n", dashes) + 1;
    const lineEnd2 = endOfLine(text, dashes);
    dashes = text.indexOf("---", lineEnd2);
    if (lineStart === 0 || !isSeparatorRow(text.slice(lineStart, lineEnd2))) continue;
    const headerStart = text.lastIndexOf("\n", lineStart - 2) + 1;
    const headerLine = text.slice(headerStart, lineStart - 1);
    if (!headerLine.includes("|")) continue;
    const header = cellsOf(headerLine, headerStart);
    const columns = header.flatMap((cell, index) => isSecretKey(unwrap(cell.text)) ? [index] : []);
    if (columns.length === 0) continue;
    for (let rowStart = lineEnd2 + 1; rowStart < text.length; ) {
      const rowEnd = endOfLine(text, rowStart);
      const row = text.slice(rowStart, rowEnd);
      if (!row.includes("|") || isSeparatorRow(text.slice(rowEnd + 1, endOfLine(text, rowEnd + 1)))) break;
      const cells = cellsOf(row, rowStart);
      for (const column of columns) {
        const cell = cells[column];
        if (!cell || cell.text === "" || /\s/.test(cell.text)) continue;
        const wrapped = WRAPPED2.exec(cell.text);
        const value = wrapped ? { text: wrapped[2] ?? "", start: cell.start + (wrapped[1] ?? "").length, quoted: false } : { text: cell.text, start: cell.start, quoted: false };
        const match2 = keyedSecret(unwrap(header[column]?.text ?? ""), value);
        if (match2) out.push(match2);
      }
      rowStart = rowEnd + 1;
    }
  }
  return out;
}
function endOfLine(text, from) {
  const end = text.indexOf("\n", from);
  return end === -1 ? text.length : end;
}

// src/core/detect/secrets/find-secrets.ts
function findSecrets(raw) {
  const text = withoutTerminalEscapes(raw);
  const provider = findProviderTokens(text);
  const accessKeys = provider.filter((m) => m.kind === "aws-access-key");
  const keywords = findKeywords(text);
  const specific = [
    ...provider,
    ...findLooseDiscordTokens(text, keywords.at).filter(unclaimedBy(provider)),
    ...findAwsSecretKeys(text, accessKeys),
    ...findPrivateKeys(text),
    ...findJsonWebKeys(text)
  ];
  const named = [...specific, ...findGitleaksSecrets(text, keywords).filter(unclaimedBy(specific))];
  const byContext = [
    ...findCredentialedUrls(text),
    ...findGenericAssignments(text),
    ...findCallArguments(text),
    ...findFlagSecrets(text),
    ...findCliCredentials(text, keywords.at),
    ...findCredentialCalls(text, keywords.at("password")),
    ...findMarkupCredentials(text),
    ...findTableCredentials(text),
    ...findProseCredentials(text, keywords.at),
    ...findSlashPairs(text, keywords.at),
    ...findNearbyTokens(text, keywords.at)
  ];
  const fromNoseyParker = findNoseyParkerSecrets(text, keywords).filter(unclaimedBy([...named, ...byContext]));
  const claimed = [...named, ...fromNoseyParker];
  const broadest = [...findNamedTokens(text, keywords.at), ...findServiceTokens(text), ...findPrefixedTokens(text)].filter(
    unclaimedBy(claimed)
  );
  const fromKingfisher = findKingfisherSecrets(text, keywords).filter(
    unclaimedBy([...named, ...byContext, ...fromNoseyParker, ...broadest])
  );
  const all = [...named, ...byContext, ...fromNoseyParker, ...broadest, ...fromKingfisher];
  const kept = all.filter((m) => !insidePlaceholder(text, m.start, m.end) && !insidePublicId(text, m.start, m.end));
  return resolveOverlaps(mentionsSample(text, kept) ? kept.filter((m) => !publishedSample(text, m.start, m.end)) : kept);
}
var TERMINAL_ESCAPE = /(?:\x1b|\[U\+001B\])\[[0-9;?]{0,32}[A-Za-z]/g;
var withoutTerminalEscapes = (raw) => raw.includes("\x1B") || raw.includes("[U+001B]") ? raw.replace(TERMINAL_ESCAPE, (escape) => " ".repeat(escape.length)) : raw;
var unclaimedBy = (claimed) => (m) => !claimed.some((s) => s.start < m.end && m.start < s.end);
var HINTS = [
  ...new Set(PROVIDER_PATTERNS.flatMap((p) => p.hint !== void 0 && /^[\x20-\x7e]+$/.test(p.hint) ? [p.hint] : []))
];
var HINT_INDEX = new KeywordIndex(HINTS, { exactCase: true });
var HINT_ID = PROVIDER_PATTERNS.map((p) => p.hint === void 0 ? -1 : HINTS.indexOf(p.hint));
function findProviderTokens(text) {
  const out = [];
  const hinted = new Uint8Array(HINTS.length);
  HINT_INDEX.markPresent(text, hinted);
  for (let i = 0; i < PROVIDER_PATTERNS.length; i++) {
    const pattern = PROVIDER_PATTERNS[i];
    const hint = HINT_ID[i];
    if (hint >= 0 ? hinted[hint] === 0 : pattern.hint !== void 0 && !text.includes(pattern.hint)) continue;
    if (pattern.screen !== void 0 && !pattern.screen.test(text)) continue;
    for (const m of matchesOf(pattern.regex, text)) {
      const value = m[0];
      const prefix = pattern.prefix(value);
      if (looksFake(value.slice(prefix.length)) || pattern.accept && !pattern.accept(value)) continue;
      const kind = pattern.kindAround?.(text, m.index, m.index + value.length) ?? pattern.kind;
      out.push({
        rule: `secrets.${kind}`,
        kind,
        start: m.index,
        end: m.index + value.length,
        redacted: maskSecret(kind, prefix)
      });
    }
  }
  return out;
}

// src/core/redact/secret-fields.ts
var MAX_VALUE2 = 4e3;
var OPEN = { "[": "]", "{": "}", "(": ")" };
var AUTH_SCHEME2 = /^(?:bearer|basic|token|digest|ssws|apikey)$/i;
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
  if (AUTH_SCHEME2.test(text.slice(at, end)) && text[end] === " ") end = bareEnd(text, end + 1);
  return end > at ? { start: at, end } : null;
}
function closingQuote(text, at) {
  const quote = text[at];
  const limit2 = Math.min(text.length, at + MAX_VALUE2);
  for (let i = at + 1; i < limit2; i++) {
    const c = text[i];
    if (c === "\\") i++;
    else if (c === quote) return i;
    else if (c === "\n") return -1;
  }
  return -1;
}
var lineEnd = (text, at) => {
  const nl = text.indexOf("\n", at);
  return Math.min(nl === -1 ? text.length : nl, at + MAX_VALUE2);
};
function balancedEnd(text, at) {
  const stack = [];
  const limit2 = Math.min(text.length, at + MAX_VALUE2);
  for (let i = at; i < limit2; i++) {
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
  return limit2;
}
function bareEnd(text, at) {
  let i = at;
  const limit2 = Math.min(text.length, at + MAX_VALUE2);
  while (i < limit2) {
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
  const found2 = [
    ...findSecrets(canonical.text),
    ...findPii(canonical.text, options),
    ...options.secretFields ? findSecretFields(canonical.text) : []
  ];
  if (found2.length === 0) return { text, counts };
  const written = resolveOverlaps(found2).map((m) => ({
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

export {
  KeywordIndex,
  phoneRegion,
  findPiiSkippingPlainLines,
  MappedText,
  MappedBuilder,
  then,
  MAY_FOLD,
  matchLayer,
  canonicalString,
  GITLEAKS_RULES,
  KINGFISHER_RULES,
  NOSEYPARKER_RULES,
  queryPairs,
  decodeSafe,
  findSecrets,
  mergeCounts,
  addCount,
  isSecretField,
  isWholePlaceholder,
  redactText
};
