import { createRequire as __promptopsCreateRequire } from 'node:module';
const require = __promptopsCreateRequire(import.meta.url);
import {
  APPROVAL_CHECK_NAME,
  checkSetup,
  enforcesNothing
} from "./chunk-FOULV4QT.js";
import "./chunk-5Q7Q5XHY.js";
import "./chunk-AHLCD7QB.js";
import "./chunk-FQS4FOID.js";
import {
  classifier
} from "./chunk-P2FQAF6C.js";
import {
  listFiles,
  loadPolicyAt
} from "./chunk-OVJFYKMQ.js";
import {
  resolveCommit
} from "./chunk-RP5E3GQY.js";
import {
  ownersForPaths,
  parseCodeowners
} from "./chunk-RDO2QB6W.js";
import "./chunk-XTRQLRQ2.js";
import "./chunk-T6OKS3OG.js";
import "./chunk-A32Z36SF.js";
import {
  absolute,
  oneOf,
  parse,
  str
} from "./chunk-625UJJ63.js";
import {
  clientFromEnv,
  parseRepo
} from "./chunk-GPRBM2HO.js";
import {
  VERSION
} from "./chunk-AYBAV67E.js";
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

// src/core/config/candidates.ts
var TEXT = /\.(?:txt|md|j2|jinja2?|hbs|handlebars|mustache|json|ya?ml|liquid|tmpl|tpl)$/i;
var PROMPT_NAMES = [
  /\.prompt(?:\.(?:ya?ml|md|txt|json))?$/i,
  // Dotprompt, GitHub Models, VS Code prompt files
  /\.prompty$/i,
  /(?:^|\/)skprompt\.txt$/i,
  // Semantic Kernel
  /(?:^|\/)(?:system|user)[-_]?prompt\.[a-z0-9]+$/i
];
var PROMPT_DIR = /(?:^|\/)(?:prompts?|prompt[-_]templates?|system[-_]prompts?)\//i;
var SKIPPED = /(?:^|\/)(?:node_modules|vendor|dist|build|\.git)\//;
var NOT_PROMPTS = /(?:^|\/)(?:readme|license|licence|changelog|contributing|package(?:-lock)?|tsconfig)\.[a-z]+$/i;
function looksLikePromptFile(path) {
  if (SKIPPED.test(path) || NOT_PROMPTS.test(path)) return false;
  if (PROMPT_NAMES.some((re) => re.test(path))) return true;
  return PROMPT_DIR.test(path) && TEXT.test(path);
}
function ungovernedCandidates(paths, classify) {
  return paths.filter((p) => looksLikePromptFile(p) && !classify.isTemplate(p));
}

// src/core/doctor.ts
function diagnose(input) {
  const checks = [];
  const add = (id, status2, message2) => void checks.push({ id, status: status2, message: message2 });
  if (input.configError) add("config", "fail", input.configError);
  else if (!input.configFound)
    add(
      "config",
      "warn",
      ".github/promptops.yml is missing: the Action uses defaults, and the App fails closed until it exists on the base branch"
    );
  else add("config", "ok", ".github/promptops.yml is valid");
  if (!input.codeownersPath) add("codeowners", "warn", "no CODEOWNERS file: only promptops.yml owners can route reviews");
  else if (input.codeownersErrors.length > 0)
    add("codeowners", "fail", `${input.codeownersPath} has errors:
  ${input.codeownersErrors.join("\n  ")}`);
  else add("codeowners", "ok", `${input.codeownersPath} parses with GitHub's rules`);
  if (input.githubCodeownersErrors && input.githubCodeownersErrors.length > 0)
    add("codeowners-github", "fail", `GitHub reports CODEOWNERS errors:
  ${input.githubCodeownersErrors.join("\n  ")}`);
  const unowned = input.templates.filter((t) => t.owners.length === 0).map((t) => t.path);
  if (input.templates.length === 0) add("templates", "warn", "no governed prompt templates found: check `templates:` globs");
  else if (unowned.length > 0)
    add(
      "owners",
      "warn",
      `${unowned.length} of ${input.templates.length} templates have no owner: ${unowned.slice(0, 10).join(", ")}${unowned.length > 10 ? ", \u2026" : ""}`
    );
  else add("owners", "ok", `all ${input.templates.length} governed templates have owners`);
  if (input.setup === null)
    add(
      "github-settings",
      "warn",
      `GitHub settings not checked (set GITHUB_TOKEN and --github-repo to check that ${input.branch} requires ${APPROVAL_CHECK_NAME} from the PromptOps App and that the audit branch is protected)`
    );
  else checks.push(...input.setup);
  const missed = input.ungoverned ?? [];
  if (missed.length > 0) {
    const one = missed.length === 1;
    const listed = `${missed.slice(0, 10).join(", ")}${missed.length > 10 ? ", \u2026" : ""}`;
    add(
      "coverage",
      "warn",
      `${missed.length} file${one ? " looks" : "s look"} like prompt templates but no \`templates:\` glob governs ${one ? "it" : "them"}: ${listed}`
    );
  }
  return checks;
}

// src/adapters/github/protection.ts
var status = (e) => e.status;
var message = (e) => e.message ?? "";
function fromClassic(p) {
  const reviews = p.required_pull_request_reviews;
  const requiredChecks = (p.required_status_checks?.checks ?? []).map((c) => ({ context: c.context, appId: c.app_id ?? null }));
  return {
    kind: "branch protection",
    requiredChecks,
    blocksForcePushes: p.allow_force_pushes?.enabled === false,
    blocksDeletion: p.allow_deletions?.enabled === false,
    requiresPullRequest: reviews !== void 0,
    requiresReviews: reviews !== void 0 && ((reviews.required_approving_review_count ?? 0) > 0 || reviews.require_code_owner_reviews === true),
    requiresLastPushApproval: reviews?.require_last_push_approval === true,
    requiresUpToDate: requiredChecks.length > 0 && p.required_status_checks?.strict === true,
    // Classic protection cannot require a merge queue through the API; rulesets can.
    requiresMergeQueue: false
  };
}
function fromRules(rules) {
  const source = enforcesNothing("rulesets");
  for (const rule of rules) {
    if (rule.type === "required_status_checks") {
      const checks = rule.parameters?.required_status_checks ?? [];
      source.requiredChecks.push(...checks.map((c) => ({ context: c.context, appId: c.integration_id ?? null })));
      source.requiresUpToDate ||= checks.length > 0 && rule.parameters?.strict_required_status_checks_policy === true;
    }
    if (rule.type === "merge_queue") source.requiresMergeQueue = true;
    if (rule.type === "non_fast_forward") source.blocksForcePushes = true;
    if (rule.type === "deletion") source.blocksDeletion = true;
    if (rule.type === "pull_request") {
      const p = rule.parameters;
      source.requiresPullRequest = true;
      source.requiresReviews ||= (p?.required_approving_review_count ?? 0) > 0 || p?.require_code_owner_review === true;
      source.requiresLastPushApproval ||= p?.require_last_push_approval === true;
    }
  }
  return source;
}
async function readBranchSettings(client, repo, branch) {
  const settings = { branch, exists: null, sources: [], unreadable: [] };
  try {
    settings.sources.push(fromClassic((await client.rest.repos.getBranchProtection({ ...repo, branch })).data));
    settings.exists = true;
  } catch (e) {
    if (status(e) === 404 && /not protected/i.test(message(e))) settings.exists = true;
    else if (status(e) === 404 && /branch not found/i.test(message(e))) settings.exists = false;
    else if (status(e) === 403 || status(e) === 404) settings.unreadable.push("branch protection (reading it needs admin access)");
    else throw e;
  }
  try {
    const rules = await client.paginate("GET /repos/{owner}/{repo}/rules/branches/{branch}", { ...repo, branch, per_page: 100 });
    if (rules.length > 0) settings.sources.push(fromRules(rules));
  } catch (e) {
    if (status(e) !== 403 && status(e) !== 404) throw e;
    settings.unreadable.push("rulesets");
  }
  return settings;
}
async function appBySlug(client, slug) {
  try {
    const { data } = await client.rest.apps.getBySlug({ app_slug: slug });
    if (!data) throw new Error(`no GitHub App with the slug "${slug}"`);
    return { id: data.id, how: `App ${data.slug ?? slug}` };
  } catch (e) {
    if (status(e) === 404) throw new Error(`no GitHub App with the slug "${slug}"`, { cause: e });
    throw e;
  }
}
async function approvalPosters(client, repo, pulls = 10) {
  const { data: recent } = await client.rest.pulls.list({
    ...repo,
    state: "all",
    sort: "updated",
    direction: "desc",
    per_page: pulls
  });
  const posters = [];
  for (const pull of recent) {
    const { data } = await client.rest.checks.listForRef({
      ...repo,
      ref: pull.head.sha,
      check_name: APPROVAL_CHECK_NAME,
      filter: "all",
      per_page: 100
    });
    for (const run of data.check_runs)
      if (run.app) posters.push({ appId: run.app.id, slug: run.app.slug ?? String(run.app.id), where: `#${pull.number}` });
  }
  return posters;
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
var usage = `Usage: promptops doctor [--repo DIR] [--ref REF] [--github-repo OWNER/NAME] [--branch BRANCH]
                       [--app-id ID | --app-slug SLUG] [--format text|json]

Checks the setup: config and CODEOWNERS valid, every governed template owned. With a token in
GITHUB_TOKEN (API URL from GITHUB_API_URL) and --github-repo it also reads GitHub's settings:
BRANCH (default: the repository's default branch) must require promptops/approval from the
PromptOps App (not from any source), the audit branch (config audit.branch) must block force
pushes and deletion, GitHub's "approval of the most recent reviewable push" is checked where
GitHub's own reviews are required, and GitHub's CODEOWNERS errors are listed.
The App's id comes from --app-id, PROMPTOPS_APP_ID, or --app-slug (looked up); without
them it is inferred from the App that posted promptops/approval on recent pull requests.
Reading classic branch protection needs admin access; rulesets are readable with read access.
Exit 0 when nothing fails (warnings allowed), 2 otherwise.`;
var ICON = { ok: "\u2713", warn: "!", fail: "\u2717" };
function appIdOption(value, from) {
  if (value === void 0 || value === "") return null;
  if (!/^[1-9]\d{0,11}$/.test(value)) throw new UsageError(`${from} must be a GitHub App id, a positive number (got "${value}")`);
  return { id: Number(value), how: from };
}
async function githubSetup(client, repo, branch, auditBranch, app) {
  const base = branch ?? (await client.rest.repos.get({ ...repo })).data.default_branch;
  const [baseSettings, audit, posters] = await Promise.all([
    readBranchSettings(client, repo, base),
    readBranchSettings(client, repo, auditBranch),
    approvalPosters(client, repo)
  ]);
  return { branch: base, setup: checkSetup({ base: baseSettings, audit, app, posters }) };
}
var doctorCommand = {
  name: "doctor",
  usage,
  async run(argv, io) {
    const opts = {
      repo: { type: "string" },
      ref: { type: "string" },
      "github-repo": { type: "string" },
      branch: { type: "string" },
      "app-id": { type: "string" },
      "app-slug": { type: "string" },
      format: { type: "string" }
    };
    const { values } = parse(argv, opts, usage);
    if (values.help) return io.stdout(`${usage}
`), 0;
    const format = oneOf(str(values.format), ["text", "json"], "--format", "text");
    const repo = absolute(io.cwd, str(values.repo) ?? ".");
    const commit = await resolveCommit(repo, str(values.ref) ?? "HEAD");
    const policy = await loadPolicyAt(repo, commit);
    const config = policy.config.ok ? policy.config.value : null;
    const paths = await listFiles(repo, commit);
    const governed = config ? paths.filter(classifier(config).isTemplate) : [];
    const owners = config ? ownersForPaths(governed, policy.codeowners?.text, config.owners) : {};
    const remote = str(values["github-repo"]);
    const token = io.env.GITHUB_TOKEN ?? io.env.GH_TOKEN;
    const client = remote && token ? clientFromEnv(io.env, { token, userAgent: `promptops-cli/${VERSION}` }) : null;
    const slug = str(values["app-slug"]);
    const explicit = appIdOption(str(values["app-id"]), "--app-id") ?? appIdOption(io.env.PROMPTOPS_APP_ID, "PROMPTOPS_APP_ID");
    const app = explicit ?? (client && slug ? await appBySlug(client, slug) : null);
    const github = client && remote ? await githubSetup(client, parseRepo(remote), str(values.branch), config?.audit.branch ?? "promptops-audit", app) : null;
    const branch = github?.branch ?? str(values.branch) ?? "main";
    const checks = diagnose({
      configError: policy.config.ok ? null : policy.config.error.message,
      configFound: policy.configText !== null,
      codeownersPath: policy.codeowners?.path ?? null,
      codeownersErrors: codeownersErrors(policy.codeowners),
      templates: governed.map((path) => ({ path, owners: owners[path] ?? [] })),
      setup: github?.setup ?? null,
      githubCodeownersErrors: client && remote ? await githubCodeownersErrors(client, parseRepo(remote), branch) : null,
      branch,
      ungoverned: config ? ungovernedCandidates(paths, classifier(config)) : []
    });
    io.stdout(
      format === "json" ? `${JSON.stringify({ checks }, null, 2)}
` : `${checks.map((c) => `${ICON[c.status]} ${c.id}: ${c.message}`).join("\n")}
`
    );
    return checks.some((c) => c.status === "fail") ? 2 : 0;
  }
};
function codeownersErrors(codeowners) {
  if (!codeowners) return [];
  return parseCodeowners(codeowners.text).errors.map((e) => `${codeowners.path}:${e.line}: ${e.message}`);
}
export {
  doctorCommand
};
