// Navigation over a parsed YAML document that yields both plain values and file lines,
// and the mapping of a scalar's text onto file lines.
import { isAlias, isMap, isScalar, isSeq } from 'yaml'
import type { Node, Scalar } from 'yaml'
import type { TextLine } from '../types.js'
import type { LineIndex } from './source.js'
import { toTextLines } from './source.js'
import type { YamlSource } from './yaml-source.js'

export type YamlPath = ReadonlyArray<string | number>

interface Located {
  node: Node
  /** File line of the key that holds the node (or of the node for sequence items). */
  keyLine: number
}

export class YamlView {
  constructor(
    readonly src: YamlSource,
    readonly index: LineIndex,
  ) {}

  private deref(node: unknown): Node | undefined {
    const doc = this.src.doc
    if (doc && isAlias(node)) return node.resolve(doc) ?? undefined
    return (node as Node | null) ?? undefined
  }

  locate(path: YamlPath): Located | undefined {
    let node = this.deref(this.src.doc?.contents)
    let keyLine = node ? this.lineOfNode(node) : 1
    for (const key of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(key))
        if (!pair) return undefined
        keyLine = this.lineOfNode(pair.key as Node)
        node = this.deref(pair.value)
      } else if (isSeq(node) && typeof key === 'number') {
        node = this.deref(node.items[key])
        if (node) keyLine = this.lineOfNode(node)
      } else return undefined
      if (!node) return undefined
    }
    return node ? { node, keyLine } : undefined
  }

  /** Plain value at `path` (from the converted document, so aliases are already bounded). */
  get(path: YamlPath): unknown {
    let value: unknown = this.src.value
    for (const key of path) {
      if (value === null || typeof value !== 'object') return undefined
      value = (value as Record<string | number, unknown>)[key]
    }
    return value
  }

  keyLine(path: YamlPath): number | undefined {
    return this.locate(path)?.keyLine
  }

  lineOfNode(node: Node): number {
    return this.src.lineOf(node.range?.[0] ?? 0)
  }

  /** Last file line covered by a node's value. */
  endLineOfNode(node: Node): number {
    const range = node.range
    if (!range) return 1
    return this.src.lineOf(Math.max(range[0], range[1] - 1))
  }

  /** Sequence length at `path` (0 when not a sequence). */
  seqLength(path: YamlPath): number {
    const node = this.locate(path)?.node
    return isSeq(node) ? node.items.length : 0
  }

  /**
   * The scalar's value split into lines, each with its file line. Block literals map
   * exactly; block folded lines are matched forward by prefix; flow scalars (plain or
   * quoted) map every line to the scalar's start line.
   */
  scalarLines(node: Node): TextLine[] | undefined {
    if (!isScalar(node)) return undefined
    const value = node.value
    // A scalar's value is a primitive (number, boolean, bigint) or null.
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    const text = typeof value === 'string' ? value : value === null ? '' : String(value)
    const start = this.lineOfNode(node)
    if (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED') {
      return this.blockLines(node, text)
    }
    return toTextLines(text, start).map((l) => ({ text: l.text, line: start }))
  }

  private blockLines(node: Scalar, text: string): TextLine[] {
    const body = text.endsWith('\n') ? text.slice(0, -1) : text
    const header = this.headerLine(node)
    const lines = toTextLines(body, header + 1)
    return node.type === 'BLOCK_LITERAL' ? lines : this.matchFolded(lines, header + 1)
  }

  /** Line of the `|`/`>` indicator (a tag or anchor may precede it). */
  private headerLine(node: Scalar): number {
    const start = node.range?.[0] ?? 0
    const line = this.src.lineOf(start)
    const lineText = this.index.lineText(line)
    return lineText.includes('|') || lineText.includes('>') ? line : line + 1
  }

  private matchFolded(lines: TextLine[], first: number): TextLine[] {
    const WINDOW = 5000
    let cursor = first
    const last = this.index.lineCount
    return lines.map((l) => {
      const want = l.text.trim().slice(0, 20)
      if (want.length === 0) return { text: l.text, line: cursor }
      for (let ln = cursor; ln <= last && ln < cursor + WINDOW; ln++) {
        const have = this.index.lineText(ln).trim()
        const k = Math.min(have.length, want.length)
        if (k > 0 && have.slice(0, k) === want.slice(0, k)) {
          cursor = ln + 1
          return { text: l.text, line: ln }
        }
      }
      return { text: l.text, line: cursor }
    })
  }
}
