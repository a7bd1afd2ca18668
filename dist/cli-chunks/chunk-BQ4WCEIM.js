import { createRequire as __promptopsCreateRequire } from 'node:module';
const require = __promptopsCreateRequire(import.meta.url);
import {
  ABSENT_DIGEST,
  evaluateRouting,
  loginFromEmail,
  routingInput
} from "./chunk-R5JAJCWD.js";
import {
  decodeText,
  scoreChanges
} from "./chunk-S5TFHBYC.js";
import {
  classifier
} from "./chunk-VZZ6DKHX.js";
import {
  CODEOWNERS_PATHS,
  ownersForPaths
} from "./chunk-5XHLHRR3.js";
import {
  CONFIG_PATH,
  err,
  parseConfig
} from "./chunk-QK6DH36R.js";
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
function toFileChange(e, b, h) {
  return { ...e, baseText: b?.text ?? null, headText: h?.text ?? null, ...b?.binary || h?.binary ? { binary: true } : {} };
}

// src/adapters/github/base-policy.ts
var POLICY_PATHS = [CONFIG_PATH, ...CODEOWNERS_PATHS];
function policyFrom(texts) {
  const found = texts.get(CONFIG_PATH) ?? null;
  const configText = found?.text ?? null;
  const config = found?.binary ? err(new ConfigError(CONFIG_PATH, [{ at: "", line: 1, message: "the file is not UTF-8 text" }])) : parseConfig(configText, CONFIG_PATH);
  const path = CODEOWNERS_PATHS.find((p) => texts.get(p));
  const codeowners = path ? { path, text: texts.get(path).text ?? "" } : null;
  return { configFound: found !== null, configText, config, codeowners };
}
async function loadBasePolicy(client, repo, baseRef) {
  const texts = /* @__PURE__ */ new Map([[CONFIG_PATH, await readText(client, repo, CONFIG_PATH, baseRef)]]);
  for (const path of CODEOWNERS_PATHS) {
    const found = await readText(client, repo, path, baseRef);
    texts.set(path, found);
    if (found) break;
  }
  return policyFrom(texts);
}

// src/adapters/github/graphql-snapshot.ts
var PAGE = 100;
var BLOBS_PER_QUERY = 100;
function buildSnapshotQuery(repo, request) {
  const params = ["$owner: String!", "$name: String!"];
  const variables = { owner: repo.owner, name: repo.repo };
  const inRepo = [];
  const top = [];
  (request.blobs ?? []).forEach((expression, i) => {
    params.push(`$b${i}: String!`);
    variables[`b${i}`] = expression;
    inRepo.push(`b${i}: object(expression: $b${i}) { ... on Blob { isBinary isTruncated text } }`);
  });
  if (request.pull !== void 0) {
    params.push("$pull: Int!");
    variables.pull = request.pull;
    inRepo.push(
      `pullRequest(number: $pull) {
      reviews(first: ${PAGE}) { totalCount nodes { databaseId state body submittedAt author { __typename login } commit { oid } } }
      reviewRequests(first: ${PAGE}) { totalCount nodes { requestedReviewer { __typename ... on User { login } ... on Bot { login } ... on Team { slug } } } }
    }`
    );
  }
  if (request.checkRun) {
    params.push("$checkSha: GitObjectID!", "$checkName: String!", "$appId: Int");
    Object.assign(variables, { checkSha: request.checkRun.sha, checkName: request.checkRun.name, appId: request.checkRun.appId });
    inRepo.push(
      `checkCommit: object(oid: $checkSha) { ... on Commit {
      checkSuites(first: 10, filterBy: { appId: $appId, checkName: $checkName }) { nodes {
        checkRuns(first: 10, filterBy: { checkName: $checkName, checkType: LATEST }) { nodes { databaseId status conclusion title summary } }
      } }
    } }`
    );
  }
  if (request.requiredChecksOf !== void 0) {
    params.push("$branch: String!");
    variables.branch = `refs/heads/${request.requiredChecksOf}`;
    inRepo.push(
      `branch: ref(qualifiedName: $branch) {
      branchProtectionRule { requiredStatusCheckContexts }
      rules(first: ${PAGE}) { nodes { type parameters { ... on RequiredStatusChecksParameters { requiredStatusChecks { context } } } } }
    }`
    );
  }
  ;
  (request.teams ?? []).forEach((team, i) => {
    const [org, slug] = team.split("/");
    params.push(`$org${i}: String!`, `$team${i}: String!`);
    Object.assign(variables, { [`org${i}`]: org, [`team${i}`]: slug });
    top.push(`t${i}: organization(login: $org${i}) { team(slug: $team${i}) { members(first: ${PAGE}) { totalCount nodes { login } } } }`);
  });
  const query = `query PromptOpsSnapshot(${params.join(", ")}) {
  repository(owner: $owner, name: $name) {
    ${inRepo.join("\n    ") || "id"}
  }
  ${top.join("\n  ")}
}`;
  return { query, variables };
}
async function readSnapshot(client, repo, request) {
  const blobs = [...new Set(request.blobs ?? [])];
  const chunks = [];
  for (let i = 0; i < blobs.length; i += BLOBS_PER_QUERY) chunks.push(blobs.slice(i, i + BLOBS_PER_QUERY));
  const [first = [], ...rest] = chunks;
  const answers = await Promise.all([runQuery(client, repo, { ...request, blobs: first }), ...rest.map((chunk) => runQuery(client, repo, { blobs: chunk }))]);
  const out = answers[0];
  for (const more of answers.slice(1)) for (const [k, v] of more.blobs) out.blobs.set(k, v);
  return out;
}
async function runQuery(client, repo, request) {
  const { query, variables } = buildSnapshotQuery(repo, request);
  let data;
  let errors = [];
  try {
    data = await client.graphql(query, variables);
  } catch (error) {
    const partial = error;
    if (!partial.data && request.requiredChecksOf !== void 0 && partial.errors?.some(isUnknownProtectionField)) {
      const { requiredChecksOf: _unknown, ...rest } = request;
      return { ...await runQuery(client, repo, rest), requiredChecks: null };
    }
    if (!partial.data || !partial.errors) throw error;
    data = partial.data;
    errors = partial.errors;
  }
  return mapSnapshot(request, data, errors);
}
var isUnknownProtectionField = (e) => /\b(rules|branchProtectionRule|requiredStatusCheckContexts|RequiredStatusChecksParameters|requiredStatusChecks)\b/.test(e.message) && /doesn't exist|does not exist|unknown type|cannot query field/i.test(e.message);
var field = (o, key) => o && typeof o === "object" ? o[key] : void 0;
var nodes = (connection) => (field(connection, "nodes") ?? []).filter(Boolean);
var total = (connection) => Number(field(connection, "totalCount") ?? 0);
function mapSnapshot(request, data, errors) {
  const failedAt = (prefix) => errors.some((e) => (e.path ?? []).join(".").startsWith(prefix));
  const tolerated = (e) => (e.type === "NOT_FOUND" || e.type === "FORBIDDEN") && /^(t\d+|repository\.branch)(\.|$)/.test((e.path ?? []).join("."));
  const fatal = errors.filter((e) => !tolerated(e));
  if (fatal.length > 0) throw new Error(`GitHub GraphQL: ${fatal.map((e) => `${e.message}${e.path ? ` (at ${e.path.join(".")})` : ""}`).join("; ")}`);
  const repository = data.repository;
  const blobs = /* @__PURE__ */ new Map();
  (request.blobs ?? []).forEach((expression, i) => blobs.set(expression, blobAnswer(field(repository, `b${i}`))));
  const snapshot = { blobs, reviews: null, requested: null, checkRun: void 0, requiredChecks: void 0, teams: {}, teamsToPage: [] };
  if (request.pull !== void 0) {
    const pull = field(repository, "pullRequest");
    const reviews = field(pull, "reviews");
    if (total(reviews) <= PAGE) snapshot.reviews = nodes(reviews).map(toReview);
    const requests = field(pull, "reviewRequests");
    if (total(requests) <= PAGE) {
      const who = nodes(requests).map((n) => field(n, "requestedReviewer"));
      snapshot.requested = {
        users: who.flatMap((r) => r && r.__typename !== "Team" && typeof r.login === "string" ? [r.__typename === "Bot" ? `${r.login}[bot]` : r.login] : []),
        teams: who.flatMap((r) => r && r.__typename === "Team" && typeof r.slug === "string" ? [r.slug] : [])
      };
    }
  }
  if (request.checkRun) {
    const suites = nodes(field(field(repository, "checkCommit"), "checkSuites"));
    const runs = suites.flatMap((s) => nodes(field(s, "checkRuns")));
    const latest = runs.reduce((best, r) => best && Number(best.databaseId) > Number(r.databaseId) ? best : r, null);
    snapshot.checkRun = latest ? { id: Number(latest.databaseId), status: String(latest.status).toLowerCase(), conclusion: latest.conclusion ? String(latest.conclusion).toLowerCase() : null, title: latest.title ?? null, summary: latest.summary ?? null } : null;
  }
  if (request.requiredChecksOf !== void 0) snapshot.requiredChecks = requiredChecksOf(field(repository, "branch"), failedAt("repository.branch.branchProtectionRule"), failedAt("repository.branch.rules"));
  (request.teams ?? []).forEach((team, i) => {
    if (failedAt(`t${i}`)) return;
    const members = field(field(field(data, `t${i}`), "team"), "members");
    if (!members) return;
    if (total(members) > PAGE) snapshot.teamsToPage.push(team);
    else snapshot.teams[team] = nodes(members).map((m) => String(m.login));
  });
  return snapshot;
}
function blobAnswer(blob) {
  if (!blob) return null;
  if (blob.isBinary === true) return { text: null, binary: true };
  const text = blob.text;
  if (blob.isTruncated === true || typeof text !== "string" || text.includes("\uFFFD")) return "refetch";
  if (text.includes("\0")) return { text: null, binary: true };
  return { text, binary: false };
}
function toReview(node) {
  const author = field(node, "author");
  const login = author && typeof author.login === "string" ? author.__typename === "Bot" ? `${author.login}[bot]` : author.login : null;
  const submitted = field(node, "submittedAt");
  return {
    id: Number(field(node, "databaseId")),
    user: login ? { login } : null,
    state: String(field(node, "state")),
    commit_id: field(field(node, "commit"), "oid") ?? null,
    body: field(node, "body") ?? null,
    ...submitted ? { submitted_at: submitted } : {}
  };
}
function requiredChecksOf(ref, classicFailed, rulesFailed) {
  if (classicFailed && rulesFailed) return null;
  if (!ref) return [];
  const checks = new Set(field(field(ref, "branchProtectionRule"), "requiredStatusCheckContexts") ?? []);
  for (const rule of nodes(field(ref, "rules"))) {
    if (rule.type !== "REQUIRED_STATUS_CHECKS") continue;
    for (const c of field(field(rule, "parameters"), "requiredStatusChecks") ?? []) checks.add(c.context);
  }
  return [...checks];
}

// src/adapters/github/pull-facts.ts
import { createHash } from "node:crypto";
var BOTS = /* @__PURE__ */ new Set(["web-flow", "github-actions[bot]"]);
function coAuthorsOf(commits, author) {
  const coAuthors = /* @__PURE__ */ new Set();
  for (const c of commits) {
    for (const login of [c.author?.login, c.committer?.login]) if (login && !BOTS.has(login)) coAuthors.add(login);
    for (const m of c.commit.message.matchAll(/^Co-authored-by:[^<\n]{0,200}<([^<>\s]{1,320})>/gim)) {
      const login = loginFromEmail(m[1]);
      if (login) coAuthors.add(login);
    }
  }
  coAuthors.delete(author);
  return [...coAuthors];
}
function teamsNamed(owners, config) {
  const all = [...owners, ...Object.values(config.routing).flatMap((t) => Array.isArray(t) ? t : t.require), ...config.routing.overriders];
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
function digestsAt(commits, paths, textAt) {
  const out = {};
  for (const commit of commits) {
    const digests = {};
    for (const path of paths) {
      const text = textAt(commit, path);
      digests[path] = text === null ? ABSENT_DIGEST : createHash("sha256").update(text).digest("hex");
    }
    out[commit] = digests;
  }
  return out;
}

// src/adapters/github/decide-pull.ts
async function decidePull(client, repo, pull, policyRef, now, options = {}) {
  const observing = { pull: pull.number, ...options.check ? { checkRun: options.check, requiredChecksOf: options.check.branch } : {} };
  const cachedPolicy = policyCache.get(client, repo, policyRef);
  const [comparison, early] = await Promise.all([compare(client, repo, pull), cachedPolicy ? null : readSnapshot(client, repo, { ...observing, blobs: POLICY_PATHS.map((p) => `${policyRef}:${p}`) })]);
  const policy = cachedPolicy ?? policyCache.set(client, repo, policyRef, await policyFromSnapshot(client, repo, policyRef, early));
  const config = policy.config.ok ? policy.config.value : null;
  const classify = config ? classifier(config) : null;
  const governed = classify ? comparison.entries.filter((e) => needsContent(classify, e)) : [];
  const wanted = governed.flatMap((e) => Object.values(sidesOf(e, comparison.mergeBase, pull.headSha)).filter((s) => s !== null));
  const { known, missing } = splitCached(client, repo, wanted);
  const owners = config ? ownersForPaths(comparison.entries.map((e) => e.path), policy.codeowners?.text, config.owners) : {};
  const teams = config ? teamsNamed(governed.flatMap((e) => owners[e.path] ?? []), config) : [];
  const needMain = early === null || missing.length > 0 || teams.length > 0;
  const main = needMain ? await readSnapshot(client, repo, { ...early ? {} : observing, blobs: missing.map((s) => `${s.sha}:${s.path}`), teams }) : null;
  const seen = early ?? main;
  const observed = { checkRun: seen.checkRun, requested: seen.requested, requiredChecks: seen.requiredChecks };
  if (!policy.configFound) return { kind: "no-config", observed };
  if (!policy.config.ok) return { kind: "invalid-config", message: policy.config.error.message, observed };
  const texts = await completeTexts(client, repo, known, main, missing);
  const files = comparison.entries.map((e) => {
    if (!needsContent(classify, e)) return { ...e, baseText: null, headText: null };
    const sides = sidesOf(e, comparison.mergeBase, pull.headSha);
    return toFileChange(e, sides.base && texts(sides.base.sha, sides.base.path), sides.head && texts(sides.head.sha, sides.head.path));
  });
  if (options.requireGoverned && !touchesGoverned(files, config)) return { kind: "ungoverned", observed };
  const report = scoreChanges({ files, config, ownersOf: (p) => owners[p] ?? [], now });
  const tier = config.routing[report.policyFiles.length > 0 ? "critical" : report.level];
  const needsHumans = tier.approvals > 0 || tier.allOwners || tier.require.length > 0;
  const facts = needsHumans || options.loadFacts === "always" ? await pullFacts(client, repo, pull, report, config, comparison, seen, { asked: teams, answered: main }) : { author: pull.author, coAuthors: [], reviews: [], teams: {}, headSha: pull.headSha, digestsAt: {} };
  const decision = evaluateRouting(routingInput(report, config, facts));
  return { kind: "decided", policy, config, files, report, facts, decision, observed };
}
function touchesGoverned(files, config) {
  const c = classifier(config);
  const governed = (p) => c.isTemplate(p) || c.isPolicyFile(p) || c.isMemoryFile(p);
  return files.some((f) => governed(f.path) || f.oldPath !== void 0 && governed(f.oldPath));
}
async function pullFacts(client, repo, pull, report, config, comparison, observedPull, teamsRead) {
  const reviews = observedPull.reviews ?? await listReviews(client, repo, pull.number);
  const commits = comparison.commitsComplete ? comparison.commits : await listCommits(client, repo, pull.number);
  const named = teamsNamed(report.templates.flatMap((t) => t.owners), config);
  const known = teamsRead.answered?.teams ?? {};
  const toPage = named.filter((t) => !teamsRead.asked.includes(t) || (teamsRead.answered?.teamsToPage.includes(t) ?? false));
  const teams = { ...known, ...await loadTeams(client, toPage) };
  return {
    author: pull.author,
    coAuthors: coAuthorsOf(commits, pull.author),
    reviews,
    teams: Object.fromEntries(named.filter((t) => t in teams).map((t) => [t, teams[t]])),
    headSha: pull.headSha,
    digestsAt: await reviewedDigests(client, repo, reviews, pull.headSha, report)
  };
}
async function reviewedDigests(client, repo, reviews, head, report) {
  const commits = [...new Set(reviews.filter((r) => r.state === "APPROVED" && r.commit_id && r.commit_id !== head).map((r) => r.commit_id))];
  const wanted = commits.flatMap((sha) => report.templates.map((t) => ({ sha, path: t.path })));
  const { known, missing } = splitCached(client, repo, wanted);
  const snapshot = missing.length > 0 ? await readSnapshot(client, repo, { blobs: missing.map((s) => `${s.sha}:${s.path}`) }) : null;
  const texts = await completeTexts(client, repo, known, snapshot, missing);
  return digestsAt(commits, report.templates.map((t) => t.path), (sha, path) => texts(sha, path)?.text ?? null);
}
var sideKey = (s) => `${s.sha}:${s.path}`;
function splitCached(client, repo, wanted) {
  const known = /* @__PURE__ */ new Map();
  const missing = [];
  for (const s of wanted) {
    const cached = cachedText(client, repo, s.sha, s.path);
    if (cached === void 0) missing.push(s);
    else known.set(sideKey(s), cached);
  }
  return { known, missing };
}
async function completeTexts(client, repo, known, snapshot, missing) {
  for (const s of missing) {
    const answer = snapshot?.blobs.get(sideKey(s));
    if (answer === void 0) throw new Error(`internal: ${sideKey(s)} was not read`);
    const text = answer === "refetch" ? await readText(client, repo, s.path, s.sha) : answer;
    rememberText(client, repo, s.sha, s.path, text);
    known.set(sideKey(s), text);
  }
  return (sha, path) => known.get(sideKey({ sha, path })) ?? null;
}
async function policyFromSnapshot(client, repo, ref, snapshot) {
  const texts = /* @__PURE__ */ new Map();
  for (const path of POLICY_PATHS) {
    const answer = snapshot.blobs.get(`${ref}:${path}`) ?? null;
    texts.set(path, answer === "refetch" ? await readText(client, repo, path, ref) : answer);
  }
  return policyFrom(texts);
}
var comparisons = new ShaCache(500);
var COMPARE_FILE_LIMIT = 300;
var COMMITS_PER_PAGE = 100;
async function compare(client, repo, pull) {
  const key = `${client.request.endpoint.DEFAULTS.baseUrl} ${repo.owner}/${repo.repo} ${pull.baseSha}...${pull.headSha}`;
  if (comparisons.has(key)) return comparisons.get(key);
  const { data } = await client.rest.repos.compareCommitsWithBasehead({ ...repo, basehead: `${pull.baseSha}...${pull.headSha}`, per_page: COMMITS_PER_PAGE });
  const files = data.files ?? [];
  const comparison = {
    mergeBase: data.merge_base_commit.sha,
    entries: files.length >= COMPARE_FILE_LIMIT ? await listPullFiles(client, repo, pull.number) : files.map(toEntry),
    // Only what co-authorship needs: whole commit objects would bloat the cache.
    commits: data.commits.map((c) => ({ author: c.author ? { login: c.author.login } : null, committer: c.committer ? { login: c.committer.login } : null, commit: { message: c.commit.message } })),
    commitsComplete: data.commits.length >= data.total_commits
  };
  if (isCommitSha(pull.baseSha) && isCommitSha(pull.headSha)) comparisons.set(key, comparison);
  return comparison;
}
var listReviews = async (client, repo, number) => (await client.paginate(client.rest.pulls.listReviews, { ...repo, pull_number: number, per_page: 100 })).map((r) => ({ id: Number(r.id), user: r.user ? { login: r.user.login } : null, state: r.state, commit_id: r.commit_id ?? null, body: r.body ?? null, ...r.submitted_at ? { submitted_at: r.submitted_at } : {} }));
var listCommits = async (client, repo, number) => client.paginate(client.rest.pulls.listCommits, { ...repo, pull_number: number, per_page: 100 });
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
