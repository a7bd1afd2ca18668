import { createRequire as __promptopsCreateRequire } from 'node:module';
const require = __promptopsCreateRequire(import.meta.url);
import {
  scanWitnesses,
  witnessesOn
} from "./chunk-OUQUXF7V.js";
import "./chunk-UKUZRSYM.js";
import {
  clientFromEnv,
  parseRepo
} from "./chunk-GPRBM2HO.js";
import {
  VERSION
} from "./chunk-AYBAV67E.js";
import "./chunk-HWHVFMPW.js";
import "./chunk-Z3D3ZAKT.js";
import "./chunk-K3NDJCBW.js";
import "./chunk-5VG5CH4R.js";
import "./chunk-T36FWCGD.js";
import "./chunk-VYRXPEBS.js";
import "./chunk-CQU3XPPY.js";
import "./chunk-2T6TU6Y3.js";
import "./chunk-R47RDTTV.js";
import {
  UsageError
} from "./chunk-7Z5DEWCI.js";
import "./chunk-L4R2QCBA.js";

// src/cli/audit/verify-remote.ts
async function readRemote(io, options) {
  const token = io.env.GITHUB_TOKEN ?? io.env.GH_TOKEN;
  if (!token) throw new UsageError("--github-repo needs GITHUB_TOKEN (read access to the repository and its checks)");
  const repo = parseRepoArg(options.repo);
  const client = clientFromEnv(io.env, {
    token,
    userAgent: `promptops-cli/${VERSION}`,
    log: { warn: (m) => io.stderr(`${m}
`) }
  });
  const tip = await remoteTip(client, repo, options.branch);
  const appId = options.appId !== void 0 ? { appId: options.appId } : {};
  const direct = options.lastMerge ? await witnessesOn(client, repo, options.lastMerge, options.branch, options.appId) : [];
  const scan = await scanWitnesses(client, repo, options.branch, { ...appId, maxCommits: options.depth, stopAtFirst: false });
  const anchors = distinct([...direct, ...scan.anchors]);
  const searched = `${options.lastMerge ? `merge commit ${options.lastMerge.slice(0, 12)} and ` : ""}${scan.commits} commits of ${scan.ref ?? "the default branch"}`;
  return { tip, anchors, searched, apps: scan.apps };
}
function parseRepoArg(text) {
  try {
    return parseRepo(text);
  } catch (error) {
    throw new UsageError(`--github-repo: ${error.message}`);
  }
}
async function remoteTip(client, repo, branch) {
  try {
    return (await client.rest.git.getRef({ ...repo, ref: `heads/${branch}` })).data.object.sha;
  } catch (error) {
    if (typeof error === "object" && error !== null && "status" in error && error.status === 404) return null;
    throw error;
  }
}
function distinct(anchors) {
  const seen = /* @__PURE__ */ new Map();
  for (const a of anchors) if (!seen.has(a.checkpoint)) seen.set(a.checkpoint, a);
  return [...seen.values()];
}
export {
  readRemote
};
