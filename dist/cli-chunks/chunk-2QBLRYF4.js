import { createRequire as __promptopsCreateRequire } from 'node:module';
const require = __promptopsCreateRequire(import.meta.url);

// src/core/memo.ts
function getOrSet(map, key, make) {
  const found = map.get(key);
  if (found !== void 0) return found;
  const made = make();
  map.set(key, made);
  return made;
}

export {
  getOrSet
};
