// `promptops doctor`: is this repository set up so PromptOps actually governs it?
// Pure: the shell gathers what it can (offline facts always; GitHub facts with a token).
import { APPROVAL_CHECK_NAME } from './plan/approval-check.js'
import type { SetupCheck } from './setup/protection.js'

export type DoctorStatus = 'ok' | 'warn' | 'fail'

export interface DoctorCheck {
  id: string
  status: DoctorStatus
  message: string
}

export interface DoctorInput {
  /** null when the config is valid; the error text (with file:line) otherwise. */
  configError: string | null
  configFound: boolean
  codeownersPath: string | null
  codeownersErrors: string[]
  /** Governed templates in the repository with their resolved owners. */
  templates: Array<{ path: string; owners: string[] }>
  /** GitHub settings checks (`checkSetup`); null when not read (no token or --github-repo). */
  setup: SetupCheck[] | null
  /** Errors GitHub itself reports for CODEOWNERS (`/codeowners/errors`); null = unknown. */
  githubCodeownersErrors: string[] | null
  branch: string
  /** Prompt-looking files no `templates:` glob governs (config/candidates.ts). */
  ungoverned?: string[]
}

export function diagnose(input: DoctorInput): DoctorCheck[] {
  const checks: DoctorCheck[] = []
  const add = (id: string, status: DoctorStatus, message: string): void => void checks.push({ id, status, message })
  if (input.configError) add('config', 'fail', input.configError)
  else if (!input.configFound)
    add(
      'config',
      'warn',
      '.github/promptops.yml is missing: the Action uses defaults, and the App fails closed until it exists on the base branch',
    )
  else add('config', 'ok', '.github/promptops.yml is valid')
  if (!input.codeownersPath) add('codeowners', 'warn', 'no CODEOWNERS file: only promptops.yml owners can route reviews')
  else if (input.codeownersErrors.length > 0)
    add('codeowners', 'fail', `${input.codeownersPath} has errors:\n  ${input.codeownersErrors.join('\n  ')}`)
  else add('codeowners', 'ok', `${input.codeownersPath} parses with GitHub's rules`)
  if (input.githubCodeownersErrors && input.githubCodeownersErrors.length > 0)
    add('codeowners-github', 'fail', `GitHub reports CODEOWNERS errors:\n  ${input.githubCodeownersErrors.join('\n  ')}`)
  const unowned = input.templates.filter((t) => t.owners.length === 0).map((t) => t.path)
  if (input.templates.length === 0) add('templates', 'warn', 'no governed prompt templates found: check `templates:` globs')
  else if (unowned.length > 0)
    add(
      'owners',
      'warn',
      `${unowned.length} of ${input.templates.length} templates have no owner: ${unowned.slice(0, 10).join(', ')}${unowned.length > 10 ? ', …' : ''}`,
    )
  else add('owners', 'ok', `all ${input.templates.length} governed templates have owners`)
  if (input.setup === null)
    add(
      'github-settings',
      'warn',
      `GitHub settings not checked (set GITHUB_TOKEN and --github-repo to check that ${input.branch} requires ${APPROVAL_CHECK_NAME} from the PromptOps App and that the audit branch is protected)`,
    )
  else checks.push(...input.setup)
  const missed = input.ungoverned ?? []
  if (missed.length > 0) {
    const one = missed.length === 1
    const listed = `${missed.slice(0, 10).join(', ')}${missed.length > 10 ? ', …' : ''}`
    add(
      'coverage',
      'warn',
      `${missed.length} file${one ? ' looks' : 's look'} like prompt templates but no \`templates:\` glob governs ${one ? 'it' : 'them'}: ${listed}`,
    )
  }
  return checks
}
