import { createRequire as __promptopsCreateRequire } from 'node:module';
const require = __promptopsCreateRequire(import.meta.url);
import {
  firstReviewAt,
  slaPolicy,
  slaStatus
} from "./chunk-W47C5LOE.js";
import {
  generateSigningKey
} from "./chunk-UKUZRSYM.js";
import {
  PromptOpsError
} from "./chunk-7Z5DEWCI.js";

// src/core/governance/sla-outcome.ts
function slaOutcome(report, config, pull, reviews) {
  const policy = slaPolicy(report, config);
  if (!policy || !pull.openedAt) return void 0;
  const status = slaStatus(policy, pull.openedAt, firstReviewAt(reviews, pull.author), new Date(pull.mergedAt));
  const owners = [...new Set(report.templates.flatMap((t) => t.owners))].slice(0, 50);
  return {
    target: status.target,
    startedAt: status.startedAt,
    dueAt: status.dueAt,
    firstReviewAt: status.firstReviewAt,
    breached: status.breached,
    owners
  };
}

// src/adapters/audit/signer.ts
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
function signerFromEnv(env, fallbackName) {
  const raw = env.PROMPTOPS_SIGNING_KEY;
  if (!raw) return null;
  const pem = raw.includes("-----BEGIN") ? raw.replace(/\\n/g, "\n") : Buffer.from(raw, "base64").toString("utf8");
  if (!pem.includes("-----BEGIN PRIVATE KEY-----"))
    throw new PromptOpsError("signing-key", "PROMPTOPS_SIGNING_KEY is not an Ed25519 PKCS#8 PEM (raw or base64)");
  return { name: env.PROMPTOPS_SIGNING_KEY_NAME ?? fallbackName, privateKeyPem: pem };
}
function signerFromFile(path) {
  let data;
  try {
    data = JSON.parse(readFileSync(path, "utf8"));
  } catch (cause) {
    throw new PromptOpsError("signing-key", `${path}: cannot read signing key (${cause.message})`);
  }
  if (typeof data.name !== "string" || typeof data.privateKeyPem !== "string")
    throw new PromptOpsError("signing-key", `${path}: expected {"name": \u2026, "privateKeyPem": \u2026}`);
  return { name: data.name, privateKeyPem: data.privateKeyPem };
}
function localSigner(gitDir, repoDir) {
  const path = join(gitDir, "promptops", "audit-signer.json");
  if (existsSync(path)) return signerFromFile(path);
  const name = `local/${basename(repoDir).replace(/[^A-Za-z0-9._-]/g, "-") || "repo"}/promptops-audit`;
  const { privateKeyPem } = generateSigningKey(name);
  mkdirSync(join(gitDir, "promptops"), { recursive: true });
  writeFileSync(path, `${JSON.stringify({ name, privateKeyPem }, null, 2)}
`, { mode: 384 });
  chmodSync(path, 384);
  return { name, privateKeyPem };
}

export {
  slaOutcome,
  signerFromEnv,
  signerFromFile,
  localSigner
};
