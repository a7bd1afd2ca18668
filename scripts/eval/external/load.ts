// Turns references into samples: reads each referenced file (mirror.ts), locates the sample,
// checks it is what was labelled, puts it in its carrier sentence and applies the source's
// value treatment. A source with any file unavailable is left out whole and reported.
import type { EvalCategory, Sample, SplitMap } from '../corpus.js'
import { SPLITS } from '../corpus.js'
import { defang } from './defang.js'
import { LocatorError, locate } from './locate.js'
import type { FileReader } from './mirror.js'
import { EXTERNAL_DIR, loadRefs, loadSources, shaOf, type ExternalSource, type SampleRef } from './refs.js'

export interface Unavailable {
  source: string
  reason: string
}

export interface ExternalSamples {
  samples: Sample[]
  unavailable: Unavailable[]
}

export function loadExternal(corporaDir: string, category: EvalCategory, splits: SplitMap, read: FileReader): ExternalSamples {
  const samples: Sample[] = []
  const unavailable: Unavailable[] = []
  for (const source of loadSources(corporaDir).filter((s) => s.category === category)) {
    const loaded = loadSource(source, loadRefs(corporaDir, source), splits, read)
    if ('reason' in loaded) unavailable.push({ source: source.source, reason: loaded.reason })
    else samples.push(...loaded.samples)
  }
  return { samples, unavailable }
}

export function loadSource(
  source: ExternalSource,
  refs: readonly SampleRef[],
  splits: SplitMap,
  read: FileReader,
): { samples: Sample[] } | { reason: string } {
  const split = splits[source.category]?.[source.source]
  if (split === undefined || !SPLITS.includes(split))
    throw new Error(`external source "${source.source}" has no split in corpora/splits.json`)
  const texts = new Map<string, string>()
  for (const ref of refs) {
    if (texts.has(ref.blob)) continue
    const file = read(ref)
    if ('missing' in file) return { reason: file.missing }
    texts.set(ref.blob, file.text)
  }
  const samples = refs.map((ref, i): Sample => {
    const id = `${EXTERNAL_DIR}/${source.source}.jsonl:${i + 1}`
    let value: string
    try {
      value = locate(texts.get(ref.blob) ?? '', ref.at, ref.path)
    } catch (err) {
      if (err instanceof LocatorError) throw new Error(`${id}: ${ref.path} ${ref.at}: ${err.message}`, { cause: err })
      throw err
    }
    if (shaOf(value) !== ref.sha)
      throw new Error(
        `${id}: ${ref.path} ${ref.at} no longer locates the labelled text (sha ${shaOf(value)}, recorded ${ref.sha})`,
      )
    const carried = ref.carrier === undefined ? value : ref.carrier.replace('{v}', value)
    const text = source.treatment === 'defang-positives' && ref.label ? defang(carried, id) : carried
    return {
      text,
      label: ref.label,
      source: source.source,
      id,
      split,
      origin: 'referenced',
      ...(ref.rule ? { rule: ref.rule } : {}),
      ...(ref.note ? { note: ref.note } : {}),
    }
  })
  return { samples }
}
