import { createRequire as __promptopsCreateRequire } from 'node:module';
const require = __promptopsCreateRequire(import.meta.url);
import {
  summarize
} from "./chunk-FQS4FOID.js";
import {
  ownerKey,
  ownerKind
} from "./chunk-RDO2QB6W.js";
import {
  matchesOf
} from "./chunk-2T6TU6Y3.js";
import {
  maxLevel
} from "./chunk-R47RDTTV.js";

// src/core/routing/freshness.ts
function approvalFreshness(review, input) {
  const commit = review.commit_id;
  if (input.baseChangedAt && !(review.submitted_at && Date.parse(review.submitted_at) > Date.parse(input.baseChangedAt))) {
    return {
      fresh: false,
      reason: `given before the base branch was changed (${input.baseChangedAt}): the diff under review is not the one approved`
    };
  }
  if (commit !== null && commit === input.headSha) return { fresh: true, via: "head" };
  const since = commit === null ? void 0 : input.changedSince[commit];
  if (since === void 0) {
    return {
      fresh: false,
      reason: `approved commit ${short(commit)} could not be compared with the head, so unchanged governed files cannot be proven; re-approve at ${short(input.headSha)}`
    };
  }
  if (since !== null) return { fresh: false, reason: `stale: ${since} since approval at ${short(commit)}` };
  return { fresh: true, via: "unchanged-since" };
}
function short(sha) {
  return sha === null || sha === "" ? "(none)" : sha.slice(0, 7);
}

// src/core/routing/principals.ts
function loginKey(login) {
  return login.replace(/^@/, "").toLowerCase();
}
function buildTeamIndex(teams) {
  const index = /* @__PURE__ */ new Map();
  for (const [team, members] of Object.entries(teams)) index.set(loginKey(team), new Set(members.map(loginKey)));
  return index;
}
function principalKind(principal) {
  return ownerKind(principal) ?? "invalid";
}
function isMember(login, principal, teams) {
  const kind = principalKind(principal);
  if (kind === "user") return loginKey(principal) === loginKey(login) ? "yes" : "no";
  if (kind !== "team") return "unknown";
  const members = teams.get(loginKey(principal));
  if (members === void 0) return "unknown";
  return members.has(loginKey(login)) ? "yes" : "no";
}
function membersOf(principal, teams) {
  const kind = principalKind(principal);
  if (kind === "user") return [loginKey(principal)];
  if (kind !== "team") return null;
  const members = teams.get(loginKey(principal));
  return members === void 0 ? null : [...members];
}
function missingLabel(principal) {
  return principalKind(principal) === "user" ? principal.replace(/^@/, "") : principal;
}

// src/core/routing/reviews.ts
function orderReviews(reviews) {
  const withUser = reviews.filter(
    (r) => r.user !== null && typeof r.user?.login === "string" && r.state !== "PENDING"
  );
  if (!withUser.every((r) => typeof r.submitted_at === "string")) return withUser;
  return withUser.map((review, index) => ({ review, index })).sort((a, b) => compare(a.review.submitted_at ?? "", b.review.submitted_at ?? "") || a.index - b.index).map(({ review }) => review);
}
function compare(a, b) {
  const ta = Date.parse(a);
  const tb = Date.parse(b);
  if (Number.isNaN(ta) || Number.isNaN(tb)) return 0;
  return ta - tb;
}
function decidingReviews(ordered) {
  const byLogin = /* @__PURE__ */ new Map();
  for (const review of ordered) {
    if (review.state === "COMMENTED") continue;
    const key = loginKey(review.user.login);
    const previous = byLogin.get(key);
    const approvedBefore = previous !== void 0 && (previous.approvedBefore || previous.latest.state === "APPROVED");
    byLogin.set(key, { login: review.user.login, latest: review, approvedBefore });
  }
  return [...byLogin.values()];
}
function withdrawnLater(ordered, index) {
  const review = ordered[index];
  if (review === void 0) return false;
  const key = loginKey(review.user.login);
  return ordered.slice(index + 1).some((r) => loginKey(r.user.login) === key && (r.state === "CHANGES_REQUESTED" || r.state === "DISMISSED"));
}

// src/core/routing/approvals.ts
function collectApprovals(ordered, input) {
  const excluded = excludedLogins(input);
  const result = { valid: [], discounted: [] };
  for (const { login, latest, approvedBefore } of decidingReviews(ordered)) {
    if (latest.state === "CHANGES_REQUESTED") {
      if (approvedBefore) result.discounted.push({ login, reason: "approval cancelled by a later CHANGES_REQUESTED review" });
      continue;
    }
    if (latest.state === "DISMISSED") {
      result.discounted.push({ login, reason: "review was dismissed" });
      continue;
    }
    const why = excluded.get(loginKey(login)) ?? reviewerProblem(latest, input);
    if (why !== void 0) {
      result.discounted.push({ login, reason: why });
      continue;
    }
    const freshness = approvalFreshness(latest, input);
    if (!freshness.fresh) result.discounted.push({ login, reason: freshness.reason });
    else result.valid.push({ login, commit: latest.commit_id ?? "", via: freshness.via });
  }
  return result;
}
function excludedLogins(input) {
  const excluded = /* @__PURE__ */ new Map();
  if (input.pushers !== void 0 && "known" in input.pushers) {
    for (const login of input.pushers.known)
      excluded.set(loginKey(login), "pushed commits to this pull request, so cannot approve it");
  }
  for (const login of input.coAuthors)
    excluded.set(loginKey(login), "author, co-author or committer of a commit in this pull request cannot approve");
  excluded.set(loginKey(input.author), "the pull request author cannot approve their own change");
  return excluded;
}
function reviewerProblem(review, input) {
  if (isBot(review.user)) return "bots and apps cannot approve; approvers are humans";
  if (!input.writeAccessKnown) return void 0;
  if (review.author_can_push === void 0) return "write access to the repository could not be verified";
  return review.author_can_push ? void 0 : "has no write access to the repository";
}
function isBot(user) {
  return user.type === "Bot" || /\[bot\]$/i.test(user.login);
}

// src/core/routing/overrides.ts
var MARKER = "promptops-override:";
var MIN_OVERRIDE_REASON = 10;
function overrideReason(body) {
  if (typeof body !== "string") return null;
  for (const line of body.split("\n")) {
    const trimmed = line.trim();
    if (trimmed.toLowerCase().startsWith(MARKER)) return trimmed.slice(MARKER.length).trim();
  }
  return null;
}
function collectOverrides(ordered, input, teams) {
  const result = { overrides: [], discounted: [] };
  ordered.forEach((review, index) => {
    const reason = overrideReason(review.body);
    if (reason === null) return;
    const login = review.user.login;
    const problem = overrideProblem(review, reason, input, teams) ?? (withdrawnLater(ordered, index) ? "override withdrawn by a later CHANGES_REQUESTED or dismissal" : null);
    if (problem !== null) result.discounted.push({ login, reason: problem });
    else if (!result.overrides.some((o) => loginKey(o.login) === loginKey(login))) result.overrides.push({ login, reason });
  });
  return result;
}
function overrideProblem(review, reason, input, teams) {
  if (review.state === "DISMISSED") return "override review was dismissed";
  if (review.state === "CHANGES_REQUESTED") return "an override cannot be given with a CHANGES_REQUESTED review";
  const login = review.user.login;
  const writer = review.body_written_by;
  if (writer === null) return "override refused: who last edited the review body could not be read";
  if (writer !== void 0 && loginKey(writer) !== loginKey(login))
    return `override refused: the review body was last edited by ${writer}, not by the reviewer`;
  const excluded = excludedLogins(input).get(loginKey(login)) ?? reviewerProblem(review, input);
  if (excluded !== void 0) return `override refused: ${excluded}`;
  if (input.pushers !== void 0 && "unknown" in input.pushers)
    return `override refused: who pushed the commits is unknown (${input.pushers.unknown})`;
  const membership = overriderMembership(login, input.tierPolicy.overriders, teams);
  if (membership === "no") return "override refused: not a member of routing.overriders";
  if (membership === "unknown") return "override refused: overrider team membership is unknown";
  if (reason.length < MIN_OVERRIDE_REASON)
    return `override needs a written reason (${MIN_OVERRIDE_REASON} characters or more) after "${MARKER}"`;
  const freshness = approvalFreshness(review, input);
  return freshness.fresh ? null : `override ${freshness.reason}`;
}
function overriderMembership(login, overriders, teams) {
  const results = overriders.map((principal) => isMember(login, principal, teams));
  if (results.includes("yes")) return "yes";
  return results.includes("unknown") ? "unknown" : "no";
}

// src/core/routing/principal-requirement.ts
function principalRequirement(id, principal, description, ctx) {
  const approvedBy = ctx.approvals.filter((a) => isMember(a.login, principal, ctx.teams) === "yes").map((a) => a.login);
  if (approvedBy.length > 0) return { id, description, satisfied: true, approvedBy, missing: [] };
  const blocked = principalBlocked(principal, ctx);
  const requirement = { id, description, satisfied: false, approvedBy: [], missing: [missingLabel(principal)] };
  return blocked === void 0 ? requirement : { ...requirement, blocked };
}
function principalBlocked(principal, ctx) {
  const kind = principalKind(principal);
  if (kind === "email") return `${principal} is an email address and cannot be matched to a GitHub login; use @user or @org/team`;
  if (kind === "invalid") return `${principal} is not a valid @user or @org/team`;
  const members = membersOf(principal, ctx.teams);
  if (members === null) return `membership of ${principal} is unknown (team not found or not visible to PromptOps)`;
  if (members.some((m) => !ctx.excluded.has(loginKey(m)))) return void 0;
  return kind === "user" ? `${principal} is the author or a co-author and cannot approve their own change` : `no member of ${principal} other than the author or co-authors can approve`;
}
function eligibleApprovers(principals, ctx) {
  const known = /* @__PURE__ */ new Set();
  const unknown = [];
  for (const principal of principals) {
    const members = membersOf(principal, ctx.teams);
    if (members === null) unknown.push(principal);
    else for (const m of members) if (!ctx.excluded.has(loginKey(m))) known.add(loginKey(m));
  }
  return { known, unknown };
}

// src/core/routing/data-class-requirements.ts
var SHOWN = 3;
function dataClassApprovals(report, config) {
  const byClass = /* @__PURE__ */ new Map();
  for (const t of report.templates) {
    const host = t.dataClasses?.host.host ?? "an unknown host";
    for (const e of t.dataClasses?.events ?? []) {
      const entry = byClass.get(e.dataClass) ?? {
        dataClass: e.dataClass,
        approvers: config.dataClasses.classes[e.dataClass]?.approvers ?? [],
        changes: [],
        details: []
      };
      entry.changes.push(`${t.path} (${e.rule}, sends to ${host})`);
      entry.details.push(`${t.path}: ${e.rule}: ${e.message}`);
      byClass.set(e.dataClass, entry);
    }
  }
  return [...byClass.values()].sort((a, b) => a.dataClass < b.dataClass ? -1 : 1);
}
function dataClassRequirements(classes, ctx) {
  return classes.filter((c) => c.approvers.length > 0).map((c) => {
    const id = `data-class:${c.dataClass}`;
    const listed = c.changes.slice(0, SHOWN).join("; ");
    const more = c.changes.length > SHOWN ? `; and ${c.changes.length - SHOWN} more` : "";
    const description = `approval from each ${c.dataClass} approver group (${c.approvers.join(", ")}): ${listed}${more}`;
    const children = c.approvers.map(
      (group) => principalRequirement(`${id}:${group}`, group, `approval from ${group} (approver of data class ${c.dataClass})`, ctx)
    );
    const requirement = {
      id,
      description,
      satisfied: children.every((r) => r.satisfied),
      approvedBy: [...new Set(children.flatMap((r) => r.approvedBy))],
      missing: [...new Set(children.filter((r) => !r.satisfied).flatMap((r) => r.missing))],
      children
    };
    const blocked = children.find((r) => !r.satisfied && r.blocked !== void 0)?.blocked;
    return blocked === void 0 ? requirement : { ...requirement, blocked };
  });
}
function dataClassReasons(classes) {
  return classes.flatMap((c) => [
    ...c.details.slice(0, SHOWN).map((detail) => `data class ${c.dataClass}: ${detail}`),
    ...c.approvers.length === 0 ? [
      `data class ${c.dataClass} has no approvers (dataClasses.classes.${c.dataClass}.approvers): only the tier's approvals apply`
    ] : []
  ]);
}

// src/core/routing/requirements.ts
function distinctOwners(templates) {
  const byKey = /* @__PURE__ */ new Map();
  for (const template of templates) {
    for (const owner of template.owners) {
      const entry = byKey.get(ownerKey(owner)) ?? { owner, templates: [] };
      if (!entry.templates.includes(template.path)) entry.templates.push(template.path);
      byKey.set(ownerKey(owner), entry);
    }
  }
  return [...byKey.values()];
}
function buildRequirements(policy, templates, requireOwner, ctx) {
  const owners = distinctOwners(templates);
  const list = [];
  if (requireOwner) list.push(ownersKnown(templates));
  if (policy.approvals > 0)
    list.push(
      approvalCount(
        policy,
        owners.map((o) => o.owner),
        templates.length > 0,
        ctx
      )
    );
  if (policy.allOwners) list.push(allOwners(owners, ctx));
  for (const group of policy.require)
    list.push(principalRequirement(`require:${group}`, group, `approval from required group ${group}`, ctx));
  return list;
}
function ownersKnown(templates) {
  const children = templates.filter((t) => t.owners.length === 0).map((t) => ({
    id: `owned:${t.path}`,
    description: `${t.path} has an owner`,
    satisfied: false,
    approvedBy: [],
    missing: [],
    blocked: `${t.path} has no owner in CODEOWNERS or promptops.yml (provenance.requireOwner is on)`
  }));
  const base = {
    id: "owners-known",
    description: "every changed template has an owner",
    satisfied: children.length === 0,
    approvedBy: [],
    missing: []
  };
  return children.length === 0 ? base : { ...base, blocked: children[0]?.blocked ?? "", children };
}
function approvalCount(policy, pool, anyTemplates, ctx) {
  const n = policy.approvals;
  const restricted = policy.codeowners && pool.length > 0;
  const approvedBy = ctx.approvals.filter((a) => !restricted || pool.some((o) => isMember(a.login, o, ctx.teams) === "yes")).map((a) => a.login);
  const satisfied = approvedBy.length >= n;
  const description = countDescription(n, policy.codeowners, restricted, anyTemplates);
  const base = { id: "approvals", description, satisfied, approvedBy, missing: [], needed: n };
  if (satisfied || !restricted) return base;
  const missing = pool.filter((o) => canStillApprove(o, approvedBy, ctx)).map(missingLabel);
  const { known, unknown } = eligibleApprovers(pool, ctx);
  if (known.size >= n) return { ...base, missing };
  const unknownNote = unknown.length > 0 ? `; cannot resolve members of ${unknown.join(", ")}` : "";
  return {
    ...base,
    missing,
    blocked: `only ${known.size} eligible owner(s) other than the author and co-authors can approve, ${n} required${unknownNote}`
  };
}
function canStillApprove(principal, approvedBy, ctx) {
  if (principalKind(principal) === "email" || principalKind(principal) === "invalid") return false;
  const members = membersOf(principal, ctx.teams);
  if (members === null) return true;
  const done = new Set(approvedBy.map(loginKey));
  return members.some((m) => !ctx.excluded.has(loginKey(m)) && !done.has(loginKey(m)));
}
function countDescription(n, codeowners, restricted, anyTemplates) {
  const what = `${n} approval${n === 1 ? "" : "s"}`;
  if (restricted) return `${what} from code owners of the changed templates`;
  if (codeowners)
    return `${what} from anyone other than the author (${anyTemplates ? "the changed templates have no code owners" : "no governed template changed"})`;
  return `${what} from anyone other than the author`;
}
function allOwners(owners, ctx) {
  const children = owners.map(
    (o) => principalRequirement(`owner:${o.owner}`, o.owner, `approval from ${o.owner} (owner of ${o.templates.join(", ")})`, ctx)
  );
  const blocked = children.find((c) => !c.satisfied && c.blocked !== void 0)?.blocked;
  const requirement = {
    id: "all-owners",
    description: owners.length === 0 ? "every owner of every changed template approves (no owners)" : "every owner of every changed template approves",
    satisfied: children.every((c) => c.satisfied),
    approvedBy: [...new Set(children.flatMap((c) => c.approvedBy))],
    missing: [...new Set(children.flatMap((c) => c.missing))],
    children
  };
  return blocked === void 0 ? requirement : { ...requirement, blocked };
}
function policyOwnerRequirements(files, policyOwners, ctx) {
  const groups = /* @__PURE__ */ new Map();
  for (const file of files) {
    const owners = [...new Map([...file.owners, ...policyOwners].map((o) => [ownerKey(o), o])).values()];
    const key = owners.map(ownerKey).sort().join(" ");
    const group = groups.get(key) ?? { owners, paths: [] };
    group.paths.push(file.path);
    groups.set(key, group);
  }
  return [...groups.values()].map(({ owners, paths }) => {
    const id = `policy-owners:${paths.join(",")}`;
    const description = `approval from an owner of ${paths.join(", ")} (decides who approves what)`;
    if (owners.length === 0) {
      const one = paths.length === 1;
      const fix = `add ${one ? "it" : "them"} to CODEOWNERS (e.g. \`/.github/ @org/security\`) or list approvers in routing.policyOwners`;
      const blocked = `${paths.join(", ")} ${one ? "has" : "have"} no owner at the base revision: ${fix}`;
      return { id, description, satisfied: false, approvedBy: [], missing: [], blocked };
    }
    const children = owners.map((o) => principalRequirement(`${id}:${o}`, o, `approval from ${o}`, ctx));
    const approvedBy = [...new Set(children.flatMap((c) => c.approvedBy))];
    const satisfied = approvedBy.length > 0;
    const anyPossible = children.some((c) => c.blocked === void 0);
    const requirement = {
      id,
      description,
      satisfied,
      approvedBy,
      missing: satisfied ? [] : [...new Set(children.flatMap((c) => c.missing))]
    };
    return satisfied || anyPossible ? requirement : { ...requirement, blocked: children.map((c) => c.blocked).join("; ") };
  });
}
function pushersKnown(pushers) {
  if (pushers === void 0 || "known" in pushers) return [];
  return [
    {
      id: "pushers-known",
      description: "who pushed and co-authored the commits under review is known",
      satisfied: false,
      approvedBy: [],
      missing: [],
      blocked: `could not tell who pushed or co-authored the commits (${pushers.unknown}), so no approval can be shown independent of them`
    }
  ];
}

// src/core/routing/evaluate.ts
function evaluateRouting(input) {
  const tier = input.policyFiles.length > 0 ? maxLevel([input.level, "high"]) : input.level;
  const teams = buildTeamIndex(input.teams);
  const ordered = orderReviews(input.reviews);
  const approvals = collectApprovals(ordered, input);
  const overrides = collectOverrides(ordered, input, teams);
  const ctx = { approvals: approvals.valid, teams, excluded: excludedLogins(input) };
  const tierRequirements = buildRequirements(input.tierPolicy[tier], input.templates, input.requireOwner, ctx);
  const ownersOfPolicy = policyOwnerRequirements(input.policyFiles, input.tierPolicy.policyOwners, ctx);
  const ofDataClasses = dataClassRequirements(input.dataClasses ?? [], ctx);
  const needsHumans = tierRequirements.length > 0 || ownersOfPolicy.length > 0 || ofDataClasses.length > 0;
  const requirements = [
    ...needsHumans ? pushersKnown(input.pushers) : [],
    ...tierRequirements,
    ...ownersOfPolicy,
    ...ofDataClasses
  ];
  const contributing = new Set(flatten(requirements).flatMap((r) => r.approvedBy));
  const useless = requirements.length > 0 ? approvals.valid.filter((a) => !contributing.has(a.login)) : [];
  const satisfied = overrides.overrides.length > 0 || requirements.every((r) => r.satisfied);
  const missing = satisfied ? [] : missingPrincipals(requirements);
  return {
    satisfied,
    status: satisfied ? "success" : requirements.some((r) => !r.satisfied && r.blocked !== void 0) ? "failure" : "action_required",
    tier,
    summary: summarize({ tier, requirements, overrides: overrides.overrides, missing }),
    reasons: tierReasons(input, tier),
    notChecked: notChecked(input),
    requirements,
    counted: approvals.valid.filter((a) => !useless.includes(a)),
    discounted: [
      ...approvals.discounted,
      ...overrides.discounted,
      ...useless.map((a) => ({
        login: a.login,
        reason: "not an owner of a changed template nor a member of a required group or data-class approver group"
      }))
    ],
    overrides: overrides.overrides,
    missingReviewers: {
      users: missing.filter((m) => principalKind(`@${m}`) === "user"),
      teams: missing.filter((m) => principalKind(m) === "team")
    }
  };
}
function flatten(requirements) {
  return requirements.flatMap((r) => [r, ...flatten(r.children ?? [])]);
}
function missingPrincipals(requirements) {
  const seen = /* @__PURE__ */ new Map();
  for (const r of requirements)
    if (!r.satisfied) {
      for (const m of r.missing) if (!seen.has(m.toLowerCase())) seen.set(m.toLowerCase(), m);
    }
  return [...seen.values()];
}
function notChecked(input) {
  const out = [];
  if (!input.writeAccessKnown) out.push("reviewers' write access to the repository");
  if (input.pushers === void 0) out.push("who pushed the commits (pushers may not approve)");
  return out;
}
function tierReasons(input, tier) {
  const reasons = [];
  const paths = input.policyFiles.map((f) => f.path);
  if (paths.length > 0) reasons.push(`policy files changed (${paths.join(", ")}): at least high, and their owners must approve`);
  if (tier !== input.level) reasons.push(`risk level from findings: ${input.level}`);
  else reasons.push(`risk level: ${tier}`);
  return [...reasons, ...input.reasons, ...dataClassReasons(input.dataClasses ?? [])];
}

// src/core/routing/from-report.ts
function routingInput(report, config, facts, ownersOf) {
  return {
    level: report.level,
    reasons: tierReasons2(report),
    policyFiles: report.policyFiles.map((path) => ({ path, owners: ownersOf(path) })),
    templates: report.templates.map((t) => ({ path: t.path, owners: t.owners })),
    tierPolicy: config.routing,
    author: facts.author,
    coAuthors: facts.coAuthors,
    ...facts.pushers ? { pushers: facts.pushers } : {},
    reviews: facts.reviews,
    teams: facts.teams,
    headSha: facts.headSha,
    changedSince: facts.changedSince,
    baseChangedAt: facts.baseChangedAt ?? null,
    writeAccessKnown: facts.writeAccessKnown,
    requireOwner: config.provenance.requireOwner,
    dataClasses: dataClassApprovals(report, config)
  };
}
function tierReasons2(report) {
  const top = report.templates.filter((t) => t.level === report.level && report.level !== "low").slice(0, 3);
  const perFile = top.flatMap((t) => t.explanation.filter((e) => e.startsWith("level ")).map((e) => `${t.path}: ${e}`));
  return [...report.explanation, ...perFile];
}
function loginFromEmail(email) {
  const m = /^(?:\d{1,12}\+)?([A-Za-z0-9-]{1,39})@users\.noreply\.github\.com$/i.exec(email.trim());
  return m?.[1] ?? null;
}

// src/core/templates/includes.ts
var JINJA_TAG = /\{%-?\s*(include_relative|include|import|from|extends|render)\b([^%]{0,500}?)-?%\}/g;
var STRING = /(["'])([^"'\n]{1,300})\1/g;
var BARE_PATH = /^\s*([A-Za-z0-9_.-][A-Za-z0-9_./-]{0,299})/;
var PARTIAL = /\{\{~?\s*(?:#?>|<)\s*("[^"\n]{1,200}"|'[^'\n]{1,200}'|[A-Za-z0-9_./-]{1,200})/g;
function findIncludes(text) {
  const refs = [];
  const lineAt = lineLookup(text);
  for (const m of matchesOf(JINJA_TAG, text)) {
    const tag = m[1] ?? "";
    const args = m[2] ?? "";
    const line = lineAt(m.index);
    const strings = [...matchesOf(STRING, args)].map((s) => s[2] ?? "");
    if (tag === "render") {
      if (strings[0] !== void 0) refs.push({ target: strings[0], kind: "liquid", line });
      continue;
    }
    const bare = strings.length === 0 && /^include/.test(tag) ? BARE_PATH.exec(args)?.[1] : void 0;
    if (bare !== void 0 && /[./]/.test(bare)) {
      refs.push({ target: bare, kind: "liquid", line });
      continue;
    }
    for (const target of tag === "include" ? strings : strings.slice(0, 1)) refs.push({ target, kind: "jinja", line });
  }
  for (const m of matchesOf(PARTIAL, text))
    refs.push({ target: (m[1] ?? "").replace(/^["']|["']$/g, ""), kind: "partial", line: lineAt(m.index) });
  return refs;
}
function includeCandidates(fromPath, ref) {
  const dir = dirname(fromPath);
  const names = ref.kind === "jinja" ? [ref.target] : ref.kind === "liquid" ? liquidFileNames(ref.target) : partialFileNames(ref.target);
  const folders = ref.kind === "liquid" ? [dir, `${dir}/partials`, `${dir}/snippets`, `${dir}/_includes`, "", "snippets", "_includes"] : [dir, `${dir}/partials`, ""];
  const out = /* @__PURE__ */ new Set();
  for (const d of folders) {
    for (const name of names) {
      const path = normalize(name.startsWith("/") ? name : `${d}/${name}`);
      if (path !== null) out.add(path);
    }
  }
  return [...out];
}
function dirname(path) {
  const slash = path.lastIndexOf("/");
  return slash < 0 ? "" : path.slice(0, slash);
}
function normalize(path) {
  const parts = [];
  for (const part of path.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") {
      if (parts.pop() === void 0) return null;
    } else parts.push(part);
  }
  return parts.length === 0 ? null : parts.join("/");
}
function partialFileNames(name) {
  const dir = dirname(name);
  const base = name.slice(dir.length === 0 ? 0 : dir.length + 1);
  const files = [`_${base}.prompt`, `${base}.prompt`, `${base}.hbs`, `${base}.handlebars`, `${base}.mustache`, `_${base}.hbs`];
  if (base.includes(".")) files.push(base);
  return files.map((f) => dir === "" ? f : `${dir}/${f}`);
}
function liquidFileNames(name) {
  const base = name.slice(name.lastIndexOf("/") + 1);
  return base.includes(".") ? [name] : [name, `${name}.liquid`];
}
function lineLookup(text) {
  const starts = [0];
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if ((starts[mid] ?? Infinity) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}

// src/core/templates/include-graph.ts
var MAX_INCLUDE_DEPTH = 32;
var IncludeDepthError = class extends Error {
  constructor(from) {
    super(
      `templates include files nested more than ${MAX_INCLUDE_DEPTH} levels deep (through ${from}), so PromptOps cannot tell which changed files are prompt text`
    );
    this.from = from;
    this.name = "IncludeDepthError";
  }
  from;
};
async function includedChangedFiles(input) {
  const out = {};
  if (input.candidates.size === 0) return out;
  const edges = await includeEdges(input);
  const rootsOf = new Map(input.templates.map((t) => [t, /* @__PURE__ */ new Set([t])]));
  for (let changed = true; changed; ) {
    changed = false;
    for (const [from, targets] of edges) {
      const roots = rootsOf.get(from);
      if (!roots) continue;
      for (const target of targets) {
        const into = rootsOf.get(target) ?? /* @__PURE__ */ new Set();
        const before = into.size;
        for (const root of roots) into.add(root);
        rootsOf.set(target, into);
        if (into.size !== before) changed = true;
      }
    }
  }
  for (const path of input.candidates) {
    const roots = [...rootsOf.get(path) ?? []].filter((root) => root !== path);
    if (roots.length > 0) out[path] = roots.sort();
  }
  return out;
}
async function includeEdges(input) {
  const edges = /* @__PURE__ */ new Map();
  const seen = new Set(input.templates);
  let frontier = [...input.templates];
  for (let depth = 0; ; depth++) {
    const [first] = frontier;
    if (first === void 0) break;
    if (depth > MAX_INCLUDE_DEPTH) throw new IncludeDepthError(first);
    const texts = await input.read(frontier);
    const next = [];
    for (const from of frontier) {
      const text = texts.get(from);
      if (!text) continue;
      const targets = [
        ...new Set(findIncludes(text).flatMap((ref) => includeCandidates(from, ref).filter((p) => input.paths.has(p))))
      ];
      edges.set(from, targets);
      for (const target of targets.filter((t) => !seen.has(t))) {
        seen.add(target);
        next.push(target);
      }
    }
    frontier = next;
  }
  return edges;
}

export {
  isBot,
  dataClassApprovals,
  evaluateRouting,
  routingInput,
  loginFromEmail,
  IncludeDepthError,
  includedChangedFiles
};
