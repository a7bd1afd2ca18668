import { createRequire as __promptopsCreateRequire } from 'node:module';
const require = __promptopsCreateRequire(import.meta.url);
import {
  require_picomatch
} from "./chunk-5VG5CH4R.js";
import {
  __toESM
} from "./chunk-L4R2QCBA.js";

// src/core/governance/sla.ts
var import_picomatch = __toESM(require_picomatch(), 1);
var UNIT_MS = { m: 6e4, h: 36e5, d: 864e5, w: 6048e5 };
function parseDuration(text) {
  const m = /^(\d{1,6})([mhdw])$/.exec(text.trim());
  return m ? Number(m[1]) * UNIT_MS[m[2]] : null;
}
function slaPolicy(report, config) {
  let best = null;
  const consider = (target, escalate, template) => {
    const ms = target ? parseDuration(target) : null;
    if (target && ms !== null && (best === null || ms < best.ms)) best = { target, ms, escalate, template };
  };
  for (const t of report.templates) {
    if (t.status === "unchanged") continue;
    consider(t.sla, null, t.path);
    for (const rule of config.owners)
      if (import_picomatch.default.isMatch(t.path, rule.pattern, { dot: true })) consider(rule.sla, rule.escalate ?? null, t.path);
  }
  return best;
}
function slaStatus(policy, startedAt, firstReviewAt2, now) {
  const due = Date.parse(startedAt) + policy.ms;
  const reviewed = firstReviewAt2 === null ? null : Date.parse(firstReviewAt2);
  const overdue = reviewed === null && now.getTime() > due;
  return {
    target: policy.target,
    startedAt,
    dueAt: new Date(due).toISOString(),
    firstReviewAt: firstReviewAt2,
    breached: reviewed === null ? overdue : reviewed > due,
    overdue,
    escalate: policy.escalate
  };
}
function firstReviewAt(reviews, author) {
  const times = reviews.flatMap(
    (r) => r.user && r.user.login.toLowerCase() !== author.toLowerCase() && r.state !== "PENDING" && r.submitted_at ? [r.submitted_at] : []
  ).sort();
  return times[0] ?? null;
}
function describeSla(s) {
  if (s.firstReviewAt)
    return `Review SLA ${s.target}: first review ${s.firstReviewAt}${s.breached ? ` \u2014 breached (due ${s.dueAt})` : " \u2014 met"}`;
  return `Review SLA ${s.target}: due ${s.dueAt}${s.overdue ? ` \u2014 OVERDUE${s.escalate ? `, escalated to ${s.escalate}` : ""}` : ""}`;
}

export {
  slaPolicy,
  slaStatus,
  firstReviewAt,
  describeSla
};
