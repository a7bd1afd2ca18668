// `indexOf` with memory: callers search with ever-increasing `from`, so remembering the last
// hit (or the last miss) keeps a whole scan linear even on input full of unclosed openers.
export class Finder {
  private hit = -2
  constructor(
    private readonly text: string,
    private readonly needle: string,
  ) {}

  next(from: number): number {
    if (this.hit === -1) return -1
    if (this.hit >= from) return this.hit
    this.hit = this.text.indexOf(this.needle, from)
    return this.hit
  }
}
