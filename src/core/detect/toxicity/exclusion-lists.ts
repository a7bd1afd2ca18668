// Lists of what a model must leave out: an image model's negative prompt ("Negative prompt: nsfw,
// nude, lowres"), or a list under "### Negative prompts", "Avoid:" or "Do not include:". A careful
// reviewer reads "NSFW" there as a safeguard, not as sexual content, the way a refusal cue in the
// same sentence already reads "never write explicit content" (policy-cues.ts). Only sexual terms
// are read so: hate, threats and slurs in such a list still count, so the list is no hiding place.

/** A label or heading that introduces what to leave out; `rest` is the text after it on its line. */
const EXCLUSION_LABEL =
  /^[\s>#*_-]{0,12}(?:negative[ -]prompts?|things to avoid|what to avoid|avoid|exclude|exclusions|don'?ts|do not (?:include|show|generate|depict|draw|add|use)|never (?:include|show|generate|depict))[*_\s]{0,4}(?:[:：][*_\s]{0,4}(?<rest>.*))?$/i
/** A heading or a label ("Style:", "Style: photorealistic") that opens something else, which closes the list. */
const NEXT_SECTION = /^\s{0,3}#|^[^-*•+\d\s][^:：]{0,60}[:：]/
const LIST_SCOPE = 50

/** 1-based line numbers of `text` whose sexual terms name what to exclude. */
export function exclusionLines(text: string): ReadonlySet<number> {
  const lines = text.split('\n')
  const out = new Set<number>()
  for (let i = 0; i < lines.length; i++) {
    const m = EXCLUSION_LABEL.exec(lines[i] ?? '')
    if (m === null) continue
    const rest = m.groups?.rest
    if (rest !== undefined && rest.trim() !== '') {
      // "Negative prompt: nsfw, nude": the label and its list on one line.
      out.add(i + 1)
      continue
    }
    // A heading or a bare label: the lines under it, up to a blank line or the next section.
    for (let j = i + 1; j < lines.length && j <= i + LIST_SCOPE; j++) {
      const line = lines[j] ?? ''
      if (line.trim() === '' || NEXT_SECTION.test(line)) break
      out.add(j + 1)
    }
  }
  return out
}
