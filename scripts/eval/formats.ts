// How the classifier categories' verdicts hold when the same dev texts are written another way
// (`npm run eval -- dev --formats`): in capitals, with curly quotes, hard-wrapped, in a list, a
// quote or a code fence, or after a speaker label as in a chat transcript. A held-out source
// formats its text its own way; a verdict that turns on formatting will not carry over to it.
// Dev split only (.cache/classify): the test split is never read here.
import { loadSplit } from './classify-corpus.js'
import type { EvalCategory } from './corpus.js'
import { verdict } from './detect.js'

/** Each rewriting of a sample's text. */
export const FORMATS: Readonly<Record<string, (text: string) => string>> = {
  'as written': (t) => t,
  capitals: (t) => t.toUpperCase(),
  'lower case': (t) => t.toLowerCase(),
  'curly quotes': (t) => t.replace(/'/g, '\u2019').replace(/"([^"\n]*)"/g, '\u201c$1\u201d'),
  'wrapped at 60': (t) => wrap(t, 60),
  'one line': (t) => t.replace(/\s*\n\s*/g, ' '),
  'quoted (> )': (t) => prefixLines(t, '> '),
  'bulleted (- )': (t) => prefixLines(t, '- '),
  'HTML entities': (t) => t.replace(/'/g, '&#39;').replace(/"/g, '&quot;'),
  'no punctuation': (t) => t.replace(/[.,!?;:]/g, ''),
  'code fence': (t) => `\`\`\`\n${t}\n\`\`\``,
  'after "User: "': (t) => `User: ${t}`,
  'after "Customer review: "': (t) => `Customer review: ${t}`,
}

/** Each line broken before the word that would pass `width` columns, as an editor's hard wrap does. */
function wrap(text: string, width: number): string {
  return text
    .split('\n')
    .map((original) => {
      const lines: string[] = []
      let line = ''
      for (const word of original.split(/[ \t]+/).filter(Boolean)) {
        if (line !== '' && line.length + 1 + word.length > width) {
          lines.push(line)
          line = word
        } else line = line === '' ? word : `${line} ${word}`
      }
      return [...lines, line].join('\n')
    })
    .join('\n')
}

const prefixLines = (text: string, prefix: string): string =>
  text
    .split('\n')
    .map((l) => prefix + l)
    .join('\n')

export interface FormatResult {
  category: EvalCategory
  format: string
  positives: number
  caught: number
  negatives: number
  flagged: number
}

export function evaluateFormats(root: string, categories: readonly EvalCategory[] = ['injection', 'toxicity']): FormatResult[] {
  const out: FormatResult[] = []
  for (const category of categories) {
    const samples = loadSplit(root, category, 'dev')
    if (samples.length === 0) continue
    const positives = samples.filter((s) => s.label).length
    for (const [format, rewrite] of Object.entries(FORMATS)) {
      let caught = 0
      let flagged = 0
      for (const s of samples) {
        if (!verdict(category, rewrite(s.text)).flagged) continue
        if (s.label) caught++
        else flagged++
      }
      out.push({ category, format, positives, caught, negatives: samples.length - positives, flagged })
    }
  }
  return out
}

export function renderFormats(results: readonly FormatResult[]): string {
  const rows = results.map(
    (r) =>
      `${r.category.padEnd(10)} ${r.format.padEnd(26)} recall ${(r.caught / r.positives).toFixed(3)} (${r.caught}/${r.positives})  benign flagged ${r.flagged}/${r.negatives}`,
  )
  return ['dev split, each text rewritten (scripts/eval/formats.ts):', ...rows].join('\n')
}
