// Request and response shapes of the two supported moderation APIs.
//   openai: POST {url}/moderations {model?, input: [text…]} → {results: [{flagged, categories, category_scores}]}
//   guard:  POST {url}/chat/completions {model, messages: [{role: 'user', content}]} → a chat
//           completion whose text is Llama Guard's verdict: "safe", or "unsafe" and a line of
//           category codes ("S1,S10"), mapped to names below.

export interface Verdict {
  flagged: boolean
  categories: string[]
  score?: number
}

/** Llama Guard 3/4 hazard categories (MLCommons taxonomy). */
const GUARD_CATEGORIES: Readonly<Record<string, string>> = {
  S1: 'violent crimes',
  S2: 'non-violent crimes',
  S3: 'sex-related crimes',
  S4: 'child sexual exploitation',
  S5: 'defamation',
  S6: 'specialized advice',
  S7: 'privacy',
  S8: 'intellectual property',
  S9: 'indiscriminate weapons',
  S10: 'hate',
  S11: 'suicide & self-harm',
  S12: 'sexual content',
  S13: 'elections',
  S14: 'code interpreter abuse',
}

export function openaiBody(texts: readonly string[], model: string | undefined): unknown {
  return { ...(model ? { model } : {}), input: texts }
}

/** One verdict per input, in order; throws when the response does not have that shape. */
export function openaiVerdicts(body: unknown, count: number): Verdict[] {
  const results = (body as { results?: unknown } | null)?.results
  if (!Array.isArray(results) || results.length !== count) throw new Error(`expected ${count} moderation results`)
  return results.map((r: unknown) => {
    const {
      flagged,
      categories,
      category_scores: scores,
    } = (r ?? {}) as { flagged?: unknown; categories?: unknown; category_scores?: unknown }
    if (typeof flagged !== 'boolean') throw new Error('a moderation result has no boolean "flagged"')
    const named =
      categories !== null && typeof categories === 'object'
        ? Object.entries(categories)
            .filter(([, v]) => v === true)
            .map(([k]) => k)
        : []
    const values =
      scores !== null && typeof scores === 'object' ? Object.values(scores).filter((v): v is number => typeof v === 'number') : []
    return { flagged, categories: named, ...(values.length > 0 ? { score: Math.max(...values) } : {}) }
  })
}

export function guardBody(text: string, model: string | undefined): unknown {
  return { ...(model ? { model } : {}), messages: [{ role: 'user', content: text }], temperature: 0, max_tokens: 32 }
}

export function guardVerdict(body: unknown): Verdict {
  const choices = (body as { choices?: unknown } | null)?.choices
  const content = Array.isArray(choices)
    ? (choices[0] as { message?: { content?: unknown } } | undefined)?.message?.content
    : undefined
  if (typeof content !== 'string') throw new Error('the guard response has no message content')
  const [first = '', second = ''] = content
    .trim()
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
  const verdict = first.trim().toLowerCase()
  if (verdict === 'safe') return { flagged: false, categories: [] }
  if (verdict !== 'unsafe') throw new Error(`the guard answered "${first.slice(0, 40)}", expected "safe" or "unsafe"`)
  const codes = second.split(/[,\s]+/).filter(Boolean)
  return {
    flagged: true,
    categories: codes.map((c) =>
      GUARD_CATEGORIES[c.toUpperCase()] ? `${c.toUpperCase()} ${GUARD_CATEGORIES[c.toUpperCase()]}` : c,
    ),
  }
}
