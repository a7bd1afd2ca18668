import { createRequire as __promptopsCreateRequire } from 'node:module';
const require = __promptopsCreateRequire(import.meta.url);
import {
  reconcileUsage,
  recordUsage
} from "./chunk-I5KERNGS.js";
import {
  localAuditStore
} from "./chunk-EEPLFXEN.js";
import {
  readRecords
} from "./chunk-B3ZDKVJH.js";
import {
  readTextArg
} from "./chunk-I3MFYACQ.js";
import {
  gitBytes,
  readBlobs
} from "./chunk-RP5E3GQY.js";
import {
  defaultConfig
} from "./chunk-T6OKS3OG.js";
import "./chunk-A32Z36SF.js";
import {
  absolute,
  oneOf,
  parse,
  str
} from "./chunk-625UJJ63.js";
import {
  RECORD_PATH,
  commitOnlyAdds,
  exportCsv,
  exportJsonl,
  parseRecord,
  publishedVerifierKey,
  verifyLog,
  verifyStatement
} from "./chunk-UKUZRSYM.js";
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

// src/cli/audit/read.ts
import { writeFile } from "node:fs/promises";
var BRANCH = defaultConfig().audit.branch;
async function loadBranch(io, values) {
  const repo = absolute(io.cwd, str(values.repo) ?? ".");
  const store = localAuditStore(repo, str(values.branch) ?? BRANCH);
  const snapshot = await store.load();
  if (snapshot.tip === null) throw new UsageError(`${repo}: no audit branch "${store.branch}" (record a merge first)`);
  return { repo, store, snapshot };
}
var exportUsage = `Usage: promptops audit export --repo DIR --format csv|jsonl [--since DATE] [--until DATE] [--template PATH] [--branch B] [--output FILE]

Exports records for auditors: CSV (RFC 4180, cells guarded against formula injection) or
JSONL (one canonical record per line).`;
async function auditExport(argv, io) {
  const opts = {
    repo: { type: "string" },
    branch: { type: "string" },
    format: { type: "string" },
    since: { type: "string" },
    until: { type: "string" },
    template: { type: "string" },
    output: { type: "string" }
  };
  const { values } = parse(argv, opts, exportUsage);
  if (values.help) return io.stdout(`${exportUsage}
`), 0;
  const format = oneOf(str(values.format), ["csv", "jsonl"], "--format", "jsonl");
  const { snapshot } = await loadBranch(io, values);
  const filter = {
    ...values.since ? { since: values.since } : {},
    ...values.until ? { until: values.until } : {},
    ...values.template ? { template: values.template } : {}
  };
  let text;
  try {
    text = (format === "csv" ? exportCsv : exportJsonl)(readRecords(snapshot.files), filter);
  } catch (error) {
    if (error instanceof RangeError) throw new UsageError(error.message);
    throw error;
  }
  if (values.output) await writeFile(absolute(io.cwd, values.output), text);
  else io.stdout(text);
  return 0;
}
var showUsage = `Usage: promptops audit show --repo DIR [--branch B] (PR-NUMBER | TEMPLATE-PATH)

The history of one pull request or one template, newest last.`;
async function auditShow(argv, io) {
  const { values, positionals } = parse(argv, { repo: { type: "string" }, branch: { type: "string" } }, showUsage);
  if (values.help) return io.stdout(`${showUsage}
`), 0;
  const target = positionals[0];
  if (!target) throw new UsageError(`name a PR number or a template path

${showUsage}`);
  const { snapshot } = await loadBranch(io, values);
  const records = readRecords(snapshot.files).filter(
    (r) => /^#?\d+$/.test(target) ? r.predicate.pr.number === Number(target.replace("#", "")) : r.predicate.templates.some((t) => t.path === target || t.oldPath === target)
  );
  if (records.length === 0) {
    io.stderr(`no records for ${target}
`);
    return 0;
  }
  io.stdout(`${records.map(describe).join("\n")}
`);
  return 0;
}
function describe(r) {
  const p = r.predicate;
  const approvals = p.approvals.filter((a) => a.state === "APPROVED").map((a) => `@${a.reviewer}`).join(", ") || "none";
  return [
    `#${p.seq} ${p.mergedAt} PR #${p.pr.number} "${p.pr.title}" by @${p.pr.author}: ${p.level} (score ${p.score})`,
    `   merge ${p.mergeCommit.slice(0, 12)}, approvals: ${approvals}${p.overrides.length ? `, overrides: ${p.overrides.map((o) => `@${o.by} (${o.reason})`).join("; ")}` : ""}`,
    ...p.templates.map(
      (t) => `   ${t.oldPath ? `${t.oldPath} \u2192 ` : ""}${t.path} ${t.digest ? t.digest.slice(0, 12) : "(removed)"}`
    )
  ].join("\n");
}

// src/cli/audit/verify.ts
import { writeFile as writeFile2 } from "node:fs/promises";

// src/adapters/git/audit-history.ts
var ZERO = /^0+$/;
async function branchChanges(repo, branch) {
  const raw = await gitBytes(repo, [
    "log",
    "--first-parent",
    "--reverse",
    "--no-renames",
    "--raw",
    "--no-abbrev",
    "-z",
    "--format=%x01%H",
    `refs/heads/${branch}`
  ]);
  const commits = parseLog(raw.toString("utf8"));
  const shas = [
    ...new Set(commits.flatMap((c) => c.changes.flatMap((ch) => [ch.before, ch.after]).filter((s) => s !== null)))
  ];
  const blobs = await readBlobs(repo, shas);
  const text = (sha) => sha === null ? void 0 : blobs.get(sha)?.toString("utf8") ?? "";
  return commits.map((commit) => {
    const before = {};
    const after = {};
    for (const change of commit.changes) {
      const old = text(change.before);
      const now = text(change.after);
      if (old !== void 0) before[change.path] = old;
      if (now !== void 0) after[change.path] = now;
    }
    return { sha: commit.sha, before, after };
  });
}
function parseLog(out) {
  return out.split("").filter(Boolean).map((chunk) => {
    const [sha = "", ...rest] = chunk.split("\0");
    const tokens = rest.map((t) => t.replace(/^\n/, ""));
    const changes = [];
    for (let i = 0; i + 1 < tokens.length; i += 2) {
      const [, , before = "", after = ""] = tokens[i].slice(1).split(" ");
      changes.push({
        path: tokens[i + 1],
        before: ZERO.test(before) ? null : before,
        after: ZERO.test(after) ? null : after
      });
    }
    return { sha, changes };
  });
}

// src/cli/audit/key-arg.ts
import { readFile } from "node:fs/promises";
async function readKeyArg(cwd, key) {
  return readFile(absolute(cwd, key), "utf8").then(
    (t) => t.trim(),
    () => key
  );
}

// src/cli/audit/verify.ts
var EXIT_UNANCHORED = 4;
var DEFAULT_DEPTH = 1e3;
var verifyUsage = `Usage: promptops audit verify --repo DIR [--branch B] [--key KEY|FILE] [--checkpoint FILE] [--github-repo OWNER/NAME [--app-id ID] [--witness-depth N]] [--save-checkpoint FILE] [--server-url URL]

Recomputes every record hash, the chain, the Merkle root, the checkpoint signature and every
derived file, and checks that each commit of the branch only added records. Then it says what
that proved. The signature is checked with --key when given, else with the key the branch
itself publishes (trust on first use: a rewrite re-signed with a new key passes that too).
Anchors make the result mean more: --checkpoint (a copy saved earlier, e.g. with
--save-checkpoint) proves the log only grew since; --github-repo reads the App's witness (the
signed checkpoints it publishes as \`promptops/audit\` check runs; GITHUB_TOKEN, GITHUB_API_URL)
from the newest record's merge commit and the default branch's last --witness-depth commits
(default ${DEFAULT_DEPTH}), and proves the branch was not truncated, deleted or re-keyed since;
--app-id counts only that App's check runs. Links in index pages use the server of the records'
PR URLs unless --server-url says otherwise.
Exit 0 intact and anchored; 1 tampering (each problem named); 2 bad usage; ${EXIT_UNANCHORED} intact but not
anchored (no --key, --checkpoint or witness: trust on first use).`;
var OPTIONS = {
  repo: { type: "string" },
  branch: { type: "string" },
  checkpoint: { type: "string" },
  key: { type: "string" },
  "save-checkpoint": { type: "string" },
  "server-url": { type: "string" },
  "github-repo": { type: "string" },
  "app-id": { type: "string" },
  "witness-depth": { type: "string" }
};
async function auditVerify(argv, io) {
  const { values } = parse(argv, OPTIONS, verifyUsage);
  if (values.help) return io.stdout(`${verifyUsage}
`), 0;
  const repo = absolute(io.cwd, str(values.repo) ?? ".");
  const branch = str(values.branch) ?? defaultConfig().audit.branch;
  const { tip, files } = await localAuditStore(repo, branch).load();
  const githubRepo = str(values["github-repo"]);
  if (tip === null && githubRepo === void 0)
    throw new UsageError(`${repo}: no audit branch "${branch}" (record a merge first, or fetch it)`);
  const remote = githubRepo === void 0 ? null : await readRemoteView(io, { repo: githubRepo, branch, lastMerge: newestMergeCommit(files), ...numbers(values) });
  const pinned = values.key ? await readKeyArg(io.cwd, values.key) : null;
  const key = pinned ?? publishedVerifierKey(files);
  const saved = values.checkpoint ? [{ checkpoint: await readTextArg(io.cwd, values.checkpoint), source: `saved checkpoint ${values.checkpoint}` }] : [];
  const anchors = [...saved, ...remote?.anchors ?? []];
  const problems = remote ? remoteProblems(repo, branch, tip, remote) : [];
  let size = 0;
  let root = null;
  if (tip !== null) {
    if (!key) throw new UsageError(`${branch}: no verifier key published in the branch; pass --key`);
    const serverUrl = str(values["server-url"]) ?? serverOf(files);
    const result = verifyLog({ files, verifierKey: key, anchors, ...serverUrl ? { serverUrl } : {} });
    problems.push(...result.problems, ...await historyProblems(repo, branch));
    ({ size, root } = result);
  }
  const facts = {
    size,
    intact: problems.length === 0,
    keyPinned: pinned !== null,
    anchors: anchors.map((a) => a.source),
    witnesses: remote?.anchors.length ?? 0,
    witnessSearch: remote?.searched ?? null
  };
  const statement = verifyStatement(facts);
  const keyInfo = { verifierKey: key, source: pinned ? "pinned (--key)" : "published by the branch (trust on first use)" };
  const witness = remote ? { witness: { searched: remote.searched, checkpoints: remote.anchors.length, apps: remote.apps } } : {};
  const report = {
    ok: problems.length === 0,
    anchored: statement.anchored,
    size,
    root,
    tip,
    key: keyInfo,
    ...witness,
    proved: statement.proved,
    notProved: statement.notProved,
    problems
  };
  io.stdout(`${JSON.stringify(report, null, 2)}
`);
  if (problems.length > 0) {
    io.stderr(`${problems.map((p) => `TAMPERED ${p.kind} ${p.path}: ${p.message}`).join("\n")}
`);
    return 1;
  }
  if (values["save-checkpoint"]) await writeFile2(absolute(io.cwd, values["save-checkpoint"]), files.checkpoint ?? "");
  io.stderr(
    `${statement.anchored ? "INTACT" : "INTACT BUT NOT ANCHORED"}: ${size} record(s).
${statement.notProved.map((n) => `  not proved: ${n}
`).join("")}`
  );
  return statement.anchored ? 0 : EXIT_UNANCHORED;
}
async function readRemoteView(io, options) {
  return (await import("./verify-remote-Y7WIMLSB.js")).readRemote(io, options);
}
function numbers(values) {
  const positive = (flag, text) => {
    const n = Number(text);
    if (!Number.isSafeInteger(n) || n < 1) throw new UsageError(`${flag} must be a positive integer (got "${text}")`);
    return n;
  };
  const appId = str(values["app-id"]);
  const depth = str(values["witness-depth"]);
  return {
    ...appId !== void 0 ? { appId: positive("--app-id", appId) } : {},
    depth: depth === void 0 ? DEFAULT_DEPTH : positive("--witness-depth", depth)
  };
}
async function historyProblems(repo, branch) {
  const changes = await branchChanges(repo, branch);
  return changes.flatMap(
    (c) => commitOnlyAdds(c.before, c.after).problems.map((p) => ({ ...p, message: `commit ${c.sha.slice(0, 12)}: ${p.message}` }))
  );
}
function remoteProblems(repo, branch, tip, remote) {
  if (remote.tip === tip && tip !== null) return [];
  if (remote.tip === null) {
    if (remote.anchors.length === 0 && tip === null)
      throw new UsageError(`no audit branch "${branch}" here or on GitHub, and no witness of one in ${remote.searched}`);
    const witnessed = remote.anchors.length > 0 ? `; the App witnessed it: ${remote.anchors.slice(0, 3).map((a) => a.source).join(", ")}` : "";
    return [{ kind: "deleted", path: branch, message: `${branch} does not exist on GitHub${witnessed}` }];
  }
  throw new UsageError(
    `${repo}: ${branch} is at ${tip ?? "(missing)"} but GitHub's is at ${remote.tip}: fetch it first (git fetch origin ${branch}:${branch})`
  );
}
function newestMergeCommit(files) {
  const newestFirst = Object.keys(files).filter((p) => RECORD_PATH.test(p)).sort((a, b) => seqOf(b) - seqOf(a));
  for (const path of newestFirst) {
    const record = parseRecord(files[path]);
    if (record) return record.predicate.mergeCommit;
  }
  return null;
}
var seqOf = (path) => Number(RECORD_PATH.exec(path)?.[4] ?? 0);
function serverOf(files) {
  for (const [path, text] of Object.entries(files)) {
    if (!RECORD_PATH.test(path)) continue;
    const url = /"url":\s*"(https?:\/\/[^/"]{1,253})\//.exec(text)?.[1];
    if (url) return url;
  }
  return void 0;
}

// src/cli/commands/audit.ts
var SUBCOMMANDS = {
  record: async () => (await import("./record-UQ66SNVX.js")).auditRecord,
  verify: async () => auditVerify,
  export: async () => auditExport,
  show: async () => auditShow,
  reconcile: async () => (await import("./reconcile-VHMLSGCS.js")).auditReconcile
};
var usage = `Usage: promptops audit record|verify|export|show|reconcile ...

${recordUsage}

${verifyUsage}

${exportUsage}

${showUsage}

${reconcileUsage}`;
var auditCommand = {
  name: "audit",
  usage,
  async run(argv, io) {
    const [sub, ...rest] = argv;
    if (sub === void 0 || sub === "--help" || sub === "-h") return io.stdout(`${usage}
`), sub === void 0 ? 2 : 0;
    const load = Object.hasOwn(SUBCOMMANDS, sub) ? SUBCOMMANDS[sub] : void 0;
    if (!load) throw new UsageError(`unknown audit command "${sub}"

${usage}`);
    return (await load())(rest, io);
  }
};
export {
  auditCommand
};
