import { createRequire as __promptopsCreateRequire } from 'node:module';
const require = __promptopsCreateRequire(import.meta.url);

// src/core/plan/approval-check.ts
var APPROVAL_CHECK_NAME = "promptops/approval";

// src/core/setup/protection.ts
function enforcesNothing(kind) {
  return {
    kind,
    requiredChecks: [],
    blocksForcePushes: false,
    blocksDeletion: false,
    requiresPullRequest: false,
    requiresReviews: false,
    requiresLastPushApproval: false,
    requiresUpToDate: false,
    requiresMergeQueue: false
  };
}
function checkSetup(input) {
  const app = input.app ?? inferApp(input.posters);
  return [
    approvalRequired(input.base, app),
    upToDate(input.base),
    ...approvalSource(input.posters, app),
    ...auditBranch(input.audit),
    lastPushApproval(input.base)
  ];
}
var unreadableNote = (b) => `could not read ${b.unreadable.join(" or ")}`;
var some = (b, test) => b.sources.some(test);
var appNames = (ids) => [...new Set(ids)].map((id) => `App ${id}`).join(", ");
function inferApp(posters) {
  const ids = new Set(posters?.map((p) => p.appId));
  const first = posters?.[0];
  if (!posters || ids.size !== 1 || first === void 0) return null;
  return {
    id: first.appId,
    how: `inferred: ${first.slug} posted ${APPROVAL_CHECK_NAME} on ${first.where}; pass the App id to be sure`
  };
}
function approvalRequired(base, app) {
  const id = "approval-required";
  const wanted = base.sources.flatMap((s) => s.requiredChecks.filter((c) => c.context === APPROVAL_CHECK_NAME));
  const undecided = base.unreadable.length > 0;
  const verdict = (status, message) => {
    if (!undecided || status === "ok") return { id, status, message };
    return { id, status: status === "fail" ? "warn" : status, message: `${message} (${unreadableNote(base)})` };
  };
  if (wanted.length === 0)
    return verdict(
      "fail",
      `${base.branch} does not require the ${APPROVAL_CHECK_NAME} check: approvals are advisory until branch protection or a ruleset requires it`
    );
  const pinned = wanted.flatMap((c) => c.appId === null ? [] : [c.appId]);
  const anySource = `any App or workflow with checks: write can post a passing ${APPROVAL_CHECK_NAME}`;
  const how = `"expected source" in branch protection, or the App as the ruleset check's source`;
  if (pinned.length === 0)
    return verdict(
      "fail",
      `${base.branch} requires ${APPROVAL_CHECK_NAME} from any source: ${anySource}. Pin it to the PromptOps App${app ? ` (id ${app.id})` : ""}: ${how}`
    );
  if (!app)
    return {
      id,
      status: "warn",
      message: `${base.branch} requires ${APPROVAL_CHECK_NAME} from ${appNames(pinned)}; give the PromptOps App's id to confirm it is that App`
    };
  if (pinned.includes(app.id))
    return {
      id,
      status: "ok",
      message: `${base.branch} requires ${APPROVAL_CHECK_NAME} from the PromptOps App (id ${app.id}, ${app.how})`
    };
  return verdict(
    "fail",
    `${base.branch} requires ${APPROVAL_CHECK_NAME} from ${appNames(pinned)}, not the PromptOps App (id ${app.id}, ${app.how}): the App's check cannot satisfy it`
  );
}
function upToDate(base) {
  const id = "up-to-date";
  if (some(base, (s) => s.requiresMergeQueue))
    return { id, status: "ok", message: `${base.branch} merges through a merge queue: checks are decided on what will merge` };
  if (some(base, (s) => s.requiresUpToDate))
    return { id, status: "ok", message: `${base.branch} requires branches to be up to date before merging` };
  const note = base.unreadable.length > 0 ? ` (${unreadableNote(base)})` : "";
  return {
    id,
    status: "warn",
    message: `${base.branch} neither requires branches to be up to date before merging nor uses a merge queue${note}: a check decided against an older base can miss a template merged since that includes a file the pull request changes. Turn on "Require branches to be up to date before merging" or a merge queue`
  };
}
function approvalSource(posters, app) {
  const first = posters?.[0];
  if (!posters || first === void 0) return [];
  const others = posters.filter((p) => app ? p.appId !== app.id : p.appId !== first.appId);
  if (others.length === 0)
    return [
      {
        id: "approval-source",
        status: "ok",
        message: `only ${first.slug} posted ${APPROVAL_CHECK_NAME} on recent pull requests`
      }
    ];
  const seen = [...new Map(posters.map((p) => [p.appId, `${p.slug} (App ${p.appId}) on ${p.where}`])).values()];
  return [
    {
      id: "approval-source",
      status: "fail",
      message: `${APPROVAL_CHECK_NAME} was posted by more than one App: ${seen.join("; ")}. Only the PromptOps App should post it; pin the required check to it`
    }
  ];
}
function auditBranch(audit) {
  const name = audit.branch;
  const forcePush = some(audit, (s) => s.blocksForcePushes);
  const deletion = some(audit, (s) => s.blocksDeletion);
  const checks = [];
  if (forcePush && deletion)
    checks.push({ id: "audit-branch", status: "ok", message: `${name} is protected against force pushes and deletion` });
  else {
    const open = [forcePush ? null : "force pushes", deletion ? null : "deletion"].filter(Boolean).join(" and ");
    const risk = `anyone who can push could rewrite or delete the audit log. Protect it (branch protection, or a ruleset with "Block force pushes" and "Restrict deletions")`;
    if (audit.exists === false && audit.sources.length === 0)
      checks.push({
        id: "audit-branch",
        status: "warn",
        message: `${name} does not exist yet and nothing protects it against ${open}: ${risk} before the first merge is recorded`
      });
    else if (audit.unreadable.length > 0)
      checks.push({
        id: "audit-branch",
        status: "warn",
        message: `nothing readable protects ${name} against ${open} (${unreadableNote(audit)}): otherwise ${risk}`
      });
    else checks.push({ id: "audit-branch", status: "fail", message: `${name} allows ${open}: ${risk}` });
  }
  const blockers = [
    some(audit, (s) => s.requiresPullRequest) ? "pull requests" : null,
    some(audit, (s) => s.requiredChecks.length > 0) ? "status checks" : null
  ].filter(Boolean);
  const refused = "the App (or the Action) appends records by pushing to it directly, which is refused unless it may bypass them";
  if (blockers.length > 0)
    checks.push({
      id: "audit-branch-writable",
      status: "warn",
      message: `${name} requires ${blockers.join(" and ")}: ${refused}`
    });
  return checks;
}
function lastPushApproval(base) {
  const id = "last-push-approval";
  if (!some(base, (s) => s.requiresReviews)) {
    const note = base.unreadable.length > 0 ? ` as far as could be read (${unreadableNote(base)})` : "";
    return {
      id,
      status: "ok",
      message: `${base.branch} does not require GitHub's own approving reviews${note}; PromptOps approvals are bound to the content they approve`
    };
  }
  if (some(base, (s) => s.requiresLastPushApproval))
    return { id, status: "ok", message: `${base.branch} requires approval of the most recent reviewable push` };
  const missing = `${base.branch} requires approving reviews but not approval of the most recent reviewable push: someone can push after the last approval and merge on it`;
  const fix = `Turn on "Require approval of the most recent reviewable push"${base.unreadable.length > 0 ? ` (${unreadableNote(base)})` : ""}`;
  return { id, status: "warn", message: `${missing}. ${fix}` };
}

export {
  APPROVAL_CHECK_NAME,
  enforcesNothing,
  checkSetup
};
