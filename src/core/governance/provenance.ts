// Provenance tags say where a template came from: the dataset slice it was tuned on, the
// model revision it was evaluated against, and its prompt version. Tags come from the
// template's metadata, then from `provenance.tags` globs in config; the prompt version
// defaults to the content digest and the model revision to the template's pinned model.
import picomatch from 'picomatch'
import type { Config } from '../config/config.schema.js'
import type { Template } from '../types.js'

export interface ResolvedProvenance {
  tags: Record<string, string>
  /** Where each tag came from. */
  sources: Record<string, 'metadata' | 'config' | 'derived'>
}

export function resolveProvenance(template: Template, digest: string | null, config: Config): ResolvedProvenance {
  const tags: Record<string, string> = {}
  const sources: ResolvedProvenance['sources'] = {}
  const set = (key: string, value: string, source: 'metadata' | 'config' | 'derived'): void => {
    if (tags[key] !== undefined) return
    tags[key] = value
    sources[key] = source
  }
  for (const [k, v] of Object.entries(template.metadata.provenance)) set(k, v, 'metadata')
  for (const rule of config.provenance.tags) {
    if (picomatch.isMatch(template.path, rule.pattern, { dot: true }))
      for (const [k, v] of Object.entries(rule.values)) set(k, v, 'config')
  }
  if (template.model.revision) set('modelRevision', template.model.revision, 'derived')
  if (template.metadata.version) set('promptVersion', template.metadata.version, 'metadata')
  if (digest) set('promptVersion', `sha256:${digest.slice(0, 12)}`, 'derived')
  return { tags, sources }
}
