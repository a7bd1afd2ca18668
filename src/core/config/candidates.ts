// `promptops doctor`: files that look like prompt templates but no `templates:` glob governs,
// judged by path alone (the doctor lists the repository's tree, it reads no content).
import type { FileClassifier } from './governed.js'

const TEXT = /\.(?:txt|md|j2|jinja2?|hbs|handlebars|mustache|json|ya?ml|liquid|tmpl|tpl)$/i
const PROMPT_NAMES = [
  /\.prompt(?:\.(?:ya?ml|md|txt|json))?$/i, // Dotprompt, GitHub Models, VS Code prompt files
  /\.prompty$/i,
  /(?:^|\/)skprompt\.txt$/i, // Semantic Kernel
  /(?:^|\/)(?:system|user)[-_]?prompt\.[a-z0-9]+$/i,
]
/** A folder whose text files are prompts by convention. */
const PROMPT_DIR = /(?:^|\/)(?:prompts?|prompt[-_]templates?|system[-_]prompts?)\//i
const SKIPPED = /(?:^|\/)(?:node_modules|vendor|dist|build|\.git)\//
const NOT_PROMPTS = /(?:^|\/)(?:readme|license|licence|changelog|contributing|package(?:-lock)?|tsconfig)\.[a-z]+$/i

export function looksLikePromptFile(path: string): boolean {
  if (SKIPPED.test(path) || NOT_PROMPTS.test(path)) return false
  if (PROMPT_NAMES.some((re) => re.test(path))) return true
  return PROMPT_DIR.test(path) && TEXT.test(path)
}

/** Prompt-looking files the config does not govern, in tree order. */
export function ungovernedCandidates(paths: readonly string[], classify: Pick<FileClassifier, 'isTemplate'>): string[] {
  return paths.filter((p) => looksLikePromptFile(p) && !classify.isTemplate(p))
}
