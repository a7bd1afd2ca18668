import { createRequire as __promptopsCreateRequire } from 'node:module';
const require = __promptopsCreateRequire(import.meta.url);

// src/core/owners/locate.ts
var CODEOWNERS_PATHS = [".github/CODEOWNERS", "CODEOWNERS", "docs/CODEOWNERS"];
var isCodeownersPath = (path) => CODEOWNERS_PATHS.includes(path);
function pickCodeowners(files) {
  for (const path of CODEOWNERS_PATHS) {
    const text = files[path];
    if (typeof text === "string") return { path, text };
  }
  return null;
}
function codeownersShift(presentAtBase, files) {
  const present = new Set(presentAtBase.filter(isCodeownersPath));
  const before = CODEOWNERS_PATHS.find((p) => present.has(p)) ?? null;
  const written = [];
  for (const f of files) {
    if (f.oldPath !== void 0 && f.oldPath !== f.path && isCodeownersPath(f.oldPath)) present.delete(f.oldPath);
    if (!isCodeownersPath(f.path)) continue;
    if (f.status === "removed") present.delete(f.path);
    else {
      present.add(f.path);
      written.push(f.path);
    }
  }
  const after = CODEOWNERS_PATHS.find((p) => present.has(p)) ?? null;
  const shadowed = after === null ? [] : written.filter((p) => p !== after).map((path) => ({ path, by: after }));
  return { before, after, shadowed };
}

export {
  CODEOWNERS_PATHS,
  pickCodeowners,
  codeownersShift
};
