import { createRequire as __promptopsCreateRequire } from 'node:module';
const require = __promptopsCreateRequire(import.meta.url);
import {
  changedSinceApproval
} from "./chunk-655X3BU5.js";
import {
  dataClassApprovals,
  evaluateRouting,
  includedChangedFiles,
  isBot,
  routingInput
} from "./chunk-VD25LNYJ.js";
import {
  mapLimit,
  scoreChanges
} from "./chunk-KRA36BLI.js";
import {
  decodeText
} from "./chunk-VU366XUZ.js";
import {
  classifier,
  runsPromptOps
} from "./chunk-KWEVV5FO.js";
import {
  CODEOWNERS_PATHS,
  ownersForPaths
} from "./chunk-NN2D3ZQH.js";
import {
  CONFIG_PATH,
  parseConfig
} from "./chunk-NMV3WDMR.js";
import {
  err
} from "./chunk-FRHOO7Y3.js";
import {
  maxLevel
} from "./chunk-R47RDTTV.js";
import {
  ConfigError
} from "./chunk-7Z5DEWCI.js";

// src/adapters/github/sha-cache.ts
var ShaCache = class {
  /** At most `capacity` entries, and at most `maxWeight` in total by `weigh` (e.g. bytes). */
  constructor(capacity, maxWeight = Infinity, weigh = () => 0) {
    this.capacity = capacity;
    this.maxWeight = maxWeight;
    this.weigh = weigh;
  }
  capacity;
  maxWeight;
  weigh;
  #entries = /* @__PURE__ */ new Map();
  #weight = 0;
  has(key) {
    return this.#entries.has(key);
  }
  /** The cached value (refreshing its recency); call only after `has`. */
  get(key) {
    const entry = this.#entries.get(key);
    this.#entries.delete(key);
    this.#entries.set(key, entry);
    return entry.value;
  }
  set(key, value) {
    this.#drop(key);
    const weight = this.weigh(value);
    if (weight > this.maxWeight) return;
    this.#entries.set(key, { value, weight });
    this.#weight += weight;
    while (this.#entries.size > this.capacity || this.#weight > this.maxWeight) this.#drop(this.#entries.keys().next().value);
  }
  #drop(key) {
    const entry = this.#entries.get(key);
    if (!entry) return;
    this.#weight -= entry.weight;
    this.#entries.delete(key);
  }
};
var isCommitSha = (ref) => /^[0-9a-f]{40}$/.test(ref);

// src/adapters/github/contents.ts
var textsAtSha = new ShaCache(5e3, 64 * 1024 * 1024, (t) => (t?.text?.length ?? 0) * 2);
var textKey = (client, repo, sha, path) => `${client.request.endpoint.DEFAULTS.baseUrl} ${repo.owner}/${repo.repo}@${sha}:${path}`;
function cachedText(client, repo, sha, path) {
  const key = textKey(client, repo, sha, path);
  return textsAtSha.has(key) ? textsAtSha.get(key) : void 0;
}
function rememberText(client, repo, sha, path, value) {
  if (isCommitSha(sha)) textsAtSha.set(textKey(client, repo, sha, path), value);
}
async function readText(client, repo, path, ref) {
  const cached = cachedText(client, repo, ref, path);
  if (cached !== void 0) return cached;
  const bytes = await readContent(client, repo, path, ref);
  const value = bytes ? decodeText(bytes) : null;
  rememberText(client, repo, ref, path, value);
  return value;
}
async function readContent(client, repo, path, ref) {
  try {
    const response = await client.request("GET /repos/{owner}/{repo}/contents/{path}", {
      ...repo,
      path,
      ref,
      headers: { accept: "application/vnd.github.raw+json" },
      request: { parseSuccessResponseBody: false }
    });
    return await toBytes(response.data);
  } catch (error) {
    if (error.status === 404) return null;
    throw error;
  }
}
async function readBlob(client, repo, oid) {
  const response = await client.request("GET /repos/{owner}/{repo}/git/blobs/{file_sha}", { ...repo, file_sha: oid, headers: { accept: "application/vnd.github.raw+json" }, request: { parseSuccessResponseBody: false } });
  return toBytes(response.data);
}
async function toBytes(data) {
  if (data instanceof Uint8Array) return data;
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  if (typeof data === "string") return new TextEncoder().encode(data);
  if (data && typeof data.getReader === "function") return new Uint8Array(await new Response(data).arrayBuffer());
  throw new Error("unexpected contents response");
}
var STATUS = { added: "added", removed: "removed", modified: "modified", renamed: "renamed", changed: "modified", copied: "added", unchanged: "modified" };
var toEntry = (f) => ({ status: STATUS[f.status] ?? "modified", path: f.filename, ...f.previous_filename ? { oldPath: f.previous_filename } : {} });
async function listPullFiles(client, repo, pull) {
  return (await client.paginate(client.rest.pulls.listFiles, { ...repo, pull_number: pull, per_page: 100 })).map(toEntry);
}
var needsContent = (classify, e) => classify.needsContent(e.path) || e.oldPath !== void 0 && classify.needsContent(e.oldPath);
var sidesOf = (e, base, head) => ({
  base: e.status === "added" ? null : { sha: base, path: e.oldPath ?? e.path },
  head: e.status === "removed" ? null : { sha: head, path: e.path }
});

// src/adapters/github/base-policy.ts
var CONFIG_PATHS = [CONFIG_PATH, ".github/promptops.yaml"];
var POLICY_PATHS = [...CONFIG_PATHS, ...CODEOWNERS_PATHS];
function policyFrom(texts) {
  const configPath = CONFIG_PATHS.find((p) => texts.get(p)) ?? CONFIG_PATH;
  const found = texts.get(configPath) ?? null;
  const configText = found?.text ?? null;
  const config = found?.binary ? err(new ConfigError(configPath, [{ at: "", line: 1, message: "the file is not UTF-8 text" }])) : parseConfig(configText, configPath);
  const path = CODEOWNERS_PATHS.find((p) => texts.get(p));
  const codeowners = path ? { path, text: texts.get(path).text ?? "" } : null;
  return { configFound: found !== null, configText, config, codeowners };
}
async function loadBasePolicy(client, repo, baseRef) {
  const texts = /* @__PURE__ */ new Map();
  for (const path of CONFIG_PATHS) texts.set(path, await readText(client, repo, path, baseRef));
  for (const path of CODEOWNERS_PATHS) {
    const found = await readText(client, repo, path, baseRef);
    texts.set(path, found);
    if (found) break;
  }
  return policyFrom(texts);
}

// src/adapters/github/compare.ts
var COMPARE_FILE_LIMIT = 300;
var PULL_FILES_LIMIT = 3e3;
var comparisons = new ShaCache(500);
async function compareCommits(client, repo, base, head, pull) {
  const key = `${client.request.endpoint.DEFAULTS.baseUrl} ${repo.owner}/${repo.repo} ${base}...${head}#${pull ?? ""}`;
  if (comparisons.has(key)) return comparisons.get(key);
  const { data } = await client.rest.repos.compareCommitsWithBasehead({ ...repo, basehead: `${base}...${head}`, per_page: 1 });
  const files = data.files ?? [];
  let comparison = { mergeBase: data.merge_base_commit.sha, entries: files.map(toEntry), incomplete: null };
  if (files.length >= COMPARE_FILE_LIMIT) {
    if (pull === null) comparison = { ...comparison, incomplete: `GitHub compares at most ${COMPARE_FILE_LIMIT} files` };
    else {
      const listed = await listPullFiles(client, repo, pull);
      const cut = listed.length >= PULL_FILES_LIMIT ? `GitHub lists at most ${PULL_FILES_LIMIT} files of a pull request` : null;
      comparison = { ...comparison, entries: listed, incomplete: cut };
    }
  }
  if (isCommitSha(base) && isCommitSha(head)) comparisons.set(key, comparison);
  return comparison;
}

// src/adapters/github/file-states.ts
import { createHash } from "node:crypto";

// src/adapters/github/graphql/branch-settings.ts
var BRANCH_SETTINGS = `name
      branchProtectionRule {
        requiredStatusChecks { context app { databaseId } }
        allowsForcePushes allowsDeletions
        requiresApprovingReviews requiredApprovingReviewCount requiresCodeOwnerReviews requireLastPushApproval
      }
      rules(first: 100) { nodes { type parameters {
        ... on RequiredStatusChecksParameters { requiredStatusChecks { context integrationId } }
        ... on PullRequestParameters { requiredApprovingReviewCount requireCodeOwnerReview requireLastPushApproval }
      } } }`;
var get = (o, key) => o && typeof o === "object" ? o[key] : void 0;
var list = (o) => (o ?? []).filter(Boolean);
var id = (v) => typeof v === "number" ? v : null;
function branchSettings(branch, ref, classicFailed, rulesFailed) {
  const settings = { branch, exists: ref ? true : classicFailed && rulesFailed ? null : false, sources: [], unreadable: [] };
  if (classicFailed) settings.unreadable.push("branch protection (reading it needs administration: read)");
  if (rulesFailed) settings.unreadable.push("rulesets");
  const rule = get(ref, "branchProtectionRule");
  if (rule) settings.sources.push(fromClassic(rule));
  const rules = list(get(get(ref, "rules"), "nodes"));
  if (rules.length > 0) settings.sources.push(fromRules(rules));
  return settings;
}
function fromClassic(rule) {
  const reviews = rule.requiresApprovingReviews === true;
  return {
    kind: "branch protection",
    requiredChecks: list(get(rule, "requiredStatusChecks")).map((c) => ({ context: String(c.context), appId: id(get(get(c, "app"), "databaseId")) })),
    blocksForcePushes: rule.allowsForcePushes === false,
    blocksDeletion: rule.allowsDeletions === false,
    requiresPullRequest: reviews,
    requiresReviews: reviews && (Number(rule.requiredApprovingReviewCount ?? 0) > 0 || rule.requiresCodeOwnerReviews === true),
    requiresLastPushApproval: reviews && rule.requireLastPushApproval === true
  };
}
function fromRules(rules) {
  const source = { kind: "rulesets", requiredChecks: [], blocksForcePushes: false, blocksDeletion: false, requiresPullRequest: false, requiresReviews: false, requiresLastPushApproval: false };
  for (const r of rules) {
    const p = get(r, "parameters");
    if (r.type === "REQUIRED_STATUS_CHECKS") source.requiredChecks.push(...list(get(p, "requiredStatusChecks")).map((c) => ({ context: String(c.context), appId: id(c.integrationId) })));
    if (r.type === "NON_FAST_FORWARD") source.blocksForcePushes = true;
    if (r.type === "DELETION") source.blocksDeletion = true;
    if (r.type === "PULL_REQUEST") {
      source.requiresPullRequest = true;
      source.requiresReviews ||= Number(get(p, "requiredApprovingReviewCount") ?? 0) > 0 || get(p, "requireCodeOwnerReview") === true;
      source.requiresLastPushApproval ||= get(p, "requireLastPushApproval") === true;
    }
  }
  return source;
}

// src/adapters/github/graphql/request.ts
var PAGE = 100;
var AUTHORS_PER_COMMIT = 20;
var BLOB = "... on Blob { isBinary isTruncated text }";
var ACTOR = "author { __typename login }";
function buildSnapshotQuery(repo, request) {
  const params = ["$owner: String!", "$name: String!"];
  const variables = { owner: repo.owner, name: repo.repo };
  const inRepo = [];
  const top = [];
  const declare = (name, type, value) => {
    params.push(`$${name}: ${type}`);
    variables[name] = value;
    return `$${name}`;
  };
  (request.files ?? []).forEach((f, i) => {
    const entry = `mode type oid${f.stateOnly ? "" : ` object { ${BLOB} }`}`;
    inRepo.push(`f${i}: object(oid: ${declare(`fc${i}`, "GitObjectID!", f.commit)}) { ... on Commit { file(path: ${declare(`fp${i}`, "String!", f.path)}) { ${entry} } } }`);
  });
  (request.blobs ?? []).forEach((oid, i) => inRepo.push(`b${i}: object(oid: ${declare(`bo${i}`, "GitObjectID!", oid)}) { ${BLOB} }`));
  if (request.pull) inRepo.push(pullPart(declare("pull", "Int!", request.pull.number), request.pull.details));
  if (request.headPulls !== void 0) {
    inRepo.push(`headCommit: object(oid: ${declare("headSha", "GitObjectID!", request.headPulls)}) { ... on Commit {
      associatedPullRequests(first: ${PAGE}) { totalCount nodes { number state headRefOid baseRefName } }
    } }`);
  }
  if (request.checkRuns) {
    const name = declare("checkName", "String!", request.checkRuns.name);
    const app = declare("appId", "Int", request.checkRuns.appId);
    request.checkRuns.shas.forEach((sha, i) => {
      inRepo.push(`c${i}: object(oid: ${declare(`cs${i}`, "GitObjectID!", sha)}) { ... on Commit {
      checkSuites(first: 10, filterBy: { appId: ${app}, checkName: ${name} }) { nodes {
        checkRuns(first: 10, filterBy: { checkName: ${name}, checkType: LATEST }) { nodes { databaseId status conclusion title summary } }
      } }
    } }`);
    });
  }
  ;
  (request.branches ?? []).forEach((branch, i) => {
    inRepo.push(`br${i}: ref(qualifiedName: ${declare(`branch${i}`, "String!", `refs/heads/${branch}`)}) { ${BRANCH_SETTINGS} }`);
  });
  if (request.mergeQueueOf !== void 0) {
    inRepo.push(`mergeQueue(branch: ${declare("queueBranch", "String", request.mergeQueueOf)}) {
      entries(first: ${PAGE}) { totalCount nodes { position headCommit { oid } pullRequest { number } } }
    }`);
  }
  ;
  (request.teams ?? []).forEach((team, i) => {
    const [org, slug] = team.split("/");
    top.push(`t${i}: organization(login: ${declare(`org${i}`, "String!", org)}) { team(slug: ${declare(`team${i}`, "String!", slug)}) { members(first: ${PAGE}) { totalCount nodes { login } } } }`);
  });
  const query = `query PromptOpsSnapshot(${params.join(", ")}) {
  repository(owner: $owner, name: $name) {
    ${inRepo.join("\n    ") || "id"}
  }
  ${top.join("\n  ")}
}`;
  return { query, variables };
}
function pullPart(number, details) {
  const state = `number state title url createdAt isCrossRepository changedFiles ${ACTOR}
      headRefName headRefOid headRepository { name owner { login } }
      baseRefName baseRefOid baseRef { target { oid } }`;
  if (!details) return `pullRequest(number: ${number}) { ${state} }`;
  return `pullRequest(number: ${number}) {
      ${state}
      reviews(first: ${PAGE}) { totalCount nodes { databaseId state body submittedAt authorCanPushToRepository ${ACTOR} commit { oid } } }
      reviewRequests(first: ${PAGE}) { totalCount nodes { requestedReviewer { __typename ... on User { login } ... on Bot { login } ... on Team { slug } } } }
      commits(first: ${PAGE}) { totalCount pageInfo { hasNextPage endCursor } nodes { ${COMMIT_PEOPLE} } }
      timelineItems(last: 1, itemTypes: [BASE_REF_CHANGED_EVENT, BASE_REF_FORCE_PUSHED_EVENT]) { nodes { __typename ... on BaseRefChangedEvent { createdAt } ... on BaseRefForcePushedEvent { createdAt } } }
    }`;
}
var COMMIT_PEOPLE = `commit { oid authors(first: ${AUTHORS_PER_COMMIT}) { totalCount nodes { email user { login } } } committer { email user { login } } }`;
function buildCommitsPageQuery(repo, number, after) {
  return {
    query: `query PromptOpsCommits($owner: String!, $name: String!, $pull: Int!, $after: String!) {
  repository(owner: $owner, name: $name) { pullRequest(number: $pull) { commits(first: ${PAGE}, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { ${COMMIT_PEOPLE} } } } }
}`,
    variables: { owner: repo.owner, name: repo.repo, pull: number, after }
  };
}

// src/adapters/github/graphql/answer.ts
var field = (o, key) => o && typeof o === "object" ? o[key] : void 0;
var nodes = (connection) => (field(connection, "nodes") ?? []).filter(Boolean);
var total = (connection) => Number(field(connection, "totalCount") ?? 0);
var str = (o, key) => typeof o?.[key] === "string" ? o[key] : null;
var tolerated = (e) => (e.type === "NOT_FOUND" || e.type === "FORBIDDEN") && /^(t\d+|repository\.br\d+|repository\.mergeQueue)(\.|$)/.test((e.path ?? []).join("."));
function mapSnapshot(request, data, errors) {
  const failedAt = (prefix) => errors.some((e) => (e.path ?? []).join(".").startsWith(prefix));
  const fatal = errors.filter((e) => !tolerated(e));
  if (fatal.length > 0) throw new Error(`GitHub GraphQL: ${fatal.map((e) => `${e.message}${e.path ? ` (at ${e.path.join(".")})` : ""}`).join("; ")}`);
  const repository = data.repository;
  const snapshot = { files: /* @__PURE__ */ new Map(), blobs: /* @__PURE__ */ new Map(), pull: void 0, reviews: null, requested: null, commits: null, commitsCursor: null, baseChangedAt: null, headPulls: void 0, checkRuns: /* @__PURE__ */ new Map(), branches: /* @__PURE__ */ new Map(), teams: {}, teamsToPage: [], mergeQueue: void 0 };
  (request.blobs ?? []).forEach((oid, i) => {
    const blob = field(repository, `b${i}`);
    snapshot.blobs.set(oid, blob ? blobText(blob) ?? "refetch" : null);
  });
  (request.files ?? []).forEach((f, i) => snapshot.files.set(fileKey(f.commit, f.path), fileAnswer(field(field(repository, `f${i}`), "file"), f.stateOnly === true)));
  if (request.pull) Object.assign(snapshot, pullAnswer(field(repository, "pullRequest"), request.pull.details));
  if (request.headPulls !== void 0) snapshot.headPulls = headPullsAnswer(field(field(repository, "headCommit"), "associatedPullRequests"), request.headPulls);
  request.checkRuns?.shas.forEach((sha, i) => snapshot.checkRuns.set(sha, latestRun(nodes(field(field(repository, `c${i}`), "checkSuites")).flatMap((s) => nodes(field(s, "checkRuns"))))));
  (request.branches ?? []).forEach((branch, i) => snapshot.branches.set(branch, branchSettings(branch, field(repository, `br${i}`), failedAt(`repository.br${i}.branchProtectionRule`), failedAt(`repository.br${i}.rules`))));
  if (request.mergeQueueOf !== void 0) snapshot.mergeQueue = queueAnswer(field(repository, "mergeQueue"), failedAt("repository.mergeQueue"));
  (request.teams ?? []).forEach((team, i) => {
    if (failedAt(`t${i}`)) return;
    const members = field(field(field(data, `t${i}`), "team"), "members");
    if (!members) return;
    if (total(members) > PAGE) snapshot.teamsToPage.push(team);
    else snapshot.teams[team] = nodes(members).map((m) => String(m.login));
  });
  return snapshot;
}
var fileKey = (commit, path) => `${commit}:${path}`;
function fileAnswer(entry, stateOnly) {
  if (!entry) return null;
  const state = { mode: Number(entry.mode).toString(8).padStart(6, "0"), type: String(entry.type), oid: String(entry.oid) };
  if (stateOnly || state.type !== "blob") return state;
  return { ...state, text: blobText(field(entry, "object")) ?? "refetch" };
}
function blobText(blob) {
  if (!blob) return null;
  if (blob.isBinary === true) return { text: null, binary: true };
  const text = blob.text;
  if (blob.isTruncated === true || typeof text !== "string" || text.includes("\uFFFD")) return null;
  if (text.includes("\0")) return { text: null, binary: true };
  return { text, binary: false };
}
function pullAnswer(pull, details) {
  if (!pull) return { pull: void 0 };
  const headRepo = field(pull, "headRepository");
  const author = field(pull, "author");
  const state = {
    number: Number(pull.number),
    state: String(pull.state),
    title: str(pull, "title") ?? "",
    url: str(pull, "url") ?? "",
    createdAt: str(pull, "createdAt") ?? "",
    author: author && typeof author.login === "string" ? { login: restLogin(author), bot: author.__typename === "Bot" } : null,
    headSha: String(pull.headRefOid),
    headRef: str(pull, "headRefName") ?? "",
    headRepo: headRepo ? { owner: String(field(headRepo, "owner")?.login), repo: String(headRepo.name) } : null,
    crossRepository: pull.isCrossRepository === true,
    baseRef: str(pull, "baseRefName") ?? "",
    baseSha: str(field(field(pull, "baseRef"), "target"), "oid") ?? String(pull.baseRefOid),
    changedFiles: Number(pull.changedFiles ?? 0)
  };
  if (!details) return { pull: state };
  const reviews = field(pull, "reviews");
  const requests = field(pull, "reviewRequests");
  const commits = field(pull, "commits");
  const who = nodes(requests).map((n) => field(n, "requestedReviewer"));
  const pageInfo = field(commits, "pageInfo");
  return {
    pull: state,
    reviews: total(reviews) <= PAGE ? nodes(reviews).map(toReview) : null,
    requested: total(requests) <= PAGE ? {
      users: who.flatMap((r) => r && r.__typename !== "Team" && typeof r.login === "string" ? [restLogin(r)] : []),
      teams: who.flatMap((r) => r && r.__typename === "Team" && typeof r.slug === "string" ? [r.slug] : [])
    } : null,
    commits: nodes(commits).map((n) => commitPeople(field(n, "commit"))),
    commitsCursor: pageInfo?.hasNextPage === true ? str(pageInfo, "endCursor") : null,
    baseChangedAt: str(nodes(field(pull, "timelineItems"))[0], "createdAt")
  };
}
function commitPeople(commit) {
  const authors = field(commit, "authors");
  const actors = [...nodes(authors), field(commit, "committer")].filter(Boolean);
  const logins = /* @__PURE__ */ new Set();
  const unresolved = /* @__PURE__ */ new Set();
  for (const actor of actors) {
    const login = str(field(actor, "user"), "login");
    if (login) logins.add(login);
    else if (str(actor, "email")) unresolved.add(str(actor, "email"));
  }
  return { oid: str(commit, "oid") ?? "", logins: [...logins], unresolved: [...unresolved], truncated: total(authors) > AUTHORS_PER_COMMIT };
}
function headPullsAnswer(connection, sha) {
  if (total(connection) > PAGE) return null;
  return nodes(connection).filter((n) => n.state === "OPEN" && n.headRefOid === sha).map((n) => ({ number: Number(n.number), baseRef: str(n, "baseRefName") ?? "" })).sort((a, b) => a.number - b.number);
}
function latestRun(runs) {
  const latest = runs.reduce((best, r) => best && Number(best.databaseId) > Number(r.databaseId) ? best : r, null);
  if (!latest) return null;
  return { id: Number(latest.databaseId), status: String(latest.status).toLowerCase(), conclusion: latest.conclusion ? String(latest.conclusion).toLowerCase() : null, title: str(latest, "title"), summary: str(latest, "summary") };
}
function queueAnswer(queue, failed) {
  if (failed || !queue) return null;
  const entries = field(queue, "entries");
  if (total(entries) > PAGE) return null;
  return nodes(entries).map((e) => ({ number: Number(field(field(e, "pullRequest"), "number")), headSha: str(field(e, "headCommit"), "oid"), position: Number(e.position) })).sort((a, b) => a.position - b.position);
}
function toReview(node) {
  const author = field(node, "author");
  const submitted = str(node, "submittedAt");
  const canPush2 = field(node, "authorCanPushToRepository");
  return {
    id: Number(field(node, "databaseId")),
    user: author && typeof author.login === "string" ? { login: restLogin(author), type: author.__typename === "Bot" ? "Bot" : "User" } : null,
    state: String(field(node, "state")),
    commit_id: str(field(node, "commit"), "oid"),
    body: str(node, "body"),
    ...submitted ? { submitted_at: submitted } : {},
    ...typeof canPush2 === "boolean" ? { author_can_push: canPush2 } : {}
  };
}
var restLogin = (actor) => actor.__typename === "Bot" ? `${String(actor.login)}[bot]` : String(actor.login);

// src/adapters/github/graphql/read.ts
var FILES_PER_QUERY = 100;
var MAX_COMMIT_PAGES = 30;
async function readSnapshot(client, repo, request) {
  const files = dedupe(request.files ?? []);
  const blobs = [...new Set(request.blobs ?? [])];
  const chunks = [];
  for (let i = 0; i < files.length; i += FILES_PER_QUERY) chunks.push({ files: files.slice(i, i + FILES_PER_QUERY) });
  for (let i = 0; i < blobs.length; i += FILES_PER_QUERY) chunks.push({ blobs: blobs.slice(i, i + FILES_PER_QUERY) });
  const [first = {}, ...rest] = chunks;
  const answers = await Promise.all([runQuery(client, repo, { ...request, files: [], blobs: [], ...first }), ...rest.map((chunk) => runQuery(client, repo, chunk))]);
  const out = answers[0];
  for (const more of answers.slice(1)) {
    for (const [k, v] of more.files) out.files.set(k, v);
    for (const [k, v] of more.blobs) out.blobs.set(k, v);
  }
  return out;
}
async function remainingCommits(client, repo, number, first) {
  const commits = [...first.commits ?? []];
  let cursor = first.commitsCursor;
  for (let page = 1; cursor !== null; page++) {
    if (page >= MAX_COMMIT_PAGES) return null;
    const { query, variables } = buildCommitsPageQuery(repo, number, cursor);
    const data = await client.graphql(query, variables);
    const connection = field(field(field(data, "repository"), "pullRequest"), "commits");
    const nodes2 = (field(connection, "nodes") ?? []).filter(Boolean);
    commits.push(...nodes2.map((n) => commitPeople(field(n, "commit"))));
    const info = field(connection, "pageInfo");
    cursor = info?.hasNextPage === true && typeof info.endCursor === "string" ? info.endCursor : null;
  }
  return commits;
}
async function runQuery(client, repo, request) {
  const { query, variables } = buildSnapshotQuery(repo, request);
  let data;
  let errors = [];
  try {
    data = await client.graphql(query, variables);
  } catch (error) {
    const partial = error;
    if (!partial.data && (request.branches !== void 0 || request.mergeQueueOf !== void 0) && partial.errors?.some(isUnknownOptionalField)) {
      const { branches: _unknown, mergeQueueOf, ...rest } = request;
      const snapshot = await runQuery(client, repo, rest);
      return { ...snapshot, ...mergeQueueOf !== void 0 ? { mergeQueue: null } : {} };
    }
    if (!partial.data || !partial.errors) throw error;
    data = partial.data;
    errors = partial.errors;
  }
  return mapSnapshot(request, data, errors);
}
var isUnknownOptionalField = (e) => /\b(rules|branchProtectionRule|requiredStatusChecks|RequiredStatusChecksParameters|PullRequestParameters|integrationId|app|requireLastPushApproval|allowsForcePushes|allowsDeletions|mergeQueue|MergeQueue)\b/.test(e.message) && /doesn't exist|does not exist|unknown type|cannot query field/i.test(e.message);
function dedupe(files) {
  const seen = /* @__PURE__ */ new Map();
  for (const f of files) {
    const key = `${f.commit}:${f.path}`;
    const known = seen.get(key);
    if (!known || known.stateOnly && !f.stateOnly) seen.set(key, f);
  }
  return [...seen.values()];
}

// src/adapters/github/file-states.ts
var statesAtSha = new ShaCache(2e4, 64 * 1024 * 1024, (s) => (s?.text?.text?.length ?? 0) * 2);
var cacheKey = (client, repo, ref) => `${client.request.endpoint.DEFAULTS.baseUrl} ${repo.owner}/${repo.repo}@${fileKey(ref.commit, ref.path)}`;
async function readFileStates(client, repo, refs, extra = null) {
  const known = /* @__PURE__ */ new Map();
  const missing = [];
  for (const ref of refs) {
    const key = cacheKey(client, repo, ref);
    const cached = statesAtSha.has(key) ? statesAtSha.get(key) : void 0;
    if (cached !== void 0 && (ref.stateOnly || cached === null || cached.text !== void 0)) known.set(fileKey(ref.commit, ref.path), cached);
    else missing.push(ref);
  }
  const snapshot = missing.length > 0 || extra !== null ? await readSnapshot(client, repo, { ...extra ?? {}, files: missing }) : null;
  for (const ref of missing) {
    const answer = snapshot?.files.get(fileKey(ref.commit, ref.path));
    if (answer === void 0) throw new Error(`internal: ${fileKey(ref.commit, ref.path)} was not read`);
    let state = answer === null ? null : { mode: answer.mode, type: answer.type, oid: answer.oid };
    if (state !== null && answer !== null && answer.text !== void 0) state = { ...state, ...await withText(client, repo, ref, answer.text) };
    if (isCommitSha(ref.commit)) statesAtSha.set(cacheKey(client, repo, ref), state);
    known.set(fileKey(ref.commit, ref.path), state);
  }
  return { lookup: (commit, path) => known.get(fileKey(commit, path)), snapshot };
}
async function withText(client, repo, ref, text) {
  if (text !== void 0 && text !== "refetch" && !text.binary && text.text !== null) return { text, digest: sha256(Buffer.from(text.text, "utf8")) };
  const bytes = await readContent(client, repo, ref.path, ref.commit);
  if (bytes === null) return { text: null, digest: null };
  return { text: decodeText(bytes), digest: sha256(bytes) };
}
var sha256 = (bytes) => createHash("sha256").update(bytes).digest("hex");

// src/adapters/github/approval-binding.ts
async function changedSinceApprovals(client, repo, input) {
  const out = {};
  if (input.approved.length === 0) return out;
  const paths = (c) => c.entries.flatMap((e) => [e.path, ...e.oldPath ? [e.oldPath] : []]);
  const currentPaths = paths(input.current);
  const compared = [];
  for (const commit of input.approved) {
    const cmp = await compareCommits(client, repo, input.base, commit, null).catch((error) => {
      if (error.status === 404 || error.status === 422) return null;
      throw error;
    });
    if (cmp === null || cmp.incomplete !== null || input.current.incomplete !== null) continue;
    compared.push({ commit, cmp, governed: [.../* @__PURE__ */ new Set([...paths(cmp), ...currentPaths])].filter(input.isGoverned) });
  }
  const refs = compared.flatMap(
    ({ commit, cmp, governed }) => governed.flatMap((path) => [cmp.mergeBase, commit, input.current.mergeBase, input.head].map((at) => ({ commit: at, path, stateOnly: true })))
  );
  const { lookup } = await readFileStates(client, repo, refs);
  for (const { commit, cmp } of compared) {
    const at = { approvedBase: cmp.mergeBase, approved: commit, currentBase: input.current.mergeBase, head: input.head };
    out[commit] = changedSinceApproval({
      approvedPaths: paths(cmp),
      currentPaths,
      isGoverned: input.isGoverned,
      state: (which, path) => {
        const s = lookup(at[which], path);
        return s ? `${s.mode}:${s.oid}` : null;
      }
    });
  }
  return out;
}

// src/adapters/github/include-files.ts
var blobTexts = new ShaCache(2e4, 32 * 1024 * 1024, (t) => (t?.length ?? 0) * 2);
async function includedFiles(client, repo, head, entries, classify) {
  const candidates = new Set(entries.filter((e) => e.status !== "removed" && !classify.needsContent(e.path) && !classify.isPolicyFile(e.path)).map((e) => e.path));
  if (candidates.size === 0) return {};
  const { data } = await client.rest.git.getTree({ ...repo, tree_sha: head, recursive: "true" });
  if (data.truncated) return { unknown: "the repository tree is too large for GitHub to list in full, so files that templates include cannot be found" };
  const oids = new Map(data.tree.filter((e) => e.type === "blob" && typeof e.path === "string" && typeof e.sha === "string").map((e) => [e.path, e.sha]));
  const paths = [...oids.keys()];
  const base = client.request.endpoint.DEFAULTS.baseUrl;
  return includedChangedFiles({
    paths: new Set(paths),
    templates: paths.filter((p) => classify.isTemplate(p)),
    candidates,
    read: async (wanted) => {
      const key = (oid) => `${base} ${repo.owner}/${repo.repo} ${oid}`;
      const missing = [...new Set(wanted.map((p) => oids.get(p)).filter((oid) => !blobTexts.has(key(oid))))];
      if (missing.length > 0) {
        const answer = await readSnapshot(client, repo, { blobs: missing });
        for (const oid of missing) {
          const got = answer.blobs.get(oid);
          const text = got === "refetch" ? decodeText(await readBlob(client, repo, oid)).text : got?.text ?? null;
          blobTexts.set(key(oid), text);
        }
      }
      return new Map(wanted.map((p) => [p, blobTexts.get(key(oids.get(p)))]));
    }
  });
}

// src/adapters/github/pull-facts.ts
function teamsNamed(owners, config) {
  const tiers = [config.routing.low, config.routing.medium, config.routing.high, config.routing.critical];
  const classApprovers = Object.values(config.dataClasses.classes).flatMap((c) => c.approvers ?? []);
  const all = [...owners, ...tiers.flatMap((t) => t.require), ...config.routing.overriders, ...config.routing.policyOwners, ...classApprovers];
  return [...new Set(all.filter((o) => /^@[^/@\s]+\/[^/\s]+$/.test(o)).map((o) => o.slice(1)))].sort();
}
async function loadTeams(client, teams) {
  const out = {};
  for (const team of teams) {
    const [org, slug] = team.split("/");
    try {
      out[team] = (await client.paginate(client.rest.teams.listMembersInOrg, { org, team_slug: slug, per_page: 100 })).map((m) => m.login);
    } catch (error) {
      if (error.status !== 404 && error.status !== 403) throw error;
    }
  }
  return out;
}
async function reviewsWithAccess(client, repo, number, fromSnapshot) {
  if (fromSnapshot !== null) return fromSnapshot;
  const listed = await client.paginate(client.rest.pulls.listReviews, { ...repo, pull_number: number, per_page: 100 });
  const reviews = listed.map((r) => ({
    id: Number(r.id),
    user: r.user ? { login: r.user.login, type: r.user.type } : null,
    state: r.state,
    commit_id: r.commit_id ?? null,
    body: r.body ?? null,
    ...r.submitted_at ? { submitted_at: r.submitted_at } : {}
  }));
  const logins = [...new Set(reviews.flatMap((r) => r.user && r.user.type !== "Bot" ? [r.user.login] : []))];
  const access = new Map(await mapLimit(logins, 4, async (login) => [login, await canPush(client, repo, login)]));
  return reviews.map((r) => r.user && access.has(r.user.login) ? { ...r, author_can_push: access.get(r.user.login) } : r);
}
async function canPush(client, repo, username) {
  try {
    const { data } = await client.rest.repos.getCollaboratorPermissionLevel({ ...repo, username });
    return data.permission === "admin" || data.permission === "write" || data.permission === "maintain";
  } catch (error) {
    if (error.status === 404) return false;
    throw error;
  }
}

// src/adapters/github/pushers.ts
var MAX_PAGES = 10;
var PUSHES = /* @__PURE__ */ new Set(["push", "force_push", "branch_creation"]);
async function pushersOf(client, headRepo, ref, commits) {
  if (headRepo === null) return { unknown: "the head repository was deleted" };
  const pushers = /* @__PURE__ */ new Set();
  try {
    let pages = 0;
    for await (const { data } of client.paginate.iterator(client.rest.repos.listActivities, { ...headRepo, ref: `refs/heads/${ref}`, per_page: 100, direction: "desc" })) {
      if (++pages > MAX_PAGES) return { unknown: `${ref} has more than ${MAX_PAGES * 100} recorded pushes` };
      for (const a of data) {
        if (!PUSHES.has(a.activity_type) || !commits.has(a.after)) continue;
        if (!a.actor) return { unknown: `a push to ${ref} has no recorded actor` };
        pushers.add(a.actor.login);
      }
    }
    return { known: [...pushers] };
  } catch (error) {
    const status = error.status;
    if (status === 403 || status === 404) return { unknown: `the push history of ${headRepo.owner}/${headRepo.repo} is not readable (HTTP ${status})` };
    throw error;
  }
}

// src/adapters/github/decide-pull.ts
async function decidePull(client, repo, pull, policyRef, now, options = {}) {
  const cachedPolicy = policyCache.get(client, repo, policyRef);
  const policyRefs = cachedPolicy ? [] : POLICY_PATHS.map((path) => ({ commit: policyRef, path }));
  const extra = options.prefetched ? null : { ...options.observe, pull: { number: pull.number, details: true } };
  const [comparison, firstRead] = await Promise.all([compareCommits(client, repo, pull.baseSha, pull.headSha, pull.number), readFileStates(client, repo, policyRefs, extra)]);
  const observed = options.prefetched ?? firstRead.snapshot;
  const policy = cachedPolicy ?? policyCache.set(client, repo, policyRef, policyFrom(new Map(POLICY_PATHS.map((p) => [p, textOf(firstRead.lookup(policyRef, p))]))));
  if (!policy.configFound) return { kind: "no-config", observed };
  if (!policy.config.ok) return { kind: "invalid-config", message: policy.config.error.message, observed };
  const config = policy.config.value;
  const classify = classifier(config);
  if (comparison.incomplete) return { kind: "incomplete", reason: `${comparison.incomplete}: PromptOps cannot see every changed file, so it cannot vouch for this change. Split the pull request.`, observed };
  const includes = await includedFiles(client, repo, pull.headSha, comparison.entries, classify);
  if ("unknown" in includes) return { kind: "incomplete", reason: includes.unknown, observed };
  const included = includes;
  const ownedPaths = [.../* @__PURE__ */ new Set([...comparison.entries.flatMap((e) => [e.path, ...e.oldPath ? [e.oldPath] : []]), ...Object.values(included).flat()])];
  const owners = ownersForPaths(ownedPaths, policy.codeowners?.text, config.owners);
  const removedTemplates = comparison.entries.filter((e) => e.status === "removed" && classify.isTemplate(e.path)).map((e) => e.path);
  const mayStandIn = (e) => e.status !== "removed" && removedTemplates.some((p) => p.startsWith(`${e.path}/`));
  const isGoverned = (e) => needsContent(classify, e) || included[e.path] !== void 0 || mayStandIn(e);
  const governed = comparison.entries.filter(isGoverned);
  const teams = teamsNamed(ownedPaths.flatMap((p) => owners[p] ?? []), config);
  const sideRefs = governed.flatMap((e) => Object.values(sidesOf(e, comparison.mergeBase, pull.headSha)).filter((s) => s !== null).map((s) => ({ commit: s.sha, path: s.path })));
  const main = await readFileStates(client, repo, sideRefs, teams.length > 0 ? { teams } : null);
  const files = comparison.entries.map((e) => isGoverned(e) ? toFileChange(e, comparison.mergeBase, pull.headSha, main.lookup, included[e.path]) : { ...e, baseText: null, headText: null });
  if (options.requireGoverned && !touchesGoverned(files, config)) return { kind: "ungoverned", observed };
  const ownersOf = (p) => owners[p] ?? [];
  const report = scoreChanges({ files, config, ownersOf, now });
  const tier = config.routing[report.policyFiles.length > 0 ? maxLevel([report.level, "high"]) : report.level];
  const classApprovers = dataClassApprovals(report, config).some((c) => c.approvers.length > 0);
  const needsHumans = tier.approvals > 0 || tier.allOwners || tier.require.length > 0 || report.policyFiles.length > 0 || classApprovers;
  const facts = needsHumans || options.loadFacts === "always" ? await pullFacts(client, repo, pull, { report, config, comparison, observed, teamsRead: { asked: teams, answered: main.snapshot }, isGoverned: (p) => classify.needsContent(p) || classify.isPolicyFile(p) || included[p] !== void 0 }) : { author: pull.author, coAuthors: [], reviews: [], teams: {}, headSha: pull.headSha, changedSince: {}, writeAccessKnown: true };
  const decision = evaluateRouting(routingInput(report, config, facts, ownersOf));
  return { kind: "decided", policy, config, files, report, facts, decision, observed };
}
function touchesGoverned(files, config) {
  const c = classifier(config);
  const runs = (f) => runsPromptOps(f.baseText) || runsPromptOps(f.headText);
  const governed = (p, f) => c.isTemplate(p) || c.isPolicyFile(p) || c.isMemoryFile(p) || c.isWorkflow(p) && runs(f);
  return files.some((f) => governed(f.path, f) || f.oldPath !== void 0 && governed(f.oldPath, f) || (f.includedBy?.length ?? 0) > 0);
}
function toFileChange(e, mergeBase, head, lookup, includedBy) {
  const sides = sidesOf(e, mergeBase, head);
  const b = sides.base ? lookup(sides.base.sha, sides.base.path) : null;
  const h = sides.head ? lookup(sides.head.sha, sides.head.path) : null;
  const missing = sides.base && !b || sides.head && !h;
  return {
    ...e,
    baseText: b?.text?.text ?? null,
    headText: h?.text?.text ?? null,
    ...b ? { baseMode: b.mode, baseDigest: b.digest ?? null } : {},
    ...h ? { headMode: h.mode, headDigest: h.digest ?? null } : {},
    ...b?.text?.binary || h?.text?.binary ? { binary: true } : {},
    ...missing ? { unreadable: "GitHub did not return this side of the file" } : {},
    ...includedBy ? { includedBy } : {}
  };
}
async function pullFacts(client, repo, pull, ctx) {
  const reviews = await reviewsWithAccess(client, repo, pull.number, ctx.observed.reviews);
  const commits = await remainingCommits(client, repo, pull.number, ctx.observed);
  const named = teamsNamed([...ctx.report.templates.flatMap((t) => t.owners), ...ctx.report.policyFiles], ctx.config);
  const known = ctx.teamsRead.answered?.teams ?? {};
  const toPage = named.filter((t) => !ctx.teamsRead.asked.includes(t) || (ctx.teamsRead.answered?.teamsToPage.includes(t) ?? false));
  const teams = { ...known, ...await loadTeams(client, toPage) };
  const people = commits === null ? null : new Set(commits.flatMap((c) => c.logins).filter((l) => !isBot({ login: l })));
  const approvedCommits = [...new Set(reviews.filter((r) => r.state === "APPROVED" && r.commit_id && r.commit_id !== pull.headSha).map((r) => r.commit_id))];
  return {
    author: pull.author,
    coAuthors: people === null ? [] : [...people].filter((l) => l.toLowerCase() !== pull.author.toLowerCase()),
    pushers: await pushersFor(client, ctx.observed, commits),
    reviews,
    teams: Object.fromEntries(named.filter((t) => t in teams).map((t) => [t, teams[t]])),
    headSha: pull.headSha,
    changedSince: await changedSinceApprovals(client, repo, { base: pull.baseSha, head: pull.headSha, current: ctx.comparison, approved: approvedCommits, isGoverned: ctx.isGoverned }),
    baseChangedAt: ctx.observed.baseChangedAt,
    writeAccessKnown: true
  };
}
async function pushersFor(client, observed, commits) {
  if (commits === null) return { unknown: "the pull request has too many commits to read" };
  if (!observed.pull) return { unknown: "the pull request could not be read" };
  return pushersOf(client, observed.pull.headRepo, observed.pull.headRef, new Set(commits.map((c) => c.oid)));
}
var textOf = (state) => state ? state.text ?? null : null;
var policyCache = {
  entries: new ShaCache(200),
  key: (client, repo, ref) => `${client.request.endpoint.DEFAULTS.baseUrl} ${repo.owner}/${repo.repo}@${ref}`,
  get(client, repo, ref) {
    const key = this.key(client, repo, ref);
    return isCommitSha(ref) && this.entries.has(key) ? this.entries.get(key) : null;
  },
  set(client, repo, ref, policy) {
    if (isCommitSha(ref)) this.entries.set(this.key(client, repo, ref), policy);
    return policy;
  }
};

export {
  loadBasePolicy,
  decidePull
};
