import { createRequire as __promptopsCreateRequire } from 'node:module';
const require = __promptopsCreateRequire(import.meta.url);
import {
  CHECKPOINT_PATH,
  DEFAULT_SERVER_URL,
  RECORD_PATH,
  appendRecord,
  deriveAll,
  parseRecord,
  verifierKeyFor,
  verifyLog
} from "./chunk-UKUZRSYM.js";
import {
  PromptOpsError
} from "./chunk-7Z5DEWCI.js";

// src/flows/audit/guard.ts
var AuditIntegrityError = class extends PromptOpsError {
  constructor(message) {
    super("audit-integrity", message);
    this.name = "AuditIntegrityError";
  }
};
async function guardBranch(store, snapshot, records, signer, options = {}) {
  const lastMerge = records.at(-1)?.predicate.mergeCommit ?? null;
  const reading = options.witness ? await options.witness.read(store.branch, lastMerge) : { anchors: [], searched: "no witness configured" };
  if (snapshot.tip === null && reading.anchors.length === 0) {
    if (options.witness) options.warn?.(`audit: starting ${store.branch}: no witness of an earlier log in ${reading.searched}`);
    return { kind: "ok", repair: {} };
  }
  const verifierKey = verifierKeyFor(signer);
  const serverUrl = options.serverUrl ?? DEFAULT_SERVER_URL;
  const check = verifyLog({ files: snapshot.files, verifierKey, anchors: reading.anchors, serverUrl });
  if (check.ok) return { kind: "ok", repair: {} };
  const repair = derivedRepair(check.problems, records, { serverUrl, verifierKey });
  if (repair) {
    options.warn?.(
      `audit: regenerating ${Object.keys(repair).length} derived page(s) of ${store.branch} that no longer match the records: ${Object.keys(repair).slice(0, 5).join(", ")}`
    );
    return { kind: "ok", repair };
  }
  if (check.problems.some((p) => p.kind === "rewrite") && (await store.load()).tip !== snapshot.tip) return { kind: "moved" };
  throw new AuditIntegrityError(refusal(store.branch, snapshot.tip, check.problems, reading.searched));
}
function derivedRepair(problems, records, opts) {
  if (problems.some((p) => p.kind !== "derived")) return null;
  const expected = deriveAll(records, opts);
  const repair = {};
  for (const p of problems) {
    const content = expected[p.path];
    if (content === void 0) return null;
    repair[p.path] = content;
  }
  return repair;
}
function refusal(branch, tip, problems, searched) {
  const state = tip === null ? `is missing although a witness shows it existed: it was deleted` : `at ${tip.slice(0, 12)} does not verify`;
  const listed = problems.slice(0, 4).map((p) => `${p.kind} ${p.path}: ${p.message}`).join("; ");
  const more = problems.length > 4 ? `; and ${problems.length - 4} more` : "";
  return `audit branch ${branch} ${state}; refusing to append (witness read from ${searched}). ${listed}${more}. Restore the branch from a copy that verifies (promptops audit verify), then run promptops audit reconcile.`;
}

// src/flows/audit/append.ts
async function appendWithRetry(store, input, signer, now, options = {}) {
  const [outcome] = await appendMany(store, [input], signer, now, options);
  if (outcome === void 0 || outcome instanceof Error) throw outcome ?? new PromptOpsError("audit", "nothing appended");
  return outcome;
}
async function appendMany(store, inputs, signer, now, options = {}) {
  const maxAttempts = options.maxAttempts ?? 20;
  const serverUrl = options.serverUrl ? { serverUrl: options.serverUrl } : {};
  for (let attempt = 1; attempt <= maxAttempts; attempt++) {
    const snapshot = await store.load();
    const before = readRecords(snapshot.files);
    const guard = await guardBranch(store, snapshot, before, signer, options);
    if (guard.kind === "moved") {
      await sleep(backoff(options, attempt));
      continue;
    }
    let records = before;
    const files = { ...guard.repair };
    const added = [];
    const outcomes = inputs.map((input) => {
      try {
        const result = appendRecord({ records }, input, signer, now, serverUrl);
        const seq = result.record.predicate.seq;
        if (result.duplicate) return { status: "duplicate", path: result.path, seq, attempts: attempt, commit: snapshot.tip };
        Object.assign(files, result.files);
        records = [...records, result.record];
        added.push(result.record);
        return { status: "appended", path: result.path, seq, attempts: attempt, commit: null };
      } catch (error) {
        return error;
      }
    });
    if (added.length === 0) return outcomes;
    const outcome = await store.commit(snapshot.tip, files, commitMessage(added));
    if (outcome.ok) {
      await options.witness?.write(
        store.branch,
        outcome.commit,
        files[CHECKPOINT_PATH],
        witnessTargets(before.at(-1), added, records.length)
      );
      return outcomes.map((o) => o instanceof Error || o.status !== "appended" ? o : { ...o, commit: outcome.commit });
    }
    await sleep(backoff(options, attempt));
  }
  throw new PromptOpsError(
    "audit-contention",
    `could not append to ${store.branch} after ${maxAttempts} attempts (the branch kept moving)`
  );
}
function commitMessage(added) {
  const prs = added.map((r) => `#${r.predicate.pr.number}`).join(", ");
  const first = added[0]?.predicate.seq;
  const last = added.at(-1)?.predicate.seq;
  return `Record PR ${prs} (seq ${first}${added.length > 1 ? `\u2013${last}` : ""})`;
}
function witnessTargets(previous, added, size) {
  const newest = added.at(-1);
  if (!newest) return [];
  const prs = added.map((r) => `#${r.predicate.pr.number} (record ${r.predicate.seq})`).join(", ");
  const footer = "The signed checkpoint below is the App's witness of the log: `promptops audit verify --github-repo` checks the audit branch against it.";
  const targets = [
    {
      commit: newest.predicate.mergeCommit,
      title: `Recorded in the audit log (${size} records)`,
      summary: `Recorded: ${prs}. ${footer}`
    }
  ];
  if (previous && previous.predicate.mergeCommit !== newest.predicate.mergeCommit) {
    targets.unshift({
      commit: previous.predicate.mergeCommit,
      title: `The audit log grew to ${size} records`,
      summary: `Record ${previous.predicate.seq} was the newest before ${prs} were recorded. ${footer}`
    });
  }
  return targets;
}
function backoff(options, attempt) {
  return options.backoffMs?.(attempt) ?? Math.min(2e3, 25 * 2 ** attempt) * (0.5 + Math.random());
}
function readRecords(files) {
  const records = [];
  for (const [path, text] of Object.entries(files)) {
    if (!RECORD_PATH.test(path)) continue;
    const record = parseRecord(text);
    if (!record) throw new AuditIntegrityError(`${path}: not a valid audit record`);
    records.push(record);
  }
  return records.sort((a, b) => a.predicate.seq - b.predicate.seq);
}
var sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export {
  AuditIntegrityError,
  appendWithRetry,
  readRecords
};
