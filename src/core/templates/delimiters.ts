// Which parts of a message are fenced off from the instructions around them: XML-like
// tag pairs, ``` / ~~~ fences, """ blocks, blocks between delimiter lines (---, ###, ===),
// and quotes on the same line. Computed once per message, linear in its length.
import { Finder } from './finder.js'
import { matchesOf } from '../text.js'

type Range = readonly [number, number]

/** An opening or closing XML-like tag; attributes are bounded so each `<` costs O(1). */
const TAG = /<(\/?)([A-Za-z][A-Za-z0-9_.:-]{0,63})(\s[^<>]{0,500})?>/g
/** Deepest stack entries searched for a matching open tag. */
const TAG_SEARCH = 64

function tagRanges(text: string): Range[] {
  const out: Range[] = []
  const stack: Array<{ name: string; end: number }> = []
  for (const m of matchesOf(TAG, text)) {
    const name = (m[2] ?? '').toLowerCase()
    const end = (m.index ?? 0) + m[0].length
    if (m[1] !== '/') {
      if (!(m[3] ?? '').endsWith('/')) stack.push({ name, end })
      if (stack.length > 2000) stack.splice(0, 1000) // hostile nesting: forget the oldest half
      continue
    }
    for (let k = stack.length - 1; k >= 0 && k >= stack.length - TAG_SEARCH; k--) {
      if (stack[k]?.name !== name) continue
      out.push([stack[k]?.end ?? 0, m.index ?? 0])
      stack.length = k
      break
    }
  }
  return out
}

/** `---`, `###`, `===`, `***`, also `=== INPUT ===`: three of one delimiter char at both ends. */
export function isDelimiterLine(line: string): boolean {
  const t = line.trim()
  const c = t[0]
  if (t.length < 3 || c === undefined || !'-#=*'.includes(c)) return false
  const three = c.repeat(3)
  return t.startsWith(three) && t.endsWith(three)
}

function isFenceLine(line: string): string | undefined {
  const t = line.trimStart()
  if (line.length - t.length > 3) return undefined
  if (t.startsWith('```')) return '```'
  if (t.startsWith('~~~')) return '~~~'
  return undefined
}

/** Only lines starting (after blanks) with one of these can be fences or delimiter lines. */
const LINE_MARKS = '`~-#=*'

function firstMark(text: string, start: number, end: number): boolean {
  let i = start
  while (i < end && (text[i] === ' ' || text[i] === '\t')) i++
  return i < end && LINE_MARKS.includes(text[i] ?? ' ')
}

function lineRanges(text: string): Range[] {
  const out: Range[] = []
  let fence: { marker: string; end: number } | undefined
  let lastDelimiterEnd = -1
  for (let start = 0; start <= text.length;) {
    const eol = text.indexOf('\n', start)
    const end = eol === -1 ? text.length : eol
    // Most lines are prose: skip them without slicing.
    if (firstMark(text, start, end)) {
      const line = text.slice(start, end)
      const marker = isFenceLine(line)
      if (fence && marker === fence.marker) {
        out.push([fence.end, start])
        fence = undefined
      } else if (!fence && marker) fence = { marker, end }
      else if (!fence && isDelimiterLine(line)) {
        if (lastDelimiterEnd >= 0) out.push([lastDelimiterEnd, start])
        lastDelimiterEnd = end
      }
    }
    start = end + 1
  }
  return out
}

function tripleQuoteRanges(text: string): Range[] {
  const out: Range[] = []
  let open = -1
  for (let i = text.indexOf('"""'); i !== -1; i = text.indexOf('"""', i + 3)) {
    if (open < 0) open = i + 3
    else {
      out.push([open, i])
      open = -1
    }
  }
  return out
}

function merge(ranges: Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0])
  const out: Array<[number, number]> = []
  for (const [s, e] of sorted) {
    const last = out[out.length - 1]
    if (last && s <= last[1]) last[1] = Math.max(last[1], e)
    else out.push([s, e])
  }
  return out
}

/**
 * Answers "is [start, end) delimited?" for uses visited in increasing order. Quote
 * tracking walks forward once, so a megabyte-long line with many uses stays linear.
 */
export class DelimiterIndex {
  private readonly ranges: Range[]
  private pos = 0
  private straight = 0
  private curly = 0
  private readonly nextStraight: Finder
  private readonly nextCurlyClose: Finder
  private readonly nextNewline: Finder
  /** Line breaks from the quote walk's position (advanceTo), apart from nextNewline's searches. */
  private readonly lineBreaks: Finder

  constructor(private readonly text: string) {
    this.ranges = merge([...tagRanges(text), ...lineRanges(text), ...tripleQuoteRanges(text)])
    this.nextStraight = new Finder(text, '"')
    this.nextCurlyClose = new Finder(text, '\u201d')
    this.nextNewline = new Finder(text, '\n')
    this.lineBreaks = new Finder(text, '\n')
  }

  isDelimited(start: number, end: number): boolean {
    return this.inRange(start, end) || this.quoted(start, end)
  }

  private inRange(start: number, end: number): boolean {
    let lo = 0
    let hi = this.ranges.length - 1
    while (lo <= hi) {
      const mid = (lo + hi) >> 1
      const r = this.ranges[mid]
      if (!r) break
      if (r[0] > start) hi = mid - 1
      else if (r[1] < end) lo = mid + 1
      else return true
    }
    return false
  }

  /**
   * The quote counts at `offset`. They restart at every line break, so only the stretch after the
   * last line break before `offset` is read character by character; the line breaks are found
   * by indexOf, remembered as the Finder does, so a scan stays linear.
   */
  private advanceTo(offset: number): void {
    if (this.pos >= offset) return
    const text = this.text
    let from = this.pos
    for (let nl = this.lineBreaks.next(from); nl !== -1 && nl < offset; nl = this.lineBreaks.next(from)) {
      from = nl + 1
      this.straight = this.curly = 0
    }
    for (let i = from; i < offset; i++) {
      const c = text.charCodeAt(i)
      if (c === 34) this.straight++
      else if (c === 0x201c) this.curly++
      else if (c === 0x201d) this.curly = Math.max(0, this.curly - 1)
    }
    this.pos = offset
  }

  private quoted(start: number, end: number): boolean {
    const before = this.text[start - 1]
    const after = this.text[end]
    if ((before === "'" || before === '`') && after === before) return true
    this.advanceTo(start)
    const eol = this.nextNewline.next(end)
    const lineEnd = eol === -1 ? this.text.length : eol
    if (this.straight % 2 === 1) {
      const q = this.nextStraight.next(end)
      if (q !== -1 && q < lineEnd) return true
    }
    if (this.curly > 0) {
      const q = this.nextCurlyClose.next(end)
      if (q !== -1 && q < lineEnd) return true
    }
    return false
  }
}
