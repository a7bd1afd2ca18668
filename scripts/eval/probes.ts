// Probe sets written for this project (test/fixtures/probes): short sentences in the attack and
// hate families issue 14 names, and benign sentences on the same words, each set written at one
// point of the work: before the rules it led to, or after them to measure how far they reach.
// Scored as the eval scores its samples (detect.ts), so `npm run eval -- probes` reproduces
// the figures docs/detectors.md quotes for them, and a test keeps that table current.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expandMarkers, type EvalCategory } from './corpus.js'
import { verdict } from './detect.js'

export interface ProbeSet {
  file: string
  category: EvalCategory
  about: string
  /** Written before the rules it led to, or after them, to measure them. */
  written: 'before' | 'after'
}

export interface ProbeResult {
  set: ProbeSet
  positives: number
  caught: number
  negatives: number
  flagged: number
}

export interface Probe {
  label: boolean
  text: string
}

/**
 * `+ text` should be flagged, `- text` should not; `#` comments and blank lines are skipped; `\n` is a
 * line break. Markers (`⟦rand:hex:40⟧`, corpus.ts) expand per file and line, so secret-shaped
 * values are made when the probes run and never committed.
 */
export function parseProbes(text: string, file: string): Probe[] {
  return text.split('\n').flatMap((line, i) => {
    if (line.trim() === '' || line.startsWith('#')) return []
    const mark = line.slice(0, 2)
    if (mark !== '+ ' && mark !== '- ') throw new Error(`${file}:${i + 1}: a probe starts with "+ " or "- "`)
    return [{ label: mark === '+ ', text: expandMarkers(line.slice(2).replaceAll('\\n', '\n'), `${file}:${i + 1}`) }]
  })
}

export function evaluateProbes(dir: string): ProbeResult[] {
  const sets = JSON.parse(readFileSync(join(dir, 'sets.json'), 'utf8')) as ProbeSet[]
  return sets.map((set) => {
    const probes = parseProbes(readFileSync(join(dir, set.file), 'utf8'), set.file)
    const flagged = probes.map((p) => verdict(set.category, p.text).flagged)
    const count = (label: boolean, hit: boolean): number =>
      probes.filter((p, i) => p.label === label && flagged[i] === hit).length
    return {
      set,
      positives: probes.filter((p) => p.label).length,
      caught: count(true, true),
      negatives: probes.filter((p) => !p.label).length,
      flagged: count(false, true),
    }
  })
}

const ratio = (hits: number, total: number): string => (total === 0 ? '–' : `${hits} / ${total}`)

export function renderProbesMarkdown(results: readonly ProbeResult[]): string {
  const rows = results.map(
    (r) =>
      `| ${r.set.category} | \`${r.set.file}\` | ${r.set.written} | ${r.set.about} | ${ratio(r.caught, r.positives)} | ${ratio(r.flagged, r.negatives)} |`,
  )
  const totals = (['toxicity', 'injection', 'secrets', 'pii'] as const).flatMap((category) =>
    (['before', 'after'] as const).flatMap((written) => {
      const group = results.filter((r) => r.set.category === category && r.set.written === written)
      if (group.length === 0) return []
      const sum = (pick: (r: ProbeResult) => number): number => group.reduce((n, r) => n + pick(r), 0)
      return `| ${category} | all written ${written} their rules | | | ${ratio(
        sum((r) => r.caught),
        sum((r) => r.positives),
      )} | ${ratio(
        sum((r) => r.flagged),
        sum((r) => r.negatives),
      )} |`
    }),
  )
  return [
    '| category | set | written | about | should be flagged: caught | benign: flagged |',
    '| --- | --- | --- | --- | ---: | ---: |',
    ...rows,
    ...totals,
  ].join('\n')
}
