import { createRequire as __promptopsCreateRequire } from 'node:module';
const require = __promptopsCreateRequire(import.meta.url);
import {
  signerFromEnv,
  slaOutcome
} from "./chunk-2HDAYSFA.js";
import {
  reconcileUsage
} from "./chunk-I5KERNGS.js";
import "./chunk-XK3ZNOOW.js";
import {
  AuditIntegrityError,
  appendWithRetry,
  readRecords
} from "./chunk-B3ZDKVJH.js";
import {
  createGitHubCache,
  decidePull,
  loadBaseConfig
} from "./chunk-CBKBUAJ2.js";
import "./chunk-W47C5LOE.js";
import "./chunk-FOULV4QT.js";
import "./chunk-5Q7Q5XHY.js";
import "./chunk-GVOR2FSO.js";
import "./chunk-AHLCD7QB.js";
import "./chunk-HOS62DYC.js";
import "./chunk-FQS4FOID.js";
import "./chunk-DNWQRJ5V.js";
import "./chunk-NC2XGZVM.js";
import "./chunk-3MLRILW5.js";
import "./chunk-P2FQAF6C.js";
import "./chunk-RDO2QB6W.js";
import "./chunk-XTRQLRQ2.js";
import {
  CONFIG_PATH
} from "./chunk-T6OKS3OG.js";
import "./chunk-A32Z36SF.js";
import {
  parse,
  required
} from "./chunk-625UJJ63.js";
import {
  githubAuditWitness
} from "./chunk-OUQUXF7V.js";
import {
  auditInput,
  idempotencyKey,
  recordIdempotencyKey
} from "./chunk-UKUZRSYM.js";
import {
  clientFromEnv,
  parseRepo
} from "./chunk-GPRBM2HO.js";
import {
  VERSION
} from "./chunk-AYBAV67E.js";
import {
  accuracyMetrics,
  sha256Hex
} from "./chunk-HWHVFMPW.js";
import "./chunk-Z3D3ZAKT.js";
import "./chunk-K3NDJCBW.js";
import "./chunk-5VG5CH4R.js";
import "./chunk-T36FWCGD.js";
import "./chunk-VYRXPEBS.js";
import "./chunk-CQU3XPPY.js";
import "./chunk-2T6TU6Y3.js";
import "./chunk-R47RDTTV.js";
import {
  PromptOpsError,
  UsageError
} from "./chunk-7Z5DEWCI.js";
import "./chunk-L4R2QCBA.js";

// src/adapters/github/tar.ts
import { gunzipSync } from "node:zlib";
var BLOCK = 512;
var MAX_INFLATED = 512 * 1024 * 1024;
var TarError = class extends Error {
  constructor(message) {
    super(`tarball: ${message}`);
    this.name = "TarError";
  }
};
function readTarball(gz) {
  let tar;
  try {
    tar = gunzipSync(gz, { maxOutputLength: MAX_INFLATED });
  } catch (cause) {
    throw new TarError(`not a gzip stream (${cause.message})`);
  }
  return readTar(tar);
}
function readTar(tar) {
  const files = /* @__PURE__ */ new Map();
  let offset = 0;
  let longName = null;
  while (offset + BLOCK <= tar.length) {
    const header = tar.subarray(offset, offset + BLOCK);
    if (isZeroBlock(header)) break;
    if (!checksumOk(header)) throw new TarError(`bad header checksum at offset ${offset}`);
    const size = octal(header.subarray(124, 136));
    const type = String.fromCharCode(header[156] ?? 0);
    const start = offset + BLOCK;
    if (start + size > tar.length) throw new TarError(`entry at offset ${offset} runs past the end`);
    const body = tar.subarray(start, start + size);
    offset = start + Math.ceil(size / BLOCK) * BLOCK;
    if (type === "x") longName = paxPath(body) ?? longName;
    else if (type === "L") longName = cString(body);
    else if (type === "g")
      continue;
    else {
      const name = longName ?? ustarName(header);
      longName = null;
      if (type === "0" || type === "\0" || type === "7") {
        const path = stripFirst(name);
        if (path) files.set(path, Buffer.from(body));
      }
    }
  }
  return files;
}
function isZeroBlock(block) {
  for (const byte of block) if (byte !== 0) return false;
  return true;
}
function checksumOk(header) {
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 32 : header[i] ?? 0;
  return sum === octal(header.subarray(148, 156));
}
function octal(field) {
  const text = cString(field).trim();
  if (text === "") return 0;
  if (!/^[0-7]{1,12}$/.test(text)) throw new TarError(`bad octal field "${text.slice(0, 20)}"`);
  return parseInt(text, 8);
}
function cString(bytes) {
  const nul = bytes.indexOf(0);
  return bytes.subarray(0, nul < 0 ? bytes.length : nul).toString("utf8");
}
function ustarName(header) {
  const name = cString(header.subarray(0, 100));
  const ustar = header.subarray(257, 262).toString("latin1") === "ustar";
  const prefix = ustar ? cString(header.subarray(345, 500)) : "";
  return prefix ? `${prefix}/${name}` : name;
}
function paxPath(body) {
  let at = 0;
  let found = null;
  while (at < body.length) {
    const space = body.indexOf(32, at);
    if (space < 0) break;
    const len = Number(body.subarray(at, space).toString("latin1"));
    if (!Number.isInteger(len) || len <= space - at || at + len > body.length) throw new TarError("bad pax record");
    const record = body.subarray(space + 1, at + len - 1).toString("utf8");
    const eq = record.indexOf("=");
    if (eq > 0 && record.slice(0, eq) === "path") found = record.slice(eq + 1);
    at += len;
  }
  return found;
}
function stripFirst(name) {
  const slash = name.indexOf("/");
  return slash < 0 ? "" : name.slice(slash + 1);
}

// src/adapters/github/audit-store.ts
function githubAuditStore(client, repo, branch) {
  return {
    branch,
    async load() {
      const tip = await readRef(client, repo, branch);
      if (tip === null) return { tip: null, files: {} };
      return { tip, files: await readTree(client, repo, tip) };
    },
    async commit(tip, files, message) {
      const baseTree = tip === null ? null : (await client.rest.git.getCommit({ ...repo, commit_sha: tip })).data.tree.sha;
      const tree = Object.entries(files).map(([path, content]) => ({
        path,
        mode: "100644",
        type: "blob",
        content
      }));
      const { data: newTree } = await client.rest.git.createTree({ ...repo, tree, ...baseTree ? { base_tree: baseTree } : {} });
      const { data: commit } = await client.rest.git.createCommit({
        ...repo,
        message,
        tree: newTree.sha,
        parents: tip ? [tip] : []
      });
      try {
        if (tip === null) await client.rest.git.createRef({ ...repo, ref: `refs/heads/${branch}`, sha: commit.sha });
        else await client.rest.git.updateRef({ ...repo, ref: `heads/${branch}`, sha: commit.sha, force: false });
      } catch (error) {
        if (statusOf(error) === 422) return { ok: false, reason: "conflict" };
        throw error;
      }
      return { ok: true, commit: commit.sha };
    }
  };
}
async function readRef(client, repo, branch) {
  try {
    const { data } = await client.rest.git.getRef({ ...repo, ref: `heads/${branch}` });
    return data.object.sha;
  } catch (error) {
    if (statusOf(error) === 404) return null;
    throw error;
  }
}
async function readTree(client, repo, commit) {
  const response = await client.request("GET /repos/{owner}/{repo}/tarball/{ref}", {
    ...repo,
    ref: commit,
    request: { parseSuccessResponseBody: false }
  });
  const files = readTarball(await toBytes(response.data));
  return Object.fromEntries([...files].map(([path, bytes]) => [path, bytes.toString("utf8")]));
}
async function toBytes(data) {
  if (data instanceof Uint8Array) return data;
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  if (data && typeof data.getReader === "function")
    return new Uint8Array(await new Response(data).arrayBuffer());
  throw new Error("unexpected tarball response (expected bytes)");
}
var statusOf = (error) => error.status;

// src/flows/record-merged.ts
function mergedPullRequest(p) {
  return {
    number: p.number,
    title: p.title,
    author: p.user?.login ?? "",
    htmlUrl: p.html_url,
    headSha: p.head.sha,
    baseSha: p.base.sha,
    mergeCommitSha: p.merge_commit_sha,
    mergedAt: p.merged_at,
    createdAt: p.created_at
  };
}
async function recordMergedPull(client, repo, pull, deps) {
  const base = await preMergeBase(client, repo, pull);
  const decided = await decidePull(client, repo, deps.cache, { ...pull, baseSha: base }, base, deps.now, {
    requireGoverned: true,
    loadFacts: "always"
  });
  if (decided.kind === "ungoverned") return { status: "ungoverned" };
  if (decided.kind === "no-config") return { status: "no-policy", message: `no ${CONFIG_PATH} at ${base}` };
  if (decided.kind === "invalid-config") return { status: "no-policy", message: decided.message };
  if (decided.kind === "incomplete") return { status: "no-policy", message: decided.reason };
  const configDigest = sha256Hex(decided.policy.configText ?? "");
  const sla = slaOutcome(
    decided.report,
    decided.config,
    { author: pull.author, openedAt: pull.createdAt ?? null, mergedAt: pull.mergedAt },
    decided.facts.reviews
  );
  const merged = {
    repository: `${repo.owner}/${repo.repo}`,
    number: pull.number,
    title: pull.title,
    author: pull.author,
    url: pull.htmlUrl,
    base,
    head: pull.headSha,
    mergeCommit: pull.mergeCommitSha,
    mergedAt: pull.mergedAt
  };
  const summaries = deps.evalSummaries ? await deps.evalSummaries(decided.config) : [];
  const metrics = accuracyMetrics(summaries, decided.report.templates);
  const input = auditInput(merged, decided.report, decided.decision, decided.facts.reviews, configDigest, {
    ...sla ? { sla } : {},
    metrics
  });
  const branch = deps.branch ?? decided.config.audit.branch;
  const writer = deps.writer ? await deps.writer() : client;
  const store = githubAuditStore(writer, repo, branch);
  const witness = githubAuditWitness(writer, repo, {
    ...deps.appId !== void 0 ? { appId: deps.appId } : {},
    ...deps.warn ? { warn: deps.warn } : {}
  });
  const key = `${repo.owner}/${repo.repo}#${branch}`;
  try {
    if (deps.append) return await deps.append(key, store, input, witness);
    return await appendWithRetry(store, input, deps.signer, deps.now, {
      serverUrl: deps.serverUrl,
      witness,
      ...deps.warn ? { warn: deps.warn } : {}
    });
  } catch (error) {
    if (error instanceof AuditIntegrityError) await witness.refuse(pull.mergeCommitSha, error.message);
    throw error;
  }
}
async function preMergeBase(client, repo, pull) {
  const { data } = await client.rest.git.getCommit({ ...repo, commit_sha: pull.mergeCommitSha });
  const [first, second] = data.parents;
  return data.parents.length === 2 && first !== void 0 && second?.sha === pull.headSha ? first.sha : pull.baseSha;
}

// src/cli/audit/reconcile.ts
async function auditReconcile(argv, io) {
  const opts = {
    "github-repo": { type: "string" },
    since: { type: "string" },
    branch: { type: "string" },
    "dry-run": { type: "boolean" }
  };
  const { values } = parse(argv, opts, reconcileUsage);
  if (values.help) return io.stdout(`${reconcileUsage}
`), 0;
  const repo = parseRepo(required(values["github-repo"], "--github-repo", reconcileUsage));
  const since = values.since === void 0 ? null : Date.parse(values.since);
  if (Number.isNaN(since)) throw new UsageError(`--since must be a date (got "${values.since}")`);
  const token = io.env.GITHUB_TOKEN ?? io.env.GH_TOKEN;
  if (!token) throw new UsageError("GITHUB_TOKEN is required");
  const client = clientFromEnv(io.env, {
    token,
    userAgent: `promptops-cli/${VERSION}`,
    log: { warn: (m) => io.stderr(`${m}
`) }
  });
  const cache = createGitHubCache();
  const branch = values.branch ?? await defaultAuditBranch(client, repo, cache);
  const { files } = await githubAuditStore(client, repo, branch).load();
  const known = new Set(readRecords(files).map(recordIdempotencyKey));
  const merged = await listMerged(client, repo, since);
  const missing = merged.filter((p) => !known.has(idempotencyKey(`${repo.owner}/${repo.repo}`, p.number, p.mergeCommitSha)));
  const summary = {
    branch,
    alreadyRecorded: merged.length - missing.length,
    recorded: [],
    ungoverned: [],
    notRecorded: []
  };
  if (values["dry-run"])
    return io.stdout(`${JSON.stringify({ ...summary, missing: missing.map((p) => p.number) }, null, 2)}
`), 0;
  for (const pull of missing) {
    const serverUrl = io.env.GITHUB_SERVER_URL ?? new URL(pull.htmlUrl).origin;
    const signer = signerFromEnv(io.env, `${new URL(serverUrl).host}/${repo.owner}/${repo.repo}/promptops-audit`);
    if (!signer)
      throw new PromptOpsError(
        "signing-key",
        "PROMPTOPS_SIGNING_KEY is required: records are signed with the same key as the App"
      );
    try {
      const outcome = await recordMergedPull(client, repo, pull, {
        signer,
        serverUrl,
        now: io.now(),
        cache,
        branch,
        warn: (m) => io.stderr(`${m}
`)
      });
      if (outcome.status === "ungoverned") summary.ungoverned.push(pull.number);
      else if (outcome.status === "no-policy") summary.notRecorded.push({ pr: pull.number, reason: outcome.message });
      else if (outcome.status === "appended") summary.recorded.push({ pr: pull.number, seq: outcome.seq, path: outcome.path });
      else summary.alreadyRecorded++;
    } catch (error) {
      if (error instanceof AuditIntegrityError) {
        summary.refused = error.message;
        break;
      }
      summary.notRecorded.push({ pr: pull.number, reason: error instanceof Error ? error.message : String(error) });
    }
  }
  io.stdout(`${JSON.stringify(summary, null, 2)}
`);
  if (summary.refused) io.stderr(`promptops audit reconcile: ${summary.refused}
`);
  return summary.notRecorded.length > 0 || summary.refused ? 1 : 0;
}
async function defaultAuditBranch(client, repo, cache) {
  const { data } = await client.rest.repos.get({ ...repo });
  const config = await loadBaseConfig(client, repo, cache, data.default_branch);
  return config.ok ? config.value.audit.branch : "promptops-audit";
}
async function listMerged(client, repo, since) {
  const pulls = await client.paginate(
    "GET /repos/{owner}/{repo}/pulls",
    { ...repo, state: "closed", sort: "updated", direction: "desc", per_page: 100 },
    (response, done) => {
      if (since !== null && response.data.some((p) => Date.parse(p.updated_at) < since)) done();
      return response.data;
    }
  );
  return pulls.flatMap(
    (p) => p.merged_at && p.merge_commit_sha && (since === null || Date.parse(p.merged_at) >= since) ? [mergedPullRequest({ ...p, merge_commit_sha: p.merge_commit_sha, merged_at: p.merged_at })] : []
  ).sort((a, b) => Date.parse(a.mergedAt) - Date.parse(b.mergedAt) || a.number - b.number);
}
export {
  auditReconcile
};
