// CredSweeper's test samples (MIT, Samsung) as a labelled secrets source. Its test suite
// states what the tool must report for them in tests/data/output.json; the sample files also
// mark some lines themselves ("POSITIVE:", "# TP", "NEGATIVE:", "- FP"). Labels:
// - positive: a line (or, for a key over several lines, the range of lines) output.json
//   reports under a credential rule, unless the line marks itself negative;
// - negative: a line that marks itself negative, and every other non-blank line of a file the
//   suite names as negative (`*_n`, `*_FALSE`, `*_fp`, `*_f`, `false_positive`; an encrypted
//   key file `*.n.encrypted.*` whole).
// Left out: rules about identifiers (UUIDs, bucket and domain names, app ids), nonces and
// salts (not credentials), and samples in binary or archive files (their line numbers count
// lines of the extracted content).
import type { Draft, Tree } from './tree.js'

const SAMPLES = 'tests/samples/'
const EXPECTED = 'tests/data/output.json'
const NOT_CREDENTIALS = new Set(['UUID', 'AWS S3 Bucket', 'Firebase Domain', 'Tencent WeChat API App ID', 'Nonce', 'Salt'])
const NEGATIVE_FILE = /(?:_n|_FALSE|_fp|_f|^false_positive)(?:\.[a-z]+)?$/
const NEGATIVE_WHOLE_FILE = /\.n\.encrypted\.\d+$/
/** A line's own label: "NEGATIVE: …", "FP: …", "negative case: …", "… # FP", "… - FP". */
const MARKED_NEGATIVE = /^(?:NEGATIVE|[Nn]egative(?: case)?|FP)\s*:|(?:#|\s-)\s*FP\s*$/

interface Finding {
  rule: string
  line_data_list: { path: string; line_num: number; value: string }[]
}

/** A negative mark with something beside it: "# FP" alone heads a section, it is no sample. */
const markedNegative = (line: string): boolean =>
  MARKED_NEGATIVE.test(line) && line.replace(MARKED_NEGATIVE, '').replace(/[\s#:-]/g, '').length >= 4

const isText = (text: string): boolean => !text.includes('\0') && !text.includes('\uFFFD')

export function credsweeper(tree: Tree): Draft[] {
  // Each file is read and split once: output.json names most sample files many times.
  const files = new Set(tree.files())
  const split = new Map<string, string[] | null>()
  const lines = (path: string): string[] | null => {
    if (!split.has(path)) {
      const text = files.has(path) ? tree.read(path) : null
      split.set(path, text !== null && isText(text) ? text.split('\n').map((l) => l.trimEnd()) : null)
    }
    return split.get(path) ?? null
  }
  const out = new Map<string, Draft>()
  const reported = new Set<string>()
  for (const finding of JSON.parse(tree.read(EXPECTED)) as Finding[]) {
    const byPath = new Map<string, Finding['line_data_list']>()
    for (const data of finding.line_data_list) {
      const path = data.path.replace(/^\.\//, '')
      byPath.set(path, [...(byPath.get(path) ?? []), data])
    }
    for (const [path, data] of byPath) {
      const text = lines(path)
      for (const d of data) reported.add(`${path}:${d.line_num}`)
      if (text === null || NOT_CREDENTIALS.has(finding.rule)) continue
      const numbers = data.map((d) => d.line_num)
      const first = Math.min(...numbers)
      const last = Math.max(...numbers)
      // Line numbers of extracted or decoded content do not point into the file: left out.
      if (!data.every((d) => (text[d.line_num - 1] ?? '').includes(d.value.slice(0, 16)))) continue
      const at = first === last ? `line:${first}` : `lines:${first}-${last}`
      const label = !(first === last && markedNegative(text[first - 1] ?? ''))
      const rule = finding.rule
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '')
      if (!out.has(`${path} ${at}`))
        out.set(`${path} ${at}`, {
          path,
          at,
          label,
          rule,
          note: finding.rule,
          value: text.slice(first - 1, last).join('\n'),
        })
    }
  }
  for (const path of tree
    .files()
    .filter((p) => p.startsWith(SAMPLES))
    .sort()) {
    const name = path.slice(SAMPLES.length)
    if (name.includes('/')) continue
    const text = lines(path)
    if (text === null) continue
    if (NEGATIVE_WHOLE_FILE.test(name)) {
      out.set(`${path} file`, { path, at: 'file', label: false, rule: 'none', note: 'negative file' })
      continue
    }
    const negativeFile = NEGATIVE_FILE.test(name)
    text.forEach((line, i) => {
      const at = `line:${i + 1}`
      if (line.trim() === '' || out.has(`${path} ${at}`)) return
      if (markedNegative(line) || (negativeFile && !reported.has(`${path}:${i + 1}`)))
        out.set(`${path} ${at}`, {
          path,
          at,
          label: false,
          rule: 'none',
          note: negativeFile ? 'negative file' : 'marked negative',
          value: line,
        })
    })
  }
  return [...out.values()].sort((a, b) =>
    a.path === b.path ? a.at.localeCompare(b.at, 'en', { numeric: true }) : a.path < b.path ? -1 : 1,
  )
}
