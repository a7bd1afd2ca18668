// A change the shell could not see completely (GitHub lists at most 3,000 files of a pull
// request and 300 of a comparison) is never scored as if the list were whole: it becomes one
// critical finding that names the limit, so the report, labels and check fail closed.
import type { RuleMeta } from '../detect/detector.js'
import type { Finding } from '../types.js'

export const INCOMPLETE_CHANGE_RULE: RuleMeta = {
  id: 'policy.incomplete-change',
  category: 'policy',
  severity: 'critical',
  title: 'Change could not be read completely',
  help:
    "GitHub's API lists at most 3,000 files of a pull request (300 of a comparison), so files past the limit were never checked. " +
    'Check out the repository before the PromptOps step (`actions/checkout`; the Action fetches the commits it needs) so it reads the whole diff from git, or split the change.',
}

/** `reason` says what was missed and why; `path` anchors the finding (the config file). */
export function incompleteChangeFinding(reason: string, path: string): Finding {
  return { category: 'policy', rule: INCOMPLETE_CHANGE_RULE.id, severity: 'critical', path, line: 1, message: reason }
}
