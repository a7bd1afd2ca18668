import { createRequire as __promptopsCreateRequire } from 'node:module';
const require = __promptopsCreateRequire(import.meta.url);

// src/version.ts
var VERSION = "1.0.0";

export {
  VERSION
};
