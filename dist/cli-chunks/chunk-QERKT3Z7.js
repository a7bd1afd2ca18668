import { createRequire as __promptopsCreateRequire } from 'node:module';
const require = __promptopsCreateRequire(import.meta.url);

// src/core/result.ts
var ok = (value) => ({ ok: true, value });
var err = (error) => ({ ok: false, error });
function unwrap(result) {
  if (result.ok) return result.value;
  throw result.error;
}

export {
  ok,
  err,
  unwrap
};
