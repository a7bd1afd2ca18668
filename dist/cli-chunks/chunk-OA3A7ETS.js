import { createRequire as __promptopsCreateRequire } from 'node:module';
const require = __promptopsCreateRequire(import.meta.url);
import {
  loadPolicyAt
} from "./chunk-O2F7UFJU.js";
import {
  git,
  readBlobs,
  resolveCommit
} from "./chunk-6VFTQC5U.js";
import {
  decodeText,
  scoreChanges
} from "./chunk-S5TFHBYC.js";
import {
  classifier
} from "./chunk-VZZ6DKHX.js";
import {
  ownersForPaths
} from "./chunk-5XHLHRR3.js";
import {
  unwrap
} from "./chunk-QK6DH36R.js";

// src/adapters/git/change-set.ts
var STATUS = { A: "added", D: "removed", M: "modified", R: "renamed", T: "modified", C: "added" };
async function loadChangeSet(repo, base, head, classify) {
  const mergeBase = (await git(repo, ["merge-base", base, head]).catch(() => base)).trim() || base;
  const raw = await git(repo, ["diff", "--name-status", "-z", "-M", "--no-ext-diff", mergeBase, head]);
  const parts = raw.split("\0");
  const entries = [];
  for (let i = 0; i < parts.length - 1; ) {
    const code = parts[i++];
    const status = STATUS[code[0]] ?? "modified";
    if (code[0] === "R" || code[0] === "C") {
      const oldPath = parts[i++];
      entries.push({ status, path: parts[i++], ...code[0] === "R" ? { oldPath } : {} });
    } else entries.push({ status, path: parts[i++] });
  }
  const wanted = (p) => p !== void 0 && classify.needsContent(p);
  const specs = [];
  for (const e of entries) {
    if (!wanted(e.path) && !wanted(e.oldPath)) continue;
    if (e.status !== "added") specs.push(`${mergeBase}:${e.oldPath ?? e.path}`);
    if (e.status !== "removed") specs.push(`${head}:${e.path}`);
  }
  const blobs = await readBlobs(repo, specs);
  return entries.map((e) => {
    if (!wanted(e.path) && !wanted(e.oldPath)) return { ...e, baseText: null, headText: null };
    const base2 = e.status === "added" ? null : blobs.get(`${mergeBase}:${e.oldPath ?? e.path}`) ?? null;
    const headBlob = e.status === "removed" ? null : blobs.get(`${head}:${e.path}`) ?? null;
    const b = base2 ? decodeText(base2) : { text: null, binary: false };
    const h = headBlob ? decodeText(headBlob) : { text: null, binary: false };
    const missing = e.status !== "added" && base2 === null || e.status !== "removed" && headBlob === null;
    return { ...e, baseText: b.text, headText: h.text, ...b.binary || h.binary ? { binary: true } : {}, ...missing ? { unreadable: "git could not read the blob (submodule, or a path that is not valid UTF-8?)" } : {} };
  });
}

// src/adapters/git/score-revisions.ts
async function scoreRevisions(repo, baseRef, headRef, now, configOverride) {
  const base = await resolveCommit(repo, baseRef);
  const head = await resolveCommit(repo, headRef);
  const policy = await loadPolicyAt(repo, base, configOverride);
  const config = unwrap(policy.config);
  const files = await loadChangeSet(repo, base, head, classifier(config));
  const owners = ownersForPaths(files.map((f) => f.path), policy.codeowners?.text, config.owners);
  const report = scoreChanges({ files, config, ownersOf: (p) => owners[p] ?? [], now });
  return { base, head, config, policy, report };
}

export {
  scoreRevisions
};
