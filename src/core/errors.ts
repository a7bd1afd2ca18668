// Errors users can act on. Each names the file (and line where known) to fix; shells
// print `message` without a stack trace and exit 2 (CLI) or fail the check (App).

export interface Issue {
  /** Path within the document, e.g. `routing.high.approvals`. */
  at: string
  message: string
  line?: number
}

export class PromptOpsError extends Error {
  readonly code: string
  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.name = 'PromptOpsError'
    this.code = code
  }
}

export class ConfigError extends PromptOpsError {
  readonly file: string
  readonly issues: Issue[]
  constructor(file: string, issues: Issue[]) {
    super('config-invalid', formatIssues(file, issues))
    this.name = 'ConfigError'
    this.file = file
    this.issues = issues
  }
}

export class UsageError extends PromptOpsError {
  constructor(message: string) {
    super('usage', message)
    this.name = 'UsageError'
  }
}

export function formatIssues(file: string, issues: Issue[]): string {
  const lines = issues.map((i) => `${file}${i.line ? `:${i.line}` : ''}: ${i.at ? `${i.at}: ` : ''}${i.message}`)
  return lines.join('\n')
}
