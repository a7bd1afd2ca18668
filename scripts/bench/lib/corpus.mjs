// The deterministic benchmark corpus: N templates (~10 MB) across every format, with a
// small planted fraction of secrets / PII / injection, plus a "head" revision with ~5%
// of lines edited (word swaps on prose lines, so every file still parses).
import { extensionOf, FORMATS, render } from './formats.mjs'
import { plantsFor } from './plants.mjs'
import { createProse } from './prose.mjs'
import { createRng } from './rng.mjs'

const TEAMS = ['support', 'sales', 'legal', 'growth', 'platform', 'billing', 'search', 'docs']
const MODELS = ['gpt-4o', 'gpt-4o-mini', 'gpt-4.1-mini']

/** @returns {{ files: Array<{ path: string, format: string, text: string, planted: string[] }>, bytes: number, lines: number }} */
export function buildCorpus({ count = 1000, targetBytes = 10_000_000, seed = 20250601 } = {}) {
  const rng = createRng(seed)
  const prose = createProse(rng)
  const files = []
  for (let i = 0; i < count; i++) {
    const format = FORMATS[i % FORMATS.length]
    const target = Math.round((targetBytes / count) * (0.3 + 1.4 * rng.next()))
    const { lines: plantLines, planted } = plantsFor(i, rng)
    const spec = baseSpec(i, rng, prose, plantLines)
    const skeleton = render(format, spec).length
    spec.reference = referenceLines(prose, rng, Math.max(0, target - skeleton))
    const path = `prompts/${TEAMS[i % TEAMS.length]}/${prose.topic().replace(/\W+/g, '-')}-${String(i).padStart(4, '0')}${extensionOf(format)}`
    files.push({ path, format, text: render(format, spec), planted })
  }
  return { files, ...sizeOf(files) }
}

/** Head revision: each file gets about `rate` of its lines edited (one word swapped). */
export function editCorpus(files, { rate = 0.05, seed = 7 } = {}) {
  const rng = createRng(seed)
  let edited = 0
  let total = 0
  const head = files.map((file) => {
    const lines = file.text.split('\n')
    const eligible = lines.map((l, i) => (editable(l) ? i : -1)).filter((i) => i >= 0)
    total += lines.length
    const p = eligible.length === 0 ? 0 : Math.min(1, (rate * lines.length) / eligible.length)
    for (const i of eligible) {
      if (!rng.chance(p)) continue
      const swapped = swapWord(lines[i], rng)
      if (swapped !== lines[i]) edited++
      lines[i] = swapped
    }
    return { ...file, text: lines.join('\n') }
  })
  return { files: head, editedLines: edited, totalLines: total }
}

export function sizeOf(files) {
  let bytes = 0
  let lines = 0
  for (const f of files) {
    bytes += Buffer.byteLength(f.text)
    lines += f.text.split('\n').length - 1
  }
  return { bytes, lines }
}

function baseSpec(i, rng, prose, plantLines) {
  const system = prose.paragraph('instruction', rng.int(6, 16))
  system.splice(rng.int(0, system.length), 0, ...plantLines)
  return {
    name: `${prose.topic()} assistant ${i}`,
    description: `Answers questions about ${prose.topic()} for ${prose.product()}.`,
    owner: `${TEAMS[i % TEAMS.length]}-ai`,
    model: rng.pick(MODELS),
    temperature: (rng.int(0, 8) / 10).toFixed(1),
    dataset: `helpcenter-2025-${String(rng.int(1, 12)).padStart(2, '0')}`,
    system,
    reference: [],
    examples: Array.from({ length: rng.int(1, 3) }, () => ({ q: prose.question(), a: prose.answer() })),
    user: ['<question>', '{{question}}', '</question>', 'Customer tier: {{customer_tier}}'],
  }
}

function referenceLines(prose, rng, bytes) {
  const out = []
  let size = 0
  while (size < bytes) {
    const para = prose.paragraph('reference', rng.int(3, 8))
    for (const line of para) size += line.length + 7 // + indent and newline in YAML formats
    out.push(...para, '')
  }
  return out
}

// Prose lines only: never YAML keys, role markers, front-matter fences or JSON structure.
const KEY_LINE = /^\s*-?\s*[A-Za-z_][\w-]*:(\s|$)/
const WORD = /(?<![{\w"])[a-z]{5,12}(?![\w:"}])/g
const REPLACEMENTS = [
  'carefully',
  'clearly',
  'customer',
  'request',
  'promptly',
  'politely',
  'account',
  'details',
  'briefly',
  'message',
]

function editable(line) {
  return !KEY_LINE.test(line) && (line.match(WORD)?.length ?? 0) >= 3
}

function swapWord(line, rng) {
  const words = [...line.matchAll(WORD)]
  const target = rng.pick(words)
  const options = REPLACEMENTS.filter((w) => w !== target[0])
  return line.slice(0, target.index) + rng.pick(options) + line.slice(target.index + target[0].length)
}
