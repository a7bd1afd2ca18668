// Matches a concrete request path against OpenAPI path templates by whole segments (no regexes,
// so hostile paths cost linear time). Params that GitHub lets span slashes (`{path}`, `{ref}`,
// `{basehead}`, `{branch}`) are "greedy": they take every segment the literals around them leave.

const GREEDY = new Set(['path', 'ref', 'basehead', 'branch'])

interface Segment {
  readonly literal?: string
  readonly param?: string
}

export interface RouteMatch {
  readonly key: string
  readonly params: Record<string, string>
}

interface Compiled {
  readonly key: string
  readonly method: string
  readonly segments: readonly Segment[]
  readonly literals: number
}

function parseTemplate(key: string): Compiled {
  const [method = '', template = ''] = key.split(' ')
  const segments = template
    .split('/')
    .slice(1)
    .map((s): Segment => (s.startsWith('{') && s.endsWith('}') ? { param: s.slice(1, -1) } : { literal: s }))
  return { key, method, segments, literals: segments.filter((s) => s.literal !== undefined).length }
}

function decode(raw: string): string | undefined {
  try {
    return decodeURIComponent(raw)
  } catch {
    return undefined
  }
}

function bind(segment: Segment, raw: string, params: Record<string, string>): boolean {
  if (segment.literal !== undefined) return segment.literal === raw
  const value = decode(raw)
  if (value === undefined || value === '' || segment.param === undefined) return false
  params[segment.param] = value
  return true
}

function matchSegments(segments: readonly Segment[], raw: readonly string[]): Record<string, string> | undefined {
  const params: Record<string, string> = {}
  const greedyAt = segments.findIndex((s) => s.param !== undefined && GREEDY.has(s.param))
  if (greedyAt < 0) {
    if (segments.length !== raw.length) return undefined
    return segments.every((s, i) => bind(s, raw[i] ?? '', params)) ? params : undefined
  }
  const tail = segments.length - greedyAt - 1
  if (raw.length < segments.length) return undefined
  for (let i = 0; i < greedyAt; i++) if (!bind(segments[i] as Segment, raw[i] ?? '', params)) return undefined
  for (let i = 0; i < tail; i++) {
    const seg = segments[segments.length - 1 - i] as Segment
    if (!bind(seg, raw[raw.length - 1 - i] ?? '', params)) return undefined
  }
  const joined = raw.slice(greedyAt, raw.length - tail).map(decode)
  if (joined.some((s) => s === undefined || s === '')) return undefined
  params[(segments[greedyAt] as Segment).param as string] = joined.join('/')
  return params
}

export class Router {
  readonly #routes: Compiled[]

  constructor(keys: Iterable<string>) {
    // More literal segments first, so `/commits/{ref}/check-runs` wins over greedy `/commits/{ref}`.
    this.#routes = [...keys].map(parseTemplate).sort((a, b) => b.literals - a.literals)
  }

  match(method: string, pathname: string): RouteMatch | undefined {
    const raw = pathname.split('/').slice(1)
    for (const route of this.#routes) {
      if (route.method !== method) continue
      const params = matchSegments(route.segments, raw)
      if (params) return { key: route.key, params }
    }
    return undefined
  }
}
