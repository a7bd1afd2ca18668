import { createRequire as __promptopsCreateRequire } from 'node:module';
const require = __promptopsCreateRequire(import.meta.url);
import {
  loadPolicyAt
} from "./chunk-O2F7UFJU.js";
import {
  git,
  resolveCommit
} from "./chunk-6VFTQC5U.js";
import {
  createClient,
  parseRepo
} from "./chunk-L3RKPQZA.js";
import {
  VERSION
} from "./chunk-EMWUWVC6.js";
import "./chunk-U6EGTRUJ.js";
import "./chunk-UBJGYMKR.js";
import {
  classifier
} from "./chunk-VZZ6DKHX.js";
import "./chunk-JP26DQY6.js";
import {
  ownersForPaths,
  parseCodeowners
} from "./chunk-5XHLHRR3.js";
import "./chunk-QK6DH36R.js";
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
import "./chunk-7Z5DEWCI.js";
import "./chunk-L4R2QCBA.js";

// src/core/plan/approval-check.ts
var APPROVAL_CHECK_NAME = "promptops/approval";

// src/core/doctor.ts
function diagnose(input) {
  const checks = [];
  const add = (id, status2, message) => void checks.push({ id, status: status2, message });
  if (input.configError) add("config", "fail", input.configError);
  else if (!input.configFound) add("config", "warn", ".github/promptops.yml is missing: the Action uses defaults, and the App fails closed until it exists on the base branch");
  else add("config", "ok", ".github/promptops.yml is valid");
  if (!input.codeownersPath) add("codeowners", "warn", "no CODEOWNERS file: only promptops.yml owners can route reviews");
  else if (input.codeownersErrors.length > 0) add("codeowners", "fail", `${input.codeownersPath} has errors:
  ${input.codeownersErrors.join("\n  ")}`);
  else add("codeowners", "ok", `${input.codeownersPath} parses with GitHub's rules`);
  if (input.githubCodeownersErrors && input.githubCodeownersErrors.length > 0) add("codeowners-github", "fail", `GitHub reports CODEOWNERS errors:
  ${input.githubCodeownersErrors.join("\n  ")}`);
  const unowned = input.templates.filter((t) => t.owners.length === 0).map((t) => t.path);
  if (input.templates.length === 0) add("templates", "warn", "no governed prompt templates found: check `templates:` globs");
  else if (unowned.length > 0) add("owners", "warn", `${unowned.length} of ${input.templates.length} templates have no owner: ${unowned.slice(0, 10).join(", ")}${unowned.length > 10 ? ", \u2026" : ""}`);
  else add("owners", "ok", `all ${input.templates.length} governed templates have owners`);
  if (input.requiredChecks === null) add("branch-protection", "warn", `could not read branch protection for ${input.branch} (set GITHUB_TOKEN and --github-repo to check that ${APPROVAL_CHECK_NAME} is required)`);
  else if (!input.requiredChecks.includes(APPROVAL_CHECK_NAME)) add("branch-protection", "fail", `${input.branch} does not require the ${APPROVAL_CHECK_NAME} check: add it to branch protection or a ruleset, or approvals are advisory only`);
  else add("branch-protection", "ok", `${input.branch} requires ${APPROVAL_CHECK_NAME}`);
  return checks;
}

// src/adapters/github/protection.ts
var status = (e) => e.status;
async function requiredChecks(client, repo, branch) {
  const checks = /* @__PURE__ */ new Set();
  let known = false;
  try {
    const { data } = await client.rest.repos.getBranchProtection({ ...repo, branch });
    for (const c of data.required_status_checks?.contexts ?? []) checks.add(c);
    known = true;
  } catch (e) {
    if (status(e) === 404) known = true;
    else if (status(e) !== 403) throw e;
  }
  try {
    const rules = await client.paginate(client.rest.repos.getBranchRules, { ...repo, branch, per_page: 100 });
    for (const rule of rules) {
      if (rule.type === "required_status_checks") for (const c of rule.parameters?.required_status_checks ?? []) checks.add(c.context);
    }
    known = true;
  } catch (e) {
    if (status(e) !== 403 && status(e) !== 404) throw e;
  }
  return known ? [...checks] : null;
}
async function githubCodeownersErrors(client, repo, ref) {
  try {
    const { data } = await client.rest.repos.codeownersErrors({ ...repo, ref });
    return data.errors.map((e) => `${e.path}:${e.line}: ${e.kind}${e.message ? ` (${e.message.split("\n")[0]})` : ""}`);
  } catch (e) {
    if (status(e) === 404 || status(e) === 403) return null;
    throw e;
  }
}

// src/cli/commands/doctor.ts
var usage = `Usage: promptops doctor [--repo DIR] [--ref REF] [--github-repo OWNER/NAME] [--branch BRANCH] [--format text|json]

Checks the setup: config and CODEOWNERS valid, every governed template owned, and \u2014 with
a token in GITHUB_TOKEN (API URL from GITHUB_API_URL) and --github-repo \u2014 that BRANCH
(default main) requires the promptops/approval check, and GitHub's own CODEOWNERS errors.
Exit 0 when nothing fails (warnings allowed), 2 otherwise.`;
var ICON = { ok: "\u2713", warn: "!", fail: "\u2717" };
var doctorCommand = {
  name: "doctor",
  usage,
  async run(argv, io) {
    const opts = { repo: { type: "string" }, ref: { type: "string" }, "github-repo": { type: "string" }, branch: { type: "string" }, format: { type: "string" } };
    const { values } = parse(argv, opts, usage);
    if (values.help) return io.stdout(`${usage}
`), 0;
    const repo = absolute(io.cwd, str(values.repo) ?? ".");
    const branch = str(values.branch) ?? "main";
    const commit = await resolveCommit(repo, str(values.ref) ?? "HEAD");
    const policy = await loadPolicyAt(repo, commit);
    const config = policy.config.ok ? policy.config.value : null;
    const paths = (await git(repo, ["ls-tree", "-r", "-z", "--name-only", commit])).split("\0").filter(Boolean);
    const governed = config ? paths.filter(classifier(config).isTemplate) : [];
    const owners = config ? ownersForPaths(governed, policy.codeowners?.text, config.owners) : {};
    const remote = str(values["github-repo"]);
    const token = io.env.GITHUB_TOKEN ?? io.env.GH_TOKEN;
    const client = remote && token ? createClient({ token, baseUrl: io.env.GITHUB_API_URL ?? "https://api.github.com", userAgent: `promptops-cli/${VERSION}` }) : null;
    const checks = diagnose({
      configError: policy.config.ok ? null : policy.config.error.message,
      configFound: policy.configText !== null,
      codeownersPath: policy.codeowners?.path ?? null,
      codeownersErrors: policy.codeowners ? parseCodeowners(policy.codeowners.text).errors.map((e) => `${policy.codeowners.path}:${e.line}: ${e.message}`) : [],
      templates: governed.map((path) => ({ path, owners: owners[path] ?? [] })),
      requiredChecks: client && remote ? await requiredChecks(client, parseRepo(remote), branch) : null,
      githubCodeownersErrors: client && remote ? await githubCodeownersErrors(client, parseRepo(remote), branch) : null,
      branch
    });
    const format = oneOf(str(values.format), ["text", "json"], "--format", "text");
    io.stdout(format === "json" ? `${JSON.stringify({ checks }, null, 2)}
` : `${checks.map((c) => `${ICON[c.status]} ${c.id}: ${c.message}`).join("\n")}
`);
    return checks.some((c) => c.status === "fail") ? 2 : 0;
  }
};
export {
  doctorCommand
};
