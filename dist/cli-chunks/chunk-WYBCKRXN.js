import { createRequire as __promptopsCreateRequire } from 'node:module';
const require = __promptopsCreateRequire(import.meta.url);
import {
  redactText
} from "./chunk-CVE6Q7BR.js";

// src/core/report/sanitize.ts
var safe = (text) => redactText(text).text;
var mdInline = (text) => safe(text).replace(/[\\`*_[\]<>|]/g, (c) => `\\${c}`).replace(/\r?\n/g, " ");

export {
  safe,
  mdInline
};
