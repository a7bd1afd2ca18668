import { createRequire as __promptopsCreateRequire } from 'node:module';
const require = __promptopsCreateRequire(import.meta.url);
import {
  at,
  summarize
} from "./chunk-UBJGYMKR.js";
import {
  ownerKey,
  ownerKind
} from "./chunk-5XHLHRR3.js";

// src/core/routing/freshness.ts
function approvalFreshness(commit, input) {
  if (commit !== null && commit === input.headSha) return { fresh: true, via: "head" };
  const at2 = commit === null ? void 0 : input.digestsAt[commit];
  if (at2 === void 0) {
    return { fresh: false, reason: `approved commit ${short(commit)} is unknown, so unchanged prompts cannot be proven; re-approve at ${short(input.headSha)}` };
  }
  const changed = input.templates.filter((t) => at2[t.path] !== t.digest).map((t) => t.path);
  if (changed.length > 0) return { fresh: false, reason: `stale: ${changed.join(", ")} changed since approval at ${short(commit)}` };
  return { fresh: true, via: "unchanged-templates" };
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
  const withUser = reviews.filter((r) => r.user !== null && typeof r.user?.login === "string" && r.state !== "PENDING");
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
    const why = excluded.get(loginKey(login));
    if (why !== void 0) {
      result.discounted.push({ login, reason: why });
      continue;
    }
    const freshness = approvalFreshness(latest.commit_id, input);
    if (!freshness.fresh) result.discounted.push({ login, reason: freshness.reason });
    else result.valid.push({ login, commit: latest.commit_id ?? "", via: freshness.via });
  }
  return result;
}
function excludedLogins(input) {
  const excluded = /* @__PURE__ */ new Map();
  for (const login of input.coAuthors) excluded.set(loginKey(login), "co-author or committer of governed changes cannot approve");
  excluded.set(loginKey(input.author), "the pull request author cannot approve their own change");
  return excluded;
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
  const excluded = excludedLogins(input).get(loginKey(login));
  if (excluded !== void 0) return `override refused: ${excluded}`;
  const membership = overriderMembership(login, input.tierPolicy.overriders, teams);
  if (membership === "no") return "override refused: not a member of routing.overriders";
  if (membership === "unknown") return "override refused: overrider team membership is unknown";
  if (reason.length < MIN_OVERRIDE_REASON) return `override needs a written reason (${MIN_OVERRIDE_REASON} characters or more) after "${MARKER}"`;
  const freshness = approvalFreshness(review.commit_id, input);
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
  if (policy.approvals > 0) list.push(approvalCount(policy, owners.map((o) => o.owner), templates.length > 0, ctx));
  if (policy.allOwners) list.push(allOwners(owners, ctx));
  for (const group of policy.require) list.push(principalRequirement(`require:${group}`, group, `approval from required group ${group}`, ctx));
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
  const base = { id: "owners-known", description: "every changed template has an owner", satisfied: children.length === 0, approvedBy: [], missing: [] };
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
  return { ...base, missing, blocked: `only ${known.size} eligible owner(s) other than the author and co-authors can approve, ${n} required${unknownNote}` };
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
  if (codeowners) return `${what} from anyone other than the author (${anyTemplates ? "the changed templates have no code owners" : "no governed template changed"})`;
  return `${what} from anyone other than the author`;
}
function allOwners(owners, ctx) {
  const children = owners.map((o) => principalRequirement(`owner:${o.owner}`, o.owner, `approval from ${o.owner} (owner of ${o.templates.join(", ")})`, ctx));
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

// src/core/routing/evaluate.ts
function evaluateRouting(input) {
  const tier = input.policyFilesChanged.length > 0 ? "critical" : input.level;
  const teams = buildTeamIndex(input.teams);
  const ordered = orderReviews(input.reviews);
  const approvals = collectApprovals(ordered, input);
  const overrides = collectOverrides(ordered, input, teams);
  const ctx = { approvals: approvals.valid, teams, excluded: excludedLogins(input) };
  const requirements = buildRequirements(input.tierPolicy[tier], input.templates, input.requireOwner, ctx);
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
    requirements,
    counted: approvals.valid.filter((a) => !useless.includes(a)),
    discounted: [
      ...approvals.discounted,
      ...overrides.discounted,
      ...useless.map((a) => ({ login: a.login, reason: "not an owner of a changed template nor a member of a required group" }))
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
  for (const r of requirements) if (!r.satisfied) {
    for (const m of r.missing) if (!seen.has(m.toLowerCase())) seen.set(m.toLowerCase(), m);
  }
  return [...seen.values()];
}
function tierReasons(input, tier) {
  const reasons = [];
  if (input.policyFilesChanged.length > 0) reasons.push(`policy files changed (${input.policyFilesChanged.join(", ")}): routed to critical`);
  if (tier !== input.level) reasons.push(`risk level from findings: ${input.level}`);
  else reasons.push(`risk level: ${tier}`);
  return [...reasons, ...input.reasons];
}

// src/core/routing/render-text.ts
function renderDecisionText(decision) {
  const lines = [`${decision.status.toUpperCase()}: ${decision.summary}`, "", "Why this tier:"];
  for (const reason of decision.reasons) lines.push(`  - ${reason}`);
  lines.push("", "Requirements:");
  if (decision.requirements.length === 0) lines.push("  (none: no human approval required)");
  for (const r of decision.requirements) lines.push(...requirementLines(r, 1));
  section(lines, "Counted approvals:", decision.counted.map((c) => `@${c.login} at ${c.commit.slice(0, 7)} (${c.via === "head" ? "head commit" : "templates unchanged since"})`));
  section(lines, "Not counted:", decision.discounted.map((d) => `@${d.login}: ${d.reason}`));
  section(lines, "Overrides:", decision.overrides.map((o) => `@${o.login}: ${o.reason}`));
  const asks = [...decision.missingReviewers.users.map(at), ...decision.missingReviewers.teams];
  section(lines, "Waiting for:", asks.length > 0 ? [asks.join(", ")] : []);
  return `${lines.join("\n")}
`;
}
function requirementLines(r, depth) {
  const pad = "  ".repeat(depth);
  const mark = r.satisfied ? "[x]" : r.blocked !== void 0 ? "[!]" : "[ ]";
  const lines = [`${pad}${mark} ${r.description}${detail(r)}`];
  if (!r.satisfied && r.blocked !== void 0) lines.push(`${pad}    cannot be met: ${r.blocked}`);
  for (const child of r.children ?? []) lines.push(...requirementLines(child, depth + 1));
  return lines;
}
function detail(r) {
  const parts = [];
  if (r.approvedBy.length > 0) parts.push(`approved by ${r.approvedBy.map(at).join(", ")}`);
  if (!r.satisfied && r.missing.length > 0) parts.push(`missing ${r.missing.map(at).join(", ")}`);
  return parts.length > 0 ? ` (${parts.join("; ")})` : "";
}
function section(lines, title, items) {
  if (items.length === 0) return;
  lines.push("", title, ...items.map((item) => `  - ${item}`));
}

// src/core/routing/from-report.ts
var ABSENT_DIGEST = "absent";
function routingInput(report, config, facts) {
  return {
    level: report.level,
    reasons: report.explanation,
    policyFilesChanged: report.policyFiles,
    templates: report.templates.map((t) => ({ path: t.path, owners: t.owners, digest: t.digest.head ?? ABSENT_DIGEST })),
    tierPolicy: config.routing,
    author: facts.author,
    coAuthors: facts.coAuthors,
    reviews: facts.reviews,
    teams: facts.teams,
    headSha: facts.headSha,
    digestsAt: facts.digestsAt,
    requireOwner: config.provenance.requireOwner
  };
}
function loginFromEmail(email) {
  const m = /^(?:\d{1,12}\+)?([A-Za-z0-9-]{1,39})@users\.noreply\.github\.com$/i.exec(email.trim());
  return m ? m[1] : null;
}

export {
  evaluateRouting,
  renderDecisionText,
  ABSENT_DIGEST,
  routingInput,
  loginFromEmail
};
