// Eval summaries name templates loosely (absolute paths from CI runners, paths relative to
// an eval folder, or a template's `name:`). Map each to one governed template path; what
// maps to none, or to several, is reported — never silently dropped.
import type { EvalSummary } from './eval-summary.js'

export interface Unmatched {
  summary: EvalSummary
  reason: string
}

export interface TemplateMapping {
  /** One summary per template path (several results for one template are pooled). */
  byPath: Map<string, EvalSummary>
  unmatched: Unmatched[]
  /** Human-readable, one line each: unmatched and pooled results. */
  warnings: string[]
}

export function mapToTemplates(
  summaries: readonly EvalSummary[],
  templatePaths: readonly string[],
  templateNames: Readonly<Record<string, string>> = {},
): TemplateMapping {
  const groups = new Map<string, [EvalSummary, ...EvalSummary[]]>()
  const unmatched: Unmatched[] = []
  for (const summary of summaries) {
    const target = resolve(summary.template, templatePaths, templateNames)
    if (typeof target !== 'string') unmatched.push({ summary, reason: target.reason })
    else if (groups.has(target)) groups.get(target)?.push(summary)
    else groups.set(target, [summary])
  }
  const warnings = unmatched.map(
    (u) => `${u.summary.file}:${u.summary.line}: eval results for "${clip(u.summary.template)}" ${u.reason}`,
  )
  const byPath = new Map<string, EvalSummary>()
  for (const [path, group] of groups) {
    if (group.length > 1)
      warnings.push(`${path}: pooled ${group.length} eval results (${[...new Set(group.map((g) => g.file))].join(', ')})`)
    byPath.set(path, pool(group))
  }
  return { byPath, unmatched, warnings }
}

/** Exact path, then path suffix on a `/` boundary (either way), then template `name:`. */
function resolve(ref: string, paths: readonly string[], names: Readonly<Record<string, string>>): string | { reason: string } {
  const wanted = normalise(ref)
  if (wanted === '') return { reason: 'have no template path or name' }
  if (paths.includes(wanted)) return wanted
  // The ref is longer (an absolute runner path): the longest template path it ends with.
  const within = paths.filter((p) => wanted.endsWith(`/${p}`)).sort((a, b) => b.length - a.length)
  if (within[0] !== undefined) return within[0]
  // The ref is shorter (relative to a sub-folder): unique, or ambiguous.
  const around = paths.filter((p) => p.endsWith(`/${wanted}`))
  if (around.length === 1 && around[0] !== undefined) return around[0]
  if (around.length > 1) return { reason: `are ambiguous: they could be ${around.slice(0, 5).join(', ')}` }
  const named = paths.filter((p) => names[p] !== undefined && names[p].trim() === ref.trim())
  if (named.length === 1 && named[0] !== undefined) return named[0]
  if (named.length > 1) return { reason: `are ambiguous: templates ${named.slice(0, 5).join(', ')} share that name` }
  return { reason: 'match no governed template (by path or by name)' }
}

function normalise(ref: string): string {
  let s = ref.trim().replaceAll('\\', '/')
  if (s.startsWith('file://')) s = s.slice('file://'.length)
  while (s.startsWith('./')) s = s.slice(2)
  return s
}

/** Sample-weighted mean; the first summary's source, every file named. */
function pool(group: readonly [EvalSummary, ...EvalSummary[]]): EvalSummary {
  const [first] = group
  if (group.length === 1) return first
  const samples = group.reduce((n, g) => n + g.samples, 0)
  const accuracy =
    samples > 0
      ? group.reduce((s, g) => s + g.accuracy * g.samples, 0) / samples
      : group.reduce((s, g) => s + g.accuracy, 0) / group.length
  return { ...first, accuracy, samples, file: [...new Set(group.map((g) => g.file))].join(', ') }
}

const clip = (s: string): string => (s.length > 120 ? `${s.slice(0, 117)}...` : s)
