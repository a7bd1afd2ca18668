// GitHub-style pagination: per_page (max 100), page, and an RFC 8288 Link header.
import type { RouteReply, RouteRequest } from './types.js'

export interface PageOptions {
  /** Hard cap on listed items, e.g. 3000 for pull request files. */
  readonly limit?: number
  /** Page size when the client sends no per_page (30 on most routes). */
  readonly defaultPerPage?: number
  /** Largest honoured per_page (100 on most routes). */
  readonly maxPerPage?: number
}

function pageLink(url: URL, page: number, rel: string): string {
  const next = new URL(url)
  next.searchParams.set('page', String(page))
  return `<${next.toString()}>; rel="${rel}"`
}

export function pageParams(req: RouteRequest, options: PageOptions = {}): { perPage: number; page: number } {
  const asked = req.url.searchParams.has('per_page') ? Number(req.query['per_page']) : (options.defaultPerPage ?? 30)
  const perPage = Math.min(options.maxPerPage ?? 100, Math.max(1, asked))
  const page = Math.max(1, Number(req.query['page'] ?? 1))
  return { perPage, page }
}

/** Slices `items` to the requested page and adds Link prev/next/first/last as GitHub does. */
export function paginate<T>(
  req: RouteRequest,
  items: readonly T[],
  map: (item: T) => unknown,
  options: PageOptions = {},
): RouteReply {
  const { perPage, page } = pageParams(req, options)
  const all = options.limit === undefined ? items : items.slice(0, options.limit)
  const last = Math.max(1, Math.ceil(all.length / perPage))
  const slice = all.slice((page - 1) * perPage, page * perPage)
  const links: string[] = []
  if (page > 1) links.push(pageLink(req.url, Math.min(page - 1, last), 'prev'))
  if (page < last) links.push(pageLink(req.url, page + 1, 'next'), pageLink(req.url, last, 'last'))
  if (page > 1) links.push(pageLink(req.url, 1, 'first'))
  return { status: 200, body: slice.map(map), headers: links.length > 0 ? { link: links.join(', ') } : {} }
}
