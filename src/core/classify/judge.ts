// Runs a classifier over added text: each paragraph, and each line of a multi-line
// paragraph (a planted sentence must not be averaged away by its neighbours). A unit at or
// above the threshold becomes a verdict carrying its score and the words that drove it.
import { textBlocks, type BlockLine } from './blocks.js'
import { sigmoid, type Contribution, type LinearModel } from './linear-model.js'

export interface Verdict {
  /** First line of the unit that scored highest. */
  line: number
  /** All lines of the paragraph it belongs to. */
  lines: readonly number[]
  probability: number
  top: Contribution[]
}

/** Lines shorter than this many words are judged only as part of their paragraph. */
const MIN_LINE_WORDS = 4
const SHORT_UNIT = 5

export interface ClassifyOptions {
  /** False for lines that cannot matter (a cheap screen); a paragraph needs one candidate line. */
  candidate?: (text: string) => boolean
  /** Text to judge instead of the raw text, e.g. with guardrail sentences left out. */
  prepare?: (text: string) => string
}

export function classifyLines(model: LinearModel, lines: readonly BlockLine[], threshold: number, options: ClassifyOptions = {}): Verdict[] {
  const candidate = options.candidate ?? (() => true)
  const prepare = options.prepare ?? ((text: string) => text)
  const verdicts: Verdict[] = []
  for (const block of textBlocks(lines)) {
    if (!block.lines.some((l) => candidate(l.text))) continue
    const units = [{ line: block.lines[0]?.line ?? 0, tokens: model.tokens(prepare(block.text)) }]
    if (block.lines.length > 1) {
      for (const l of block.lines) {
        if (!candidate(l.text)) continue
        const tokens = model.tokens(prepare(l.text))
        if (tokens.length >= MIN_LINE_WORDS) units.push({ line: l.line, tokens })
      }
    }
    // Fewer words are less evidence: a unit shorter than SHORT_UNIT words must clear a bar
    // halfway between the threshold and certainty ("kill them with kindness" is four words).
    let best: { line: number; tokens: string[]; logit: number } | null = null
    for (const unit of units) {
      const logit = model.logit(unit.tokens)
      const bar = unit.tokens.length < SHORT_UNIT ? threshold + (1 - threshold) / 2 : threshold
      if (sigmoid(logit) >= bar && (best === null || logit > best.logit)) best = { ...unit, logit }
    }
    if (best === null) continue
    const explanation = model.explain(best.tokens)
    verdicts.push({ line: best.line, lines: block.lines.map((l) => l.line), probability: explanation.probability, top: explanation.top })
  }
  return verdicts
}

/** `"developer mode" +0.81, "no restrictions" +0.62` */
export function describeTop(top: readonly Contribution[], show: (text: string) => string = (t) => t): string {
  return top.map((c) => `"${show(c.text)}" +${c.weight.toFixed(2)}`).join(', ')
}
