import { createRequire as __promptopsCreateRequire } from 'node:module';
const require = __promptopsCreateRequire(import.meta.url);

// src/core/text.ts
function trimEndChar(text, char) {
  let end = text.length;
  while (end > 0 && text[end - 1] === char) end--;
  return text.slice(0, end);
}
function* matchesOf(re, text) {
  if (!re.global) throw new TypeError(`matchesOf needs a global regex: /${re.source}/${re.flags}`);
  let index = 0;
  for (; ; ) {
    const saved = re.lastIndex;
    re.lastIndex = index;
    const m = re.exec(text);
    index = re.lastIndex;
    re.lastIndex = saved;
    if (m === null) return;
    if (m[0] === "") index = nextIndex(text, index, re.unicode || re.flags.includes("v"));
    yield m;
  }
}
function nextIndex(text, index, unicode) {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const code = text.charCodeAt(index);
  const next = text.charCodeAt(index + 1);
  return code >= 55296 && code <= 56319 && next >= 56320 && next <= 57343 ? index + 2 : index + 1;
}

// src/core/memo.ts
function getOrSet(map, key, make) {
  const found = map.get(key);
  if (found !== void 0) return found;
  const made = make();
  map.set(key, made);
  return made;
}

export {
  trimEndChar,
  matchesOf,
  getOrSet
};
