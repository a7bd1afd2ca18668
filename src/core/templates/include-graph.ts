// Which changed files are prompt text because a template includes them, directly or through
// other included files. The shell supplies the paths at the head revision and a reader; this
// walks templates → every file a reference may name → their references.
import { findIncludes, includeCandidates } from './includes.js'

export interface IncludeGraphInput {
  /** Every path at the head revision (files only). */
  paths: ReadonlySet<string>
  /** Template paths at the head revision (matched by the config's globs). */
  templates: readonly string[]
  /** Changed paths that are not templates, policy or memory files: the candidates. */
  candidates: ReadonlySet<string>
  /** Texts at the head revision (null: absent or not text), read in batches. */
  read: (paths: readonly string[]) => Promise<Map<string, string | null>>
}

/** Nesting followed beyond the template itself. Each file is read once whatever the depth, so
 * this only bounds round trips; a deeper chain fails closed rather than leaving its tail
 * ungoverned (an author could otherwise hide text one level past the walk). */
export const MAX_INCLUDE_DEPTH = 32

export class IncludeDepthError extends Error {
  constructor(readonly from: string) {
    super(
      `templates include files nested more than ${MAX_INCLUDE_DEPTH} levels deep (through ${from}), so PromptOps cannot tell which changed files are prompt text`,
    )
    this.name = 'IncludeDepthError'
  }
}

/** Changed candidate path → the templates that (transitively) include it. */
export async function includedChangedFiles(input: IncludeGraphInput): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {}
  if (input.candidates.size === 0) return out
  const edges = await includeEdges(input)
  // rootsOf: a file reached through includes → the templates it is reached from, propagated
  // until nothing changes (a file reached again later through another template passes that
  // template on to everything it includes).
  const rootsOf = new Map<string, Set<string>>(input.templates.map((t) => [t, new Set([t])]))
  for (let changed = true; changed;) {
    changed = false
    for (const [from, targets] of edges) {
      const roots = rootsOf.get(from)
      if (!roots) continue
      for (const target of targets) {
        const into = rootsOf.get(target) ?? new Set<string>()
        const before = into.size
        for (const root of roots) into.add(root)
        rootsOf.set(target, into)
        if (into.size !== before) changed = true
      }
    }
  }
  // A template is governed by the globs already; it is listed only when other templates
  // include it (a partial the change deletes still leaves them including it).
  for (const path of input.candidates) {
    const roots = [...(rootsOf.get(path) ?? [])].filter((root) => root !== path)
    if (roots.length > 0) out[path] = roots.sort()
  }
  return out
}

/** Included file → every file each of its references may name (which one a loader reads
 * depends on its search path, so a copy at one candidate must not leave the others
 * ungoverned). Breadth first from the templates; each file read once. */
async function includeEdges(input: IncludeGraphInput): Promise<Map<string, string[]>> {
  const edges = new Map<string, string[]>()
  const seen = new Set(input.templates)
  let frontier = [...input.templates]
  for (let depth = 0; ; depth++) {
    const [first] = frontier
    if (first === undefined) break
    if (depth > MAX_INCLUDE_DEPTH) throw new IncludeDepthError(first)
    const texts = await input.read(frontier)
    const next: string[] = []
    for (const from of frontier) {
      const text = texts.get(from)
      if (!text) continue
      const targets = [
        ...new Set(findIncludes(text).flatMap((ref) => includeCandidates(from, ref).filter((p) => input.paths.has(p)))),
      ]
      edges.set(from, targets)
      for (const target of targets.filter((t) => !seen.has(t))) {
        seen.add(target)
        next.push(target)
      }
    }
    frontier = next
  }
  return edges
}
