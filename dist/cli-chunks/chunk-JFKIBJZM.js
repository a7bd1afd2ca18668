import { createRequire as __promptopsCreateRequire } from 'node:module';
const require = __promptopsCreateRequire(import.meta.url);

// src/core/metrics/mapping.ts
function mapToTemplates(summaries, templatePaths, templateNames = {}) {
  const groups = /* @__PURE__ */ new Map();
  const unmatched = [];
  for (const summary of summaries) {
    const target = resolve(summary.template, templatePaths, templateNames);
    if (typeof target === "string") groups.set(target, [...groups.get(target) ?? [], summary]);
    else unmatched.push({ summary, reason: target.reason });
  }
  const warnings = unmatched.map((u) => `${u.summary.file}:${u.summary.line}: eval results for "${clip(u.summary.template)}" ${u.reason}`);
  const byPath = /* @__PURE__ */ new Map();
  for (const [path, group] of groups) {
    if (group.length > 1) warnings.push(`${path}: pooled ${group.length} eval results (${[...new Set(group.map((g) => g.file))].join(", ")})`);
    byPath.set(path, pool(group));
  }
  return { byPath, unmatched, warnings };
}
function resolve(ref, paths, names) {
  const wanted = normalise(ref);
  if (wanted === "") return { reason: "have no template path or name" };
  if (paths.includes(wanted)) return wanted;
  const within = paths.filter((p) => wanted.endsWith(`/${p}`)).sort((a, b) => b.length - a.length);
  if (within[0] !== void 0) return within[0];
  const around = paths.filter((p) => p.endsWith(`/${wanted}`));
  if (around.length === 1) return around[0];
  if (around.length > 1) return { reason: `are ambiguous: they could be ${around.slice(0, 5).join(", ")}` };
  const named = paths.filter((p) => names[p] !== void 0 && names[p].trim() === ref.trim());
  if (named.length === 1) return named[0];
  if (named.length > 1) return { reason: `are ambiguous: templates ${named.slice(0, 5).join(", ")} share that name` };
  return { reason: "match no governed template (by path or by name)" };
}
function normalise(ref) {
  let s = ref.trim().replaceAll("\\", "/");
  if (s.startsWith("file://")) s = s.slice("file://".length);
  while (s.startsWith("./")) s = s.slice(2);
  return s;
}
function pool(group) {
  const first = group[0];
  if (group.length === 1) return first;
  const samples = group.reduce((n, g) => n + g.samples, 0);
  const accuracy = samples > 0 ? group.reduce((s, g) => s + g.accuracy * g.samples, 0) / samples : group.reduce((s, g) => s + g.accuracy, 0) / group.length;
  return { ...first, accuracy, samples, file: [...new Set(group.map((g) => g.file))].join(", ") };
}
var clip = (s) => s.length > 120 ? `${s.slice(0, 117)}...` : s;

// src/core/metrics/findings.ts
var ACCURACY_RULE = {
  id: "model.accuracy-regression",
  category: "model",
  severity: "high",
  title: "Eval accuracy dropped beyond the tolerance",
  help: "The repo's own eval results show lower accuracy than the last merged value on the audit branch. Check the failing eval cases, fix the prompt, or raise `accuracy.tolerance` in `.github/promptops.yml` if the drop is noise."
};
var METRICS_RULES = [ACCURACY_RULE];
var ACCURACY_METRIC = "accuracy";
var ACCURACY_SAMPLES_METRIC = "accuracySamples";
function accuracyMetrics(summaries, templates) {
  const names = Object.fromEntries(templates.flatMap((t) => t.name ? [[t.path, t.name]] : []));
  const { byPath } = mapToTemplates(summaries, templates.map((t) => t.path), names);
  return Object.fromEntries([...byPath].map(([path, s]) => [path, { [ACCURACY_METRIC]: s.accuracy, [ACCURACY_SAMPLES_METRIC]: s.samples }]));
}

export {
  METRICS_RULES,
  ACCURACY_METRIC,
  ACCURACY_SAMPLES_METRIC,
  accuracyMetrics
};
