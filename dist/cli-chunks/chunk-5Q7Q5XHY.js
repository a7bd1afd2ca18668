import { createRequire as __promptopsCreateRequire } from 'node:module';
const require = __promptopsCreateRequire(import.meta.url);
import {
  redactText
} from "./chunk-CQU3XPPY.js";

// src/core/report/sanitize.ts
var safe = (text) => redactText(text).text;
function safeOnce() {
  const seen = /* @__PURE__ */ new Map();
  return (text) => {
    let out = seen.get(text);
    if (out === void 0) seen.set(text, out = safe(text));
    return out;
  };
}
var mdInline = (text) => safe(text).replace(/[\\`*_[\]<>|]/g, (c) => `\\${c}`).replace(/\r?\n/g, " ");

export {
  safe,
  safeOnce,
  mdInline
};
