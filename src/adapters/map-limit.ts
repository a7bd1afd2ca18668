/** Maps with at most `limit` calls in flight, keeping input order (API fan-out without floods). */
export async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length)
  // One iterator shared by all workers: each pull hands out the next index exactly once.
  const pending = items.entries()
  const worker = async (): Promise<void> => {
    for (const [i, item] of pending) out[i] = await fn(item)
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
  return out
}
