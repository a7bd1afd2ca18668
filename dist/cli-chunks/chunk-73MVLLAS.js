import { createRequire as __promptopsCreateRequire } from 'node:module';
const require = __promptopsCreateRequire(import.meta.url);
import {
  includedChangedFiles
} from "./chunk-KLSKVY7W.js";
import {
  decodeText,
  scoreChanges
} from "./chunk-AQ33D5OS.js";
import {
  classifier
} from "./chunk-7W47HA34.js";
import {
  loadPolicyAt
} from "./chunk-WN3Z32MU.js";
import {
  git,
  readBlobs,
  resolveCommit
} from "./chunk-6VFTQC5U.js";
import {
  ownersForPaths
} from "./chunk-ANY6Q2LC.js";
import {
  unwrap
} from "./chunk-QERKT3Z7.js";

// src/adapters/git/change-set.ts
import { createHash } from "node:crypto";
var STATUS = { A: "added", D: "removed", M: "modified", R: "renamed", T: "modified", C: "added" };
var NO_MODE = "000000";
async function loadChangeSet(repo, base, head, classify) {
  const mergeBase = (await git(repo, ["merge-base", base, head]).catch(() => base)).trim() || base;
  const entries = parseRaw(await git(repo, ["diff", "--raw", "-z", "-M", "--no-abbrev", "--no-ext-diff", mergeBase, head]));
  const included = await includedAt(repo, head, entries, classify);
  const wanted = (e) => classify.needsContent(e.path) || e.oldPath !== void 0 && classify.needsContent(e.oldPath) || included[e.path] !== void 0;
  const specs = [];
  for (const e of entries.filter(wanted)) {
    if (e.status !== "added") specs.push(`${mergeBase}:${e.oldPath ?? e.path}`);
    if (e.status !== "removed") specs.push(`${head}:${e.path}`);
  }
  const blobs = await readBlobs(repo, specs);
  return entries.map((e) => {
    const modes = { ...e.baseMode ? { baseMode: e.baseMode } : {}, ...e.headMode ? { headMode: e.headMode } : {} };
    if (!wanted(e)) return { ...withoutModes(e), ...modes, baseText: null, headText: null };
    const base2 = e.status === "added" ? null : blobs.get(`${mergeBase}:${e.oldPath ?? e.path}`) ?? null;
    const headBlob = e.status === "removed" ? null : blobs.get(`${head}:${e.path}`) ?? null;
    const b = base2 ? decodeText(base2) : { text: null, binary: false };
    const h = headBlob ? decodeText(headBlob) : { text: null, binary: false };
    const missing = e.status !== "added" && base2 === null && e.baseMode !== "160000" || e.status !== "removed" && headBlob === null && e.headMode !== "160000";
    return {
      ...withoutModes(e),
      ...modes,
      baseText: b.text,
      headText: h.text,
      baseDigest: base2 ? sha256(base2) : null,
      headDigest: headBlob ? sha256(headBlob) : null,
      ...b.binary || h.binary ? { binary: true } : {},
      ...missing ? { unreadable: "git could not read the blob (a path that is not valid UTF-8?)" } : {},
      ...included[e.path] ? { includedBy: included[e.path] } : {}
    };
  });
}
function parseRaw(raw) {
  const parts = raw.split("\0");
  const entries = [];
  for (let i = 0; i < parts.length - 1; ) {
    const [oldMode = "", newMode = "", , , code = ""] = parts[i++].replace(/^:/, "").split(" ");
    const status = STATUS[code[0]] ?? "modified";
    const modes = { ...oldMode !== NO_MODE ? { baseMode: oldMode } : {}, ...newMode !== NO_MODE ? { headMode: newMode } : {} };
    if (code[0] === "R" || code[0] === "C") {
      const oldPath = parts[i++];
      entries.push(code[0] === "R" ? { status, path: parts[i++], oldPath, ...modes } : { status, path: parts[i++], ...modes.headMode ? { headMode: modes.headMode } : {} });
    } else entries.push({ status, path: parts[i++], ...modes });
  }
  return entries;
}
async function includedAt(repo, head, entries, classify) {
  const candidates = new Set(entries.filter((e) => e.status !== "removed" && !classify.needsContent(e.path) && !classify.isPolicyFile(e.path)).map((e) => e.path));
  if (candidates.size === 0) return {};
  const paths = (await git(repo, ["ls-tree", "-r", "-z", "--name-only", head])).split("\0").filter(Boolean);
  return includedChangedFiles({
    paths: new Set(paths),
    templates: paths.filter((p) => classify.isTemplate(p)),
    candidates,
    read: async (wanted) => {
      const blobs = await readBlobs(repo, wanted.map((p) => `${head}:${p}`));
      return new Map(wanted.map((p) => [p, decodeText(blobs.get(`${head}:${p}`) ?? new Uint8Array()).text]));
    }
  });
}
var withoutModes = ({ baseMode: _b, headMode: _h, ...rest }) => rest;
var sha256 = (bytes) => createHash("sha256").update(bytes).digest("hex");

// src/adapters/git/score-revisions.ts
async function scoreRevisions(repo, baseRef, headRef, now, configOverride) {
  const base = await resolveCommit(repo, baseRef);
  const head = await resolveCommit(repo, headRef);
  const policy = await loadPolicyAt(repo, base, configOverride);
  const config = unwrap(policy.config);
  const files = await loadChangeSet(repo, base, head, classifier(config));
  const paths = new Set(files.flatMap((f) => [f.path, ...f.oldPath ? [f.oldPath] : [], ...f.includedBy ?? []]));
  const owners = ownersForPaths([...paths], policy.codeowners?.text, config.owners);
  const report = scoreChanges({ files, config, ownersOf: (p) => owners[p] ?? [], now });
  return { base, head, config, policy, report, owners };
}

export {
  scoreRevisions
};
