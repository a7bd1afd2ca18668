// Score a change, first asking the configured external moderation provider about the added
// text. Without `moderation` in the config this is scoreChanges and makes no network call.
import { scoreChanges, type ScoreInput } from '../core/engine.js'
import { moderationRequests } from '../core/moderation/requests.js'
import type { Report } from '../core/report/types.js'
import { moderate, type ModerationDeps } from '../adapters/moderation/client.js'

export async function scoreWithModeration(input: ScoreInput, deps: ModerationDeps = {}): Promise<Report> {
  const settings = input.config.moderation
  if (settings === undefined) return scoreChanges(input)
  const requests = moderationRequests(input.files, input.config, input.governAll === true, settings.maxChars)
  const moderation = requests.length === 0 ? [] : await moderate(requests, settings, deps)
  return scoreChanges({ ...input, moderation })
}
