import { createRequire as __promptopsCreateRequire } from 'node:module';
const require = __promptopsCreateRequire(import.meta.url);

// src/core/routing/summary.ts
function summarize(input) {
  const head = `${input.tier} risk`;
  const override = input.overrides[0];
  if (override !== void 0) return `${head}: overridden by @${override.login} (${override.reason})`;
  if (input.requirements.length === 0) return `${head}: no approval required`;
  const parts = input.requirements.map(progress);
  const blocked = input.requirements.find((r) => !r.satisfied && r.blocked !== void 0)?.blocked;
  if (blocked !== void 0) parts.push(`cannot be met: ${blocked}`);
  else if (input.missing.length > 0) parts.push(`missing ${input.missing.map(at).join(", ")}`);
  return `${head}: ${parts.join("; ")}`;
}
function progress(r) {
  if (r.id === "approvals") {
    const need = r.needed ?? r.approvedBy.length;
    return `${Math.min(r.approvedBy.length, need)}/${need} required approvals`;
  }
  if (r.id === "all-owners") {
    const children = r.children ?? [];
    return `${children.filter((c) => c.satisfied).length}/${children.length} owners approved`;
  }
  if (r.id === "owners-known")
    return r.satisfied ? "all templates owned" : `${(r.children ?? []).length} template(s) without an owner`;
  return `${r.description}: ${r.satisfied ? "met" : "pending"}`;
}
function at(principal) {
  return principal.startsWith("@") || principal.includes("@") ? principal : `@${principal}`;
}

export {
  summarize,
  at
};
