// Which changed files are judged as templates. Governance is sticky: a file that was a
// template at base stays one whatever the PR turns it into (another JSON shape, invalid JSON,
// a path the globs do not cover): its new content is judged against its reviewed past, and a
// head that no longer parses as a template is a parse error, never "ignored". A file that
// becomes a template (a rename into governance, JSON reshaped into a prompt) was never
// reviewed: it is judged as added.
import type { FileClassifier } from '../config/governed.js'
import { pairRenames } from '../diff/renames.js'
import { detectFormat } from '../templates/index.js'
import { jsonShape } from '../templates/json-shape.js'
import type { FileChange } from '../types.js'

export interface Selection {
  judged: FileChange[]
  ignored: Array<{ path: string; reason: string }>
}

const NOT_A_TEMPLATE = 'JSON without a prompt shape (messages[], a LangChain template, prompt text): not a template'

export function selectTemplates(files: readonly FileChange[], classify: FileClassifier, governAll: boolean): Selection {
  const governedPath = (path: string | undefined, f: FileChange): boolean =>
    governAll || (path !== undefined && classify.isTemplate(path)) || (f.includedBy?.length ?? 0) > 0
  const touched = new Set(files.filter((f) => governedPath(f.path, f) || governedPath(f.oldPath, f)))
  // A governed file deleted next to a similar ungoverned file added: a rename out of governance.
  const removedPaths = new Set([...touched].filter((f) => f.status === 'removed').map((f) => f.path))
  const outward =
    removedPaths.size === 0 ? [] : files.filter((f) => f.status === 'added' && f.headText !== null && !touched.has(f))
  const paired = pairRenames([...touched, ...outward]).filter(
    (f) => touched.has(f) || (f.oldPath !== undefined && removedPaths.has(f.oldPath)),
  )
  const ignored: Selection['ignored'] = []
  const judged: FileChange[] = []
  for (const f of paired) {
    const basePath = f.oldPath ?? f.path
    const base = governedPath(basePath, f) && f.baseText !== null ? shapeOf(basePath, f.baseText) : 'none'
    if (base === 'template') {
      judged.push(f)
      continue
    }
    const atHead = governedPath(f.path, f) && (f.headText === null || shapeOf(f.path, f.headText) !== 'other')
    // Invalid JSON at base was neither a reviewed template nor known not to be one.
    if (atHead && f.headText !== null) judged.push(base === 'unreadable' ? f : asAdded(f))
    else if (atHead && f.status !== 'removed') judged.push(f)
    else ignored.push({ path: f.path, reason: NOT_A_TEMPLATE })
  }
  return { judged, ignored }
}

/**
 * JSON under the template globs is a template when it has a prompt shape; invalid JSON is
 * unreadable (judged on the head side, where its syntax error is the finding). Other formats
 * are templates by their path.
 */
function shapeOf(path: string, text: string): 'template' | 'unreadable' | 'other' {
  if (detectFormat(path) !== 'json-chat') return 'template'
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return 'unreadable'
  }
  return jsonShape(value) === undefined ? 'other' : 'template'
}

/** A side that was not a reviewed template is no baseline: judge the head as new. */
function asAdded(f: FileChange): FileChange {
  if (f.baseText === null) return f
  const { baseText: _text, baseMode: _mode, baseDigest: _digest, ...rest } = f
  return { ...rest, status: 'added', baseText: null }
}
