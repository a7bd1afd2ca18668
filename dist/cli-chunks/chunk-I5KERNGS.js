import { createRequire as __promptopsCreateRequire } from 'node:module';
const require = __promptopsCreateRequire(import.meta.url);

// src/cli/audit/usage.ts
var recordUsage = `Usage: promptops audit record --repo DIR --base SHA --head SHA --pr N --merge-commit SHA [--author LOGIN] [--approvals FILE] [--title TEXT] [--merged-at ISO] [--opened-at ISO] [--repository OWNER/NAME] [--branch B] [--key FILE]

Scores the change, evaluates routing with the given reviews (GitHub list-reviews JSON), and
appends one record to the audit branch (default from promptops.yml, else promptops-audit),
creating it on first use. Works on a local clone with no remote. Signs checkpoints with
--key (JSON {name, privateKeyPem}), else PROMPTOPS_SIGNING_KEY, else a key kept in
.git/promptops/ (created on first use). Idempotent per repository + PR + merge commit.`;
var reconcileUsage = `Usage: promptops audit reconcile --github-repo OWNER/NAME [--since DATE] [--branch B] [--dry-run]

Lists merged pull requests (closed PRs, newest first, back to --since) and records every
governed one that is missing from the audit branch (default: audit.branch of the default
branch's promptops.yml), oldest merge first. Needs GITHUB_TOKEN (API from GITHUB_API_URL) and
PROMPTOPS_SIGNING_KEY (the App's key). A PR that cannot be recorded is listed under notRecorded
with the reason and the others are still recorded; a branch that fails its integrity check
(truncated, deleted, rewritten, re-keyed) stops the run. Exit 1 when anything was not recorded.`;

export {
  recordUsage,
  reconcileUsage
};
