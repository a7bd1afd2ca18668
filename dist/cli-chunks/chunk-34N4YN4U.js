import { createRequire as __promptopsCreateRequire } from 'node:module';
const require = __promptopsCreateRequire(import.meta.url);
import {
  includedChangedFiles
} from "./chunk-HOS62DYC.js";
import {
  scoreWithModeration
} from "./chunk-CUMEQ3WL.js";
import {
  decodeText,
  includeScanText
} from "./chunk-NC2XGZVM.js";
import {
  classifier
} from "./chunk-P2FQAF6C.js";
import {
  listFiles,
  loadPolicyAt
} from "./chunk-OVJFYKMQ.js";
import {
  gitBytes,
  readBlobs,
  resolveCommit
} from "./chunk-RP5E3GQY.js";
import {
  ownersForPaths
} from "./chunk-RDO2QB6W.js";
import {
  unwrap
} from "./chunk-5VG5CH4R.js";

// src/adapters/git/change-set.ts
import { createHash } from "node:crypto";
var STATUS = { A: "added", D: "removed", M: "modified", R: "renamed", T: "modified", C: "added" };
var ABSENT = /^0+$/;
async function loadChangeSet(repo, base, head, classify) {
  const diff = (range) => gitBytes(repo, ["diff", "--raw", "-z", "-M", "--no-abbrev", "--no-ext-diff", ...range, "--"]);
  const entries = parseRaw(await diff([`${base}...${head}`]).catch(() => diff([base, head])));
  const included = await includedAt(repo, [head, base], entries, classify);
  const wanted = (e) => classify.needsContent(e.path) || e.oldPath !== void 0 && classify.needsContent(e.oldPath) || included[e.path] !== void 0;
  const ids = /* @__PURE__ */ new Set();
  for (const e of entries) {
    if (!wanted(e) || e.lossyPath) continue;
    if (e.baseBlob && e.baseMode !== "160000") ids.add(e.baseBlob);
    if (e.headBlob && e.headMode !== "160000") ids.add(e.headBlob);
  }
  const blobs = await readBlobs(repo, [...ids]);
  return entries.map((entry) => {
    const { baseBlob, headBlob, lossyPath: _lossyPath, ...e } = entry;
    if (!wanted(entry)) return { ...e, baseText: null, headText: null };
    const baseBytes = baseBlob ? blobs.get(baseBlob) ?? null : null;
    const headBytes = headBlob ? blobs.get(headBlob) ?? null : null;
    const b = baseBytes ? decodeText(baseBytes) : { text: null, binary: false };
    const h = headBytes ? decodeText(headBytes) : { text: null, binary: false };
    const missing = e.status !== "added" && baseBytes === null && e.baseMode !== "160000" || e.status !== "removed" && headBytes === null && e.headMode !== "160000";
    return {
      ...e,
      baseText: b.text,
      headText: h.text,
      baseDigest: baseBytes ? sha256(baseBytes) : null,
      headDigest: headBytes ? sha256(headBytes) : null,
      ...b.binary || h.binary ? { binary: true } : {},
      ...missing ? { unreadable: "git could not read the blob (a path that is not valid UTF-8?)" } : {},
      ...included[e.path] ? { includedBy: included[e.path] } : {}
    };
  });
}
var utf8 = new TextDecoder("utf-8", { fatal: true });
var lenient = new TextDecoder("utf-8");
function parseRaw(raw) {
  const parts = [];
  for (let at = 0, nul = raw.indexOf(0); nul !== -1; at = nul + 1, nul = raw.indexOf(0, at)) parts.push(raw.subarray(at, nul));
  const entries = [];
  let cursor = 0;
  const next = () => {
    const part = parts[cursor++];
    if (part === void 0) throw new Error("git diff --raw output ended in the middle of an entry");
    return part;
  };
  let lossy;
  const path = (bytes) => {
    try {
      return utf8.decode(bytes);
    } catch {
      lossy = true;
      return lenient.decode(bytes);
    }
  };
  while (cursor < parts.length) {
    const [oldMode, newMode, oldSha, newSha, code] = next().toString("latin1").replace(/^:/, "").split(" ");
    const letter = code.charAt(0);
    const status = STATUS[letter] ?? "modified";
    lossy = false;
    const blobs = {
      baseBlob: status === "added" || ABSENT.test(oldSha) ? null : oldSha,
      headBlob: status === "removed" || ABSENT.test(newSha) ? null : newSha
    };
    const modes = {
      ...ABSENT.test(oldMode) ? {} : { baseMode: oldMode },
      ...ABSENT.test(newMode) ? {} : { headMode: newMode }
    };
    if (letter === "R" || letter === "C") {
      const oldPath = path(next());
      if (letter === "R") entries.push({ status, path: path(next()), oldPath, ...modes, ...blobs, lossyPath: lossy });
      else
        entries.push({
          status,
          path: path(next()),
          ...modes.headMode ? { headMode: modes.headMode } : {},
          baseBlob: null,
          headBlob: blobs.headBlob,
          lossyPath: lossy
        });
    } else entries.push({ status, path: path(next()), ...modes, ...blobs, lossyPath: lossy });
  }
  return entries;
}
async function includedAt(repo, revisions, entries, classify) {
  const candidates = new Set(
    entries.filter((e) => (e.status === "removed" || !classify.needsContent(e.path)) && !classify.isPolicyFile(e.path)).map((e) => e.path)
  );
  if (candidates.size === 0) return {};
  const out = {};
  for (const revision of new Set(revisions)) {
    const paths = await listFiles(repo, revision);
    const found = await includedChangedFiles({
      paths: new Set(paths),
      templates: paths.filter((p) => classify.isTemplate(p)),
      candidates,
      read: async (wanted) => {
        const blobs = await readBlobs(
          repo,
          wanted.map((p) => `${revision}:${p}`)
        );
        return new Map(wanted.map((p) => [p, includeScanText(blobs.get(`${revision}:${p}`) ?? new Uint8Array())]));
      }
    });
    for (const [path, roots] of Object.entries(found)) for (const root of roots) (out[path] ??= /* @__PURE__ */ new Set()).add(root);
  }
  return Object.fromEntries(Object.entries(out).map(([path, roots]) => [path, [...roots].sort()]));
}
var sha256 = (bytes) => createHash("sha256").update(bytes).digest("hex");

// src/flows/score-revisions.ts
async function scoreRevisions(repo, baseRef, headRef, now, configOverride) {
  const base = await resolveCommit(repo, baseRef);
  const head = await resolveCommit(repo, headRef);
  const policy = await loadPolicyAt(repo, base, configOverride);
  const config = unwrap(policy.config);
  const files = await loadChangeSet(repo, base, head, classifier(config));
  const paths = new Set(files.flatMap((f) => [f.path, ...f.oldPath ? [f.oldPath] : [], ...f.includedBy ?? []]));
  const owners = ownersForPaths([...paths], policy.codeowners?.text, config.owners);
  const report = await scoreWithModeration(
    { files, config, ownersOf: (p) => owners[p] ?? [], now, codeownersAtBase: policy.codeownersPaths },
    { env: process.env }
  );
  return { base, head, config, policy, report, owners };
}

export {
  scoreRevisions
};
