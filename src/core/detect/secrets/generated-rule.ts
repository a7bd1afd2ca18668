// The shape of a rule generated from gitleaks, Nosey Parker or Kingfisher (generated/*.ts, produced
// by scripts/<rule set>/generate.mjs). Every regex in it passed the ReDoS check at generation.
import type { Level } from '../../types.js'

export interface TokenPattern {
  /** Global regex over the whole text (sticky when `anchored`). */
  regex: RegExp
  /** Capture group holding the secret: -1 = the first non-empty group, else whole match when there is none. */
  group: number
  /** Every match starts with one of the rule's keywords: the sticky regex is tried at each occurrence. */
  anchored?: true
}

export interface KeyedPattern {
  /** Sticky identifier, tried where a keyword occurs (`adafruit`, `[Mm]eraki|MERAKI`). */
  identifier: RegExp
  /** Sticky secret (with its terminator as a lookahead), tried after the operator. */
  secret: RegExp
}

export interface GeneratedRule {
  /** gitleaks rule id (`gitlab-pat`); findings use `secrets.<id>`. */
  id: string
  title: string
  description: string
  severity: Level
  /** Lower-case literals: the rule runs only on text containing one (gitleaks' prefilter). */
  keywords: readonly string[]
  /** Minimum Shannon entropy of the secret, bits per character (0 = no minimum). */
  entropy: number
  /** Characters of the secret shown in evidence (a literal prefix such as `glpat-`), 0 = none. */
  prefixLength: number
  tokens: readonly TokenPattern[]
  keyed: readonly KeyedPattern[]
  /** A secret matching one of these is not reported. */
  allow: readonly RegExp[]
  /** A whole match matching one of these is not reported. */
  allowMatch: readonly RegExp[]
  /** A secret containing one of these (case-insensitively) is not reported. */
  stopwords: readonly string[]
  /**
   * The pattern finds the secret by a name nearby, not by a literal of its own format (most
   * Kingfisher rules, which upstream confirm with a live HTTP check): it must also look
   * machine-made.
   */
  madeValue?: true
}
