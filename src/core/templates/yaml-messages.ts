// `messages: [{role, content}]` read from YAML with per-line positions.
import { isMap, isScalar, isSeq } from 'yaml'
import type { Message, ParseIssue, TextLine } from '../types.js'
import { MAX_MESSAGES, buildMessage, normalizeRole } from './messages.js'
import { issue } from './source.js'
import type { YamlPath, YamlView } from './yaml-view.js'

/** Text lines of a `content` node: a scalar, or a list of `{type: text, text}` parts. */
function contentLines(view: YamlView, path: YamlPath): TextLine[] | undefined {
  const node = view.locate(path)?.node
  if (!node) return undefined
  if (isScalar(node)) return view.scalarLines(node)
  if (!isSeq(node)) return undefined
  const out: TextLine[] = []
  node.items.forEach((_, k) => {
    const part = view.locate([...path, k])?.node
    const text = isScalar(part) ? part : isMap(part) ? view.locate([...path, k, 'text'])?.node : undefined
    if (text) out.push(...(view.scalarLines(text) ?? []))
  })
  return out
}

/** Reads the sequence at `path`; problems become issues on the offending item's line. */
export function readYamlMessages(view: YamlView, path: YamlPath): { messages: Message[]; issues: ParseIssue[] } {
  const messages: Message[] = []
  const issues: ParseIssue[] = []
  const located = view.locate(path)
  if (!located) return { messages, issues: [issue(`no "${path.join('.')}" list: not a chat template`, 1)] }
  if (!isSeq(located.node))
    return { messages, issues: [issue(`"${path.join('.')}" must be a list of {role, content}`, located.keyLine)] }
  const count = located.node.items.length
  if (count > MAX_MESSAGES) issues.push(issue(`more than ${MAX_MESSAGES} messages: the rest are not read`, located.keyLine))
  for (let i = 0; i < Math.min(count, MAX_MESSAGES); i++) {
    const item = view.locate([...path, i])?.node
    if (!item) continue
    const line = view.lineOfNode(item)
    if (!isMap(item)) {
      issues.push(issue(`message ${i + 1} must be a mapping with role and content`, line))
      continue
    }
    const role = view.get([...path, i, 'role'])
    if (role === undefined) issues.push(issue(`message ${i + 1} has no role`, line))
    const lines = contentLines(view, [...path, i, 'content'])
    if (lines === undefined) {
      issues.push(issue(`message ${i + 1} has no text content`, line))
      continue
    }
    messages.push(buildMessage(normalizeRole(role), lines, { start: line, end: view.endLineOfNode(item) }))
  }
  return { messages, issues }
}
