import { createRequire as __promptopsCreateRequire } from 'node:module';
const require = __promptopsCreateRequire(import.meta.url);
import {
  at
} from "./chunk-FQS4FOID.js";

// src/core/routing/render-text.ts
function renderDecisionText(decision) {
  const lines = [`${decision.status.toUpperCase()}: ${decision.summary}`, "", "Why this tier:"];
  for (const reason of decision.reasons) lines.push(`  - ${reason}`);
  lines.push("", "Requirements:");
  if (decision.requirements.length === 0) lines.push("  (none: no human approval required)");
  for (const r of decision.requirements) lines.push(...requirementLines(r, 1));
  section(
    lines,
    "Counted approvals:",
    decision.counted.map(
      (c) => `@${c.login} at ${c.commit.slice(0, 7)} (${c.via === "head" ? "head commit" : "templates unchanged since"})`
    )
  );
  section(
    lines,
    "Not counted:",
    decision.discounted.map((d) => `@${d.login}: ${d.reason}`)
  );
  section(
    lines,
    "Overrides:",
    decision.overrides.map((o) => `@${o.login}: ${o.reason}`)
  );
  section(lines, "Not checked here (the App checks them):", decision.notChecked);
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

// src/core/routing/binding.ts
function changedSinceApproval(d) {
  const paths = [.../* @__PURE__ */ new Set([...d.approvedPaths, ...d.currentPaths])].filter(d.isGoverned).sort();
  const changed = paths.filter(
    (p) => d.state("approvedBase", p) !== d.state("currentBase", p) || d.state("approved", p) !== d.state("head", p)
  );
  if (changed.length === 0) return null;
  const shown = changed.slice(0, 10).join(", ");
  return `${shown}${changed.length > 10 ? ` and ${changed.length - 10} more` : ""} changed`;
}

export {
  renderDecisionText,
  changedSinceApproval
};
