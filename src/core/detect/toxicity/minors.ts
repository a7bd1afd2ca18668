// Sexual content that names a minor is the gravest kind there is: a `toxicity.sexual` finding on
// a line that also names someone under 18 is raised to critical and says so. Only a rule's
// sexual hit is raised (guardrails such as "Do not generate sexual content involving minors" draw
// none), and only a minor named as such: an age under 18, "minor", "underage", "teen", "little
// girl", "schoolgirl", or a child as a participant ("with a child", "involving children"), not
// "after the kids are asleep", nor set aside ("except minor porn"). Only a line short enough to
// be one request: character cards and lists of elements tie a child in one clause to sex in
// another ("she has a 4 year old son"); the 26 findings raised on the custom-GPT prompts before
// this limit were all on such lines, most of them wrongly.

/** Someone under 18, as prompt text names them (read in lowercase: namesMinor lowers the line). */
const MINOR = new RegExp(
  [
    // "14 year old", "12-year-old", "a 15yo", "aged 13", "under 16"
    '\\b(?:[1-9]|1[0-7])(?: |-)?(?:years?|yrs?)(?: |-)?old\\b',
    '\\b(?:[1-9]|1[0-7]) ?y\\.?o\\b',
    '\\baged (?:[1-9]|1[0-7])\\b',
    '\\b(?:under|below) (?:the age of )?(?:[1-9]|1[0-7])\\b',
    // "I'm 16", "she's only 14" (not "I'm 16 minutes late")
    "\\b(?:i ?'?m|i am|she ?'?s|she is|he ?'?s|he is|they ?'?re|they are|who ?'?s|who is) (?:only |just |barely )?(?:[1-9]|1[0-7])\\b(?![.,]?\\d| ?(?:%|percent|dollars?|minutes?|hours?|days?|weeks?|months?|times|feet|ft|cm|kg|lbs?|inches|miles|km|points?)\\b)",
    '\\b(?:minors?|underage|under-age|pre-?teens?|teens?|teenagers?|tweens?|toddlers?|schoolgirls?|schoolboys?|lolis?|shota|jailbait)\\b',
    '\\blittle (?:girls?|boys?)\\b',
    '\\b(?:middle|elementary|primary|junior high|high) school(?:ers?)? (?:girls?|boys?|students?|kids?)\\b',
    // A child as a participant, not in passing ("after the kids are asleep").
    '\\b(?:with|involving|about|featuring|between|and|of|to) (?:a |an |the |two |some |young |little )?(?:child|children|kids?)\\b',
  ].join('|'),
)

/** Set aside before the minor: "except minor porn", "won't … includes minors", "protection of minors". */
const SET_ASIDE =
  /\b(?:except|excluding|not|no|never|nor|without|won't|wont|will not|don't|dont|do not|does not|doesn't|cannot|can't|must not|protection of|protect|if it involves|particularly if|especially if|illegal)\b[^.!?]{0,40}$/

/** A line longer than this is a description or a list (a character card, a catalogue of
 * elements), whose clauses a line-level reading cannot tie together: only the medium finding. */
const MAX_LINE = 300

/** Whether a line that holds sexual content names a minor, as the one it is about. */
export function namesMinor(line: string): boolean {
  if (line.length > MAX_LINE) return false
  const text = line.toLowerCase()
  const m = MINOR.exec(text)
  return m !== null && !SET_ASIDE.test(text.slice(Math.max(0, m.index - 60), m.index))
}
