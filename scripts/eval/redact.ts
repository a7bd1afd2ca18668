// Previews of misclassified samples for the console and the docs. Never a whole secret or
// PII value: long tokens (other than plain words) and digit runs keep a short prefix; toxic text is masked word by word.
import { maskWord } from '../../src/core/detect/toxicity/index.js'
import type { EvalCategory } from './corpus.js'

const MAX = 90
const LONG_TOKEN = /[A-Za-z0-9][A-Za-z0-9+/=_.@:-]{7,}/g
const DIGIT_RUN = /\d[\d ().-]{4,40}\d/g
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]|[\u{E0000}-\u{E007F}]/gu

function truncate(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  return flat.length > MAX ? `${flat.slice(0, MAX - 1)}…` : flat
}

/** Invisible characters shown as `⟨U+200B⟩` (runs of tag characters collapsed). */
function showInvisible(text: string): string {
  return text
    .replace(INVISIBLE, (c) => `⟨U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase()}⟩`)
    .replace(/(⟨U\+E00[0-7][0-9A-F]⟩)+/g, '⟨tag chars⟩')
}

function maskValues(text: string): string {
  return text
    .replace(LONG_TOKEN, (m) => (/^[A-Za-z]{1,24}$/.test(m) ? m : `${m.slice(0, 3)}…[${m.length}]`))
    .replace(DIGIT_RUN, (m) => `${m.slice(0, 2)}…[${m.replace(/\D/g, '').length} digits]`)
}

export function preview(category: EvalCategory, text: string): string {
  if (category === 'secrets' || category === 'pii') return truncate(maskValues(text))
  if (category === 'toxicity') return truncate(maskWord(text.toLowerCase().replace(/\s+/g, ' ')))
  return truncate(showInvisible(text))
}
