// Any national identity number right after an identity label (`ID card number: 39915-6182971-9`,
// `National ID W520128(7) is on file`, `CNIC 35202-…`): the label is the context that makes a
// number without a checkable structure personal. The value must hold five digits or more.
import type { SensitiveMatch } from '../../redact/sensitive-match.js'
import { maskAlnum } from '../../redact/mask.js'
import { findLabels, ID_LABELS, type LabelsFound } from './labels.js'

/** After a label: `[ no.|number|#][:=]["']` or ` is `, then the value (sticky, bounded). */
const TAIL =
  /[ \t]{0,3}(?:no\.?|nr\.?|number|num|#)?[ \t]{0,3}(?:is[ \t]{1,3})?[:=#]?[ \t]{0,3}["']?([A-Za-z0-9][A-Za-z0-9()[\]/-]{4,24})(?![A-Za-z0-9])/iy

export function findLabelledIds(text: string, labels: LabelsFound = findLabels(text)): SensitiveMatch[] {
  const out: SensitiveMatch[] = []
  for (const label of ID_LABELS) {
    for (const at of labels.at(label)) {
      if (/[a-z0-9]/i.test(text[at - 1] ?? ' ')) continue
      TAIL.lastIndex = at + label.length
      const m = TAIL.exec(text)
      const value = trimTrailing(m?.[1] ?? '')
      if (!m || !value || (value.match(/[0-9]/g)?.length ?? 0) < 5) continue
      const start = TAIL.lastIndex - (m[1]?.length ?? 0)
      out.push({ rule: 'pii.national-id', kind: 'labelled-id', start, end: start + value.length, redacted: maskAlnum(value, 2) })
    }
  }
  return out
}

/** Drops trailing `-` and `/` (a value cut at a line end or list separator). */
function trimTrailing(value: string): string {
  let end = value.length
  while (end > 0 && (value[end - 1] === '-' || value[end - 1] === '/')) end--
  return value.slice(0, end)
}
