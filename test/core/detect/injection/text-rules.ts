// The injection text rules a template draws, and which phrase pattern reads a text, for the
// tests of the phrase rules (the classifier's verdict is measured by `npm run eval`, not pinned).
import { injectionDetector } from '../../../../src/core/detect/injection/index.js'
import { mentionedBefore, type OverridePattern } from '../../../../src/core/detect/injection/override-patterns.js'
import { normalisePhraseText } from '../../../../src/core/detect/injection/phrase-text.js'
import { changeOf, testContext } from './template-fixture.js'

const TEXT_RULES = new Set(['injection.override-phrase', 'injection.planted-instruction', 'injection.exfil-url'])

/** The text rules the injection detector reports for `text` as a newly added template. */
export const textRules = (text: string): string[] =>
  injectionDetector
    .detect(changeOf(null, text), testContext())
    .map((f) => f.rule)
    .filter((r) => TEXT_RULES.has(r))

/** The first of `patterns` that reads `text` as planted (not mentioned), as the detector tries them. */
export const patternHit = (patterns: readonly OverridePattern[], text: string): string | undefined => {
  const normalised = normalisePhraseText(text)
  return patterns.find(({ re }) => {
    const match = re.exec(normalised)
    return match !== null && !mentionedBefore(normalised, match.index)
  })?.id
}

/** The ids of the override phrases and planted markers a sentence draws after a system line, from each finding's message. */
export const phraseIdsOf = (text: string): string[] =>
  injectionDetector
    .detect(changeOf(null, `You are a helpful assistant.\n\n${text}\n`), testContext())
    .filter((f) => f.rule === 'injection.override-phrase' || f.rule === 'injection.planted-instruction')
    .map((f) => /\(([a-z-]+)\)/.exec(f.message)?.[1] ?? '')
