// Any national identity number right after an identity label (`ID card number: 39915-6182971-9`,
// `National ID W520128(7) is on file`, `CNIC 35202-…`, `Personnummer 850612-5148`,
// `"dni": "30.123.456"`, `| Steuer-ID | 69 807 577 411 |`): the label is the context that makes
// a number without a checkable structure personal. The value must hold five digits or more.
import type { SensitiveMatch } from '../../redact/sensitive-match.js'
import { maskAlnum } from '../../redact/mask.js'
import { findLabels, ID_LABELS, type LabelsFound } from './labels.js'

/**
 * After a label (its full stop, a JSON key's closing quote, a table's `|`): `[ no.|nr|number|nummer|numero][:=#|]["']`
 * or ` is `, then the value: letters, digits and `()[]/.-`, or single spaces between digits
 * (`69 807 577 411`). Sticky, bounded.
 */
const TAIL =
  /\.?["']?[ \t_-]{0,3}(?:no\.?|nr\.?|number|nummer|numero|número|numarası|num|#)?[ \t]{0,3}(?:is[ \t]{1,3})?[:=#|]?[ \t]{0,3}["']?([A-Za-z0-9](?:[A-Za-z0-9()[\]/.-]|(?<=[0-9]) (?=[0-9])){4,24})(?![A-Za-z0-9])/iy
/** Labels found by an ASCII part (labels.ts): the letters their word starts with. */
const WORD_START: Readonly<Record<string, RegExp>> = {
  tunnus: /henkil[oö]$/i, // henkilötunnus (Finnish)
  dselsnummer: /f(?:ø|o|oe)$/i, // fødselsnummer (Norwegian, Danish)
}

export function findLabelledIds(text: string, labels: LabelsFound = findLabels(text)): SensitiveMatch[] {
  const out: SensitiveMatch[] = []
  for (const label of ID_LABELS) {
    const head = WORD_START[label]
    for (const found of labels.at(label)) {
      let at = found
      if (head) {
        const m = head.exec(text.slice(Math.max(0, found - 8), found))
        if (!m) continue
        at = found - m[0].length
      }
      // The label is a whole word: not inside another (`pandnia`, `henkilötunnuksen`).
      if (/[a-z0-9]/i.test(text[at - 1] ?? ' ') || /[a-z]/i.test(text[found + label.length] ?? ' ')) continue
      TAIL.lastIndex = found + label.length
      const m = TAIL.exec(text)
      const value = trimTrailing(m?.[1] ?? '')
      if (!m || !value || (value.match(/[0-9]/g)?.length ?? 0) < 5) continue
      const start = TAIL.lastIndex - (m[1]?.length ?? 0)
      out.push({ rule: 'pii.national-id', kind: 'labelled-id', start, end: start + value.length, redacted: maskAlnum(value, 2) })
    }
  }
  return out
}

/**
 * Drops trailing `-`, `/` and `.` (a value cut at a line end, a list separator, a full stop),
 * and a closing bracket the value did not open (`(henkilötunnus 120683-671M)`).
 */
function trimTrailing(value: string): string {
  let end = value.length
  for (;;) {
    const last = value[end - 1]
    if (last === '-' || last === '/' || last === '.') end--
    else if ((last === ')' && !value.slice(0, end).includes('(')) || (last === ']' && !value.slice(0, end).includes('['))) end--
    else return value.slice(0, end)
  }
}
