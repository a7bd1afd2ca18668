import { createRequire as __promptopsCreateRequire } from 'node:module';
const require = __promptopsCreateRequire(import.meta.url);
import {
  readTextArg
} from "./chunk-HJL4DY4E.js";
import {
  localAuditStore
} from "./chunk-BXEKR74C.js";
import {
  git
} from "./chunk-6VFTQC5U.js";
import {
  reconcileUsage,
  recordUsage
} from "./chunk-IEOW7XDL.js";
import {
  RECORD_PATH,
  exportCsv,
  exportJsonl,
  publishedVerifierKey,
  readRecords,
  verifyLog
} from "./chunk-6CRKUOAX.js";
import "./chunk-U6EGTRUJ.js";
import "./chunk-JP26DQY6.js";
import {
  defaultConfig
} from "./chunk-QK6DH36R.js";
import "./chunk-GZ5GAVLH.js";
import "./chunk-SVDC4HTH.js";
import "./chunk-WXDAGHBO.js";
import {
  absolute,
  oneOf,
  parse,
  str
} from "./chunk-7WHS6NR7.js";
import "./chunk-DCGKDFJX.js";
import {
  UsageError
} from "./chunk-7Z5DEWCI.js";
import "./chunk-L4R2QCBA.js";

// src/cli/audit/read.ts
import { writeFile } from "node:fs/promises";

// src/cli/audit/key-arg.ts
import { readFile } from "node:fs/promises";
async function readKeyArg(cwd, key) {
  return readFile(absolute(cwd, key), "utf8").then((t) => t.trim(), () => key);
}

// src/cli/audit/read.ts
var BRANCH = defaultConfig().audit.branch;
var verifyUsage = `Usage: promptops audit verify --repo DIR [--branch B] [--checkpoint FILE] [--key KEY|FILE] [--save-checkpoint FILE] [--server-url URL]

Recomputes the hash chain, the Merkle root, the checkpoint signature and every derived
file, and checks that each commit of the branch only added records. With --checkpoint (a
copy saved earlier, e.g. by --save-checkpoint), also proves the log only grew since \u2014 a
force-pushed rewrite fails. The key defaults to the one published in the branch; pass
--key to pin it. Links in index pages use the server of the records' PR URLs (GitHub
Enterprise Server included) unless --server-url says otherwise. Exit 0 when intact, 1 on any tampering (each problem named), 2 on bad usage.`;
async function loadBranch(io, values) {
  const repo = absolute(io.cwd, str(values.repo) ?? ".");
  const store = localAuditStore(repo, str(values.branch) ?? BRANCH);
  const snapshot = await store.load();
  if (snapshot.tip === null) throw new UsageError(`${repo}: no audit branch "${store.branch}" (record a merge first)`);
  return { repo, store, snapshot };
}
async function auditVerify(argv, io) {
  const { values } = parse(argv, { repo: { type: "string" }, branch: { type: "string" }, checkpoint: { type: "string" }, key: { type: "string" }, "save-checkpoint": { type: "string" }, "server-url": { type: "string" } }, verifyUsage);
  if (values.help) return io.stdout(`${verifyUsage}
`), 0;
  const { repo, store, snapshot } = await loadBranch(io, values);
  const key = values.key ? await readKeyArg(io.cwd, values.key) : publishedVerifierKey(snapshot.files);
  if (!key) throw new UsageError(`${store.branch}: no verifier key published in the branch; pass --key`);
  const saved = values.checkpoint ? await readTextArg(io.cwd, values.checkpoint) : void 0;
  const serverUrl = str(values["server-url"]) ?? serverOf(snapshot.files);
  const result = verifyLog({ files: snapshot.files, verifierKey: key, ...saved !== void 0 ? { savedCheckpoint: saved } : {}, ...serverUrl ? { serverUrl } : {} });
  const problems = [...result.problems, ...await historyProblems(repo, store.branch)];
  if (problems.length > 0) {
    io.stderr(`${problems.map((p) => `TAMPERED ${p.kind} ${p.path}: ${p.message}`).join("\n")}
`);
    io.stdout(`${JSON.stringify({ ok: false, size: result.size, root: result.root, problems }, null, 2)}
`);
    return 1;
  }
  if (values["save-checkpoint"]) await writeFile(absolute(io.cwd, values["save-checkpoint"]), snapshot.files.checkpoint ?? "");
  io.stdout(`${JSON.stringify({ ok: true, size: result.size, root: result.root, tip: snapshot.tip }, null, 2)}
`);
  return 0;
}
async function historyProblems(repo, branch) {
  const log = await git(repo, ["log", "--first-parent", "--no-renames", "--format=%x00%H", "--name-status", `refs/heads/${branch}`]);
  const problems = [];
  for (const chunk of log.split("\0").filter(Boolean)) {
    const [commit = "", ...lines] = chunk.trim().split("\n");
    for (const line of lines) {
      const [status, path] = line.split("	");
      if (!path || !RECORD_PATH.test(path) || status === "A") continue;
      problems.push({ kind: status === "D" ? "deleted" : "edited", path, message: `commit ${commit.slice(0, 12)} ${status === "D" ? "deleted" : "modified"} a record (records are write-once)` });
    }
  }
  return problems;
}
var exportUsage = `Usage: promptops audit export --repo DIR --format csv|jsonl [--since DATE] [--until DATE] [--template PATH] [--branch B] [--output FILE]

Exports records for auditors: CSV (RFC 4180, cells guarded against formula injection) or
JSONL (one canonical record per line).`;
async function auditExport(argv, io) {
  const opts = { repo: { type: "string" }, branch: { type: "string" }, format: { type: "string" }, since: { type: "string" }, until: { type: "string" }, template: { type: "string" }, output: { type: "string" } };
  const { values } = parse(argv, opts, exportUsage);
  if (values.help) return io.stdout(`${exportUsage}
`), 0;
  const format = oneOf(str(values.format), ["csv", "jsonl"], "--format", "jsonl");
  const { snapshot } = await loadBranch(io, values);
  const filter = { ...values.since ? { since: values.since } : {}, ...values.until ? { until: values.until } : {}, ...values.template ? { template: values.template } : {} };
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
  const records = readRecords(snapshot.files).filter((r) => /^#?\d+$/.test(target) ? r.predicate.pr.number === Number(target.replace("#", "")) : r.predicate.templates.some((t) => t.path === target || t.oldPath === target));
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
  return [`#${p.seq} ${p.mergedAt} PR #${p.pr.number} "${p.pr.title}" by @${p.pr.author}: ${p.level} (score ${p.score})`, `   merge ${p.mergeCommit.slice(0, 12)}, approvals: ${approvals}${p.overrides.length ? `, overrides: ${p.overrides.map((o) => `@${o.by} (${o.reason})`).join("; ")}` : ""}`, ...p.templates.map((t) => `   ${t.oldPath ? `${t.oldPath} \u2192 ` : ""}${t.path} ${t.digest ? t.digest.slice(0, 12) : "(removed)"}`)].join("\n");
}
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
  record: async () => (await import("./record-PFXRTCB7.js")).auditRecord,
  verify: async () => auditVerify,
  export: async () => auditExport,
  show: async () => auditShow,
  reconcile: async () => (await import("./reconcile-7YI73L2P.js")).auditReconcile
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
