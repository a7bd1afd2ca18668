// Shared first step of the front-matter formats: split, parse the YAML safely, and
// return the root mapping with a view for positions.
import type { ParseIssue } from '../types.js'
import type { FrontMatter, Preamble } from './front-matter.js'
import { splitFrontMatter } from './front-matter.js'
import type { LineIndex } from './source.js'
import { issue } from './source.js'
import { asRecord } from './values.js'
import type { Json } from './values.js'
import { parseYamlSource } from './yaml-source.js'
import { YamlView } from './yaml-view.js'

export interface FrontMatterSource {
  fm: FrontMatter
  root: Json
  view: YamlView | undefined
  issues: ParseIssue[]
}

export function readFrontMatter(index: LineIndex, preamble: Preamble = 'blank'): FrontMatterSource {
  const fm = splitFrontMatter(index, preamble)
  const issues = [...fm.issues]
  if (!fm.yaml) return { fm, root: {}, view: undefined, issues }
  const src = parseYamlSource(index, fm.yaml.start, fm.yaml.end)
  issues.push(...src.issues)
  const root = asRecord(src.value)
  if (!root && src.value !== undefined && src.value !== null)
    issues.push(issue('front matter must be a YAML mapping', index.lineAt(fm.yaml.start)))
  return { fm, root: root ?? {}, view: src.doc ? new YamlView(src, index) : undefined, issues }
}
