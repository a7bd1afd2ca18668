// Runs a classifier over added text: each paragraph, and each line of a multi-line
// paragraph (a planted sentence must not be averaged away by its neighbours). A unit at or
// above its bar becomes a verdict carrying its score and the words that drove it.
import { blockText, textBlocks, type BlockLine, type TextBlock } from './blocks.js'
import { pairKey } from './features.js'
import type { SharedLineStats } from './shared-stats.js'
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
  /** Text to judge instead of the raw text, e.g. with guardrail sentences left out. */
  prepare?: (text: string) => string
  /**
   * How far (in logit units) below its bar a paragraph's raw-text score may be and still be
   * judged in full: `prepare` changes the text, so the fast raw-text sums are only a guide.
   */
  prepareMargin?: number
  /** Line sums shared with the other classifier reading the same lines (see shared-stats.ts). */
  shared?: SharedLineStats
}

const logit = (p: number): number => Math.log(p / (1 - p))
/**
 * Whether a unit must clear a bar halfway between the threshold and certainty: less evidence
 * needs more certainty. So must a unit shorter than SHORT_UNIT words ("kill them with kindness"
 * is four words), one line of a longer paragraph, fenced code and a table row (code is not the prose
 * the models learnt from: half of the injection classifier's alarms on real prompt files were
 * code). A line is a fragment judged as a second chance beside its paragraph; at the plain
 * threshold the lines of ordinary prompt prose ("warmth. They just show up.", "Why is it failing
 * them?") made 61 of the toxicity classifier's 86 alarms on 2,719 real prompt files (injection:
 * 23 of 75), and caught one dev positive more (docs/detectors.md, Classifiers).
 */
const raisedBar = (tokens: number, fragment: boolean): boolean => tokens < SHORT_UNIT || fragment
/** The probability a unit must reach. */
const barOf = (threshold: number, tokens: number, fragment: boolean): number =>
  raisedBar(tokens, fragment) ? threshold + (1 - threshold) / 2 : threshold
/** barOf inverted: the highest threshold at which a unit of probability p clears its bar. */
const thresholdFor = (p: number, tokens: number, fragment: boolean): number => (raisedBar(tokens, fragment) ? 2 * p - 1 : p)

/**
 * Whether some unit of the paragraph (the paragraph, or one of its lines) can reach its bar,
 * from one character pass per line (model.lineStats). Exact for lines the fast path handles;
 * a line it cannot handle makes the paragraph a candidate.
 */
function mayReach(
  model: LinearModel,
  block: TextBlock,
  threshold: number,
  margin: number,
  shared: SharedLineStats | undefined,
): boolean {
  const reaches = (sum: number, tokens: number, fragment: boolean): boolean =>
    tokens > 0 && model.logitOfSum(sum, tokens) >= logit(barOf(threshold, tokens, fragment)) - margin
  const own = { sum: 0, tokens: 0, first: 0, last: 0 }
  let sum = 0
  let tokens = 0
  let last = 0
  for (const l of block.lines) {
    const stats = shared !== undefined ? shared.get(model, l.text) : model.lineStats(l.text, own) ? own : null
    if (stats === null) return true
    if (stats.tokens === 0) continue
    if (tokens > 0) sum += model.keyWeight(pairKey(last, stats.first))
    sum += stats.sum
    tokens += stats.tokens
    last = stats.last
    if (block.lines.length > 1 && stats.tokens >= MIN_LINE_WORDS && reaches(stats.sum, stats.tokens, true)) return true
  }
  return reaches(sum, tokens, block.structure === true)
}

interface Unit {
  /** First line of the unit. */
  line: number
  tokens: string[]
  /** One line of a paragraph of several (see barOf). */
  fragment: boolean
}

/** The paragraph, and each of its lines of MIN_LINE_WORDS words or more when it has several. */
function unitsOf(model: LinearModel, block: TextBlock, prepare: (text: string) => string): Unit[] {
  const units = [
    { line: block.lines[0]?.line ?? 0, tokens: model.tokens(prepare(blockText(block))), fragment: block.structure === true },
  ]
  if (block.lines.length > 1) {
    for (const l of block.lines) {
      const tokens = model.tokens(prepare(l.text))
      if (tokens.length >= MIN_LINE_WORDS) units.push({ line: l.line, tokens, fragment: true })
    }
  }
  return units
}

/**
 * The highest threshold at which `classifyLines` would report something in `lines` (every
 * unit judged in full): what training tunes the default threshold on, so that it is tuned on
 * the units the detector judges, short-unit bar included.
 */
export function flaggingThreshold(model: LinearModel, lines: readonly BlockLine[], prepare: (text: string) => string): number {
  let best = 0
  for (const block of textBlocks(lines)) {
    for (const unit of unitsOf(model, block, prepare)) {
      best = Math.max(best, thresholdFor(sigmoid(model.logit(unit.tokens)), unit.tokens.length, unit.fragment))
    }
  }
  return best
}

export function classifyLines(
  model: LinearModel,
  lines: readonly BlockLine[],
  threshold: number,
  options: ClassifyOptions = {},
): Verdict[] {
  const prepare = options.prepare ?? ((text: string) => text)
  const margin = options.prepareMargin ?? (options.prepare === undefined ? 0 : 2)
  const verdicts: Verdict[] = []
  for (const block of textBlocks(lines)) {
    if (!mayReach(model, block, threshold, margin, options.shared)) continue
    const units = unitsOf(model, block, prepare)
    let best: (Unit & { logit: number }) | null = null
    for (const unit of units) {
      const score = model.logit(unit.tokens)
      if (sigmoid(score) >= barOf(threshold, unit.tokens.length, unit.fragment) && (best === null || score > best.logit))
        best = { ...unit, logit: score }
    }
    if (best === null) continue
    const explanation = model.explain(best.tokens)
    verdicts.push({
      line: best.line,
      lines: block.lines.map((l) => l.line),
      probability: explanation.probability,
      top: explanation.top,
    })
  }
  return verdicts
}

/** `"developer mode" +0.81, "no restrictions" +0.62` */
export function describeTop(top: readonly Contribution[], show: (text: string) => string = (t) => t): string {
  return top.map((c) => `"${show(c.text)}" +${c.weight.toFixed(2)}`).join(', ')
}
