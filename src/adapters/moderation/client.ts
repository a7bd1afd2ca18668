// Calls the configured moderation provider for each chunk of added text. Every failure
// (network error, timeout, HTTP error, unreadable answer, missing API key) becomes an
// `unchecked` outcome with the reason: never an exception, never a silent pass.
import type { ModerationOutcome, ModerationRequest } from '../../core/moderation/types.js'
import type { Config } from '../../core/config/config.schema.js'
import { mapLimit } from '../map-limit.js'
import { guardBody, guardVerdict, openaiBody, openaiVerdicts, type Verdict } from './providers.js'

export type ModerationSettings = NonNullable<Config['moderation']>

export interface ModerationDeps {
  fetch?: typeof fetch
  env?: Readonly<Record<string, string | undefined>>
}

const OPENAI_BATCH = 16
const CONCURRENCY = 4

async function post(
  url: string,
  body: unknown,
  settings: ModerationSettings,
  key: string | undefined,
  fetcher: typeof fetch,
): Promise<unknown> {
  const response = await fetcher(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(settings.timeoutMs),
  })
  if (!response.ok) throw new Error(`HTTP ${response.status} from ${url}`)
  return response.json()
}

function reasonOf(error: unknown, settings: ModerationSettings): string {
  // A DOMException (the abort) is not an Error in every realm: match on its name.
  const name = error !== null && typeof error === 'object' && 'name' in error ? error.name : ''
  if (name === 'TimeoutError' || name === 'AbortError') return `no answer within ${settings.timeoutMs} ms`
  const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : ''
  return `${error instanceof Error ? error.message : String(error)}${cause}`.slice(0, 200)
}

function outcome(request: ModerationRequest, provider: string, verdict: Verdict): ModerationOutcome {
  const base = { path: request.path, line: request.line, provider }
  return verdict.flagged
    ? {
        ...base,
        status: 'flagged',
        categories: verdict.categories,
        ...(verdict.score === undefined ? {} : { score: verdict.score }),
      }
    : { ...base, status: 'clean' }
}

export async function moderate(
  requests: readonly ModerationRequest[],
  settings: ModerationSettings,
  deps: ModerationDeps = {},
): Promise<ModerationOutcome[]> {
  const provider = `${settings.provider} moderation${settings.model ? ` (${settings.model})` : ''}`
  const unchecked = (r: ModerationRequest, reason: string): ModerationOutcome => ({
    path: r.path,
    line: r.line,
    provider,
    status: 'unchecked',
    reason,
  })
  const env = deps.env ?? {}
  const key = settings.apiKeyEnv === undefined ? undefined : env[settings.apiKeyEnv]
  if (settings.apiKeyEnv !== undefined && !key)
    return requests.map((r) => unchecked(r, `environment variable ${settings.apiKeyEnv} is not set`))
  const fetcher = deps.fetch ?? fetch
  let end = settings.url.length
  while (end > 0 && settings.url[end - 1] === '/') end--
  const base = settings.url.slice(0, end)
  if (settings.provider === 'openai') {
    const batches: ModerationRequest[][] = []
    for (let i = 0; i < requests.length; i += OPENAI_BATCH) batches.push(requests.slice(i, i + OPENAI_BATCH))
    const done = await mapLimit(batches, CONCURRENCY, async (batch) => {
      try {
        const verdicts = openaiVerdicts(
          await post(
            `${base}/moderations`,
            openaiBody(
              batch.map((r) => r.text),
              settings.model,
            ),
            settings,
            key,
            fetcher,
          ),
          batch.length,
        )
        return batch.map((r, i) => outcome(r, provider, verdicts[i] as Verdict))
      } catch (error) {
        return batch.map((r) => unchecked(r, reasonOf(error, settings)))
      }
    })
    return done.flat()
  }
  return mapLimit([...requests], CONCURRENCY, async (r) => {
    try {
      return outcome(
        r,
        provider,
        guardVerdict(await post(`${base}/chat/completions`, guardBody(r.text, settings.model), settings, key, fetcher)),
      )
    } catch (error) {
      return unchecked(r, reasonOf(error, settings))
    }
  })
}
