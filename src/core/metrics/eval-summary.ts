// What every eval results format is read into, and the error naming the file and line.
import { PromptOpsError } from '../errors.js'

export type EvalSource = 'promptfoo' | 'gh-models' | 'promptops'

export interface EvalSummary {
  /** A repo path (possibly absolute or prefixed) or a template `name`, mapped later. */
  template: string
  /** 0..1. */
  accuracy: number
  samples: number
  source: EvalSource
  file: string
  /** Line in `file` where this summary's data starts. */
  line: number
}

export class EvalResultsError extends PromptOpsError {
  readonly file: string
  readonly line: number
  constructor(file: string, line: number, message: string) {
    super('eval-results-invalid', `${file}:${line}: ${message}`)
    this.name = 'EvalResultsError'
    this.file = file
    this.line = line
  }
}

/** Where a document sits in the file, to turn a JSON path into a file line. */
export interface DocContext {
  file: string
  /** Line of a JSON path within the file. */
  lineOf: (path: ReadonlyArray<string | number>) => number
}
