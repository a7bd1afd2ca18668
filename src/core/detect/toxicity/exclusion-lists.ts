// Lists of what a model must leave out: an image model's negative prompt ("Negative prompt: nsfw,
// nude, lowres"), a list under "### Negative prompts", "Avoid:" or "Do not include:", or under a
// line that refuses what follows ("You must refuse to generate the following:"). A careful
// reviewer reads "NSFW" there as a safeguard, not as sexual content, the way a refusal cue in the
// same sentence already reads "never write explicit content" (policy-cues.ts). Only sexual terms
// are read so: hate, threats and slurs in such a list still count, so the list is no hiding place.

/** A label or heading that introduces what to leave out; `rest` is the text after it on its line. */
const EXCLUSION_LABEL =
  /^[\s>#*_-]{0,12}(?:negative[ -]prompts?|things to avoid|what to avoid|avoid|exclude|exclusions|don'?ts|do not (?:include|show|generate|depict|draw|add|use)|never (?:include|show|generate|depict))[*_\s]{0,4}(?:[:：][*_\s]{0,4}(?<rest>.*))?$/i
/**
 * A line that refuses what its list names and ends by opening it: "You must refuse to generate,
 * discuss, or elaborate on the following:", "You must not answer if the query is sexual. Sexual
 * includes:". The refusal is in the line's last clause, after any earlier colon.
 */
const REFUSAL =
  /\b(?:must not|mustn'?t|must never|never|do not|don'?t|does not|doesn'?t|should not|shouldn'?t|may not|cannot|can'?t|will not|won'?t|refuse|decline|prohibited|forbidden|disallowed|not (?:allowed|permitted))\b/i
/** "Never refuse the following:", "don't hold back on:": a negated refusal permits what follows. */
const NEGATED_REFUSAL =
  /\b(?:never|not|don'?t|do not|cannot|can'?t|mustn'?t|must not|won'?t|will not|should not|shouldn'?t|no longer)\s+(?:\w+\s+){0,2}(?:refuse|reject|decline|deny|avoid|censor|filter|hold back|hesitate|shy away)/i
const isColon = (c: string | undefined): boolean => c === ':' || c === '：'

/** Whether `line` ends with a colon whose clause refuses what the list under it names. */
function refusesList(line: string): boolean {
  let end = line.length
  // Markup and spaces after the colon ("**Never:**"); a loop, not a regex anchored at the end.
  while (end > 0 && /[*_\s]/.test(line[end - 1] as string)) end--
  if (!isColon(line[end - 1])) return false
  const clause = line.slice(Math.max(line.lastIndexOf(':', end - 2), line.lastIndexOf('：', end - 2)) + 1, end - 1)
  return REFUSAL.test(clause) && !NEGATED_REFUSAL.test(clause)
}
/** A heading or a label ("Style:", "Style: photorealistic") that opens something else, which closes the list. */
const NEXT_SECTION = /^\s{0,3}#|^[^-*•+\d\s][^:：]{0,60}[:：]/
const LIST_SCOPE = 50

/** 1-based line numbers of `text` whose sexual terms name what to exclude. */
export function exclusionLines(text: string): ReadonlySet<number> {
  const lines = text.split('\n')
  const out = new Set<number>()
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? ''
    const m = EXCLUSION_LABEL.exec(line)
    if (m === null && !refusesList(line)) continue
    const rest = m?.groups?.rest
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
