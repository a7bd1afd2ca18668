// App replicas behind one webhook sender, sharing one Redis: a burst of deliveries over many
// pull requests, each PR's events split across the replicas and sent at once; optionally one
// replica is killed mid-burst and whatever it did not answer is redelivered to another (same
// delivery id, as GitHub's redelivery does). Shared by test/app/replicas.e2e.test.ts
// (assertions) and scripts/bench/65-replicas.mjs (figures).
import type { Emulator, RecordedRequest } from '../github-emulator/index.js'
import { deliver, isWrite, pullRequestPayload, reviewPayload, waitFor, type AppProcess } from './harness.js'

export const REF = { owner: 'acme', repo: 'prompts' }
export const TEAMS: Record<string, string[]> = {
  'support-ai': ['sam'],
  legal: ['lee'],
  'ai-governance': ['gina'],
  platform: ['pat'],
  'sales-ai': ['sol'],
}
const SALES = 'prompts/sales/summarize.prompt'

export interface BurstPull {
  number: number
  head: string
  /** Critical PRs (the demo's risky change) also request reviews; low-risk ones pass. */
  critical: boolean
}

export interface BurstResult {
  pulls: BurstPull[]
  /** Deliveries sent in the burst, redeliveries not counted. */
  deliveries: number
  /** Deliveries the killed replica never answered, redelivered to the survivor. */
  redelivered: number
  /** Deliveries answered 202 ("still processing" after ~9 s; the handler goes on). */
  late: number
  /** First POST to the last API call of any handler. */
  drainMs: number
  /** API calls in the burst (installation-token minting excluded), and the writes among them. */
  calls: RecordedRequest[]
  writes: RecordedRequest[]
}

/** Opens `low` low-risk typo fixes and `critical` copies of the risky change, each on its own
 * head, with the sales owner's approval on every one (so every evaluation agrees). */
export async function openPulls(
  emulator: Emulator,
  mainText: (path: string) => string,
  branchFromRisky: (name: string) => void,
  low: number,
  critical: number,
): Promise<BurstPull[]> {
  const pulls: BurstPull[] = []
  for (let i = 0; i < low + critical; i++) {
    const isCritical = i >= low
    if (isCritical) branchFromRisky(`burst-${i}`)
    const files = isCritical
      ? { [`notes/burst-${i}.md`]: `Burst PR ${i}\n` }
      : { [SALES]: mainText(SALES).replace('You summarize sales', `You summarize sales (${i})`) }
    const pr = await emulator.state.createPull({
      head: `burst-${i}`,
      base: 'main',
      author: 'alice',
      title: `Burst PR ${i}`,
      files,
    })
    emulator.state.addReview(pr.number, 'sol', 'APPROVED')
    pulls.push({ number: pr.number, head: pr.headSha, critical: isCritical })
  }
  return pulls
}

type Job = { id: string; event: string; payload: unknown }

/** Handlers answered 202 are still at work; no API call for this long means they are done. Longer
 * than the slowest pacing (review requests, one per 3 s per installation), so a queued write is
 * never mistaken for the end. */
const QUIET_MS = 4000

/** Which replica gets event `e` of PR `p`: a third of the PRs go to each replica alone (so
 * every replica writes), the rest alternate event by event (so replicas race on one PR). */
const spread = (p: number, e: number, replicas: number): number => (p % 3 < 2 && replicas > 1 ? p % 3 : e) % replicas

/** Four events per PR, spread over the replicas, all in flight at once. With `kill`,
 * that replica is killed as soon as the burst reached the emulator (its deliveries are then
 * still unanswered: every evaluation waits for paced writes), and what it left unanswered is
 * redelivered to the first replica. Resolves once every PR has its check and the API is quiet. */
export async function runBurst(
  emulator: Emulator,
  pulls: BurstPull[],
  replicas: AppProcess[],
  options: { kill?: AppProcess; drainTimeoutMs?: number } = {},
): Promise<BurstResult> {
  const { kill: victim, drainTimeoutMs = 120_000 } = options
  const survivor = replicas.find((r) => r !== victim)!
  const jobs: Array<Job & { to: AppProcess }> = []
  for (const [i, p] of pulls.entries()) {
    const review = emulator.state.reviews.findLast((r) => r.pull === p.number)
    if (!review) throw new Error(`PR #${p.number} has no review`)
    const events: Job[] = []
    for (const action of ['opened', 'synchronize', 'ready_for_review'])
      events.push({
        id: `burst-${p.number}-${action}`,
        event: 'pull_request',
        payload: await pullRequestPayload(emulator, REF, p.number, action),
      })
    events.push({
      id: `burst-${p.number}-review`,
      event: 'pull_request_review',
      payload: await reviewPayload(emulator, REF, p.number, review.id),
    })
    events.forEach((job, e) => jobs.push({ ...job, to: replicas[spread(i, e, replicas.length)]! }))
  }
  const from = emulator.requests.length
  const started = Date.now()
  let late = 0
  const send = async (target: AppProcess, job: Job): Promise<boolean> => {
    try {
      const d = await deliver(target, emulator, job.event, job.payload, { id: job.id })
      if (d.status === 202) late++
      else if (d.status !== 200) throw new Error(`${job.id}: HTTP ${d.status} ${d.body}`)
      return true
    } catch (error) {
      if (target === victim) return false // the connection died with the replica
      throw error
    }
  }
  const sent = jobs.map((job) => send(job.to, job).then((ok) => ({ job, ok })))
  let redelivered = 0
  if (victim) {
    await waitFor(
      () => emulator.requests.slice(from).some(isApiCall),
      60_000,
      () => 'no API call reached the emulator',
    )
    await victim.kill()
    const lost = (await Promise.all(sent)).filter((r) => !r.ok).map((r) => r.job)
    redelivered = lost.length
    await Promise.all(lost.map((job) => send(survivor, job)))
  } else await Promise.all(sent)
  // Handlers answered 202 keep running: wait for every PR's check, then for quiet.
  const settled = (): boolean =>
    pulls.every((p) =>
      [...emulator.state.checkRuns.values()].some(
        (c) => c.name === 'promptops/approval' && c.headSha === p.head && c.status === 'completed',
      ),
    )
  await waitFor(
    settled,
    drainTimeoutMs,
    () => `not every PR has a completed check after ${drainTimeoutMs / 1000} s\n${survivor.output().slice(-2000)}`,
  )
  for (let seen = -1; seen !== emulator.requests.length;) {
    seen = emulator.requests.length
    await new Promise((r) => setTimeout(r, QUIET_MS))
  }
  const calls = emulator.requests.slice(from).filter(isApiCall)
  return {
    pulls,
    deliveries: jobs.length,
    redelivered,
    late,
    drainMs: Math.max(...calls.map((r) => r.at)) - started,
    calls,
    writes: calls.filter(isWrite),
  }
}

/** API work, not auth (minting an installation token). */
const isApiCall = (r: RecordedRequest): boolean => !/^(?:\/api\/v3)?\/app\//.test(r.url)

/** Gaps between consecutive writes as the emulator saw them (ms): smallest, median, and the
 * span from first to last. */
export function writeSpacing(writes: ReadonlyArray<{ at: number }>): { minGapMs: number; medianGapMs: number; spanMs: number } {
  const at = writes.map((w) => w.at).sort((a, b) => a - b)
  const gaps = at
    .slice(1)
    .map((t, i) => t - at[i]!)
    .sort((a, b) => a - b)
  return {
    minGapMs: gaps[0] ?? Infinity,
    medianGapMs: gaps[(gaps.length - 1) >> 1] ?? Infinity,
    spanMs: at.length ? at.at(-1)! - at[0]! : 0,
  }
}
