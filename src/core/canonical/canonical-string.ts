// One free-standing string (a log line, a JSON value, a key) folded for matching, with every
// offset mapping back to the string as written: the redactor finds values in the folded form
// and masks the original characters.
import { MappedText } from './mapped-text.js'
import { matchLayer } from './match-layer.js'

export function canonicalString(text: string): MappedText {
  return matchLayer(text) ?? MappedText.identity(text)
}
