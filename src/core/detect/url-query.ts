// Query strings of URLs the detectors judge, and what an Azure shared access signature grants
// (learn.microsoft.com/rest/api/storageservices/create-service-sas): the secrets detector
// rates a read-only signature for one file below one that can write, list or reach an account.

/** A query's parameters, names lowercased, values as written (still percent-encoded). */
export type QueryPairs = ReadonlyArray<readonly [name: string, value: string]>

/** The parameters after `?`, and those of a fragment after it (a linked page's script can read and send them on). */
export function queryPairs(url: string): QueryPairs {
  const q = url.indexOf('?')
  if (q < 0) return []
  return url
    .slice(q + 1)
    .split(/[&;#]/)
    .map((pair) => {
      const eq = pair.indexOf('=')
      return eq < 0 ? (['', pair] as const) : ([pair.slice(0, eq).toLowerCase(), pair.slice(eq + 1)] as const)
    })
}

const valueOf = (pairs: QueryPairs, name: string): string | undefined => pairs.find(([n]) => n === name)?.[1]

/** A percent-encoded value decoded; a malformed escape leaves it as written (judge the raw text). */
export function decodeSafe(value: string): string {
  try {
    return decodeURIComponent(value)
  } catch {
    return value
  }
}

/**
 * What an Azure SAS grants: `one-file-read` for a signature on one blob or file (`sr=b` or
 * `sr=f`) whose only permission is read (`sp=r`), `wider` for anything else (write, delete,
 * list, a container, a share, or an account SAS with `ss`/`srt`).
 */
export function azureSasScope(pairs: QueryPairs): 'one-file-read' | 'wider' {
  // A scope parameter given twice is read one way here and maybe another by the service.
  if (['sr', 'sp', 'ss', 'srt'].some((name) => pairs.filter(([n]) => n === name).length > 1)) return 'wider'
  const sr = valueOf(pairs, 'sr')
  const sp = decodeSafe(valueOf(pairs, 'sp') ?? '')
  const account = valueOf(pairs, 'ss') !== undefined || valueOf(pairs, 'srt') !== undefined
  return !account && (sr === 'b' || sr === 'f') && sp === 'r' ? 'one-file-read' : 'wider'
}
