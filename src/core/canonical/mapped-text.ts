// A text derived from an original (decoded, rendered, normalised) that remembers where every
// part came from, so a match found in the derived text can be reported on the original bytes
// (the redactor masks them) and lines (detectors report them).
//
// The map is a list of runs over the derived text. A `copy` run is the original verbatim
// (offsets map one to one); a replacement run stands for a whole original range (a decoded
// escape, a normalised character, a rendered template tag) and maps every offset inside it
// to that range. Removed characters (zero-width, comments) leave no run: a match that spans
// them maps to an original range that includes them.

export interface Run {
  /** Offset in the derived text where the run starts. */
  at: number
  /** Original range the run stands for. */
  from: number
  to: number
  copy: boolean
  /** What the original said differently (`JSON escape`, `zero-width character`, …), for messages. */
  note?: string
}

export class MappedText {
  constructor(
    readonly text: string,
    readonly runs: readonly Run[],
  ) {}

  static identity(text: string): MappedText {
    return new MappedText(text, text.length === 0 ? [] : [{ at: 0, from: 0, to: text.length, copy: true }])
  }

  /** Index of the last run starting at or before `offset` (-1 when none). */
  private runAt(offset: number): number {
    const runs = this.runs
    let lo = 0
    let hi = runs.length - 1
    if (hi < 0 || (runs[0]?.at ?? 0) > offset) return -1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if ((runs[mid]?.at ?? 0) <= offset) lo = mid
      else hi = mid - 1
    }
    return lo
  }

  /** Original offset where the derived character at `offset` starts. */
  start(offset: number): number {
    const run = this.runs[this.runAt(offset)]
    if (run === undefined) return 0
    if (offset >= this.text.length) return this.end(this.text.length)
    return run.copy ? run.from + (offset - run.at) : run.from
  }

  /** Original offset where a derived range ending (exclusive) at `offset` ends. */
  end(offset: number): number {
    if (offset <= 0) return this.runs[0]?.from ?? 0
    const run = this.runs[this.runAt(offset - 1)]
    if (run === undefined) return 0
    return run.copy ? run.from + (offset - run.at) : run.to
  }

  /** Notes of the replacement runs overlapping the derived range [start, end). */
  notes(start: number, end: number): string[] {
    const out = new Set<string>()
    for (let i = Math.max(0, this.runAt(start)); i < this.runs.length; i++) {
      const run = this.runs[i] as Run
      if (run.at >= end) break
      if (!run.copy && run.note !== undefined) out.add(run.note)
    }
    return [...out]
  }
}

export class MappedBuilder {
  private text = ''
  private readonly runs: Run[] = []

  get length(): number {
    return this.text.length
  }

  /** Appends original[from, from + text.length), unchanged. */
  copy(text: string, from: number): void {
    if (text.length === 0) return
    const last = this.runs[this.runs.length - 1]
    if (last?.copy && last.to === from) last.to = from + text.length
    else this.runs.push({ at: this.text.length, from, to: from + text.length, copy: true })
    this.text += text
  }

  /** Appends `text` standing for original[from, to) (empty `text` drops that range). */
  replace(text: string, from: number, to: number, note?: string): void {
    if (text.length === 0) return
    const last = this.runs[this.runs.length - 1]
    if (last && !last.copy && last.to === from && last.note === note && to > from) last.to = to
    else this.runs.push({ at: this.text.length, from, to, copy: false, ...(note === undefined ? {} : { note }) })
    this.text += text
  }

  build(): MappedText {
    return new MappedText(this.text, this.runs)
  }
}

/** `outer` derived from `inner.text`, `inner` derived from an original: outer → original. */
export function compose(outer: MappedText, inner: MappedText): MappedText {
  const out = new MappedBuilder()
  const text = outer.text
  for (let i = 0; i < outer.runs.length; i++) {
    const run = outer.runs[i] as Run
    const next = outer.runs[i + 1]?.at ?? text.length
    const piece = text.slice(run.at, next)
    if (!run.copy) {
      out.replace(piece, inner.start(run.from), Math.max(inner.start(run.from), inner.end(run.to)), run.note)
      continue
    }
    // A copied stretch of inner text maps through inner's own runs, piece by piece.
    let at = run.from
    while (at < run.to) {
      const index = innerRunIndex(inner, at)
      const innerRun = inner.runs[index]
      const innerEnd = Math.min(run.to, inner.runs[index + 1]?.at ?? inner.text.length)
      const slice = piece.slice(at - run.from, innerEnd - run.from)
      if (innerRun === undefined) out.copy(slice, at)
      else if (innerRun.copy) out.copy(slice, innerRun.from + (at - innerRun.at))
      else out.replace(slice, innerRun.from, innerRun.to, innerRun.note)
      at = innerEnd
    }
  }
  return out.build()
}

function innerRunIndex(inner: MappedText, offset: number): number {
  const runs = inner.runs
  let lo = 0
  let hi = runs.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if ((runs[mid]?.at ?? 0) <= offset) lo = mid
    else hi = mid - 1
  }
  return lo
}

/** Applies a layer that may return null for "nothing to change". */
export function then(current: MappedText, layer: (text: string) => MappedText | null): MappedText {
  const next = layer(current.text)
  return next === null ? current : compose(next, current)
}
