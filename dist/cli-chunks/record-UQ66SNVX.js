import { createRequire as __promptopsCreateRequire } from 'node:module';
const require = __promptopsCreateRequire(import.meta.url);
import {
  localSigner,
  signerFromEnv,
  signerFromFile,
  slaOutcome
} from "./chunk-2HDAYSFA.js";
import {
  recordUsage
} from "./chunk-I5KERNGS.js";
import {
  parseEvalResults
} from "./chunk-XK3ZNOOW.js";
import {
  localAuditStore
} from "./chunk-EEPLFXEN.js";
import {
  appendWithRetry
} from "./chunk-B3ZDKVJH.js";
import "./chunk-W47C5LOE.js";
import {
  readJsonFile,
  routeRevisions
} from "./chunk-2O5T7HCM.js";
import "./chunk-GVOR2FSO.js";
import "./chunk-AHLCD7QB.js";
import {
  scoreRevisions
} from "./chunk-34N4YN4U.js";
import "./chunk-HOS62DYC.js";
import "./chunk-FQS4FOID.js";
import "./chunk-CUMEQ3WL.js";
import "./chunk-DNWQRJ5V.js";
import "./chunk-NC2XGZVM.js";
import "./chunk-3MLRILW5.js";
import "./chunk-P2FQAF6C.js";
import {
  authorDates,
  gitDirOf,
  originUrl,
  workTreeRoot
} from "./chunk-OVJFYKMQ.js";
import {
  resolveCommit
} from "./chunk-RP5E3GQY.js";
import "./chunk-RDO2QB6W.js";
import "./chunk-XTRQLRQ2.js";
import "./chunk-T6OKS3OG.js";
import "./chunk-A32Z36SF.js";
import {
  absolute,
  parse,
  required,
  str
} from "./chunk-625UJJ63.js";
import {
  auditInput
} from "./chunk-UKUZRSYM.js";
import {
  accuracyMetrics,
  sha256Hex
} from "./chunk-HWHVFMPW.js";
import "./chunk-Z3D3ZAKT.js";
import "./chunk-K3NDJCBW.js";
import {
  require_picomatch,
  unwrap
} from "./chunk-5VG5CH4R.js";
import "./chunk-T36FWCGD.js";
import "./chunk-VYRXPEBS.js";
import "./chunk-CQU3XPPY.js";
import "./chunk-2T6TU6Y3.js";
import "./chunk-R47RDTTV.js";
import {
  UsageError
} from "./chunk-7Z5DEWCI.js";
import {
  __toESM
} from "./chunk-L4R2QCBA.js";

// src/adapters/fs/eval-results.ts
import { readFile } from "node:fs/promises";
import { join as join2 } from "node:path";

// src/adapters/fs/find-files.ts
var import_picomatch = __toESM(require_picomatch(), 1);
import { readdir } from "node:fs/promises";
import { join, relative } from "node:path";
var SKIP = /* @__PURE__ */ new Set([".git", "node_modules"]);
var MAX_ENTRIES = 2e5;
async function findFiles(root, globs) {
  if (globs.length === 0) return [];
  const match = (0, import_picomatch.default)([...globs], { dot: true });
  const found = [];
  const queue = [root];
  let seen = 0;
  while (seen < MAX_ENTRIES) {
    const dir = queue.shift();
    if (dir === void 0) break;
    for (const entry of await readdir(dir, { withFileTypes: true }).catch(() => [])) {
      seen++;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!SKIP.has(entry.name)) queue.push(path);
      } else if (entry.isFile() && match(relative(root, path))) found.push(relative(root, path));
    }
  }
  return found.sort();
}

// src/adapters/fs/eval-results.ts
async function readEvalResults(root, globs) {
  const files = await findFiles(root, globs);
  const summaries = [];
  for (const file of files) summaries.push(...unwrap(parseEvalResults(await readFile(join2(root, file), "utf8"), file)));
  return { files, summaries };
}

// src/cli/audit/record.ts
async function auditRecord(argv, io) {
  const opts = {
    repo: { type: "string" },
    base: { type: "string" },
    head: { type: "string" },
    pr: { type: "string" },
    "merge-commit": { type: "string" },
    author: { type: "string" },
    approvals: { type: "string" },
    title: { type: "string" },
    "merged-at": { type: "string" },
    "opened-at": { type: "string" },
    repository: { type: "string" },
    branch: { type: "string" },
    key: { type: "string" }
  };
  const { values } = parse(argv, opts, recordUsage);
  if (values.help) return io.stdout(`${recordUsage}
`), 0;
  const repo = absolute(io.cwd, str(values.repo) ?? ".");
  const pr = Number(required(values.pr, "--pr", recordUsage));
  if (!Number.isInteger(pr) || pr < 1) throw new UsageError("--pr must be a positive integer");
  const mergeCommit = await resolveCommit(repo, required(values["merge-commit"], "--merge-commit", recordUsage));
  const scored = await scoreRevisions(
    repo,
    required(values.base, "--base", recordUsage),
    required(values.head, "--head", recordUsage),
    io.now()
  );
  const reviews = values.approvals ? await readJsonFile(io.cwd, values.approvals) : [];
  if (!Array.isArray(reviews)) throw new UsageError(`${values.approvals}: expected GitHub's list-reviews JSON array`);
  const author = str(values.author) ?? "";
  const decision = await routeRevisions(repo, scored, { author, reviews, teams: {} });
  const repository = str(values.repository) ?? await originName(repo);
  const mergedAt = str(values["merged-at"]) ?? io.now().toISOString();
  const openedAt = str(values["opened-at"]) ?? await firstCommitTime(repo, scored.base, scored.head);
  const sla = slaOutcome(scored.report, scored.config, { author, openedAt, mergedAt }, reviews);
  const input = auditInput(
    {
      repository,
      number: pr,
      title: str(values.title) ?? `PR #${pr}`,
      author,
      url: `https://github.com/${repository}/pull/${pr}`,
      base: scored.base,
      head: scored.head,
      mergeCommit,
      mergedAt
    },
    scored.report,
    decision,
    reviews,
    sha256Hex(scored.policy.configText ?? ""),
    {
      ...sla ? { sla } : {},
      metrics: accuracyMetrics((await readEvalResults(repo, scored.config.accuracy.results)).summaries, scored.report.templates)
    }
  );
  const gitDir = await gitDirOf(repo);
  const keyFile = str(values.key);
  const signer = keyFile ? signerFromFile(absolute(io.cwd, keyFile)) : signerFromEnv(io.env, "promptops-audit") ?? localSigner(gitDir, repo);
  const store = localAuditStore(repo, str(values.branch) ?? scored.config.audit.branch);
  const outcome = await appendWithRetry(store, input, signer, io.now());
  io.stdout(`${JSON.stringify({ ...outcome, branch: store.branch, level: scored.report.level }, null, 2)}
`);
  return 0;
}
async function firstCommitTime(repo, base, head) {
  const dates = await authorDates(repo, base, head);
  return dates[0] ? new Date(dates[0]).toISOString() : null;
}
async function originName(repo) {
  const m = /[:/]([^/:]+)\/([^/]+?)(?:\.git)?$/.exec(await originUrl(repo) ?? "");
  if (m) return `${m[1]}/${m[2]}`;
  const top = await workTreeRoot(repo);
  return `local/${top.split("/").pop() || "repo"}`;
}
export {
  auditRecord
};
