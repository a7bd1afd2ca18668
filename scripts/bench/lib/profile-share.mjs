// What share of one run the named functions take, read from V8's sampling profiler in this
// process (node:inspector): a function's inclusive time is every sample with it on the stack.
// The detectors call the classifiers from inside their own code, so a timer around a detector
// cannot separate them; the profile can, and needs no hook in src/.
import { Session } from 'node:inspector/promises'

/**
 * Runs `fn` once under the sampling profiler and returns the run's wall time and, per name, the
 * milliseconds of samples with a function of that name on the stack (each sample counted once).
 */
export async function profileShare(fn, names, { intervalMicros = 200 } = {}) {
  const session = new Session()
  session.connect()
  try {
    await session.post('Profiler.enable')
    await session.post('Profiler.setSamplingInterval', { interval: intervalMicros })
    await session.post('Profiler.start')
    const start = performance.now()
    fn()
    const wall = performance.now() - start
    const { profile } = await session.post('Profiler.stop')
    return { wall, ...inclusiveTimes(profile, names) }
  } finally {
    session.disconnect()
  }
}

function inclusiveTimes(profile, names) {
  const wanted = new Set(names)
  const parent = new Map()
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id)
  const byId = new Map(profile.nodes.map((n) => [n.id, n]))
  /** Per node id, the wanted names on its stack (memoised: stacks share their prefixes). */
  const onStack = new Map()
  const namesOf = (id) => {
    if (id === undefined) return []
    let names = onStack.get(id)
    if (names === undefined) {
      const own = byId.get(id).callFrame.functionName
      const above = namesOf(parent.get(id))
      names = wanted.has(own) && !above.includes(own) ? [...above, own] : above
      onStack.set(id, names)
    }
    return names
  }
  const ms = Object.fromEntries(names.map((n) => [n, 0]))
  let sampled = 0
  profile.samples.forEach((id, i) => {
    const dt = (profile.timeDeltas[i] ?? 0) / 1000
    sampled += dt
    for (const name of namesOf(id)) ms[name] += dt
  })
  return { sampled, ms }
}
