// Counting the API calls a run made, from the emulator's request log.

/** A write to repository state; minting an installation token (POST /app/...) is auth, not a write. */
export const isWrite = (r) => r.method !== 'GET' && !/^(?:\/api\/v3)?\/app\//.test(r.url) && !isGraphqlQuery(r)

/** A GraphQL POST that is a query (reads; GitHub meters it in points), not a mutation. */
export const isGraphqlQuery = (r) =>
  /^(?:\/api)?\/graphql$/.test(r.url) && !/^\s*mutation\b/.test(String(JSON.parse(r.body || '{}').query ?? ''))

export function splitCalls(requests) {
  const writes = requests.filter(isWrite).length
  return { total: requests.length, reads: requests.length - writes, writes }
}

/** "METHOD /path ×n" summary, query strings and SHAs dropped. */
export function callSummary(requests) {
  const table = new Map()
  for (const r of requests) {
    const key = `${r.method} ${r.url
      .split('?')[0]
      .replace(/^\/api\/v3/, '')
      .replace(/[0-9a-f]{40}/g, '{sha}')
      .replace(/\/(pulls|issues|check-runs)\/\d+/g, '/$1/{n}')}`
    table.set(key, (table.get(key) ?? 0) + 1)
  }
  return [...table].map(([k, n]) => (n > 1 ? `${k} ×${n}` : k)).join(', ')
}
