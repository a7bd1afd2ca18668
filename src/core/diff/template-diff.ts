// Semantic diff of two parsed versions of one template: which messages changed, which
// variables callers must now supply, and how the model configuration moved.
import type { FieldChange, FileChange, LineChange, Message, Template, TemplateChange, VariableDiff } from '../types.js'
import { diffText } from './line-diff.js'

export function diffTemplate(file: FileChange, base: Template | null, head: Template | null): TemplateChange {
  const lines: LineChange = diffText(file.baseText, file.headText)
  const status = file.status === 'modified' && lines.added.length === 0 && lines.removed.length === 0 ? 'unchanged' : file.status
  return {
    status,
    path: file.path,
    ...(file.oldPath ? { oldPath: file.oldPath } : {}),
    base,
    head,
    lines,
    variables: diffVariables(base, head),
    modelChanges: diffModel(base, head),
    messageChanges: alignMessages(base?.messages ?? [], head?.messages ?? []),
    headText: file.headText,
  }
}

const names = (t: Template | null): Set<string> => new Set((t?.variables ?? []).map((v) => v.name))

export function diffVariables(base: Template | null, head: Template | null): VariableDiff {
  const before = names(base)
  const after = names(head)
  if (!base || !head) return { added: [], removed: [], renamed: [] }
  const added = [...after].filter((n) => !before.has(n))
  const removed = [...before].filter((n) => !after.has(n))
  const renamed: VariableDiff['renamed'] = []
  // A rename is a removed and an added variable used in otherwise identical text.
  for (const from of [...removed]) {
    const shape = useShape(base, from)
    const to = added.find((name) => shape !== null && useShape(head, name) === shape)
    if (to === undefined) continue
    renamed.push({ from, to })
    removed.splice(removed.indexOf(from), 1)
    added.splice(added.indexOf(to), 1)
  }
  // One variable out and one in, used in the same role: a rename with surrounding edits.
  const [onlyRemoved] = removed
  const [onlyAdded] = added
  if (
    removed.length === 1 &&
    added.length === 1 &&
    onlyRemoved !== undefined &&
    onlyAdded !== undefined &&
    roleOf(base, onlyRemoved) === roleOf(head, onlyAdded)
  ) {
    renamed.push({ from: onlyRemoved, to: onlyAdded })
    return { added: [], removed: [], renamed }
  }
  return { added, removed, renamed }
}

const roleOf = (t: Template, name: string): string | undefined => t.variables.find((v) => v.name === name)?.role

/** The text of the first line using `name`, with that variable blanked out. */
function useShape(template: Template, name: string): string | null {
  const use = template.variables.find((v) => v.name === name)
  if (!use) return null
  const line = template.messages[use.message]?.lines.find((l) => l.line === use.line)
  if (!line) return null
  return line.text.split(name).join('\u0000')
}

const canonical = (value: unknown): string => JSON.stringify(value, (_k, v: unknown) => sortKeys(v)) ?? 'undefined'

function sortKeys(value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value
  return Object.fromEntries(Object.entries(value as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
}

export function diffModel(base: Template | null, head: Template | null): FieldChange[] {
  if (!base || !head) return []
  const changes: FieldChange[] = []
  const compare = (field: string, from: unknown, to: unknown): void => {
    if (canonical(from) !== canonical(to)) changes.push({ field, from, to })
  }
  compare('model', base.model.id, head.model.id)
  compare('revision', base.model.revision, head.model.revision)
  // Chat is every format's default API: writing `api: chat` out changes nothing.
  compare('api', base.model.api ?? 'chat', head.model.api ?? 'chat')
  const keys = new Set([...Object.keys(base.model.parameters), ...Object.keys(head.model.parameters)])
  for (const key of [...keys].sort()) compare(`parameters.${key}`, base.model.parameters[key], head.model.parameters[key])
  compare('tools', base.model.tools, head.model.tools)
  compare('responseFormat', base.model.responseFormat, head.model.responseFormat)
  return changes
}

/** Pair messages by position within each role, so inserting a user turn does not
 * make every later message look changed. */
export function alignMessages(base: Message[], head: Message[]): TemplateChange['messageChanges'] {
  const byRole = (messages: Message[]): Map<string, number[]> => {
    const map = new Map<string, number[]>()
    messages.forEach((m, i) => map.set(m.role, [...(map.get(m.role) ?? []), i]))
    return map
  }
  const baseRoles = byRole(base)
  const headRoles = byRole(head)
  const pairs: TemplateChange['messageChanges'] = []
  for (const role of new Set([...baseRoles.keys(), ...headRoles.keys()])) {
    const b = baseRoles.get(role) ?? []
    const h = headRoles.get(role) ?? []
    for (let i = 0; i < Math.max(b.length, h.length); i++) {
      const bi = b[i] ?? null
      const hi = h[i] ?? null
      const changed = bi === null || hi === null || base[bi]?.text !== head[hi]?.text
      pairs.push({ base: bi, head: hi, changed })
    }
  }
  return pairs.sort((x, y) => (x.head ?? x.base ?? 0) - (y.head ?? y.base ?? 0))
}
