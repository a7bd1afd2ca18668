// Referenced samples (test/fixtures/corpora/external): labelled parts of files in public
// repositories, stored as references only. `sources.json` names each source; `<source>.jsonl`
// holds one reference per line.
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { EvalCategory } from '../corpus.js'
import type { FileRef } from './mirror.js'

export interface ExternalSource {
  source: string
  category: EvalCategory
  repo: string
  commit: string
  licence: string
  /** `defang-positives`: random-looking runs of positives are replaced at load time (defang.ts). */
  treatment: 'defang-positives' | 'none'
  /** What was taken and how it was labelled, in a sentence. */
  what: string
}

export interface SampleRef extends FileRef {
  /** Which part of the file (locate.ts). */
  at: string
  /** First 16 hex digits of the sha256 of the located text: the locator still finds what was labelled. */
  sha: string
  label: boolean
  rule?: string
  note?: string
  /** Our own sentence around the value, `{v}` marking where it goes. */
  carrier?: string
}

export const EXTERNAL_DIR = 'external'
export const shaOf = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 16)

export function loadSources(corporaDir: string): ExternalSource[] {
  return JSON.parse(readFileSync(join(corporaDir, EXTERNAL_DIR, 'sources.json'), 'utf8')) as ExternalSource[]
}

const HEX40 = /^[0-9a-f]{40}$/

/** The references of one source; a malformed line is an error naming file and line. */
export function parseRefs(source: ExternalSource, jsonl: string, file: string): SampleRef[] {
  return jsonl.split('\n').flatMap((line, i) => {
    if (line.trim() === '') return []
    const where = `${file}:${i + 1}`
    let ref: SampleRef
    try {
      ref = JSON.parse(line) as SampleRef
    } catch (err) {
      throw new Error(`${where}: ${(err as Error).message}`, { cause: err })
    }
    if (
      typeof ref.path !== 'string' ||
      typeof ref.at !== 'string' ||
      typeof ref.label !== 'boolean' ||
      typeof ref.sha !== 'string'
    )
      throw new Error(`${where}: needs path, at, sha, label`)
    if (!HEX40.test(ref.blob ?? '') || !HEX40.test(ref.commit ?? ''))
      throw new Error(`${where}: blob and commit must be 40 hex digits`)
    if (ref.repo !== source.repo || ref.commit !== source.commit)
      throw new Error(`${where}: ${ref.repo}@${ref.commit} is not the source's ${source.repo}@${source.commit}`)
    if (ref.carrier !== undefined && !ref.carrier.includes('{v}')) throw new Error(`${where}: carrier without {v}`)
    return [ref]
  })
}

export function loadRefs(corporaDir: string, source: ExternalSource): SampleRef[] {
  const file = join(EXTERNAL_DIR, `${source.source}.jsonl`)
  return parseRefs(source, readFileSync(join(corporaDir, file), 'utf8'), file)
}
