// Which changed files PromptOps governs, and which change the governance itself.
import picomatch from 'picomatch'
import type { Config } from './config.schema.js'
import { trimEndChar } from '../text.js'
import { isTemplateJson } from '../templates/json-shape.js'

/** Files that decide who approves what: PromptOps' config and CODEOWNERS (GitHub reads the
 * first of the three). A change to one needs its owners' approval and is at least high. */
export const BUILTIN_POLICY_FILES = [
  '.github/promptops.yml',
  '.github/promptops.yaml',
  '.github/CODEOWNERS',
  'CODEOWNERS',
  'docs/CODEOWNERS',
] as const

/** Workflows are policy only when they run PromptOps (in Action-only mode the workflow is the
 * enforcement); other workflows cannot change an approval the App decides. */
const WORKFLOWS = '.github/workflows/*.{yml,yaml}'

/** A workflow text that runs PromptOps (the Action or the CLI). */
export function runsPromptOps(text: string | null): boolean {
  return text !== null && /promptops/i.test(text)
}

export interface FileClassifier {
  isTemplate: (path: string) => boolean
  /** Config, CODEOWNERS and `policyFiles`: policy whatever their content. */
  isPolicyFile: (path: string) => boolean
  /** A workflow file: policy when either side runs PromptOps (see runsPromptOps). */
  isWorkflow: (path: string) => boolean
  /** Memory/context JSON Schemas, migration playbooks and adapters (config `memory`). */
  isMemoryFile: (path: string) => boolean
  /** Whether the shell must load this file's contents for the engine. */
  needsContent: (path: string) => boolean
}

export function classifier(config: Config): FileClassifier {
  const opts = { dot: true }
  // Templates match whatever the case: where a runtime loads files case-insensitively (macOS,
  // Windows), `Prompts/a.txt` is `prompts/a.txt`. Exclusions stay exact, so a case variant can
  // only add governance, never take it away.
  const include = picomatch(config.templates, { ...opts, nocase: true })
  const exclude = config.exclude.length > 0 ? picomatch(config.exclude, opts) : () => false
  const policy = picomatch([...BUILTIN_POLICY_FILES, ...config.policyFiles], opts)
  const workflow = picomatch(WORKFLOWS, opts)
  const memoryPaths = new Set(config.memory.schemas.map((s) => s.path))
  const playbooks = `${trimEndChar(config.memory.playbooks, '/')}/`
  const isTemplate = (path: string): boolean => include(path) && !exclude(path)
  const isMemoryFile = (path: string): boolean => memoryPaths.has(path) || path.startsWith(playbooks)
  return {
    isTemplate,
    isPolicyFile: (path) => policy(path),
    isWorkflow: (path) => workflow(path),
    isMemoryFile,
    needsContent: (path) => isTemplate(path) || isMemoryFile(path) || workflow(path),
  }
}

/** A JSON file under the template globs is a template only if it has a prompt shape (templates/json-shape.ts). */
export const isChatJson = isTemplateJson
