// Runs tasks with the same key one after another within this process. Appends to one audit
// branch race on its ref; replicas still compare-and-swap, but one process never races itself.
const tails = new Map<string, Promise<unknown>>()

export function serialized<T>(key: string, run: () => Promise<T>): Promise<T> {
  const previous = tails.get(key) ?? Promise.resolve()
  const result = previous.then(run, run)
  const tail = result.catch(() => undefined)
  tails.set(key, tail)
  void tail.then(() => {
    if (tails.get(key) === tail) tails.delete(key)
  })
  return result
}
