// Jailbreak markers the normalised phrase patterns cannot see: the capitalised names of
// well-known jailbreak personas ("DAN", "AntiGPT": case tells the persona from the first name
// Dan) and messages hidden in Morse code, which no word rule or classifier can read.
import type { FindingDraft } from '../../types.js'
import { mentionedBefore } from './override-patterns.js'
import { OVERRIDE_PHRASE } from './rules.js'
import type { ScanLine } from './scan-lines.js'
import { renderSnippet } from './snippet.js'
import { matchesOf } from '../../text.js'

const PERSONA = /\b(?:DAN|STAN|DUDE|BetterDAN|AntiDAN|AntiGPT|EvilBOT|UCAR|DevMode|Mongo Tom|NsfwGPT|ChadGPT|BasedGPT)\b/g
const PERSONA_SCREEN = /DAN|STAN|DUDE|GPT|BOT|UCAR|DevMode|Mongo/
/**
 * Thirtieth round: the name as a kind of attack, "DAN-style jailbreaks", "STAN-like prompts", "DAN
 * jailbreaks": a discussion of the persona, not an invocation ("DAN mode" is one: enabling it).
 */
const KIND_AFTER =
  /^(?:-(?:style|like|type|esque|based|era)\b|[- ](?:jailbreaks?|prompts?|attacks?|variants?|templates?|payloads?|exploits?|family|families|style)\b)/i
/** Twenty Morse letters in a row; a slash or wider gap separates words. */
const MORSE_RUN = /(?:[.-]{1,7}[ /]{1,3}){19}[.-]{1,7}/
const MORSE = new Map(
  Object.entries({
    a: '.-',
    b: '-...',
    c: '-.-.',
    d: '-..',
    e: '.',
    f: '..-.',
    g: '--.',
    h: '....',
    i: '..',
    j: '.---',
    k: '-.-',
    l: '.-..',
    m: '--',
    n: '-.',
    o: '---',
    p: '.--.',
    q: '--.-',
    r: '.-.',
    s: '...',
    t: '-',
    u: '..-',
    v: '...-',
    w: '.--',
    x: '-..-',
    y: '-.--',
    z: '--..',
  }).map(([letter, code]) => [code, letter]),
)
const MIN_DECODED_WORDS = 8

/** The Morse message in `text`, or null when it does not decode to words. */
export function decodeMorse(text: string): string | null {
  const run = MORSE_RUN.exec(text)
  if (run === null) return null
  const tail = text.slice(run.index).match(/^[.\-/ ]+/)?.[0] ?? ''
  const words = tail
    .split(/ ?\/ ?| {2,}/)
    .map((w) =>
      w
        .split(' ')
        .map((code) => MORSE.get(code) ?? '')
        .join(''),
    )
    .filter((w) => w.length > 0)
  return words.length >= MIN_DECODED_WORDS ? words.join(' ') : null
}

export function jailbreakMarkerFindings(lines: readonly ScanLine[]): FindingDraft[] {
  const out: FindingDraft[] = []
  for (const { line, text } of lines) {
    if (PERSONA_SCREEN.test(text)) {
      const hit = [...matchesOf(PERSONA, text)].find(
        (m) => !mentionedBefore(text, m.index) && !KIND_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 24)),
      )
      if (hit !== undefined) {
        out.push({
          rule: OVERRIDE_PHRASE.id,
          severity: 'high',
          message: `Names a well-known jailbreak persona: "${hit[0]}".`,
          line,
          evidence: renderSnippet(hit[0], 100),
        })
        continue
      }
    }
    if (!text.includes('.-') && !text.includes('-.')) continue
    const decoded = decodeMorse(text)
    if (decoded !== null) {
      out.push({
        rule: OVERRIDE_PHRASE.id,
        severity: 'high',
        message: `Text hidden in Morse code: "${renderSnippet(decoded, 80)}".`,
        line,
        evidence: renderSnippet(decoded, 100),
      })
    }
  }
  return out
}
