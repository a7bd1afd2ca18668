import { matchesOf } from '../text.js'
// Files a template pulls in at render time: Jinja `{% include %}` / `{% import %}` /
// `{% from … import %}` / `{% extends %}`, Liquid `{% render %}` and unquoted `{% include
// file.liquid %}` / `{% include_relative %}` (Jekyll), Handlebars / Mustache / Dotprompt
// partials `{{> name}}` and Mustache parents `{{< name}}` (the inheritance extension). Those files are prompt text too, so a change to one is governed like the
// template that includes it. Reading only: nothing is resolved against a file system here.

export interface IncludeRef {
  /** As written: a path (Jinja), a snippet name or path (Liquid) or a partial name (Handlebars). */
  target: string
  kind: 'jinja' | 'liquid' | 'partial'
  line: number
}

const JINJA_TAG = /\{%-?\s*(include_relative|include|import|from|extends|render)\b([^%]{0,500}?)-?%\}/g
const STRING = /(["'])([^"'\n]{1,300})\1/g
/** An unquoted include argument that can only be a file (a bare name is a variable: dynamic). */
const BARE_PATH = /^\s*([A-Za-z0-9_.-][A-Za-z0-9_./-]{0,299})/
const PARTIAL = /\{\{~?\s*(?:#?>|<)\s*("[^"\n]{1,200}"|'[^'\n]{1,200}'|[A-Za-z0-9_./-]{1,200})/g

export function findIncludes(text: string): IncludeRef[] {
  const refs: IncludeRef[] = []
  const lineAt = lineLookup(text)
  for (const m of matchesOf(JINJA_TAG, text)) {
    const tag = m[1] ?? ''
    const args = m[2] ?? ''
    const line = lineAt(m.index)
    const strings = [...matchesOf(STRING, args)].map((s) => s[2] ?? '')
    if (tag === 'render') {
      // Liquid: `{% render 'name', var: x %}` loads one snippet.
      if (strings[0] !== undefined) refs.push({ target: strings[0], kind: 'liquid', line })
      continue
    }
    const bare = strings.length === 0 && /^include/.test(tag) ? BARE_PATH.exec(args)?.[1] : undefined
    if (bare !== undefined && /[./]/.test(bare)) {
      // Jekyll/Liquid: `{% include footer.html %}`, `{% include_relative ../a.md %}`.
      refs.push({ target: bare, kind: 'liquid', line })
      continue
    }
    // `include` may list alternatives; `from`/`import`/`extends` name one file first.
    for (const target of tag === 'include' ? strings : strings.slice(0, 1)) refs.push({ target, kind: 'jinja', line })
  }
  for (const m of matchesOf(PARTIAL, text))
    refs.push({ target: (m[1] ?? '').replace(/^["']|["']$/g, ''), kind: 'partial', line: lineAt(m.index) })
  return refs
}

/** Repository paths a reference may name, most specific first (the including file's folder,
 * a `partials/` folder beside it, the repository root), the way the common loaders search. */
export function includeCandidates(fromPath: string, ref: IncludeRef): string[] {
  const dir = dirname(fromPath)
  const names =
    ref.kind === 'jinja' ? [ref.target] : ref.kind === 'liquid' ? liquidFileNames(ref.target) : partialFileNames(ref.target)
  // Liquid loaders also look in `snippets/` (Shopify, liquidjs) and `_includes/` (Jekyll).
  const folders =
    ref.kind === 'liquid'
      ? [dir, `${dir}/partials`, `${dir}/snippets`, `${dir}/_includes`, '', 'snippets', '_includes']
      : [dir, `${dir}/partials`, '']
  const out = new Set<string>()
  for (const d of folders) {
    for (const name of names) {
      const path = normalize(name.startsWith('/') ? name : `${d}/${name}`)
      if (path !== null) out.add(path)
    }
  }
  return [...out]
}

function dirname(path: string): string {
  const slash = path.lastIndexOf('/')
  return slash < 0 ? '' : path.slice(0, slash)
}

/** Repository-relative path with `.` and `..` resolved; null when it climbs out of the repository. */
function normalize(path: string): string | null {
  const parts: string[] = []
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue
    if (part === '..') {
      if (parts.pop() === undefined) return null
    } else parts.push(part)
  }
  return parts.length === 0 ? null : parts.join('/')
}

/** Dotprompt partials are `_name.prompt`; Handlebars and Mustache loaders use the name with
 * their own extension; a name that already has an extension may be the file itself. */
function partialFileNames(name: string): string[] {
  const dir = dirname(name)
  const base = name.slice(dir.length === 0 ? 0 : dir.length + 1)
  const files = [`_${base}.prompt`, `${base}.prompt`, `${base}.hbs`, `${base}.handlebars`, `${base}.mustache`, `_${base}.hbs`]
  if (base.includes('.')) files.push(base)
  return files.map((f) => (dir === '' ? f : `${dir}/${f}`))
}

/** Liquid appends `.liquid` to a snippet name without an extension. */
function liquidFileNames(name: string): string[] {
  const base = name.slice(name.lastIndexOf('/') + 1)
  return base.includes('.') ? [name] : [name, `${name}.liquid`]
}

function lineLookup(text: string): (offset: number) => number {
  const starts = [0]
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1)
  return (offset) => {
    let lo = 0
    let hi = starts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if ((starts[mid] ?? Infinity) <= offset) lo = mid
      else hi = mid - 1
    }
    return lo + 1
  }
}
