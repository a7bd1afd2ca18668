// Block structure of Handlebars and Jinja templates, as their runtimes read it: which blocks
// are open (for parse errors on unbalanced blocks, with the opening line), what `this`, a
// block parameter or a loop variable stands for (so `{{#each docs}}{{this}}` is a use of
// `docs[]` and `{% for d in docs %}{{ d.text }}` of `docs[].text`), and which names are local
// (`{% set %}`, macro arguments) rather than template inputs.

export interface OpenBlock {
  /** `each`, `if`, `for`, … as written after `#` or `{%`. */
  name: string
  /** Offset of the opening tag in the scanned text, and the unit (message) it is in. */
  at: number
  unit: number
  /** What `this` means inside (Handlebars `each`/`with`/sections). */
  self?: string
  /** Loop variables and block parameters → what they stand for. */
  aliases: Map<string, string>
  /** Names local to the block (macro arguments). */
  locals: Set<string>
}

export interface BlockIssue {
  message: string
  at: number
  unit: number
}

/** Jinja statements that open a block closed by `end<name>`. */
const JINJA_BLOCKS = new Set(['for', 'if', 'macro', 'call', 'filter', 'block', 'with', 'autoescape', 'trans', 'set'])

/** File line of an offset in a scanned unit. */
export type LineOf = (unit: number, at: number) => number

/** Issues recorded at most: a hostile file cannot flood the report (the parser keeps 50 in all). */
const MAX_BLOCK_ISSUES = 20
/** Blocks tracked at once; deeper nesting is hostile and is one issue, not a crash. */
export const MAX_BLOCK_DEPTH = 200

export class ScopeStack {
  private readonly open: OpenBlock[] = []
  private readonly globals = new Set<string>()
  readonly issues: BlockIssue[] = []
  /** Blocks opened beyond MAX_BLOCK_DEPTH: not tracked, but their closes still balance them. */
  private untracked = 0

  constructor(private readonly lineOf: LineOf = () => 1) {}

  /** The innermost `this`, or undefined at the top level. */
  get self(): string | undefined {
    for (let k = this.open.length - 1; k >= 0; k--) {
      const self = this.open[k]?.self
      if (self !== undefined) return self
    }
    return undefined
  }

  /** `this` as seen `up` levels out (`../x` in Handlebars). */
  selfAt(up: number): string | undefined {
    let seen = 0
    for (let k = this.open.length - 1; k >= 0; k--) {
      const self = this.open[k]?.self
      if (self === undefined) continue
      if (seen === up) return self
      seen++
    }
    return undefined
  }

  /** Resolves the first segment of a dotted name through loop variables; null for locals. */
  resolve(name: string): string | null {
    const dot = name.indexOf('.')
    const head = dot === -1 ? name : name.slice(0, dot)
    const rest = dot === -1 ? '' : name.slice(dot)
    for (let k = this.open.length - 1; k >= 0; k--) {
      const block = this.open[k]
      if (block?.locals.has(head)) return null
      const alias = block?.aliases.get(head)
      if (alias !== undefined) return alias + rest
    }
    return this.globals.has(head) ? null : name
  }

  declareGlobal(name: string): void {
    this.globals.add(name)
  }

  push(block: Omit<OpenBlock, 'aliases' | 'locals'> & Partial<Pick<OpenBlock, 'aliases' | 'locals'>>): void {
    if (this.open.length >= MAX_BLOCK_DEPTH) {
      if (this.untracked++ === 0 && this.issues.length < MAX_BLOCK_ISSUES) {
        this.issues.push({ message: `blocks nest deeper than ${MAX_BLOCK_DEPTH} levels`, at: block.at, unit: block.unit })
      }
      return
    }
    this.open.push({ aliases: new Map(), locals: new Set(), ...block })
  }

  /** Closes `name`; a mismatch or a close with nothing open is an issue. */
  close(name: string, at: number, unit: number, syntax: 'handlebars' | 'jinja'): void {
    if (this.untracked > 0) return void this.untracked--
    const top = this.open[this.open.length - 1]
    if (this.issues.length >= MAX_BLOCK_ISSUES) {
      if (top?.name === name) this.open.pop()
      return
    }
    const shown = syntax === 'jinja' ? `{% end${name} %}` : `{{/${name}}}`
    if (top === undefined) return void this.issues.push({ message: `${shown} closes a block that was never opened`, at, unit })
    if (top.name === name) return void this.open.pop()
    const opened = syntax === 'jinja' ? `{% ${top.name} %}` : `{{#${top.name}}}`
    this.issues.push({ message: `${shown} does not match ${opened} opened on line ${this.lineOf(top.unit, top.at)}`, at, unit })
    // Report the mistake once, as the runtimes' parsers do: the close ends the open block.
    this.open.pop()
  }

  /** One issue per block still open at the end of the template. */
  finish(syntax: 'handlebars' | 'jinja'): BlockIssue[] {
    for (const b of this.open.slice(0, Math.max(0, MAX_BLOCK_ISSUES - this.issues.length))) {
      const shown = syntax === 'jinja' ? `{% ${b.name} %}` : `{{#${b.name}}}`
      const closer = syntax === 'jinja' ? `{% end${b.name} %}` : `{{/${b.name}}}`
      this.issues.push({
        message: `${shown} opened on line ${this.lineOf(b.unit, b.at)} is never closed (expected ${closer})`,
        at: b.at,
        unit: b.unit,
      })
    }
    this.open.length = 0
    return this.issues
  }

  static isJinjaBlock(name: string): boolean {
    return JINJA_BLOCKS.has(name)
  }
}
