import { createRequire as __promptopsCreateRequire } from 'node:module';
const require = __promptopsCreateRequire(import.meta.url);
import {
  AuditInputError,
  CHECKPOINT_PATH,
  NoteError,
  RECORD_PATH,
  ROOT_README,
  VERIFIER_KEY_PATH,
  buildRecord,
  canonicalForms,
  deriveAll,
  deriveForAppend,
  emptyRoot,
  idempotencyKey,
  isDerivedPath,
  leafHash,
  nodeHash,
  parseRecord,
  recordHash,
  recordIdempotencyKey,
  recordLeafHash,
  recordPath,
  serializeRecord,
  sha256,
  sha256Hex,
  toHex
} from "./chunk-GZCKE4YI.js";
import {
  overallVerdict
} from "./chunk-UB64K6RK.js";
import {
  err,
  ok
} from "./chunk-FRHOO7Y3.js";

// src/core/audit/from-decision.ts
var QUOTES_PROMPT = /* @__PURE__ */ new Set(["guardrails", "injection", "toxicity"]);
var REVIEW_STATES = /* @__PURE__ */ new Set(["APPROVED", "CHANGES_REQUESTED", "COMMENTED", "DISMISSED"]);
function auditInput(pull, report, decision, reviews, configDigest, extras = {}) {
  const { sla } = extras;
  const approvals = reviews.flatMap(
    (r) => r.user && r.commit_id && REVIEW_STATES.has(r.state) && r.state !== "COMMENTED" ? [{ reviewer: r.user.login, reviewerId: r.user.id ?? 0, state: r.state, commit: r.commit_id, at: r.submitted_at ?? pull.mergedAt }] : []
  );
  return {
    repository: pull.repository,
    pr: { number: pull.number, title: pull.title, author: pull.author, url: pull.url },
    base: pull.base,
    head: pull.head,
    mergeCommit: pull.mergeCommit,
    mergedAt: pull.mergedAt,
    level: report.level,
    score: report.score,
    findings: report.findings.map((f) => ({ category: f.category, rule: f.rule, severity: f.severity, path: f.path, line: f.line, evidence: f.evidence && !QUOTES_PROMPT.has(f.category) ? f.evidence : null })),
    configDigest,
    approvals,
    overrides: (decision?.overrides ?? []).map((o) => ({ by: o.login, reason: o.reason })),
    templates: report.templates.map((t) => ({
      path: t.path,
      oldPath: t.oldPath ?? null,
      digest: t.digest.head,
      provenance: t.provenance,
      metrics: { ...metricsOf(t), ...extras.metrics?.[t.path] },
      owners: t.owners,
      ...t.dataClasses ? { dataHandling: dataHandlingOf(t.dataClasses) } : {}
    })),
    ...sla ? { sla } : {}
  };
}
function dataHandlingOf(d) {
  const { host } = d;
  return { classes: d.classes, provider: host.provider, host: host.host, region: host.region, model: host.model, verdict: overallVerdict(d.verdicts), redactTelemetry: d.redactTelemetry };
}
function metricsOf(t) {
  const m = {};
  if (t.cost.after) m.inputTokens = t.cost.after.inputTokens;
  if (t.cost.after?.usdPerCall !== null && t.cost.after?.usdPerCall !== void 0) m.usdPerCall = t.cost.after.usdPerCall;
  m.score = t.score;
  return m;
}

// src/core/audit/tree.ts
var CompactRange = class {
  stack = [];
  count = 0;
  get size() {
    return this.count;
  }
  /** Appends one leaf *hash* (already `leafHash`ed). */
  append(hash) {
    let node = hash;
    for (let size = this.count; size % 2 === 1; size = Math.floor(size / 2)) {
      const left = this.stack.pop();
      if (left === void 0) throw new Error("compact range underflow");
      node = nodeHash(left, node);
    }
    this.stack.push(node);
    this.count += 1;
  }
  /** MTH of the leaves appended so far: fold the subtree roots right to left. */
  root() {
    let acc = this.stack[this.stack.length - 1];
    if (acc === void 0) return emptyRoot();
    for (let i = this.stack.length - 2; i >= 0; i--) acc = nodeHash(this.stack[i], acc);
    return acc;
  }
};
function rootFromLeafHashes(hashes) {
  const range = new CompactRange();
  for (const hash of hashes) range.append(hash);
  return range.root();
}
function rootsAtSizes(hashes, sizes) {
  const wanted = new Set(sizes.filter((s) => s >= 0 && s <= hashes.length));
  const roots = /* @__PURE__ */ new Map();
  const range = new CompactRange();
  if (wanted.has(0)) roots.set(0, range.root());
  for (const hash of hashes) {
    range.append(hash);
    if (wanted.has(range.size)) roots.set(range.size, range.root());
  }
  return roots;
}

// src/core/audit/note.ts
import { createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify } from "node:crypto";
var EM_DASH_PREFIX = "\u2014 ";
var ED25519_TYPE = 1;
var MAX_NOTE_CHARS = 1 << 20;
var MAX_SIGNATURES = 100;
function isValidKeyName(name) {
  return name.length > 0 && !/[\s+]/u.test(name);
}
function keyId(name, publicKey) {
  return sha256(name, "\n", Uint8Array.of(ED25519_TYPE), publicKey).subarray(0, 4);
}
function formatVerifierKey(name, publicKey) {
  const typed = Buffer.concat([Uint8Array.of(ED25519_TYPE), publicKey]);
  return `${name}+${Buffer.from(keyId(name, publicKey)).toString("hex")}+${typed.toString("base64")}`;
}
function parseVerifierKey(text) {
  const trimmed = text.trim();
  const first = trimmed.indexOf("+");
  const second = first < 0 ? -1 : trimmed.indexOf("+", first + 1);
  const [name, hash, key] = [trimmed.slice(0, first), trimmed.slice(first + 1, second), trimmed.slice(second + 1)];
  if (first < 0 || second < 0) {
    return err(new NoteError("key-invalid", "verifier key must look like <name>+<hex key id>+<base64 key>"));
  }
  const typed = strictBase64(key);
  if (!isValidKeyName(name) || !/^[0-9a-f]{8}$/.test(hash) || typed?.length !== 33 || typed[0] !== ED25519_TYPE) {
    return err(new NoteError("key-invalid", "verifier key is not a valid Ed25519 signed-note key"));
  }
  const publicKey = typed.subarray(1);
  const id = keyId(name, publicKey);
  if (Buffer.from(id).toString("hex") !== hash) return err(new NoteError("key-invalid", "verifier key ID does not match its key"));
  return ok({ name, keyId: id, publicKey });
}
function generateSigningKey(name) {
  if (!isValidKeyName(name)) throw new NoteError("key-invalid", `invalid key name ${JSON.stringify(name)}`);
  const { privateKey, publicKey } = generateKeyPairSync("ed25519");
  const privateKeyPem = privateKey.export({ type: "pkcs8", format: "pem" }).toString();
  return { privateKeyPem, verifierKey: formatVerifierKey(name, rawPublicKey(publicKey)) };
}
function verifierKeyFor(signer) {
  return formatVerifierKey(signer.name, rawPublicKey(createPublicKey(createPrivateKey(signer.privateKeyPem))));
}
function signNote(body, signer) {
  if (!isValidKeyName(signer.name)) throw new NoteError("key-invalid", `invalid key name ${JSON.stringify(signer.name)}`);
  if (!body.endsWith("\n") || hasForbiddenControl(body)) {
    throw new NoteError("note-malformed", "note text must end in a newline and contain no control characters");
  }
  const privateKey = createPrivateKey(signer.privateKeyPem);
  const signature = sign(null, Buffer.from(body, "utf8"), privateKey);
  const id = keyId(signer.name, rawPublicKey(createPublicKey(privateKey)));
  return `${body}
${EM_DASH_PREFIX}${signer.name} ${Buffer.concat([id, signature]).toString("base64")}
`;
}
function verifyNote(text, verifierKey) {
  const key = typeof verifierKey === "string" ? parseVerifierKey(verifierKey) : ok(verifierKey);
  if (!key.ok) return key;
  const split = splitNote(text);
  if (!split.ok) return split;
  for (const line of split.value.signatures) {
    const parsed = parseSignatureLine(line);
    if (!parsed) return err(new NoteError("note-malformed", "malformed signature line"));
    if (parsed.name !== key.value.name || !Buffer.from(parsed.id).equals(key.value.keyId)) continue;
    const good = verify(null, Buffer.from(split.value.body, "utf8"), publicKeyObject(key.value.publicKey), parsed.signature);
    if (!good) return err(new NoteError("note-bad-signature", `signature by ${parsed.name} does not verify`));
    return ok({ body: split.value.body });
  }
  return err(new NoteError("note-unverified", `no signature by known key ${key.value.name}`));
}
function splitNote(text) {
  if (text.length > MAX_NOTE_CHARS || hasForbiddenControl(text)) return err(new NoteError("note-malformed", "note is too large or has control characters"));
  const at = text.lastIndexOf("\n\n");
  if (at < 0 || !text.endsWith("\n")) return err(new NoteError("note-malformed", "note has no signature block"));
  const signatures = text.slice(at + 2, -1).split("\n");
  if (signatures.length > MAX_SIGNATURES) return err(new NoteError("note-malformed", "too many signatures"));
  return ok({ body: text.slice(0, at + 1), signatures });
}
function parseSignatureLine(line) {
  if (!line.startsWith(EM_DASH_PREFIX)) return null;
  const rest = line.slice(EM_DASH_PREFIX.length);
  const space = rest.indexOf(" ");
  const name = rest.slice(0, space);
  const raw = space > 0 ? strictBase64(rest.slice(space + 1)) : null;
  if (!isValidKeyName(name) || raw === null || raw.length < 5) return null;
  return { name, id: raw.subarray(0, 4), signature: raw.subarray(4) };
}
function strictBase64(text) {
  const buf = Buffer.from(text, "base64");
  return text.length > 0 && buf.toString("base64") === text ? buf : null;
}
function hasForbiddenControl(text) {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 32 && c !== 10) return true;
  }
  return false;
}
function rawPublicKey(key) {
  const jwk = key.export({ format: "jwk" });
  if (typeof jwk.x !== "string") throw new NoteError("key-invalid", "not an Ed25519 key");
  return Buffer.from(jwk.x, "base64url");
}
function publicKeyObject(raw) {
  return createPublicKey({ key: { kty: "OKP", crv: "Ed25519", x: Buffer.from(raw).toString("base64url") }, format: "jwk" });
}

// src/core/audit/checkpoint.ts
function formatCheckpoint(cp) {
  if (cp.origin.length === 0 || /\n/.test(cp.origin)) throw new NoteError("checkpoint-malformed", "origin must be one non-empty line");
  if (!Number.isSafeInteger(cp.size) || cp.size < 0) throw new NoteError("checkpoint-malformed", "size must be a non-negative integer");
  if (cp.root.length !== 32) throw new NoteError("checkpoint-malformed", "root must be 32 bytes");
  return `${cp.origin}
${cp.size}
${Buffer.from(cp.root).toString("base64")}
`;
}
function parseCheckpointBody(body) {
  const lines = body.split("\n");
  const [origin, sizeText, rootText] = lines;
  if (lines.length < 4 || lines[lines.length - 1] !== "" || lines.slice(3, -1).some((l) => l === "")) {
    return err(malformed("expected origin, size and root hash lines"));
  }
  if (origin === void 0 || origin === "") return err(malformed("empty origin"));
  if (sizeText === void 0 || !/^(?:0|[1-9][0-9]{0,15})$/.test(sizeText) || !Number.isSafeInteger(Number(sizeText))) {
    return err(malformed("tree size must be decimal without leading zeros"));
  }
  const root = rootText === void 0 ? null : Buffer.from(rootText, "base64");
  if (root === null || root.length !== 32 || root.toString("base64") !== rootText) return err(malformed("root hash must be base64 of 32 bytes"));
  return ok({ origin, size: Number(sizeText), root });
}
function parseCheckpoint(text, verifierKey) {
  const verified = verifyNote(text, verifierKey);
  if (!verified.ok) return verified;
  return parseCheckpointBody(verified.value.body);
}
function signCheckpoint(cp, signer) {
  return signNote(formatCheckpoint(cp), signer);
}
function malformed(message) {
  return new NoteError("checkpoint-malformed", `checkpoint: ${message}`);
}

// src/core/audit/log.ts
var DEFAULT_SERVER_URL = "https://github.com";
var MAX_CLOCK_SKEW_MS = 10 * 60 * 1e3;
function appendRecord(state, input, signer, now, options = {}) {
  const key = idempotencyKey(input.repository, input.pr.number, input.mergeCommit);
  const existing = state.records.find((r) => recordIdempotencyKey(r) === key);
  if (existing) return { duplicate: true, path: recordPath(existing), record: existing };
  if (Date.parse(input.mergedAt) > now.getTime() + MAX_CLOCK_SKEW_MS) {
    throw new AuditInputError("audit-invalid", "mergedAt", `${input.mergedAt} is in the future`);
  }
  const last = state.records[state.records.length - 1];
  const record = buildRecord(input, last ? { seq: last.predicate.seq, hash: recordHash(last) } : null);
  const records = [...state.records, record];
  const checkpoint = checkpointFor(records, signer.name);
  const opts = { serverUrl: options.serverUrl ?? DEFAULT_SERVER_URL, verifierKey: verifierKeyFor(signer) };
  const path = recordPath(record);
  const files = {
    [path]: serializeRecord(record),
    [CHECKPOINT_PATH]: signCheckpoint(checkpoint, signer),
    ...deriveForAppend(records, record, opts)
  };
  return { duplicate: false, files, record, path, checkpoint };
}
function checkpointFor(records, origin) {
  return { origin, size: records.length, root: rootFromLeafHashes(records.map(recordLeafHash)) };
}

// src/core/audit/verify-records.ts
function readRecord(path, text, problems) {
  const match = RECORD_PATH.exec(path);
  if (!match) return null;
  const seq = Number(match[4]);
  const record = parseRecord(text);
  if (record === null) {
    problems.push({ kind: "edited", path, message: "not a valid audit record (JSON or schema)" });
    return { path, seq, record, hash: sha256Hex(text), leaf: leafHash(text) };
  }
  const forms = canonicalForms(record);
  const canonical = Buffer.from(forms.compact, "utf8");
  if (`${forms.pretty}
` !== text) problems.push({ kind: "edited", path, message: "record file is not byte-for-byte as written" });
  if (record.predicate.seq !== seq) {
    problems.push({ kind: "reordered", path, message: `file name says seq ${seq} but the record is seq ${record.predicate.seq}` });
  } else if (recordPath(record) !== path) {
    problems.push({ kind: "edited", path, message: `record content belongs at ${recordPath(record)}` });
  }
  return { path, seq, record, hash: sha256Hex(canonical), leaf: leafHash(canonical) };
}
function orderEntries(entries, missingPath, problems) {
  const bySeq = /* @__PURE__ */ new Map();
  for (const e of entries) bySeq.set(e.seq, [...bySeq.get(e.seq) ?? [], e]);
  const max = entries.reduce((m, e) => Math.max(m, e.seq), 0);
  const ordered = [];
  for (let seq = 1; seq <= max; seq++) {
    const list = (bySeq.get(seq) ?? []).sort((a, b) => a.path < b.path ? -1 : 1);
    if (list.length === 0) problems.push({ kind: "deleted", path: missingPath(seq), message: `record seq ${seq} is missing` });
    const linked = new Set((bySeq.get(seq + 1) ?? []).map((n) => n.record?.predicate.prevHash));
    const prevHash = ordered[seq - 2]?.hash;
    const chosen = list.find((e) => linked.has(e.hash)) ?? list.find((e) => e.record?.predicate.prevHash === prevHash) ?? list[0] ?? null;
    for (const e of list) {
      if (e !== chosen) problems.push({ kind: "inserted", path: e.path, message: `second record with seq ${seq}; the chain does not lead through it` });
    }
    ordered.push(chosen);
  }
  return ordered;
}
function checkChain(ordered, problems) {
  const seqOfHash = new Map(ordered.flatMap((e) => e ? [[e.hash, e.seq]] : []));
  const first = ordered[0];
  const before = problems.length;
  if (first?.record && first.record.predicate.prevHash !== null) {
    problems.push({ kind: "chain", path: first.path, message: "the first record must have prevHash null" });
  }
  const changed = /* @__PURE__ */ new Set();
  for (let i = 1; i < ordered.length; i++) {
    const prev = ordered[i - 1];
    const cur = ordered[i];
    if (!prev?.record || !cur?.record || changed.has(prev.seq) || linkOk(prev, cur)) continue;
    const problem = classifyBreak(ordered, i, seqOfHash);
    if (problem.kind === "chain") changed.add(cur.seq);
    problems.push(problem);
  }
  return problems.length > before;
}
function linkOk(prev, cur) {
  return cur.record?.predicate.prevHash === prev.hash;
}
function classifyBreak(ordered, i, seqOfHash) {
  const prev = ordered[i - 1];
  const cur = ordered[i];
  const claimed = cur.record?.predicate.prevHash;
  const target = claimed ? seqOfHash.get(claimed) : void 0;
  if (target !== void 0 && target !== prev.seq) {
    return { kind: "reordered", path: cur.path, message: `seq ${cur.seq} links to seq ${target}, not seq ${prev.seq}` };
  }
  const next = ordered[i + 1];
  if (next?.record && linkOk(cur, next)) {
    return { kind: "edited", path: prev.path, message: `record seq ${prev.seq} no longer hashes to the prevHash recorded by seq ${cur.seq}` };
  }
  return { kind: "chain", path: cur.path, message: `prevHash of seq ${cur.seq} does not match the hash of seq ${prev.seq}` };
}

// src/core/audit/witness.ts
var WITNESS_CHECK_NAME = "promptops/audit";
var HEADER = "promptops-audit-witness v1";
var OPEN = "```text\n";
var CLOSE = "\n```";
var MAX_TEXT = 65535;
function formatWitness(w) {
  if (!BRANCH.test(w.branch) || !COMMIT.test(w.commit) || !w.checkpoint.endsWith("\n")) throw new TypeError("witness: invalid branch, commit or checkpoint");
  return `${OPEN}${HEADER}
branch ${w.branch}
commit ${w.commit}

${w.checkpoint.slice(0, -1)}${CLOSE}
`;
}
var BRANCH = /^[A-Za-z0-9._/-]{1,255}$/;
var COMMIT = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
function parseWitness(text) {
  if (typeof text !== "string" || text.length > MAX_TEXT) return null;
  const start = text.indexOf(`${OPEN}${HEADER}
`);
  const end = text.lastIndexOf(CLOSE);
  if (start < 0 || end < start) return null;
  const lines = text.slice(start + OPEN.length + HEADER.length + 1, end + 1).split("\n");
  const [branchLine = "", commitLine = "", blank] = lines;
  const branch = branchLine.slice("branch ".length);
  const commit = commitLine.slice("commit ".length);
  if (!branchLine.startsWith("branch ") || !commitLine.startsWith("commit ") || blank !== "" || !BRANCH.test(branch) || !COMMIT.test(commit)) return null;
  const checkpoint = lines.slice(3).join("\n");
  return checkpoint.length > 1 ? { branch, commit, checkpoint } : null;
}
function publishedVerifierKey(files) {
  const text = Object.hasOwn(files, VERIFIER_KEY_PATH) ? files[VERIFIER_KEY_PATH] : void 0;
  return text === void 0 ? null : text.trim();
}

// src/core/audit/verify.ts
function verifyLog(input) {
  const problems = [];
  const entries = Object.entries(input.files).flatMap(([path, text]) => readRecord(path, text, problems) ?? []);
  const pointers = lazyPointerIndex(input.files);
  const ordered = orderEntries(entries, (seq) => pointers().get(seq) ?? `records/**/${String(seq).padStart(8, "0")}-pr-*.json`, problems);
  const chainBroken = checkChain(ordered, problems);
  const complete = ordered.every((e) => e?.record);
  const leaves = complete ? ordered.map((e) => e.leaf) : null;
  const rekeyed = checkPublishedKey(input, problems);
  const current = checkCurrent(input, ordered, leaves, chainBroken, problems);
  for (const anchor of input.anchors ?? []) checkAnchor(input, anchor, leaves, current, problems);
  const records = ordered.flatMap((e) => e?.record ? [e.record] : []);
  checkDerived(input, records, new Set(entries.map((e) => e.path)), rekeyed, problems);
  const root = leaves ? rootsAtSizes(leaves, [leaves.length]).get(leaves.length) : void 0;
  return { ok: problems.length === 0, size: ordered.length, root: root ? toHex(root) : null, problems };
}
function checkCurrent(input, ordered, leaves, chainBroken, problems) {
  const text = input.files[CHECKPOINT_PATH];
  if (text === void 0) {
    if (ordered.length > 0) problems.push({ kind: "deleted", path: CHECKPOINT_PATH, message: "the signed checkpoint is missing" });
    return null;
  }
  const cp = parseCheckpoint(text, input.verifierKey);
  if (!cp.ok) {
    problems.push({ kind: "signature", path: CHECKPOINT_PATH, message: cp.error.message });
    return null;
  }
  const n = ordered.length;
  const { size } = cp.value;
  if (size > n) problems.push({ kind: "deleted", path: CHECKPOINT_PATH, message: `checkpoint covers ${size} records but only ${n} exist` });
  for (let seq = size + 1; seq <= n; seq++) {
    const e = ordered[seq - 1];
    if (e) problems.push({ kind: "inserted", path: e.path, message: `record seq ${seq} is not covered by the signed checkpoint (size ${size})` });
  }
  if (leaves && size <= n) {
    const root = rootsAtSizes(leaves, [size]).get(size);
    if (!Buffer.from(root).equals(cp.value.root)) reportRoot(ordered, size, root, cp.value.root, chainBroken, problems);
  }
  return cp.value;
}
function reportRoot(ordered, size, got, want, chainBroken, problems) {
  const last = ordered[size - 1];
  if (!chainBroken && last) problems.push({ kind: "edited", path: last.path, message: `record seq ${last.seq} does not match the signed checkpoint` });
  problems.push({ kind: "root", path: CHECKPOINT_PATH, message: `Merkle root of ${size} records is ${toHex(got)}, checkpoint says ${toHex(want)}` });
}
function checkPublishedKey(input, problems) {
  const published = publishedVerifierKey(input.files);
  if (published === null || published === input.verifierKey.trim()) return false;
  problems.push({ kind: "signature", path: VERIFIER_KEY_PATH, message: `the branch publishes verifier key ${published}, not ${input.verifierKey.trim()}: it was re-keyed` });
  return true;
}
function checkAnchor(input, anchor, leaves, current, problems) {
  const path = anchor.source;
  const saved = parseCheckpoint(anchor.checkpoint, input.verifierKey);
  if (!saved.ok) {
    problems.push({ kind: "signature", path, message: `${saved.error.message}: not signed by the key in use (a re-keyed log, or a forged anchor)` });
    return;
  }
  const { size, root } = saved.value;
  if (current && current.size < size) {
    problems.push({ kind: "rewrite", path: CHECKPOINT_PATH, message: `checkpoint size ${current.size} is smaller than the ${size} of ${path}: history was truncated` });
  }
  if (!leaves) return;
  if (leaves.length < size) {
    problems.push({ kind: "rewrite", path, message: `the log has ${leaves.length} records, fewer than the ${size} of this checkpoint: it was truncated or deleted` });
    return;
  }
  const prefix = rootsAtSizes(leaves, [size]).get(size);
  if (!Buffer.from(prefix).equals(root)) {
    problems.push({ kind: "rewrite", path, message: `the first ${size} records no longer hash to this checkpoint's root: history was rewritten` });
  }
}
function checkDerived(input, records, recordPaths, rekeyed, problems) {
  if (records.length === 0 && Object.keys(input.files).length === 0) return;
  const expected = deriveAll(records, { serverUrl: input.serverUrl ?? DEFAULT_SERVER_URL, verifierKey: input.verifierKey });
  for (const [path, content] of Object.entries(expected)) {
    if (rekeyed && (path === VERIFIER_KEY_PATH || path === ROOT_README)) continue;
    const actual = input.files[path];
    if (actual !== content) problems.push({ kind: "derived", path, message: actual === void 0 ? "derived file is missing" : "derived file differs from what the records produce" });
  }
  for (const path of Object.keys(input.files)) {
    if (path === CHECKPOINT_PATH || recordPaths.has(path) || Object.hasOwn(expected, path)) continue;
    if (isDerivedPath(path)) problems.push({ kind: "derived", path, message: "derived file that no record produces" });
    else problems.push({ kind: "unknown-file", path, message: "file is not part of the audit log layout" });
  }
}
function lazyPointerIndex(files) {
  let index = null;
  return () => {
    if (index) return index;
    index = /* @__PURE__ */ new Map();
    for (const [path, text] of Object.entries(files)) {
      if (!path.startsWith("by-pr/")) continue;
      for (const s of text.split('"')) {
        const m = RECORD_PATH.exec(s);
        if (m) index.set(Number(m[4]), s);
      }
    }
    return index;
  };
}

// src/core/audit/verify-statement.ts
function verifyStatement(f) {
  if (!f.intact) return { anchored: f.keyPinned || f.anchors.length > 0, proved: [], notProved: ["integrity: problems were found (listed above)"] };
  const key = f.keyPinned ? "the key you pinned (--key)" : "the key the branch itself publishes";
  const proved = [
    `${f.size} record(s) parse, hash and chain by seq and prevHash`,
    `the Merkle root of the records matches the checkpoint, which is signed by ${key}`,
    "every derived page (indexes, pointers, charts) matches the records",
    "no commit of the branch modified or deleted a record"
  ];
  if (f.anchors.length > 0) proved.push(`the log extends each of ${f.anchors.length} anchor(s), each signed by the same key: ${f.anchors.join("; ")}`);
  const notProved = [];
  if (!f.keyPinned && f.anchors.length === 0) {
    notProved.push(
      "that the key is the App's: it was checked only against the key the branch publishes (trust on first use), so a rewrite re-signed with a new key passes too; pin it with --key, or check the App's witness with --github-repo"
    );
  }
  if (f.anchors.length === 0) {
    const searched = f.witnessSearch ? ` (no witness found in ${f.witnessSearch})` : "";
    notProved.push(`that no records were cut off the end: a branch reset to an older commit still verifies; compare with a saved checkpoint (--checkpoint) or the App's witness (--github-repo)${searched}`);
  } else if (f.witnesses === 0) {
    notProved.push("records appended after your saved checkpoint: only the App's witness (--github-repo) covers them");
  }
  return { anchored: f.keyPinned || f.anchors.length > 0, proved, notProved };
}

// src/core/audit/commit-check.ts
function commitOnlyAdds(prevFiles, nextFiles) {
  const problems = [];
  for (const [path, text] of Object.entries(prevFiles)) {
    if (!RECORD_PATH.test(path)) continue;
    const next = nextFiles[path];
    if (next === void 0 || !Object.hasOwn(nextFiles, path)) problems.push({ kind: "deleted", path, message: "commit removed a record" });
    else if (next !== text) problems.push({ kind: "edited", path, message: "commit changed an existing record" });
  }
  const added = [];
  for (const [path, text] of Object.entries(nextFiles)) {
    if (Object.hasOwn(prevFiles, path) && prevFiles[path] === text) continue;
    if (RECORD_PATH.test(path)) {
      if (!Object.hasOwn(prevFiles, path)) added.push(path);
    } else if (path !== CHECKPOINT_PATH && !isDerivedPath(path)) {
      problems.push({ kind: "unknown-file", path, message: "commit touched a file outside the audit log layout" });
    }
  }
  return { ok: problems.length === 0, added: added.sort(), problems };
}

export {
  generateSigningKey,
  verifierKeyFor,
  DEFAULT_SERVER_URL,
  appendRecord,
  WITNESS_CHECK_NAME,
  formatWitness,
  parseWitness,
  publishedVerifierKey,
  verifyLog,
  verifyStatement,
  commitOnlyAdds,
  auditInput
};
